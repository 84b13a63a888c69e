// bytes slots: repr, hash, compare, concat, repeat, indexing, slicing, contains, iteration,
// buffer, %-formatting, bytes.__new__, and the bytes-only methods.
import CPython
import Glibc

// MARK: - repr

/// b'...' with CPython's escaping (prefix "b", optional wrapper like "bytearray(" ... ")").
func bytesReprString(_ p: UnsafePointer<UInt8>, _ n: Int, wrapper: String? = nil) -> PyObjectRef? {
    var hasSingle = false, hasDouble = false
    for i in 0..<n { if p[i] == 0x27 { hasSingle = true } else if p[i] == 0x22 { hasDouble = true } }
    let quote: UInt32 = (hasSingle && !hasDouble) ? 0x22 : 0x27
    var b = UnicodeBuilder(capacity: n + 3 + (wrapper?.utf8.count ?? 0) + 1)
    if let w = wrapper { b.append(w); b.append(0x28) }
    b.append(0x62); b.append(quote)
    for i in 0..<n {
        let c = UInt32(p[i])
        if c == quote || c == 0x5C { b.append(0x5C); b.append(c) }
        else if c == 0x09 { b.append(0x5C); b.append(0x74) }
        else if c == 0x0A { b.append(0x5C); b.append(0x6E) }
        else if c == 0x0D { b.append(0x5C); b.append(0x72) }
        else if c < 0x20 || c >= 0x7F { b.append(0x5C); b.append(0x78); b.append(hexDigit(c >> 4)); b.append(hexDigit(c)) }
        else { b.append(c) }
    }
    b.append(quote)
    if wrapper != nil { b.append(0x29) }
    return b.finish()
}

let bytesReprSlot: @convention(c) (PyObjectRef?) -> PyObjectRef? = { o in bytesReprString(bytesData(o!), bytesLen(o!)) }

let bytesHashSlot: @convention(c) (PyObjectRef?) -> Int = { o in
    let b = o!.cast(to: PyBytesObject.self)
    if b.pointee.ob_shash != -1 { return b.pointee.ob_shash }
    let h = hashRawBytes(bytesData(o!), bytesLen(o!))
    b.pointee.ob_shash = h
    return h
}

/// Compares two byte strings: negative, zero or positive.
@inline(__always) func compareBytes(_ a: UnsafePointer<UInt8>, _ na: Int, _ b: UnsafePointer<UInt8>, _ nb: Int) -> Int {
    let c = memcmp(a, b, min(na, nb))
    if c != 0 { return Int(c) }
    return na < nb ? -1 : (na > nb ? 1 : 0)
}

@inline(__always) func richFromCompare(_ c: Int, _ op: Int32) -> PyObjectRef {
    switch op {
    case Py_EQ: return pyBool(c == 0)
    case Py_NE: return pyBool(c != 0)
    case Py_LT: return pyBool(c < 0)
    case Py_LE: return pyBool(c <= 0)
    case Py_GT: return pyBool(c > 0)
    default: return pyBool(c >= 0)
    }
}

let bytesRichCompare: @convention(c) (PyObjectRef?, PyObjectRef?, Int32) -> PyObjectRef? = { a, b, op in
    let a = a!, b = b!
    if !sIsBytes(a) || !sIsBytes(b) { Py_INCREF(pyNotImplemented); return pyNotImplemented }
    let na = bytesLen(a), nb = bytesLen(b)
    if (op == Py_EQ || op == Py_NE) && na != nb { return pyBool(op == Py_NE) }
    if a == b { return richFromCompare(0, op) }
    return richFromCompare(compareBytes(bytesData(a), na, bytesData(b), nb), op)
}

// MARK: - sequence

let bytesLengthSlot: @convention(c) (PyObjectRef?) -> Int = { o in bytesLen(o!) }

