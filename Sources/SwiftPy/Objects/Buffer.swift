// The buffer protocol entry points (abstract.h): PyObject_CheckBuffer, PyObject_GetBuffer,
// PyBuffer_FillInfo, PyBuffer_Release. view->obj holds an owned reference while the view lives.
import CPython

@c @implementation public func PyObject_CheckBuffer(_ obj: UnsafeMutablePointer<PyObject>?) -> Int32 {
    guard let o = obj, let bp = o.pointee.ob_type.pointee.tp_as_buffer, bp.pointee.bf_getbuffer != nil else { return 0 }
    return 1
}

@c @implementation public func PyObject_GetBuffer(_ obj: UnsafeMutablePointer<PyObject>?, _ view: UnsafeMutablePointer<Py_buffer>?, _ flags: Int32) -> Int32 {
    guard let o = obj else { PyErr_BadInternalCall(); return -1 }
    guard let bp = o.pointee.ob_type.pointee.tp_as_buffer, let get = bp.pointee.bf_getbuffer else {
        strRaise(PyExc_TypeError, "a bytes-like object is required, not '\(strTypeName(o))'")
        return -1
    }
    return get(o, view, flags)
}

@c @implementation public func PyBuffer_FillInfo(_ view: UnsafeMutablePointer<Py_buffer>?, _ obj: UnsafeMutablePointer<PyObject>?, _ buf: UnsafeMutableRawPointer?, _ len: Int, _ readonly: Int32, _ flags: Int32) -> Int32 {
    guard let view = view else {
        PyErr_SetString(PyExc_BufferError, "PyBuffer_FillInfo: view==NULL argument is obsolete")
        return -1
    }
    if (flags & PyBUF_WRITABLE) == PyBUF_WRITABLE && readonly == 1 {
        PyErr_SetString(PyExc_BufferError, "Object is not writable.")
        return -1
    }
    if let o = obj { Py_INCREF(o) }
    view.pointee.obj = obj
    view.pointee.buf = buf
    view.pointee.len = len
    view.pointee.readonly = readonly
    view.pointee.itemsize = 1
    view.pointee.format = (flags & PyBUF_FORMAT) == PyBUF_FORMAT ? UnsafeMutablePointer(mutating: bufferFormatB) : nil
    view.pointee.ndim = 1
    view.pointee.shape = nil
    if (flags & PyBUF_ND) == PyBUF_ND {
        view.pointee.shape = UnsafeMutableRawPointer(view).advanced(by: MemoryLayout<Py_buffer>.offset(of: \Py_buffer.len)!).assumingMemoryBound(to: Int.self)
    }
    view.pointee.strides = nil
    if (flags & PyBUF_STRIDES) == PyBUF_STRIDES {
        view.pointee.strides = UnsafeMutableRawPointer(view).advanced(by: MemoryLayout<Py_buffer>.offset(of: \Py_buffer.itemsize)!).assumingMemoryBound(to: Int.self)
    }
    view.pointee.suboffsets = nil
    view.pointee.internal = nil
    return 0
}

/// "B": the format of byte buffers (lives forever).
nonisolated(unsafe) let bufferFormatB: UnsafePointer<CChar> = immortalCString("B")

@c @implementation public func PyBuffer_Release(_ view: UnsafeMutablePointer<Py_buffer>?) {
    guard let view = view, let o = view.pointee.obj else { return }
    if let bp = o.pointee.ob_type.pointee.tp_as_buffer, let rel = bp.pointee.bf_releasebuffer { rel(o, view) }
    view.pointee.obj = nil
    Py_DECREF(o)
}
