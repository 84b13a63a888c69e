// The debug leak check (SWIFTPY_DEBUG_LEAKS=1 or -X showleaks), in the spirit of CPython's
// -X showrefcount: at exit, after a teardown of what the program created, `leaks: N` on stderr,
// N = objects allocated after the baseline (just before the __main__ code is compiled) that are
// still alive, preceded by a `leaks: by type: ...` summary when N > 0. SWIFTPY_DEBUG_LEAKS=2 also
// lists every leaked object (`leaks: obj 0x... type refcnt=...`).
//
// Memory.swift keeps, while counting, a registry of every live PyObject_Malloc/Calloc block and GC
// object with an allocation serial number. A registry entry allocated after the baseline and alive
// after the teardown is a leak, except
// - objects parked on the free lists (int, float, tuple, list, dict) and finished frames parked
//   on their live code object (co_zombieframe): parked counts as freed;
// - immortal objects (refcount biased by 1 << 30): interned str objects (CPython 3.12 treats them
//   as immortal too; the program's identifiers legitimately grow that table) and the lazily made
//   singletons (one-character str, one-byte bytes, empty str/bytes).
// - objects reachable from the dict, bases, MRO or subclass registry of a static type (a static
//   type readied lazily during the run creates them; descriptors cache their __qualname__): they
//   live as long as the process, as CPython's static types' do.
// - the gc.garbage list (runtime state made when gc is first imported; its items do count).
// Static objects (static types, small ints, singletons) are never allocated and never count.
// A block whose first word pair does not name a readied type is reported as `<raw block>`.
//
// Teardown at exit (tearDownForLeakCheck, after atexit hooks and thread shutdown):
// 0. threads still releasing their state after join() finish (waitForThreadCleanup);
// 1. modules imported after the baseline leave sys.modules; modules present at the baseline get
//    their dict restored to its baseline contents (new names removed, rebound names reset);
//    this covers __main__, sys (sys.last_*, replaced streams) and builtins; the lists and dicts
//    those modules held at the baseline (sys.path, path_importer_cache, encodings' codec cache,
//    ...) get their baseline items back;
// 2. the dicts of the removed modules are cleared as CPython's _PyModule_ClearDict does
//    (single-underscore names set to None first, then the rest, except __builtins__);
// 3. the thread state's raised and handled exceptions and its dict, Python signal handlers and the type
//    method cache (which owns its name strings) are cleared;
// 4. the cycle collector runs until it frees nothing more.
import CPython

/// Allocation serial number at the baseline (just before __main__ code), set by markLeakBaseline.
nonisolated(unsafe) private var baselineSerial = 0
/// Addresses of every type that completed PyType_Ready while counting (to tell objects from raw
/// blocks); a freed heap type leaves it (Memory.swift's unregisterBlock).
nonisolated(unsafe) var readiedTypes = Set<UInt>()
/// SWIFTPY_DEBUG_LEAKS=2: list every leaked object.
nonisolated(unsafe) var listLeakedObjects = false
/// (module, copy of its dict) for every module in sys.modules at the baseline (owned references).
nonisolated(unsafe) private var baselineModules: [(module: PyObjectRef, dict: PyObjectRef)] = []
/// Copy of sys.modules at the baseline (owned).
nonisolated(unsafe) private var baselineSysModules: PyObjectRef? = nil
nonisolated(unsafe) private var baselineMarked = false
/// (container, copy of its items) for each list and dict attribute of sys at the baseline but
/// sys.modules (sys.path, meta_path, path_hooks, path_importer_cache, ...): the program mutates
/// them in place; CPython's finalization drops them (finalize_modules_delete_special).
nonisolated(unsafe) private var baselineSysContainers: [(container: PyObjectRef, copy: PyObjectRef)] = []
/// Objects a native module makes once per process and keeps in a Swift global for the process's
/// life (CPython keeps such objects in static or interpreter state), e.g. the exception class of a
/// module whose types are process-wide. They and what they own are runtime state, not leaks.
nonisolated(unsafe) private var runtimeOwnedRoots: [PyObjectRef] = []