let bytesConcatSlot: @convention(c) (PyObjectRef?, PyObjectRef?) -> PyObjectRef? = { a, b in
    let a = a!, b = b!
    if PyObject_CheckBuffer(a) == 0 || PyObject_CheckBuffer(b) == 0 {
        let bad = PyObject_CheckBuffer(a) == 0 ? a : b
        return strRaise(PyExc_TypeError, "can't concat \(strTypeName(bad)) to \(strTypeName(a))")
    }
    // as CPython: a buffer that cannot be had simply (a strided view) is "can't concat"
    guard let ta = bytesLikeArg(a) else {
        PyErr_Clear(); return strRaise(PyExc_TypeError, "can't concat \(strTypeName(b)) to \(strTypeName(a))")
    }
    defer { Py_DECREF(ta) }
    guard let tb = bytesLikeArg(b) else {
        PyErr_Clear(); return strRaise(PyExc_TypeError, "can't concat \(strTypeName(b)) to \(strTypeName(a))")
    }
    defer { Py_DECREF(tb) }
    let na = bLen(ta), nb = bLen(tb)
    if nb == 0 && isExactBytes(ta) { Py_INCREF(ta); return ta }
    if na == 0 && isExactBytes(tb) { Py_INCREF(tb); return tb }
    guard let r = allocBytes(na + nb) else { return nil }
    memcpy(bytesData(r), bPtr(ta), na)
    memcpy(bytesData(r) + na, bPtr(tb), nb)
    return r
}

let bytesRepeatSlot: @convention(c) (PyObjectRef?, Int) -> PyObjectRef? = { o, count in
    let o = o!
    let n = bytesLen(o)
    if count <= 0 || n == 0 { return bytesFrom(nil, 0) }
    if count == 1 && isExactBytes(o) { Py_INCREF(o); return o }
    if n > Int.max / count { return strRaise(PyExc_OverflowError, "repeated bytes are too long") }
    guard let r = allocBytes(n * count) else { return nil }
    memcpy(bytesData(r), bytesData(o), n)
    fillRepeat(bytesData(r), unit: n, total: n * count)
    return r
}

let bytesItemSlot: @convention(c) (PyObjectRef?, Int) -> PyObjectRef? = { o, i in
    if i < 0 || i >= bytesLen(o!) { PyErr_SetString(PyExc_IndexError, "index out of range"); return nil }
    return sInt(Int(bytesData(o!)[i]))
}

/// Gathers p[start], p[start+step], ... (count items) into buffer d.
@inline(__always) func gatherBytes(_ d: UnsafeMutablePointer<UInt8>, _ p: UnsafePointer<UInt8>, _ start: Int, _ step: Int, _ count: Int) {
    var i = start
    for j in 0..<count { d[j] = p[i]; i += step }
}

/// Index-or-slice dispatch shared by bytes and bytearray subscripting. Returns (index, nil) for
/// an index (already made non-negative but not bounds-checked), (0, slice info) for slices.
func byteSubscriptKey(_ key: PyObjectRef, _ n: Int, _ typeWord: String) -> (Int, (Int, Int, Int)?)? {
    if key.pointee.ob_type == SPyType_Slice() {
        var start = 0, stop = 0, step = 0
        if PySlice_Unpack(key, &start, &stop, &step) < 0 { return nil }
        let count = PySlice_AdjustIndices(n, &start, &stop, step)
        return (0, (start, step, count))
    }
    if PyIndex_Check(key) != 0 {
        var i = PyNumber_AsSsize_t(key, PyExc_IndexError)
        if i == -1 && PyErr_Occurred() != nil { return nil }
        if i < 0 { i += n }
        return (i, nil)
    }
    strRaise(PyExc_TypeError, "\(typeWord) indices must be integers or slices, not \(strTypeName(key))")
    return nil
}

let bytesSubscriptSlot: @convention(c) (PyObjectRef?, PyObjectRef?) -> PyObjectRef? = { o, key in
    let o = o!
    let n = bytesLen(o)
    guard let (i, sl) = byteSubscriptKey(key!, n, "byte") else { return nil }
    guard let (start, step, count) = sl else {
        if i < 0 || i >= n { PyErr_SetString(PyExc_IndexError, "index out of range"); return nil }
        return sInt(Int(bytesData(o)[i]))
    }
    if count <= 0 { return bytesFrom(nil, 0) }
    if step == 1 {
        if start == 0 && count == n && isExactBytes(o) { Py_INCREF(o); return o }
        return bytesFrom(bytesData(o) + start, count)
    }
    guard let r = allocBytes(count) else { return nil }
    gatherBytes(bytesData(r), bytesData(o), start, step, count)
    return r
}

let bytesContainsSlot: @convention(c) (PyObjectRef?, PyObjectRef?) -> Int32 = { o, x in bContains(o!, x!) }

