// memoryview: a view of another object's buffer (CPython's memoryobject.c, reduced to contiguous
// one-dimensional views). Layout (SwiftPy): PyObject header, the Py_buffer the view holds (view.obj
// owns a reference to the exporter while not released), a released flag, weaklist.
// Supported: len, indexing by int (formats B, b, c), slicing by copy-free sub-views, tobytes,
// tolist, hex, release and the context manager, the descriptive attributes, ==, and re-export
// through the buffer protocol.
import CPython

private let viewOff = MemoryLayout<PyObject>.size
private let releasedOff = viewOff + MemoryLayout<Py_buffer>.stride
private let exportsOff = releasedOff + MemoryLayout<Int>.stride
private let weaklistOff = exportsOff + MemoryLayout<Int>.stride
private let memSize = weaklistOff + MemoryLayout<PyObjectRef?>.stride

@inline(__always) private func view(_ o: PyObjectRef) -> UnsafeMutablePointer<Py_buffer> {
    (UnsafeMutableRawPointer(o) + viewOff).assumingMemoryBound(to: Py_buffer.self)
}
@inline(__always) private func intField(_ o: PyObjectRef, _ off: Int) -> UnsafeMutablePointer<Int> {
    (UnsafeMutableRawPointer(o) + off).assumingMemoryBound(to: Int.self)
}
private func released(_ o: PyObjectRef) -> Bool { intField(o, releasedOff).pointee != 0 }

/// nil with ValueError when the view was released.
private func live(_ o: PyObjectRef?) -> PyObjectRef? {
    guard let o else { return nil }
    if released(o) { setError(PyExc_ValueError, "operation forbidden on released memoryview object"); return nil }
    return o
}
private func formatString(_ o: PyObjectRef) -> String {
    guard let f = view(o).pointee.format else { return "B" }
    return String(cString: f)
}
private func itemCount(_ o: PyObjectRef) -> Int {
    let v = view(o).pointee
    return v.itemsize > 0 ? v.len / v.itemsize : v.len
}

/// A memoryview of `obj`'s buffer. New reference.
@c @implementation public func PyMemoryView_FromObject(_ base: PyObjectRef?) -> PyObjectRef? {
    guard let base else { return nil }
    let t = SPyType_MemoryView()
    guard let o = PyType_GenericAlloc(t, 0) else { return nil }
    // a memoryview base re-exports its buffer: the new view keeps the base view alive
    if PyObject_GetBuffer(base, view(o), PyBUF_FULL_RO) < 0 {
        intField(o, releasedOff).pointee = 1
        Py_DECREF(o)
        if PyErr_ExceptionMatches(PyExc_TypeError) != 0 {
            PyErr_Clear()
            setError(PyExc_TypeError, "memoryview: a bytes-like object is required, not '\(typeName(base))'")
        }
        return nil
    }
    return o
}

@c @implementation public func PyMemoryView_FromMemory(_ mem: UnsafeMutablePointer<CChar>?, _ size: Int, _ flags: Int32) -> PyObjectRef? {
    guard let o = PyType_GenericAlloc(SPyType_MemoryView(), 0) else { return nil }
    _ = PyBuffer_FillInfo(view(o), nil, UnsafeMutableRawPointer(mem), size, flags == PyBUF_WRITE ? 0 : 1, PyBUF_FULL_RO)
    return o
}

private func releaseView(_ o: PyObjectRef) -> Bool {
    if released(o) { return true }
    if intField(o, exportsOff).pointee > 0 {
        setError(PyExc_BufferError, "memoryview has \(intField(o, exportsOff).pointee) exported buffer\(intField(o, exportsOff).pointee == 1 ? "" : "s")")
        return false
    }
    intField(o, releasedOff).pointee = 1
    PyBuffer_Release(view(o))
    return true
}

private let mv_new: newfunc = { _, args, kwds in
    var obj: PyObjectRef? = nil
    let n = PyTuple_GET_SIZE(args!)
    let nk = kwds.map { PyDict_Size($0) } ?? 0
    if n == 1 && nk == 0 { obj = PyTuple_GET_ITEM(args!, 0) }
    else if n == 0 && nk == 1, let v = PyDict_GetItemString(kwds!, "object") { obj = v }
    guard let obj else {
        setError(PyExc_TypeError, n + nk == 0 ? "memoryview() missing required argument 'object' (pos 1)"
                                              : "memoryview() takes at most 1 argument (\(n + nk) given)")
        return nil
    }
    return PyMemoryView_FromObject(obj)
}

