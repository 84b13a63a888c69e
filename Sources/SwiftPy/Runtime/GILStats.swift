// Per-thread GIL statistics (-X gilstats, sys._gil_stats()). Each thread state points at its own
// GILThreadStats through `swift_state`. Invariant: a thread writes its stats only while it holds
// the GIL (a waiter keeps its wait start on its stack and adds it once it has the GIL; a dropper
// adds its held time before letting go), and readers hold the GIL, so no field is ever raced.
// Clocks are read only on GIL takes and drops (the slow paths), never on the eval loop's fast path.
import CPython
import Glibc

struct GILThreadStats {
    var heldNanos: UInt64 = 0
    var waitedNanos: UInt64 = 0
    var takes: UInt64 = 0         // times it took the GIL
    var switches: UInt64 = 0      // takes right after another thread had held it
    var dropRequests: UInt64 = 0  // drop requests it saw on the eval breaker
    var takenAt: UInt64 = 0       // when the current holding began (monotonic ns)
    var serial: UInt64 = 0        // unique per thread state (idents are reused)
}

/// Stats of threads whose state was deleted, summed by thread ident (bounded by distinct idents).
nonisolated(unsafe) private var endedThreadStats: [UInt: GILThreadStats] = [:]
nonisolated(unsafe) private var nextStatsSerial: UInt64 = 0
nonisolated(unsafe) var lastGILHolderSerial: UInt64 = 0   // written with the GIL's mutex held

@inline(__always) func monotonicNanos() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return UInt64(ts.tv_sec) &* 1_000_000_000 &+ UInt64(ts.tv_nsec)
}

@inline(__always) func gilStats(_ ts: UnsafeMutablePointer<PyThreadState>) -> UnsafeMutablePointer<GILThreadStats>? {
    ts.pointee.swift_state?.assumingMemoryBound(to: GILThreadStats.self)
}

/// Gives a new thread state its stats record (before it is linked or takes the GIL).
func gilStatsAttach(_ ts: UnsafeMutablePointer<PyThreadState>) {
    let s = UnsafeMutablePointer<GILThreadStats>.allocate(capacity: 1)
    withTStateListLocked {
        nextStatsSerial &+= 1
        s.initialize(to: GILThreadStats(serial: nextStatsSerial))
    }
    ts.pointee.swift_state = UnsafeMutableRawPointer(s)
}

/// Moves a dying thread state's stats into the ended-threads table and frees them (the caller
/// holds tstateListLock; the dying thread no longer takes the GIL).
func gilStatsDetach(_ ts: UnsafeMutablePointer<PyThreadState>) {
    guard let s = gilStats(ts) else { return }
    ts.pointee.swift_state = nil
    var sum = endedThreadStats[ts.pointee.thread_id] ?? GILThreadStats()
    sum.add(s.pointee)
    endedThreadStats[ts.pointee.thread_id] = sum
    s.deinitialize(count: 1)
    s.deallocate()
}

extension GILThreadStats {
    mutating func add(_ o: GILThreadStats) {
        heldNanos &+= o.heldNanos; waitedNanos &+= o.waitedNanos; takes &+= o.takes
        switches &+= o.switches; dropRequests &+= o.dropRequests
    }
}

/// One row per thread ident: live threads (the caller's current holding counted up to now) plus
/// ended ones, summed where an ident was reused. Call with the GIL held.
func gilStatsSnapshot() -> [(ident: UInt, alive: Bool, stats: GILThreadStats)] {
    var rows: [UInt: (Bool, GILThreadStats)] = [:]
    let now = monotonicNanos()
    let me = SPy_TState()
    withTStateListLocked {
        for (ident, s) in endedThreadStats { rows[ident] = (false, s) }
        var t = mainInterp?.pointee.tstate_head
        while let ts = t {
            if let s = gilStats(ts) {
                var st = s.pointee
                if ts == me { st.heldNanos &+= now &- st.takenAt }
                var row = rows[ts.pointee.thread_id] ?? (true, GILThreadStats())
                row.0 = true
                row.1.add(st)
                rows[ts.pointee.thread_id] = row
            }
            t = ts.pointee.next
        }
    }
    return rows.map { (ident: $0.key, alive: $0.value.0, stats: $0.value.1) }.sorted { $0.ident < $1.ident }
}

