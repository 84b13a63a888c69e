// str slots: repr, str, compare, concat, repeat, indexing, slicing, contains, iteration, new.
import CPython
import Glibc

// MARK: - Printability (CPython's Py_UNICODE_ISPRINTABLE)

/// False for categories Cc Cf Cs Co Cn Zl Zp Zs, except ' '.
@inline(__always) func unicodeIsPrintable(_ c: UInt32) -> Bool {
    if c < 0x7F { return c >= 0x20 }
    if c < 0xA1 { return false }
    if c < 0x100 { return c != 0xAD }
    return unicodeIsPrintableSlow(c)
}

func unicodeIsPrintableSlow(_ c: UInt32) -> Bool {
    guard let s = Unicode.Scalar(c) else { return false }   // surrogates, out of range
    switch s.properties.generalCategory {
    case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator, .spaceSeparator:
        return false
    default:
        return true
    }
}

// MARK: - repr

private let hexDigits: StaticString = "0123456789abcdef"
@inline(__always) func hexDigit(_ v: UInt32) -> UInt32 { UInt32(hexDigits.utf8Start[Int(v & 0xF)]) }

/// Appends c to b escaped as CPython's unicode repr does (quote = the chosen quote character).
@inline(__always) func appendReprChar(_ b: inout UnicodeBuilder, _ c: UInt32, quote: UInt32, asciiOnly: Bool) {
    if c == quote || c == 0x5C { b.append(0x5C); b.append(c); return }
    if c >= 0x20 && c < 0x7F { b.append(c); return }
    switch c {
    case 0x09: b.append(0x5C); b.append(0x74)
    case 0x0A: b.append(0x5C); b.append(0x6E)
    case 0x0D: b.append(0x5C); b.append(0x72)
    default:
        if c < 0x80 || (c < 0x100 && (asciiOnly || !unicodeIsPrintable(c))) {
            b.append(0x5C); b.append(0x78); b.append(hexDigit(c >> 4)); b.append(hexDigit(c))
        } else if !asciiOnly && unicodeIsPrintable(c) {
            b.append(c)
        } else if c < 0x10000 {
            b.append(0x5C); b.append(0x75)
            b.append(hexDigit(c >> 12)); b.append(hexDigit(c >> 8)); b.append(hexDigit(c >> 4)); b.append(hexDigit(c))
        } else {
            b.append(0x5C); b.append(0x55)
            var sh: UInt32 = 28
            for _ in 0..<8 { b.append(hexDigit(c >> sh)); sh &-= 4 }
        }
    }
}

/// repr(str) (asciiOnly: the escaping used by ascii()).
func unicodeReprString(_ o: PyObjectRef, asciiOnly: Bool = false) -> PyObjectRef? {
    let v = StrView(o)
    let n = v.count
    var hasSingle = false, hasDouble = false
    var simple = true   // ASCII printable, no backslash
    for i in 0..<n {
        let c = v[i]
        if c == 0x27 { hasSingle = true } else if c == 0x22 { hasDouble = true }
        else if c < 0x20 || c >= 0x7F || c == 0x5C { simple = false }
    }
    let quote: UInt32 = (hasSingle && !hasDouble) ? 0x22 : 0x27
    var b = UnicodeBuilder(capacity: n + 2)
    b.append(quote)
    if simple && !(hasSingle && hasDouble) {
        b.append(str: o)
    } else {
        for i in 0..<n { appendReprChar(&b, v[i], quote: quote, asciiOnly: asciiOnly) }
    }
    b.append(quote)
    return b.finish()
}

let unicodeReprSlot: @convention(c) (PyObjectRef?) -> PyObjectRef? = { o in unicodeReprString(o!) }

/// str(s): s itself for an exact str, else an exact copy.
let unicodeStrSlot: @convention(c) (PyObjectRef?) -> PyObjectRef? = { o in
    let o = o!
    if isExactStr(o) { Py_INCREF(o); return o }
    return strExactCopy(o)
}

/// An exact str with the same contents as (possibly subclass) str o.
func strExactCopy(_ o: PyObjectRef) -> PyObjectRef? {
    if isExactStr(o) { Py_INCREF(o); return o }
    let n = strLen(o)
    if strKind(o) == 1 { return strFromLatin1(strData(o), n) }
    return strFromUCS4(strWide(o), n, maxCharHint: 0x10FFFF)
}

