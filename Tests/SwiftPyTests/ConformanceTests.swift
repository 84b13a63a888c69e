import Foundation
import XCTest

/// Runs the differential conformance suite (Tests/conformance) against the built `swiftpy`.
/// The interpreter is `$SWIFTPY_BIN`, else `.build/debug/swiftpy` under the package root.
/// Extra runner arguments may be given in `$SWIFTPY_CONFORMANCE_ARGS` (space separated).
final class ConformanceTests: XCTestCase {
    /// Package root: three levels above this file (Tests/SwiftPyTests/ConformanceTests.swift).
    private static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func testConformanceSuite() throws {
        let env = ProcessInfo.processInfo.environment
        let root = Self.packageRoot
        let interpreter = env["SWIFTPY_BIN"].map { URL(fileURLWithPath: $0, relativeTo: root).path }
            ?? root.appendingPathComponent(".build/debug/swiftpy").path
        guard FileManager.default.isExecutableFile(atPath: interpreter) else {
            // The README's test command builds the interpreter first; a missing binary is a failure.
            return XCTFail("swiftpy is not built at \(interpreter): run `swift build` first or set SWIFTPY_BIN")
        }
        let runner = root.appendingPathComponent("Tests/conformance/run").path
        var arguments = ["python3", runner, "--interp", interpreter]
        if let extra = env["SWIFTPY_CONFORMANCE_ARGS"] {
            arguments += extra.split(separator: " ").map(String.init)
        }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = root
        // Output goes to a temporary file: a pipe could fill up and block the runner.
        let outputURL = FileManager.default.temporaryDirectory
            .appendingPathComponent("swiftpy-conformance-\(ProcessInfo.processInfo.processIdentifier).txt")
        _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        let output = try FileHandle(forWritingTo: outputURL)
        process.standardOutput = output
        process.standardError = output
        try process.run()
        process.waitUntilExit()
        try output.close()
        let text = (try? String(contentsOf: outputURL, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(at: outputURL)

        #if canImport(Darwin)
        let attachment = XCTAttachment(string: text)
        attachment.name = "conformance output"
        attachment.lifetime = .keepAlways
        add(attachment)
        #endif
        print(text)
        XCTAssertEqual(process.terminationStatus, 0,
                       "conformance suite failed:\n" + text.split(separator: "\n").suffix(60).joined(separator: "\n"))
    }
}
