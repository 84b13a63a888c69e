// The debug leak check (SWIFTPY_DEBUG_LEAKS=1, docs/LEAKS.md) run the user's way: the real
// swiftpy binary prints `leaks: N` at exit, N = objects allocated by the program and still alive
// after the exit teardown. Every conformance script and every extension driver must report the
// empty script's count (0), except the named exclusions below; a deliberately leaky extension
// shows that the check sees leaks at all.
//
// Binaries: $SWIFTPY_BIN / $SWIFTPY_CONFIG, else .build/debug/{swiftpy,swiftpy-config}.
import Foundation
import XCTest

final class LeakTests: XCTestCase {
    static let root = ExtensionTests.packageRoot
    static let fixtures = root.appendingPathComponent("Tests/SwiftPyTests/Fixtures/leaks")

    /// Extension drivers allowed to report leaks, with the most they may report and why.
    static let extensionExclusions: [String: (max: Int, reason: String)] = [
        // errors_ext keeps its three exception classes in C static variables (as extensions
        // written for CPython do); nothing can drop those references, so the classes and what they
        // own (dicts, MROs, names, descriptors) stay alive, as they do in CPython.
        "errors_ext": (22, "exception classes held by C static variables"),
    ]

    var swiftpy: String { ExtensionTests.tool("SWIFTPY_BIN", "swiftpy") }

    /// The count from the last `leaks: N` line of stderr, or nil if there is none.
    static func leakCount(_ stderr: String) -> Int? {
        stderr.split(separator: "\n").reversed().lazy.compactMap { line -> Int? in
            guard line.hasPrefix("leaks: ") else { return nil }
            return Int(line.dropFirst("leaks: ".count).trimmingCharacters(in: .whitespaces))
        }.first
    }

    /// The `leaks: by type:` summary as a dictionary (empty when nothing leaked).
    static func leaksByType(_ stderr: String) -> [String: Int] {
        guard let line = stderr.split(separator: "\n").last(where: { $0.hasPrefix("leaks: by type: ") }) else { return [:] }
        var out: [String: Int] = [:]
        for item in line.dropFirst("leaks: by type: ".count).components(separatedBy: ", ") {
            guard let sp = item.lastIndex(of: " "), let n = Int(item[item.index(after: sp)...]) else { continue }
            out[String(item[..<sp])] = n
        }
        return out
    }

    func requireBinary() throws {
        guard FileManager.default.isExecutableFile(atPath: swiftpy) else {
            throw XCTSkip("no swiftpy binary at \(swiftpy) (build it, or set SWIFTPY_BIN)")
        }
    }

