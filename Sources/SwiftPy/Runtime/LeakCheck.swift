// The debug leak check (SWIFTPY_DEBUG_LEAKS=1 or -X showleaks), in the spirit of CPython's
// -X showrefcount: `leaks: N` on stderr at exit, N = live objects at exit minus live objects just
// before the __main__ code was compiled and run, after the program's state was torn down.
//
// What counts as live (liveObjects()): PyObject_Malloc/Calloc blocks and GC objects (Memory.swift
// counts them only while `countAllocations` is set), minus
// - objects parked on the free lists (int, float, tuple, list, dict): parked counts as freed;
// - str objects interned after the baseline: interned strings are immortal (CPython 3.12 treats them
//   so too); the program's identifiers and attribute names legitimately grow that table.
// Static objects (static types, small ints, singletons) are never allocated and never count.
//
// Teardown at exit (tearDownForLeakCheck, after atexit hooks and thread shutdown):
// 1. modules imported after the baseline leave sys.modules; modules present at the baseline get
//    their dict restored to its baseline contents (new names removed, rebound names reset);
//    this covers __main__, sys (sys.last_*, replaced streams) and builtins;
// 2. the dicts of the removed modules are cleared as CPython's _PyModule_ClearDict does
//    (single-underscore names set to None first, then the rest, except __builtins__);
// 3. the thread state's raised and handled exceptions, Python signal handlers and the type
//    method cache (which owns its name strings) are cleared;
// 4. the cycle collector runs until it frees nothing more.
import CPython

/// Live count at the baseline (just before __main__ code), set by markLeakBaseline.
nonisolated(unsafe) private var leakBaseline = 0
nonisolated(unsafe) private var internCountAtBaseline = 0
/// (module, copy of its dict) for every module in sys.modules at the baseline (owned references).
nonisolated(unsafe) private var baselineModules: [(module: PyObjectRef, dict: PyObjectRef)] = []
/// Copy of sys.modules at the baseline (owned).
nonisolated(unsafe) private var baselineSysModules: PyObjectRef? = nil
nonisolated(unsafe) private var baselineMarked = false

/// Objects alive now, as the leak check counts them (see the file comment).
func liveObjects() -> Int {
    liveObjectCount() - parkedOnFreeLists() - (internCount - internCountAtBaseline)
}

private func parkedOnFreeLists() -> Int {
    intFreeCount + floatFreeCount + tupleFreeListParked() + listFreeListParked() + dictFreeListParked()
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
    PyErr_Clear()
    clearMethodCache()
    collectUntilStable()
    internCountAtBaseline = internCount
    leakBaseline = liveObjects()
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

/// Tears down what the program created (see the file comment); call after the exit sequence.
func tearDownForLeakCheck() {
    guard countAllocations, baselineMarked, let modules = mainInterp?.pointee.modules, let snapshot = baselineSysModules else { return }
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
    for m in added.reversed() {
        if PyModule_Check(m) != 0, let d = PyModule_GetDict(m) { clearModuleDict(d) }
        Py_DECREF(m)
    }
    if let ts = SPy_TState() {
        if let e = ts.pointee.curexc { ts.pointee.curexc = nil; Py_DECREF(e) }
        if let e = ts.pointee.exc_info { ts.pointee.exc_info = nil; Py_DECREF(e) }
    }
    for (_, h) in pythonSignalHandlers { Py_DECREF(h) }
    pythonSignalHandlers = [:]
    clearMethodCache()
    collectUntilStable()
    clearMethodCache()
    _ = flushStdFiles()
}

/// `leaks: N` on stderr: objects the program left alive (see the file comment).
func reportLeaks() {
    writeStderr("leaks: \(liveObjects() - leakBaseline)\n")
}
