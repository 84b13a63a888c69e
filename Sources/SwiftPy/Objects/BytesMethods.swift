// Methods shared by bytes and bytearray (CPython's bytes_methods.c and the bytes/bytearray
// method tables). Every function works on `self` of either type and builds results of self's
// kind (bytes -> bytes, bytearray -> bytearray).
import CPython
import Glibc

// MARK: - access to bytes / bytearray storage

@inline(__always) func bPtr(_ o: PyObjectRef) -> UnsafeMutablePointer<UInt8> { sIsBytes(o) ? bytesData(o) : baData(o) }
@inline(__always) func bLen(_ o: PyObjectRef) -> Int { o.cast(to: PyVarObject.self).pointee.ob_size }

/// A new object of self's kind (bytes or bytearray) holding p[0..<n].
@inline(__always) func bNew(like s: PyObjectRef, _ p: UnsafeRawPointer?, _ n: Int) -> PyObjectRef? {
    sIsBytes(s) ? bytesFrom(p, n) : bytearrayFrom(p, n)
}

/// self unchanged: an exact bytes is returned itself, anything else is copied.
@inline(__always) func bSame(_ s: PyObjectRef) -> PyObjectRef? {
    if isExactBytes(s) { Py_INCREF(s); return s }
    return bNew(like: s, bPtr(s), bLen(s))
}

/// A new reference to a bytes/bytearray with the contents of bytes-like o; nil with
/// "a bytes-like object is required, not 'T'".
func bytesLikeArg(_ o: PyObjectRef) -> PyObjectRef? {
    if sIsBytes(o) || isByteArray(o) { Py_INCREF(o); return o }
    if PyObject_CheckBuffer(o) == 0 {
        return strRaise(PyExc_TypeError, "a bytes-like object is required, not '\(strTypeName(o))'")
    }
    var view = Py_buffer()
    if PyObject_GetBuffer(o, &view, PyBUF_SIMPLE) < 0 { return nil }
    defer { PyBuffer_Release(&view) }
    return bytesFrom(view.buf, view.len)
}

/// A new bytes object with the C-order contents of any exporter's buffer, contiguous or strided
/// (CPython's _PyBytes_FromBuffer: bytes(x) and bytearray(x) take any layout).
func bytesFromAnyBuffer(_ o: PyObjectRef) -> PyObjectRef? {
    var view = Py_buffer()
    if PyObject_GetBuffer(o, &view, PyBUF_FULL_RO) < 0 { return nil }
    defer { PyBuffer_Release(&view) }
    guard let r = PyBytes_FromStringAndSize(nil, view.len) else { return nil }
    if view.len > 0 && PyBuffer_ToContiguous(UnsafeMutableRawPointer(bytesData(r)), &view, view.len, CChar(UInt8(ascii: "C"))) < 0 {
        Py_DECREF(r); return nil
    }
    return r
}

@inline(__always) func bIsSpace(_ c: UInt8) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0D) }
@inline(__always) func bIsLower(_ c: UInt8) -> Bool { c >= 0x61 && c <= 0x7A }
@inline(__always) func bIsUpper(_ c: UInt8) -> Bool { c >= 0x41 && c <= 0x5A }
@inline(__always) func bIsAlpha(_ c: UInt8) -> Bool { bIsLower(c) || bIsUpper(c) }
@inline(__always) func bIsDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

/// Byte-level find in p[start..<end].
func bFind(_ h: UnsafePointer<UInt8>, _ start: Int, _ end: Int, _ n: UnsafePointer<UInt8>, _ m: Int) -> Int {
    if m == 0 { return start <= end ? start : -1 }
    if end - start < m { return -1 }
    let r = byteSearch(h + start, end - start, n, m)
    return r < 0 ? -1 : start + r
}

func bRFind(_ h: UnsafePointer<UInt8>, _ start: Int, _ end: Int, _ n: UnsafePointer<UInt8>, _ m: Int) -> Int {
    if m == 0 { return start <= end ? end : -1 }
    var i = end - m
    while i >= start {
        if h[i] == n[0] && memcmp(h + i, n, m) == 0 { return i }
        i -= 1
    }
    return -1
}

// MARK: - argument helpers