private let mv_dealloc: destructor = { o in
    let o = o!
    PyObject_GC_UnTrack(UnsafeMutableRawPointer(o))
    if let w = (UnsafeMutableRawPointer(o) + weaklistOff).assumingMemoryBound(to: PyObjectRef?.self).pointee, w != pyNone {
        PyObject_ClearWeakRefs(o)
    }
    if !released(o) { intField(o, releasedOff).pointee = 1; PyBuffer_Release(view(o)) }
    o.pointee.ob_type.pointee.tp_free!(UnsafeMutableRawPointer(o))
}
private let mv_traverse: traverseproc = { o, visit, arg in
    if !released(o!), let obj = view(o!).pointee.obj { return visit!(obj, arg) }
    return 0
}

private let mv_length: lenfunc = { o in live(o) == nil ? -1 : itemCount(o!) }

/// Item `i` (already bounds-checked) as a Python object.
private func unpackItem(_ o: PyObjectRef, _ i: Int) -> PyObjectRef? {
    let v = view(o).pointee
    let p = v.buf!.advanced(by: i * max(v.itemsize, 1))
    switch formatString(o) {
    case "B": return pyInt(Int(p.load(as: UInt8.self)))
    case "b": return pyInt(Int(p.load(as: Int8.self)))
    case "c": return PyBytes_FromStringAndSize(p.assumingMemoryBound(to: CChar.self), 1)
    case "i": return pyInt(Int(p.loadUnaligned(as: Int32.self)))
    case "I": return pyInt(Int(p.loadUnaligned(as: UInt32.self)))
    case "l", "q", "n": return pyInt(p.loadUnaligned(as: Int.self))
    case "d": return PyFloat_FromDouble(p.loadUnaligned(as: Double.self))
    case "f": return PyFloat_FromDouble(Double(p.loadUnaligned(as: Float.self)))
    case let f:
        setError(PyExc_NotImplementedError, "memoryview: format \(f) not supported")
        return nil
    }
}

private let mv_subscript: binaryfunc = { o, key in
    guard let o = live(o), let key else { return nil }
    let n = itemCount(o)
    if PyIndex_Check(key) != 0 {
        var i = PyNumber_AsSsize_t(key, PyExc_IndexError)
        if i == -1 && errorOccurred() { return nil }
        if i < 0 { i += n }
        if i < 0 || i >= n { setError(PyExc_IndexError, "index out of bounds on dimension 1"); return nil }
        return unpackItem(o, i)
    }
    if key.pointee.ob_type == SPyType_Slice() {
        var start = 0, stop = 0, step = 0
        if PySlice_Unpack(key, &start, &stop, &step) < 0 { return nil }
        let len = PySlice_AdjustIndices(n, &start, &stop, step)
        if step != 1 { setError(PyExc_NotImplementedError, "memoryview: only step 1 slices are supported"); return nil }
        guard let sub = PyMemoryView_FromObject(o) else { return nil }
        let size = max(view(o).pointee.itemsize, 1)
        view(sub).pointee.buf = view(o).pointee.buf.map { $0 + start * size }
        view(sub).pointee.len = len * size
        view(sub).pointee.shape = nil; view(sub).pointee.strides = nil
        return sub
    }
    setError(PyExc_TypeError, "memoryview: invalid slice key")
    return nil
}

private func bytesOf(_ o: PyObjectRef) -> PyObjectRef? {
    let v = view(o).pointee
    return PyBytes_FromStringAndSize(v.buf?.assumingMemoryBound(to: CChar.self), v.len)
}

