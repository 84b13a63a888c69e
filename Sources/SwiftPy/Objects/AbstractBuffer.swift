// The buffer protocol entry points of abstract.c (memoryview itself lives elsewhere).
import CPython

@c @implementation public func PyObject_CheckBuffer(_ obj: PyObjectRef?) -> Int32 {
    guard let o = obj, let bp = o.type.pointee.tp_as_buffer else { return 0 }
    return bp.pointee.bf_getbuffer != nil ? 1 : 0
}

@c @implementation public func PyObject_GetBuffer(_ obj: PyObjectRef?, _ view: UnsafeMutablePointer<Py_buffer>?, _ flags: Int32) -> Int32 {
    let o = obj!
    guard let bp = o.type.pointee.tp_as_buffer, let get = bp.pointee.bf_getbuffer else {
        setError(PyExc_TypeError, "a bytes-like object is required, not '\(typeName(of: o))'")
        return -1
    }
    return get(o, view, flags)
}

/// Releases the exporter's buffer and the view's reference to it (view->obj is cleared).
@c @implementation public func PyBuffer_Release(_ view: UnsafeMutablePointer<Py_buffer>?) {
    guard let v = view, let o = v.pointee.obj else { return }
    if let bp = o.type.pointee.tp_as_buffer, let rel = bp.pointee.bf_releasebuffer { rel(o, v) }
    v.pointee.obj = nil
    Py_DECREF(o)
}

/// Fills a one-dimensional byte buffer view over `buf` (obj gains a reference).
@c @implementation public func PyBuffer_FillInfo(_ view: UnsafeMutablePointer<Py_buffer>?, _ obj: PyObjectRef?, _ buf: UnsafeMutableRawPointer?, _ len: Int, _ readonly: Int32, _ flags: Int32) -> Int32 {
    guard let v = view else {
        setError(PyExc_BufferError, "PyBuffer_FillInfo: view==NULL argument is obsolete")
        return -1
    }
    if flags & PyBUF_WRITABLE == PyBUF_WRITABLE && readonly == 1 {
        setError(PyExc_BufferError, "Object is not writable.")
        return -1
    }
    v.pointee.obj = obj.map { newRef($0) }
    v.pointee.buf = buf
    v.pointee.len = len
    v.pointee.readonly = readonly
    v.pointee.itemsize = 1
    v.pointee.format = flags & PyBUF_FORMAT == PyBUF_FORMAT ? UnsafeMutablePointer(mutating: immortalByteFormat()) : nil
    v.pointee.ndim = 1
    v.pointee.shape = flags & PyBUF_ND == PyBUF_ND ? withUnsafeMutablePointer(to: &v.pointee.len) { $0 } : nil
    v.pointee.strides = flags & PyBUF_STRIDES == PyBUF_STRIDES ? withUnsafeMutablePointer(to: &v.pointee.itemsize) { $0 } : nil
    v.pointee.suboffsets = nil
    v.pointee.`internal` = nil
    return 0
}

nonisolated(unsafe) var byteFormatString: UnsafePointer<CChar>? = nil
func immortalByteFormat() -> UnsafePointer<CChar> {
    if let s = byteFormatString { return s }
    let s = immortalCString("B")
    byteFormatString = s
    return s
}

/// 1 if the view is contiguous in `order` ('C', 'F' or 'A').
@c @implementation public func PyBuffer_IsContiguous(_ view: UnsafePointer<Py_buffer>?, _ order: CChar) -> Int32 {
    guard let v = view else { return 0 }
    if v.pointee.suboffsets != nil { return 0 }
    let nd = Int(v.pointee.ndim)
    if v.pointee.len == 0 { return 1 }
    guard let strides = v.pointee.strides, let shape = v.pointee.shape else {
        // no strides: C-contiguous by definition; Fortran too only when at most one dimension is > 1
        if UInt8(bitPattern: order) != UInt8(ascii: "F") || nd <= 1 { return 1 }
        guard let shape = v.pointee.shape else { return 1 }
        return (0..<nd).filter { shape[$0] > 1 }.count <= 1 ? 1 : 0
    }
    func cContig() -> Bool {
        var sd = v.pointee.itemsize
        for i in stride(from: nd - 1, through: 0, by: -1) {
            let dim = shape[i]
            if dim > 1 && strides[i] != sd { return false }
            sd *= dim
        }
        return true
    }
    func fContig() -> Bool {
        var sd = v.pointee.itemsize
        for i in 0..<nd {
            let dim = shape[i]
            if dim > 1 && strides[i] != sd { return false }
            sd *= dim
        }
        return true
    }
    switch UInt8(bitPattern: order) {
    case UInt8(ascii: "C"): return cContig() ? 1 : 0
    case UInt8(ascii: "F"): return fContig() ? 1 : 0
    default: return (cContig() || fContig()) ? 1 : 0
    }
}
