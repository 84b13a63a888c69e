// tuple: PyTupleObject with the items inline after the var header. The empty tuple is a shared
// singleton; tuples of 1..<tupleFreeListSizes items are recycled through per-size free lists
// (their memory keeps its GC header; ob_item[0] links the list).
import CPython
import Glibc

let tupleHeaderSize = MemoryLayout<PyVarObject>.size   // offset of ob_item[0]
private let tupleFreeListSizes = 20
private let tupleFreeListMax = 2000

nonisolated(unsafe) private var emptyTuple: PyObjectRef? = nil
nonisolated(unsafe) private var tupleFreeList = UnsafeMutablePointer<PyObjectRef?>.allocate(capacity: tupleFreeListSizes)
nonisolated(unsafe) private var tupleFreeCount = UnsafeMutablePointer<Int>.allocate(capacity: tupleFreeListSizes)
nonisolated(unsafe) private var tupleFreeListsReady = false
/// Tuples parked on the free lists (the leak check counts them as freed); chained through item 0.
func tupleFreeListParked() -> [PyObjectRef] {
    guard tupleFreeListsReady else { return [] }
    var parked: [PyObjectRef] = []
    for n in 1..<tupleFreeListSizes {
        var t = tupleFreeList[n]
        while let u = t { parked.append(u); t = tupleItems(u)[0] }
    }
    return parked
}

/// The item array of a tuple (borrowed pointers; slots may be NULL while it is being filled).
@inline(__always) public func tupleItems(_ t: PyObjectRef) -> UnsafeMutablePointer<PyObjectRef?> {
    (UnsafeMutableRawPointer(t) + tupleHeaderSize).assumingMemoryBound(to: PyObjectRef?.self)
}

/// A new exact tuple of n NULL items, GC-tracked (the caller fills every slot). nil = MemoryError set.
@inline(__always) public func tupleNew(_ n: Int) -> PyObjectRef? {
    if n == 0 {
        if let e = emptyTuple { Py_INCREF(e); return e }
        return makeEmptyTuple()
    }
    if n < tupleFreeListSizes && tupleFreeListsReady, let t = tupleFreeList[n] {
        tupleFreeList[n] = tupleItems(t)[0]
        tupleFreeCount[n] -= 1
        t.pointee.ob_refcnt = 1
        t.pointee.ob_type = SPyType_Tuple()
        tupleItems(t).initialize(repeating: nil, count: n)
        PyObject_GC_Track(t)
        return t
    }
    return tupleAllocSlow(n)
}

private func makeEmptyTuple() -> PyObjectRef? {
    if !tupleFreeListsReady {
        tupleFreeList.initialize(repeating: nil, count: tupleFreeListSizes)
        tupleFreeCount.initialize(repeating: 0, count: tupleFreeListSizes)
        tupleFreeListsReady = true
    }
    guard let v = _PyObject_GC_NewVar(SPyType_Tuple(), 0) else { return nil }
    let t = v.asPyObject
    setContainerSize(t, 0)
    t.pointee.ob_refcnt = 1 << 30     // immortal in practice
    emptyTuple = t
    Py_INCREF(t)
    return t
}

private func tupleAllocSlow(_ n: Int) -> PyObjectRef? {
    if n < 0 { PyErr_BadInternalCall_(); return nil }
    if n > (Int.max - tupleHeaderSize) / 8 - 1 { return PyErr_NoMemory() }
    if !tupleFreeListsReady { _ = makeEmptyTuple().map { Py_DECREF($0) } }
    guard let v = _PyObject_GC_NewVar(SPyType_Tuple(), n) else { return nil }
    let t = v.asPyObject
    setContainerSize(t, n)
    tupleItems(t).initialize(repeating: nil, count: n)
    PyObject_GC_Track(t)
    return t
}

func PyErr_BadInternalCall_() { setError(PyExc_SystemError, "bad argument to internal function") }

/// A new tuple holding new references to items[0..<n].
public func tupleFromArray(_ items: UnsafePointer<PyObjectRef?>, _ n: Int) -> PyObjectRef? {
    guard let t = tupleNew(n) else { return nil }
    let dst = tupleItems(t)
    for i in 0..<n { let o = items[i]!; Py_INCREF(o); dst[i] = o }
    return t
}

/// A new 2-tuple; steals a and b.
@inline(__always) public func tuplePair(stealing a: PyObjectRef, _ b: PyObjectRef) -> PyObjectRef? {
    guard let t = tupleNew(2) else { Py_DECREF(a); Py_DECREF(b); return nil }
    let it = tupleItems(t)
    it[0] = a; it[1] = b
    return t
}