/// Marks `o` (kept alive by the caller forever) as runtime state: not counted by the leak check,
/// nor anything reachable from it. Never for an object that holds the program's values (a cache).
func registerRuntimeOwned(_ o: PyObjectRef) {
    runtimeOwnedRoots.append(o)
}

/// Runs the collector until a pass finds nothing unreachable.
private func collectUntilStable() {
    for _ in 0..<20 { if collectGeneration(gcGenerationCount - 1) == 0 { break } }
}

/// Drops every method-cache entry (the cache owns its name strings).
private func clearMethodCache() {
    guard let c = methodCache else { return }
    for i in 0..<(1 << methodCacheBits) {
        let old = c[i].name
        c[i] = MethodCacheEntry(version: 0, name: nil, value: nil)
        xdecref(old)
    }
}

/// Records the baseline; called once, just before the __main__ code is compiled (no-op unless
/// leak checking is on).
func markLeakBaseline() {
    guard countAllocations, !baselineMarked, let modules = mainInterp?.pointee.modules else { return }
    baselineMarked = true
    baselineSysModules = PyDict_Copy(modules)
    var pos = 0
    var key: PyObjectRef? = nil, value: PyObjectRef? = nil
    while PyDict_Next(modules, &pos, &key, &value) != 0 {
        guard let m = value, PyModule_Check(m) != 0, let d = PyModule_GetDict(m), let copy = PyDict_Copy(d) else { continue }
        Py_INCREF(m)
        baselineModules.append((m, copy))
    }
    // Lists and dicts held by the start-up modules (sys.path, sys.meta_path, caches such as
    // encodings._cache): restored at teardown, so what a program put in them is not reported.
    for (m, _) in baselineModules {
        guard let d = PyModule_GetDict(m) else { continue }
        pos = 0
        while PyDict_Next(d, &pos, &key, &value) != 0 {
            guard let v = value, v != modules else { continue }
            let copy = v.pointee.ob_type == SPyType_List() ? PyList_GetSlice(v, 0, PyList_GET_SIZE(v))
                : v.pointee.ob_type == SPyType_Dict() ? PyDict_Copy(v) : nil
            if let copy { Py_INCREF(v); baselineSysContainers.append((v, copy)) }
        }
    }
    PyErr_Clear()
    clearMethodCache()
    collectUntilStable()
    baselineSerial = nextBlockSerial
    // Parked memory is free: an object taken off a free list after this point is a new allocation.
    for p in parkedObjects() {
        if let e = liveBlockRegistry[p] { liveBlockRegistry[p] = (nextBlockSerial, e.size); nextBlockSerial += 1 }
    }
}

/// Keys of dict `d` (new references), in insertion order.
private func dictKeys(_ d: PyObjectRef) -> [PyObjectRef] {
    var keys: [PyObjectRef] = []
    var pos = 0
    var key: PyObjectRef? = nil, value: PyObjectRef? = nil
    while PyDict_Next(d, &pos, &key, &value) != 0 { Py_INCREF(key!); keys.append(key!) }
    return keys
}

/// Makes `d` hold exactly the items of `snapshot` again.
private func restoreDict(_ d: PyObjectRef, from snapshot: PyObjectRef) {
    for k in dictKeys(d) {
        if PyDict_GetItem(snapshot, k) == nil { _ = PyDict_SetItem(d, k, pyNone) }
        Py_DECREF(k)
    }
    for k in dictKeys(d) {
        if PyDict_GetItem(snapshot, k) == nil { _ = PyDict_DelItem(d, k) }
        Py_DECREF(k)
    }
    var pos = 0
    var key: PyObjectRef? = nil, value: PyObjectRef? = nil
    while PyDict_Next(snapshot, &pos, &key, &value) != 0 {
        if PyDict_GetItem(d, key!) != value! { _ = PyDict_SetItem(d, key!, value!) }
    }
    PyErr_Clear()
}

