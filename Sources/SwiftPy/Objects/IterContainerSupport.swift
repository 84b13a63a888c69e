// Helpers shared by the container types (tuple, list, dict, set, range, slice, iterators).
// Type checks, fast hashing/equality for exact str and int, argument-count checks with CPython's
// messages, and slice-index conversion. All need the GIL.
import CPython
import Glibc

// MARK: - Layout access

/// ob_size of a variable-size object.
@inline(__always) func containerSize(_ o: PyObjectRef) -> Int {
    UnsafeMutableRawPointer(o).load(fromByteOffset: MemoryLayout<PyObject>.size, as: Int.self)
}
@inline(__always) func setContainerSize(_ o: PyObjectRef, _ n: Int) {
    UnsafeMutableRawPointer(o).storeBytes(of: n, toByteOffset: MemoryLayout<PyObject>.size, as: Int.self)
}

/// The type's name as CPython's messages print it (tp_name).
func containerTypeName(_ o: PyObjectRef) -> String { String(cString: o.pointee.ob_type.pointee.tp_name) }
func containerTypeName(_ t: PyTypeRef) -> String { String(cString: t.pointee.tp_name) }

// MARK: - Type checks

@inline(__always) func hasTypeFlag(_ o: PyObjectRef, _ flag: UInt) -> Bool { (o.pointee.ob_type.pointee.tp_flags & flag) != 0 }
@inline(__always) func tupleCheck(_ o: PyObjectRef) -> Bool { hasTypeFlag(o, UInt(Py_TPFLAGS_TUPLE_SUBCLASS)) }
@inline(__always) func tupleCheckExact(_ o: PyObjectRef) -> Bool { o.pointee.ob_type == SPyType_Tuple() }
@inline(__always) func listCheck(_ o: PyObjectRef) -> Bool { hasTypeFlag(o, UInt(Py_TPFLAGS_LIST_SUBCLASS)) }
@inline(__always) func listCheckExact(_ o: PyObjectRef) -> Bool { o.pointee.ob_type == SPyType_List() }
@inline(__always) func dictCheck(_ o: PyObjectRef) -> Bool { hasTypeFlag(o, UInt(Py_TPFLAGS_DICT_SUBCLASS)) }
@inline(__always) func dictCheckExact(_ o: PyObjectRef) -> Bool { o.pointee.ob_type == SPyType_Dict() }
@inline(__always) func strCheckExact(_ o: PyObjectRef) -> Bool { o.pointee.ob_type == SPyType_Unicode() }
@inline(__always) func strCheck(_ o: PyObjectRef) -> Bool { hasTypeFlag(o, UInt(Py_TPFLAGS_UNICODE_SUBCLASS)) }
@inline(__always) func intCheckExact(_ o: PyObjectRef) -> Bool { o.pointee.ob_type == SPyType_Long() }
@inline(__always) func intCheck(_ o: PyObjectRef) -> Bool { hasTypeFlag(o, UInt(Py_TPFLAGS_LONG_SUBCLASS)) }
@inline(__always) func floatCheckExact(_ o: PyObjectRef) -> Bool { o.pointee.ob_type == SPyType_Float() }
@inline(__always) func isSubtype(_ o: PyObjectRef, _ t: PyTypeRef) -> Bool {
    o.pointee.ob_type == t || PyType_IsSubtype(o.pointee.ob_type, t) != 0
}
@inline(__always) func setCheck(_ o: PyObjectRef) -> Bool { isSubtype(o, SPyType_Set()) }
@inline(__always) func frozensetCheck(_ o: PyObjectRef) -> Bool { isSubtype(o, SPyType_FrozenSet()) }
@inline(__always) func anySetCheckExact(_ o: PyObjectRef) -> Bool {
    o.pointee.ob_type == SPyType_Set() || o.pointee.ob_type == SPyType_FrozenSet()
}
@inline(__always) func anySetCheck(_ o: PyObjectRef) -> Bool { anySetCheckExact(o) || setCheck(o) || frozensetCheck(o) }
/// True if the object supports __index__.
@inline(__always) func indexCheck(_ o: PyObjectRef) -> Bool {
    if let nb = o.pointee.ob_type.pointee.tp_as_number { return nb.pointee.nb_index != nil }
    return false
}

/// The machine value of an exact int that fits in 64 bits, or nil.
@inline(__always) func smallIntValue(_ o: PyObjectRef) -> Int? {
    guard intCheckExact(o) else { return nil }
    let l = o.cast(to: PyLongObject.self)
    return l.pointee.ob_big == nil ? Int(l.pointee.ob_ival) : nil
}

// MARK: - Hashing and equality fast paths

private let containerHashModulus = (1 << 61) - 1

/// hash(o) with fast paths for exact str (cached hash) and small exact ints; -1 = error set.
@inline(__always) func containerHash(_ o: PyObjectRef) -> Int {
    let t = o.pointee.ob_type
    if t == SPyType_Unicode() {
        let h = o.cast(to: PyUnicodeObject.self).pointee.hash
        if h != -1 { return h }
    } else if t == SPyType_Long() {
        let l = o.cast(to: PyLongObject.self)
        if l.pointee.ob_big == nil {
            let v = Int(l.pointee.ob_ival)
            if v > -containerHashModulus && v < containerHashModulus { return v == -1 ? -2 : v }
        }
    }
    return PyObject_Hash(o)
}