// MARK: - Slots

private func tupleDealloc(_ o: PyObjectRef?) {
    let t = o!
    let n = containerSize(t)
    PyObject_GC_UnTrack(t)
    let items = tupleItems(t)
    for i in 0..<n { if let x = items[i] { Py_DECREF(x) } }
    if n > 0 && n < tupleFreeListSizes && t.pointee.ob_type == SPyType_Tuple() && tupleFreeCount[n] < tupleFreeListMax {
        items[0] = tupleFreeList[n]
        tupleFreeList[n] = t
        tupleFreeCount[n] += 1
        return
    }
    if n == 0 && t == emptyTuple { t.pointee.ob_refcnt = 1 << 30; return }
    t.pointee.ob_type.pointee.tp_free!(UnsafeMutableRawPointer(t))
}

private func tupleTraverse(_ o: PyObjectRef?, _ visit: visitproc?, _ arg: UnsafeMutableRawPointer?) -> Int32 {
    let t = o!
    let items = tupleItems(t)
    for i in 0..<containerSize(t) {
        if let x = items[i] { let r = visit!(x, arg); if r != 0 { return r } }
    }
    return 0
}

private func tupleRepr(_ o: PyObjectRef?) -> PyObjectRef? {
    let t = o!
    let n = containerSize(t)
    if n == 0 { return containerStr("()") }
    let status = Py_ReprEnter(t)
    if status != 0 { return status > 0 ? containerStr("(...)") : nil }
    defer { Py_ReprLeave(t) }
    var s = "("
    let items = tupleItems(t)
    for i in 0..<n {
        if i > 0 { s += ", " }
        if Py_EnterRecursiveCall(" while getting the repr of an object") != 0 { return nil }
        let r = containerRepr(items[i]!)
        Py_LeaveRecursiveCall()
        guard let r else { return nil }
        s += r
    }
    s += n == 1 ? ",)" : ")"
    return containerStr(s)
}

private let xxPrime1: UInt = 11400714785074694791
private let xxPrime2: UInt = 14029467366897019727
private let xxPrime5: UInt = 2870177450012600261

/// CPython 3.11's xxHash-based tuple hash.
func tupleHashItems(_ items: UnsafeMutablePointer<PyObjectRef?>, _ n: Int) -> Int {
    var acc = xxPrime5
    for i in 0..<n {
        let h = containerHash(items[i]!)
        if h == -1 { return -1 }
        acc = acc &+ UInt(bitPattern: h) &* xxPrime2
        acc = (acc << 31) | (acc >> 33)
        acc = acc &* xxPrime1
    }
    acc = acc &+ (UInt(n) ^ (xxPrime5 ^ 3527539))
    if acc == UInt.max { return 1546275796 }
    return Int(bitPattern: acc)
}

private func tupleHash(_ o: PyObjectRef?) -> Int { tupleHashItems(tupleItems(o!), containerSize(o!)) }

private func tupleLength(_ o: PyObjectRef?) -> Int { containerSize(o!) }

/// Lexicographic comparison shared by tuple and list (the item arrays are re-read after every call).
func sequenceRichCompare(_ v: PyObjectRef, _ w: PyObjectRef, _ op: Int32,
                         _ items: (PyObjectRef) -> UnsafeMutablePointer<PyObjectRef?>) -> PyObjectRef? {
    var i = 0
    while i < containerSize(v) && i < containerSize(w) {
        let a = items(v)[i]!, b = items(w)[i]!
        Py_INCREF(a); Py_INCREF(b)
        let k = containerEqual(a, b)
        Py_DECREF(a); Py_DECREF(b)
        if k < 0 { return nil }
        if k == 0 { break }
        i += 1
    }
    let vlen = containerSize(v), wlen = containerSize(w)
    if i >= vlen || i >= wlen {
        let r: Bool
        switch op {
        case Py_LT: r = vlen < wlen
        case Py_LE: r = vlen <= wlen
        case Py_EQ: r = vlen == wlen
        case Py_NE: r = vlen != wlen
        case Py_GT: r = vlen > wlen
        default: r = vlen >= wlen
        }
        return pyBool(r)
    }
    if op == Py_EQ { return pyBool(false) }
    if op == Py_NE { return pyBool(true) }
    let a = items(v)[i]!, b = items(w)[i]!
    let longType = SPyType_Long()
    if a.pointee.ob_type == longType && b.pointee.ob_type == longType {
        let la = a.cast(to: PyLongObject.self), lb = b.cast(to: PyLongObject.self)
        if la.pointee.ob_big == nil && lb.pointee.ob_big == nil {   // two machine-size ints
            let x = la.pointee.ob_ival, y = lb.pointee.ob_ival
            let r: Bool
            switch op {
            case Py_LT: r = x < y
            case Py_LE: r = x <= y
            case Py_GT: r = x > y
            default: r = x >= y
            }
            return pyBool(r)
        }
    }
    Py_INCREF(a); Py_INCREF(b)
    defer { Py_DECREF(a); Py_DECREF(b) }
    return PyObject_RichCompare(a, b, op)
}

