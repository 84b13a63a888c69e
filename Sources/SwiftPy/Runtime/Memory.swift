// Object memory (CPython's obmalloc.c / gcmodule.c allocation half). Everything is malloc-based.
// GC objects carry a PyGC_Head (32 bytes) immediately before the PyObject; PyObject_GC_Del frees from
// the head. Tracked objects sit on the doubly linked, circular list of their generation (sentinel
// heads below); the collector (integrator) walks those lists. All functions need the GIL.
import CPython
#if canImport(Glibc)
import Glibc
#endif

// MARK: - debug live-object counter (SWIFTPY_DEBUG_LEAKS=1)

/// True when allocations are counted; set once by `initCoreTypes()` (or `enableLeakCounting`).
nonisolated(unsafe) var countAllocations = false
/// Blocks from PyObject_Malloc/Calloc plus GC objects, minus their frees.
nonisolated(unsafe) var liveBlocks = 0
/// While counting: every live block (object address, for GC objects past the head) -> its serial
/// number and size, so the leak check can name what was allocated after its baseline and survived.
nonisolated(unsafe) var liveBlockRegistry: [UInt: (serial: Int, size: Int)] = [:]
/// Serial number of the next counted allocation.
nonisolated(unsafe) var nextBlockSerial = 0

@inline(never) func registerBlock(_ p: UnsafeMutableRawPointer?, size: Int) {
    guard let p else { return }
    liveBlocks += 1
    liveBlockRegistry[UInt(bitPattern: p)] = (nextBlockSerial, size)
    nextBlockSerial += 1
}
@inline(never) func unregisterBlock(_ p: UnsafeMutableRawPointer) {
    liveBlocks -= 1
    liveBlockRegistry[UInt(bitPattern: p)] = nil
    readiedTypes.remove(UInt(bitPattern: p))
}
/// A block moved by realloc keeps its serial number.
@inline(never) func moveBlock(from old: UnsafeMutableRawPointer, to new: UnsafeMutableRawPointer, size: Int) {
    let serial = liveBlockRegistry.removeValue(forKey: UInt(bitPattern: old))?.serial ?? nextBlockSerial
    liveBlockRegistry[UInt(bitPattern: new)] = (serial, size)
}

/// Turns the debug counter on (before any object is allocated).
public func enableLeakCounting() { countAllocations = true }
/// Objects (and PyObject_Malloc blocks) currently alive; 0 unless SWIFTPY_DEBUG_LEAKS=1.
public func liveObjectCount() -> Int { liveBlocks }
func readLeakCountingEnvironment() {
    guard let v = getenv("SWIFTPY_DEBUG_LEAKS") else { return }
    if v.pointee == 0x31 /* "1" */ || v.pointee == 0x32 /* "2" */ { countAllocations = true }
    if v.pointee == 0x32 { listLeakedObjects = true }
}

// MARK: - raw memory

@c @implementation public func PyMem_RawMalloc(_ n: Int) -> UnsafeMutableRawPointer? { malloc(n == 0 ? 1 : n) }
@c @implementation public func PyMem_RawCalloc(_ n: Int, _ size: Int) -> UnsafeMutableRawPointer? {
    (n == 0 || size == 0) ? calloc(1, 1) : calloc(n, size)
}
@c @implementation public func PyMem_RawRealloc(_ p: UnsafeMutableRawPointer?, _ n: Int) -> UnsafeMutableRawPointer? { realloc(p, n == 0 ? 1 : n) }
@c @implementation public func PyMem_RawFree(_ p: UnsafeMutableRawPointer?) { free(p) }
@c @implementation public func PyMem_Malloc(_ n: Int) -> UnsafeMutableRawPointer? { malloc(n == 0 ? 1 : n) }
@c @implementation public func PyMem_Calloc(_ n: Int, _ size: Int) -> UnsafeMutableRawPointer? {
    (n == 0 || size == 0) ? calloc(1, 1) : calloc(n, size)
}
@c @implementation public func PyMem_Realloc(_ p: UnsafeMutableRawPointer?, _ n: Int) -> UnsafeMutableRawPointer? { realloc(p, n == 0 ? 1 : n) }
@c @implementation public func PyMem_Free(_ p: UnsafeMutableRawPointer?) { free(p) }

