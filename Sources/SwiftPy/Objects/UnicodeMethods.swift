// str methods (CPython 3.11's full set). Formatting methods (format, format_map, __format__) are in
// UnicodeFormat.swift / StringFormatSpec.swift.
import CPython
import Glibc

@inline(__always) private func selfOrCopy(_ o: PyObjectRef) -> PyObjectRef? { strExactCopy(o) }

// MARK: - split / rsplit / splitlines

/// s.split(sep, maxsplit); sep nil = runs of whitespace.
func unicodeSplit(_ s: PyObjectRef, _ sep: PyObjectRef?, _ maxsplit: Int) -> PyObjectRef? {
    let v = StrView(s)
    let n = v.count
    var maxs = maxsplit < 0 ? Int.max : maxsplit
    var out = RefList(capacity: 12)
    if let sep = sep {
        let sv = StrView(sep)
        let m = sv.count
        if m == 0 { return strRaise(PyExc_ValueError, "empty separator") }
        var i = 0
        if v.kind == 1 && sv.kind == 1 && m == 1 {
            let ch = Int32(sv.bytes[0])
            let base = v.bytes
            while maxs > 0, i <= n, let p = memchr(base + i, ch, n - i) {
                let j = UnsafeRawPointer(p) - UnsafeRawPointer(base)
                guard let piece = strSubstring(s, i, j) else { return nil }
                out.append(piece)
                i = j + 1
                maxs -= 1
            }
        } else {
            while maxs > 0 {
                let j = strFind(v, sv, i, n)
                if j < 0 { break }
                guard let piece = strSubstring(s, i, j) else { return nil }
                out.append(piece)
                i = j + m
                maxs -= 1
            }
        }
        if i == 0 && out.count == 0 && isExactStr(s) { Py_INCREF(s); out.append(s) }
        else { guard let last = strSubstring(s, i, n) else { return nil }; out.append(last) }
        return out.finishList()
    }
    var i = 0
    while maxs > 0 {
        while i < n && ucIsSpace(v[i]) { i += 1 }
        if i == n { break }
        var j = i
        while j < n && !ucIsSpace(v[j]) { j += 1 }
        if i == 0 && j == n && isExactStr(s) { Py_INCREF(s); out.append(s); return out.finishList() }
        guard let piece = strSubstring(s, i, j) else { return nil }
        out.append(piece)
        i = j
        maxs -= 1
    }
    if i < n {
        while i < n && ucIsSpace(v[i]) { i += 1 }
        if i < n {
            guard let piece = strSubstring(s, i, n) else { return nil }
            out.append(piece)
        }
    }
    return out.finishList()
}

/// s.rsplit(sep, maxsplit).
func unicodeRSplit(_ s: PyObjectRef, _ sep: PyObjectRef?, _ maxsplit: Int) -> PyObjectRef? {
    let v = StrView(s)
    let n = v.count
    var maxs = maxsplit < 0 ? Int.max : maxsplit
    var out = RefList(capacity: 12)
    if let sep = sep {
        let sv = StrView(sep)
        let m = sv.count
        if m == 0 { return strRaise(PyExc_ValueError, "empty separator") }
        var j = n
        while maxs > 0 {
            let i = strRFind(v, sv, 0, j)
            if i < 0 { break }
            guard let piece = strSubstring(s, i + m, j) else { return nil }
            out.append(piece)
            j = i
            maxs -= 1
        }
        guard let first = strSubstring(s, 0, j) else { return nil }
        out.append(first)
        out.reverse()
        return out.finishList()
    }
    var j = n
    while maxs > 0 {
        while j > 0 && ucIsSpace(v[j - 1]) { j -= 1 }
        if j == 0 { break }
        var i = j
        while i > 0 && !ucIsSpace(v[i - 1]) { i -= 1 }
        guard let piece = strSubstring(s, i, j) else { return nil }
        out.append(piece)
        j = i
        maxs -= 1
    }
    if j > 0 {
        while j > 0 && ucIsSpace(v[j - 1]) { j -= 1 }
        if j > 0 { guard let piece = strSubstring(s, 0, j) else { return nil }; out.append(piece) }
    }
    out.reverse()
    return out.finishList()
}