/// The needle for find/count/index/contains: an int in range(256) or a bytes-like object.
/// Returns an owned bytes object (1 byte for ints).
func bNeedleArg(_ o: PyObjectRef) -> PyObjectRef? {
    if PyIndex_Check(o) != 0 && !(sIsBytes(o) || isByteArray(o)) {
        guard let v = argAsSsize(o) else { return nil }
        if v < 0 || v > 255 { return strRaise(PyExc_ValueError, "byte must be in range(0, 256)") }
        var b = UInt8(v)
        return bytesFrom(&b, 1)
    }
    if PyObject_CheckBuffer(o) == 0 {
        return strRaise(PyExc_TypeError, "argument should be integer or bytes-like object, not '\(strTypeName(o))'")
    }
    return bytesLikeArg(o)
}

private func bFindImpl(_ s: PyObjectRef, _ args: ArgVec, _ nargs: Int, _ fname: String, reverse: Bool) -> Int? {
    if !checkArgCount(fname, nargs, 1, 3) { return nil }
    var start = 0, end = Int.max
    if nargs > 1 { guard let x = sliceIndexArg(args![1], 0) else { return nil }; start = x }
    if nargs > 2 { guard let x = sliceIndexArg(args![2], Int.max) else { return nil }; end = x }
    guard let needle = bNeedleArg(args![0]!) else { return nil }
    defer { Py_DECREF(needle) }
    let n = bLen(s)
    adjustIndices(&start, &end, n)
    let m = bLen(needle)
    if end - start < m { return -1 }
    return reverse ? bRFind(bPtr(s), start, end, bPtr(needle), m) : bFind(bPtr(s), start, end, bPtr(needle), m)
}

private let bFindM: FastFn = { s, a, n in bFindImpl(s!, a, n, "find", reverse: false).flatMap { sInt($0) } }
private let bRFindM: FastFn = { s, a, n in bFindImpl(s!, a, n, "rfind", reverse: true).flatMap { sInt($0) } }
private let bIndexM: FastFn = { s, a, n in
    guard let r = bFindImpl(s!, a, n, "index", reverse: false) else { return nil }
    if r < 0 { return strRaise(PyExc_ValueError, "subsection not found") }
    return sInt(r)
}
private let bRIndexM: FastFn = { s, a, n in
    guard let r = bFindImpl(s!, a, n, "rindex", reverse: true) else { return nil }
    if r < 0 { return strRaise(PyExc_ValueError, "subsection not found") }
    return sInt(r)
}

private let bCountM: FastFn = { s, args, nargs in
    let s = s!
    if !checkArgCount("count", nargs, 1, 3) { return nil }
    var start = 0, end = Int.max
    if nargs > 1 { guard let x = sliceIndexArg(args![1], 0) else { return nil }; start = x }
    if nargs > 2 { guard let x = sliceIndexArg(args![2], Int.max) else { return nil }; end = x }
    guard let needle = bNeedleArg(args![0]!) else { return nil }
    defer { Py_DECREF(needle) }
    adjustIndices(&start, &end, bLen(s))
    let m = bLen(needle)
    if end - start < m { return sInt(0) }
    if m == 0 { return sInt(end - start + 1) }
    var count = 0, i = start
    while true {
        let j = bFind(bPtr(s), i, end, bPtr(needle), m)
        if j < 0 { break }
        count += 1; i = j + m
    }
    return sInt(count)
}

/// bytes `in`: int or bytes-like.
func bContains(_ s: PyObjectRef, _ x: PyObjectRef) -> Int32 {
    if PyIndex_Check(x) != 0 && !(sIsBytes(x) || isByteArray(x)) {
        guard let v = argAsSsize(x) else { return -1 }
        if v < 0 || v > 255 { strRaise(PyExc_ValueError, "byte must be in range(0, 256)"); return -1 }
        return memchr(bPtr(s), Int32(v), bLen(s)) != nil ? 1 : 0
    }
    guard let needle = bytesLikeArg(x) else { return -1 }
    defer { Py_DECREF(needle) }
    return bFind(bPtr(s), 0, bLen(s), bPtr(needle), bLen(needle)) >= 0 ? 1 : 0
}

private func bTailMatch(_ s: PyObjectRef, _ sub: PyObjectRef, _ start: Int, _ end: Int, atEnd: Bool) -> Bool {
    let m = bLen(sub)
    var st = start, en = end
    adjustIndices(&st, &en, bLen(s))
    en -= m
    if en < st { return false }
    if m == 0 { return true }
    return memcmp(bPtr(s) + (atEnd ? en : st), bPtr(sub), m) == 0
}

