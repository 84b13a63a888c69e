// memoryview (CPython's memoryobject.c semantics, our own code). Two objects:
// - the managed buffer (SPyManagedBufferObject): owns the Py_buffer got from the exporter (master,
//   with its reference to master.obj); `exports` counts the memoryviews registered on it; the last
//   one to be released releases master.
// - the memoryview (PyMemoryViewObject): a reference to its managed buffer and its own Py_buffer
//   `view` (view.obj is borrowed from master; shape/strides/suboffsets point into ob_array, 3 * ndim
//   entries). Slices, casts and memoryview(memoryview) register new views on the same managed buffer,
//   so releasing one view never disturbs another. `exports` counts buffers this view handed out
//   through bf_getbuffer; release() is refused while it is > 0.
// Items, slicing, cast and comparisons live in MemoryViewOps.swift; formats in MemoryViewFormat.swift.
import CPython

let mvReleasedFlag: Int32 = 0x001
let mvCFlag: Int32 = 0x002
let mvFortranFlag: Int32 = 0x004
let mvScalarFlag: Int32 = 0x008
let mvPILFlag: Int32 = 0x010

@inline(__always) func mvObj(_ o: PyObjectRef) -> UnsafeMutablePointer<PyMemoryViewObject> {
    UnsafeMutableRawPointer(o).assumingMemoryBound(to: PyMemoryViewObject.self)
}
@inline(__always) func mvView(_ o: PyObjectRef) -> UnsafeMutablePointer<Py_buffer> {
    (UnsafeMutableRawPointer(o) + MemoryLayout<PyMemoryViewObject>.offset(of: \PyMemoryViewObject.view)!)
        .assumingMemoryBound(to: Py_buffer.self)
}
@inline(__always) private func mvArray(_ o: PyObjectRef) -> UnsafeMutablePointer<Int> {
    (UnsafeMutableRawPointer(o) + MemoryLayout<PyMemoryViewObject>.offset(of: \PyMemoryViewObject.ob_array)!)
        .assumingMemoryBound(to: Int.self)
}
@inline(__always) private func mbufObj(_ o: PyObjectRef) -> UnsafeMutablePointer<SPyManagedBufferObject> {
    UnsafeMutableRawPointer(o).assumingMemoryBound(to: SPyManagedBufferObject.self)
}
@inline(__always) private func mbufMaster(_ o: PyObjectRef) -> UnsafeMutablePointer<Py_buffer> {
    (UnsafeMutableRawPointer(o) + MemoryLayout<SPyManagedBufferObject>.offset(of: \SPyManagedBufferObject.master)!)
        .assumingMemoryBound(to: Py_buffer.self)
}

/// True when the view or its managed buffer was released (CPython's BASE_INACCESSIBLE).
func mvInaccessible(_ o: PyObjectRef) -> Bool {
    let m = mvObj(o)
    if m.pointee.flags & mvReleasedFlag != 0 { return true }
    if let b = m.pointee.mbuf, mbufObj(b).pointee.flags & mvReleasedFlag != 0 { return true }
    return false
}
/// The view itself, or nil with "operation forbidden on released memoryview object".
func mvLive(_ o: PyObjectRef?) -> PyObjectRef? {
    guard let o else { return nil }
    if mvInaccessible(o) {
        setError(PyExc_ValueError, "operation forbidden on released memoryview object")
        return nil
    }
    return o
}
@inline(__always) func isMemoryView(_ o: PyObjectRef) -> Bool {
    o.pointee.ob_type == SPyType_MemoryView() || PyType_IsSubtype(o.pointee.ob_type, SPyType_MemoryView()) != 0
}

// MARK: - managed buffer

nonisolated(unsafe) private var managedBufferType: PyTypeRef? = nil

private func mbufAlloc() -> PyObjectRef? { PyType_GenericAlloc(managedBufferType!, 0) }

/// A managed buffer holding `base`'s full read-only-or-not buffer. New reference.
private func mbufFromObject(_ base: PyObjectRef) -> PyObjectRef? {
    guard let m = mbufAlloc() else { return nil }
    if PyObject_GetBuffer(base, mbufMaster(m), PyBUF_FULL_RO) < 0 {
        mbufMaster(m).pointee.obj = nil
        mbufObj(m).pointee.flags |= mvReleasedFlag
        Py_DECREF(m)
        return nil
    }
    return m
}

private func mbufRelease(_ m: PyObjectRef) {
    if mbufObj(m).pointee.flags & mvReleasedFlag != 0 { return }
    mbufObj(m).pointee.flags |= mvReleasedFlag
    PyBuffer_Release(mbufMaster(m))
}