private func splitArgs(_ fname: String, _ args: ArgVec, _ nargs: Int, _ kwnames: PyObjectRef?) -> (PyObjectRef?, Int, Bool) {
    var sepArg: PyObjectRef? = nil
    var maxArg: PyObjectRef? = nil
    if kwnames == nil {
        if nargs > 2 { strRaise(PyExc_TypeError, "\(fname)() takes at most 2 arguments (\(nargs) given)"); return (nil, 0, false) }
        if nargs > 0 { sepArg = args![0] }
        if nargs > 1 { maxArg = args![1] }
    } else {
        var out: [PyObjectRef?] = [nil, nil]
        if !parseArgs(fname, args, nargs, kwnames, ["sep", "maxsplit"], required: 0, out: &out) { return (nil, 0, false) }
        sepArg = out[0]; maxArg = out[1]
    }
    if let s = sepArg, s == pyNone { sepArg = nil }
    if let s = sepArg, !isStr(s) {
        strRaise(PyExc_TypeError, "must be str or None, not \(strTypeName(s))"); return (nil, 0, false)
    }
    var maxsplit = -1
    if let m = maxArg { guard let x = argAsSsize(m) else { return (nil, 0, false) }; maxsplit = x }
    return (sepArg, maxsplit, true)
}

private let strSplit: FastKwFn = { s, args, nargs, kw in
    let (sep, maxs, ok) = splitArgs("split", args, nargs, kw)
    return ok ? unicodeSplit(s!, sep, maxs) : nil
}

private let strRSplit: FastKwFn = { s, args, nargs, kw in
    let (sep, maxs, ok) = splitArgs("rsplit", args, nargs, kw)
    return ok ? unicodeRSplit(s!, sep, maxs) : nil
}

private let strSplitlines: FastKwFn = { s, args, nargs, kw in
    let s = s!
    var out: [PyObjectRef?] = [nil]
    if !parseArgs("splitlines", args, nargs, kw, ["keepends"], required: 0, out: &out) { return nil }
    var keep = false
    if let k = out[0] { guard let x = argAsSsize(k) else { return nil }; keep = x != 0 }
    let v = StrView(s)
    let n = v.count
    var list = RefList()
    var i = 0
    while i < n {
        var j = i
        while j < n && !ucIsLinebreak(v[j]) { j += 1 }
        var eol = j
        if j < n {
            if v[j] == 0x0D && j + 1 < n && v[j + 1] == 0x0A { j += 2 } else { j += 1 }
            if keep { eol = j }
        }
        if i == 0 && j == n && eol == n && isExactStr(s) { Py_INCREF(s); list.append(s); break }
        guard let piece = strSubstring(s, i, eol) else { return nil }
        list.append(piece)
        i = j
    }
    return list.finishList()
}

// MARK: - join

/// sep.join(seq).
func unicodeJoin(_ sep: PyObjectRef, _ iterable: PyObjectRef) -> PyObjectRef? {
    var seq: PyObjectRef
    if (sIsList(iterable) && iterable.pointee.ob_type == SPyType_List()) || (sIsTuple(iterable) && iterable.pointee.ob_type == SPyType_Tuple()) {
        seq = iterable
        Py_INCREF(seq)
    } else {
        guard let f = PySequence_Fast(iterable, "can only join an iterable") else { return nil }
        seq = f
    }
    defer { Py_DECREF(seq) }
    let isList = sIsList(seq)
    let n = isList ? seq.cast(to: PyVarObject.self).pointee.ob_size : sTupleSize(seq)
    let items = isList ? (n > 0 ? sListItems(seq) : nil) : sTupleItems(seq)
    if n == 0 { return strEmpty() }
    if n == 1, let it = items![0], isExactStr(it) { Py_INCREF(it); return it }
    let sepLen = strLen(sep)
    var total = sepLen * (n - 1)
    var wide = strKind(sep) == 4
    var ascii = strIsASCII(sep)
    for i in 0..<n {
        let it = items![i]!
        if !isStr(it) {
            return strRaise(PyExc_TypeError, "sequence item \(i): expected str instance, \(strTypeName(it)) found")
        }
        total += strLen(it)
        if strKind(it) == 4 { wide = true }
        if !strIsASCII(it) { ascii = false }
        if total > Int.max / 8 { return strRaise(PyExc_OverflowError, "join() result is too long for a Python string") }
    }
    if total == 0 { return strEmpty() }
    guard let r = allocStr(total, kind: wide ? 4 : 1, ascii: ascii) else { return nil }
    if !wide {
        var d = strBytes(r)
        let sp = strBytes(sep)
        for i in 0..<n {
            if i > 0 && sepLen > 0 {
                if sepLen == 1 { d[0] = sp[0] } else { memcpy(d, sp, sepLen) }
                d += sepLen
            }
            let it = items![i]!
            let m = strLen(it)
            memcpy(d, strData(it), m)
            d += m
        }
    } else {
        var d = strWide(r)
        @inline(__always) func put(_ o: PyObjectRef, _ d: inout UnsafeMutablePointer<UInt32>) {
            let m = strLen(o)
            if strKind(o) == 4 { memcpy(d, strData(o), m * 4) } else { let s = strBytes(o); for k in 0..<m { d[k] = UInt32(s[k]) } }
            d += m
        }
        for i in 0..<n {
            if i > 0 && sepLen > 0 { put(sep, &d) }
            put(items![i]!, &d)
        }
    }
    return r
}

