// Native extension SDK: each C module in Tests/extensions (written exactly as for CPython) is built
// with the real swiftpy-config and its driver run by the real swiftpy binary; stdout must equal the
// output CPython 3.11 recorded in <module>_driver.exp (Tests/extensions/regen).
//
// Binaries: $SWIFTPY_BIN / $SWIFTPY_CONFIG, else .build/debug/{swiftpy,swiftpy-config} of this package.
// Without a swiftpy binary the tests are skipped; once it exists, anything missing (swiftpy-config,
// a C compiler, a build failure) fails them.
import Foundation
import XCTest

final class ExtensionTests: XCTestCase {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let extensionsDir = packageRoot.appendingPathComponent("Tests/extensions")

    static func tool(_ env: String, _ name: String) -> String {
        if let p = ProcessInfo.processInfo.environment[env], !p.isEmpty { return p }
        return packageRoot.appendingPathComponent(".build/debug/\(name)").path
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
        var timedOut: Bool
    }

    /// Runs a program to completion (or until `timeout` seconds), capturing both streams through files.
    static func run(_ executable: String, _ args: [String], env: [String: String] = [:], cwd: URL? = nil,
                    timeout: Double = 300) throws -> Run {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("spy-ext-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("out"), errURL = scratch.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = args
        var environment = ProcessInfo.processInfo.environment
        for (k, v) in env { environment[k] = v }
        p.environment = environment
        if let cwd { p.currentDirectoryURL = cwd }
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        let done = DispatchSemaphore(value: 0)
        p.terminationHandler = { _ in done.signal() }
        try p.run()
        var timedOut = false
        if done.wait(timeout: .now() + timeout) == .timedOut {
            timedOut = true
            p.terminate()
            if done.wait(timeout: .now() + 5) == .timedOut { kill(p.processIdentifier, SIGKILL); done.wait() }
        }
        try out.close()
        try err.close()
        let stdout = String(decoding: try Data(contentsOf: outURL), as: UTF8.self)
        let stderr = String(decoding: try Data(contentsOf: errURL), as: UTF8.self)
        return Run(status: p.terminationStatus, stdout: stdout, stderr: stderr, timedOut: timedOut)
    }

    /// The first differing line of two outputs, with a little context.
    static func lineDiff(_ got: String, _ want: String) -> String {
        let a = got.split(separator: "\n", omittingEmptySubsequences: false)
        let b = want.split(separator: "\n", omittingEmptySubsequences: false)
        var i = 0
        while i < a.count && i < b.count && a[i] == b[i] { i += 1 }
        var s = "first difference at line \(i + 1) (got \(a.count) lines, expected \(b.count)):\n"
        for j in max(0, i - 2)..<min(max(a.count, b.count), i + 3) {
            let x = j < a.count ? String(a[j]) : "<missing>", y = j < b.count ? String(b[j]) : "<missing>"
            s += (x == y ? "  = " : "  - ") + "expected: \(y)\n" + (x == y ? "" : "  + got:      \(x)\n")
        }
        return s
    }

    /// Builds `module` with swiftpy-config, runs its driver with swiftpy, returns the driver's stdout
    /// after checking it against the CPython-recorded .exp. Nil when the swiftpy binary does not exist.
    @discardableResult
    func check(_ module: String, file: StaticString = #filePath, line: UInt = #line) throws -> String? {
        let swiftpy = Self.tool("SWIFTPY_BIN", "swiftpy")
        let config = Self.tool("SWIFTPY_CONFIG", "swiftpy-config")
        let fm = FileManager.default
        guard fm.isExecutableFile(atPath: swiftpy) else {
            throw XCTSkip("no swiftpy binary at \(swiftpy) (build it, or set SWIFTPY_BIN)")
        }
        guard fm.isExecutableFile(atPath: config) else {
            XCTFail("swiftpy exists but swiftpy-config does not: \(config)", file: file, line: line)
            return nil
        }
        let driver = Self.extensionsDir.appendingPathComponent("\(module)_driver.py")
        let expURL = Self.extensionsDir.appendingPathComponent("\(module)_driver.exp")
        guard let expected = try? String(contentsOf: expURL, encoding: .utf8), fm.fileExists(atPath: driver.path) else {
            XCTFail("missing driver or expected output for \(module)", file: file, line: line)
            return nil
        }
        let outDir = fm.temporaryDirectory.appendingPathComponent("spy-ext-build-\(module)-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: outDir) }
        let build = try Self.run("/bin/bash", [Self.extensionsDir.appendingPathComponent("build.sh").path, module, outDir.path],
                                 env: ["CONFIG": config], timeout: 300)
        guard build.status == 0, !build.timedOut else {
            XCTFail("building \(module) with \(config) failed (status \(build.status)):\n\(build.stdout)\(build.stderr)",
                    file: file, line: line)
            return nil
        }
        let r = try Self.run(swiftpy, [driver.path], env: ["PYTHONPATH": outDir.path], cwd: Self.extensionsDir, timeout: 300)
        XCTAssertFalse(r.timedOut, "\(module) driver timed out", file: file, line: line)
        XCTAssertEqual(r.status, 0, "\(module) driver exited with \(r.status); stderr:\n\(r.stderr.suffix(3000))",
                       file: file, line: line)
        if r.stdout != expected {
            XCTFail("\(module) output differs from CPython's:\n\(Self.lineDiff(r.stdout, expected))stderr:\n\(r.stderr.suffix(2000))",
                    file: file, line: line)
        }
        return r.stdout
    }

    func testArgParse() throws { try check("argparse_ext") }
    func testObjects() throws { try check("objects_ext") }
    func testAbstract() throws { try check("abstract_ext") }
    func testErrors() throws { try check("errors_ext") }
    func testTypes() throws { try check("types_ext") }
    func testModule() throws { try check("module_ext") }
    func testBuffer() throws { try check("buffer_ext") }

    func testCalls() throws { try check("calls_ext") }

    /// The runtime's live-object counter (SWIFTPY_DEBUG_LEAKS=1, printed by -X showleaks) must not
    /// grow with the number of calls into an extension; a deliberately leaking function shows that
    /// the counter would notice.
    func testCallsLeaveLiveObjectCountUnchanged() throws {
        let swiftpy = Self.tool("SWIFTPY_BIN", "swiftpy")
        guard FileManager.default.isExecutableFile(atPath: swiftpy) else { throw XCTSkip("no swiftpy binary") }
        let outDir = FileManager.default.temporaryDirectory.appendingPathComponent("spy-ext-leaks-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: outDir) }
        let build = try Self.run("/bin/bash", [Self.extensionsDir.appendingPathComponent("build.sh").path, "calls_ext", outDir.path],
                                 env: ["CONFIG": Self.tool("SWIFTPY_CONFIG", "swiftpy-config")], timeout: 300)
        XCTAssertEqual(build.status, 0, build.stderr)
        func leaks(_ args: [String]) throws -> Int {
            let r = try Self.run(swiftpy, ["-X", "showleaks"] + args,
                                 env: ["PYTHONPATH": outDir.path, "SWIFTPY_DEBUG_LEAKS": "1"], cwd: Self.extensionsDir, timeout: 300)
            XCTAssertEqual(r.status, 0, r.stderr)
            let line = r.stderr.split(separator: "\n").last { $0.hasPrefix("leaks: ") }
            return Int(line?.dropFirst(7) ?? "") ?? -1
        }
        let driver = Self.extensionsDir.appendingPathComponent("calls_ext_driver.py").path
        let small = try leaks([driver, "1000"]), large = try leaks([driver, "100000"])
        XCTAssertGreaterThanOrEqual(small, 0, "no 'leaks: N' line")
        XCTAssertLessThan(abs(large - small), 50, "99000 more calls changed the live-object count by \(large - small)")
        let leakSmall = try leaks(["-c", "import calls_ext\nfor i in range(1000): calls_ext.leaky()"])
        let leakLarge = try leaks(["-c", "import calls_ext\nfor i in range(100000): calls_ext.leaky()"])
        XCTAssertGreaterThanOrEqual(leakLarge - leakSmall, 99000, "the counter missed a deliberate leak")
    }

    /// The sample extension (Samples/matmul_ext) built with swiftpy-config: its blocked kernel agrees
    /// with a pure-Python product across tile boundaries, and its native-thread callbacks work.
    func testMatmulSample() throws {
        let swiftpy = Self.tool("SWIFTPY_BIN", "swiftpy")
        guard FileManager.default.isExecutableFile(atPath: swiftpy) else { throw XCTSkip("no swiftpy binary") }
        let samples = Self.packageRoot.appendingPathComponent("Samples")
        let outDir = FileManager.default.temporaryDirectory.appendingPathComponent("spy-matmul-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: outDir) }
        let build = try Self.run("/bin/bash", [samples.appendingPathComponent("matmul_ext/build.sh").path, outDir.path],
                                 env: ["CONFIG": Self.tool("SWIFTPY_CONFIG", "swiftpy-config")], timeout: 300)
        XCTAssertEqual(build.status, 0, build.stderr)
        let check = """
            from array import array
            import matmul
            for n in (1, 5, 67, 70):
                a, b, out = array("d", bytes(8*n*n)), array("d", bytes(8*n*n)), array("d", bytes(8*n*n))
                matmul.fill(a, n); matmul.fill(b, n + 1)
                matmul.multiply(a, b, out, n)
                want = [sum(a[i*n+k] * b[k*n+j] for k in range(n)) for i in range(n) for j in range(n)]
                print(n, max(abs(x - y) for x, y in zip(out, want)) < 1e-9, matmul.dot(a, b) == sum(x*y for x, y in zip(a, b)))
            try:
                matmul.multiply(a, b, array("d", [0.0]), n)
            except ValueError as e:
                print(e)
            """
        let r = try Self.run(swiftpy, ["-c", check], env: ["PYTHONPATH": outDir.path], timeout: 300)
        XCTAssertEqual(r.stdout, "1 True True\n5 True True\n67 True True\n70 True True\nout: expected 39200 bytes (4900 doubles), got 8\n",
                       r.stderr)
        let cb = try Self.run(swiftpy, [samples.appendingPathComponent("native_callback.py").path],
                              env: ["PYTHONPATH": outDir.path], timeout: 300)
        XCTAssertEqual(cb.stdout, """
            results: [0, 1, 4, 9, 16]
            ran on the main thread: [False, False, False, False, False]
            the callback's exception reached the caller: callback 3 failed
            dot: 32.0

            """, cb.stderr)
    }

    /// Besides matching CPython, two threads must have been inside the GIL-free section together.
    func testGIL() throws {
        guard let out = try check("gil_ext") else { return }
        let lines = out.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.contains("max inside: 2"), "the GIL was never released: no 'max inside: 2' in\n\(out)")
        XCTAssertTrue(lines.contains("each thread saw its partner: [True, True]"), "threads did not overlap:\n\(out)")
    }

    /// The recorded outputs are CPython's: each .exp must exist and mention every section of its driver.
    func testExpectedOutputsPresent() throws {
        let fm = FileManager.default
        let sources = try fm.contentsOfDirectory(atPath: Self.extensionsDir.path).filter { $0.hasSuffix("_ext.c") }
        XCTAssertGreaterThanOrEqual(sources.count, 9)
        for c in sources {
            let module = String(c.dropLast(2))
            let exp = Self.extensionsDir.appendingPathComponent("\(module)_driver.exp")
            let text = try String(contentsOf: exp, encoding: .utf8)
            XCTAssertTrue(text.hasPrefix("== "), "\(module)_driver.exp does not start with a section header")
            XCTAssertFalse(text.contains("Traceback (most recent call last)") && module != "errors_ext",
                           "\(module)_driver.exp records a crash")
        }
    }
}