/// Readies a Swift-allocated iterator type on first use (it has no C symbol for Lifecycle to ready).
@inline(__always) func readyIterType(_ t: PyTypeRef) -> Bool {
    if t.pointee.tp_flags & UInt(Py_TPFLAGS_READY) != 0 { return true }
    return PyType_Ready(t) == 0
}

let bytesIterSlot: @convention(c) (PyObjectRef?) -> PyObjectRef? = { o in
    if !readyIterType(bytesIterType) { return nil }
    return makeSeqIterator(bytesIterType, o!)
}

let bytesIterNext: @convention(c) (PyObjectRef?) -> PyObjectRef? = { it in
    let it = it!
    guard let s = iterSeq(it).pointee else { return nil }
    let i = iterIndex(it).pointee
    if i < bLen(s) {
        iterIndex(it).pointee = i + 1
        return sInt(Int(bPtr(s)[i]))
    }
    iterSeq(it).pointee = nil
    Py_DECREF(s)
    return nil
}

/// Iterator types of bytes and bytearray (no C symbols: they live in Swift memory).
nonisolated(unsafe) let bytesIterType: PyTypeRef = permanent(PyTypeObject())
nonisolated(unsafe) let bytearrayIterType: PyTypeRef = permanent(PyTypeObject())

let bytesGetBuffer: @convention(c) (PyObjectRef?, UnsafeMutablePointer<Py_buffer>?, Int32) -> Int32 = { o, view, flags in
    PyBuffer_FillInfo(view, o, UnsafeMutableRawPointer(bytesData(o!)), bytesLen(o!), 1, flags)
}

/// bytes % args and bytearray % args (the result has the kind of `fmt`).
func bytesPercentFormat(_ fmt: PyObjectRef, _ args: PyObjectRef) -> PyObjectRef? {
    guard let f = strFromLatin1(bPtr(fmt), bLen(fmt)) else { return nil }
    defer { Py_DECREF(f) }
    guard let r = unicodePercentFormat(f, args, bytesMode: true) else { return nil }
    defer { Py_DECREF(r) }
    if strKind(r) != 1 { return strRaise(PyExc_SystemError, "bytes formatting produced non-byte data") }
    return bNew(like: fmt, strBytes(r), strLen(r))
}

let bytesRemainderSlot: @convention(c) (PyObjectRef?, PyObjectRef?) -> PyObjectRef? = { a, b in
    let a = a!
    if !sIsBytes(a) { Py_INCREF(pyNotImplemented); return pyNotImplemented }
    return bytesPercentFormat(a, b!)
}

// MARK: - construction

/// bytes(x) for an object without encoding: __bytes__, int count, buffer, iterable of ints.
/// `typeWord` is "bytes" or "bytearray" (messages).
func bytesFromSource(_ x: PyObjectRef, typeWord: String) -> PyObjectRef? {
    if isExactBytes(x) { Py_INCREF(x); return x }
    if let meth = lookupSpecialMethod(x, "__bytes__") {
        let r = PyObject_CallNoArgs(meth)
        Py_DECREF(meth)
        guard let r = r else { return nil }
        if !sIsBytes(r) {
            Py_DECREF(r)
            return strRaise(PyExc_TypeError, "__bytes__ returned non-bytes (type \(strTypeName(r)))")
        }
        return r
    }
    if PyErr_Occurred() != nil { return nil }
    if isStr(x) { return strRaise(PyExc_TypeError, "string argument without an encoding") }
    if PyIndex_Check(x) != 0 {
        let n = PyNumber_AsSsize_t(x, PyExc_OverflowError)
        if n == -1 && PyErr_Occurred() != nil {
            if PyErr_ExceptionMatches(PyExc_OverflowError) != 0 { return nil }
            return nil
        }
        if n < 0 { return strRaise(PyExc_ValueError, "negative count") }
        guard let r = allocBytes(n) else { return nil }
        memset(bytesData(r), 0, n)
        return r
    }
    return bytesFromObjectNoInt(x, typeWord: typeWord)
}

