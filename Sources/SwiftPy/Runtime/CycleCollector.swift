// The cycle collector (CPython's gcmodule.c algorithm, our code). Reference counting frees
// everything except cycles; this finds groups of container objects that are referenced only from
// inside the group and breaks them with tp_clear.
//
//  1. gc_refs = ob_refcnt for every object of the generations being collected;
//  2. tp_traverse each one, subtracting the references that come from inside the set;
//  3. objects left with gc_refs > 0 are referenced from outside: they and everything they reach
//     are reachable; the rest is garbage;
//  4. call tp_finalize (__del__) once per object, then recompute step 1-3 on the garbage so that
//     objects a finalizer resurrected survive;
//  5. clear weak references to the garbage (calling their callbacks), then tp_clear each object;
//     the cycles' reference counts fall to zero and the objects are freed.
// Runs only at safe points: gc.collect(), or from the eval breaker when generation 0 has grown
// past its threshold (never in the middle of an allocation). The GIL is held throughout.
import CPython

nonisolated(unsafe) var gcEnabled = true
nonisolated(unsafe) var gcCollecting = false
nonisolated(unsafe) var gcThresholds = [700, 10, 10]
/// gcThresholds[0] as a plain global: read on every PyObject_GC_Track (an array global costs a
/// swift_once per access).
nonisolated(unsafe) var gcGen0Threshold = 700
/// CPython's long-lived heuristic: objects that survived into the oldest generation since the last
/// full collection, and the oldest generation's size after it. A full collection runs only once the
/// pending ones reach 25% of the total, so a growing heap is not rescanned quadratically.
nonisolated(unsafe) var gcLongLivedPending = 0
nonisolated(unsafe) var gcLongLivedTotal = 0
nonisolated(unsafe) var gcCounts = [0, 0, 0]          // collections of younger generations since this one's last
nonisolated(unsafe) var gcStats: [(collections: Int, collected: Int, uncollectable: Int)] = [(0, 0, 0), (0, 0, 0), (0, 0, 0)]
nonisolated(unsafe) var gcGarbage: PyObjectRef? = nil   // gc.garbage list

/// A detached circular list with a sentinel, used for the unreachable set.
private struct GCList {
    let head: UnsafeMutablePointer<PyGC_Head>
    init() {
        head = UnsafeMutablePointer<PyGC_Head>.allocate(capacity: 1)
        head.initialize(to: PyGC_Head(gc_next: nil, gc_prev: nil, gc_refs: 0, gc_flags: 0))
        head.pointee.gc_next = head; head.pointee.gc_prev = head
    }
    func free() { head.deallocate() }
    var isEmpty: Bool { head.pointee.gc_next == head }
}

@inline(__always) private func unlinkHead(_ g: UnsafeMutablePointer<PyGC_Head>) {
    g.pointee.gc_prev!.pointee.gc_next = g.pointee.gc_next
    g.pointee.gc_next!.pointee.gc_prev = g.pointee.gc_prev
}
@inline(__always) private func append(_ g: UnsafeMutablePointer<PyGC_Head>, to head: UnsafeMutablePointer<PyGC_Head>) {
    let last = head.pointee.gc_prev!
    last.pointee.gc_next = g; g.pointee.gc_prev = last
    g.pointee.gc_next = head; head.pointee.gc_prev = g
}
/// Moves every element of list `from` to the end of list `to`.
private func merge(_ from: UnsafeMutablePointer<PyGC_Head>, into to: UnsafeMutablePointer<PyGC_Head>) {
    guard from.pointee.gc_next != from else { return }
    let first = from.pointee.gc_next!, last = from.pointee.gc_prev!
    let tail = to.pointee.gc_prev!
    tail.pointee.gc_next = first; first.pointee.gc_prev = tail
    last.pointee.gc_next = to; to.pointee.gc_prev = last
    from.pointee.gc_next = from; from.pointee.gc_prev = from
}

