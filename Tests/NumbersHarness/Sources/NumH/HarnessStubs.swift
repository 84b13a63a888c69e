// Test-harness-only implementations of other areas' C API (minimal str/tuple/bytes, errors).
import CPython
import Glibc

nonisolated(unsafe) var errType: PyObjectRef? = nil
nonisolated(unsafe) var errMsg: String = ""

@c @implementation public func PyObject_Malloc(_ n: Int) -> UnsafeMutableRawPointer! { malloc(n) }
@c @implementation public func PyObject_Free(_ p: UnsafeMutableRawPointer!) { free(p) }
@c @implementation public func PyMem_Malloc(_ n: Int) -> UnsafeMutableRawPointer! { malloc(n) }
@c @implementation public func PyErr_SetString(_ t: UnsafeMutablePointer<PyObject>!, _ s: UnsafePointer<CChar>!) { errType = t; errMsg = String(cString: s) }
@c @implementation public func PyErr_SetNone(_ t: UnsafeMutablePointer<PyObject>!) { errType = t; errMsg = "" }
@c @implementation public func PyErr_Occurred() -> UnsafeMutablePointer<PyObject>! { errType }
@c @implementation public func PyErr_Clear() { errType = nil }
@c @implementation public func PyErr_NoMemory() -> UnsafeMutablePointer<PyObject>! { errType = PyExc_MemoryError; errMsg = ""; return nil }
@c @implementation public func PyErr_WarnEx(_ c: UnsafeMutablePointer<PyObject>!, _ m: UnsafePointer<CChar>!, _ l: Int) -> Int32 { 0 }
@c @implementation public func PyErr_SetFromErrno(_ t: UnsafeMutablePointer<PyObject>!) -> UnsafeMutablePointer<PyObject>! {
    errType = t; errMsg = errno == ERANGE ? "(34, 'Numerical result out of range')" : "(\(errno), '?')"; return nil
}

func makeDummyType(_ name: String) -> PyTypeRef {
    let t = UnsafeMutablePointer<PyTypeObject>.allocate(capacity: 1)
    t.initialize(to: PyTypeObject())
    t.pointee.tp_name = immortalCString(name)
    return t
}

func excObj(_ name: String) -> PyObjectRef {
    let o = UnsafeMutablePointer<PyObject>.allocate(capacity: 1)
    o.initialize(to: PyObject(ob_refcnt: 1 << 30, ob_type: makeDummyType(name)))
    return o
}

func harnessInit() {
    PyExc_TypeError = excObj("TypeError"); PyExc_ValueError = excObj("ValueError")
    PyExc_OverflowError = excObj("OverflowError"); PyExc_ZeroDivisionError = excObj("ZeroDivisionError")
    PyExc_SystemError = excObj("SystemError"); PyExc_MemoryError = excObj("MemoryError")
    PyExc_DeprecationWarning = excObj("DeprecationWarning")
    let s = SPyType_Unicode()
    s.pointee.tp_name = immortalCString("str")
    s.pointee.tp_flags = UInt(Py_TPFLAGS_UNICODE_SUBCLASS)
    s.pointee.tp_repr = { o in pyStr("'" + swiftString(o!) + "'") }
    s.pointee.tp_dealloc = { free($0) }
    let tu = SPyType_Tuple()
    tu.pointee.tp_dealloc = { free($0) }
    tu.pointee.tp_name = immortalCString("tuple")
    tu.pointee.tp_flags = UInt(Py_TPFLAGS_TUPLE_SUBCLASS)
    let b = SPyType_Bytes()
    b.pointee.tp_name = immortalCString("bytes")
    b.pointee.tp_flags = UInt(Py_TPFLAGS_BYTES_SUBCLASS)
    b.pointee.tp_repr = { o in pyStr("b'" + String(cString: PyBytes_AsString(o!)) + "'") }
    b.pointee.tp_dealloc = { free($0) }
    SPyType_ByteArray().pointee.tp_name = immortalCString("bytearray")
    SPyType_None().pointee.tp_name = immortalCString("NoneType")
    SPyType_().pointee.tp_name = immortalCString("type")
    initNumberTypes()
}