private let mbuf_dealloc: destructor = { o in
    let o = o!
    PyObject_GC_UnTrack(UnsafeMutableRawPointer(o))
    mbufRelease(o)
    o.pointee.ob_type.pointee.tp_free!(UnsafeMutableRawPointer(o))
}
private let mbuf_traverse: traverseproc = { o, visit, arg in
    if let obj = mbufMaster(o!).pointee.obj { return visit!(obj, arg) }
    return 0
}
private let mbuf_clear: inquiry = { o in mbufRelease(o!); return 0 }

// MARK: - views

/// A fresh view object with room for `ndim` dimensions; the Py_buffer is not filled yet.
private func memoryAlloc(_ ndim: Int) -> PyObjectRef? {
    guard let o = PyType_GenericAlloc(SPyType_MemoryView(), 3 * ndim) else { return nil }
    let m = mvObj(o)
    m.pointee.hash = -1
    let a = mvArray(o)
    m.pointee.view.ndim = Int32(ndim)
    m.pointee.view.shape = a
    m.pointee.view.strides = a + ndim
    m.pointee.view.suboffsets = a + 2 * ndim
    return o
}

/// C-order strides from the view's shape and itemsize.
func initStridesFromShape(_ v: UnsafeMutablePointer<Py_buffer>) {
    let nd = Int(v.pointee.ndim)
    guard nd > 0, let shape = v.pointee.shape, let strides = v.pointee.strides else { return }
    strides[nd - 1] = v.pointee.itemsize
    var i = nd - 2
    while i >= 0 { strides[i] = strides[i + 1] * shape[i + 1]; i -= 1 }
}

/// Sets the contiguity flags from the view (CPython's init_flags).
func initFlags(_ o: PyObjectRef) {
    let v = mvView(o)
    var flags: Int32 = 0
    switch v.pointee.ndim {
    case 0: flags = mvCFlag | mvFortranFlag | mvScalarFlag
    case 1:
        if lastDimIsContiguous(v) { flags = mvCFlag | mvFortranFlag }
    default:
        if PyBuffer_IsContiguous(v, CChar(UInt8(ascii: "C"))) != 0 { flags |= mvCFlag }
        if PyBuffer_IsContiguous(v, CChar(UInt8(ascii: "F"))) != 0 { flags |= mvFortranFlag }
    }
    if v.pointee.suboffsets != nil { flags |= mvPILFlag; flags &= ~(mvCFlag | mvFortranFlag) }
    mvObj(o).pointee.flags = flags
}

func lastDimIsContiguous(_ v: UnsafePointer<Py_buffer>) -> Bool {
    let nd = Int(v.pointee.ndim)
    guard nd > 0, let strides = v.pointee.strides else { return true }
    if let so = v.pointee.suboffsets, so[nd - 1] >= 0 { return false }
    return strides[nd - 1] == v.pointee.itemsize
}

/// A view registered on managed buffer `mbuf` with `src`'s shared values; shape/strides not set.
private func addIncompleteView(_ mbuf: PyObjectRef, _ src: UnsafePointer<Py_buffer>, ndim: Int) -> PyObjectRef? {
    guard let o = memoryAlloc(ndim) else { return nil }
    let d = mvView(o)
    d.pointee.obj = src.pointee.obj
    d.pointee.buf = src.pointee.buf
    d.pointee.len = src.pointee.len
    d.pointee.itemsize = src.pointee.itemsize
    d.pointee.readonly = src.pointee.readonly
    d.pointee.format = src.pointee.format ?? UnsafeMutablePointer(mutating: immortalByteFormat())
    d.pointee.`internal` = src.pointee.`internal`
    Py_INCREF(mbuf)
    mvObj(o).pointee.mbuf = mbuf
    mbufObj(mbuf).pointee.exports += 1
    return o
}

