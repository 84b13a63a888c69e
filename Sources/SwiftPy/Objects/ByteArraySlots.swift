// bytearray slots and mutating methods: item/slice assignment and deletion, append, extend, insert,
// pop, remove, reverse, clear, copy, +=, *=; plus the shared bytes methods.
import CPython
import Glibc

/// An int argument in range(256) (messages as CPython's _getbytevalue).
func byteValueArg(_ o: PyObjectRef) -> UInt8? {
    guard let v = argAsSsize(o) else {
        if PyErr_ExceptionMatches(PyExc_OverflowError) != 0 {
            PyErr_Clear(); strRaise(PyExc_ValueError, "byte must be in range(0, 256)")
        }
        return nil
    }
    if v < 0 || v > 255 { strRaise(PyExc_ValueError, "byte must be in range(0, 256)"); return nil }
    return UInt8(v)
}

/// Replaces self[lo..<hi] with p[0..<n] (p must not alias self's storage). false = error set.
func baSetSlice(_ o: PyObjectRef, _ lo: Int, _ hi0: Int, _ p: UnsafePointer<UInt8>?, _ n: Int) -> Bool {
    let size = baLen(o)
    let hi = max(hi0, lo)
    let growth = n - (hi - lo)
    if growth < 0 {
        if baObj(o).pointee.ob_exports > 0 {
            PyErr_SetString(PyExc_BufferError, "Existing exports of data: object cannot be re-sized"); return false
        }
        if lo == 0 && n == 0 {
            // deleting a prefix: move the start (amortised O(1) for del b[:k] / pop(0))
            let b = baObj(o)
            b.pointee.ob_start = b.pointee.ob_start! + (hi - lo)
            b.pointee.ob_base.ob_size = size - hi
            return true
        }
        let d = baData(o)
        memmove(d + lo + n, d + hi, size - hi)
        if !baResize(o, size + growth) { return false }
    } else if growth > 0 {
        if !baResize(o, size + growth) { return false }
        let d = baData(o)
        memmove(d + hi + growth, d + hi, size - hi)
    }
    if n > 0, let p = p { memcpy(baData(o) + lo, p, n) }
    return true
}

let bytearrayReprSlot: @convention(c) (PyObjectRef?) -> PyObjectRef? = { o in
    let o = o!
    let tn = String(cString: o.pointee.ob_type.pointee.tp_name)
    let short = tn.split(separator: ".").last.map(String.init) ?? tn
    return bytesReprString(baData(o), baLen(o), wrapper: short)
}

let bytearrayRichCompare: @convention(c) (PyObjectRef?, PyObjectRef?, Int32) -> PyObjectRef? = { a, b, op in
    let a = a!, b = b!
    if PyObject_CheckBuffer(a) == 0 || PyObject_CheckBuffer(b) == 0 || isStr(a) || isStr(b) {
        Py_INCREF(pyNotImplemented); return pyNotImplemented
    }
    guard let ta = bytesLikeArg(a) else { return nil }
    defer { Py_DECREF(ta) }
    guard let tb = bytesLikeArg(b) else { return nil }
    defer { Py_DECREF(tb) }
    let na = bLen(ta), nb = bLen(tb)
    if (op == Py_EQ || op == Py_NE) && na != nb { return pyBool(op == Py_NE) }
    return richFromCompare(compareBytes(bPtr(ta), na, bPtr(tb), nb), op)
}

let bytearrayLengthSlot: @convention(c) (PyObjectRef?) -> Int = { o in baLen(o!) }

let bytearrayConcatSlot: @convention(c) (PyObjectRef?, PyObjectRef?) -> PyObjectRef? = { a, b in
    let a = a!, b = b!
    if PyObject_CheckBuffer(b) == 0 {
        return strRaise(PyExc_TypeError, "can't concat \(strTypeName(b)) to \(strTypeName(a))")
    }
    return PyByteArray_Concat(a, b)
}