// MARK: - Comparison

let unicodeRichCompare: @convention(c) (PyObjectRef?, PyObjectRef?, Int32) -> PyObjectRef? = { a, b, op in
    let a = a!, b = b!
    if !isStr(a) || !isStr(b) { Py_INCREF(pyNotImplemented); return pyNotImplemented }
    switch op {
    case Py_EQ: return pyBool(unicodeEqual(a, b))
    case Py_NE: return pyBool(!unicodeEqual(a, b))
    default:
        let c = unicodeCompare(a, b)
        switch op {
        case Py_LT: return pyBool(c < 0)
        case Py_LE: return pyBool(c <= 0)
        case Py_GT: return pyBool(c > 0)
        default: return pyBool(c >= 0)
        }
    }
}

// MARK: - Concatenation and repetition

/// a + b for two str objects.
func strConcat(_ a: PyObjectRef, _ b: PyObjectRef) -> PyObjectRef? {
    let na = strLen(a), nb = strLen(b)
    if nb == 0 && isExactStr(a) { Py_INCREF(a); return a }
    if na == 0 && isExactStr(b) { Py_INCREF(b); return b }
    if na > Int.max / 8 - nb { PyErr_SetString(PyExc_OverflowError, "strings are too large to concat"); return nil }
    let ka = strKind(a), kb = strKind(b)
    let n = na + nb
    if ka == 1 && kb == 1 {
        guard let r = allocStr(n, kind: 1, ascii: strIsASCII(a) && strIsASCII(b)) else { return nil }
        let d = strBytes(r)
        memcpy(d, strData(a), na)
        memcpy(d + na, strData(b), nb)
        return r
    }
    guard let r = allocStr(n, kind: 4, ascii: false) else { return nil }
    let d = strWide(r)
    if ka == 4 { memcpy(d, strData(a), na * 4) } else { let s = strBytes(a); for i in 0..<na { d[i] = UInt32(s[i]) } }
    if kb == 4 { memcpy(d + na, strData(b), nb * 4) } else { let s = strBytes(b); for i in 0..<nb { d[na + i] = UInt32(s[i]) } }
    return r
}

let unicodeConcatSlot: @convention(c) (PyObjectRef?, PyObjectRef?) -> PyObjectRef? = { a, b in
    let a = a!, b = b!
    if !isStr(a) {
        return strRaise(PyExc_TypeError, "can only concatenate str (not \"\(strTypeName(a))\") to str")
    }
    if !isStr(b) {
        return strRaise(PyExc_TypeError, "can only concatenate str (not \"\(strTypeName(b))\") to str")
    }
    return strConcat(a, b)
}

/// Fills dst[0..<total] (bytes) by repeating its first `unit` bytes.
@inline(__always) func fillRepeat(_ dst: UnsafeMutableRawPointer, unit: Int, total: Int) {
    var done = unit
    while done < total {
        let chunk = min(done, total - done)
        memcpy(dst + done, dst, chunk)
        done += chunk
    }
}

let unicodeRepeatSlot: @convention(c) (PyObjectRef?, Int) -> PyObjectRef? = { o, count in
    let o = o!
    let n = strLen(o)
    if count <= 0 || n == 0 { return strEmpty() }
    if count == 1 && isExactStr(o) { Py_INCREF(o); return o }
    if n > Int.max / count { return strRaise(PyExc_OverflowError, "repeated string is too long") }
    let k = strKind(o)
    if n == 1 && k == 1 {
        guard let r = allocStr(count, kind: 1, ascii: strIsASCII(o)) else { return nil }
        memset(strData(r), Int32(strBytes(o)[0]), count)
        return r
    }
    guard let r = allocStr(n * count, kind: k, ascii: strIsASCII(o)) else { return nil }
    memcpy(strData(r), strData(o), n * k)
    fillRepeat(strData(r), unit: n * k, total: n * count * k)
    return r
}

// MARK: - Indexing and slicing

let unicodeLengthSlot: @convention(c) (PyObjectRef?) -> Int = { o in strLen(o!) }

let unicodeItemSlot: @convention(c) (PyObjectRef?, Int) -> PyObjectRef? = { o, i in
    let o = o!
    if i < 0 || i >= strLen(o) { PyErr_SetString(PyExc_IndexError, "string index out of range"); return nil }
    return strFromCodePoint(strAt(o, i))
}

