// bytearray objects: layout (PyByteArrayObject), storage management with export counting, the
// C API, and the mutable-sequence slots.
//
// Invariants: ob_bytes is a malloc'd block of ob_alloc bytes (or nil when ob_alloc == 0);
// ob_start points into it; ob_start[ob_size] == 0 whenever ob_bytes != nil. While ob_exports > 0
// (buffers handed out) the storage must not move or change size.
import CPython
import Glibc

@inline(__always) func baObj(_ o: PyObjectRef) -> UnsafeMutablePointer<PyByteArrayObject> { o.cast(to: PyByteArrayObject.self) }
@inline(__always) func baLen(_ o: PyObjectRef) -> Int { o.cast(to: PyVarObject.self).pointee.ob_size }
nonisolated(unsafe) let baEmptyStorage: UnsafeMutablePointer<UInt8> = {
    let p = UnsafeMutablePointer<UInt8>.allocate(capacity: 1); p.pointee = 0; return p
}()
/// The bytes of a bytearray (a valid pointer even when empty).
@inline(__always) func baData(_ o: PyObjectRef) -> UnsafeMutablePointer<UInt8> {
    if let s = baObj(o).pointee.ob_start { return UnsafeMutableRawPointer(s).assumingMemoryBound(to: UInt8.self) }
    return baEmptyStorage
}
@inline(__always) func isByteArray(_ o: PyObjectRef) -> Bool {
    o.pointee.ob_type == SPyType_ByteArray() || PyType_IsSubtype(o.pointee.ob_type, SPyType_ByteArray()) != 0
}

/// Resizes the storage to n bytes (contents kept up to min(old, n)). false = error set.
func baResize(_ o: PyObjectRef, _ n: Int) -> Bool {
    let b = baObj(o)
    let old = baLen(o)
    if n == old { return true }
    if n < 0 { PyErr_SetString(PyExc_SystemError, "Negative size passed to PyByteArray_Resize"); return false }
    if b.pointee.ob_exports > 0 {
        PyErr_SetString(PyExc_BufferError, "Existing exports of data: object cannot be re-sized")
        return false
    }
    let startOff = b.pointee.ob_bytes == nil ? 0 : b.pointee.ob_start! - b.pointee.ob_bytes!
    let alloc = b.pointee.ob_alloc
    if n + startOff + 1 <= alloc && n >= alloc / 4 {
        // fits in place
        b.pointee.ob_start![n] = 0
        b.pointee.ob_base.ob_size = n
        return true
    }
    // move data to the front, then grow or shrink
    if startOff > 0, let bytes = b.pointee.ob_bytes {
        memmove(bytes, b.pointee.ob_start!, min(old, n))
        b.pointee.ob_start = bytes
    }
    var newAlloc: Int
    if n + 1 <= alloc && n >= alloc / 4 { newAlloc = alloc }
    else if n <= alloc * 2 && n > old { newAlloc = n + (n >> 3) + (n < 9 ? 3 : 6) + 1 }
    else { newAlloc = n + 1 }
    if newAlloc != alloc {
        if n > Int.max / 2 { PyErr_NoMemory(); return false }
        guard let nb = realloc(b.pointee.ob_bytes, newAlloc) else { PyErr_NoMemory(); return false }
        b.pointee.ob_bytes = nb.assumingMemoryBound(to: CChar.self)
        b.pointee.ob_start = b.pointee.ob_bytes
        b.pointee.ob_alloc = newAlloc
    }
    b.pointee.ob_start![n] = 0
    b.pointee.ob_base.ob_size = n
    return true
}

/// A new exact bytearray with a copy of p[0..<n] (zeroes when p is nil).
func bytearrayFrom(_ p: UnsafeRawPointer?, _ n: Int) -> PyObjectRef? {
    guard let mem = PyObject_Malloc(MemoryLayout<PyByteArrayObject>.size) else { return PyErr_NoMemory() }
    let o = mem.assumingMemoryBound(to: PyObject.self)
    let b = mem.assumingMemoryBound(to: PyByteArrayObject.self)
    b.pointee = PyByteArrayObject(ob_base: PyVarObject(ob_base: PyObject(ob_refcnt: 1, ob_type: SPyType_ByteArray()), ob_size: 0),
                                  ob_alloc: 0, ob_bytes: nil, ob_start: nil, ob_exports: 0)
    if n > 0 {
        if !baResize(o, n) { Py_DECREF(o); return nil }
        if let p = p { memcpy(baData(o), p, n) } else { memset(baData(o), 0, n) }
    }
    return o
}