let bytearrayInplaceConcat: @convention(c) (PyObjectRef?, PyObjectRef?) -> PyObjectRef? = { a, b in
    let a = a!, b = b!
    if PyObject_CheckBuffer(b) == 0 {
        return strRaise(PyExc_TypeError, "can't concat \(strTypeName(b)) to \(strTypeName(a))")
    }
    guard let tb = bytesLikeArg(b) else { return nil }
    defer { Py_DECREF(tb) }
    let n = baLen(a), m = bLen(tb)
    if m > 0 {
        if tb == a {
            guard let copy = bytesFrom(baData(a), n) else { return nil }
            defer { Py_DECREF(copy) }
            if !baResize(a, n + m) { return nil }
            memcpy(baData(a) + n, bytesData(copy), m)
        } else {
            if !baResize(a, n + m) { return nil }
            memcpy(baData(a) + n, bPtr(tb), m)
        }
    }
    Py_INCREF(a)
    return a
}

let bytearrayRepeatSlot: @convention(c) (PyObjectRef?, Int) -> PyObjectRef? = { o, count in
    let o = o!
    let n = baLen(o)
    if count <= 0 || n == 0 { return bytearrayFrom(nil, 0) }
    if n > Int.max / count { return PyErr_NoMemory() }
    guard let r = bytearrayFrom(nil, n * count) else { return nil }
    memcpy(baData(r), baData(o), n)
    fillRepeat(baData(r), unit: n, total: n * count)
    return r
}

let bytearrayInplaceRepeat: @convention(c) (PyObjectRef?, Int) -> PyObjectRef? = { o, count in
    let o = o!
    let n = baLen(o)
    if count <= 0 || n == 0 {
        if !baResize(o, 0) { return nil }
    } else {
        if n > Int.max / count { return PyErr_NoMemory() }
        if !baResize(o, n * count) { return nil }
        fillRepeat(baData(o), unit: n, total: n * count)
    }
    Py_INCREF(o)
    return o
}

let bytearrayItemSlot: @convention(c) (PyObjectRef?, Int) -> PyObjectRef? = { o, i in
    if i < 0 || i >= baLen(o!) { PyErr_SetString(PyExc_IndexError, "bytearray index out of range"); return nil }
    return sInt(Int(baData(o!)[i]))
}

let bytearrayAssItemSlot: @convention(c) (PyObjectRef?, Int, PyObjectRef?) -> Int32 = { o, i, v in
    let o = o!
    if i < 0 || i >= baLen(o) { PyErr_SetString(PyExc_IndexError, "bytearray index out of range"); return -1 }
    guard let v = v else { return baSetSlice(o, i, i + 1, nil, 0) ? 0 : -1 }
    guard let b = byteValueArg(v) else { return -1 }
    baData(o)[i] = b
    return 0
}

let bytearraySubscriptSlot: @convention(c) (PyObjectRef?, PyObjectRef?) -> PyObjectRef? = { o, key in
    let o = o!
    let n = baLen(o)
    guard let (i, sl) = byteSubscriptKey(key!, n, "bytearray") else { return nil }
    guard let (start, step, count) = sl else {
        if i < 0 || i >= n { PyErr_SetString(PyExc_IndexError, "bytearray index out of range"); return nil }
        return sInt(Int(baData(o)[i]))
    }
    if count <= 0 { return bytearrayFrom(nil, 0) }
    if step == 1 { return bytearrayFrom(baData(o) + start, count) }
    guard let r = bytearrayFrom(nil, count) else { return nil }
    gatherBytes(baData(r), baData(o), start, step, count)
    return r
}