private let mv_tobytes: FastKwFn = { o, _, _, _ in live(o).flatMap { bytesOf($0) } }
private let mv_tolist: NoArgsFn = { o, _ in
    guard let o = live(o) else { return nil }
    var items: [PyObjectRef] = []
    for i in 0..<itemCount(o) {
        guard let x = unpackItem(o, i) else { for y in items { Py_DECREF(y) }; return nil }
        items.append(x)
    }
    return makeListOf(items).map { l in for y in items { Py_DECREF(y) }; return l }
}
private let mv_hex: FastKwFn = { o, _, _, _ in
    guard let o = live(o) else { return nil }
    let v = view(o).pointee
    let digits = Array("0123456789abcdef".utf8)
    var s = [UInt8](); s.reserveCapacity(v.len * 2)
    if let b = v.buf { for i in 0..<v.len { let c = b.load(fromByteOffset: i, as: UInt8.self); s.append(digits[Int(c >> 4)]); s.append(digits[Int(c & 15)]) } }
    return pyStr(String(decoding: s, as: UTF8.self))
}
/// Static C strings for the formats cast() can produce, with their item sizes.
nonisolated(unsafe) private let castFormats: [String: (UnsafeMutablePointer<CChar>, Int)] = {
    var d: [String: (UnsafeMutablePointer<CChar>, Int)] = [:]
    for (f, size) in [("B", 1), ("b", 1), ("c", 1), ("i", 4), ("I", 4), ("l", 8), ("q", 8), ("n", 8), ("d", 8), ("f", 4)] {
        d[f] = (UnsafeMutablePointer(mutating: immortalCString(f)), size)
    }
    return d
}()

/// cast(format): a new one-dimensional view of the same (C-contiguous) memory read as `format`.
private let mv_cast: FastKwFn = { o, args, nargs, kwnames in
    guard let o = live(o) else { return nil }
    var slots: [PyObjectRef?] = [nil, nil]
    for i in 0..<min(nargs, 2) { slots[i] = arg(args, i) }
    guard matchKeywords("cast", args, nargs, kwnames, ["format", "shape"], &slots, positionalCount: 2) else { return nil }
    guard let fmtObj = slots[0] else { setError(PyExc_TypeError, "cast() missing required argument 'format' (pos 1)"); return nil }
    if !isStr(fmtObj) { setError(PyExc_TypeError, "memoryview: format argument must be a string"); return nil }
    if slots[1] != nil { setError(PyExc_NotImplementedError, "memoryview: cast with shape is not supported"); return nil }
    let fmt = swiftString(fmtObj)
    guard let (cfmt, size) = castFormats[fmt] else {
        setError(PyExc_ValueError, "memoryview: destination format must be a native single character format prefixed with an optional '@'")
        return nil
    }
    let srcSize = max(view(o).pointee.itemsize, 1)
    if srcSize != 1 && size != 1 {
        setError(PyExc_TypeError, "memoryview: cannot cast between two non-byte formats"); return nil
    }
    if view(o).pointee.len % size != 0 {
        setError(PyExc_TypeError, "memoryview: length is not a multiple of itemsize"); return nil
    }
    guard let sub = PyMemoryView_FromObject(o) else { return nil }
    view(sub).pointee.format = cfmt
    view(sub).pointee.itemsize = size
    view(sub).pointee.shape = nil; view(sub).pointee.strides = nil
    return sub
}

private let mv_release: NoArgsFn = { o, _ in releaseView(o!) ? pyNoneRef() : nil }
private let mv_enter: NoArgsFn = { o, _ in guard let o = live(o) else { return nil }; Py_INCREF(o); return o }
private let mv_exit: FastFn = { o, _, _ in releaseView(o!) ? pyNoneRef() : nil }

private let mv_richcompare: richcmpfunc = { a, b, op in
    guard op == Py_EQ || op == Py_NE, let a, let b else { Py_INCREF(pyNotImplemented); return pyNotImplemented }
    if a == b { return pyBool(op == Py_EQ) }
    if released(a) || (b.pointee.ob_type == SPyType_MemoryView() && released(b)) { return pyBool(op == Py_NE) }
    var other = Py_buffer()
    if PyObject_GetBuffer(b, &other, PyBUF_FULL_RO) < 0 { PyErr_Clear(); Py_INCREF(pyNotImplemented); return pyNotImplemented }
    defer { PyBuffer_Release(&other) }
    let v = view(a).pointee
    var eq = v.len == other.len
    if eq, v.len > 0 { eq = memcmp(v.buf, other.buf, v.len) == 0 }
    return pyBool(eq == (op == Py_EQ))
}

private let mv_getbuffer: getbufferproc = { o, out, flags in
    guard let o = live(o), let out else { return -1 }
    let v = view(o).pointee
    if flags & PyBUF_WRITABLE != 0 && v.readonly != 0 { setError(PyExc_BufferError, "memoryview: underlying buffer is not writable"); return -1 }
    out.pointee = v
    out.pointee.obj = o; Py_INCREF(o)
    out.pointee.shape = nil; out.pointee.strides = nil; out.pointee.suboffsets = nil; out.pointee.internal = nil
    out.pointee.ndim = 1
    intField(o, exportsOff).pointee += 1
    return 0
}
private let mv_releasebuffer: releasebufferproc = { o, _ in intField(o!, exportsOff).pointee -= 1 }