@c @implementation public func PyObject_Malloc(_ n: Int) -> UnsafeMutableRawPointer? {
    let p = malloc(n == 0 ? 1 : n)
    if countAllocations { registerBlock(p, size: n) }
    return p
}
@c @implementation public func PyObject_Calloc(_ n: Int, _ size: Int) -> UnsafeMutableRawPointer? {
    let p = (n == 0 || size == 0) ? calloc(1, 1) : calloc(n, size)
    if countAllocations { registerBlock(p, size: n * size) }
    return p
}
@c @implementation public func PyObject_Realloc(_ p: UnsafeMutableRawPointer?, _ n: Int) -> UnsafeMutableRawPointer? {
    let q = realloc(p, n == 0 ? 1 : n)
    if countAllocations, let q {
        if let p { moveBlock(from: p, to: q, size: n) } else { registerBlock(q, size: n) }
    }
    return q
}
@c @implementation public func PyObject_Free(_ p: UnsafeMutableRawPointer?) {
    if countAllocations, let p { unregisterBlock(p) }
    free(p)
}

// MARK: - object headers

/// Sets refcount 1 and the type; a heap type gains a reference (its instances own it).
@c @implementation public func PyObject_Init(_ op: PyObjectRef?, _ type: PyTypeRef?) -> PyObjectRef? {
    guard let op = op else { return PyErr_NoMemory() }
    op.pointee.ob_refcnt = 1
    op.pointee.ob_type = type
    if let t = type, t.pointee.tp_flags & UInt(Py_TPFLAGS_HEAPTYPE) != 0 { Py_INCREF(t.asObject) }
    return op
}

@c @implementation public func PyObject_InitVar(_ op: UnsafeMutablePointer<PyVarObject>?, _ type: PyTypeRef?, _ size: Int) -> UnsafeMutablePointer<PyVarObject>? {
    guard let op = op else { _ = PyErr_NoMemory(); return nil }
    op.pointee.ob_size = size
    _ = PyObject_Init(op.asPyObject, type)
    return op
}

/// Bytes for an object of `type` with `nitems` items, rounded up to 8 (objimpl.h's _PyObject_VAR_SIZE).
@inline(__always) func objectVarSize(_ type: PyTypeRef, _ nitems: Int) -> Int {
    (type.pointee.tp_basicsize + nitems * type.pointee.tp_itemsize + 7) & ~7
}

@c @implementation public func _PyObject_New(_ type: PyTypeRef?) -> PyObjectRef? {
    guard let type = type else { return nil }
    guard let mem = PyObject_Malloc(type.pointee.tp_basicsize) else { return PyErr_NoMemory() }
    return PyObject_Init(mem.assumingMemoryBound(to: PyObject.self), type)
}

@c @implementation public func _PyObject_NewVar(_ type: PyTypeRef?, _ n: Int) -> UnsafeMutablePointer<PyVarObject>? {
    guard let type = type else { return nil }
    guard let mem = PyObject_Malloc(objectVarSize(type, n)) else { _ = PyErr_NoMemory(); return nil }
    return PyObject_InitVar(mem.assumingMemoryBound(to: PyVarObject.self), type, n)
}

// MARK: - GC objects

let gcHeadSize = MemoryLayout<PyGC_Head>.size   // 32: keeps objects 16-aligned

@inline(__always) func gcHead(_ op: UnsafeMutableRawPointer) -> UnsafeMutablePointer<PyGC_Head> {
    (op - gcHeadSize).assumingMemoryBound(to: PyGC_Head.self)
}
@inline(__always) func gcObject(_ g: UnsafeMutablePointer<PyGC_Head>) -> PyObjectRef {
    (UnsafeMutableRawPointer(g) + gcHeadSize).assumingMemoryBound(to: PyObject.self)
}

/// Number of generations; tracking puts objects in generation 0.
public let gcGenerationCount = 3
/// Sentinel heads of the circular generation lists (allocated once, never freed).
nonisolated(unsafe) var gcGenerations: UnsafeMutablePointer<PyGC_Head>? = nil
/// Objects tracked into generation 0 since the collector last reset this (it decides when to run).
nonisolated(unsafe) public var gcGen0Count = 0