private func tupleRichCompare(_ v: PyObjectRef?, _ w: PyObjectRef?, _ op: Int32) -> PyObjectRef? {
    guard tupleCheck(v!), tupleCheck(w!) else { return newNotImplemented() }
    return sequenceRichCompare(v!, w!, op, tupleItems)
}

@inline(__always) func newNotImplemented() -> PyObjectRef { let n = pyNotImplemented; Py_INCREF(n); return n }

private func tupleConcat(_ a: PyObjectRef?, _ b: PyObjectRef?) -> PyObjectRef? {
    let a = a!, b = b!
    if !tupleCheck(b) {
        setError(PyExc_TypeError, "can only concatenate tuple (not \"\(containerTypeName(b))\") to tuple")
        return nil
    }
    let na = containerSize(a), nb = containerSize(b)
    if nb == 0 && tupleCheckExact(a) { Py_INCREF(a); return a }
    if na == 0 && tupleCheckExact(b) { Py_INCREF(b); return b }
    guard let t = tupleNew(na + nb) else { return nil }
    let d = tupleItems(t), sa = tupleItems(a), sb = tupleItems(b)
    for i in 0..<na { let x = sa[i]!; Py_INCREF(x); d[i] = x }
    for i in 0..<nb { let x = sb[i]!; Py_INCREF(x); d[na + i] = x }
    return t
}

private func tupleRepeat(_ a: PyObjectRef?, _ count: Int) -> PyObjectRef? {
    let a = a!
    let n = containerSize(a)
    if tupleCheckExact(a) && (count == 1 || n == 0) { Py_INCREF(a); return a }
    if count <= 0 || n == 0 { return tupleNew(0) }
    let (total, ovf) = n.multipliedReportingOverflow(by: count)
    if ovf || total > Int.max / 16 { return PyErr_NoMemory() }
    guard let t = tupleNew(total) else { return nil }
    let d = tupleItems(t), s = tupleItems(a)
    var k = 0
    for _ in 0..<count { for i in 0..<n { let x = s[i]!; Py_INCREF(x); d[k] = x; k += 1 } }
    return t
}

private func tupleItemSlot(_ a: PyObjectRef?, _ i: Int) -> PyObjectRef? {
    let a = a!
    if i < 0 || i >= containerSize(a) { setError(PyExc_IndexError, "tuple index out of range"); return nil }
    let x = tupleItems(a)[i]!
    Py_INCREF(x)
    return x
}

private func tupleSubscript(_ a: PyObjectRef?, _ key: PyObjectRef?) -> PyObjectRef? {
    let a = a!, key = key!
    if let v = smallIntValue(key) {
        let i = v < 0 ? v + containerSize(a) : v
        return tupleItemSlot(a, i)
    }
    if indexCheck(key) {
        var i = PyNumber_AsSsize_t(key, PyExc_IndexError)
        if i == -1 && PyErr_Occurred() != nil { return nil }
        if i < 0 { i += containerSize(a) }
        return tupleItemSlot(a, i)
    }
    if key.pointee.ob_type == SPyType_Slice() {
        var start = 0, stop = 0, step = 0
        if PySlice_Unpack(key, &start, &stop, &step) < 0 { return nil }
        let len = PySlice_AdjustIndices(containerSize(a), &start, &stop, step)
        if len <= 0 { return tupleNew(0) }
        if start == 0 && step == 1 && len == containerSize(a) && tupleCheckExact(a) { Py_INCREF(a); return a }
        guard let t = tupleNew(len) else { return nil }
        let s = tupleItems(a), d = tupleItems(t)
        var cur = start
        for i in 0..<len { let x = s[cur]!; Py_INCREF(x); d[i] = x; cur += step }
        return t
    }
    setError(PyExc_TypeError, "tuple indices must be integers or slices, not \(containerTypeName(key))")
    return nil
}