@inline(__always) private func isCollecting(_ o: PyObjectRef) -> UnsafeMutablePointer<PyGC_Head>? {
    guard PyObject_IS_GC(o) != 0 else { return nil }
    if let isgc = o.pointee.ob_type.pointee.tp_is_gc, isgc(o) == 0 { return nil }
    let g = gcHead(UnsafeMutableRawPointer(o))
    return g.pointee.gc_next != nil && g.pointee.gc_flags & Int(SPY_GC_COLLECTING) != 0 ? g : nil
}

private let visitDecref: visitproc = { o, _ in
    if let o, let g = isCollecting(o) { g.pointee.gc_refs -= 1 }
    return 0
}

/// Context for visitReachable: the young list to move rescued objects back into.
nonisolated(unsafe) private var reachableTarget: UnsafeMutablePointer<PyGC_Head>? = nil
private let visitReachable: visitproc = { o, _ in
    guard let o, let g = isCollecting(o) else { return 0 }
    if g.pointee.gc_flags & Int(SPY_GC_UNREACHABLE) != 0 {
        // tentatively unreachable, but reachable after all: back to the young list's end (scanned later)
        g.pointee.gc_flags &= ~Int(SPY_GC_UNREACHABLE)
        unlinkHead(g)
        append(g, to: reachableTarget!)
        g.pointee.gc_refs = 1
    } else if g.pointee.gc_refs == 0 {
        g.pointee.gc_refs = 1
    }
    return 0
}

/// Splits `young` into reachable (stays) and unreachable (moved to `unreachable`).
private func moveUnreachable(_ young: UnsafeMutablePointer<PyGC_Head>, _ unreachable: UnsafeMutablePointer<PyGC_Head>) {
    var p = young.pointee.gc_next!
    while p != young { p.pointee.gc_flags |= Int(SPY_GC_COLLECTING); p.pointee.gc_refs = Py_REFCNT(gcObject(p)); p = p.pointee.gc_next! }
    p = young.pointee.gc_next!
    while p != young {
        let o = gcObject(p)
        if let trav = o.pointee.ob_type.pointee.tp_traverse { _ = trav(o, visitDecref, nil) }
        p = p.pointee.gc_next!
    }
    reachableTarget = young
    p = young.pointee.gc_next!
    while p != young {
        if p.pointee.gc_refs > 0 {
            // reachable: p stays where it is, so p.gc_next also reaches what its traversal appends
            // (rescued objects go to the list's end and are scanned in turn)
            p.pointee.gc_flags &= ~Int(SPY_GC_UNREACHABLE)
            let o = gcObject(p)
            if let trav = o.pointee.ob_type.pointee.tp_traverse { _ = trav(o, visitReachable, nil) }
            p = p.pointee.gc_next!
        } else {
            let next = p.pointee.gc_next!
            p.pointee.gc_flags |= Int(SPY_GC_UNREACHABLE)
            unlinkHead(p)
            append(p, to: unreachable)
            p = next
        }
    }
}

private func listLength(_ list: UnsafeMutablePointer<PyGC_Head>) -> Int {
    var n = 0
    var p = list.pointee.gc_next!
    while p != list { n += 1; p = p.pointee.gc_next! }
    return n
}

/// CPython's untrack_tuples: a surviving exact tuple whose items can never be part of a cycle
/// (non-GC objects, or untracked tuples) is untracked, so later collections skip it.
private func untrackAtomicTuples(_ list: UnsafeMutablePointer<PyGC_Head>) {
    let tupleType = SPyType_Tuple()
    var p = list.pointee.gc_next!
    while p != list {
        let next = p.pointee.gc_next!
        let o = gcObject(p)
        if o.pointee.ob_type == tupleType {
            let n = vmTupleSize(o), items = vmTupleItems(o)
            var atomic = true
            for i in 0..<n {
                guard let e = items[i] else { atomic = false; break }
                if PyObject_IS_GC(e) != 0 && (e.pointee.ob_type != tupleType || gcHead(UnsafeMutableRawPointer(e)).pointee.gc_next != nil) {
                    atomic = false; break
                }
            }
            if atomic { PyObject_GC_UnTrack(UnsafeMutableRawPointer(o)) }
        }
        p = next
    }
}