private let strJoin: OneArgFn = { s, seq in unicodeJoin(s!, seq!) }

// MARK: - find / index / count / startswith / endswith

/// Parses (sub[, start[, end]]) for find-like methods; sub must be str.
@inline(__always) private func findArgs(_ fname: String, _ args: ArgVec, _ nargs: Int, _ n: Int) -> (PyObjectRef, Int, Int)? {
    if !checkArgCount(fname, nargs, 1, 3) { return nil }
    let sub = args![0]!
    var start = 0, end = Int.max
    if nargs > 1 { guard let x = sliceIndexArg(args![1], 0) else { return nil }; start = x }
    if nargs > 2 { guard let x = sliceIndexArg(args![2], Int.max) else { return nil }; end = x }
    adjustIndices(&start, &end, n)
    return (sub, start, end)
}

@inline(__always) private func findImpl(_ s: PyObjectRef, _ args: ArgVec, _ nargs: Int, _ fname: String, reverse: Bool) -> Int? {
    guard let (sub, start, end) = findArgs(fname, args, nargs, strLen(s)) else { return nil }
    if !isStr(sub) { strRaise(PyExc_TypeError, "must be str, not \(strTypeName(sub))"); return nil }
    if end - start < strLen(sub) { return -1 }
    return reverse ? strRFind(StrView(s), StrView(sub), start, end) : strFind(StrView(s), StrView(sub), start, end)
}

private let strFindM: FastFn = { s, a, n in findImpl(s!, a, n, "find", reverse: false).flatMap { sInt($0) } }
private let strRFindM: FastFn = { s, a, n in findImpl(s!, a, n, "rfind", reverse: true).flatMap { sInt($0) } }
private let strIndexM: FastFn = { s, a, n in
    guard let r = findImpl(s!, a, n, "index", reverse: false) else { return nil }
    if r < 0 { return strRaise(PyExc_ValueError, "substring not found") }
    return sInt(r)
}
private let strRIndexM: FastFn = { s, a, n in
    guard let r = findImpl(s!, a, n, "rindex", reverse: true) else { return nil }
    if r < 0 { return strRaise(PyExc_ValueError, "substring not found") }
    return sInt(r)
}

private let strCountM: FastFn = { s, args, nargs in
    let s = s!
    guard let (sub, start, end) = findArgs("count", args, nargs, strLen(s)) else { return nil }
    if !isStr(sub) { return strRaise(PyExc_TypeError, "must be str, not \(strTypeName(sub))") }
    if end - start < strLen(sub) { return sInt(0) }
    return sInt(strCount(StrView(s), StrView(sub), start, end))
}

/// CPython's tailmatch: does s[start:end] start (or end) with sub?
private func tailMatch(_ s: PyObjectRef, _ sub: PyObjectRef, _ start: Int, _ end: Int, atEnd: Bool) -> Bool {
    let m = strLen(sub)
    var st = start, en = end
    adjustIndices(&st, &en, strLen(s))
    en -= m
    if en < st { return false }
    if m == 0 { return true }
    let off = atEnd ? en : st
    let a = StrView(s), b = StrView(sub)
    if a.kind == b.kind { return memcmp(a.base + off * a.kind, b.base, m * a.kind) == 0 }
    if b.kind == 4 { return false }
    for i in 0..<m where a[off + i] != b[i] { return false }
    return true
}

private func startsEnds(_ s: PyObjectRef, _ args: ArgVec, _ nargs: Int, atEnd: Bool) -> PyObjectRef? {
    let fname = atEnd ? "endswith" : "startswith"
    if !checkArgCount(fname, nargs, 1, 3) { return nil }
    let sub = args![0]!
    var start = 0, end = Int.max
    if nargs > 1 { guard let x = sliceIndexArg(args![1], 0) else { return nil }; start = x }
    if nargs > 2 { guard let x = sliceIndexArg(args![2], Int.max) else { return nil }; end = x }
    if sIsTuple(sub) {
        for i in 0..<sTupleSize(sub) {
            let it = sTupleAt(sub, i)
            if !isStr(it) {
                return strRaise(PyExc_TypeError, "tuple for \(fname) must only contain str, not \(strTypeName(it))")
            }
            if tailMatch(s, it, start, end, atEnd: atEnd) { return pyBool(true) }
        }
        return pyBool(false)
    }
    if !isStr(sub) {
        return strRaise(PyExc_TypeError, "\(fname) first arg must be str or a tuple of str, not \(strTypeName(sub))")
    }
    return pyBool(tailMatch(s, sub, start, end, atEnd: atEnd))
}

private let strStartswith: FastFn = { s, a, n in startsEnds(s!, a, n, atEnd: false) }
private let strEndswith: FastFn = { s, a, n in startsEnds(s!, a, n, atEnd: true) }