private func tupleContains(_ a: PyObjectRef?, _ el: PyObjectRef?) -> Int32 {
    let a = a!, el = el!
    var i = 0
    while i < containerSize(a) {
        let c = containerEqual(tupleItems(a)[i]!, el)
        if c != 0 { return c }
        i += 1
    }
    return 0
}

private func tupleIter(_ o: PyObjectRef?) -> PyObjectRef? {
    seqIterNew(SPyType_TupleIter(), o!)
}

// MARK: - Methods

private func tupleCount(_ o: PyObjectRef?, _ value: PyObjectRef?) -> PyObjectRef? {
    let t = o!
    var count = 0
    var i = 0
    while i < containerSize(t) {
        let c = containerEqual(tupleItems(t)[i]!, value!)
        if c < 0 { return nil }
        if c > 0 { count += 1 }
        i += 1
    }
    return PyLong_FromSsize_t(count)
}

/// Shared by tuple.index and list.index: parses (value, start=0, stop=sys.maxsize).
func parseIndexArgs(_ name: String, _ args: UnsafePointer<PyObjectRef?>?, _ nargs: Int,
                    _ start: inout Int, _ stop: inout Int) -> Bool {
    if !checkPositionalCount(name, nargs, 1, 3) { return false }
    if nargs >= 2 && !sliceIndexNotNone(args![1]!, &start) { return false }
    if nargs >= 3 && !sliceIndexNotNone(args![2]!, &stop) { return false }
    return true
}

private func tupleIndex(_ o: PyObjectRef?, _ args: UnsafePointer<PyObjectRef?>?, _ nargs: Int) -> PyObjectRef? {
    let t = o!
    var start = 0, stop = Int.max
    if !parseIndexArgs("index", args, nargs, &start, &stop) { return nil }
    let n = containerSize(t)
    if start < 0 { start += n; if start < 0 { start = 0 } }
    if stop < 0 { stop += n } else if stop > n { stop = n }
    var i = start
    while i < stop && i < containerSize(t) {
        let c = containerEqual(tupleItems(t)[i]!, args![0]!)
        if c > 0 { return PyLong_FromSsize_t(i) }
        if c < 0 { return nil }
        i += 1
    }
    setError(PyExc_ValueError, "tuple.index(x): x not in tuple")
    return nil
}

private func tupleGetnewargs(_ o: PyObjectRef?, _ unused: PyObjectRef?) -> PyObjectRef? {
    let t = o!
    guard let copy = tupleFromArray(tupleItems(t), containerSize(t)) else { return nil }
    guard let r = tupleNew(1) else { Py_DECREF(copy); return nil }
    tupleItems(r)[0] = copy
    return r
}

// MARK: - Construction

/// tuple(iterable) for an arbitrary iterable: exact tuples are returned as is, lists copied, others iterated.
func sequenceTuple(_ v: PyObjectRef) -> PyObjectRef? {
    if tupleCheckExact(v) { Py_INCREF(v); return v }
    if listCheck(v) { return listAsTuple(v) }
    guard let it = PyObject_GetIter(v) else { return nil }
    defer { Py_DECREF(it) }
    var n = PyObject_LengthHint(v, 10)
    if n < 0 { return nil }
    if n == 0 { n = 10 }
    let next = it.pointee.ob_type.pointee.tp_iternext!
    var result: PyObjectRef? = tupleNew(n)
    guard result != nil else { return nil }
    var j = 0
    while true {
        guard let item = next(it) else {
            if PyErr_Occurred() != nil {
                if PyErr_ExceptionMatches(PyExc_StopIteration) != 0 { PyErr_Clear() } else { Py_DECREF(result!); return nil }
            }
            break
        }
        if j >= n {
            let grow = n + 10 + (n >> 2)
            if _PyTuple_Resize(&result, grow) != 0 { Py_DECREF(item); return nil }
            n = grow
        }
        tupleItems(result!)[j] = item
        j += 1
    }
    if j < n && _PyTuple_Resize(&result, j) != 0 { return nil }
    return result
}