private func clearFlags(_ list: UnsafeMutablePointer<PyGC_Head>) {
    var p = list.pointee.gc_next!
    while p != list { p.pointee.gc_flags &= ~Int(SPY_GC_COLLECTING | SPY_GC_UNREACHABLE); p = p.pointee.gc_next! }
}

/// Collects generation `gen` and all younger ones. Returns the number of unreachable objects.
func collectGeneration(_ gen: Int) -> Int {
    if gcCollecting { return 0 }
    gcCollecting = true
    defer { gcCollecting = false }
    let young = gcGenerationHead(gen)
    for g in 0..<gen { merge(gcGenerationHead(g), into: young) }
    let older = gcGenerationHead(min(gen + 1, gcGenerationCount - 1))

    let unreachable = GCList()
    defer { unreachable.free() }
    moveUnreachable(young, unreachable.head)
    clearFlags(young)
    untrackAtomicTuples(young)
    // survivors age one generation
    if gen == gcGenerationCount - 2 { gcLongLivedPending += listLength(young) }
    if gen < gcGenerationCount - 1 { merge(young, into: older) }
    if gen == gcGenerationCount - 1 { gcLongLivedPending = 0; gcLongLivedTotal = listLength(young) }
    var count = 0
    var p = unreachable.head.pointee.gc_next!
    while p != unreachable.head { count += 1; p = p.pointee.gc_next! }
    if count == 0 { finishStats(gen, 0); return 0 }

    // finalizers (__del__), once per object; they may resurrect objects
    var ranFinalizer = false
    p = unreachable.head.pointee.gc_next!
    var pending: [PyObjectRef] = []
    while p != unreachable.head {
        let o = gcObject(p)
        if p.pointee.gc_flags & Int(SPY_GC_FINALIZED) == 0, o.pointee.ob_type.pointee.tp_finalize != nil {
            p.pointee.gc_flags |= Int(SPY_GC_FINALIZED)
            Py_INCREF(o); pending.append(o)
        }
        p = p.pointee.gc_next!
    }
    for o in pending {
        ranFinalizer = true
        o.pointee.ob_type.pointee.tp_finalize!(o)
        if PyErr_Occurred() != nil { PyErr_WriteUnraisable(o) }
    }
    for o in pending { Py_DECREF(o) }   // may free objects: they unlink themselves from `unreachable`
    var garbage = unreachable
    var rescued: GCList? = nil
    if ranFinalizer {
        // recompute: what a finalizer made reachable again survives
        clearFlags(unreachable.head)
        let stillDead = GCList()
        moveUnreachable(unreachable.head, stillDead.head)
        clearFlags(unreachable.head)
        merge(unreachable.head, into: older)
        garbage = stillDead
        rescued = stillDead
    }
    defer { rescued?.free() }

    // weak references to garbage: clear them (callbacks run here, objects still intact)
    p = garbage.head.pointee.gc_next!
    var withWeakrefs: [PyObjectRef] = []
    while p != garbage.head {
        let o = gcObject(p)
        if let slot = weaklistSlot(o), slot.pointee != nil { Py_INCREF(o); withWeakrefs.append(o) }
        p = p.pointee.gc_next!
    }
    for o in withWeakrefs { PyObject_ClearWeakRefs(o) }
    for o in withWeakrefs { Py_DECREF(o) }

    // break the cycles
    while !garbage.isEmpty {
        let g = garbage.head.pointee.gc_next!
        let o = gcObject(g)
        Py_INCREF(o)
        if let clear = o.pointee.ob_type.pointee.tp_clear { _ = clear(o) }
        if PyErr_Occurred() != nil { PyErr_WriteUnraisable(o) }
        // still alive (not part of a cycle after all, or uncollectable): move it out
        if gcHead(UnsafeMutableRawPointer(o)) == g && garbage.head.pointee.gc_next == g {
            g.pointee.gc_flags &= ~Int(SPY_GC_COLLECTING | SPY_GC_UNREACHABLE)
            unlinkHead(g); append(g, to: older)
        }
        Py_DECREF(o)
    }
    finishStats(gen, count)
    return count
}