@c @implementation public func PyUnicode_FromStringAndSize(_ p: UnsafePointer<CChar>!, _ n: Int) -> UnsafeMutablePointer<PyObject>! {
    let sz = MemoryLayout<PyUnicodeObject>.size
    let raw = malloc(sz + n + 1)!
    let u = raw.assumingMemoryBound(to: PyUnicodeObject.self)
    u.initialize(to: PyUnicodeObject())
    u.pointee.ob_base = PyObject(ob_refcnt: 1, ob_type: SPyType_Unicode())
    let data = (raw + sz).assumingMemoryBound(to: CChar.self)
    if n > 0 { memcpy(data, p, n) }
    data[n] = 0
    u.pointee.length = n
    u.pointee.kind = 1
    u.pointee.ascii = 1
    u.pointee.utf8 = data
    u.pointee.utf8_length = n
    u.pointee.data = UnsafeMutableRawPointer(data)
    return raw.assumingMemoryBound(to: PyObject.self)
}
@c @implementation public func PyUnicode_FromString(_ p: UnsafePointer<CChar>!) -> UnsafeMutablePointer<PyObject>! { PyUnicode_FromStringAndSize(p, strlen(p)) }
@c @implementation public func PyUnicode_InternFromString(_ p: UnsafePointer<CChar>!) -> UnsafeMutablePointer<PyObject>! { PyUnicode_FromString(p) }
@c @implementation public func PyUnicode_AsUTF8(_ o: UnsafeMutablePointer<PyObject>!) -> UnsafePointer<CChar>! { UnsafePointer(o.cast(to: PyUnicodeObject.self).pointee.utf8) }
@c @implementation public func PyUnicode_AsUTF8AndSize(_ o: UnsafeMutablePointer<PyObject>!, _ n: UnsafeMutablePointer<Int>!) -> UnsafePointer<CChar>! {
    if let n = n { n.pointee = o.cast(to: PyUnicodeObject.self).pointee.utf8_length }
    return UnsafePointer(o.cast(to: PyUnicodeObject.self).pointee.utf8)
}
@c @implementation public func PyUnicode_GetLength(_ o: UnsafeMutablePointer<PyObject>!) -> Int { String(cString: PyUnicode_AsUTF8(o)).unicodeScalars.count }
@c @implementation public func PyUnicode_Substring(_ o: UnsafeMutablePointer<PyObject>!, _ a: Int, _ b: Int) -> UnsafeMutablePointer<PyObject>! {
    let s = Array(String(cString: PyUnicode_AsUTF8(o)).unicodeScalars)
    var out = ""; for i in a..<min(b, s.count) { out.unicodeScalars.append(s[i]) }
    return pyStr(out)
}
@c @implementation public func PyUnicode_FromOrdinal(_ c: Int32) -> UnsafeMutablePointer<PyObject>! { pyStr(String(Character(Unicode.Scalar(UInt32(c))!))) }
@c @implementation public func PyObject_Repr(_ o: UnsafeMutablePointer<PyObject>!) -> UnsafeMutablePointer<PyObject>! { o.type.pointee.tp_repr!(o) }
@c @implementation public func PyObject_Str(_ o: UnsafeMutablePointer<PyObject>!) -> UnsafeMutablePointer<PyObject>! { (o.type.pointee.tp_str ?? o.type.pointee.tp_repr)!(o) }

@c @implementation public func PyTuple_New(_ n: Int) -> UnsafeMutablePointer<PyObject>! {
    let raw = calloc(1, MemoryLayout<PyVarObject>.size + 8 * max(n, 1))!
    let v = raw.assumingMemoryBound(to: PyVarObject.self)
    v.pointee = PyVarObject(ob_base: PyObject(ob_refcnt: 1, ob_type: SPyType_Tuple()), ob_size: n)
    return raw.assumingMemoryBound(to: PyObject.self)
}
func tupleItems(_ t: PyObjectRef) -> UnsafeMutablePointer<PyObjectRef?> {
    (UnsafeMutableRawPointer(t) + MemoryLayout<PyVarObject>.size).assumingMemoryBound(to: PyObjectRef?.self)
}
@c @implementation public func PyTuple_SetItem(_ t: UnsafeMutablePointer<PyObject>!, _ i: Int, _ v: UnsafeMutablePointer<PyObject>!) -> Int32 { tupleItems(t)[i] = v; return 0 }
@c @implementation public func PyTuple_GetItem(_ t: UnsafeMutablePointer<PyObject>!, _ i: Int) -> UnsafeMutablePointer<PyObject>! { tupleItems(t)[i] }
@c @implementation public func PyTuple_Size(_ t: UnsafeMutablePointer<PyObject>!) -> Int { t.cast(to: PyVarObject.self).pointee.ob_size }
@c @implementation public func PyDict_Size(_ t: UnsafeMutablePointer<PyObject>!) -> Int { 0 }
@c @implementation public func PyDict_Next(_ d: UnsafeMutablePointer<PyObject>!, _ p: UnsafeMutablePointer<Int>!, _ k: UnsafeMutablePointer<UnsafeMutablePointer<PyObject>?>!, _ v: UnsafeMutablePointer<UnsafeMutablePointer<PyObject>?>!) -> Int32 { 0 }