private func tupleNewImpl(_ type: PyTypeRef, _ iterable: PyObjectRef?) -> PyObjectRef? {
    if type != SPyType_Tuple() {
        guard let tmp = tupleNewImpl(SPyType_Tuple(), iterable) else { return nil }
        defer { Py_DECREF(tmp) }
        let n = containerSize(tmp)
        guard let obj = type.pointee.tp_alloc!(type, n) else { return nil }
        let s = tupleItems(tmp), d = tupleItems(obj)
        for i in 0..<n { let x = s[i]!; Py_INCREF(x); d[i] = x }
        return obj
    }
    guard let iterable else { return tupleNew(0) }
    return sequenceTuple(iterable)
}

private func tupleNewSlot(_ type: PyTypeRef?, _ args: PyObjectRef?, _ kwargs: PyObjectRef?) -> PyObjectRef? {
    let type = type!
    if type == SPyType_Tuple() && !checkNoKeywords("tuple", kwargs) { return nil }
    let (items, n) = argsTuple(args)
    if !checkPositionalCount("tuple", n, 0, 1) { return nil }
    return tupleNewImpl(type, n == 1 ? items[0] : nil)
}

private func tupleVectorcall(_ type: PyObjectRef?, _ args: UnsafePointer<PyObjectRef?>?, _ nargsf: Int, _ kwnames: PyObjectRef?) -> PyObjectRef? {
    if !checkNoKwnames("tuple", kwnames) { return nil }
    let n = nargsf & Int.max
    if !checkPositionalCount("tuple", n, 0, 1) { return nil }
    return tupleNewImpl(type!.asType, n == 1 ? args![0] : nil)
}

// MARK: - C API

@c @implementation public func PyTuple_New(_ size: Int) -> UnsafeMutablePointer<PyObject>? {
    if size < 0 { PyErr_BadInternalCall_(); return nil }
    return tupleNew(size)
}

@c @implementation public func PyTuple_Size(_ op: UnsafeMutablePointer<PyObject>?) -> Int {
    guard let op, tupleCheck(op) else { PyErr_BadInternalCall_(); return -1 }
    return containerSize(op)
}

@c @implementation public func PyTuple_GetItem(_ op: UnsafeMutablePointer<PyObject>?, _ i: Int) -> UnsafeMutablePointer<PyObject>? {
    guard let op, tupleCheck(op) else { PyErr_BadInternalCall_(); return nil }
    if i < 0 || i >= containerSize(op) { setError(PyExc_IndexError, "tuple index out of range"); return nil }
    return tupleItems(op)[i]
}

@c @implementation public func PyTuple_SetItem(_ op: UnsafeMutablePointer<PyObject>?, _ i: Int, _ newitem: UnsafeMutablePointer<PyObject>?) -> Int32 {
    guard let op, tupleCheck(op), op.pointee.ob_refcnt == 1 else {
        if let newitem { Py_DECREF(newitem) }
        PyErr_BadInternalCall_(); return -1
    }
    if i < 0 || i >= containerSize(op) {
        if let newitem { Py_DECREF(newitem) }
        setError(PyExc_IndexError, "tuple assignment index out of range")
        return -1
    }
    let p = tupleItems(op) + i
    let old = p.pointee
    p.pointee = newitem
    if let old { Py_DECREF(old) }
    return 0
}

@c @implementation public func PyTuple_GetSlice(_ op: UnsafeMutablePointer<PyObject>?, _ i: Int, _ j: Int) -> UnsafeMutablePointer<PyObject>? {
    guard let op, tupleCheck(op) else { PyErr_BadInternalCall_(); return nil }
    let n = containerSize(op)
    let lo = max(0, min(i, n)), hi = max(lo, min(j, n))
    if lo == 0 && hi == n && tupleCheckExact(op) { Py_INCREF(op); return op }
    return tupleFromArray(tupleItems(op) + lo, hi - lo)
}