/// A complete view of `src` (default: the managed buffer's master) registered on `mbuf`.
func mbufAddView(_ mbuf: PyObjectRef, _ src: UnsafePointer<Py_buffer>? = nil) -> PyObjectRef? {
    let src = src ?? UnsafePointer(mbufMaster(mbuf))
    let nd = Int(src.pointee.ndim)
    if nd > Int(PyBUF_MAX_NDIM) {
        setError(PyExc_ValueError, "memoryview: number of dimensions must not exceed \(PyBUF_MAX_NDIM)")
        return nil
    }
    guard let o = addIncompleteView(mbuf, src, ndim: nd) else { return nil }
    let d = mvView(o)
    let itemsize = max(src.pointee.itemsize, 1)
    if nd == 0 {
        d.pointee.shape = nil; d.pointee.strides = nil
    } else if nd == 1 {
        d.pointee.shape![0] = src.pointee.shape?[0] ?? src.pointee.len / itemsize
        d.pointee.strides![0] = src.pointee.strides?[0] ?? src.pointee.itemsize
    } else {
        for i in 0..<nd { d.pointee.shape![i] = src.pointee.shape?[i] ?? 0 }
        if let s = src.pointee.strides { for i in 0..<nd { d.pointee.strides![i] = s[i] } }
        else { initStridesFromShape(d) }
    }
    if let so = src.pointee.suboffsets, nd > 0 { for i in 0..<nd { d.pointee.suboffsets![i] = so[i] } }
    else { d.pointee.suboffsets = nil }
    initFlags(o)
    return o
}

/// A view on `base`'s managed buffer for cast: `ndim` dimensions, shape/strides left to the caller.
func mvAddIncompleteView(_ base: PyObjectRef, ndim: Int) -> PyObjectRef? {
    addIncompleteView(mvObj(base).pointee.mbuf!, mvView(base), ndim: ndim)
}
/// A new complete view with the same buffer, shape and managed buffer as `base`.
func mvCopyView(_ base: PyObjectRef) -> PyObjectRef? { mbufAddView(mvObj(base).pointee.mbuf!, mvView(base)) }

/// Releases the view (CPython's _memory_release): 0, or -1 with BufferError while it has exports.
func memoryRelease(_ o: PyObjectRef) -> Int32 {
    let m = mvObj(o)
    if m.pointee.flags & mvReleasedFlag != 0 { return 0 }
    if m.pointee.exports == 0 {
        m.pointee.flags |= mvReleasedFlag
        if let b = m.pointee.mbuf {
            mbufObj(b).pointee.exports -= 1
            if mbufObj(b).pointee.exports == 0 { mbufRelease(b) }
        }
        return 0
    }
    if m.pointee.exports > 0 {
        let n = m.pointee.exports
        setError(PyExc_BufferError, "memoryview has \(n) exported buffer\(n == 1 ? "" : "s")")
        return -1
    }
    setError(PyExc_SystemError, "_memory_release(): negative export count")
    return -1
}

// MARK: - C API

@c @implementation public func PyMemoryView_FromObject(_ base: PyObjectRef?) -> PyObjectRef? {
    guard let base else { return nil }
    if isMemoryView(base) {
        guard mvLive(base) != nil else { return nil }
        return mvCopyView(base)
    }
    if PyObject_CheckBuffer(base) != 0 {
        guard let mbuf = mbufFromObject(base) else { return nil }
        let r = mbufAddView(mbuf)
        Py_DECREF(mbuf)
        return r
    }
    setError(PyExc_TypeError, "memoryview: a bytes-like object is required, not '\(typeName(base))'")
    return nil
}

@c @implementation public func PyMemoryView_FromMemory(_ mem: UnsafeMutablePointer<CChar>?, _ size: Int, _ flags: Int32) -> PyObjectRef? {
    guard let mbuf = mbufAlloc() else { return nil }
    let readonly: Int32 = flags == PyBUF_WRITE ? 0 : 1
    _ = PyBuffer_FillInfo(mbufMaster(mbuf), nil, UnsafeMutableRawPointer(mem), size, readonly, PyBUF_FULL_RO)
    let r = mbufAddView(mbuf)
    Py_DECREF(mbuf)
    return r
}

@c @implementation public func PyMemoryView_FromBuffer(_ info: UnsafePointer<Py_buffer>?) -> PyObjectRef? {
    guard let info else { return nil }
    if info.pointee.buf == nil {
        setError(PyExc_ValueError, "PyMemoryView_FromBuffer(): info->buf must not be NULL")
        return nil
    }
    guard let mbuf = mbufAlloc() else { return nil }
    mbufMaster(mbuf).pointee = info.pointee
    mbufMaster(mbuf).pointee.obj = nil   // the caller keeps ownership of info
    let r = mbufAddView(mbuf)
    Py_DECREF(mbuf)
    return r
}

