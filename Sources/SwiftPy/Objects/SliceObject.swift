// slice objects and the slice-index C API (PySlice_Unpack / AdjustIndices / GetIndicesEx with
// CPython's clamping).
import CPython

@inline(__always) private func sliceObj(_ o: PyObjectRef) -> UnsafeMutablePointer<PySliceObject> { o.cast(to: PySliceObject.self) }

@c @implementation public func PySlice_New(_ start: UnsafeMutablePointer<PyObject>?, _ stop: UnsafeMutablePointer<PyObject>?, _ step: UnsafeMutablePointer<PyObject>?) -> UnsafeMutablePointer<PyObject>? {
    guard let o = _PyObject_GC_New(SPyType_Slice()) else { return nil }
    let s = sliceObj(o)
    let a = start ?? pyNone, b = stop ?? pyNone, c = step ?? pyNone
    Py_INCREF(a); Py_INCREF(b); Py_INCREF(c)
    s.pointee.start = a; s.pointee.stop = b; s.pointee.step = c
    PyObject_GC_Track(o)
    return o
}

@c @implementation public func PySlice_Unpack(_ r: UnsafeMutablePointer<PyObject>?, _ start: UnsafeMutablePointer<Int>?, _ stop: UnsafeMutablePointer<Int>?, _ step: UnsafeMutablePointer<Int>?) -> Int32 {
    let s = sliceObj(r!)
    var st = 1
    if s.pointee.step! != pyNone {
        if !sliceIndex(s.pointee.step!, &st) { return -1 }
        if st == 0 { setError(PyExc_ValueError, "slice step cannot be zero"); return -1 }
        if st < -Int.max { st = -Int.max }
    }
    step!.pointee = st
    var a = st < 0 ? Int.max : 0
    if s.pointee.start! != pyNone && !sliceIndex(s.pointee.start!, &a) { return -1 }
    var b = st < 0 ? Int.min : Int.max
    if s.pointee.stop! != pyNone && !sliceIndex(s.pointee.stop!, &b) { return -1 }
    start!.pointee = a
    stop!.pointee = b
    return 0
}

@c @implementation public func PySlice_AdjustIndices(_ length: Int, _ start: UnsafeMutablePointer<Int>?, _ stop: UnsafeMutablePointer<Int>?, _ step: Int) -> Int {
    adjustSliceIndices(length, &start!.pointee, &stop!.pointee, step)
}

@inline(__always) func adjustSliceIndices(_ length: Int, _ start: inout Int, _ stop: inout Int, _ step: Int) -> Int {
    if start < 0 { start += length; if start < 0 { start = step < 0 ? -1 : 0 } }
    else if start >= length { start = step < 0 ? length - 1 : length }
    if stop < 0 { stop += length; if stop < 0 { stop = step < 0 ? -1 : 0 } }
    else if stop >= length { stop = step < 0 ? length - 1 : length }
    if step < 0 { if stop < start { return (start - stop - 1) / (-step) + 1 } }
    else if start < stop { return (stop - start - 1) / step + 1 }
    return 0
}

@c @implementation public func PySlice_GetIndicesEx(_ r: UnsafeMutablePointer<PyObject>?, _ length: Int, _ start: UnsafeMutablePointer<Int>?, _ stop: UnsafeMutablePointer<Int>?, _ step: UnsafeMutablePointer<Int>?, _ slicelength: UnsafeMutablePointer<Int>?) -> Int32 {
    if PySlice_Unpack(r, start, stop, step) < 0 { return -1 }
    slicelength!.pointee = PySlice_AdjustIndices(length, start, stop, step!.pointee)
    return 0
}

@c @implementation public func PySlice_GetIndices(_ r: UnsafeMutablePointer<PyObject>?, _ length: Int, _ start: UnsafeMutablePointer<Int>?, _ stop: UnsafeMutablePointer<Int>?, _ step: UnsafeMutablePointer<Int>?) -> Int32 {
    let s = sliceObj(r!)
    func get(_ o: PyObjectRef, _ deflt: Int) -> Int? {
        if o == pyNone { return deflt }
        guard intCheck(o) else { return nil }
        return PyLong_AsSsize_t(o)
    }
    guard let st = get(s.pointee.step!, 1), st != 0 else { return -1 }
    guard var a = get(s.pointee.start!, st < 0 ? length - 1 : 0) else { return -1 }
    if a < 0 { a += length }
    guard var b = get(s.pointee.stop!, st < 0 ? -1 : length) else { return -1 }
    if b < 0 { b += length }
    if b > length || a >= length { return -1 }
    start!.pointee = a; stop!.pointee = b; step!.pointee = st
    return 0
}

// MARK: - Slots

private func sliceNewSlot(_ type: PyTypeRef?, _ args: PyObjectRef?, _ kwargs: PyObjectRef?) -> PyObjectRef? {
    if !checkNoKeywords("slice", kwargs) { return nil }
    let (items, n) = argsTuple(args)
    if !checkPositionalCount("slice", n, 1, 3) { return nil }
    if n == 1 { return PySlice_New(nil, items[0], nil) }
    return PySlice_New(items[0], items[1], n == 3 ? items[2] : nil)
}

private func sliceDealloc(_ o: PyObjectRef?) {
    PyObject_GC_UnTrack(o!)
    let s = sliceObj(o!)
    Py_XDECREF(s.pointee.start); Py_XDECREF(s.pointee.stop); Py_XDECREF(s.pointee.step)
    PyObject_GC_Del(UnsafeMutableRawPointer(o!))
}