/// Buffer or iterable of ints -> new bytes.
func bytesFromObjectNoInt(_ x: PyObjectRef, typeWord: String) -> PyObjectRef? {
    if PyObject_CheckBuffer(x) != 0 {
        if sIsBytes(x) || isByteArray(x) { return bytesFrom(bPtr(x), bLen(x)) }
        return bytesFromAnyBuffer(x)
    }
    let rangeMsg = typeWord == "bytes" ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)"
    var out = ByteBuffer()
    if sIsList(x) || sIsTuple(x) {
        let n = bLen(x)
        for i in 0..<n {
            let it = sIsList(x) ? sListItems(x)[i]! : sTupleAt(x, i)
            guard let v = argAsSsize(it) else { return nil }
            if v < 0 || v > 255 { return strRaise(PyExc_ValueError, rangeMsg) }
            out.append(UInt8(v))
            if sIsList(x) && i + 1 >= bLen(x) { break }
        }
        return out.finishBytes()
    }
    guard let it = PyObject_GetIter(x) else {
        if PyErr_ExceptionMatches(PyExc_TypeError) != 0 {
            PyErr_Clear()
            return strRaise(PyExc_TypeError, "cannot convert '\(strTypeName(x))' object to \(typeWord)")
        }
        return nil
    }
    defer { Py_DECREF(it) }
    while let item = PyIter_Next(it) {
        let v = argAsSsize(item)
        Py_DECREF(item)
        guard let v = v else { return nil }
        if v < 0 || v > 255 { return strRaise(PyExc_ValueError, rangeMsg) }
        out.append(UInt8(v))
    }
    if PyErr_Occurred() != nil { return nil }
    return out.finishBytes()
}

/// Parses (source, encoding, errors) from tuple/dict arguments of bytes()/bytearray().
func parseBytesCtorArgs(_ fname: String, _ args: PyObjectRef?, _ kwargs: PyObjectRef?) -> [PyObjectRef?]? {
    var vals: [PyObjectRef?] = [nil, nil, nil]
    let names = ["source", "encoding", "errors"]
    let nargs = args.map { sTupleSize($0) } ?? 0
    if nargs > 3 { strRaise(PyExc_TypeError, "\(fname)() takes at most 3 arguments (\(nargs) given)"); return nil }
    for i in 0..<nargs { vals[i] = sTupleAt(args!, i) }
    if let kw = kwargs, PyDict_Size(kw) > 0 {
        var pos = 0
        var k: PyObjectRef? = nil, v: PyObjectRef? = nil
        while PyDict_Next(kw, &pos, &k, &v) != 0 {
            let ks = isStr(k!) ? swiftString(k!) : ""
            guard let idx = names.firstIndex(of: ks) else {
                strRaise(PyExc_TypeError, "'\(ks)' is an invalid keyword argument for \(fname)()"); return nil
            }
            if vals[idx] != nil {
                strRaise(PyExc_TypeError, "argument for \(fname)() given by name ('\(ks)') and position (\(idx + 1))"); return nil
            }
            vals[idx] = v
        }
    }
    for i in 1...2 {
        if let v = vals[i], !isStr(v) {
            strRaise(PyExc_TypeError, "\(fname)() argument '\(names[i])' must be str, not \(strTypeName(v))"); return nil
        }
    }
    return vals
}

/// bytes(...) / bytearray(...) contents as a new exact bytes.
func bytesCtorContents(_ fname: String, _ vals: [PyObjectRef?]) -> PyObjectRef? {
    let x = vals[0], enc = vals[1], err = vals[2]
    guard let x = x else {
        if enc != nil || err != nil { return strRaise(PyExc_TypeError, "encoding or errors without sequence argument") }
        return bytesFrom(nil, 0)
    }
    if let e = enc {
        if !isStr(x) { return strRaise(PyExc_TypeError, "encoding without a string argument") }
        return encodeStr(x, encoding: swiftString(e), errors: err.map { swiftString($0) })
    }
    if err != nil {
        return strRaise(PyExc_TypeError, isStr(x) ? "string argument without an encoding" : "errors without a string argument")
    }
    return bytesFromSource(x, typeWord: fname)
}

let bytesNewSlot: @convention(c) (PyTypeRef?, PyObjectRef?, PyObjectRef?) -> PyObjectRef? = { type, args, kwargs in
    let type = type!
    guard let vals = parseBytesCtorArgs("bytes", args, kwargs) else { return nil }
    guard let b = bytesCtorContents("bytes", vals) else { return nil }
    if type == SPyType_Bytes() { return b }
    defer { Py_DECREF(b) }
    // subclass: allocate through the type, copy the contents
    let n = bytesLen(b)
    guard let alloc = type.pointee.tp_alloc, let o = alloc(type, n) else { return nil }
    o.cast(to: PyBytesObject.self).pointee.ob_shash = -1
    memcpy(bytesData(o), bytesData(b), n)
    bytesData(o)[n] = 0
    return o
}