let bytearrayAssSubscriptSlot: @convention(c) (PyObjectRef?, PyObjectRef?, PyObjectRef?) -> Int32 = { o, key, values in
    let o = o!
    let n = baLen(o)
    guard let (i, sl) = byteSubscriptKey(key!, n, "bytearray") else { return -1 }
    guard let (start, step, count) = sl else {
        if i < 0 || i >= n { PyErr_SetString(PyExc_IndexError, "bytearray index out of range"); return -1 }
        guard let v = values else { return baSetSlice(o, i, i + 1, nil, 0) ? 0 : -1 }
        guard let b = byteValueArg(v) else { return -1 }
        baData(o)[i] = b
        return 0
    }
    // the replacement bytes (a private copy)
    var src: PyObjectRef? = nil
    if let v = values {
        if PyNumber_Check(v) != 0 && PyObject_CheckBuffer(v) == 0 || isStr(v) {
            strRaise(PyExc_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
            return -1
        }
        if PyObject_CheckBuffer(v) != 0 {
            guard let b = (sIsBytes(v) || isByteArray(v)) ? bytesFrom(bPtr(v), bLen(v)) : bytesLikeArg(v) else { return -1 }
            src = b
        } else {
            guard let b = bytesFromObjectNoInt(v, typeWord: "bytearray") else { return -1 }
            src = b
        }
    }
    defer { Py_XDECREF(src) }
    if step == 1 {
        let stop = start + count
        return baSetSlice(o, start, stop, src.map { UnsafePointer(bPtr($0)) }, src.map { bLen($0) } ?? 0) ? 0 : -1
    }
    guard let s = src else {
        // extended-slice deletion
        if count <= 0 { return 0 }
        if baObj(o).pointee.ob_exports > 0 {
            PyErr_SetString(PyExc_BufferError, "Existing exports of data: object cannot be re-sized"); return -1
        }
        var lo = start, st = step
        if st < 0 { lo = start + st * (count - 1); st = -st }
        let d = baData(o)
        var del = [Bool](repeating: false, count: n)
        for k in 0..<count { del[lo + k * st] = true }
        var w = 0
        for r in 0..<n where !del[r] { d[w] = d[r]; w += 1 }
        return baResize(o, w) ? 0 : -1
    }
    if bLen(s) != count {
        strRaise(PyExc_ValueError, "attempt to assign bytes of size \(bLen(s)) to extended slice of size \(count)")
        return -1
    }
    let d = baData(o), p = bPtr(s)
    var i2 = start
    for k in 0..<count { d[i2] = p[k]; i2 += step }
    return 0
}

let bytearrayContainsSlot: @convention(c) (PyObjectRef?, PyObjectRef?) -> Int32 = { o, x in bContains(o!, x!) }

let bytearrayIterSlot: @convention(c) (PyObjectRef?) -> PyObjectRef? = { o in
    if !readyIterType(bytearrayIterType) { return nil }
    return makeSeqIterator(bytearrayIterType, o!)
}

let bytearrayRemainderSlot: @convention(c) (PyObjectRef?, PyObjectRef?) -> PyObjectRef? = { a, b in
    let a = a!
    if !isByteArray(a) { Py_INCREF(pyNotImplemented); return pyNotImplemented }
    return bytesPercentFormat(a, b!)
}

let bytearrayInit: @convention(c) (PyObjectRef?, PyObjectRef?, PyObjectRef?) -> Int32 = { o, args, kwargs in
    let o = o!
    guard let vals = parseBytesCtorArgs("bytearray", args, kwargs) else { return -1 }
    guard let content = bytesCtorContents("bytearray", vals) else { return -1 }
    defer { Py_DECREF(content) }
    if !baResize(o, 0) { return -1 }
    let n = bytesLen(content)
    if n > 0 {
        if !baResize(o, n) { return -1 }
        memcpy(baData(o), bytesData(content), n)
    }
    return 0
}

// MARK: - methods

private let baAppend: OneArgFn = { o, v in
    let o = o!
    guard let b = byteValueArg(v!) else { return nil }
    let n = baLen(o)
    if !baResize(o, n + 1) { return nil }
    baData(o)[n] = b
    return pyNoneRef()
}

private let baExtend: OneArgFn = { o, v in
    let o = o!, v = v!
    if PyObject_CheckBuffer(v) != 0 {
        guard let r = bytearrayInplaceConcat(o, v) else { return nil }
        Py_DECREF(r)
        return pyNoneRef()
    }
    guard let it = PyObject_GetIter(v) else {
        if PyErr_ExceptionMatches(PyExc_TypeError) != 0 {
            PyErr_Clear()
            return strRaise(PyExc_TypeError, "can't extend bytearray with \(strTypeName(v))")
        }
        return nil
    }
    defer { Py_DECREF(it) }
    var buf = ByteBuffer()
    while let item = PyIter_Next(it) {
        let b = byteValueArg(item)
        Py_DECREF(item)
        guard let b = b else { return nil }
        buf.append(b)
    }
    if PyErr_Occurred() != nil { return nil }
    let n = baLen(o)
    if buf.count > 0 {
        if !baResize(o, n + buf.count) { return nil }
        memcpy(baData(o) + n, buf.buf!, buf.count)
    }
    return pyNoneRef()
}

private let baInsert: FastFn = { o, args, nargs in
    let o = o!
    if !checkPositional("insert", nargs, 2, 2) { return nil }
    guard var i = argAsSsize(args![0]!) else { return nil }
    guard let b = byteValueArg(args![1]!) else { return nil }
    let n = baLen(o)
    if i < 0 { i += n; if i < 0 { i = 0 } }
    if i > n { i = n }
    var byte = b
    return baSetSlice(o, i, i, &byte, 1) ? pyNoneRef() : nil
}

private let baPop: FastFn = { o, args, nargs in
    let o = o!
    if !checkPositional("pop", nargs, 0, 1) { return nil }
    var i = -1
    if nargs == 1 { guard let x = argAsSsize(args![0]!) else { return nil }; i = x }
    let n = baLen(o)
    if n == 0 { return strRaise(PyExc_IndexError, "pop from empty bytearray") }
    if i < 0 { i += n }
    if i < 0 || i >= n { return strRaise(PyExc_IndexError, "pop index out of range") }
    let v = baData(o)[i]
    if !baSetSlice(o, i, i + 1, nil, 0) { return nil }
    return sInt(Int(v))
}

private let baRemove: OneArgFn = { o, v in
    let o = o!
    guard let b = byteValueArg(v!) else { return nil }
    guard let p = memchr(baData(o), Int32(b), baLen(o)) else {
        return strRaise(PyExc_ValueError, "value not found in bytearray")
    }
    let i = UnsafeRawPointer(p) - UnsafeRawPointer(baData(o))
    return baSetSlice(o, i, i + 1, nil, 0) ? pyNoneRef() : nil
}

private let baReverse: NoArgsFn = { o, _ in
    let d = baData(o!)
    var i = 0, j = baLen(o!) - 1
    while i < j { let t = d[i]; d[i] = d[j]; d[j] = t; i += 1; j -= 1 }
    return pyNoneRef()
}

private let baClear: NoArgsFn = { o, _ in baResize(o!, 0) ? pyNoneRef() : nil }
private let baCopy: NoArgsFn = { o, _ in bytearrayFrom(baData(o!), baLen(o!)) }
private let baAlloc: NoArgsFn = { o, _ in sInt(baObj(o!).pointee.ob_alloc) }
private let baSizeOf: NoArgsFn = { o, _ in sInt(MemoryLayout<PyByteArrayObject>.size + baObj(o!).pointee.ob_alloc) }
private let baFromHex: OneArgFn = { cls, s in
    guard let b = parseFromHex(s!) else { return nil }
    defer { Py_DECREF(b) }
    guard let args = sTupleSteal([{ Py_INCREF(b); return b }()]) else { return nil }
    defer { Py_DECREF(args) }
    return PyObject_Call(cls!, args, nil)
}
/// CPython's bytearray _common_reduce: (type, (latin-1 str, 'latin-1') or (bytes,), __dict__ or None).
private func baCommonReduce(_ o: PyObjectRef, proto: Int) -> PyObjectRef? {
    let inner: PyObjectRef
    if proto < 3 {
        guard let s = strFromLatin1(baData(o), baLen(o)), let enc = pyStr("latin-1") else { return nil }
        guard let t = sTupleSteal([s, enc]) else { return nil }
        inner = t
    } else {
        guard let b = bytesFrom(baData(o), baLen(o)), let t = sTupleSteal([b]) else { return nil }
        inner = t
    }
    Py_INCREF(o.pointee.ob_type.asObject)
    var dict: PyObjectRef = pyNoneRef()
    if let dp = _PyObject_GetDictPtr(o), let d = dp.pointee { Py_DECREF(dict); Py_INCREF(d); dict = d }
    return sTupleSteal([o.pointee.ob_type.asObject, inner, dict])
}
private let baReduce: NoArgsFn = { o, _ in baCommonReduce(o!, proto: 0) }
private let baReduceEx: FastFn = { o, args, nargs in
    guard checkArgCount("__reduce_ex__", nargs, min: 0, max: 1) else { return nil }
    var proto = 0
    if nargs == 1 {
        proto = PyLong_AsLong(arg(args, 0))
        if proto == -1 && PyErr_Occurred() != nil { return nil }
    }
    return baCommonReduce(o!, proto: proto)
}

func initByteArrayType() {
    let t = SPyType_ByteArray()
    t.pointee.tp_name = immortalCString("bytearray")
    t.pointee.tp_basicsize = MemoryLayout<PyByteArrayObject>.size
    t.pointee.tp_itemsize = 0
    t.pointee.tp_dealloc = bytearrayDealloc
    t.pointee.tp_repr = bytearrayReprSlot
    t.pointee.tp_str = bytearrayReprSlot
    t.pointee.tp_hash = PyObject_HashNotImplemented
    t.pointee.tp_getattro = PyObject_GenericGetAttr
    t.pointee.tp_richcompare = bytearrayRichCompare
    t.pointee.tp_iter = bytearrayIterSlot
    t.pointee.tp_flags = UInt(Py_TPFLAGS_HAVE_VERSION_TAG) | UInt(Py_TPFLAGS_BASETYPE)   // not a sequence for match, like str/bytes
    t.pointee.tp_doc = immortalCString("""
        bytearray(iterable_of_ints) -> bytearray
        bytearray(string, encoding[, errors]) -> bytearray
        bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer
        bytearray(int) -> bytes array of size given by the parameter initialized with null bytes
        bytearray() -> empty bytes array

        Construct a mutable bytearray object from:
          - an iterable yielding integers in range(256)
          - a text string encoded using the specified encoding
          - a bytes or a buffer object
          - any object implementing the buffer API.
          - an integer
        """)
    t.pointee.tp_init = bytearrayInit
    t.pointee.tp_new = PyType_GenericNew
    t.pointee.tp_alloc = PyType_GenericAlloc
    t.pointee.tp_free = PyObject_Free
    var specs = sharedBytesMethodSpecs()
    specs += [
        .oneArg("append", baAppend),
        .noArgs("clear", baClear),
        .noArgs("copy", baCopy),
        .oneArg("extend", baExtend),
        .oneArg("fromhex", baFromHex, extraFlags: METH_CLASS),
        .fast("insert", baInsert),
        .fast("pop", baPop),
        .oneArg("remove", baRemove),
        .noArgs("reverse", baReverse),
        .noArgs("__alloc__", baAlloc),
        .noArgs("__sizeof__", baSizeOf),
        .noArgs("__reduce__", baReduce), .fast("__reduce_ex__", baReduceEx),
    ]
    t.pointee.tp_methods = makeMethodTable(specs)

    var nb = PyNumberMethods()
    nb.nb_remainder = bytearrayRemainderSlot
    t.pointee.tp_as_number = permanent(nb)
    var sq = PySequenceMethods()
    sq.sq_length = bytearrayLengthSlot
    sq.sq_concat = bytearrayConcatSlot
    sq.sq_repeat = bytearrayRepeatSlot
    sq.sq_item = bytearrayItemSlot
    sq.sq_ass_item = bytearrayAssItemSlot
    sq.sq_contains = bytearrayContainsSlot
    sq.sq_inplace_concat = bytearrayInplaceConcat
    sq.sq_inplace_repeat = bytearrayInplaceRepeat
    t.pointee.tp_as_sequence = permanent(sq)
    var mp = PyMappingMethods()
    mp.mp_length = bytearrayLengthSlot
    mp.mp_subscript = bytearraySubscriptSlot
    mp.mp_ass_subscript = bytearrayAssSubscriptSlot
    t.pointee.tp_as_mapping = permanent(mp)
    var bp = PyBufferProcs()
    bp.bf_getbuffer = bytearrayGetBuffer
    bp.bf_releasebuffer = bytearrayReleaseBuffer
    t.pointee.tp_as_buffer = permanent(bp)

    bytearrayIterType.pointee.ob_base = PyVarObject(ob_base: PyObject(ob_refcnt: immortalRefcnt, ob_type: SPyType_()), ob_size: 0)
    fillSeqIterType(bytearrayIterType, name: "bytearray_iterator", next: bytesIterNext)
}