private func bStartsEnds(_ s: PyObjectRef, _ args: ArgVec, _ nargs: Int, atEnd: Bool) -> PyObjectRef? {
    let fname = atEnd ? "endswith" : "startswith"
    if !checkArgCount(fname, nargs, 1, 3) { return nil }
    let sub = args![0]!
    var start = 0, end = Int.max
    if nargs > 1 { guard let x = sliceIndexArg(args![1], 0) else { return nil }; start = x }
    if nargs > 2 { guard let x = sliceIndexArg(args![2], Int.max) else { return nil }; end = x }
    if sIsTuple(sub) {
        for i in 0..<sTupleSize(sub) {
            let it = sTupleAt(sub, i)
            if PyObject_CheckBuffer(it) == 0 {
                return strRaise(PyExc_TypeError, "a bytes-like object is required, not '\(strTypeName(it))'")
            }
            guard let b = bytesLikeArg(it) else { return nil }
            let r = bTailMatch(s, b, start, end, atEnd: atEnd)
            Py_DECREF(b)
            if r { return pyBool(true) }
        }
        return pyBool(false)
    }
    if PyObject_CheckBuffer(sub) == 0 {
        return strRaise(PyExc_TypeError, "\(fname) first arg must be bytes or a tuple of bytes, not \(strTypeName(sub))")
    }
    guard let b = bytesLikeArg(sub) else { return nil }
    defer { Py_DECREF(b) }
    return pyBool(bTailMatch(s, b, start, end, atEnd: atEnd))
}
private let bStartswith: FastFn = { s, a, n in bStartsEnds(s!, a, n, atEnd: false) }
private let bEndswith: FastFn = { s, a, n in bStartsEnds(s!, a, n, atEnd: true) }

// MARK: - split / join / replace / strip / partition

private func bSplitImpl(_ s: PyObjectRef, _ args: ArgVec, _ nargs: Int, _ kw: PyObjectRef?, reverse: Bool) -> PyObjectRef? {
    var out: [PyObjectRef?] = [nil, nil]
    if !parseArgs(reverse ? "rsplit" : "split", args, nargs, kw, ["sep", "maxsplit"], required: 0, out: &out) { return nil }
    var maxs = -1
    if let m = out[1] { guard let x = argAsSsize(m) else { return nil }; maxs = x }
    if maxs < 0 { maxs = Int.max }
    let p = bPtr(s), n = bLen(s)
    var list = RefList()
    if let sepArg = out[0], sepArg != pyNone {
        guard let sep = bytesLikeArg(sepArg) else { return nil }
        defer { Py_DECREF(sep) }
        let m = bLen(sep)
        if m == 0 { return strRaise(PyExc_ValueError, "empty separator") }
        if !reverse {
            var i = 0
            while maxs > 0 {
                let j = bFind(p, i, n, bPtr(sep), m)
                if j < 0 { break }
                guard let piece = bNew(like: s, p + i, j - i) else { return nil }
                list.append(piece); i = j + m; maxs -= 1
            }
            guard let last = (i == 0 && list.count == 0) ? bSame(s) : bNew(like: s, p + i, n - i) else { return nil }
            list.append(last)
        } else {
            var j = n
            while maxs > 0 {
                let i = bRFind(p, 0, j, bPtr(sep), m)
                if i < 0 { break }
                guard let piece = bNew(like: s, p + i + m, j - i - m) else { return nil }
                list.append(piece); j = i; maxs -= 1
            }
            guard let first = bNew(like: s, p, j) else { return nil }
            list.append(first)
            list.reverse()
        }
        return list.finishList()
    }
    if !reverse {
        var i = 0
        while maxs > 0 {
            while i < n && bIsSpace(p[i]) { i += 1 }
            if i == n { break }
            var j = i
            while j < n && !bIsSpace(p[j]) { j += 1 }
            guard let piece = bNew(like: s, p + i, j - i) else { return nil }
            list.append(piece); i = j; maxs -= 1
        }
        while i < n && bIsSpace(p[i]) { i += 1 }
        if i < n { guard let piece = bNew(like: s, p + i, n - i) else { return nil }; list.append(piece) }
    } else {
        var j = n
        while maxs > 0 {
            while j > 0 && bIsSpace(p[j - 1]) { j -= 1 }
            if j == 0 { break }
            var i = j
            while i > 0 && !bIsSpace(p[i - 1]) { i -= 1 }
            guard let piece = bNew(like: s, p + i, j - i) else { return nil }
            list.append(piece); j = i; maxs -= 1
        }
        while j > 0 && bIsSpace(p[j - 1]) { j -= 1 }
        if j > 0 { guard let piece = bNew(like: s, p, j) else { return nil }; list.append(piece) }
        list.reverse()
    }
    return list.finishList()
}
private let bSplit: FastKwFn = { s, a, n, k in bSplitImpl(s!, a, n, k, reverse: false) }
private let bRSplit: FastKwFn = { s, a, n, k in bSplitImpl(s!, a, n, k, reverse: true) }

