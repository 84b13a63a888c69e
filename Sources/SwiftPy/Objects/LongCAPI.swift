// The C API of int and bool (longobject.h): PyLong_From*/As*, byte-array conversion, PyBool_FromLong.
import CPython
import BigInt

@inline(__always) func badInternalCall() { PyErr_SetString(PyExc_SystemError, "bad argument to internal function") }

/// An int for `o`: `o` itself (new ref) when it is an int, else __index__. nil = error set.
func longOrIndex(_ o: PyObjectRef?) -> PyObjectRef? {
    guard let o = o else { badInternalCall(); return nil }
    if isInt(o) { Py_INCREF(o); return o }
    return PyNumber_Index(o)
}

@c @implementation public func PyLong_FromLong(_ v: Int) -> UnsafeMutablePointer<PyObject>! { pyInt(v) }
@c @implementation public func PyLong_FromSsize_t(_ v: Int) -> UnsafeMutablePointer<PyObject>! { pyInt(v) }
@c @implementation public func PyLong_FromLongLong(_ v: Int64) -> UnsafeMutablePointer<PyObject>! { pyInt(Int(v)) }
@c @implementation public func PyLong_FromUnsignedLong(_ v: UInt) -> UnsafeMutablePointer<PyObject>! {
    v <= UInt(Int.max) ? pyInt(Int(v)) : pyLong(BigInt(v))
}
@c @implementation public func PyLong_FromSize_t(_ v: Int) -> UnsafeMutablePointer<PyObject>! {
    let u = UInt(bitPattern: v)
    return u <= UInt(Int.max) ? pyInt(Int(u)) : pyLong(BigInt(u))
}
@c @implementation public func PyLong_FromUnsignedLongLong(_ v: UInt64) -> UnsafeMutablePointer<PyObject>! {
    v <= UInt64(Int.max) ? pyInt(Int(v)) : pyLong(BigInt(v))
}
@c @implementation public func PyLong_FromVoidPtr(_ p: UnsafeMutableRawPointer!) -> UnsafeMutablePointer<PyObject>! {
    PyLong_FromUnsignedLong(UInt(bitPattern: p))
}

/// Float -> int by truncation, with CPython's errors for nan / inf.
func longFromDouble(_ d: Double) -> PyObjectRef? {
    if d.isNaN { PyErr_SetString(PyExc_ValueError, "cannot convert float NaN to integer"); return nil }
    if d.isInfinite { PyErr_SetString(PyExc_OverflowError, "cannot convert float infinity to integer"); return nil }
    let t = d.rounded(.towardZero)
    if t >= -9.223372036854775808e18 && t < 9.223372036854775808e18 { return pyInt(Int(t)) }
    return pyLong(BigInt(t))
}

@c @implementation public func PyLong_FromDouble(_ d: Double) -> UnsafeMutablePointer<PyObject>! { longFromDouble(d) }

@c @implementation public func PyLong_AsLong(_ o: UnsafeMutablePointer<PyObject>!) -> Int {
    if let o = o, isInt(o), let v = longSmall(o) { return v }
    guard let i = longOrIndex(o) else { return -1 }
    defer { Py_DECREF(i) }
    if let v = longSmall(i) { return v }
    PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C long")
    return -1
}

@c @implementation public func PyLong_AsLongAndOverflow(_ o: UnsafeMutablePointer<PyObject>!, _ overflow: UnsafeMutablePointer<Int32>!) -> Int {
    overflow.pointee = 0
    guard let i = longOrIndex(o) else { return -1 }
    defer { Py_DECREF(i) }
    if let v = longSmall(i) { return v }
    overflow.pointee = Int32(longSign(i))
    return -1
}

@c @implementation public func PyLong_AsLongLong(_ o: UnsafeMutablePointer<PyObject>!) -> Int64 {
    guard let i = longOrIndex(o) else { return -1 }
    defer { Py_DECREF(i) }
    if let v = longSmall(i) { return Int64(v) }
    PyErr_SetString(PyExc_OverflowError, "int too big to convert")
    return -1
}

@c @implementation public func PyLong_AsLongLongAndOverflow(_ o: UnsafeMutablePointer<PyObject>!, _ overflow: UnsafeMutablePointer<Int32>!) -> Int64 {
    Int64(PyLong_AsLongAndOverflow(o, overflow))
}

@c @implementation public func PyLong_AsSsize_t(_ o: UnsafeMutablePointer<PyObject>!) -> Int {
    guard let o = o else { badInternalCall(); return -1 }
    guard isInt(o) else { PyErr_SetString(PyExc_TypeError, "an integer is required"); return -1 }
    if let v = longSmall(o) { return v }
    PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C ssize_t")
    return -1
}