private func finishStats(_ gen: Int, _ collected: Int) {
    gcStats[gen].collections += 1
    gcStats[gen].collected += collected
    if gen + 1 < gcGenerationCount { gcCounts[gen + 1] += 1 }
    for g in 0...gen { gcCounts[g] = 0 }
    gcGen0Count = 0
}

/// Called from the eval breaker (safe point) when generation 0 passed its threshold.
func collectIfNeeded() {
    guard gcEnabled, !gcCollecting, gcGen0Count > gcGen0Threshold else { return }
    var gen = 0
    for g in stride(from: gcGenerationCount - 1, to: 0, by: -1) where gcCounts[g] > gcThresholds[g] {
        if g == gcGenerationCount - 1 && gcLongLivedPending < gcLongLivedTotal / 4 { continue }
        gen = g; break
    }
    let saved = PyErr_GetRaisedException()
    _ = collectGeneration(gen)
    PyErr_SetRaisedException(saved)
}

@c @implementation public func PyGC_Collect() -> Int { collectGeneration(gcGenerationCount - 1) }
@c @implementation public func PyGC_Enable() -> Int32 { let old = gcEnabled; gcEnabled = true; return old ? 1 : 0 }
@c @implementation public func PyGC_Disable() -> Int32 { let old = gcEnabled; gcEnabled = false; return old ? 1 : 0 }
@c @implementation public func PyGC_IsEnabled() -> Int32 { gcEnabled ? 1 : 0 }

// ---- the gc module ----

private let gc_collect: FastKwFn = { _, args, nargs, kwnames in
    var kw: [PyObjectRef?] = [nargs > 0 ? arg(args, 0) : nil]
    guard matchKeywords("collect", args, nargs, kwnames, ["generation"], &kw, positionalCount: 1) else { return nil }
    var gen = gcGenerationCount - 1
    if let g = kw[0] {
        gen = PyLong_AsLong(g)
        if gen == -1 && PyErr_Occurred() != nil { return nil }
        if gen < 0 || gen >= gcGenerationCount { setError(PyExc_ValueError, "invalid generation"); return nil }
    }
    return pyInt(collectGeneration(gen))
}
private let gc_enable: NoArgsFn = { _, _ in gcEnabled = true; return pyNoneRef() }
private let gc_disable: NoArgsFn = { _, _ in gcEnabled = false; return pyNoneRef() }
private let gc_isenabled: NoArgsFn = { _, _ in pyBool(gcEnabled) }
private let gc_get_count: NoArgsFn = { _, _ in
    guard let t = PyTuple_New(3) else { return nil }
    PyTuple_SET_ITEM(t, 0, pyInt(gcGen0Count)); PyTuple_SET_ITEM(t, 1, pyInt(gcCounts[1])); PyTuple_SET_ITEM(t, 2, pyInt(gcCounts[2]))
    return t
}
private let gc_get_threshold: NoArgsFn = { _, _ in
    guard let t = PyTuple_New(3) else { return nil }
    for i in 0..<3 { PyTuple_SET_ITEM(t, i, pyInt(gcThresholds[i])) }
    return t
}
private let gc_set_threshold: FastFn = { _, args, nargs in
    guard checkArgCount("set_threshold", nargs, min: 1, max: 3) else { return nil }
    for i in 0..<nargs {
        let v = PyLong_AsLong(arg(args, i))
        if v == -1 && PyErr_Occurred() != nil { return nil }
        gcThresholds[i] = v
        if i == 0 { gcGen0Threshold = v }
    }
    return pyNoneRef()
}
private let gc_is_tracked: OneArgFn = { _, o in pyBool(PyObject_GC_IsTracked(o!) == 1) }
private let gc_is_finalized: OneArgFn = { _, o in
    let o = o!
    guard PyObject_IS_GC(o) != 0 else { return pyBool(false) }
    return pyBool(gcHead(UnsafeMutableRawPointer(o)).pointee.gc_flags & Int(SPY_GC_FINALIZED) != 0)
}
private let gc_get_objects: FastKwFn = { _, args, nargs, kwnames in
    guard let l = PyList_New(0) else { return nil }
    var gen: Int? = nil
    if nargs > 0 && arg(args, 0) != pyNone { gen = PyLong_AsLong(arg(args, 0)) }
    forEachTrackedObject(generation: gen) { o in if o != l { _ = PyList_Append(l, o) } }
    return l
}
nonisolated(unsafe) private var visitCollect: PyObjectRef? = nil
private let visitAppend: visitproc = { o, _ in
    if let o, let l = visitCollect { _ = PyList_Append(l, o) }
    return 0
}
private let gc_get_referents: FastFn = { _, args, nargs in
    guard let l = PyList_New(0) else { return nil }
    for i in 0..<nargs {
        let o = arg(args, i)
        guard PyObject_IS_GC(o) != 0, let trav = o.pointee.ob_type.pointee.tp_traverse else { continue }
        visitCollect = l
        _ = trav(o, visitAppend, nil)
        visitCollect = nil
    }
    return l
}
nonisolated(unsafe) private var referrerTargets: [PyObjectRef] = []
nonisolated(unsafe) private var referrerFound = false
private let visitFind: visitproc = { o, _ in
    if let o, referrerTargets.contains(o) { referrerFound = true }
    return 0
}
private let gc_get_referrers: FastFn = { _, args, nargs in
    guard let l = PyList_New(0) else { return nil }
    referrerTargets = (0..<nargs).map { arg(args, $0) }
    forEachTrackedObject { o in
        guard o != l, let trav = o.pointee.ob_type.pointee.tp_traverse else { return }
        referrerFound = false
        _ = trav(o, visitFind, nil)
        if referrerFound { _ = PyList_Append(l, o) }
    }
    referrerTargets = []
    return l
}
private let gc_get_stats: NoArgsFn = { _, _ in
    guard let l = PyList_New(0) else { return nil }
    for s in gcStats {
        guard let d = PyDict_New() else { Py_DECREF(l); return nil }
        let a = pyInt(s.collections), b = pyInt(s.collected), c = pyInt(s.uncollectable)
        _ = PyDict_SetItemString(d, "collections", a); _ = PyDict_SetItemString(d, "collected", b); _ = PyDict_SetItemString(d, "uncollectable", c)
        Py_DECREF(a); Py_DECREF(b); Py_DECREF(c)
        _ = PyList_Append(l, d); Py_DECREF(d)
    }
    return l
}
private let gc_freeze: NoArgsFn = { _, _ in pyNoneRef() }

