// Modules written in Swift (registerModule / SwiftFunction / withoutGIL): the embedding sample
// Samples/swift_module (built as the swift-module-sample product) registers `swiftstats` before
// Py_Initialize and runs Python code against it.
import Foundation
import XCTest

final class SwiftModuleTests: XCTestCase {
    func sample() throws -> String {
        let exe = ExtensionTests.tool("SWIFT_MODULE_SAMPLE", "swift-module-sample")
        guard FileManager.default.isExecutableFile(atPath: exe) else {
            throw XCTSkip("no \(exe) (swift build --product swift-module-sample)")
        }
        return exe
    }

    func testDemo() throws {
        let r = try ExtensionTests.run(try sample(), [], timeout: 300)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, """
            module: swiftstats - Statistics written in Swift.
            add(2, 40) = 42
            mean([1, 2, 3, 4]) = 2.5
            mean([]) raised ValueError: mean() of an empty sequence
            both threads were inside withoutGIL at once: True max inside: 2
            spin checksums agree: True

            """, r.stderr)
    }

    /// A script run by the embedding program imports the Swift module; errors surface as exceptions.
    func testScriptUsesSwiftModule() throws {
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("spy-swiftmod-\(UUID().uuidString).py")
        defer { try? FileManager.default.removeItem(at: script) }
        try """
            import sys, swiftstats
            print(swiftstats.mean((1.5, 2.5)), swiftstats.add(-1, 1), swiftstats.mean.__module__)
            for bad in (lambda: swiftstats.mean([1, "x"]), lambda: swiftstats.add(1), lambda: swiftstats.mean(3)):
                try:
                    bad()
                except TypeError as e:
                    print("TypeError:", e)
            del sys.modules["swiftstats"]
            import swiftstats as again
            print(again is not swiftstats, again.add(20, 22))
            """.write(to: script, atomically: true, encoding: .utf8)
        let r = try ExtensionTests.run(try sample(), [script.path], timeout: 300)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, """
            2.0 0 swiftstats
            TypeError: must be real number, not str
            TypeError: add expects 2 arguments
            TypeError: mean() expects a sequence
            True 42

            """, r.stderr)
    }
}