/// Unsigned value of an int (no __index__), with CPython's errors.
func longAsUnsigned(_ o: PyObjectRef?, negMessage: String, bigMessage: String) -> UInt? {
    guard let o = o else { badInternalCall(); return nil }
    guard isInt(o) else { PyErr_SetString(PyExc_TypeError, "an integer is required"); return nil }
    if longSign(o) < 0 { setError(PyExc_OverflowError, negMessage); return nil }
    if let v = longSmall(o) { return UInt(v) }
    let m = longBig(o).magnitude
    if m.bitWidth <= 64 { return m.words[0] }
    setError(PyExc_OverflowError, bigMessage)
    return nil
}

@c @implementation public func PyLong_AsSize_t(_ o: UnsafeMutablePointer<PyObject>!) -> Int {
    guard let u = longAsUnsigned(o, negMessage: "can't convert negative value to size_t",
                                 bigMessage: "Python int too large to convert to C size_t") else { return -1 }
    return Int(bitPattern: u)
}

@c @implementation public func PyLong_AsUnsignedLong(_ o: UnsafeMutablePointer<PyObject>!) -> UInt {
    longAsUnsigned(o, negMessage: "can't convert negative value to unsigned int",
                   bigMessage: "Python int too large to convert to C unsigned long") ?? UInt.max
}

@c @implementation public func PyLong_AsUnsignedLongLong(_ o: UnsafeMutablePointer<PyObject>!) -> UInt64 {
    UInt64(longAsUnsigned(o, negMessage: "can't convert negative int to unsigned",
                          bigMessage: "int too big to convert") ?? UInt.max)
}

/// The value modulo 2**64.
func longMask(_ o: PyObjectRef) -> UInt {
    if let v = longSmall(o) { return UInt(bitPattern: v) }
    return twosComplementWords(longBig(o), 1)[0]
}

@c @implementation public func PyLong_AsUnsignedLongMask(_ o: UnsafeMutablePointer<PyObject>!) -> UInt {
    guard let i = longOrIndex(o) else { return UInt.max }
    defer { Py_DECREF(i) }
    return longMask(i)
}

@c @implementation public func PyLong_AsUnsignedLongLongMask(_ o: UnsafeMutablePointer<PyObject>!) -> UInt64 {
    guard let i = longOrIndex(o) else { return UInt64.max }
    defer { Py_DECREF(i) }
    return UInt64(longMask(i))
}

/// int -> double; nil with OverflowError set.
@inline(__always) func longToDouble(_ o: PyObjectRef) -> Double? {
    if let v = longSmall(o) { return Double(v) }
    if let d = bigToDouble(longBig(o)) { return d }
    PyErr_SetString(PyExc_OverflowError, "int too large to convert to float")
    return nil
}

@c @implementation public func PyLong_AsDouble(_ o: UnsafeMutablePointer<PyObject>!) -> Double {
    guard let o = o else { badInternalCall(); return -1 }
    guard isInt(o) else { PyErr_SetString(PyExc_TypeError, "an integer is required"); return -1 }
    return longToDouble(o) ?? -1
}

@c @implementation public func PyLong_AsVoidPtr(_ o: UnsafeMutablePointer<PyObject>!) -> UnsafeMutableRawPointer! {
    guard let i = longOrIndex(o) else { return nil }
    defer { Py_DECREF(i) }
    if longSign(i) < 0 {
        if let v = longSmall(i) { return UnsafeMutableRawPointer(bitPattern: v) }
        PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C long"); return nil
    }
    if let v = longSmall(i) { return UnsafeMutableRawPointer(bitPattern: v) }
    let m = longBig(i).magnitude
    if m.bitWidth <= 64 { return UnsafeMutableRawPointer(bitPattern: m.words[0]) }
    PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C unsigned long")
    return nil
}

@c @implementation public func _PyLong_Sign(_ o: UnsafeMutablePointer<PyObject>!) -> Int32 { Int32(longSign(o)) }

@c @implementation public func _PyLong_NumBits(_ o: UnsafeMutablePointer<PyObject>!) -> Int { longBitLength(o) }

@c @implementation public func _PyLong_FromByteArray(_ bytes: UnsafePointer<UInt8>!, _ n: Int, _ littleEndian: Int32, _ isSigned: Int32) -> UnsafeMutablePointer<PyObject>! {
    pyLong(bigFromBytes(bytes, n, little: littleEndian != 0, signed: isSigned != 0))
}

@c @implementation public func _PyLong_AsByteArray(_ v: UnsafeMutablePointer<PyLongObject>!, _ bytes: UnsafeMutablePointer<UInt8>!, _ n: Int, _ littleEndian: Int32, _ isSigned: Int32) -> Int32 {
    let o = UnsafeMutableRawPointer(v!).assumingMemoryBound(to: PyObject.self)
    guard let out = bigToBytes(longBig(o), n, little: littleEndian != 0, signed: isSigned != 0) else { return -1 }
    for i in 0..<n { bytes[i] = out[i] }
    return 0
}

@c @implementation public func PyBool_FromLong(_ v: Int) -> UnsafeMutablePointer<PyObject>! { pyBool(v != 0) }
