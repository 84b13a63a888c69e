// bytes objects: layout (PyBytesObject: header, ob_size, ob_shash, inline NUL-terminated data),
// allocation, singletons, a growable byte buffer, and the C API.
import CPython
import Glibc

var bytesHeaderSize: Int { @inline(__always) get { SPy_OffsetBytesSval() } }

@inline(__always) func bytesLen(_ o: PyObjectRef) -> Int { o.cast(to: PyVarObject.self).pointee.ob_size }
@inline(__always) func bytesData(_ o: PyObjectRef) -> UnsafeMutablePointer<UInt8> {
    (UnsafeMutableRawPointer(o) + bytesHeaderSize).assumingMemoryBound(to: UInt8.self)
}
@inline(__always) func isExactBytes(_ o: PyObjectRef) -> Bool { o.pointee.ob_type == SPyType_Bytes() }

nonisolated(unsafe) var bytesEmptySingleton: PyObjectRef? = nil
nonisolated(unsafe) let bytesCharSingletons: UnsafeMutablePointer<PyObjectRef?> = {
    let p = UnsafeMutablePointer<PyObjectRef?>.allocate(capacity: 256)
    p.initialize(repeating: nil, count: 256)
    return p
}()

/// A new exact bytes of n uninitialised bytes (NUL-terminated). Never a singleton.
@inline(__always) func allocBytes(_ n: Int) -> PyObjectRef? {
    if n < 0 { PyErr_SetString(PyExc_SystemError, "Negative size passed to PyBytes_FromStringAndSize"); return nil }
    if n > Int.max - bytesHeaderSize - 8 { PyErr_NoMemory(); return nil }
    guard let mem = PyObject_Malloc(bytesHeaderSize + n + 1) else { PyErr_NoMemory(); return nil }
    let o = mem.assumingMemoryBound(to: PyObject.self)
    let v = mem.assumingMemoryBound(to: PyBytesObject.self)
    v.pointee.ob_base = PyVarObject(ob_base: PyObject(ob_refcnt: 1, ob_type: SPyType_Bytes()), ob_size: n)
    v.pointee.ob_shash = -1
    bytesData(o)[n] = 0
    return o
}

/// A new bytes with a copy of p[0..<n] (singletons for sizes 0 and 1).
func bytesFrom(_ p: UnsafeRawPointer?, _ n: Int) -> PyObjectRef? {
    if n == 0 {
        if let e = bytesEmptySingleton { Py_INCREF(e); return e }
        let e = allocBytes(0)!
        e.pointee.ob_refcnt = immortalRefcnt
        bytesEmptySingleton = e
        Py_INCREF(e)
        return e
    }
    if n == 1, let p = p {
        let c = Int(p.load(as: UInt8.self))
        if let s = bytesCharSingletons[c] { Py_INCREF(s); return s }
        let s = allocBytes(1)!
        bytesData(s)[0] = UInt8(c)
        s.pointee.ob_refcnt = immortalRefcnt
        bytesCharSingletons[c] = s
        Py_INCREF(s)
        return s
    }
    guard let o = allocBytes(n) else { return nil }
    if let p = p { memcpy(bytesData(o), p, n) } else { memset(bytesData(o), 0, n) }
    return o
}

let bytesDealloc: @convention(c) (PyObjectRef?) -> Void = { o in
    guard let o = o else { return }
    if o.pointee.ob_type == SPyType_Bytes() { PyObject_Free(o) }
    else if let f = o.pointee.ob_type.pointee.tp_free { f(o) } else { PyObject_Free(o) }
}

/// A growable byte buffer (malloc) that becomes a bytes or bytearray at the end.
struct ByteBuffer: ~Copyable {
    var buf: UnsafeMutablePointer<UInt8>? = nil
    var count = 0
    var cap = 0
    var failed = false
    init(capacity: Int = 0) { if capacity > 0 { reserve(capacity) } }
    deinit { if let b = buf { free(b) } }
    mutating func grow(_ need: Int) {
        var nc = max(cap * 2, 32)
        if nc < need { nc = need }
        guard let nb = realloc(buf, nc) else { failed = true; return }
        buf = nb.assumingMemoryBound(to: UInt8.self)
        cap = nc
    }
    @inline(__always) mutating func reserve(_ extra: Int) { if count + extra > cap { grow(count + extra) } }
    @inline(__always) mutating func append(_ b: UInt8) {
        if count == cap { grow(count + 1) }
        if failed { return }
        buf![count] = b
        count += 1
    }
    mutating func append(_ p: UnsafeRawPointer, _ n: Int) {
        if n <= 0 { return }
        reserve(n)
        if failed { return }
        memcpy(buf! + count, p, n)
        count += n
    }
    mutating func append(_ s: StaticString) { append(s.utf8Start, s.utf8CodeUnitCount) }
    mutating func append(_ s: String) { var s = s; s.withUTF8 { if let p = $0.baseAddress { append(p, $0.count) } } }
    mutating func appendRepeated(_ b: UInt8, _ n: Int) {
        if n <= 0 { return }
        reserve(n)
        if failed { return }
        memset(buf! + count, Int32(b), n)
        count += n
    }
    consuming func finishBytes() -> PyObjectRef? {
        if failed { return PyErr_NoMemory() }
        return bytesFrom(buf, count)
    }
}