// MARK: - bytes-only methods

private let bytesFromHex: OneArgFn = { cls, s in
    guard let b = parseFromHex(s!) else { return nil }
    let t = cls!
    if t == SPyType_Bytes().asObject { return b }
    defer { Py_DECREF(b) }
    guard let args = sTupleSteal([{ Py_INCREF(b); return b }()]) else { return nil }
    defer { Py_DECREF(args) }
    return PyObject_Call(t, args, nil)
}

private let bytesGetNewArgs: NoArgsFn = { s, _ in
    guard let c = bytesFrom(bytesData(s!), bytesLen(s!)) else { return nil }
    return sTupleSteal([c])
}

private let bytesDunderBytes: NoArgsFn = { s, _ in
    let s = s!
    if isExactBytes(s) { Py_INCREF(s); return s }
    return bytesFrom(bytesData(s), bytesLen(s))
}

func initBytesType() {
    let t = SPyType_Bytes()
    t.pointee.tp_name = immortalCString("bytes")
    t.pointee.tp_basicsize = bytesHeaderSize + 1
    t.pointee.tp_itemsize = 1
    t.pointee.tp_dealloc = bytesDealloc
    t.pointee.tp_repr = bytesReprSlot
    t.pointee.tp_str = bytesReprSlot
    t.pointee.tp_hash = bytesHashSlot
    t.pointee.tp_getattro = PyObject_GenericGetAttr
    t.pointee.tp_richcompare = bytesRichCompare
    t.pointee.tp_iter = bytesIterSlot
    t.pointee.tp_flags = UInt(Py_TPFLAGS_HAVE_VERSION_TAG) | UInt(Py_TPFLAGS_BASETYPE) | UInt(Py_TPFLAGS_BYTES_SUBCLASS)
    t.pointee.tp_doc = immortalCString("""
        bytes(iterable_of_ints) -> bytes
        bytes(string, encoding[, errors]) -> bytes
        bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer
        bytes(int) -> bytes object of size given by the parameter initialized with null bytes
        bytes() -> empty bytes object

        Construct an immutable array of bytes from:
          - an iterable yielding integers in range(256)
          - a text string encoded using the specified encoding
          - any object implementing the buffer API.
          - an integer
        """)
    t.pointee.tp_new = bytesNewSlot
    t.pointee.tp_alloc = PyType_GenericAlloc
    t.pointee.tp_free = PyObject_Free
    var specs = sharedBytesMethodSpecs()
    specs.append(.oneArg("fromhex", bytesFromHex, extraFlags: METH_CLASS))
    specs.append(.noArgs("__getnewargs__", bytesGetNewArgs))
    specs.append(.noArgs("__bytes__", bytesDunderBytes))
    t.pointee.tp_methods = makeMethodTable(specs)

    var nb = PyNumberMethods()
    nb.nb_remainder = bytesRemainderSlot
    t.pointee.tp_as_number = permanent(nb)
    var sq = PySequenceMethods()
    sq.sq_length = bytesLengthSlot
    sq.sq_concat = bytesConcatSlot
    sq.sq_repeat = bytesRepeatSlot
    sq.sq_item = bytesItemSlot
    sq.sq_contains = bytesContainsSlot
    t.pointee.tp_as_sequence = permanent(sq)
    var mp = PyMappingMethods()
    mp.mp_length = bytesLengthSlot
    mp.mp_subscript = bytesSubscriptSlot
    t.pointee.tp_as_mapping = permanent(mp)
    var bp = PyBufferProcs()
    bp.bf_getbuffer = bytesGetBuffer
    t.pointee.tp_as_buffer = permanent(bp)

    bytesIterType.pointee.ob_base = PyVarObject(ob_base: PyObject(ob_refcnt: immortalRefcnt, ob_type: SPyType_()), ob_size: 0)
    fillSeqIterType(bytesIterType, name: "bytes_iterator", next: bytesIterNext)
}