private let bSplitlines: FastKwFn = { s, args, nargs, kw in
    let s = s!
    var out: [PyObjectRef?] = [nil]
    if !parseArgs("splitlines", args, nargs, kw, ["keepends"], required: 0, out: &out) { return nil }
    var keep = false
    if let k = out[0] { guard let x = argAsSsize(k) else { return nil }; keep = x != 0 }
    let p = bPtr(s), n = bLen(s)
    var list = RefList()
    var i = 0
    while i < n {
        var j = i
        while j < n && p[j] != 0x0A && p[j] != 0x0D { j += 1 }
        var eol = j
        if j < n {
            if p[j] == 0x0D && j + 1 < n && p[j + 1] == 0x0A { j += 2 } else { j += 1 }
            if keep { eol = j }
        }
        guard let piece = bNew(like: s, p + i, eol - i) else { return nil }
        list.append(piece)
        i = j
    }
    return list.finishList()
}

private let bJoin: OneArgFn = { s, iterable in
    let s = s!
    guard let seq = PySequence_Fast(iterable!, "can only join an iterable") else { return nil }
    defer { Py_DECREF(seq) }
    let isList = sIsList(seq)
    let n = isList ? bLen(seq) : sTupleSize(seq)
    let items = isList ? (n > 0 ? sListItems(seq) : nil) : sTupleItems(seq)
    var parts = RefList(capacity: n)
    var total = 0
    let sepLen = bLen(s)
    for i in 0..<n {
        let it = items![i]!
        if !(sIsBytes(it) || isByteArray(it) || PyObject_CheckBuffer(it) != 0) {
            return strRaise(PyExc_TypeError, "sequence item \(i): expected a bytes-like object, \(strTypeName(it)) found")
        }
        guard let b = bytesLikeArg(it) else { return nil }
        total += bLen(b)
        parts.append(b)
    }
    if n > 1 { total += sepLen * (n - 1) }
    if n == 1 && isExactBytes(parts.buf[0]) && sIsBytes(s) { Py_INCREF(parts.buf[0]); return parts.buf[0] }
    var out = ByteBuffer(capacity: total)
    for i in 0..<n {
        if i > 0 { out.append(bPtr(s), sepLen) }
        out.append(bPtr(parts.buf[i]), bLen(parts.buf[i]))
    }
    if sIsBytes(s) { return out.finishBytes() }
    return bytearrayFrom(out.buf, out.count)
}

private let bReplace: FastFn = { s, args, nargs in
    let s = s!
    if !checkPositional("replace", nargs, 2, 3) { return nil }
    guard let old = bytesLikeArg(args![0]!) else { return nil }
    defer { Py_DECREF(old) }
    guard let new = bytesLikeArg(args![1]!) else { return nil }
    defer { Py_DECREF(new) }
    var count = -1
    if nargs > 2 { guard let c = argAsSsize(args![2]!) else { return nil }; count = c }
    let maxc = count < 0 ? Int.max : count
    let p = bPtr(s), n = bLen(s), op = bPtr(old), m = bLen(old), np = bPtr(new), nm = bLen(new)
    var out = ByteBuffer(capacity: n)
    if maxc == 0 || n < m { return bSame(s) }
    if m == 0 {
        var done = 0
        for i in 0..<n {
            if done < maxc { out.append(np, nm); done += 1 }
            out.append(p[i])
        }
        if done < maxc { out.append(np, nm) }
    } else {
        var i = 0, done = 0
        while done < maxc {
            let j = bFind(p, i, n, op, m)
            if j < 0 { break }
            out.append(p + i, j - i); out.append(np, nm)
            i = j + m; done += 1
        }
        if done == 0 { return bSame(s) }
        out.append(p + i, n - i)
    }
    if sIsBytes(s) { return out.finishBytes() }
    return bytearrayFrom(out.buf, out.count)
}