/// s[start:stop:step] for already-adjusted indices.
func strSlice(_ o: PyObjectRef, _ start: Int, _ step: Int, _ count: Int) -> PyObjectRef? {
    if count <= 0 { return strEmpty() }
    if step == 1 { return strSubstring(o, start, start + count) }
    if strKind(o) == 1 {
        if count == 1 { return strLatin1Char(UInt32(strBytes(o)[start])) }
        let src = strBytes(o)
        var orc: UInt8 = 0
        var i = start
        guard let r = allocStr(count, kind: 1, ascii: false) else { return nil }
        let d = strBytes(r)
        for j in 0..<count { let c = src[i]; d[j] = c; orc |= c; i += step }
        strObj(r).pointee.ascii = orc < 0x80 ? 1 : 0
        if orc < 0x80 { strObj(r).pointee.utf8 = UnsafeMutableRawPointer(d).assumingMemoryBound(to: CChar.self); strObj(r).pointee.utf8_length = count }
        return r
    }
    let src = strWide(o)
    let tmp = UnsafeMutablePointer<UInt32>.allocate(capacity: count)
    defer { tmp.deallocate() }
    var i = start
    var orc: UInt32 = 0
    for j in 0..<count { let c = src[i]; tmp[j] = c; orc |= c; i += step }
    return strFromUCS4(tmp, count, maxCharHint: orc)
}

let unicodeSubscriptSlot: @convention(c) (PyObjectRef?, PyObjectRef?) -> PyObjectRef? = { o, key in
    let o = o!, key = key!
    let n = strLen(o)
    if sIsInt(key) || (key.pointee.ob_type != SPyType_Slice() && PyIndex_Check(key) != 0) {
        var i: Int
        if key.pointee.ob_type == SPyType_Long() && key.cast(to: PyLongObject.self).pointee.ob_big == nil {
            i = Int(key.cast(to: PyLongObject.self).pointee.ob_ival)
        } else {
            i = PyNumber_AsSsize_t(key, PyExc_IndexError)
            if i == -1 && PyErr_Occurred() != nil { return nil }
        }
        if i < 0 { i += n }
        if i < 0 || i >= n { PyErr_SetString(PyExc_IndexError, "string index out of range"); return nil }
        return strFromCodePoint(strAt(o, i))
    }
    if key.pointee.ob_type == SPyType_Slice() {
        var start = 0, stop = 0, step = 0
        if PySlice_Unpack(key, &start, &stop, &step) < 0 { return nil }
        let count = PySlice_AdjustIndices(n, &start, &stop, step)
        return strSlice(o, start, step, count)
    }
    return strRaise(PyExc_TypeError, "string indices must be integers, not '\(strTypeName(key))'")
}

// MARK: - Searching (shared by contains, find, count, split, replace)

/// Index of the first occurrence of needle (kind nk) in hay[start..<end], or -1.
func strFind(_ hay: StrView, _ needle: StrView, _ start: Int, _ end: Int) -> Int {
    let m = needle.count
    if m == 0 { return start <= end ? start : -1 }
    if end - start < m { return -1 }
    if hay.kind == 1 {
        if needle.kind != 1 { return -1 }
        let base = hay.bytes + start
        if m == 1 {
            guard let p = memchr(base, Int32(needle.bytes[0]), end - start) else { return -1 }
            return UnsafeRawPointer(p) - UnsafeRawPointer(hay.bytes)
        }
        let r = byteSearch(base, end - start, needle.bytes, m)
        return r < 0 ? -1 : start + r
    }
    let h = hay.wide
    let first = needle[0]
    let last = end - m
    var i = start
    while i <= last {
        if h[i] == first {
            var j = 1
            while j < m && h[i + j] == needle[j] { j += 1 }
            if j == m { return i }
        }
        i += 1
    }
    return -1
}

/// Offset of the first occurrence of n[0..<m] (m >= 1) in h[0..<len], or -1 (memchr on the first byte).
@inline(__always) func byteSearch(_ h: UnsafePointer<UInt8>, _ len: Int, _ n: UnsafePointer<UInt8>, _ m: Int) -> Int {
    if m > len { return -1 }
    let first = Int32(n[0]), lastB = n[m - 1]
    let limit = len - m   // last valid start
    var i = 0
    while i <= limit {
        guard let p = memchr(h + i, first, limit - i + 1) else { return -1 }
        let j = UnsafeRawPointer(p) - UnsafeRawPointer(h)
        if h[j + m - 1] == lastB && memcmp(h + j, n, m) == 0 { return j }
        i = j + 1
    }
    return -1
}