let bytearrayDealloc: @convention(c) (PyObjectRef?) -> Void = { o in
    guard let o = o else { return }
    if let bytes = baObj(o).pointee.ob_bytes { free(bytes) }
    if o.pointee.ob_type == SPyType_ByteArray() { PyObject_Free(o) }
    else if let f = o.pointee.ob_type.pointee.tp_free { f(o) } else { PyObject_Free(o) }
}

let bytearrayGetBuffer: @convention(c) (PyObjectRef?, UnsafeMutablePointer<Py_buffer>?, Int32) -> Int32 = { o, view, flags in
    let o = o!
    guard let view = view else {
        PyErr_SetString(PyExc_BufferError, "bytearray_getbuffer: view==NULL argument is obsolete")
        return -1
    }
    if baObj(o).pointee.ob_bytes == nil && !baResizeStorageForExport(o) { return -1 }
    let r = PyBuffer_FillInfo(view, o, UnsafeMutableRawPointer(baData(o)), baLen(o), 0, flags)
    if r == 0 { baObj(o).pointee.ob_exports += 1 }
    return r
}

/// Gives an empty bytearray real storage, so an exported pointer is owned by the object.
private func baResizeStorageForExport(_ o: PyObjectRef) -> Bool {
    guard let nb = malloc(1) else { PyErr_NoMemory(); return false }
    let b = baObj(o)
    b.pointee.ob_bytes = nb.assumingMemoryBound(to: CChar.self)
    b.pointee.ob_start = b.pointee.ob_bytes
    b.pointee.ob_alloc = 1
    b.pointee.ob_bytes![0] = 0
    return true
}

let bytearrayReleaseBuffer: @convention(c) (PyObjectRef?, UnsafeMutablePointer<Py_buffer>?) -> Void = { o, _ in
    baObj(o!).pointee.ob_exports -= 1
}

// MARK: - C API

@c @implementation public func PyByteArray_FromStringAndSize(_ s: UnsafePointer<CChar>?, _ n: Int) -> UnsafeMutablePointer<PyObject>? {
    if n < 0 { PyErr_SetString(PyExc_SystemError, "Negative size passed to PyByteArray_FromStringAndSize"); return nil }
    return bytearrayFrom(s, n)
}

@c @implementation public func PyByteArray_FromObject(_ o: UnsafeMutablePointer<PyObject>?) -> UnsafeMutablePointer<PyObject>? {
    guard let o = o else { PyErr_BadInternalCall(); return nil }
    guard let args = sTupleSteal([{ Py_INCREF(o); return o }()]) else { return nil }
    defer { Py_DECREF(args) }
    return PyObject_Call(SPyType_ByteArray().asObject, args, nil)
}

@c @implementation public func PyByteArray_Concat(_ a: UnsafeMutablePointer<PyObject>?, _ b: UnsafeMutablePointer<PyObject>?) -> UnsafeMutablePointer<PyObject>? {
    guard let a = a, let b = b else { PyErr_BadInternalCall(); return nil }
    guard let ta = bytesLikeArg(a), let tb = bytesLikeArg(b) else { return nil }
    defer { Py_DECREF(ta); Py_DECREF(tb) }
    let na = bLen(ta), nb = bLen(tb)
    guard let r = bytearrayFrom(nil, na + nb) else { return nil }
    memcpy(baData(r), bPtr(ta), na)
    memcpy(baData(r) + na, bPtr(tb), nb)
    return r
}

@c @implementation public func PyByteArray_Size(_ o: UnsafeMutablePointer<PyObject>?) -> Int {
    guard let o = o, isByteArray(o) else { PyErr_BadInternalCall(); return -1 }
    return baLen(o)
}

@c @implementation public func PyByteArray_AsString(_ o: UnsafeMutablePointer<PyObject>?) -> UnsafeMutablePointer<CChar>? {
    guard let o = o, isByteArray(o) else { PyErr_BadInternalCall(); return nil }
    return UnsafeMutableRawPointer(baData(o)).assumingMemoryBound(to: CChar.self)
}

@c @implementation public func PyByteArray_Resize(_ o: UnsafeMutablePointer<PyObject>?, _ n: Int) -> Int32 {
    guard let o = o, isByteArray(o) else { PyErr_BadInternalCall(); return -1 }
    return baResize(o, n) ? 0 : -1
}