private let mv_get_obj: GetterFn = { o, _ in live(o).flatMap { o in let x = view(o).pointee.obj ?? pyNone; Py_INCREF(x); return x } }
private let mv_get_nbytes: GetterFn = { o, _ in live(o).map { pyInt(view($0).pointee.len) } }
private let mv_get_readonly: GetterFn = { o, _ in live(o).map { pyBool(view($0).pointee.readonly != 0) } }
private let mv_get_itemsize: GetterFn = { o, _ in live(o).map { pyInt(max(view($0).pointee.itemsize, 1)) } }
private let mv_get_format: GetterFn = { o, _ in live(o).flatMap { pyStr(formatString($0)) } }
private let mv_get_ndim: GetterFn = { o, _ in live(o).map { _ in pyInt(1) } }
private let mv_get_shape: GetterFn = { o, _ in live(o).flatMap { vmTupleSteal([pyInt(itemCount($0))]) } }
private let mv_get_strides: GetterFn = { o, _ in live(o).flatMap { vmTupleSteal([pyInt(max(view($0).pointee.itemsize, 1))]) } }
private let mv_get_released: GetterFn = { o, _ in pyBool(released(o!)) }
private let mv_get_contiguous: GetterFn = { o, _ in live(o).map { _ in pyBool(true) } }

/// Fills the static memoryview type (start-up) and names it in builtins.
func registerMemoryViewType() {
    let t = SPyType_MemoryView()
    t.pointee.tp_name = immortalCString("memoryview")
    t.pointee.tp_doc = immortalCString("Create a new memoryview object which references the given object.")
    t.pointee.tp_basicsize = memSize
    t.pointee.tp_flags = Py_TPFLAGS_DEFAULT | UInt(Py_TPFLAGS_HAVE_GC)
    t.pointee.tp_new = mv_new
    t.pointee.tp_dealloc = mv_dealloc
    t.pointee.tp_traverse = mv_traverse
    t.pointee.tp_free = PyObject_GC_Del
    t.pointee.tp_alloc = PyType_GenericAlloc
    t.pointee.tp_getattro = PyObject_GenericGetAttr
    t.pointee.tp_richcompare = mv_richcompare
    t.pointee.tp_hash = PyObject_HashNotImplemented
    t.pointee.tp_weaklistoffset = weaklistOff
    let mp = UnsafeMutablePointer<PyMappingMethods>.allocate(capacity: 1)
    mp.initialize(to: PyMappingMethods(mp_length: mv_length, mp_subscript: mv_subscript, mp_ass_subscript: nil))
    t.pointee.tp_as_mapping = mp
    let sq = UnsafeMutablePointer<PySequenceMethods>.allocate(capacity: 1)
    sq.initialize(to: PySequenceMethods())
    sq.pointee.sq_length = mv_length
    t.pointee.tp_as_sequence = sq
    let bp = UnsafeMutablePointer<PyBufferProcs>.allocate(capacity: 1)
    bp.initialize(to: PyBufferProcs(bf_getbuffer: mv_getbuffer, bf_releasebuffer: mv_releasebuffer))
    t.pointee.tp_as_buffer = bp
    t.pointee.tp_methods = makeMethodTable([
        .fastKw("tobytes", mv_tobytes), .noArgs("tolist", mv_tolist), .fastKw("hex", mv_hex),
        .noArgs("release", mv_release), .fastKw("cast", mv_cast), .noArgs("__enter__", mv_enter), .fast("__exit__", mv_exit),
    ])
    t.pointee.tp_getset = makeGetSetTable([
        GetSetSpec("obj", get: mv_get_obj), GetSetSpec("nbytes", get: mv_get_nbytes),
        GetSetSpec("readonly", get: mv_get_readonly), GetSetSpec("itemsize", get: mv_get_itemsize),
        GetSetSpec("format", get: mv_get_format), GetSetSpec("ndim", get: mv_get_ndim),
        GetSetSpec("shape", get: mv_get_shape), GetSetSpec("strides", get: mv_get_strides),
        GetSetSpec("released", get: mv_get_released), GetSetSpec("c_contiguous", get: mv_get_contiguous),
        GetSetSpec("contiguous", get: mv_get_contiguous),
    ])
    extraStaticTypes.append(t)
    extraBuiltinTypes.append(("memoryview", t))
}