private func sliceTraverse(_ o: PyObjectRef?, _ visit: visitproc?, _ arg: UnsafeMutableRawPointer?) -> Int32 {
    let s = sliceObj(o!)
    for x in [s.pointee.start, s.pointee.stop, s.pointee.step] { if let x { let r = visit!(x, arg); if r != 0 { return r } } }
    return 0
}

private func sliceRepr(_ o: PyObjectRef?) -> PyObjectRef? {
    let s = sliceObj(o!)
    guard let a = containerRepr(s.pointee.start!), let b = containerRepr(s.pointee.stop!), let c = containerRepr(s.pointee.step!) else { return nil }
    return containerStr("slice(\(a), \(b), \(c))")
}

private func sliceAsTuple(_ o: PyObjectRef) -> PyObjectRef? {
    let s = sliceObj(o)
    return tupleFromArray([s.pointee.start, s.pointee.stop, s.pointee.step], 3)
}

private func sliceRichCompare(_ v: PyObjectRef?, _ w: PyObjectRef?, _ op: Int32) -> PyObjectRef? {
    let v = v!, w = w!
    guard v.pointee.ob_type == SPyType_Slice(), w.pointee.ob_type == SPyType_Slice() else { return newNotImplemented() }
    if v == w {
        switch op {
        case Py_EQ, Py_LE, Py_GE: return pyBool(true)
        case Py_NE, Py_LT, Py_GT: return pyBool(false)
        default: break
        }
    }
    guard let t1 = sliceAsTuple(v) else { return nil }
    defer { Py_DECREF(t1) }
    guard let t2 = sliceAsTuple(w) else { return nil }
    defer { Py_DECREF(t2) }
    return PyObject_RichCompare(t1, t2, op)
}

private func sliceIndicesMethod(_ o: PyObjectRef?, _ lenObj: PyObjectRef?) -> PyObjectRef? {
    guard let idx = PyNumber_Index(lenObj!) else { return nil }
    defer { Py_DECREF(idx) }
    let length = PyNumber_AsSsize_t(idx, PyExc_OverflowError)
    if length == -1 && PyErr_Occurred() != nil { return nil }
    if length < 0 { setError(PyExc_ValueError, "length should not be negative"); return nil }
    var start = 0, stop = 0, step = 0
    let s = sliceObj(o!)
    // Step first: its errors take precedence, as in CPython.
    if s.pointee.step! != pyNone {
        guard let st = PyNumber_Index(s.pointee.step!) else { return nil }
        let isZero = smallIntValue(st) == 0
        Py_DECREF(st)
        if isZero { setError(PyExc_ValueError, "slice step cannot be zero"); return nil }
    }
    if PySlice_Unpack(o, &start, &stop, &step) < 0 { return nil }
    _ = adjustSliceIndices(length, &start, &stop, step)
    guard let a = PyLong_FromSsize_t(start), let b = PyLong_FromSsize_t(stop), let c = PyLong_FromSsize_t(step) else { return nil }
    guard let t = tupleNew(3) else { Py_DECREF(a); Py_DECREF(b); Py_DECREF(c); return nil }
    tupleItems(t)[0] = a; tupleItems(t)[1] = b; tupleItems(t)[2] = c
    return t
}

private func sliceReduce(_ o: PyObjectRef?, _ u: PyObjectRef?) -> PyObjectRef? {
    guard let args = sliceAsTuple(o!) else { return nil }
    let cls = o!.pointee.ob_type.asObject
    Py_INCREF(cls)
    return tuplePair(stealing: cls, args)
}

func initSliceType() {
    let t = SPyType_Slice()
    t.pointee.tp_name = immortalCString("slice")
    t.pointee.tp_basicsize = MemoryLayout<PySliceObject>.size
    t.pointee.tp_dealloc = { sliceDealloc($0) }
    t.pointee.tp_repr = { sliceRepr($0) }
    t.pointee.tp_hash = PyObject_HashNotImplemented
    t.pointee.tp_getattro = PyObject_GenericGetAttr
    t.pointee.tp_flags = UInt(Py_TPFLAGS_HAVE_VERSION_TAG) | UInt(Py_TPFLAGS_HAVE_GC)
    t.pointee.tp_doc = immortalCString("slice(stop)\nslice(start, stop[, step])\n\nCreate a slice object.  This is used for extended slicing (e.g. a[0:10:2]).")
    t.pointee.tp_traverse = { sliceTraverse($0, $1, $2) }
    t.pointee.tp_richcompare = { sliceRichCompare($0, $1, $2) }
    t.pointee.tp_new = { sliceNewSlot($0, $1, $2) }
    t.pointee.tp_methods = makeMethodTable([
        .oneArg("indices", { sliceIndicesMethod($0, $1) }, doc: "S.indices(len) -> (start, stop, stride)\n\nAssuming a sequence of length len, calculate the start and stop\nindices, and the stride length of the extended slice described by\nS. Out of bounds indices are clipped in a manner consistent with the\nhandling of normal slices."),
        .noArgs("__reduce__", { sliceReduce($0, $1) }, doc: "Return state information for pickling."),
    ])
    t.pointee.tp_members = makeMemberTable([
        MemberSpec("start", type: T_OBJECT, offset: MemoryLayout<PySliceObject>.offset(of: \PySliceObject.start)!),
        MemberSpec("stop", type: T_OBJECT, offset: MemoryLayout<PySliceObject>.offset(of: \PySliceObject.stop)!),
        MemberSpec("step", type: T_OBJECT, offset: MemoryLayout<PySliceObject>.offset(of: \PySliceObject.step)!),
    ])
}
