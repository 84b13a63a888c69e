// Test-only stand-ins for other areas' functions (never committed to the project).
import CPython
import Glibc

nonisolated(unsafe) var errType: PyObjectRef? = nil
nonisolated(unsafe) var errMsg = ""
nonisolated(unsafe) var excNames: [PyObjectRef: String] = [:]
nonisolated(unsafe) var pendingExcType: [PyObjectRef: PyObjectRef] = [:]

func makeExc(_ name: String) -> PyObjectRef {
    let p = UnsafeMutablePointer<PyObject>.allocate(capacity: 1)
    p.pointee = PyObject(ob_refcnt: 1 << 30, ob_type: SPyType_BaseObject())
    excNames[p] = name
    return p
}
func setupExceptions() {
    PyExc_TypeError = makeExc("TypeError"); PyExc_ValueError = makeExc("ValueError")
    PyExc_IndexError = makeExc("IndexError"); PyExc_OverflowError = makeExc("OverflowError")
    PyExc_LookupError = makeExc("LookupError"); PyExc_KeyError = makeExc("KeyError")
    PyExc_SystemError = makeExc("SystemError"); PyExc_MemoryError = makeExc("MemoryError")
    PyExc_BufferError = makeExc("BufferError"); PyExc_UnicodeEncodeError = makeExc("UnicodeEncodeError")
    PyExc_UnicodeDecodeError = makeExc("UnicodeDecodeError"); PyExc_AttributeError = makeExc("AttributeError")
}

@c @implementation public func PyErr_SetString(_ t: UnsafeMutablePointer<PyObject>?, _ s: UnsafePointer<CChar>?) { errType = t; errMsg = String(cString: s!) }
@c @implementation public func PyErr_Occurred() -> UnsafeMutablePointer<PyObject>? { errType }
@c @implementation public func PyErr_Clear() { errType = nil }
@c @implementation public func PyErr_SetObject(_ t: UnsafeMutablePointer<PyObject>?, _ v: UnsafeMutablePointer<PyObject>?) {
    if let v = v, let real = pendingExcType[v] { errType = real; errMsg = swiftString(v); return }
    errType = t; errMsg = v.map { isStr($0) ? swiftString($0) : swiftRepr(of: $0) } ?? ""
}
@c @implementation public func PyErr_ExceptionMatches(_ t: UnsafeMutablePointer<PyObject>?) -> Int32 {
    if errType == t { return 1 }
    if t == PyExc_LookupError && (errType == PyExc_KeyError || errType == PyExc_IndexError) { return 1 }
    return 0
}
@c @implementation public func PyErr_NoMemory() -> UnsafeMutablePointer<PyObject>? { errType = PyExc_MemoryError; errMsg = ""; return nil }
@c @implementation public func PyErr_BadArgument() -> Int32 { errType = PyExc_TypeError; errMsg = "bad argument type for built-in operation"; return 0 }
@c @implementation public func _PyErr_BadInternalCall(_ f: UnsafePointer<CChar>?, _ l: Int32) { errType = PyExc_SystemError; errMsg = "bad internal call" }
@c @implementation public func PyObject_Malloc(_ n: Int) -> UnsafeMutableRawPointer? { malloc(max(n, 1)) }
@c @implementation public func PyObject_Realloc(_ p: UnsafeMutableRawPointer?, _ n: Int) -> UnsafeMutableRawPointer? { realloc(p, max(n, 1)) }
@c @implementation public func PyObject_Free(_ p: UnsafeMutableRawPointer?) { free(p) }
@c @implementation public func PyMem_Malloc(_ n: Int) -> UnsafeMutableRawPointer? { malloc(max(n, 1)) }
@c @implementation public func PyMem_Realloc(_ p: UnsafeMutableRawPointer?, _ n: Int) -> UnsafeMutableRawPointer? { realloc(p, max(n, 1)) }
@c @implementation public func PyMem_Free(_ p: UnsafeMutableRawPointer?) { free(p) }