/// A memoryview of `base` that is contiguous in `order`: the object's own memory when it is, else a
/// read-only copy (BufferError when a writable one was asked for).
@c @implementation public func PyMemoryView_GetContiguous(_ base: PyObjectRef?, _ buffertype: Int32, _ order: CChar) -> PyObjectRef? {
    guard let mv = PyMemoryView_FromObject(base) else { return nil }
    let v = mvView(mv)
    if buffertype == PyBUF_WRITE && v.pointee.readonly != 0 {
        Py_DECREF(mv)
        setError(PyExc_BufferError, "underlying buffer is not writable")
        return nil
    }
    if PyBuffer_IsContiguous(v, order) != 0 { return mv }
    if buffertype == PyBUF_WRITE {
        Py_DECREF(mv)
        setError(PyExc_BufferError, "writable contiguous buffer requested for a non-contiguous object.")
        return nil
    }
    defer { Py_DECREF(mv) }
    let fort = order == CChar(UInt8(ascii: "F"))
    guard let bytes = PyBytes_FromStringAndSize(nil, v.pointee.len) else { return nil }
    defer { Py_DECREF(bytes) }
    if PyBuffer_ToContiguous(UnsafeMutableRawPointer(bytesData(bytes)), v, v.pointee.len, fort ? order : CChar(UInt8(ascii: "C"))) < 0 {
        return nil
    }
    guard let mbuf = mbufFromObject(bytes) else { return nil }
    defer { Py_DECREF(mbuf) }
    let nd = Int(v.pointee.ndim)
    guard let r = addIncompleteView(mbuf, mbufMaster(mbuf), ndim: nd) else { return nil }
    let d = mvView(r)
    d.pointee.format = v.pointee.format
    d.pointee.itemsize = v.pointee.itemsize
    d.pointee.suboffsets = nil
    if nd == 0 { d.pointee.shape = nil; d.pointee.strides = nil }
    else {
        for i in 0..<nd { d.pointee.shape![i] = v.pointee.shape![i] }
        if fort { PyBuffer_FillContiguousStrides(Int32(nd), d.pointee.shape, d.pointee.strides, Int32(d.pointee.itemsize), order) }
        else { initStridesFromShape(d) }
    }
    initFlags(r)
    return r
}

// MARK: - type slots

private let mv_new: newfunc = { _, args, kwds in
    var obj: PyObjectRef? = nil
    let n = PyTuple_GET_SIZE(args!)
    let nk = kwds.map { PyDict_Size($0) } ?? 0
    if n == 1 && nk == 0 { obj = PyTuple_GET_ITEM(args!, 0) }
    else if n == 0 && nk == 1, let v = PyDict_GetItemString(kwds!, "object") { obj = v }
    guard let obj else {
        setError(PyExc_TypeError, n + nk <= 1 ? "memoryview() missing required argument 'object' (pos 1)"
                                              : "memoryview() takes at most 1 argument (\(n + nk) given)")
        return nil
    }
    return PyMemoryView_FromObject(obj)
}

private let mv_dealloc: destructor = { o in
    let o = o!
    PyObject_GC_UnTrack(UnsafeMutableRawPointer(o))
    mvObj(o).pointee.exports = 0   // every exported buffer holds a reference: none is left here
    _ = memoryRelease(o)
    if let b = mvObj(o).pointee.mbuf { mvObj(o).pointee.mbuf = nil; Py_DECREF(b) }
    if mvObj(o).pointee.weakreflist != nil { PyObject_ClearWeakRefs(o) }
    o.pointee.ob_type.pointee.tp_free!(UnsafeMutableRawPointer(o))
}
private let mv_traverse: traverseproc = { o, visit, arg in
    if let b = mvObj(o!).pointee.mbuf { return visit!(b, arg) }
    return 0
}
private let mv_clear: inquiry = { o in
    let o = o!
    if mvObj(o).pointee.exports == 0 { _ = memoryRelease(o) }
    if let b = mvObj(o).pointee.mbuf { mvObj(o).pointee.mbuf = nil; Py_DECREF(b) }
    return 0
}