private func bStripImpl(_ s: PyObjectRef, _ args: ArgVec, _ nargs: Int, _ fname: String, _ left: Bool, _ right: Bool) -> PyObjectRef? {
    if !checkPositional(fname, nargs, 0, 1) { return nil }
    let p = bPtr(s)
    var i = 0, j = bLen(s)
    if nargs == 1, let c = args![0], c != pyNone {
        guard let chars = bytesLikeArg(c) else { return nil }
        defer { Py_DECREF(chars) }
        let cp = bPtr(chars), cn = bLen(chars)
        if left { while i < j && memchr(cp, Int32(p[i]), cn) != nil { i += 1 } }
        if right { while j > i && memchr(cp, Int32(p[j - 1]), cn) != nil { j -= 1 } }
    } else {
        if left { while i < j && bIsSpace(p[i]) { i += 1 } }
        if right { while j > i && bIsSpace(p[j - 1]) { j -= 1 } }
    }
    if i == 0 && j == bLen(s) { return bSame(s) }
    return bNew(like: s, p + i, j - i)
}
private let bStrip: FastFn = { s, a, n in bStripImpl(s!, a, n, "strip", true, true) }
private let bLStrip: FastFn = { s, a, n in bStripImpl(s!, a, n, "lstrip", true, false) }
private let bRStrip: FastFn = { s, a, n in bStripImpl(s!, a, n, "rstrip", false, true) }

private func bPartitionImpl(_ s: PyObjectRef, _ sepArg: PyObjectRef, reverse: Bool) -> PyObjectRef? {
    guard let sep = bytesLikeArg(sepArg) else { return nil }
    defer { Py_DECREF(sep) }
    let m = bLen(sep)
    if m == 0 { return strRaise(PyExc_ValueError, "empty separator") }
    let p = bPtr(s), n = bLen(s)
    let j = reverse ? bRFind(p, 0, n, bPtr(sep), m) : bFind(p, 0, n, bPtr(sep), m)
    if j < 0 {
        guard let whole = bSame(s), let e1 = bNew(like: s, nil, 0), let e2 = bNew(like: s, nil, 0) else { return nil }
        return reverse ? sTupleSteal([e1, e2, whole]) : sTupleSteal([whole, e1, e2])
    }
    guard let a = bNew(like: s, p, j), let b = bNew(like: s, bPtr(sep), m), let c = bNew(like: s, p + j + m, n - j - m) else { return nil }
    return sTupleSteal([a, b, c])
}
private let bPartition: OneArgFn = { s, sep in bPartitionImpl(s!, sep!, reverse: false) }
private let bRPartition: OneArgFn = { s, sep in bPartitionImpl(s!, sep!, reverse: true) }

private let bRemovePrefix: OneArgFn = { s, x in
    let s = s!
    guard let pre = bytesLikeArg(x!) else { return nil }
    defer { Py_DECREF(pre) }
    let m = bLen(pre)
    if m <= bLen(s) && memcmp(bPtr(s), bPtr(pre), m) == 0 && m > 0 { return bNew(like: s, bPtr(s) + m, bLen(s) - m) }
    return bSame(s)
}
private let bRemoveSuffix: OneArgFn = { s, x in
    let s = s!
    guard let suf = bytesLikeArg(x!) else { return nil }
    defer { Py_DECREF(suf) }
    let m = bLen(suf), n = bLen(s)
    if m <= n && m > 0 && memcmp(bPtr(s) + n - m, bPtr(suf), m) == 0 { return bNew(like: s, bPtr(s), n - m) }
    return bSame(s)
}

// MARK: - padding

private func bFillArg(_ fname: String, _ o: PyObjectRef?) -> UInt8? {
    guard let o = o else { return 0x20 }
    if (sIsBytes(o) || isByteArray(o)) && bLen(o) == 1 { return bPtr(o)[0] }
    strRaise(PyExc_TypeError, "\(fname)() argument 2 must be a byte string of length 1, not \(strTypeName(o))")
    return nil
}

private func bJustify(_ s: PyObjectRef, _ args: ArgVec, _ nargs: Int, _ fname: String, _ mode: Int) -> PyObjectRef? {
    if !checkPositional(fname, nargs, 1, 2) { return nil }
    guard let width = argAsSsize(args![0]!) else { return nil }
    guard let fill = bFillArg(fname, nargs > 1 ? args![1] : nil) else { return nil }
    let n = bLen(s)
    if n >= width { return bSame(s) }
    let marg = width - n
    let left = mode == 0 ? 0 : (mode == 1 ? marg : marg / 2 + (marg & width & 1))
    var out = ByteBuffer(capacity: width)
    out.appendRepeated(fill, left)
    out.append(bPtr(s), n)
    out.appendRepeated(fill, marg - left)
    if sIsBytes(s) { return out.finishBytes() }
    return bytearrayFrom(out.buf, out.count)
}
private let bLJust: FastFn = { s, a, n in bJustify(s!, a, n, "ljust", 0) }
private let bRJust: FastFn = { s, a, n in bJustify(s!, a, n, "rjust", 1) }
private let bCenter: FastFn = { s, a, n in bJustify(s!, a, n, "center", 2) }

