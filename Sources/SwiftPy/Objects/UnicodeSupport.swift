// Small helpers shared by the str/bytes/bytearray files: tuple/list layout access, argument
// parsing for METH_FASTCALL methods, index conversion.
import CPython
import Glibc

// MARK: - Tuple / list layout access (the C macros are not visible to Swift)

@inline(__always) func sTupleSize(_ t: PyObjectRef) -> Int { t.cast(to: PyVarObject.self).pointee.ob_size }
@inline(__always) func sTupleItems(_ t: PyObjectRef) -> UnsafeMutablePointer<PyObjectRef?> {
    (UnsafeMutableRawPointer(t) + MemoryLayout<PyVarObject>.size).assumingMemoryBound(to: PyObjectRef?.self)
}
/// Borrowed item i of a tuple.
@inline(__always) func sTupleAt(_ t: PyObjectRef, _ i: Int) -> PyObjectRef { sTupleItems(t)[i]! }
@inline(__always) func sIsTuple(_ o: PyObjectRef) -> Bool { o.pointee.ob_type.pointee.tp_flags & UInt(Py_TPFLAGS_TUPLE_SUBCLASS) != 0 }
@inline(__always) func sIsList(_ o: PyObjectRef) -> Bool { o.pointee.ob_type.pointee.tp_flags & UInt(Py_TPFLAGS_LIST_SUBCLASS) != 0 }
@inline(__always) func sIsDict(_ o: PyObjectRef) -> Bool { o.pointee.ob_type.pointee.tp_flags & UInt(Py_TPFLAGS_DICT_SUBCLASS) != 0 }
@inline(__always) func sIsInt(_ o: PyObjectRef) -> Bool { o.pointee.ob_type.pointee.tp_flags & UInt(Py_TPFLAGS_LONG_SUBCLASS) != 0 }
@inline(__always) func sIsBytes(_ o: PyObjectRef) -> Bool { o.pointee.ob_type.pointee.tp_flags & UInt(Py_TPFLAGS_BYTES_SUBCLASS) != 0 }
@inline(__always) func sListItems(_ l: PyObjectRef) -> UnsafeMutablePointer<PyObjectRef?> { l.cast(to: PyListObject.self).pointee.ob_item ?? UnsafeMutablePointer(bitPattern: 8)! }

/// A new tuple that takes ownership of `items` (steals every reference).
func sTupleSteal(_ items: [PyObjectRef]) -> PyObjectRef? {
    guard let t = PyTuple_New(items.count) else { for x in items { Py_DECREF(x) }; return nil }
    let d = sTupleItems(t)
    for (i, x) in items.enumerated() { d[i] = x }
    return t
}

/// A new list that takes ownership of `items` (steals every reference).
func sListSteal(_ items: UnsafeMutableBufferPointer<PyObjectRef>, _ n: Int) -> PyObjectRef? {
    guard let l = PyList_New(n) else { for i in 0..<n { Py_DECREF(items[i]) }; return nil }
    if n > 0 {
        let d = sListItems(l)
        for i in 0..<n { d[i] = items[i] }
    }
    return l
}

/// Accumulates new references and turns them into a list.
struct RefList: ~Copyable {
    var buf: UnsafeMutablePointer<PyObjectRef>
    var count = 0
    var cap: Int
    init(capacity: Int = 8) {
        cap = max(capacity, 4)
        buf = UnsafeMutablePointer<PyObjectRef>.allocate(capacity: cap)
    }
    deinit {
        for i in 0..<count { Py_DECREF(buf[i]) }
        buf.deallocate()
    }
    /// Steals o.
    @inline(__always) mutating func append(_ o: PyObjectRef) {
        if count == cap {
            let nb = UnsafeMutablePointer<PyObjectRef>.allocate(capacity: cap * 2)
            nb.moveInitialize(from: buf, count: count)
            buf.deallocate()
            buf = nb
            cap *= 2
        }
        buf[count] = o
        count &+= 1
    }
    mutating func reverse() {
        var i = 0, j = count - 1
        while i < j { let t = buf[i]; buf[i] = buf[j]; buf[j] = t; i += 1; j -= 1 }
    }
    /// The list (new reference); ownership of the items moves into it.
    consuming func finishList() -> PyObjectRef? {
        let l = PyList_New(count)
        if let l = l {
            if count > 0 { let d = sListItems(l); for i in 0..<count { d[i] = buf[i] } }
            count = 0
        }
        return l
    }
    consuming func finishTuple() -> PyObjectRef? {
        let t = PyTuple_New(count)
        if let t = t {
            let d = sTupleItems(t)
            for i in 0..<count { d[i] = buf[i] }
            count = 0
        }
        return t
    }
}

// MARK: - Arguments

typealias ArgVec = UnsafePointer<PyObjectRef?>?