/// Index of the last occurrence of needle in hay[start..<end], or -1.
func strRFind(_ hay: StrView, _ needle: StrView, _ start: Int, _ end: Int) -> Int {
    let m = needle.count
    if m == 0 { return start <= end ? end : -1 }
    if end - start < m { return -1 }
    if hay.kind == 1 && needle.kind != 1 { return -1 }
    var i = end - m
    let first = needle[0]
    if hay.kind == 1 {
        let h = hay.bytes, nb = needle.bytes
        let f = UInt8(first)
        while i >= start {
            if h[i] == f && memcmp(h + i, nb, m) == 0 { return i }
            i -= 1
        }
        return -1
    }
    while i >= start {
        if hay[i] == first {
            var j = 1
            while j < m && hay[i + j] == needle[j] { j += 1 }
            if j == m { return i }
        }
        i -= 1
    }
    return -1
}

/// Non-overlapping occurrences of needle in hay[start..<end], at most maxCount.
func strCount(_ hay: StrView, _ needle: StrView, _ start: Int, _ end: Int, maxCount: Int = Int.max) -> Int {
    if end < start { return 0 }
    if needle.count == 0 { return min(end - start + 1, maxCount) }
    var count = 0
    var i = start
    if hay.kind == 1 && needle.kind == 1 && needle.count == 1 {
        let c = needle.bytes[0]
        let h = hay.bytes
        while i < end && count < maxCount { if h[i] == c { count += 1 }; i += 1 }
        return count
    }
    while count < maxCount {
        let j = strFind(hay, needle, i, end)
        if j < 0 { break }
        count += 1
        i = j + needle.count
    }
    return count
}

let unicodeContainsSlot: @convention(c) (PyObjectRef?, PyObjectRef?) -> Int32 = { o, x in
    let o = o!, x = x!
    if !isStr(x) {
        strRaise(PyExc_TypeError, "'in <string>' requires string as left operand, not \(strTypeName(x))")
        return -1
    }
    let hay = StrView(o)
    return strFind(hay, StrView(x), 0, hay.count) >= 0 ? 1 : 0
}

// MARK: - Iterator (raw layout: header, index at +16, seq at +24)

private let iterIndexOffset = 16
private let iterSeqOffset = 24
let strIterSize = 32

@inline(__always) func iterIndex(_ it: PyObjectRef) -> UnsafeMutablePointer<Int> {
    (UnsafeMutableRawPointer(it) + iterIndexOffset).assumingMemoryBound(to: Int.self)
}
@inline(__always) func iterSeq(_ it: PyObjectRef) -> UnsafeMutablePointer<PyObjectRef?> {
    (UnsafeMutableRawPointer(it) + iterSeqOffset).assumingMemoryBound(to: PyObjectRef?.self)
}

/// A new iterator object of `type` over seq (raw layout above).
func makeSeqIterator(_ type: PyTypeRef, _ seq: PyObjectRef) -> PyObjectRef? {
    guard let mem = PyObject_Malloc(strIterSize) else { return PyErr_NoMemory() }
    let it = mem.assumingMemoryBound(to: PyObject.self)
    it.pointee = PyObject(ob_refcnt: 1, ob_type: type)
    iterIndex(it).pointee = 0
    Py_INCREF(seq)
    iterSeq(it).pointee = seq
    return it
}

let rawSeqIterDealloc: @convention(c) (PyObjectRef?) -> Void = { it in
    Py_XDECREF(iterSeq(it!).pointee)
    PyObject_Free(it)
}

let unicodeIterSlot: @convention(c) (PyObjectRef?) -> PyObjectRef? = { o in
    let o = o!
    // CPython 3.11 iterates compact ASCII strings (exact str) with str_ascii_iterator.
    if strIsASCII(o) && o.pointee.ob_type == SPyType_Unicode() {
        if !readyIterType(strAsciiIterType) { return nil }
        return makeSeqIterator(strAsciiIterType, o)
    }
    return makeSeqIterator(SPyType_UnicodeIter(), o)
}

