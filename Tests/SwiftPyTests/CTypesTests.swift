// ctypes against a C library compiled during the test run: Tests/ctypes_lib/kernels.c is built
// with cc into a temporary libkernels.so, and kernels_driver.py is run by the real swiftpy; its
// stdout must equal what CPython 3.11 printed for the same driver (kernels_driver.exp, recorded by
// Tests/ctypes_lib/regen). The conformance scripts in Tests/conformance/ctypes cover libc/libm.
// testAggregatesByValue: unions and packed structures by value (aggregates.c), checked against
// by-pointer twins, since CPython 3.11 itself passes them wrongly (no recorded output to compare).
import Foundation
import XCTest

final class CTypesTests: XCTestCase {
    static let libDir = ExtensionTests.packageRoot.appendingPathComponent("Tests/ctypes_lib")

    func testKernelsDriver() throws {
        let swiftpy = ExtensionTests.tool("SWIFTPY_BIN", "swiftpy")
        let fm = FileManager.default
        guard fm.isExecutableFile(atPath: swiftpy) else {
            throw XCTSkip("no swiftpy binary at \(swiftpy) (build it, or set SWIFTPY_BIN)")
        }
        let expected = try String(contentsOf: Self.libDir.appendingPathComponent("kernels_driver.exp"), encoding: .utf8)
        let outDir = fm.temporaryDirectory.appendingPathComponent("spy-ctypes-\(UUID().uuidString)")
        try fm.createDirectory(at: outDir, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: outDir) }
        let lib = outDir.appendingPathComponent("libkernels.so").path
        let cc = ProcessInfo.processInfo.environment["CC"] ?? "cc"
        let build = try ExtensionTests.run("/usr/bin/env", [cc, "-O1", "-fPIC", "-shared", "-pthread",
                                                             Self.libDir.appendingPathComponent("kernels.c").path,
                                                             "-o", lib, "-lm"], timeout: 300)
        guard build.status == 0 else {
            XCTFail("building kernels.c failed (status \(build.status)):\n\(build.stdout)\(build.stderr)")
            return
        }
        let r = try ExtensionTests.run(swiftpy, [Self.libDir.appendingPathComponent("kernels_driver.py").path],
                                       env: ["CTYPES_KERNELS_LIB": lib], cwd: Self.libDir, timeout: 300)
        XCTAssertFalse(r.timedOut, "kernels driver timed out")
        XCTAssertEqual(r.status, 0, "kernels driver exited with \(r.status); stderr:\n\(r.stderr.suffix(3000))")
        if r.stdout != expected {
            XCTFail("kernels driver output differs from CPython's:\n\(ExtensionTests.lineDiff(r.stdout, expected))stderr:\n\(r.stderr.suffix(2000))")
        }
        // The parallel section must show real overlap through CDLL and none through PyDLL.
        let text = r.stdout
        guard let cdll = text.range(of: "== parallel: CDLL releases the GIL"),
              let pydll = text.range(of: "== PyDLL keeps the GIL") else {
            XCTFail("parallel sections missing:\n\(text)")
            return
        }
        let cdllPart = String(text[cdll.upperBound..<pydll.lowerBound]), pydllPart = String(text[pydll.upperBound...])
        XCTAssertTrue(cdllPart.contains("max inside: 2"), "CDLL calls never overlapped:\n\(cdllPart)")
        XCTAssertTrue(cdllPart.contains("each thread saw its partner: [True, True]"), cdllPart)
        XCTAssertTrue(pydllPart.contains("max inside: 1"), "PyDLL calls overlapped (GIL not held):\n\(pydllPart)")
        // An exception inside a callback is reported the way CPython reports it.
        XCTAssertTrue(r.stderr.contains("Exception ignored on calling ctypes callback function: <function <lambda>"),
                      "no unraisable report for the raising callback:\n\(r.stderr.suffix(2000))")
        XCTAssertTrue(r.stderr.contains("ZeroDivisionError: division by zero"), r.stderr)
    }

    func testAggregatesByValue() throws {
        let swiftpy = ExtensionTests.tool("SWIFTPY_BIN", "swiftpy")
        let fm = FileManager.default
        guard fm.isExecutableFile(atPath: swiftpy) else {
            throw XCTSkip("no swiftpy binary at \(swiftpy) (build it, or set SWIFTPY_BIN)")
        }
        let outDir = fm.temporaryDirectory.appendingPathComponent("spy-ctypes-agg-\(UUID().uuidString)")
        try fm.createDirectory(at: outDir, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: outDir) }
        let lib = outDir.appendingPathComponent("libaggregates.so").path
        let cc = ProcessInfo.processInfo.environment["CC"] ?? "cc"
        let build = try ExtensionTests.run("/usr/bin/env", [cc, "-O1", "-fPIC", "-shared",
                                                             Self.libDir.appendingPathComponent("aggregates.c").path,
                                                             "-o", lib], timeout: 300)
        guard build.status == 0 else {
            XCTFail("building aggregates.c failed (status \(build.status)):\n\(build.stdout)\(build.stderr)")
            return
        }
        let r = try ExtensionTests.run(swiftpy, [Self.libDir.appendingPathComponent("aggregates_driver.py").path],
                                       env: ["CTYPES_AGGREGATES_LIB": lib], cwd: Self.libDir, timeout: 300)
        XCTAssertFalse(r.timedOut, "aggregates driver timed out")
        XCTAssertEqual(r.status, 0, "aggregates driver exited with \(r.status); stderr:\n\(r.stderr.suffix(3000))")
        // Every case listed in the driver ran, and each by-value result equals its by-pointer twin.
        XCTAssertTrue(r.stdout.contains("checked 16 cases, 0 mismatches"), r.stdout)
        XCTAssertFalse(r.stdout.contains("MISMATCH"), r.stdout)
        for name in ["udi_twice", "uld_half", "ubig_rot", "p1_bump", "p2_make", "p3_swap", "su_bump", "su_via"] {
            let line = r.stdout.split(separator: "\n").first { $0.hasPrefix("\(name) ") }
            XCTAssertTrue(line?.hasSuffix(" ok") ?? false, "\(name): \(line ?? "missing")")
        }
    }
}