/// Parses METH_FASTCALL|METH_KEYWORDS arguments into `out` (borrowed; nil = not given).
/// Messages follow CPython's argument clinic.
func parseArgs(_ fname: String, _ args: ArgVec, _ nargs: Int, _ kwnames: PyObjectRef?,
               _ names: [String], required: Int, out: inout [PyObjectRef?], posOnly: Int = 0) -> Bool {
    let maxn = names.count
    if nargs > maxn {
        strRaise(PyExc_TypeError, "\(fname)() takes at most \(maxn) argument\(maxn == 1 ? "" : "s") (\(nargs) given)")
        return false
    }
    for i in 0..<nargs { out[i] = args![i] }
    if let kw = kwnames {
        let nk = sTupleSize(kw)
        for k in 0..<nk {
            let key = sTupleAt(kw, k)
            let ks = swiftString(key)
            guard let idx = names.firstIndex(of: ks), idx >= posOnly else {
                strRaise(PyExc_TypeError, "'\(ks)' is an invalid keyword argument for \(fname)()")
                return false
            }
            if out[idx] != nil {
                strRaise(PyExc_TypeError, "argument for \(fname)() given by name ('\(ks)') and position (\(idx + 1))")
                return false
            }
            out[idx] = args![nargs + k]
        }
    }
    for i in 0..<required where out[i] == nil {
        if kwnames == nil || i < posOnly {
            strRaise(PyExc_TypeError, "\(fname)() takes at least \(required) positional argument\(required == 1 ? "" : "s") (\(nargs) given)")
        } else {
            strRaise(PyExc_TypeError, "\(fname)() missing required argument '\(names[i])' (pos \(i + 1))")
        }
        return false
    }
    return true
}

/// Checks a plain METH_FASTCALL positional count ("name() takes at least/at most ...").
@inline(__always) func checkArgCount(_ fname: String, _ nargs: Int, _ minN: Int, _ maxN: Int) -> Bool {
    if nargs < minN {
        strRaise(PyExc_TypeError, "\(fname)() takes at least \(minN) argument\(minN == 1 ? "" : "s") (\(nargs) given)")
        return false
    }
    if nargs > maxN {
        strRaise(PyExc_TypeError, "\(fname)() takes at most \(maxN) argument\(maxN == 1 ? "" : "s") (\(nargs) given)")
        return false
    }
    return true
}

/// "name expected at least N arguments, got M" (the _PyArg_CheckPositional form).
@inline(__always) func checkPositional(_ fname: String, _ nargs: Int, _ minN: Int, _ maxN: Int) -> Bool {
    if nargs < minN {
        strRaise(PyExc_TypeError, "\(fname) expected \(minN == maxN ? "" : "at least ")\(minN) argument\(minN == 1 ? "" : "s"), got \(nargs)")
        return false
    }
    if nargs > maxN {
        strRaise(PyExc_TypeError, "\(fname) expected at most \(maxN) argument\(maxN == 1 ? "" : "s"), got \(nargs)")
        return false
    }
    return true
}

/// An index-like argument as Int (OverflowError on overflow). nil result = error set.
@inline(__always) func argAsSsize(_ o: PyObjectRef) -> Int? {
    if sIsInt(o), o.pointee.ob_type == SPyType_Long() {
        let l = o.cast(to: PyLongObject.self)
        if l.pointee.ob_big == nil { return Int(l.pointee.ob_ival) }
    }
    let v = PyNumber_AsSsize_t(o, PyExc_OverflowError)
    if v == -1 && PyErr_Occurred() != nil { return nil }
    return v
}

/// A slice index argument (None allowed, meaning `dflt`), clamped like _PyEval_SliceIndex.
@inline(__always) func sliceIndexArg(_ o: PyObjectRef?, _ dflt: Int) -> Int? {
    guard let o = o, o != pyNone else { return dflt }
    if sIsInt(o), o.pointee.ob_type == SPyType_Long() {
        let l = o.cast(to: PyLongObject.self)
        if l.pointee.ob_big == nil { return Int(l.pointee.ob_ival) }
    }
    if PyIndex_Check(o) == 0 {
        strRaise(PyExc_TypeError, "slice indices must be integers or None or have an __index__ method")
        return nil
    }
    let v = PyNumber_AsSsize_t(o, nil)   // clamps on overflow
    if v == -1 && PyErr_Occurred() != nil { return nil }
    return v
}

/// Adjusts start/end like CPython's ADJUST_INDICES for a sequence of length n.
@inline(__always) func adjustIndices(_ start: inout Int, _ end: inout Int, _ n: Int) {
    if end > n { end = n } else if end < 0 { end += n; if end < 0 { end = 0 } }
    if start < 0 { start += n; if start < 0 { start = 0 } }
}

/// A new int.
@inline(__always) func sInt(_ v: Int) -> PyObjectRef? { PyLong_FromSsize_t(v) }