/// CPython's _PyModule_ClearDict: `_name`s to None, then every other name but __builtins__.
private func clearModuleDict(_ d: PyObjectRef) {
    let keys = dictKeys(d)
    for pass in 0..<2 {
        for k in keys where isStr(k) {
            let name = swiftString(k)
            if name == "__builtins__" { continue }
            let underscore = name.hasPrefix("_") && !name.hasPrefix("__")
            if (pass == 0) == underscore, PyDict_GetItem(d, k) != nil { _ = PyDict_SetItem(d, k, pyNone) }
        }
    }
    for k in keys { Py_DECREF(k) }
    PyDict_Clear(d)
    PyErr_Clear()
}

/// Lets threads that are past join() (threading's join returns once the thread's Python code is
/// done, before its thread state and start-up arguments are released) finish their cleanup, with
/// the GIL released. Daemon threads still running after 5 s are left alone (what they hold shows
/// in the report).
private func waitForThreadCleanup() {
    for _ in 0..<500 where runningThreadCount > 0 {   // read with the GIL held
        let ts = PyEval_SaveThread()
        usleep(10_000)
        PyEval_RestoreThread(ts)
    }
}

/// Tears down what the program created (see the file comment); call after the exit sequence.
func tearDownForLeakCheck() {
    guard countAllocations, baselineMarked, let modules = mainInterp?.pointee.modules, let snapshot = baselineSysModules else { return }
    waitForThreadCleanup()
    // Modules imported after the baseline, most recent first.
    var added: [PyObjectRef] = []
    for k in dictKeys(modules) {
        if let m = PyDict_GetItem(modules, k), PyDict_GetItem(snapshot, k) != m {
            Py_INCREF(m); added.append(m)
        }
        Py_DECREF(k)
    }
    restoreDict(modules, from: snapshot)
    for (m, copy) in baselineModules where PyModule_Check(m) != 0 {
        if let d = PyModule_GetDict(m) { restoreDict(d, from: copy) }
    }
    for (c, copy) in baselineSysContainers {
        if c.pointee.ob_type == SPyType_List() { _ = PyList_SetSlice(c, 0, PyList_GET_SIZE(c), copy) } else { restoreDict(c, from: copy) }
    }
    PyErr_Clear()
    for m in added.reversed() {
        if PyModule_Check(m) != 0, let d = PyModule_GetDict(m) { clearModuleDict(d) }
        Py_DECREF(m)
    }
    if let ts = SPy_TState() {
        if let e = ts.pointee.curexc { ts.pointee.curexc = nil; Py_DECREF(e) }
        if let e = ts.pointee.exc_info { ts.pointee.exc_info = nil; Py_DECREF(e) }
        // PyThreadState_Clear drops the state dict (Py_ReprEnter's recursion list lives there).
        if let d = ts.pointee.dict { ts.pointee.dict = nil; Py_DECREF(d) }
    }
    for (_, h) in pythonSignalHandlers { Py_DECREF(h) }
    pythonSignalHandlers = [:]
    clearAuditHooks()
    releaseStdStreamsForLeakCheck()
    clearMethodCache()
    collectUntilStable()
    clearMethodCache()
    _ = flushStdFiles()
}

/// The type of the object at `p` when its header names a readied type (static, or a live heap type).
private func objectType(at p: UInt, size: Int) -> PyTypeRef? {
    guard size >= MemoryLayout<PyObject>.size, let o = UnsafeMutablePointer<PyObject>(bitPattern: p),
          let t = o.pointee.ob_type, readiedTypes.contains(UInt(bitPattern: t)) else { return nil }
    return t
}

/// Worklist of the static-type reachability walk (visitproc cannot capture).
nonisolated(unsafe) private var walkPending: [PyObjectRef] = []
private let visitPush: visitproc = { o, _ in
    if let o { walkPending.append(o) }
    return 0
}

/// Every readied static type (those not in the registry).
private func staticTypes() -> [PyTypeRef] {
    readiedTypes.compactMap { a in
        guard liveBlockRegistry[a] == nil, let t = UnsafeMutablePointer<PyTypeObject>(bitPattern: a) else { return nil }
        return t
    }
}