private let bZFill: OneArgFn = { s, w in
    let s = s!
    guard let width = argAsSsize(w!) else { return nil }
    let n = bLen(s), p = bPtr(s)
    if n >= width { return bSame(s) }
    var out = ByteBuffer(capacity: width)
    if n > 0 && (p[0] == 0x2B || p[0] == 0x2D) {
        out.append(p[0]); out.appendRepeated(0x30, width - n); out.append(p + 1, n - 1)
    } else {
        out.appendRepeated(0x30, width - n); out.append(p, n)
    }
    if sIsBytes(s) { return out.finishBytes() }
    return bytearrayFrom(out.buf, out.count)
}

private let bExpandTabs: FastKwFn = { s, args, nargs, kw in
    let s = s!
    var out: [PyObjectRef?] = [nil]
    if !parseArgs("expandtabs", args, nargs, kw, ["tabsize"], required: 0, out: &out) { return nil }
    var tabsize = 8
    if let t = out[0] { guard let x = argAsSsize(t) else { return nil }; tabsize = x }
    let p = bPtr(s), n = bLen(s)
    var buf = ByteBuffer(capacity: n)
    var col = 0
    for i in 0..<n {
        let c = p[i]
        if c == 0x09 {
            if tabsize > 0 { let incr = tabsize - col % tabsize; col += incr; buf.appendRepeated(0x20, incr) }
        } else {
            col += 1; buf.append(c)
            if c == 0x0A || c == 0x0D { col = 0 }
        }
    }
    if sIsBytes(s) { return buf.finishBytes() }
    return bytearrayFrom(buf.buf, buf.count)
}

// MARK: - case and predicates (ASCII only)

private func bMap(_ s: PyObjectRef, _ f: (UInt8, inout Bool) -> UInt8) -> PyObjectRef? {
    let n = bLen(s), p = bPtr(s)
    guard let r = bNew(like: s, p, n) else { return nil }
    let d = bPtr(r)
    var state = false
    for i in 0..<n { d[i] = f(p[i], &state) }
    return r
}
private let bLower: NoArgsFn = { s, _ in bMap(s!) { c, _ in bIsUpper(c) ? c | 0x20 : c } }
private let bUpper: NoArgsFn = { s, _ in bMap(s!) { c, _ in bIsLower(c) ? c & ~0x20 : c } }
private let bSwapcase: NoArgsFn = { s, _ in bMap(s!) { c, _ in bIsUpper(c) ? c | 0x20 : (bIsLower(c) ? c & ~0x20 : c) } }
private let bTitle: NoArgsFn = { s, _ in
    bMap(s!) { c, prevCased in
        let r: UInt8 = prevCased ? (bIsUpper(c) ? c | 0x20 : c) : (bIsLower(c) ? c & ~0x20 : c)
        prevCased = bIsAlpha(c)
        return r
    }
}
private let bCapitalize: NoArgsFn = { s, _ in
    bMap(s!) { c, started in
        defer { started = true }
        return started ? (bIsUpper(c) ? c | 0x20 : c) : (bIsLower(c) ? c & ~0x20 : c)
    }
}

private func bAll(_ s: PyObjectRef, _ pred: (UInt8) -> Bool) -> PyObjectRef? {
    let n = bLen(s), p = bPtr(s)
    if n == 0 { return pyBool(false) }
    for i in 0..<n where !pred(p[i]) { return pyBool(false) }
    return pyBool(true)
}
private let bIsSpaceM: NoArgsFn = { s, _ in bAll(s!, bIsSpace) }
private let bIsAlphaM: NoArgsFn = { s, _ in bAll(s!, bIsAlpha) }
private let bIsAlnumM: NoArgsFn = { s, _ in bAll(s!) { bIsAlpha($0) || bIsDigit($0) } }
private let bIsDigitM: NoArgsFn = { s, _ in bAll(s!, bIsDigit) }
private let bIsAsciiM: NoArgsFn = { s, _ in pyBool(bytesAreASCII(bPtr(s!), bLen(s!))) }
private let bIsLowerM: NoArgsFn = { s, _ in
    let n = bLen(s!), p = bPtr(s!)
    var cased = false
    for i in 0..<n { if bIsUpper(p[i]) { return pyBool(false) }; if bIsLower(p[i]) { cased = true } }
    return pyBool(cased)
}
private let bIsUpperM: NoArgsFn = { s, _ in
    let n = bLen(s!), p = bPtr(s!)
    var cased = false
    for i in 0..<n { if bIsLower(p[i]) { return pyBool(false) }; if bIsUpper(p[i]) { cased = true } }
    return pyBool(cased)
}
private let bIsTitleM: NoArgsFn = { s, _ in
    let n = bLen(s!), p = bPtr(s!)
    var cased = false, prev = false
    for i in 0..<n {
        let c = p[i]
        if bIsUpper(c) { if prev { return pyBool(false) }; prev = true; cased = true }
        else if bIsLower(c) { if !prev { return pyBool(false) }; prev = true; cased = true }
        else { prev = false }
    }
    return pyBool(cased)
}

