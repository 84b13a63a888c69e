// The extension loader's failure modes and swiftpy-config's build command, end to end: modules are
// compiled during the test from Tests/extensions/loader_probe.c with `swiftpy-config --build-ext`
// (as an author would) and imported by the real swiftpy binary.
import Foundation
import XCTest

final class ExtensionLoaderTests: XCTestCase {
    typealias T = ExtensionTests
    static let probe = T.extensionsDir.appendingPathComponent("loader_probe.c").path

    var swiftpy = "", config = "", work = URL(fileURLWithPath: "/")

    override func setUpWithError() throws {
        swiftpy = T.tool("SWIFTPY_BIN", "swiftpy")
        config = T.tool("SWIFTPY_CONFIG", "swiftpy-config")
        guard FileManager.default.isExecutableFile(atPath: swiftpy) else { throw XCTSkip("no swiftpy binary at \(swiftpy)") }
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: config), "no swiftpy-config at \(config)")
        work = FileManager.default.temporaryDirectory.appendingPathComponent("spy-loader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: work) }

    /// `swiftpy-config --build-ext NAME loader_probe.c -o DIR FLAGS...`; fails the test if it fails.
    func build(_ name: String, initName: String? = nil, into dir: String = ".", _ flags: [String] = [],
               tool: String? = nil, file: StaticString = #filePath, line: UInt = #line) throws {
        let args = ["--build-ext", name, Self.probe, "-o", work.appendingPathComponent(dir).path,
                    "-DMOD_NAME=\"\(name)\"", "-DINIT_NAME=PyInit_\(initName ?? name)"] + flags
        let r = try T.run(tool ?? config, args, timeout: 120)
        XCTAssertEqual(r.status, 0, "swiftpy-config \(args) failed:\n\(r.stdout)\(r.stderr)", file: file, line: line)
    }

    /// Runs `code` with the work folder on sys.path; returns stdout (stderr appended on failure).
    func python(_ code: String) throws -> String {
        let r = try T.run(swiftpy, ["-c", code], env: ["PYTHONPATH": work.path], cwd: work, timeout: 120)
        XCTAssertEqual(r.status, 0, "swiftpy failed:\n\(r.stderr)")
        return r.stdout
    }

    /// `import name` must raise `exc`; returns "<message>|<e.name>|<e.path>".
    func importFailure(_ name: String, _ exc: String = "ImportError") throws -> String {
        let out = try python("""
            try:
                import \(name)
                print("imported")
            except Exception as e:
                print(type(e).__name__ + "|" + str(e) + "|" + str(getattr(e, "name", None)) + "|" + str(getattr(e, "path", None)))
            """)
        XCTAssertTrue(out.hasPrefix(exc + "|"), "import \(name): expected \(exc), got: \(out)")
        return String(out.dropFirst(exc.count + 1)).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func file(_ name: String, _ dir: String = ".") -> String {
        work.appendingPathComponent(dir).appendingPathComponent(name + ".swiftpy-311-x86_64-linux-gnu.so").standardized.path
    }

    func testGoodModuleLoads() throws {
        try build("good")
        XCTAssertEqual(try python("import good; print(good.hello(), good.__file__)"), "good \(file("good"))\n")
    }

    func testMissingSymbolNamesFileAndSymbol() throws {
        try build("badsym", ["-DMISSING_SYMBOL"])
        let r = try importFailure("badsym")
        XCTAssertTrue(r.contains(file("badsym")), r)
        XCTAssertTrue(r.contains("undefined symbol: SwiftPyTest_NoSuchFunction"), r)
        XCTAssertTrue(r.hasSuffix("|badsym|\(file("badsym"))"), "ImportError.name/.path: \(r)")
    }

    func testMissingInitFunction() throws {
        try build("noinit", initName: "something_else")
        let r = try importFailure("noinit")
        XCTAssertTrue(r.contains("does not define module export function (PyInit_noinit)"), r)
        XCTAssertTrue(r.contains(file("noinit")), r)
    }

    func testInitReturningNullWithoutException() throws {
        try build("nullinit", ["-DRETURN_NULL"])
        let r = try importFailure("nullinit")
        XCTAssertTrue(r.contains("initialization of nullinit failed without raising an exception"), r)
        XCTAssertTrue(r.contains(file("nullinit")), r)
    }

    func testInitExceptionPropagates() throws {
        try build("raising", ["-DRAISE"])
        XCTAssertEqual(try importFailure("raising", "ValueError"), "init refused|None|None")
    }

    func testOtherABIVersionRefused() throws {
        try build("oldabi", ["-DSWIFTPY_ABI_VERSION=999"])
        let r = try importFailure("oldabi")
        XCTAssertTrue(r.contains("built for SwiftPy SDK ABI version 999"), r)
        XCTAssertTrue(r.contains(file("oldabi")), r)
        // Once the failure is fixed (rebuilt with the current SDK), the same import works.
        try build("oldabi")
        XCTAssertEqual(try python("import oldabi; print(oldabi.hello())"), "oldabi\n")
    }

    /// A module compiled against CPython's headers carries no SwiftPy ABI marker.
    func testModuleBuiltForCPythonRefused() throws {
        let inc = try T.run("/usr/bin/env", ["python3-config", "--includes"], timeout: 60)
        guard inc.status == 0 else { throw XCTSkip("no python3-config") }
        let out = work.appendingPathComponent("cpy.so").path
        let cc = try T.run("/usr/bin/env", ["cc"] + inc.stdout.split(separator: " ").map { String($0).trimmingCharacters(in: .whitespacesAndNewlines) }
                           + ["-fPIC", "-shared", Self.probe, "-DMOD_NAME=\"cpy\"", "-DINIT_NAME=PyInit_cpy", "-o", out], timeout: 120)
        XCTAssertEqual(cc.status, 0, cc.stderr)
        let r = try importFailure("cpy")
        XCTAssertTrue(r.contains("not built with SwiftPy's SDK"), r)
        XCTAssertTrue(r.contains(out), r)
    }

    /// pkg/_speedups.so imported as pkg._speedups, also through a relative import in pkg/__init__.py.
    func testExtensionInsidePackage() throws {
        try build("_speedups", into: "pkg")
        try "from . import _speedups\nfrom ._speedups import hello\n"
            .write(to: work.appendingPathComponent("pkg/__init__.py"), atomically: true, encoding: .utf8)
        let out = try python("""
            import pkg._speedups as s, pkg, sys
            print(s.__name__, s.hello(), pkg.hello(), s.__file__)
            print(s is pkg._speedups is sys.modules["pkg._speedups"], s.__spec__.name, s.hello.__module__)
            """)
        XCTAssertEqual(out, "pkg._speedups _speedups _speedups \(file("_speedups", "pkg"))\nTrue pkg._speedups pkg._speedups\n")
    }

    /// swiftpy-config from an installed layout: <prefix>/bin/swiftpy-config, <prefix>/include/Python.h.
    func testConfigFromInstalledCopy() throws {
        let fm = FileManager.default
        let prefix = work.appendingPathComponent("prefix")
        try fm.createDirectory(at: prefix.appendingPathComponent("bin"), withIntermediateDirectories: true)
        try fm.copyItem(at: T.packageRoot.appendingPathComponent("CExtensions/include"), to: prefix.appendingPathComponent("include"))
        let tool = prefix.appendingPathComponent("bin/swiftpy-config").path
        try fm.copyItem(atPath: config, toPath: tool)
        let r = try T.run(tool, ["--includes", "--extension-suffix", "--prefix", "--abiflags"], timeout: 60)
        XCTAssertEqual(r.stdout, "-I\(prefix.path)/include .swiftpy-311-x86_64-linux-gnu.so \(prefix.path)\n")
        try build("installed", tool: tool)
        XCTAssertEqual(try python("import installed; print(installed.hello())"), "installed\n")
        let bad = try T.run(tool, ["--build-ext", "x"], timeout: 60)
        XCTAssertNotEqual(bad.status, 0, "--build-ext without sources must fail")
    }
}
