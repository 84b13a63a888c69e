// sys._gil_stats() and -X gilstats (SwiftPy-only, so not a conformance script): the real swiftpy
// binary runs two CPU-bound threads; the per-thread figures must be well-formed and plausible.
import Foundation
import XCTest

final class GILStatsTests: XCTestCase {
    static let script = """
    import sys, threading
    def spin():
        n = 0
        for i in range(400000):
            n += i
    ts = [threading.Thread(target=spin) for _ in range(2)]
    for t in ts: t.start()
    idents = sorted(t.ident for t in ts)
    for t in ts: t.join()
    st = sys._gil_stats()
    assert isinstance(st, dict), type(st)
    main = threading.main_thread().ident
    assert main in st, (main, st)
    for ident in idents + [main]:
        row = st[ident]
        assert set(row) == {'held', 'waited', 'takes', 'switches', 'drop_requests', 'alive'}, row
        for k in ('held', 'waited'):
            assert isinstance(row[k], float) and row[k] >= 0, (k, row)
        for k in ('takes', 'switches', 'drop_requests'):
            assert isinstance(row[k], int) and row[k] >= 0, (k, row)
        assert row['switches'] <= row['takes'], row
    workers = [st[i] for i in idents]
    assert all(w['held'] > 0 and w['takes'] > 0 for w in workers), workers
    assert sum(w['switches'] for w in workers) > 0, workers
    assert sum(w['drop_requests'] for w in workers) > 0, workers
    assert st[main]['alive'] is True
    print('ok', len(st) >= 3)
    """

    func testGILStatsDictAndExitReport() throws {
        let swiftpy = ExtensionTests.tool("SWIFTPY_BIN", "swiftpy")
        guard FileManager.default.isExecutableFile(atPath: swiftpy) else { throw XCTSkip("no swiftpy binary") }
        let r = try ExtensionTests.run(swiftpy, ["-X", "gilstats", "-c", Self.script], timeout: 120)
        XCTAssertFalse(r.timedOut)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual(r.stdout, "ok True\n", r.stderr)
        let lines = r.stderr.split(separator: "\n").filter { $0.hasPrefix("gilstats: thread ") }
        XCTAssertGreaterThanOrEqual(lines.count, 3, r.stderr)
        XCTAssertEqual(lines.filter { $0.contains(" main: ") }.count, 1, r.stderr)
        for line in lines {
            for field in ["held=", "waited=", "takes=", "switches=", "drop_requests="] {
                XCTAssertTrue(line.contains(field), "\(field) missing in \(line)")
            }
        }
        // Without -X gilstats nothing is printed at exit.
        let quiet = try ExtensionTests.run(swiftpy, ["-c", "import sys; print(type(sys._gil_stats()).__name__)"], timeout: 60)
        XCTAssertEqual(quiet.stdout, "dict\n")
        XCTAssertFalse(quiet.stderr.contains("gilstats"), quiet.stderr)
    }
}