/// str_ascii_iterator (no C symbol: it lives in Swift memory).
nonisolated(unsafe) let strAsciiIterType: PyTypeRef = permanent(PyTypeObject())

let unicodeIterNext: @convention(c) (PyObjectRef?) -> PyObjectRef? = { it in
    let it = it!
    guard let s = iterSeq(it).pointee else { return nil }
    let i = iterIndex(it).pointee
    if i < strLen(s) {
        iterIndex(it).pointee = i + 1
        return strFromCodePoint(strAt(s, i))
    }
    iterSeq(it).pointee = nil
    Py_DECREF(s)
    return nil
}

let rawSeqIterLengthHint: NoArgsFn = { it, _ in
    let it = it!
    guard let s = iterSeq(it).pointee else { return sInt(0) }
    let n = isStr(s) ? strLen(s) : s.cast(to: PyVarObject.self).pointee.ob_size
    return sInt(max(0, n - iterIndex(it).pointee))
}

// MARK: - str.__new__

/// str(obj, encoding, errors) core (exact str result).
func unicodeNewCore(_ obj: PyObjectRef?, _ encoding: PyObjectRef?, _ errors: PyObjectRef?) -> PyObjectRef? {
    guard let obj = obj else { return strEmpty() }
    if encoding == nil && errors == nil { return PyObject_Str(obj) }
    var enc: String? = nil, err: String? = nil
    if let e = encoding {
        if !isStr(e) { return strRaise(PyExc_TypeError, "str() argument 'encoding' must be str, not \(strTypeName(e))") }
        enc = swiftString(e)
    }
    if let e = errors {
        if !isStr(e) { return strRaise(PyExc_TypeError, "str() argument 'errors' must be str, not \(strTypeName(e))") }
        err = swiftString(e)
    }
    return decodeObject(obj, encoding: enc, errors: err)
}

/// A str-subclass instance of `type` holding the contents of exact str s.
func unicodeSubtypeNew(_ type: PyTypeRef, _ s: PyObjectRef) -> PyObjectRef? {
    guard let alloc = type.pointee.tp_alloc, let o = alloc(type, 0) else { return nil }
    let n = strLen(s), k = strKind(s)
    guard let data = PyObject_Malloc((n + 1) * k) else { Py_DECREF(o); return PyErr_NoMemory() }
    memcpy(data, strData(s), (n + 1) * k)
    let u = strObj(o)
    u.pointee.length = n
    u.pointee.hash = strObj(s).pointee.hash
    u.pointee.kind = UInt8(k)
    u.pointee.ascii = strObj(s).pointee.ascii
    u.pointee.interned = 0
    u.pointee.data = data
    u.pointee.utf8 = u.pointee.ascii != 0 ? data.assumingMemoryBound(to: CChar.self) : nil
    u.pointee.utf8_length = u.pointee.ascii != 0 ? n : 0
    return o
}

let unicodeNewSlot: @convention(c) (PyTypeRef?, PyObjectRef?, PyObjectRef?) -> PyObjectRef? = { type, args, kwargs in
    let type = type!
    var vals: [PyObjectRef?] = [nil, nil, nil]
    let names = ["object", "encoding", "errors"]
    let nargs = args.map { sTupleSize($0) } ?? 0
    if nargs > 3 { return strRaise(PyExc_TypeError, "str() takes at most 3 arguments (\(nargs) given)") }
    for i in 0..<nargs { vals[i] = sTupleAt(args!, i) }
    if let kw = kwargs, PyDict_Size(kw) > 0 {
        var pos = 0
        var k: PyObjectRef? = nil, v: PyObjectRef? = nil
        while PyDict_Next(kw, &pos, &k, &v) != 0 {
            let ks = isStr(k!) ? swiftString(k!) : ""
            guard let idx = names.firstIndex(of: ks) else {
                return strRaise(PyExc_TypeError, "'\(ks)' is an invalid keyword argument for str()")
            }
            if vals[idx] != nil {
                return strRaise(PyExc_TypeError, "argument for str() given by name ('\(ks)') and position (\(idx + 1))")
            }
            vals[idx] = v
        }
    }
    guard let s = unicodeNewCore(vals[0], vals[1], vals[2]) else { return nil }
    if type == SPyType_Unicode() { return s }
    defer { Py_DECREF(s) }
    return unicodeSubtypeNew(type, s)
}