@c @implementation public func _PyTuple_Resize(_ pv: UnsafeMutablePointer<UnsafeMutablePointer<PyObject>?>?, _ newsize: Int) -> Int32 {
    guard let pv, let v = pv.pointee, v.pointee.ob_type == SPyType_Tuple(), newsize >= 0,
          containerSize(v) == 0 || v.pointee.ob_refcnt == 1 else {
        if let pv, let v = pv.pointee { pv.pointee = nil; Py_DECREF(v) }
        PyErr_BadInternalCall_(); return -1
    }
    let old = containerSize(v)
    if old == newsize { return 0 }
    if old == 0 || newsize == 0 {
        // The empty tuple is shared: make a fresh object instead.
        guard let t = tupleNew(newsize) else { pv.pointee = nil; Py_DECREF(v); return -1 }
        let n = min(old, newsize)
        let s = tupleItems(v), d = tupleItems(t)
        for k in 0..<n { d[k] = s[k]; s[k] = nil }
        Py_DECREF(v)
        pv.pointee = t
        return 0
    }
    PyObject_GC_UnTrack(v)
    let items = tupleItems(v)
    for k in newsize..<max(newsize, old) { if let x = items[k] { items[k] = nil; Py_DECREF(x) } }
    guard let r = _PyObject_GC_Resize(UnsafeMutableRawPointer(v).assumingMemoryBound(to: PyVarObject.self), newsize) else {
        pv.pointee = nil
        PyObject_GC_Del(UnsafeMutableRawPointer(v))
        _ = PyErr_NoMemory()
        return -1
    }
    let t = r.asPyObject
    if newsize > old { tupleItems(t).advanced(by: old).initialize(repeating: nil, count: newsize - old) }
    setContainerSize(t, newsize)
    PyObject_GC_Track(t)
    pv.pointee = t
    return 0
}

@c @implementation public func _PyTuple_FromArray(_ items: UnsafePointer<UnsafeMutablePointer<PyObject>?>?, _ n: Int) -> UnsafeMutablePointer<PyObject>? {
    if n == 0 { return tupleNew(0) }
    return tupleFromArray(items!, n)
}

// MARK: - Type set-up


func initTupleType() {
    let t = SPyType_Tuple()
    t.pointee.tp_name = immortalCString("tuple")
    t.pointee.tp_basicsize = tupleHeaderSize
    t.pointee.tp_itemsize = MemoryLayout<PyObjectRef?>.size
    t.pointee.tp_dealloc = { tupleDealloc($0) }
    t.pointee.tp_repr = { tupleRepr($0) }
    t.pointee.tp_hash = { tupleHash($0) }
    t.pointee.tp_getattro = PyObject_GenericGetAttr
    t.pointee.tp_flags = UInt(Py_TPFLAGS_HAVE_VERSION_TAG) | UInt(Py_TPFLAGS_HAVE_GC) | UInt(Py_TPFLAGS_BASETYPE)
        | UInt(Py_TPFLAGS_TUPLE_SUBCLASS) | UInt(Py_TPFLAGS_SEQUENCE)
    t.pointee.tp_doc = immortalCString("Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an empty tuple.\nIf iterable is specified the tuple is initialized from iterable's items.\n\nIf the argument is a tuple, the return value is the same object.")
    t.pointee.tp_traverse = { tupleTraverse($0, $1, $2) }
    t.pointee.tp_richcompare = { tupleRichCompare($0, $1, $2) }
    t.pointee.tp_iter = { tupleIter($0) }
    t.pointee.tp_new = { tupleNewSlot($0, $1, $2) }
    t.pointee.tp_alloc = PyType_GenericAlloc
    t.pointee.tp_free = PyObject_GC_Del
    t.pointee.tp_vectorcall = { tupleVectorcall($0, $1, $2, $3) }
    let tupleAsSequence = newSequenceMethods(), tupleAsMapping = newMappingMethods()
    tupleAsSequence.pointee.sq_length = { tupleLength($0) }
    tupleAsSequence.pointee.sq_concat = { tupleConcat($0, $1) }
    tupleAsSequence.pointee.sq_repeat = { tupleRepeat($0, $1) }
    tupleAsSequence.pointee.sq_item = { tupleItemSlot($0, $1) }
    tupleAsSequence.pointee.sq_contains = { tupleContains($0, $1) }
    tupleAsMapping.pointee.mp_length = { tupleLength($0) }
    tupleAsMapping.pointee.mp_subscript = { tupleSubscript($0, $1) }
    t.pointee.tp_as_sequence = tupleAsSequence
    t.pointee.tp_as_mapping = tupleAsMapping
    t.pointee.tp_methods = makeMethodTable([
        .noArgs("__getnewargs__", { tupleGetnewargs($0, $1) }),
        .fast("index", { tupleIndex($0, $1, $2) }, doc: "Return first index of value.\n\nRaises ValueError if the value is not present."),
        .oneArg("count", { tupleCount($0, $1) }, doc: "Return number of occurrences of value."),
        classGetItemSpec,
    ])

    let it = SPyType_TupleIter()
    initSeqIterType(it, name: "tuple_iterator", next: { seqIterNext($0, tupleItems) })
}