// MARK: - replace

/// s.replace(old, new, count) (count < 0: all).
func unicodeReplace(_ s: PyObjectRef, _ old: PyObjectRef, _ new: PyObjectRef, _ count: Int) -> PyObjectRef? {
    let v = StrView(s), ov = StrView(old)
    let n = v.count, m = ov.count
    let maxc = count < 0 ? Int.max : count
    if maxc == 0 || n < m { return selfOrCopy(s) }
    if m == 0 {
        // insert `new` before every character (and at the end), at most maxc times
        var b = UnicodeBuilder(capacity: n + strLen(new) * min(n + 1, maxc))
        var done = 0
        for i in 0..<n {
            if done < maxc { b.append(str: new); done += 1 }
            b.append(v[i])
        }
        if done < maxc { b.append(str: new) }
        return b.finish()
    }
    var j = strFind(v, ov, 0, n)
    if j < 0 { return selfOrCopy(s) }
    var b = UnicodeBuilder(capacity: n)
    var i = 0
    var done = 0
    while j >= 0 && done < maxc {
        b.append(str: s, from: i, to: j)
        b.append(str: new)
        i = j + m
        done += 1
        if done < maxc { j = strFind(v, ov, i, n) }
    }
    b.append(str: s, from: i, to: n)
    return b.finish()
}

private let strReplaceM: FastFn = { s, args, nargs in
    if !checkPositional("replace", nargs, 2, 3) { return nil }
    let a = args![0]!, b = args![1]!
    if !isStr(a) { return strRaise(PyExc_TypeError, "replace() argument 1 must be str, not \(strTypeName(a))") }
    if !isStr(b) { return strRaise(PyExc_TypeError, "replace() argument 2 must be str, not \(strTypeName(b))") }
    var count = -1
    if nargs > 2 { guard let c = argAsSsize(args![2]!) else { return nil }; count = c }
    return unicodeReplace(s!, a, b, count)
}

// MARK: - strip

/// Strips chars (nil = whitespace) from the left/right of s.
func unicodeStrip(_ s: PyObjectRef, _ chars: PyObjectRef?, left: Bool, right: Bool) -> PyObjectRef? {
    let v = StrView(s)
    var i = 0, j = v.count
    if let chars = chars {
        let cv = StrView(chars)
        @inline(__always) func inSet(_ c: UInt32) -> Bool {
            for k in 0..<cv.count where cv[k] == c { return true }
            return false
        }
        if left { while i < j && inSet(v[i]) { i += 1 } }
        if right { while j > i && inSet(v[j - 1]) { j -= 1 } }
    } else {
        if left { while i < j && ucIsSpace(v[i]) { i += 1 } }
        if right { while j > i && ucIsSpace(v[j - 1]) { j -= 1 } }
    }
    return strSubstring(s, i, j).flatMap { r in
        if r == s || isExactStr(r) { return r }
        defer { Py_DECREF(r) }
        return strExactCopy(r)
    }
}

private func stripM(_ s: PyObjectRef, _ args: ArgVec, _ nargs: Int, _ fname: String, _ l: Bool, _ r: Bool) -> PyObjectRef? {
    if !checkPositional(fname, nargs, 0, 1) { return nil }
    var chars: PyObjectRef? = nil
    if nargs == 1, let c = args![0], c != pyNone {
        if !isStr(c) { return strRaise(PyExc_TypeError, "\(fname) arg must be None or str") }
        chars = c
    }
    return unicodeStrip(s, chars, left: l, right: r)
}
private let strStrip: FastFn = { s, a, n in stripM(s!, a, n, "strip", true, true) }
private let strLStrip: FastFn = { s, a, n in stripM(s!, a, n, "lstrip", true, false) }
private let strRStrip: FastFn = { s, a, n in stripM(s!, a, n, "rstrip", false, true) }

// MARK: - partition / removeprefix / removesuffix

private func partitionImpl(_ s: PyObjectRef, _ sep: PyObjectRef, reverse: Bool) -> PyObjectRef? {
    if !isStr(sep) { return strRaise(PyExc_TypeError, "must be str, not \(strTypeName(sep))") }
    if strLen(sep) == 0 { return strRaise(PyExc_ValueError, "empty separator") }
    let v = StrView(s), sv = StrView(sep)
    let j = reverse ? strRFind(v, sv, 0, v.count) : strFind(v, sv, 0, v.count)
    if j < 0 {
        guard let whole = strExactCopy(s) else { return nil }
        return reverse ? sTupleSteal([strEmpty(), strEmpty(), whole]) : sTupleSteal([whole, strEmpty(), strEmpty()])
    }
    guard let head = strSubstring(s, 0, j) else { return nil }
    guard let tail = strSubstring(s, j + sv.count, v.count) else { Py_DECREF(head); return nil }
    guard let sepc = strExactCopy(sep) else { Py_DECREF(head); Py_DECREF(tail); return nil }
    return sTupleSteal([head, sepc, tail])
}
private let strPartition: OneArgFn = { s, sep in partitionImpl(s!, sep!, reverse: false) }
private let strRPartition: OneArgFn = { s, sep in partitionImpl(s!, sep!, reverse: true) }