/// Code-point equality of two exact strs (no Python code runs).
@inline(__always) func strEqual(_ a: PyObjectRef, _ b: PyObjectRef) -> Bool {
    if a == b { return true }
    let ua = a.cast(to: PyUnicodeObject.self), ub = b.cast(to: PyUnicodeObject.self)
    let n = ua.pointee.length
    if n != ub.pointee.length { return false }
    let ha = ua.pointee.hash, hb = ub.pointee.hash
    if ha != -1 && hb != -1 && ha != hb { return false }
    let ka = Int(ua.pointee.kind), kb = Int(ub.pointee.kind)
    guard let da = ua.pointee.data, let db = ub.pointee.data else { return n == 0 }
    if ka == kb { return memcmp(da, db, n * ka) == 0 }
    for i in 0..<n where PyUnicode_READ(Int32(ka), da, i) != PyUnicode_READ(Int32(kb), db, i) { return false }
    return true
}

/// a == b as PyObject_RichCompareBool(a, b, Py_EQ), with identity, exact-str and small-int shortcuts.
@inline(__always) func containerEqual(_ a: PyObjectRef, _ b: PyObjectRef) -> Int32 {
    if a == b { return 1 }
    let ta = a.pointee.ob_type
    if ta == b.pointee.ob_type {
        if ta == SPyType_Unicode() { return strEqual(a, b) ? 1 : 0 }
        if ta == SPyType_Long() {
            let la = a.cast(to: PyLongObject.self), lb = b.cast(to: PyLongObject.self)
            if la.pointee.ob_big == nil && lb.pointee.ob_big == nil { return la.pointee.ob_ival == lb.pointee.ob_ival ? 1 : 0 }
        }
    }
    return PyObject_RichCompareBool(a, b, Py_EQ)
}

// MARK: - Arguments

/// CPython's _PyArg_CheckPositional: TypeError unless min <= nargs <= max.
func checkPositionalCount(_ name: String, _ nargs: Int, _ min: Int, _ max: Int) -> Bool {
    if nargs < min {
        setError(PyExc_TypeError, "\(name) expected \(min == max ? "" : "at least ")\(min) argument\(min == 1 ? "" : "s"), got \(nargs)")
        return false
    }
    if nargs > max {
        setError(PyExc_TypeError, "\(name) expected \(min == max ? "" : "at most ")\(max) argument\(max == 1 ? "" : "s"), got \(nargs)")
        return false
    }
    return true
}

/// CPython's _PyArg_NoKeywords for tp_new/tp_init (kwargs: a dict or NULL).
func checkNoKeywords(_ name: String, _ kwargs: PyObjectRef?) -> Bool {
    guard let kw = kwargs else { return true }
    if dictCheck(kw) && PyDict_GET_SIZE_(kw) == 0 { return true }
    setError(PyExc_TypeError, "\(name)() takes no keyword arguments")
    return false
}
/// CPython's _PyArg_NoKwnames for vectorcall (kwnames: a tuple or NULL).
func checkNoKwnames(_ name: String, _ kwnames: PyObjectRef?) -> Bool {
    guard let kw = kwnames, containerSize(kw) != 0 else { return true }
    setError(PyExc_TypeError, "\(name)() takes no keyword arguments")
    return false
}

@inline(__always) func PyDict_GET_SIZE_(_ d: PyObjectRef) -> Int { d.cast(to: PyDictObject.self).pointee.ma_used }

/// The items and count of a positional-args tuple.
@inline(__always) func argsTuple(_ args: PyObjectRef?) -> (UnsafeMutablePointer<PyObjectRef?>, Int) {
    guard let a = args else { return (UnsafeMutablePointer(bitPattern: 8)!, 0) }
    return (tupleItems(a), containerSize(a))
}

/// _PyEval_SliceIndex: None leaves *out unchanged; ints/__index__ are clamped to Py_ssize_t.
func sliceIndex(_ o: PyObjectRef, _ out: inout Int) -> Bool {
    if o == pyNone { return true }
    return sliceIndexNotNone(o, &out, allowNoneMessage: true)
}
/// _PyEval_SliceIndexNotNone.
func sliceIndexNotNone(_ o: PyObjectRef, _ out: inout Int, allowNoneMessage: Bool = false) -> Bool {
    if let v = smallIntValue(o) { out = v; return true }
    if indexCheck(o) {
        let x = PyNumber_AsSsize_t(o, nil)
        if x == -1 && PyErr_Occurred() != nil { return false }
        out = x
        return true
    }
    setError(PyExc_TypeError, allowNoneMessage
             ? "slice indices must be integers or None or have an __index__ method"
             : "slice indices must be integers or have an __index__ method")
    return false
}

/// repr(o) as a Swift string, or nil with an exception set.
func containerRepr(_ o: PyObjectRef) -> String? {
    guard let r = PyObject_Repr(o) else { return nil }
    defer { Py_DECREF(r) }
    return swiftString(r)
}

/// A Python str from a Swift string; nil with an exception set.
@inline(__always) func containerStr(_ s: String) -> PyObjectRef? { pyStr(s) }