// MARK: - C API

@c @implementation public func PyBytes_FromStringAndSize(_ s: UnsafePointer<CChar>?, _ n: Int) -> UnsafeMutablePointer<PyObject>? {
    if n < 0 { PyErr_SetString(PyExc_SystemError, "Negative size passed to PyBytes_FromStringAndSize"); return nil }
    if s == nil && n > 0 { return allocBytes(n) }   // caller fills it in
    return bytesFrom(s, n)
}

@c @implementation public func PyBytes_FromString(_ s: UnsafePointer<CChar>?) -> UnsafeMutablePointer<PyObject>? {
    guard let s = s else { PyErr_BadInternalCall(); return nil }
    return bytesFrom(s, strlen(s))
}

@c @implementation public func PyBytes_Size(_ o: UnsafeMutablePointer<PyObject>?) -> Int {
    guard let o = o, sIsBytes(o) else {
        strRaise(PyExc_TypeError, "expected bytes, \(o.map { strTypeName($0) } ?? "NULL") found")
        return -1
    }
    return bytesLen(o)
}

@c @implementation public func PyBytes_AsString(_ o: UnsafeMutablePointer<PyObject>?) -> UnsafeMutablePointer<CChar>? {
    guard let o = o, sIsBytes(o) else {
        strRaise(PyExc_TypeError, "expected bytes, \(o.map { strTypeName($0) } ?? "NULL") found")
        return nil
    }
    return UnsafeMutableRawPointer(bytesData(o)).assumingMemoryBound(to: CChar.self)
}

@c @implementation public func PyBytes_AsStringAndSize(_ o: UnsafeMutablePointer<PyObject>?, _ s: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, _ len: UnsafeMutablePointer<Int>?) -> Int32 {
    guard let o = o, sIsBytes(o) else {
        strRaise(PyExc_TypeError, "expected bytes, \(o.map { strTypeName($0) } ?? "NULL") found")
        return -1
    }
    let p = UnsafeMutableRawPointer(bytesData(o)).assumingMemoryBound(to: CChar.self)
    s?.pointee = p
    if let len = len { len.pointee = bytesLen(o) }
    else if strlen(p) != bytesLen(o) {
        PyErr_SetString(PyExc_ValueError, "embedded null byte")
        return -1
    }
    return 0
}

@c @implementation public func PyBytes_Concat(_ pv: UnsafeMutablePointer<UnsafeMutablePointer<PyObject>?>?, _ w: UnsafeMutablePointer<PyObject>?) {
    guard let pv = pv, let v = pv.pointee else { return }
    guard let w = w else { Py_DECREF(v); pv.pointee = nil; return }
    let r = PyNumber_Add(v, w)
    Py_DECREF(v)
    pv.pointee = r
}

@c @implementation public func PyBytes_ConcatAndDel(_ pv: UnsafeMutablePointer<UnsafeMutablePointer<PyObject>?>?, _ w: UnsafeMutablePointer<PyObject>?) {
    PyBytes_Concat(pv, w)
    Py_XDECREF(w)
}

@c @implementation public func _PyBytes_Resize(_ pv: UnsafeMutablePointer<UnsafeMutablePointer<PyObject>?>?, _ newSize: Int) -> Int32 {
    guard let pv = pv, let v = pv.pointee else { PyErr_BadInternalCall(); return -1 }
    if newSize < 0 || !isExactBytes(v) || (v.pointee.ob_refcnt != 1 && bytesLen(v) != newSize) {
        pv.pointee = nil
        Py_DECREF(v)
        PyErr_BadInternalCall()
        return -1
    }
    if bytesLen(v) == newSize { return 0 }
    if v.pointee.ob_refcnt >= immortalRefcnt || bytesLen(v) <= 1 {
        // a shared singleton: make a fresh object instead of resizing it
        guard let n = allocBytes(newSize) else { pv.pointee = nil; Py_DECREF(v); return -1 }
        memcpy(bytesData(n), bytesData(v), min(newSize, bytesLen(v)))
        Py_DECREF(v)
        pv.pointee = n
        return 0
    }
    guard let mem = PyObject_Realloc(v, bytesHeaderSize + newSize + 1) else {
        pv.pointee = nil
        Py_DECREF(v)
        PyErr_NoMemory()
        return -1
    }
    let o = mem.assumingMemoryBound(to: PyObject.self)
    o.cast(to: PyVarObject.self).pointee.ob_size = newSize
    o.cast(to: PyBytesObject.self).pointee.ob_shash = -1
    bytesData(o)[newSize] = 0
    pv.pointee = o
    return 0
}