/// Everything reachable (tp_traverse) from the state of static types: their dict, bases, MRO and
/// subclass registry; and from the objects marked with registerRuntimeOwned. A static type
/// readied lazily during the run creates these; they live as
/// long as the process (as with CPython's static types), so they are runtime state, not leaks.
private func ownedByStaticTypes() -> Set<UInt> {
    var seen = Set<UInt>()
    walkPending = []
    for t in staticTypes() {
        for o in [t.pointee.tp_dict, t.pointee.tp_bases, t.pointee.tp_mro, t.pointee.tp_subclasses] {
            if let o { walkPending.append(o) }
        }
    }
    walkPending += runtimeOwnedRoots
    while let o = walkPending.popLast() {
        let a = UInt(bitPattern: o)
        // Only registry objects are walked: static objects are never leaks and own nothing new.
        guard let entry = liveBlockRegistry[a], objectType(at: a, size: entry.size) != nil, seen.insert(a).inserted else { continue }
        if let trav = o.pointee.ob_type.pointee.tp_traverse { _ = trav(o, visitPush, nil) }
        walkPending += untraversedReferences(o)
    }
    return seen
}

/// References an object owns that its tp_traverse does not report (as in CPython, traversal
/// reports only what can take part in a cycle): a descriptor's name and cached __qualname__, a
/// heap type's __name__, __qualname__ and __slots__.
private func untraversedReferences(_ o: PyObjectRef) -> [PyObjectRef] {
    let t = o.pointee.ob_type
    if PyType_Check(o) != 0, let ty = UnsafeMutableRawPointer(o).assumingMemoryBound(to: PyTypeObject.self) as PyTypeRef?,
       ty.pointee.tp_flags & UInt(Py_TPFLAGS_HEAPTYPE) != 0 {
        let ht = UnsafeMutableRawPointer(o).assumingMemoryBound(to: PyHeapTypeObject.self)
        return [ht.pointee.ht_name, ht.pointee.ht_qualname, ht.pointee.ht_slots].compactMap { $0 }
    }
    guard [SPyType_MethodDescr(), SPyType_ClassMethodDescr(), SPyType_MemberDescr(), SPyType_GetSetDescr(), SPyType_WrapperDescr()].contains(t) else { return [] }
    let f = descrFields(o)
    return [f.pointee.d_name, f.pointee.d_qualname].compactMap { $0 }
}

/// Leaked objects: registry entries newer than the baseline, minus parked, immortal and
/// static-type-owned ones, oldest first.
private func leakedBlocks() -> [(address: UInt, serial: Int, type: PyTypeRef?)] {
    var excluded = parkedObjects().union(ownedByStaticTypes())
    // Runtime state made on first use (CPython keeps it in the interpreter state): the gc.garbage
    // list itself (not what it holds).
    if let g = gcGarbage { excluded.insert(UInt(bitPattern: g)) }
    let str = SPyType_Unicode()
    for (p, entry) in liveBlockRegistry {
        guard let t = objectType(at: p, size: entry.size), let o = UnsafeMutablePointer<PyObject>(bitPattern: p) else { continue }
        if o.pointee.ob_refcnt >= immortalRefcnt { excluded.insert(p) }
        // An excluded str owns its on-demand UTF-8 copy (a raw block).
        if t == str, excluded.contains(p), let u = strObj(o).pointee.utf8, UnsafeMutableRawPointer(u) != strObj(o).pointee.data {
            excluded.insert(UInt(bitPattern: u))
        }
    }
    var leaked: [(address: UInt, serial: Int, type: PyTypeRef?)] = []
    for (p, entry) in liveBlockRegistry where entry.serial >= baselineSerial && !excluded.contains(p) {
        leaked.append((p, entry.serial, objectType(at: p, size: entry.size)))
    }
    return leaked.sorted { $0.serial < $1.serial }
}