/// bf_getbuffer (CPython's memory_getbuf): the view as the request's flags allow.
private let mv_getbuffer: getbufferproc = { o, out, flags in
    guard let o = mvLive(o), let out else { return -1 }
    let base = mvView(o)
    let baseFlags = mvObj(o).pointee.flags
    out.pointee = base.pointee
    if flags & PyBUF_WRITABLE != 0 && base.pointee.readonly != 0 {
        setError(PyExc_BufferError, "memoryview: underlying buffer is not writable"); return -1
    }
    if flags & PyBUF_FORMAT == 0 { out.pointee.format = nil }
    if flags & PyBUF_C_CONTIGUOUS == PyBUF_C_CONTIGUOUS && baseFlags & (mvCFlag | mvScalarFlag) == 0 {
        setError(PyExc_BufferError, "memoryview: underlying buffer is not C-contiguous"); return -1
    }
    if flags & PyBUF_F_CONTIGUOUS == PyBUF_F_CONTIGUOUS && baseFlags & (mvFortranFlag | mvScalarFlag) == 0 {
        setError(PyExc_BufferError, "memoryview: underlying buffer is not Fortran contiguous"); return -1
    }
    if flags & PyBUF_ANY_CONTIGUOUS == PyBUF_ANY_CONTIGUOUS && baseFlags & (mvCFlag | mvFortranFlag | mvScalarFlag) == 0 {
        setError(PyExc_BufferError, "memoryview: underlying buffer is not contiguous"); return -1
    }
    if flags & PyBUF_INDIRECT != PyBUF_INDIRECT && baseFlags & mvPILFlag != 0 {
        setError(PyExc_BufferError, "memoryview: underlying buffer requires suboffsets"); return -1
    }
    if flags & PyBUF_STRIDES != PyBUF_STRIDES {
        if baseFlags & (mvCFlag | mvScalarFlag) == 0 {
            setError(PyExc_BufferError, "memoryview: underlying buffer is not C-contiguous"); return -1
        }
        out.pointee.strides = nil
    }
    if flags & PyBUF_ND != PyBUF_ND {
        if out.pointee.format != nil {
            setError(PyExc_BufferError, "memoryview: cannot cast to unsigned bytes if the format flag is present")
            return -1
        }
        out.pointee.ndim = 1
        out.pointee.shape = nil
    }
    out.pointee.obj = o
    Py_INCREF(o)
    mvObj(o).pointee.exports += 1
    return 0
}
private let mv_releasebuffer: releasebufferproc = { o, _ in mvObj(o!).pointee.exports -= 1 }

/// Fills the static memoryview type (start-up) and names it in builtins.
func registerMemoryViewType() {
    let mb = calloc(1, MemoryLayout<PyTypeObject>.size)!.assumingMemoryBound(to: PyTypeObject.self)
    mb.pointee.ob_base.ob_base.ob_refcnt = 1 << 30
    mb.pointee.ob_base.ob_base.ob_type = SPyType_Type()
    mb.pointee.tp_name = immortalCString("managedbuffer")
    mb.pointee.tp_basicsize = MemoryLayout<SPyManagedBufferObject>.size
    mb.pointee.tp_flags = Py_TPFLAGS_DEFAULT | UInt(Py_TPFLAGS_HAVE_GC)
    mb.pointee.tp_dealloc = mbuf_dealloc
    mb.pointee.tp_traverse = mbuf_traverse
    mb.pointee.tp_clear = mbuf_clear
    mb.pointee.tp_free = PyObject_GC_Del
    mb.pointee.tp_alloc = PyType_GenericAlloc
    managedBufferType = mb

    let t = SPyType_MemoryView()
    t.pointee.tp_name = immortalCString("memoryview")
    t.pointee.tp_doc = immortalCString("Create a new memoryview object which references the given object.")
    t.pointee.tp_basicsize = MemoryLayout<PyMemoryViewObject>.offset(of: \PyMemoryViewObject.ob_array)!
    t.pointee.tp_itemsize = MemoryLayout<Int>.size
    t.pointee.tp_flags = Py_TPFLAGS_DEFAULT | UInt(Py_TPFLAGS_HAVE_GC) | UInt(Py_TPFLAGS_SEQUENCE)
    t.pointee.tp_new = mv_new
    t.pointee.tp_dealloc = mv_dealloc
    t.pointee.tp_traverse = mv_traverse
    t.pointee.tp_clear = mv_clear
    t.pointee.tp_free = PyObject_GC_Del
    t.pointee.tp_alloc = PyType_GenericAlloc
    t.pointee.tp_getattro = PyObject_GenericGetAttr
    t.pointee.tp_weaklistoffset = MemoryLayout<PyMemoryViewObject>.offset(of: \PyMemoryViewObject.weakreflist)!
    let bp = UnsafeMutablePointer<PyBufferProcs>.allocate(capacity: 1)
    bp.initialize(to: PyBufferProcs(bf_getbuffer: mv_getbuffer, bf_releasebuffer: mv_releasebuffer))
    t.pointee.tp_as_buffer = bp
    fillMemoryViewOps(t)
    extraStaticTypes += [mb, t]
    extraBuiltinTypes.append(("memoryview", t))
}