private let strRemovePrefix: OneArgFn = { s, p in
    let s = s!, p = p!
    if !isStr(p) { return strRaise(PyExc_TypeError, "removeprefix() argument must be str, not \(strTypeName(p))") }
    if tailMatch(s, p, 0, Int.max, atEnd: false) { return strSubstring(s, strLen(p), strLen(s)) }
    return strExactCopy(s)
}
private let strRemoveSuffix: OneArgFn = { s, p in
    let s = s!, p = p!
    if !isStr(p) { return strRaise(PyExc_TypeError, "removesuffix() argument must be str, not \(strTypeName(p))") }
    if strLen(p) > 0 && tailMatch(s, p, 0, Int.max, atEnd: true) { return strSubstring(s, 0, strLen(s) - strLen(p)) }
    return strExactCopy(s)
}

// MARK: - padding: center / ljust / rjust / zfill / expandtabs

private func fillCharArg(_ o: PyObjectRef?) -> UInt32? {
    guard let o = o else { return 0x20 }
    if !isStr(o) {
        strRaise(PyExc_TypeError, "The fill character must be a unicode character, not \(strTypeName(o))")
        return nil
    }
    if strLen(o) != 1 {
        strRaise(PyExc_TypeError, "The fill character must be exactly one character long")
        return nil
    }
    return strAt(o, 0)
}

/// s padded with `left` and `right` fill characters.
func strPad(_ s: PyObjectRef, _ left: Int, _ right: Int, _ fill: UInt32) -> PyObjectRef? {
    if left <= 0 && right <= 0 { return strExactCopy(s) }
    var b = UnicodeBuilder(capacity: strLen(s) + max(left, 0) + max(right, 0))
    b.appendRepeated(fill, left)
    b.append(str: s)
    b.appendRepeated(fill, right)
    return b.finish()
}

private func justify(_ s: PyObjectRef, _ args: ArgVec, _ nargs: Int, _ fname: String, _ mode: Int) -> PyObjectRef? {
    if !checkPositional(fname, nargs, 1, 2) { return nil }
    guard let width = argAsSsize(args![0]!) else { return nil }
    guard let fill = fillCharArg(nargs > 1 ? args![1] : nil) else { return nil }
    let n = strLen(s)
    if n >= width { return strExactCopy(s) }
    let marg = width - n
    switch mode {
    case 0: return strPad(s, 0, marg, fill)
    case 1: return strPad(s, marg, 0, fill)
    default:
        let left = marg / 2 + (marg & width & 1)
        return strPad(s, left, marg - left, fill)
    }
}
private let strLJust: FastFn = { s, a, n in justify(s!, a, n, "ljust", 0) }
private let strRJust: FastFn = { s, a, n in justify(s!, a, n, "rjust", 1) }
private let strCenter: FastFn = { s, a, n in justify(s!, a, n, "center", 2) }

private let strZFill: OneArgFn = { s, w in
    let s = s!
    guard let width = argAsSsize(w!) else { return nil }
    let n = strLen(s)
    if n >= width { return strExactCopy(s) }
    let fill = width - n
    var b = UnicodeBuilder(capacity: width)
    let v = StrView(s)
    if n > 0 && (v[0] == 0x2B || v[0] == 0x2D) {
        b.append(v[0])
        b.appendRepeated(0x30, fill)
        b.append(str: s, from: 1, to: n)
    } else {
        b.appendRepeated(0x30, fill)
        b.append(str: s)
    }
    return b.finish()
}

private let strExpandTabs: FastKwFn = { s, args, nargs, kw in
    let s = s!
    var out: [PyObjectRef?] = [nil]
    if !parseArgs("expandtabs", args, nargs, kw, ["tabsize"], required: 0, out: &out) { return nil }
    var tabsize = 8
    if let t = out[0] { guard let x = argAsSsize(t) else { return nil }; tabsize = x }
    let v = StrView(s)
    var hasTab = false
    for i in 0..<v.count where v[i] == 0x09 { hasTab = true; break }
    if !hasTab { return strExactCopy(s) }
    var b = UnicodeBuilder(capacity: v.count + 16)
    var col = 0
    for i in 0..<v.count {
        let c = v[i]
        if c == 0x09 {
            if tabsize > 0 {
                let incr = tabsize - (col % tabsize)
                col += incr
                b.appendRepeated(0x20, incr)
            }
        } else {
            col += 1
            b.append(c)
            if c == 0x0A || c == 0x0D { col = 0 }
        }
    }
    return b.finish()
}