@c @implementation public func PyLong_FromSsize_t(_ v: Int) -> UnsafeMutablePointer<PyObject>? {
    let p = UnsafeMutablePointer<PyLongObject>.allocate(capacity: 1)
    p.pointee = PyLongObject(ob_base: PyObject(ob_refcnt: 1, ob_type: SPyType_Long()), ob_ival: Int64(v), ob_big: nil)
    return p.asPyObject
}
func isIntObj(_ o: PyObjectRef) -> Bool { o.pointee.ob_type == SPyType_Long() }
@c @implementation public func PyLong_AsSsize_t(_ o: UnsafeMutablePointer<PyObject>?) -> Int { Int(o!.cast(to: PyLongObject.self).pointee.ob_ival) }
@c @implementation public func PyLong_AsLongAndOverflow(_ o: UnsafeMutablePointer<PyObject>?, _ ov: UnsafeMutablePointer<Int32>?) -> Int { ov?.pointee = 0; return Int(o!.cast(to: PyLongObject.self).pointee.ob_ival) }
@c @implementation public func PyNumber_AsSsize_t(_ o: UnsafeMutablePointer<PyObject>?, _ e: UnsafeMutablePointer<PyObject>?) -> Int {
    if isIntObj(o!) { return PyLong_AsSsize_t(o) }
    errType = PyExc_TypeError; errMsg = "'\(strTypeName(o!))' object cannot be interpreted as an integer"; return -1
}
@c @implementation public func PyIndex_Check(_ o: UnsafeMutablePointer<PyObject>?) -> Int32 { isIntObj(o!) ? 1 : 0 }
@c @implementation public func PyNumber_Check(_ o: UnsafeMutablePointer<PyObject>?) -> Int32 { isIntObj(o!) ? 1 : 0 }
@c @implementation public func PyNumber_Index(_ o: UnsafeMutablePointer<PyObject>?) -> UnsafeMutablePointer<PyObject>? {
    if isIntObj(o!) { Py_INCREF(o!); return o }
    errType = PyExc_TypeError; errMsg = "'\(strTypeName(o!))' object cannot be interpreted as an integer"; return nil
}
@c @implementation public func PyNumber_Long(_ o: UnsafeMutablePointer<PyObject>?) -> UnsafeMutablePointer<PyObject>? { PyNumber_Index(o) }