    /// Leaks reported for an empty script: the baseline every other count is compared with.
    func baseline() throws -> Int {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("spy-leak-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let empty = dir.appendingPathComponent("empty.py")
        try Data().write(to: empty)
        let r = try ExtensionTests.run(swiftpy, [empty.path], env: ["SWIFTPY_DEBUG_LEAKS": "1"], timeout: 60)
        XCTAssertEqual(r.status, 0)
        guard let n = Self.leakCount(r.stderr) else {
            XCTFail("no 'leaks: N' line for the empty script; stderr:\n\(r.stderr)")
            return 0
        }
        return n
    }

    func testEmptyScriptBaselineIsZero() throws {
        try requireBinary()
        XCTAssertEqual(try baseline(), 0)
        // Without the variable nothing is reported.
        let r = try ExtensionTests.run(swiftpy, ["-c", "x = [1, 2]"], timeout: 60)
        XCTAssertNil(Self.leakCount(r.stderr), "leak report without SWIFTPY_DEBUG_LEAKS:\n\(r.stderr)")
    }

    /// Every conformance script, through the runner's --check-leaks (fails a script unless it
    /// printed `leaks: 0`, which is the baseline asserted above). No exclusions.
    func testConformanceScriptsDoNotLeak() throws {
        try requireBinary()
        XCTAssertEqual(try baseline(), 0, "the comparison below assumes the empty script reports 0")
        let r = try ExtensionTests.run("/usr/bin/env", ["python3", Self.root.appendingPathComponent("Tests/conformance/run").path,
                                                          "--interp", swiftpy, "--check-leaks", "-j", "2"],
                                       cwd: Self.root, timeout: 1200)
        XCTAssertFalse(r.timedOut)
        let failures = r.stdout.split(separator: "\n").filter { $0.hasPrefix("FAIL") }
        XCTAssertEqual(r.status, 0, "scripts leaking or failing under SWIFTPY_DEBUG_LEAKS=1:\n" + failures.joined(separator: "\n"))
        XCTAssertTrue(r.stdout.contains("passed "), "no runner summary:\n\(r.stdout.suffix(2000))")
    }

    /// Builds one C module with swiftpy-config into `outDir`.
    func buildExtension(_ source: URL, into outDir: URL) throws {
        let config = ExtensionTests.tool("SWIFTPY_CONFIG", "swiftpy-config")
        guard FileManager.default.isExecutableFile(atPath: config) else { return XCTFail("no swiftpy-config at \(config)") }
        let module = source.deletingPathExtension().lastPathComponent
        let script = """
            set -e; mkdir -p "$OUT"
            cc $("$CONFIG" --includes) $("$CONFIG" --cflags) -O1 -fPIC -shared -pthread "$SRC" \
               -o "$OUT/\(module)$("$CONFIG" --extension-suffix)" $("$CONFIG" --ldflags)
            """
        let b = try ExtensionTests.run("/bin/bash", ["-c", script],
                                       env: ["CONFIG": config, "SRC": source.path, "OUT": outDir.path], timeout: 300)
        XCTAssertEqual(b.status, 0, "building \(module) failed:\n\(b.stdout)\(b.stderr)")
    }

    /// The C extension drivers of Tests/extensions exercise the C API; they must not leak either.
    func testExtensionDriversDoNotLeak() throws {
        try requireBinary()
        let fm = FileManager.default
        let dir = ExtensionTests.extensionsDir
        let modules = try fm.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix("_ext.c") }.map { String($0.dropLast(2)) }.sorted()
        XCTAssertGreaterThanOrEqual(modules.count, 8)
        let out = fm.temporaryDirectory.appendingPathComponent("spy-leak-ext-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: out) }
        for m in modules {
            try buildExtension(dir.appendingPathComponent("\(m).c"), into: out)
            let r = try ExtensionTests.run(swiftpy, [dir.appendingPathComponent("\(m)_driver.py").path],
                                           env: ["PYTHONPATH": out.path, "SWIFTPY_DEBUG_LEAKS": "1"], cwd: dir, timeout: 300)
            // Whether the driver's output is right is ExtensionTests' business; a driver that stops
            // on an error still reports its leaks at exit.
            guard let n = Self.leakCount(r.stderr) else { XCTFail("\(m): no 'leaks: N' line"); continue }
            let allowed = Self.extensionExclusions[m]?.max ?? 0
            XCTAssertLessThanOrEqual(n, allowed, "\(m) leaks \(n) objects: \(Self.leaksByType(r.stderr))")
        }
    }

    /// A module that drops references on purpose: the check must report exactly those objects, by
    /// type, and nothing for the balanced function called beside them.
    func testLeakCheckSeesDeliberateLeaks() throws {
        try requireBinary()
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("spy-leaky-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        try buildExtension(Self.fixtures.appendingPathComponent("leaky_ext.c"), into: out)
        let driver = Self.fixtures.appendingPathComponent("leaky_driver.py").path
        func leaks(_ what: String) throws -> (Int?, [String: Int]) {
            let r = try ExtensionTests.run(swiftpy, [driver, what], env: ["PYTHONPATH": out.path, "SWIFTPY_DEBUG_LEAKS": "1"], timeout: 120)
            XCTAssertEqual(r.stdout, "done \(what)\n", "stderr:\n\(r.stderr)")
            return (Self.leakCount(r.stderr), Self.leaksByType(r.stderr))
        }
        let none = try leaks("none")
        XCTAssertEqual(none.0, 0)
        XCTAssertEqual(none.1, [:])
        let list = try leaks("list")
        XCTAssertEqual(list.0, 4)
        XCTAssertEqual(list.1, ["list": 1, "int": 3])
        let incref = try leaks("incref")
        XCTAssertEqual(incref.0, 1)
        XCTAssertEqual(incref.1, ["str": 1])
        let both = try leaks("both")
        XCTAssertEqual(both.0, 5)
        XCTAssertEqual(both.1, ["list": 1, "int": 3, "str": 1])
    }
}