// MARK: - case mapping

private func asciiMap(_ s: PyObjectRef, upper: Bool) -> PyObjectRef? {
    let n = strLen(s)
    if n == 0 { return strEmpty() }
    guard let r = allocStr(n, kind: 1, ascii: true) else { return nil }
    let src = strBytes(s), d = strBytes(r)
    if upper { for i in 0..<n { let c = src[i]; d[i] = (c >= 0x61 && c <= 0x7A) ? c & ~0x20 : c } }
    else { for i in 0..<n { let c = src[i]; d[i] = (c >= 0x41 && c <= 0x5A) ? c | 0x20 : c } }
    if n == 1 { let c = UInt32(d[0]); Py_DECREF(r); return strLatin1Char(c) }
    return r
}

private let strLower: NoArgsFn = { s, _ in
    let s = s!
    if strIsASCII(s) { return asciiMap(s, upper: false) }
    let v = StrView(s)
    var b = UnicodeBuilder(capacity: v.count)
    for i in 0..<v.count { ucAppendLower(&b, v, i) }
    return b.finish()
}

private let strUpper: NoArgsFn = { s, _ in
    let s = s!
    if strIsASCII(s) { return asciiMap(s, upper: true) }
    let v = StrView(s)
    var b = UnicodeBuilder(capacity: v.count)
    for i in 0..<v.count { ucAppendMapped(&b, v[i], .upper) }
    return b.finish()
}

private let strCasefold: NoArgsFn = { s, _ in
    let s = s!
    if strIsASCII(s) { return asciiMap(s, upper: false) }
    let v = StrView(s)
    var b = UnicodeBuilder(capacity: v.count)
    for i in 0..<v.count { ucAppendMapped(&b, v[i], .fold) }
    return b.finish()
}

private let strSwapcase: NoArgsFn = { s, _ in
    let v = StrView(s!)
    var b = UnicodeBuilder(capacity: v.count)
    for i in 0..<v.count {
        let c = v[i]
        if ucIsUpper(c) { ucAppendLower(&b, v, i) }
        else if ucIsLower(c) { ucAppendMapped(&b, c, .upper) }
        else { b.append(c) }
    }
    return b.finish()
}

private let strCapitalize: NoArgsFn = { s, _ in
    let v = StrView(s!)
    if v.count == 0 { return strEmpty() }
    var b = UnicodeBuilder(capacity: v.count)
    ucAppendMapped(&b, v[0], .title)
    for i in 1..<v.count { ucAppendLower(&b, v, i) }
    return b.finish()
}

private let strTitle: NoArgsFn = { s, _ in
    let v = StrView(s!)
    var b = UnicodeBuilder(capacity: v.count)
    var prevCased = false
    for i in 0..<v.count {
        let c = v[i]
        if prevCased { ucAppendLower(&b, v, i) } else { ucAppendMapped(&b, c, .title) }
        prevCased = ucIsCased(c)
    }
    return b.finish()
}

// MARK: - predicates

@inline(__always) private func allChars(_ s: PyObjectRef, _ pred: (UInt32) -> Bool) -> PyObjectRef? {
    let v = StrView(s)
    if v.count == 0 { return pyBool(false) }
    for i in 0..<v.count where !pred(v[i]) { return pyBool(false) }
    return pyBool(true)
}

private let strIsSpace: NoArgsFn = { s, _ in allChars(s!, ucIsSpace) }
private let strIsAlpha: NoArgsFn = { s, _ in allChars(s!, ucIsAlpha) }
private let strIsAlnum: NoArgsFn = { s, _ in allChars(s!, ucIsAlnum) }
private let strIsDecimal: NoArgsFn = { s, _ in allChars(s!, ucIsDecimal) }
private let strIsDigit: NoArgsFn = { s, _ in allChars(s!, ucIsDigit) }
private let strIsNumeric: NoArgsFn = { s, _ in allChars(s!, ucIsNumeric) }
private let strIsAscii: NoArgsFn = { s, _ in pyBool(strIsASCII(s!)) }
private let strIsIdentifierM: NoArgsFn = { s, _ in pyBool(strIsIdentifier(s!)) }
private let strIsPrintable: NoArgsFn = { s, _ in
    let v = StrView(s!)
    for i in 0..<v.count where !unicodeIsPrintable(v[i]) { return pyBool(false) }
    return pyBool(true)
}
private let strIsLower: NoArgsFn = { s, _ in
    let v = StrView(s!)
    var cased = false
    for i in 0..<v.count {
        let c = v[i]
        if ucIsUpper(c) || ucIsTitle(c) { return pyBool(false) }
        if !cased && ucIsLower(c) { cased = true }
    }
    return pyBool(cased)
}
private let strIsUpper: NoArgsFn = { s, _ in
    let v = StrView(s!)
    var cased = false
    for i in 0..<v.count {
        let c = v[i]
        if ucIsLower(c) || ucIsTitle(c) { return pyBool(false) }
        if !cased && ucIsUpper(c) { cased = true }
    }
    return pyBool(cased)
}
private let strIsTitle: NoArgsFn = { s, _ in
    let v = StrView(s!)
    var cased = false, prev = false
    for i in 0..<v.count {
        let c = v[i]
        if ucIsUpper(c) || ucIsTitle(c) {
            if prev { return pyBool(false) }
            prev = true; cased = true
        } else if ucIsLower(c) {
            if !prev { return pyBool(false) }
            prev = true; cased = true
        } else { prev = false }
    }
    return pyBool(cased)
}