@inline(__always) func gcLists() -> UnsafeMutablePointer<PyGC_Head> {
    if let g = gcGenerations { return g }
    return makeGCLists()
}
@inline(never) func makeGCLists() -> UnsafeMutablePointer<PyGC_Head> {
    let g = UnsafeMutablePointer<PyGC_Head>.allocate(capacity: gcGenerationCount)
    for i in 0..<gcGenerationCount {
        g[i] = PyGC_Head(gc_next: g + i, gc_prev: g + i, gc_refs: 0, gc_flags: 0)
    }
    gcGenerations = g
    return g
}

/// The sentinel head of generation `gen` (0...2). The list is circular: head.gc_next is the oldest
/// tracked object's head, and iteration stops on reaching the sentinel again.
public func gcGenerationHead(_ gen: Int) -> UnsafeMutablePointer<PyGC_Head> { gcLists() + gen }

/// Calls `body` with every object tracked in generation `gen` (nil: all generations). `body` must not
/// untrack objects other than the one it is given.
public func forEachTrackedObject(generation gen: Int? = nil, _ body: (PyObjectRef) -> Void) {
    let lists = gcLists()
    for g in 0..<gcGenerationCount where gen == nil || gen == g {
        let head = lists + g
        var p = head.pointee.gc_next!
        while p != head {
            let next = p.pointee.gc_next!
            body(gcObject(p))
            p = next
        }
    }
}

/// Unlinks `g` and appends it to generation `gen` (for the collector's promotion step).
public func gcMoveToGeneration(_ op: PyObjectRef, _ gen: Int) {
    let g = gcHead(UnsafeMutableRawPointer(op))
    guard g.pointee.gc_next != nil else { return }
    g.pointee.gc_prev!.pointee.gc_next = g.pointee.gc_next
    g.pointee.gc_next!.pointee.gc_prev = g.pointee.gc_prev
    let head = gcLists() + gen
    let last = head.pointee.gc_prev!
    last.pointee.gc_next = g
    g.pointee.gc_prev = last
    g.pointee.gc_next = head
    head.pointee.gc_prev = g
}

/// Allocates `size` bytes of object preceded by an untracked, zeroed GC head. Counts one object.
@inline(__always) func gcAllocate(_ size: Int, zeroed: Bool) -> PyObjectRef? {
    let total = gcHeadSize + size
    guard let mem = zeroed ? calloc(1, total) : malloc(total) else { return nil }
    if !zeroed { memset(mem, 0, gcHeadSize) }
    if countAllocations { registerBlock(mem + gcHeadSize, size: size) }
    return (mem + gcHeadSize).assumingMemoryBound(to: PyObject.self)
}

@c @implementation public func _PyObject_GC_New(_ type: PyTypeRef?) -> PyObjectRef? {
    guard let type = type else { return nil }
    guard let op = gcAllocate(type.pointee.tp_basicsize, zeroed: false) else { return PyErr_NoMemory() }
    return PyObject_Init(op, type)
}

@c @implementation public func _PyObject_GC_NewVar(_ type: PyTypeRef?, _ n: Int) -> UnsafeMutablePointer<PyVarObject>? {
    guard let type = type else { return nil }
    if n < 0 { _PyErr_BadInternalCall(nil, 0); return nil }
    guard let op = gcAllocate(objectVarSize(type, n), zeroed: false) else { _ = PyErr_NoMemory(); return nil }
    return PyObject_InitVar(op.cast(to: PyVarObject.self), type, n)
}

@c @implementation public func _PyObject_GC_Resize(_ op: UnsafeMutablePointer<PyVarObject>?, _ n: Int) -> UnsafeMutablePointer<PyVarObject>? {
    guard let op = op else { return nil }
    let type = op.pointee.ob_base.ob_type!
    if n < 0 { _PyErr_BadInternalCall(nil, 0); return nil }
    let raw = UnsafeMutableRawPointer(op)
    let g = gcHead(raw)
    let wasTracked = g.pointee.gc_next != nil
    if wasTracked { PyObject_GC_UnTrack(raw) }
    guard let mem = realloc(UnsafeMutableRawPointer(g), gcHeadSize + objectVarSize(type, n)) else {
        if wasTracked { PyObject_GC_Track(raw) }
        _ = PyErr_NoMemory(); return nil
    }
    let newOp = (mem + gcHeadSize).assumingMemoryBound(to: PyVarObject.self)
    if countAllocations { moveBlock(from: raw, to: UnsafeMutableRawPointer(newOp), size: objectVarSize(type, n)) }
    newOp.pointee.ob_size = n
    if wasTracked { PyObject_GC_Track(UnsafeMutableRawPointer(newOp)) }
    return newOp
}