func makeGCModule() -> PyObjectRef? {
    guard let m = PyModule_New("gc") else { return nil }
    _ = PyModule_AddFunctions(m, makeMethodTable([
        .fastKw("collect", gc_collect), .noArgs("enable", gc_enable), .noArgs("disable", gc_disable),
        .noArgs("isenabled", gc_isenabled), .noArgs("get_count", gc_get_count), .noArgs("get_threshold", gc_get_threshold),
        .fast("set_threshold", gc_set_threshold), .oneArg("is_tracked", gc_is_tracked), .oneArg("is_finalized", gc_is_finalized),
        .fastKw("get_objects", gc_get_objects), .fast("get_referents", gc_get_referents), .fast("get_referrers", gc_get_referrers),
        .noArgs("get_stats", gc_get_stats), .noArgs("freeze", gc_freeze), .noArgs("unfreeze", gc_freeze),
    ]))
    if gcGarbage == nil { gcGarbage = PyList_New(0) }
    _ = PyModule_AddObjectRef(m, "garbage", gcGarbage!)
    if let cb = PyList_New(0) { _ = PyModule_AddObjectRef(m, "callbacks", cb); Py_DECREF(cb) }
    for (n, v) in [("DEBUG_STATS", 1), ("DEBUG_COLLECTABLE", 2), ("DEBUG_UNCOLLECTABLE", 4), ("DEBUG_SAVEALL", 32), ("DEBUG_LEAK", 38)] {
        _ = PyModule_AddIntConstant(m, n, v)
    }
    return m
}