/// Objects on the free lists and zombie frames: dead memory kept for reuse.
private func parkedObjects() -> Set<UInt> {
    var parked = Set<UInt>()
    // A finished frame parked on its (live) code object for reuse is a free-list entry too.
    let code = SPyType_Code()
    for (p, entry) in liveBlockRegistry where objectType(at: p, size: entry.size) == code {
        if let f = UnsafeMutablePointer<PyCodeObject>(bitPattern: p)?.pointee.co_zombieframe { parked.insert(UInt(bitPattern: f)) }
    }
    for o in intFreeListParked() + floatFreeListParked() + tupleFreeListParked() + listFreeListParked() + dictFreeListParked() {
        parked.insert(UInt(bitPattern: o))
    }
    return parked
}

/// Types whose repr reads nothing but the object's own plain data and runs no Python code (which
/// could switch threads while the report walks the registry).
private func reprIsSafe(_ t: PyTypeRef) -> Bool {
    [SPyType_Unicode(), SPyType_Long(), SPyType_Float(), SPyType_Bytes()].contains(t)
}

/// For every address in `targets`: the live registry objects whose tp_traverse visits it.
private func referrers(of targets: Set<UInt>) -> [UInt: [(address: UInt, type: PyTypeRef?)]] {
    var found: [UInt: [(address: UInt, type: PyTypeRef?)]] = [:]
    let parked = parkedObjects()
    for (p, entry) in liveBlockRegistry where !parked.contains(p) {
        guard let t = objectType(at: p, size: entry.size), t.pointee.tp_flags & UInt(Py_TPFLAGS_HAVE_GC) != 0,
              let trav = t.pointee.tp_traverse, let o = UnsafeMutablePointer<PyObject>(bitPattern: p) else { continue }
        walkPending = []
        _ = trav(o, visitPush, nil)
        for r in walkPending where targets.contains(UInt(bitPattern: r)) { found[UInt(bitPattern: r), default: []].append((p, t)) }
    }
    walkPending = []
    // Leaked objects no traversal reaches: look for their address in the words of every live
    // block (code objects, zombie frames and raw blocks are not traversed).
    let unowned = targets.subtracting(found.keys)
    if !unowned.isEmpty {
        for (p, entry) in liveBlockRegistry {
            guard let words = UnsafePointer<UInt>(bitPattern: p) else { continue }
            for i in 0..<(entry.size / MemoryLayout<UInt>.size) where unowned.contains(words[i]) && words[i] != p {
                found[words[i], default: []].append((p, objectType(at: p, size: entry.size)))
            }
        }
    }
    return found
}

/// `leaks: N` on stderr (see the file comment), after a per-type summary when N > 0.
func reportLeaks() {
    let leaked = leakedBlocks()
    if !leaked.isEmpty {
        var byType: [String: Int] = [:]
        for l in leaked { byType[l.type.map(typeNameString) ?? "<raw block>", default: 0] += 1 }
        let summary = byType.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        writeStderr("leaks: by type: " + summary.map { "\($0.key) \($0.value)" }.joined(separator: ", ") + "\n")
        if listLeakedObjects {
            let owners = referrers(of: Set(leaked.map { $0.address }))
            for l in leaked {
                let name = l.type.map(typeNameString) ?? "<raw block>"
                var line = "leaks: obj 0x\(String(l.address, radix: 16)) #\(l.serial - baselineSerial) \(name)"
                if l.type == nil { line += " size=\(liveBlockRegistry[l.address]?.size ?? -1)" }
                if l.type != nil, let o = UnsafeMutablePointer<PyObject>(bitPattern: l.address) {
                    line += " refcnt=\(o.pointee.ob_refcnt)"
                    if [SPyType_Tuple(), SPyType_List(), SPyType_Dict()].contains(l.type!) { line += " len=\(PyObject_Size(o))" }
                    if reprIsSafe(l.type!), let r = PyObject_Repr(o) { line += " " + String(swiftString(r).prefix(100)); Py_DECREF(r) }
                    PyErr_Clear()
                }
                if let by = owners[l.address] {
                    line += " <- " + by.prefix(4).map { "\($0.type.map(typeNameString) ?? "?") 0x\(String($0.address, radix: 16))" }.joined(separator: ", ")
                }
                writeStderr(line + "\n")
            }
        }
    }
    writeStderr("leaks: \(leaked.count)\n")
}