/// Links the object into generation 0. Tracking an already tracked object is a no-op.
@c @implementation public func PyObject_GC_Track(_ op: UnsafeMutableRawPointer?) {
    guard let op = op else { return }
    let g = gcHead(op)
    if g.pointee.gc_next != nil { return }
    let head = gcLists()
    let last = head.pointee.gc_prev!
    last.pointee.gc_next = g
    g.pointee.gc_prev = last
    g.pointee.gc_next = head
    head.pointee.gc_prev = g
    gcGen0Count += 1
    // Past the threshold: ask the eval loop to collect at its next safe point (Runtime/CycleCollector.swift).
    if gcGen0Count > gcGen0Threshold && gcEnabled, let i = mainInterp { SPy_EvalBreakerSet(i, SPY_BREAK_GC) }
}

/// Unlinks the object; untracking an untracked object is a no-op.
@c @implementation public func PyObject_GC_UnTrack(_ op: UnsafeMutableRawPointer?) {
    guard let op = op else { return }
    let g = gcHead(op)
    guard let next = g.pointee.gc_next else { return }
    let prev = g.pointee.gc_prev!
    prev.pointee.gc_next = next
    next.pointee.gc_prev = prev
    g.pointee.gc_next = nil
    g.pointee.gc_prev = nil
    // an untracked object carries no collection state: its memory may be recycled (free lists,
    // zombie frames) and tracked again, and a stale UNREACHABLE flag would misguide the next scan
    g.pointee.gc_flags &= Int(SPY_GC_FINALIZED)
}

/// Frees a GC object (untracking it first if needed).
@c @implementation public func PyObject_GC_Del(_ op: UnsafeMutableRawPointer?) {
    guard let op = op else { return }
    PyObject_GC_UnTrack(op)
    if countAllocations { unregisterBlock(op) }
    free(UnsafeMutableRawPointer(gcHead(op)))
}

@c @implementation public func PyObject_GC_IsTracked(_ op: PyObjectRef?) -> Int32 {
    guard let op = op, op.type.pointee.tp_flags & UInt(Py_TPFLAGS_HAVE_GC) != 0 else { return 0 }
    return gcHead(UnsafeMutableRawPointer(op)).pointee.gc_next != nil ? 1 : 0
}

/// gc_flags bit SPY_GC_FINALIZED: the object's finalizer (tp_finalize) has run (shared with the collector).
@c @implementation public func PyObject_GC_IsFinalized(_ op: PyObjectRef?) -> Int32 {
    guard let op = op, op.type.pointee.tp_flags & UInt(Py_TPFLAGS_HAVE_GC) != 0 else { return 0 }
    return gcHead(UnsafeMutableRawPointer(op)).pointee.gc_flags & Int(SPY_GC_FINALIZED) != 0 ? 1 : 0
}

/// Marks a GC object as finalized (so tp_finalize runs at most once).
func gcSetFinalized(_ op: PyObjectRef) {
    gcHead(UnsafeMutableRawPointer(op)).pointee.gc_flags |= Int(SPY_GC_FINALIZED)
}

// MARK: - generic allocation used by tp_alloc

/// tp_alloc for most types: zeroed memory for basicsize + (nitems + 1) * itemsize (one spare item,
/// as CPython), header set, GC objects tracked. Heap types gain a reference.
@c @implementation public func PyType_GenericAlloc(_ type: PyTypeRef?, _ nitems: Int) -> PyObjectRef? {
    guard let type = type else { return nil }
    let size = objectVarSize(type, nitems + 1)
    let isGC = type.pointee.tp_flags & UInt(Py_TPFLAGS_HAVE_GC) != 0
    let obj: PyObjectRef
    if isGC {
        guard let o = gcAllocate(size, zeroed: true) else { return PyErr_NoMemory() }
        obj = o
    } else {
        guard let m = PyObject_Calloc(1, size) else { return PyErr_NoMemory() }
        obj = m.assumingMemoryBound(to: PyObject.self)
    }
    if type.pointee.tp_itemsize == 0 {
        _ = PyObject_Init(obj, type)
    } else {
        _ = PyObject_InitVar(obj.cast(to: PyVarObject.self), type, nitems)
    }
    if isGC { PyObject_GC_Track(UnsafeMutableRawPointer(obj)) }
    return obj
}