/// sys._gil_stats() -> {ident: {'held': s, 'waited': s, 'takes': n, 'switches': n,
/// 'drop_requests': n, 'alive': bool}}
func gilStatsDict() -> PyObjectRef? {
    guard let d = PyDict_New() else { return nil }
    for row in gilStatsSnapshot() {
        guard let key = PyLong_FromUnsignedLong(row.ident), let v = PyDict_New() else { Py_DECREF(d); return nil }
        let items: [(String, PyObjectRef?)] = [
            ("held", PyFloat_FromDouble(Double(row.stats.heldNanos) / 1e9)),
            ("waited", PyFloat_FromDouble(Double(row.stats.waitedNanos) / 1e9)),
            ("takes", PyLong_FromUnsignedLongLong(row.stats.takes)),
            ("switches", PyLong_FromUnsignedLongLong(row.stats.switches)),
            ("drop_requests", PyLong_FromUnsignedLongLong(row.stats.dropRequests)),
            ("alive", pyBool(row.alive)),
        ]
        var ok = true
        for (name, value) in items {
            guard let value else { ok = false; break }
            if PyDict_SetItemString(v, name, value) < 0 { ok = false }
            Py_DECREF(value)
        }
        if !ok || PyDict_SetItem(d, key, v) < 0 { Py_DECREF(key); Py_DECREF(v); Py_DECREF(d); return nil }
        Py_DECREF(key); Py_DECREF(v)
    }
    return d
}

/// The -X gilstats report (stderr), one line per thread ident.
func gilStatsReport() -> String {
    var out = ""
    if let g = theGIL?.pointee {
        out += "gilstats: takes=\(g.takes) forced_drops=\(g.forcedDrops) priority_takes=\(g.priorityTakes) interval_us=\(g.intervalMicros)\n"
    }
    let mainIdent = UInt(bitPattern: Int(bitPattern: UInt(mainThreadID)))
    for row in gilStatsSnapshot() {
        let s = row.stats
        let tag = row.ident == mainIdent ? " main" : (row.alive ? "" : " ended")
        out += "gilstats: thread \(row.ident)\(tag): held=\(seconds(s.heldNanos))s"
            + " waited=\(seconds(s.waitedNanos))s takes=\(s.takes)"
            + " switches=\(s.switches) drop_requests=\(s.dropRequests)\n"
    }
    return out
}

/// ns as seconds with 6 decimals.
private func seconds(_ ns: UInt64) -> String {
    let us = ns / 1000
    let frac = String(us % 1_000_000)
    return "\(us / 1_000_000)." + String(repeating: "0", count: 6 - frac.count) + frac
}

/// Adds the holding that ends now to `ts`'s held time (the caller still holds the GIL).
@inline(__always) func gilStatsNoteDrop(_ ts: UnsafeMutablePointer<PyThreadState>, _ now: UInt64) {
    if let s = gilStats(ts) { s.pointee.heldNanos &+= now &- s.pointee.takenAt }
}

/// Records a take at `now` after waiting since `waitStart` (0: no wait); GIL mutex held, GIL taken.
@inline(__always) func gilStatsNoteTake(_ ts: UnsafeMutablePointer<PyThreadState>, waitStart: UInt64, _ now: UInt64) {
    guard let s = gilStats(ts) else { return }
    if waitStart != 0 { s.pointee.waitedNanos &+= now &- waitStart }
    s.pointee.takenAt = now
    s.pointee.takes &+= 1
    if lastGILHolderSerial != s.pointee.serial {
        if lastGILHolderSerial != 0 { s.pointee.switches &+= 1 }
        lastGILHolderSerial = s.pointee.serial
    }
}