// MARK: - translate / maketrans

private let strTranslate: OneArgFn = { s, table in
    let s = s!, table = table!
    let v = StrView(s)
    var b = UnicodeBuilder(capacity: v.count)
    // per-call cache for code points < 256: 0 = unknown, 1 = keep, 2 = delete, 3 = single char, 4 = other (str)
    var cacheKind = [UInt8](repeating: 0, count: 256)
    var cacheChar = [UInt32](repeating: 0, count: 256)
    for i in 0..<v.count {
        let c = v[i]
        if c < 256 {
            switch cacheKind[Int(c)] {
            case 1: b.append(c); continue
            case 2: continue
            case 3: b.append(cacheChar[Int(c)]); continue
            default: break
            }
        }
        guard let key = sInt(Int(c)) else { return nil }
        let r = PyObject_GetItem(table, key)
        Py_DECREF(key)
        guard let r = r else {
            if PyErr_ExceptionMatches(PyExc_LookupError) != 0 {
                PyErr_Clear()
                b.append(c)
                if c < 256 { cacheKind[Int(c)] = 1 }
                continue
            }
            return nil
        }
        defer { Py_DECREF(r) }
        if r == pyNone { if c < 256 { cacheKind[Int(c)] = 2 }; continue }
        if sIsInt(r) {
            let x = PyLong_AsSsize_t(r)
            if x == -1 && PyErr_Occurred() != nil { PyErr_Clear() }
            if x < 0 || x > 0x10FFFF || (x == -1) {
                return strRaise(PyExc_ValueError, "character mapping must be in range(0x110000)")
            }
            b.append(UInt32(x))
            if c < 256 { cacheKind[Int(c)] = 3; cacheChar[Int(c)] = UInt32(x) }
            continue
        }
        if isStr(r) {
            b.append(str: r)
            if c < 256 && strLen(r) == 1 { cacheKind[Int(c)] = 3; cacheChar[Int(c)] = strAt(r, 0) }
            continue
        }
        return strRaise(PyExc_TypeError, "character mapping must return integer, None or str")
    }
    return b.finish()
}

private let strMakeTrans: FastFn = { _, args, nargs in
    if !checkPositional("maketrans", nargs, 1, 3) { return nil }
    let x = args![0]!
    guard let d = PyDict_New() else { return nil }
    if nargs == 1 {
        if !sIsDict(x) {
            Py_DECREF(d)
            return strRaise(PyExc_TypeError, "if you give only one argument to maketrans it must be a dict")
        }
        var pos = 0
        var k: PyObjectRef? = nil, val: PyObjectRef? = nil
        while PyDict_Next(x, &pos, &k, &val) != 0 {
            let key = k!
            if isStr(key) {
                if strLen(key) != 1 {
                    Py_DECREF(d)
                    return strRaise(PyExc_ValueError, "string keys in translate table must be of length 1")
                }
                guard let ik = sInt(Int(strAt(key, 0))) else { Py_DECREF(d); return nil }
                let rc = PyDict_SetItem(d, ik, val!)
                Py_DECREF(ik)
                if rc < 0 { Py_DECREF(d); return nil }
            } else if sIsInt(key) {
                if PyDict_SetItem(d, key, val!) < 0 { Py_DECREF(d); return nil }
            } else {
                Py_DECREF(d)
                return strRaise(PyExc_TypeError, "keys in translate table must be strings or integers")
            }
        }
        return d
    }
    let y = args![1]!
    for (i, o) in [x, y].enumerated() where !isStr(o) {
        Py_DECREF(d)
        return strRaise(PyExc_TypeError, "maketrans() argument \(i + 1) must be str, not \(strTypeName(o))")
    }
    if nargs == 3, !isStr(args![2]!) {
        Py_DECREF(d)
        return strRaise(PyExc_TypeError, "maketrans() argument 3 must be str, not \(strTypeName(args![2]!))")
    }
    if strLen(x) != strLen(y) {
        Py_DECREF(d)
        return strRaise(PyExc_ValueError, "the first two maketrans arguments must have equal length")
    }
    for i in 0..<strLen(x) {
        guard let k = sInt(Int(strAt(x, i))), let v = sInt(Int(strAt(y, i))) else { Py_DECREF(d); return nil }
        let rc = PyDict_SetItem(d, k, v)
        Py_DECREF(k); Py_DECREF(v)
        if rc < 0 { Py_DECREF(d); return nil }
    }
    if nargs == 3 {
        let z = args![2]!
        for i in 0..<strLen(z) {
            guard let k = sInt(Int(strAt(z, i))) else { Py_DECREF(d); return nil }
            let rc = PyDict_SetItem(d, k, pyNone)
            Py_DECREF(k)
            if rc < 0 { Py_DECREF(d); return nil }
        }
    }
    return d
}