// MARK: - translate / maketrans / decode / hex / fromhex

private let bTranslate: FastKwFn = { s, args, nargs, kw in
    let s = s!
    var out: [PyObjectRef?] = [nil, nil]
    if !parseArgs("translate", args, nargs, kw, ["table", "delete"], required: 1, out: &out, posOnly: 1) { return nil }
    var table: PyObjectRef? = nil
    if let t = out[0], t != pyNone {
        guard let tb = bytesLikeArg(t) else { return nil }
        if bLen(tb) != 256 { Py_DECREF(tb); return strRaise(PyExc_ValueError, "translation table must be 256 characters long") }
        table = tb
    }
    defer { Py_XDECREF(table) }
    var del = [Bool](repeating: false, count: 256)
    if let d = out[1] {
        guard let db = bytesLikeArg(d) else { return nil }
        for i in 0..<bLen(db) { del[Int(bPtr(db)[i])] = true }
        Py_DECREF(db)
    }
    let p = bPtr(s), n = bLen(s)
    var buf = ByteBuffer(capacity: n)
    for i in 0..<n {
        let c = p[i]
        if del[Int(c)] { continue }
        buf.append(table.map { bPtr($0)[Int(c)] } ?? c)
    }
    if sIsBytes(s) { return buf.finishBytes() }
    return bytearrayFrom(buf.buf, buf.count)
}

let bMakeTrans: FastFn = { _, args, nargs in
    if !checkPositional("maketrans", nargs, 2, 2) { return nil }
    guard let a = bytesLikeArg(args![0]!) else { return nil }
    defer { Py_DECREF(a) }
    guard let b = bytesLikeArg(args![1]!) else { return nil }
    defer { Py_DECREF(b) }
    if bLen(a) != bLen(b) { return strRaise(PyExc_ValueError, "maketrans arguments must have same length") }
    guard let r = allocBytes(256) else { return nil }
    let d = bytesData(r)
    for i in 0..<256 { d[i] = UInt8(i) }
    for i in 0..<bLen(a) { d[Int(bPtr(a)[i])] = bPtr(b)[i] }
    return r
}

private let bDecode: FastKwFn = { s, args, nargs, kw in
    var out: [PyObjectRef?] = [nil, nil]
    if !parseArgs("decode", args, nargs, kw, ["encoding", "errors"], required: 0, out: &out) { return nil }
    var enc: String? = nil, err: String? = nil
    if let e = out[0] {
        if !isStr(e) { return strRaise(PyExc_TypeError, "decode() argument 'encoding' must be str, not \(strTypeName(e))") }
        enc = swiftString(e)
    }
    if let e = out[1] {
        if !isStr(e) { return strRaise(PyExc_TypeError, "decode() argument 'errors' must be str, not \(strTypeName(e))") }
        err = swiftString(e)
    }
    return decodeBytes(bPtr(s!), bLen(s!), encoding: enc, errors: err)
}

/// bytes.hex(sep=..., bytes_per_sep=1) (also used by bytearray).
let bHex: FastKwFn = { s, args, nargs, kw in
    var out: [PyObjectRef?] = [nil, nil]
    if !parseArgs("hex", args, nargs, kw, ["sep", "bytes_per_sep"], required: 0, out: &out) { return nil }
    return hexString(bPtr(s!), bLen(s!), out[0], out[1])
}