@c @implementation public func PyTuple_New(_ n: Int) -> UnsafeMutablePointer<PyObject>? {
    let raw = calloc(1, MemoryLayout<PyVarObject>.size + 8 * max(n, 1))!
    let o = raw.assumingMemoryBound(to: PyObject.self)
    o.pointee = PyObject(ob_refcnt: 1, ob_type: SPyType_Tuple())
    o.cast(to: PyVarObject.self).pointee.ob_size = n
    return o
}
@c @implementation public func PyList_New(_ n: Int) -> UnsafeMutablePointer<PyObject>? {
    let p = UnsafeMutablePointer<PyListObject>.allocate(capacity: 1)
    let items = calloc(max(n, 1) + 64, 8)!.assumingMemoryBound(to: PyObjectRef?.self)
    p.pointee = PyListObject(ob_base: PyVarObject(ob_base: PyObject(ob_refcnt: 1, ob_type: SPyType_List()), ob_size: n), ob_item: items, allocated: n + 64)
    return p.asPyObject
}
@c @implementation public func PyList_Append(_ l: UnsafeMutablePointer<PyObject>?, _ x: UnsafeMutablePointer<PyObject>?) -> Int32 {
    let lp = l!.cast(to: PyListObject.self)
    let n = lp.pointee.ob_base.ob_size
    if n >= lp.pointee.allocated { fatalError("stub list full") }
    Py_INCREF(x!); lp.pointee.ob_item[n] = x; lp.pointee.ob_base.ob_size = n + 1
    return 0
}
@c @implementation public func PySequence_Fast(_ o: UnsafeMutablePointer<PyObject>?, _ m: UnsafePointer<CChar>?) -> UnsafeMutablePointer<PyObject>? {
    if o!.pointee.ob_type == SPyType_List() || o!.pointee.ob_type == SPyType_Tuple() { Py_INCREF(o!); return o }
    errType = PyExc_TypeError; errMsg = String(cString: m!); return nil
}
@c @implementation public func PyObject_Str(_ o: UnsafeMutablePointer<PyObject>?) -> UnsafeMutablePointer<PyObject>? {
    let o = o!
    if isStr(o) { return strExactCopy(o) }
    if isIntObj(o) { return pyStr(String(PyLong_AsSsize_t(o))) }
    if o == pyNone { return pyStr("None") }
    if let f = o.pointee.ob_type.pointee.tp_str { return f(o) }
    return pyStr("<obj>")
}
@c @implementation public func PyObject_Repr(_ o: UnsafeMutablePointer<PyObject>?) -> UnsafeMutablePointer<PyObject>? {
    let o = o!
    if isIntObj(o) || o == pyNone { return PyObject_Str(o) }
    if let f = o.pointee.ob_type.pointee.tp_repr { return f(o) }
    return pyStr("<obj>")
}
@c @implementation public func PyObject_ASCII(_ o: UnsafeMutablePointer<PyObject>?) -> UnsafeMutablePointer<PyObject>? {
    if isStr(o!) { return unicodeReprString(o!, asciiOnly: true) }
    return PyObject_Repr(o)
}
@c @implementation public func PyObject_Format(_ o: UnsafeMutablePointer<PyObject>?, _ spec: UnsafeMutablePointer<PyObject>?) -> UnsafeMutablePointer<PyObject>? {
    let o = o!, spec = spec!
    if isStr(o) { return unicodeFormatWithSpec(o, spec) }
    if isIntObj(o) {
        let v = PyLong_AsSsize_t(o)
        let s = swiftString(spec)
        let mag = v.magnitude
        var body: String
        switch s.last {
        case "x": body = String(mag, radix: 16)
        case "X": body = String(mag, radix: 16).uppercased()
        case "o": body = String(mag, radix: 8)
        default: body = String(mag)
        }
        if s.hasPrefix("#") { body = (s.last == "x" ? "0x" : s.last == "X" ? "0X" : "0o") + body }
        return pyStr((v < 0 ? "-" : "") + body)
    }
    return PyObject_Str(o)
}
@c @implementation public func PyUnicodeDecodeError_Create(_ enc: UnsafePointer<CChar>?, _ obj: UnsafePointer<CChar>?, _ len: Int, _ start: Int, _ end: Int, _ reason: UnsafePointer<CChar>?) -> UnsafeMutablePointer<PyObject>? {
    let p = UnsafeRawPointer(obj!).assumingMemoryBound(to: UInt8.self)
    let e = String(cString: enc!), r = String(cString: reason!)
    let msg: String
    if end - start == 1 { msg = "'\(e)' codec can't decode byte 0x\(String(format2: p[start])) in position \(start): \(r)" }
    else { msg = "'\(e)' codec can't decode bytes in position \(start)-\(end - 1): \(r)" }
    let s = pyStr(msg)!
    pendingExcType[s] = PyExc_UnicodeDecodeError
    return s
}
extension String { init(format2 b: UInt8) { self = (b < 16 ? "0" : "") + String(b, radix: 16) } }
@c @implementation public func PyObject_Call(_ c: UnsafeMutablePointer<PyObject>?, _ args: UnsafeMutablePointer<PyObject>?, _ kw: UnsafeMutablePointer<PyObject>?) -> UnsafeMutablePointer<PyObject>? {
    // UnicodeEncodeError(enc, obj, start, end, reason)
    let a = args!
    let enc = swiftString(sTupleAt(a, 0)), obj = sTupleAt(a, 1)
    let st = PyLong_AsSsize_t(sTupleAt(a, 2)), en = PyLong_AsSsize_t(sTupleAt(a, 3)), r = swiftString(sTupleAt(a, 4))
    let msg: String
    if en - st == 1 {
        let c = strAt(obj, st)
        let cs = c < 0x100 ? "\\x" + String(format2: UInt8(c)) : (c < 0x10000 ? "\\u" + String(repeating: "0", count: 4 - String(c, radix: 16).count) + String(c, radix: 16) : "\\U" + String(repeating: "0", count: 8 - String(c, radix: 16).count) + String(c, radix: 16))
        msg = "'\(enc)' codec can't encode character '\(cs)' in position \(st): \(r)"
    } else { msg = "'\(enc)' codec can't encode characters in position \(st)-\(en - 1): \(r)" }
    let s = pyStr(msg)!
    pendingExcType[s] = PyExc_UnicodeEncodeError
    return s
}
@c @implementation public func PyType_IsSubtype(_ a: UnsafeMutablePointer<PyTypeObject>?, _ b: UnsafeMutablePointer<PyTypeObject>?) -> Int32 {
    var t = a
    while let x = t { if x == b { return 1 }; t = x.pointee.tp_base }
    return 0
}
@c @implementation public func PyObject_GetItem(_ o: UnsafeMutablePointer<PyObject>?, _ k: UnsafeMutablePointer<PyObject>?) -> UnsafeMutablePointer<PyObject>? {
    if let mp = o!.pointee.ob_type.pointee.tp_as_mapping, let f = mp.pointee.mp_subscript { return f(o, k) }
    if let sq = o!.pointee.ob_type.pointee.tp_as_sequence, let f = sq.pointee.sq_item, isIntObj(k!) { return f(o, PyLong_AsSsize_t(k)) }
    errType = PyExc_TypeError; errMsg = "'\(strTypeName(o!))' object is not subscriptable"; return nil
}
@c @implementation public func PyMapping_Check(_ o: UnsafeMutablePointer<PyObject>?) -> Int32 {
    (o!.pointee.ob_type.pointee.tp_as_mapping?.pointee.mp_subscript != nil) ? 1 : 0
}
@c @implementation public func PySequence_Check(_ o: UnsafeMutablePointer<PyObject>?) -> Int32 {
    (o!.pointee.ob_type.pointee.tp_as_sequence?.pointee.sq_item != nil) ? 1 : 0
}
@c @implementation public func PySequence_GetItem(_ o: UnsafeMutablePointer<PyObject>?, _ i: Int) -> UnsafeMutablePointer<PyObject>? {
    if o!.pointee.ob_type == SPyType_Tuple() { let x = sTupleAt(o!, i); Py_INCREF(x); return x }
    return o!.pointee.ob_type.pointee.tp_as_sequence!.pointee.sq_item!(o, i)
}
@c @implementation public func _PyType_Lookup(_ t: UnsafeMutablePointer<PyTypeObject>?, _ n: UnsafeMutablePointer<PyObject>?) -> UnsafeMutablePointer<PyObject>? { nil }
@c @implementation public func PyObject_SelfIter(_ o: UnsafeMutablePointer<PyObject>?) -> UnsafeMutablePointer<PyObject>? { Py_INCREF(o!); return o }
@c @implementation public func PyObject_GenericGetAttr(_ o: UnsafeMutablePointer<PyObject>?, _ n: UnsafeMutablePointer<PyObject>?) -> UnsafeMutablePointer<PyObject>? { nil }
@c @implementation public func PyType_GenericAlloc(_ t: UnsafeMutablePointer<PyTypeObject>?, _ n: Int) -> UnsafeMutablePointer<PyObject>? { nil }
@c @implementation public func PyType_GenericNew(_ t: UnsafeMutablePointer<PyTypeObject>?, _ a: UnsafeMutablePointer<PyObject>?, _ k: UnsafeMutablePointer<PyObject>?) -> UnsafeMutablePointer<PyObject>? { nil }
@c @implementation public func PyObject_HashNotImplemented(_ o: UnsafeMutablePointer<PyObject>?) -> Int { -1 }
@c @implementation public func PyType_Ready(_ t: UnsafeMutablePointer<PyTypeObject>?) -> Int32 { t!.pointee.tp_flags |= UInt(Py_TPFLAGS_READY); return 0 }
@c @implementation public func PySlice_Unpack(_ s: UnsafeMutablePointer<PyObject>?, _ a: UnsafeMutablePointer<Int>?, _ b: UnsafeMutablePointer<Int>?, _ c: UnsafeMutablePointer<Int>?) -> Int32 {
    let sl = s!.cast(to: PySliceObject.self)
    let step = sl.pointee.step! == pyNone ? 1 : PyLong_AsSsize_t(sl.pointee.step)
    if step == 0 { errType = PyExc_ValueError; errMsg = "slice step cannot be zero"; return -1 }
    c!.pointee = step
    a!.pointee = sl.pointee.start! == pyNone ? (step < 0 ? Int.max : 0) : PyLong_AsSsize_t(sl.pointee.start)
    b!.pointee = sl.pointee.stop! == pyNone ? (step < 0 ? Int.min : Int.max) : PyLong_AsSsize_t(sl.pointee.stop)
    return 0
}
@c @implementation public func PySlice_AdjustIndices(_ n: Int, _ a: UnsafeMutablePointer<Int>?, _ b: UnsafeMutablePointer<Int>?, _ step: Int) -> Int {
    var start = a!.pointee, stop = b!.pointee
    if start < 0 { start += n; if start < 0 { start = step < 0 ? -1 : 0 } } else if start >= n { start = step < 0 ? n - 1 : n }
    if stop < 0 { stop += n; if stop < 0 { stop = step < 0 ? -1 : 0 } } else if stop >= n { stop = step < 0 ? n - 1 : n }
    a!.pointee = start; b!.pointee = stop
    if step < 0 { return stop < start ? (start - stop - 1) / (-step) + 1 : 0 }
    return start < stop ? (stop - start - 1) / step + 1 : 0
}
nonisolated(unsafe) var iterState: [PyObjectRef: Int] = [:]
@c @implementation public func PyObject_GetIter(_ o: UnsafeMutablePointer<PyObject>?) -> UnsafeMutablePointer<PyObject>? {
    if o!.pointee.ob_type == SPyType_List() { iterState[o!] = 0; Py_INCREF(o!); return o }
    if let f = o!.pointee.ob_type.pointee.tp_iter { return f(o) }
    errType = PyExc_TypeError; errMsg = "'\(strTypeName(o!))' object is not iterable"; return nil
}
@c @implementation public func PyIter_Next(_ o: UnsafeMutablePointer<PyObject>?) -> UnsafeMutablePointer<PyObject>? {
    if o!.pointee.ob_type == SPyType_List() {
        let i = iterState[o!]!
        if i >= bLen(o!) { return nil }
        iterState[o!] = i + 1
        let x = sListItems(o!)[i]!; Py_INCREF(x); return x
    }
    return o!.pointee.ob_type.pointee.tp_iternext!(o)
}