@c @implementation public func PyBytes_FromStringAndSize(_ p: UnsafePointer<CChar>!, _ n: Int) -> UnsafeMutablePointer<PyObject>! {
    let raw = calloc(1, MemoryLayout<PyBytesObject>.size + n + 1)!
    let b = raw.assumingMemoryBound(to: PyBytesObject.self)
    b.pointee.ob_base = PyVarObject(ob_base: PyObject(ob_refcnt: 1, ob_type: SPyType_Bytes()), ob_size: n)
    b.pointee.ob_shash = -1
    if n > 0 { memcpy(PyBytes_AsString(raw.assumingMemoryBound(to: PyObject.self)), p, n) }
    return raw.assumingMemoryBound(to: PyObject.self)
}
@c @implementation public func PyBytes_AsString(_ o: UnsafeMutablePointer<PyObject>!) -> UnsafeMutablePointer<CChar>! {
    (UnsafeMutableRawPointer(o) + MemoryLayout<PyBytesObject>.offset(of: \PyBytesObject.ob_sval)!).assumingMemoryBound(to: CChar.self)
}
@c @implementation public func PyBytes_Size(_ o: UnsafeMutablePointer<PyObject>!) -> Int { o.cast(to: PyVarObject.self).pointee.ob_size }
@c @implementation public func PyBytes_FromObject(_ o: UnsafeMutablePointer<PyObject>!) -> UnsafeMutablePointer<PyObject>! { Py_INCREF(o); return o }
@c @implementation public func PyByteArray_AsString(_ o: UnsafeMutablePointer<PyObject>!) -> UnsafeMutablePointer<CChar>! { fatalError() }
@c @implementation public func PyByteArray_Size(_ o: UnsafeMutablePointer<PyObject>!) -> Int { fatalError() }

@c @implementation public func PyType_IsSubtype(_ a: UnsafeMutablePointer<PyTypeObject>!, _ b: UnsafeMutablePointer<PyTypeObject>!) -> Int32 {
    var t: PyTypeRef? = a
    while let x = t { if x == b { return 1 }; t = x.pointee.tp_base }
    return 0
}
@c @implementation public func _PyType_Lookup(_ t: UnsafeMutablePointer<PyTypeObject>!, _ n: UnsafeMutablePointer<PyObject>!) -> UnsafeMutablePointer<PyObject>! { nil }
@c @implementation public func PyIndex_Check(_ o: UnsafeMutablePointer<PyObject>!) -> Int32 { isInt(o) ? 1 : 0 }
@c @implementation public func PyNumber_Index(_ o: UnsafeMutablePointer<PyObject>!) -> UnsafeMutablePointer<PyObject>! {
    if isInt(o) { Py_INCREF(o); return o }
    setError(PyExc_TypeError, "'\(numTypeName(o))' object cannot be interpreted as an integer"); return nil
}
@c @implementation public func PyNumber_AsSsize_t(_ o: UnsafeMutablePointer<PyObject>!, _ exc: UnsafeMutablePointer<PyObject>!) -> Int {
    guard let i = PyNumber_Index(o) else { return -1 }
    if let v = longSmall(i) { return v }
    if exc == nil { return longSign(i) < 0 ? Int.min : Int.max }
    setError(exc, "cannot fit 'int' into an index-sized integer"); return -1
}
@c @implementation public func PyNumber_Float(_ o: UnsafeMutablePointer<PyObject>!) -> UnsafeMutablePointer<PyObject>! { floatFromObject(o) }
@c @implementation public func PyObject_CallMethodNoArgs(_ o: UnsafeMutablePointer<PyObject>!, _ n: UnsafeMutablePointer<PyObject>!) -> UnsafeMutablePointer<PyObject>! { fatalError() }
@c @implementation public func PyObject_CallOneArg(_ o: UnsafeMutablePointer<PyObject>!, _ n: UnsafeMutablePointer<PyObject>!) -> UnsafeMutablePointer<PyObject>! { fatalError() }
@c @implementation public func PyObject_IsTrue(_ o: UnsafeMutablePointer<PyObject>!) -> Int32 {
    if o == pyTrue { return 1 }; if o == pyFalse || o == pyNone { return 0 }
    if let nb = o.type.pointee.tp_as_number, let f = nb.pointee.nb_bool { return f(o) }
    return 1
}

// Swift helpers of other areas (the real ones live in Objects/Unicode*.swift, Runtime/Errors.swift).
public func setError(_ type: PyObjectRef?, _ message: String) { PyErr_SetString(type, message) }
public func pyStr(_ s: String) -> PyObjectRef? { PyUnicode_FromString(s) }
public func pyIntern(_ s: String) -> PyObjectRef { PyUnicode_InternFromString(s)! }
public func swiftString(_ o: PyObjectRef) -> String { String(cString: PyUnicode_AsUTF8(o)) }