// MARK: - encode, __getnewargs__, __sizeof__

private let strEncode: FastKwFn = { s, args, nargs, kw in
    var out: [PyObjectRef?] = [nil, nil]
    if !parseArgs("encode", args, nargs, kw, ["encoding", "errors"], required: 0, out: &out) { return nil }
    var enc: String? = nil, err: String? = nil
    if let e = out[0] {
        if !isStr(e) { return strRaise(PyExc_TypeError, "encode() argument 'encoding' must be str, not \(strTypeName(e))") }
        enc = swiftString(e)
    }
    if let e = out[1] {
        if !isStr(e) { return strRaise(PyExc_TypeError, "encode() argument 'errors' must be str, not \(strTypeName(e))") }
        err = swiftString(e)
    }
    return encodeStr(s!, encoding: enc, errors: err)
}

private let strGetNewArgs: NoArgsFn = { s, _ in
    guard let c = strExactCopy(s!) else { return nil }
    return sTupleSteal([c])
}

private let strSizeOf: NoArgsFn = { s, _ in
    let s = s!
    let n = strLen(s)
    if strIsASCII(s) { return sInt(48 + n + 1) }
    let v = StrView(s)
    var maxc: UInt32 = 0
    for i in 0..<n where v[i] > maxc { maxc = v[i] }
    let k = maxc < 256 ? 1 : (maxc < 0x10000 ? 2 : 4)
    var size = 72 + (n + 1) * k
    if strObj(s).pointee.utf8 != nil { size += strObj(s).pointee.utf8_length + 1 }
    return sInt(size)
}

/// The method table of str.
func unicodeMethodSpecs() -> [MethodSpec] {
    [
        .noArgs("capitalize", strCapitalize),
        .noArgs("casefold", strCasefold),
        .fast("center", strCenter),
        .fast("count", strCountM),
        .fastKw("encode", strEncode),
        .fast("endswith", strEndswith),
        .fastKw("expandtabs", strExpandTabs),
        .fast("find", strFindM),
        .varArgsKw("format", strFormatMethod),
        .oneArg("format_map", strFormatMap),
        .oneArg("__format__", strDunderFormat),
        .fast("index", strIndexM),
        .noArgs("isalnum", strIsAlnum),
        .noArgs("isalpha", strIsAlpha),
        .noArgs("isascii", strIsAscii),
        .noArgs("isdecimal", strIsDecimal),
        .noArgs("isdigit", strIsDigit),
        .noArgs("isidentifier", strIsIdentifierM),
        .noArgs("islower", strIsLower),
        .noArgs("isnumeric", strIsNumeric),
        .noArgs("isprintable", strIsPrintable),
        .noArgs("isspace", strIsSpace),
        .noArgs("istitle", strIsTitle),
        .noArgs("isupper", strIsUpper),
        .oneArg("join", strJoin),
        .fast("ljust", strLJust),
        .noArgs("lower", strLower),
        .fast("lstrip", strLStrip),
        .fast("maketrans", strMakeTrans, extraFlags: METH_STATIC),
        .oneArg("partition", strPartition),
        .oneArg("removeprefix", strRemovePrefix),
        .oneArg("removesuffix", strRemoveSuffix),
        .fast("replace", strReplaceM),
        .fast("rfind", strRFindM),
        .fast("rindex", strRIndexM),
        .fast("rjust", strRJust),
        .oneArg("rpartition", strRPartition),
        .fastKw("rsplit", strRSplit),
        .fast("rstrip", strRStrip),
        .fastKw("split", strSplit),
        .fastKw("splitlines", strSplitlines),
        .fast("startswith", strStartswith),
        .fast("strip", strStrip),
        .noArgs("swapcase", strSwapcase),
        .noArgs("title", strTitle),
        .oneArg("translate", strTranslate),
        .noArgs("upper", strUpper),
        .oneArg("zfill", strZFill),
        .noArgs("__getnewargs__", strGetNewArgs),
        .noArgs("__sizeof__", strSizeOf),
    ]
}