/// Hex digits of p[0..<n] with an optional separator every `bytes_per_sep` bytes (from the right when > 0).
func hexString(_ p: UnsafePointer<UInt8>, _ n: Int, _ sepObj: PyObjectRef?, _ perObj: PyObjectRef?) -> PyObjectRef? {
    var sep: UInt32? = nil
    if let so = sepObj {
        var sv: PyObjectRef? = nil
        if isStr(so) { Py_INCREF(so); sv = so }
        else if sIsBytes(so) || isByteArray(so) { sv = strFromLatin1(bPtr(so), bLen(so)) }
        else { return strRaise(PyExc_TypeError, "sep must be str or bytes.") }
        guard let s = sv else { return nil }
        defer { Py_DECREF(s) }
        if strLen(s) != 1 { return strRaise(PyExc_ValueError, "sep must be length 1.") }
        let c = strAt(s, 0)
        if c > 127 { return strRaise(PyExc_ValueError, "sep must be ASCII.") }
        sep = c
    }
    var per = 1
    if let po = perObj { guard let x = argAsSsize(po) else { return nil }; per = x }
    var b = UnicodeBuilder(capacity: n * 3)
    let group = per == 0 ? 0 : abs(per)
    for i in 0..<n {
        if let sc = sep, group > 0, i > 0 {
            // separators counted from the right for per > 0, from the left for per < 0
            let boundary = per > 0 ? ((n - i) % group == 0) : (i % group == 0)
            if boundary { b.append(sc) }
        }
        b.append(hexDigit(UInt32(p[i]) >> 4)); b.append(hexDigit(UInt32(p[i])))
    }
    return b.finish()
}

/// bytes.fromhex / bytearray.fromhex core: the decoded bytes (as a Swift byte buffer result).
func parseFromHex(_ s: PyObjectRef) -> PyObjectRef? {
    if !isStr(s) { return strRaise(PyExc_TypeError, "fromhex() argument must be str, not \(strTypeName(s))") }
    let v = StrView(s)
    var out = ByteBuffer(capacity: v.count / 2)
    var i = 0
    @inline(__always) func hv(_ c: UInt32) -> Int {
        if c >= 0x30 && c <= 0x39 { return Int(c - 0x30) }
        if c >= 0x61 && c <= 0x66 { return Int(c - 0x61 + 10) }
        if c >= 0x41 && c <= 0x46 { return Int(c - 0x41 + 10) }
        return -1
    }
    while i < v.count {
        let c = v[i]
        if c < 128 && bIsSpace(UInt8(c)) { i += 1; continue }
        let hi = hv(c)
        if hi < 0 { return strRaise(PyExc_ValueError, "non-hexadecimal number found in fromhex() arg at position \(i)") }
        if i + 1 >= v.count { return strRaise(PyExc_ValueError, "non-hexadecimal number found in fromhex() arg at position \(i + 1)") }
        let lo = hv(v[i + 1])
        if lo < 0 { return strRaise(PyExc_ValueError, "non-hexadecimal number found in fromhex() arg at position \(i + 1)") }
        out.append(UInt8(hi << 4 | lo))
        i += 2
    }
    return out.finishBytes()
}

/// The method specs shared by bytes and bytearray.
func sharedBytesMethodSpecs() -> [MethodSpec] {
    [
        .noArgs("capitalize", bCapitalize),
        .fast("center", bCenter),
        .fast("count", bCountM),
        .fastKw("decode", bDecode),
        .fast("endswith", bEndswith),
        .fastKw("expandtabs", bExpandTabs),
        .fast("find", bFindM),
        .fastKw("hex", bHex),
        .fast("index", bIndexM),
        .noArgs("isalnum", bIsAlnumM),
        .noArgs("isalpha", bIsAlphaM),
        .noArgs("isascii", bIsAsciiM),
        .noArgs("isdigit", bIsDigitM),
        .noArgs("islower", bIsLowerM),
        .noArgs("isspace", bIsSpaceM),
        .noArgs("istitle", bIsTitleM),
        .noArgs("isupper", bIsUpperM),
        .oneArg("join", bJoin),
        .fast("ljust", bLJust),
        .noArgs("lower", bLower),
        .fast("lstrip", bLStrip),
        .fast("maketrans", bMakeTrans, extraFlags: METH_STATIC),
        .oneArg("partition", bPartition),
        .oneArg("removeprefix", bRemovePrefix),
        .oneArg("removesuffix", bRemoveSuffix),
        .fast("replace", bReplace),
        .fast("rfind", bRFindM),
        .fast("rindex", bRIndexM),
        .fast("rjust", bRJust),
        .oneArg("rpartition", bRPartition),
        .fastKw("rsplit", bRSplit),
        .fast("rstrip", bRStrip),
        .fastKw("split", bSplit),
        .fastKw("splitlines", bSplitlines),
        .fast("startswith", bStartswith),
        .fast("strip", bStrip),
        .noArgs("swapcase", bSwapcase),
        .noArgs("title", bTitle),
        .fastKw("translate", bTranslate),
        .noArgs("upper", bUpper),
        .oneArg("zfill", bZFill),
    ]
}
