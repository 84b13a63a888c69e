// The str C API of unicodeobject.h (PyUnicode_FromFormat/FromFormatV are in unicode_format.c).
import CPython
import Glibc

private func badArgument(_ what: String = "bad argument type for built-in operation") -> PyObjectRef? {
    PyErr_SetString(PyExc_TypeError, what)
    return nil
}

@c @implementation public func PyUnicode_New(_ size: Int, _ maxchar: UInt32) -> UnsafeMutablePointer<PyObject>? {
    if size < 0 { PyErr_SetString(PyExc_SystemError, "Negative size passed to PyUnicode_New"); return nil }
    if maxchar > 0x10FFFF { PyErr_SetString(PyExc_SystemError, "invalid maximum character passed to PyUnicode_New"); return nil }
    if size == 0 { return strEmpty() }
    let kind = maxchar < 256 ? 1 : 4
    guard let s = allocStr(size, kind: kind, ascii: maxchar < 128) else { return nil }
    memset(strData(s), 0, size * kind)
    return s
}

@c @implementation public func PyUnicode_FromString(_ u: UnsafePointer<CChar>?) -> UnsafeMutablePointer<PyObject>? {
    guard let u = u else { PyErr_BadInternalCall(); return nil }
    return decodeUTF8(UnsafeRawPointer(u).assumingMemoryBound(to: UInt8.self), strlen(u), errors: nil)
}

@c @implementation public func PyUnicode_FromStringAndSize(_ u: UnsafePointer<CChar>?, _ size: Int) -> UnsafeMutablePointer<PyObject>? {
    if size < 0 { PyErr_SetString(PyExc_SystemError, "Negative size passed to PyUnicode_FromStringAndSize"); return nil }
    guard let u = u else {
        if size == 0 { return strEmpty() }
        PyErr_SetString(PyExc_SystemError, "NULL string with positive size with NULL passed to PyUnicode_FromStringAndSize")
        return nil
    }
    return decodeUTF8(UnsafeRawPointer(u).assumingMemoryBound(to: UInt8.self), size, errors: nil)
}

@c @implementation public func PyUnicode_FromKindAndData(_ kind: Int32, _ buffer: UnsafeRawPointer?, _ size: Int) -> UnsafeMutablePointer<PyObject>? {
    if size < 0 { PyErr_SetString(PyExc_ValueError, "size must be positive"); return nil }
    if size == 0 { return strEmpty() }
    guard let b = buffer else { PyErr_BadInternalCall(); return nil }
    switch kind {
    case 1: return strFromLatin1(b, size)
    case 2:
        let p = b.assumingMemoryBound(to: UInt16.self)
        let tmp = UnsafeMutablePointer<UInt32>.allocate(capacity: size)
        defer { tmp.deallocate() }
        var orc: UInt32 = 0
        for i in 0..<size { tmp[i] = UInt32(p[i]); orc |= tmp[i] }
        return strFromUCS4(tmp, size, maxCharHint: orc)
    case 4:
        let p = b.assumingMemoryBound(to: UInt32.self)
        for i in 0..<size where p[i] > 0x10FFFF {
            PyErr_SetString(PyExc_ValueError, "character U+\(String(p[i], radix: 16)) is not in range [U+0000; U+10ffff]")
            return nil
        }
        return strFromUCS4(p, size)
    default:
        PyErr_SetString(PyExc_SystemError, "invalid kind")
        return nil
    }
}

@c @implementation public func PyUnicode_FromOrdinal(_ ordinal: Int32) -> UnsafeMutablePointer<PyObject>? {
    if ordinal < 0 || ordinal > 0x10FFFF {
        PyErr_SetString(PyExc_ValueError, "chr() arg not in range(0x110000)")
        return nil
    }
    return strFromCodePoint(UInt32(ordinal))
}

@c @implementation public func PyUnicode_FromObject(_ obj: UnsafeMutablePointer<PyObject>?) -> UnsafeMutablePointer<PyObject>? {
    guard let o = obj else { PyErr_BadInternalCall(); return nil }
    if isExactStr(o) { Py_INCREF(o); return o }
    if isStr(o) { return strExactCopy(o) }
    return strRaise(PyExc_TypeError, "Can't convert '\(strTypeName(o))' object to str implicitly")
}

@c @implementation public func PyUnicode_FromEncodedObject(_ obj: UnsafeMutablePointer<PyObject>?, _ encoding: UnsafePointer<CChar>?, _ errors: UnsafePointer<CChar>?) -> UnsafeMutablePointer<PyObject>? {
    guard let o = obj else { PyErr_BadInternalCall(); return nil }
    return decodeObject(o, encoding: encoding.map { String(cString: $0) }, errors: errors.map { String(cString: $0) })
}

@c @implementation public func PyUnicode_FromWideChar(_ w: UnsafePointer<wchar_t>?, _ size: Int) -> UnsafeMutablePointer<PyObject>? {
    guard let w = w else {
        if size == 0 { return strEmpty() }
        PyErr_BadInternalCall(); return nil
    }
    let n = size == -1 ? wcslen(w) : size
    return PyUnicode_FromKindAndData(4, UnsafeRawPointer(w), n)
}

@c @implementation public func PyUnicode_AsWideChar(_ unicode: UnsafeMutablePointer<PyObject>?, _ w: UnsafeMutablePointer<wchar_t>?, _ size: Int) -> Int {
    guard let o = unicode, isStr(o) else { PyErr_BadInternalCall(); return -1 }
    let n = strLen(o)
    guard let w = w else { return n + 1 }
    let m = min(size, n)
    let v = StrView(o)
    for i in 0..<m { w[i] = wchar_t(bitPattern: v[i]) }
    if m < size { w[m] = 0 }
    return m
}

@c @implementation public func PyUnicode_AsWideCharString(_ unicode: UnsafeMutablePointer<PyObject>?, _ size: UnsafeMutablePointer<Int>?) -> UnsafeMutablePointer<wchar_t>? {
    guard let o = unicode, isStr(o) else { PyErr_BadInternalCall(); return nil }
    let n = strLen(o)
    let v = StrView(o)
    if size == nil {
        for i in 0..<n where v[i] == 0 { PyErr_SetString(PyExc_ValueError, "embedded null character"); return nil }
    }
    guard let mem = PyMem_Malloc((n + 1) * MemoryLayout<wchar_t>.size) else { PyErr_NoMemory(); return nil }
    let w = mem.assumingMemoryBound(to: wchar_t.self)
    for i in 0..<n { w[i] = wchar_t(bitPattern: v[i]) }
    w[n] = 0
    size?.pointee = n
    return w
}

@c @implementation public func PyUnicode_AsUTF8AndSize(_ unicode: UnsafeMutablePointer<PyObject>?, _ size: UnsafeMutablePointer<Int>?) -> UnsafePointer<CChar>? {
    guard let o = unicode, isStr(o) else { PyErr_BadArgument(); return nil }
    guard let p = strUTF8(o) else { return nil }
    size?.pointee = strObj(o).pointee.utf8_length
    return UnsafePointer(p)
}

@c @implementation public func PyUnicode_AsUTF8(_ unicode: UnsafeMutablePointer<PyObject>?) -> UnsafePointer<CChar>? {
    PyUnicode_AsUTF8AndSize(unicode, nil)
}

@c @implementation public func PyUnicode_AsUTF8String(_ unicode: UnsafeMutablePointer<PyObject>?) -> UnsafeMutablePointer<PyObject>? {
    guard let o = unicode, isStr(o) else { return badArgument() }
    return encodeStr(o, .utf8, errors: nil)
}

@c @implementation public func PyUnicode_AsASCIIString(_ unicode: UnsafeMutablePointer<PyObject>?) -> UnsafeMutablePointer<PyObject>? {
    guard let o = unicode, isStr(o) else { return badArgument() }
    return encodeStr(o, .ascii, errors: nil)
}

@c @implementation public func PyUnicode_AsLatin1String(_ unicode: UnsafeMutablePointer<PyObject>?) -> UnsafeMutablePointer<PyObject>? {
    guard let o = unicode, isStr(o) else { return badArgument() }
    return encodeStr(o, .latin1, errors: nil)
}

@c @implementation public func PyUnicode_AsEncodedString(_ unicode: UnsafeMutablePointer<PyObject>?, _ encoding: UnsafePointer<CChar>?, _ errors: UnsafePointer<CChar>?) -> UnsafeMutablePointer<PyObject>? {
    guard let o = unicode, isStr(o) else { return badArgument() }
    return encodeStr(o, encoding: encoding.map { String(cString: $0) }, errors: errors.map { String(cString: $0) })
}

@c @implementation public func PyUnicode_Decode(_ s: UnsafePointer<CChar>?, _ size: Int, _ encoding: UnsafePointer<CChar>?, _ errors: UnsafePointer<CChar>?) -> UnsafeMutablePointer<PyObject>? {
    guard let s = s else { if size == 0 { return strEmpty() }; PyErr_BadInternalCall(); return nil }
    return decodeBytes(UnsafeRawPointer(s).assumingMemoryBound(to: UInt8.self), size,
                       encoding: encoding.map { String(cString: $0) }, errors: errors.map { String(cString: $0) })
}

@c @implementation public func PyUnicode_DecodeUTF8(_ string: UnsafePointer<CChar>?, _ length: Int, _ errors: UnsafePointer<CChar>?) -> UnsafeMutablePointer<PyObject>? {
    guard let s = string else { if length == 0 { return strEmpty() }; PyErr_BadInternalCall(); return nil }
    return decodeBytes(UnsafeRawPointer(s).assumingMemoryBound(to: UInt8.self), length, .utf8, errors: errors.map { String(cString: $0) })
}

@c @implementation public func PyUnicode_DecodeASCII(_ string: UnsafePointer<CChar>?, _ length: Int, _ errors: UnsafePointer<CChar>?) -> UnsafeMutablePointer<PyObject>? {
    guard let s = string else { if length == 0 { return strEmpty() }; PyErr_BadInternalCall(); return nil }
    return decodeBytes(UnsafeRawPointer(s).assumingMemoryBound(to: UInt8.self), length, .ascii, errors: errors.map { String(cString: $0) })
}

@c @implementation public func PyUnicode_DecodeLatin1(_ string: UnsafePointer<CChar>?, _ length: Int, _ errors: UnsafePointer<CChar>?) -> UnsafeMutablePointer<PyObject>? {
    guard let s = string else { if length == 0 { return strEmpty() }; PyErr_BadInternalCall(); return nil }
    return strFromLatin1(s, length)
}

@c @implementation public func PyUnicode_DecodeFSDefault(_ s: UnsafePointer<CChar>?) -> UnsafeMutablePointer<PyObject>? {
    guard let s = s else { PyErr_BadInternalCall(); return nil }
    return decodeUTF8(UnsafeRawPointer(s).assumingMemoryBound(to: UInt8.self), strlen(s), errors: "surrogateescape")
}

@c @implementation public func PyUnicode_DecodeFSDefaultAndSize(_ s: UnsafePointer<CChar>?, _ size: Int) -> UnsafeMutablePointer<PyObject>? {
    guard let s = s else { if size == 0 { return strEmpty() }; PyErr_BadInternalCall(); return nil }
    return decodeUTF8(UnsafeRawPointer(s).assumingMemoryBound(to: UInt8.self), size, errors: "surrogateescape")
}

@c @implementation public func PyUnicode_EncodeFSDefault(_ unicode: UnsafeMutablePointer<PyObject>?) -> UnsafeMutablePointer<PyObject>? {
    guard let o = unicode, isStr(o) else { return badArgument() }
    return encodeStr(o, .utf8, errors: "surrogateescape")
}

@c @implementation public func PyUnicode_GetLength(_ unicode: UnsafeMutablePointer<PyObject>?) -> Int {
    guard let o = unicode, isStr(o) else { PyErr_BadArgument(); return -1 }
    return strLen(o)
}

@c @implementation public func PyUnicode_ReadChar(_ unicode: UnsafeMutablePointer<PyObject>?, _ index: Int) -> UInt32 {
    guard let o = unicode, isStr(o) else { PyErr_BadArgument(); return UInt32.max }
    if index < 0 || index >= strLen(o) { PyErr_SetString(PyExc_IndexError, "string index out of range"); return UInt32.max }
    return strAt(o, index)
}

@c @implementation public func PyUnicode_WriteChar(_ unicode: UnsafeMutablePointer<PyObject>?, _ index: Int, _ ch: UInt32) -> Int32 {
    guard let o = unicode, isStr(o) else { PyErr_BadArgument(); return -1 }
    if index < 0 || index >= strLen(o) { PyErr_SetString(PyExc_IndexError, "string index out of range"); return -1 }
    if o.pointee.ob_refcnt != 1 || strObj(o).pointee.interned != 0 {
        PyErr_SetString(PyExc_SystemError, "Cannot modify a string currently used"); return -1
    }
    if ch > strMaxCharClass(o) { PyErr_SetString(PyExc_ValueError, "character out of range"); return -1 }
    let u = strObj(o)
    if u.pointee.kind == 1 { strBytes(o)[index] = UInt8(ch) } else { strWide(o)[index] = ch }
    u.pointee.hash = -1
    return 0
}

@c @implementation public func PyUnicode_Substring(_ str: UnsafeMutablePointer<PyObject>?, _ start: Int, _ end: Int) -> UnsafeMutablePointer<PyObject>? {
    guard let o = str, isStr(o) else { return badArgument() }
    if start < 0 || end < 0 { PyErr_SetString(PyExc_IndexError, "string index out of range"); return nil }
    let n = strLen(o)
    let e = min(end, n)
    if start >= e { return strEmpty() }
    return strSubstring(o, start, e)
}

@c @implementation public func PyUnicode_Concat(_ left: UnsafeMutablePointer<PyObject>?, _ right: UnsafeMutablePointer<PyObject>?) -> UnsafeMutablePointer<PyObject>? {
    guard let l = left, let r = right else { PyErr_BadInternalCall(); return nil }
    if !isStr(l) { return strRaise(PyExc_TypeError, "must be str, not \(strTypeName(l))") }
    if !isStr(r) { return strRaise(PyExc_TypeError, "can only concatenate str (not \"\(strTypeName(r))\") to str") }
    return strConcat(l, r)
}

/// *pleft += right; resizes *pleft in place when nothing else references it.
@c @implementation public func PyUnicode_Append(_ pleft: UnsafeMutablePointer<UnsafeMutablePointer<PyObject>?>?, _ right: UnsafeMutablePointer<PyObject>?) {
    guard let pleft = pleft, let left = pleft.pointee else { return }
    guard let right = right, isStr(left), isStr(right) else {
        if !(PyErr_Occurred() != nil) { PyErr_BadInternalCall() }
        Py_DECREF(left); pleft.pointee = nil; return
    }
    let nl = strLen(left), nr = strLen(right)
    if nr == 0 { return }
    let kl = strKind(left), kr = strKind(right)
    if left.pointee.ob_refcnt == 1 && isExactStr(left) && strObj(left).pointee.interned == 0 && kl >= kr && nl > 0
        && nl <= Int.max / 8 - nr {
        let newLen = nl + nr
        let ascii = strIsASCII(left) && strIsASCII(right)
        let u0 = strObj(left)
        if u0.pointee.ascii == 0, let p = u0.pointee.utf8 { PyObject_Free(p) }
        if let mem = PyObject_Realloc(left, unicodeHeaderSize + (newLen + 1) * kl) {
            let o = mem.assumingMemoryBound(to: PyObject.self)
            let u = strObj(o)
            let data = mem + unicodeHeaderSize
            u.pointee.data = data
            if kl == 1 {
                memcpy(data + nl, strData(right), nr)
                data.storeBytes(of: 0, toByteOffset: newLen, as: UInt8.self)
            } else {
                let d = data.assumingMemoryBound(to: UInt32.self)
                if kr == 4 { memcpy(d + nl, strData(right), nr * 4) }
                else { let s = strBytes(right); for i in 0..<nr { d[nl + i] = UInt32(s[i]) } }
                d[newLen] = 0
            }
            u.pointee.length = newLen
            u.pointee.hash = -1
            u.pointee.ascii = ascii ? 1 : 0
            u.pointee.utf8 = ascii ? data.assumingMemoryBound(to: CChar.self) : nil
            u.pointee.utf8_length = ascii ? newLen : 0
            pleft.pointee = o
            return
        }
        // realloc failed: left is intact except the utf8 cache, which we dropped
        u0.pointee.utf8 = u0.pointee.ascii != 0 ? strData(left).assumingMemoryBound(to: CChar.self) : nil
        PyErr_NoMemory(); Py_DECREF(left); pleft.pointee = nil; return
    }
    let r = strConcat(left, right)
    Py_DECREF(left)
    pleft.pointee = r
}

@c @implementation public func PyUnicode_AppendAndDel(_ pleft: UnsafeMutablePointer<UnsafeMutablePointer<PyObject>?>?, _ right: UnsafeMutablePointer<PyObject>?) {
    PyUnicode_Append(pleft, right)
    Py_XDECREF(right)
}

@c @implementation public func PyUnicode_Split(_ s: UnsafeMutablePointer<PyObject>?, _ sep: UnsafeMutablePointer<PyObject>?, _ maxsplit: Int) -> UnsafeMutablePointer<PyObject>? {
    guard let s = s, isStr(s) else { return badArgument() }
    if let sep = sep, sep != pyNone, !isStr(sep) { return strRaise(PyExc_TypeError, "must be str or None, not \(strTypeName(sep))") }
    return unicodeSplit(s, sep == pyNone ? nil : sep, maxsplit)
}

@c @implementation public func PyUnicode_Join(_ separator: UnsafeMutablePointer<PyObject>?, _ seq: UnsafeMutablePointer<PyObject>?) -> UnsafeMutablePointer<PyObject>? {
    guard let seq = seq else { PyErr_BadInternalCall(); return nil }
    if let sep = separator, !isStr(sep) { return strRaise(PyExc_TypeError, "separator: expected str instance, \(strTypeName(sep)) found") }
    let sep = separator ?? pyIntern(" ")
    return unicodeJoin(sep, seq)
}

@c @implementation public func PyUnicode_Find(_ str: UnsafeMutablePointer<PyObject>?, _ substr: UnsafeMutablePointer<PyObject>?, _ start: Int, _ end: Int, _ direction: Int32) -> Int {
    guard let s = str, let sub = substr, isStr(s), isStr(sub) else { PyErr_BadArgument(); return -2 }
    var st = start, en = end
    adjustIndices(&st, &en, strLen(s))
    if en - st < strLen(sub) { return -1 }
    return direction > 0 ? strFind(StrView(s), StrView(sub), st, en) : strRFind(StrView(s), StrView(sub), st, en)
}

@c @implementation public func PyUnicode_FindChar(_ str: UnsafeMutablePointer<PyObject>?, _ ch: UInt32, _ start: Int, _ end: Int, _ direction: Int32) -> Int {
    guard let s = str, isStr(s) else { PyErr_BadArgument(); return -2 }
    var st = start, en = end
    adjustIndices(&st, &en, strLen(s))
    let v = StrView(s)
    if direction > 0 { var i = st; while i < en { if v[i] == ch { return i }; i += 1 } }
    else { var i = en - 1; while i >= st { if v[i] == ch { return i }; i -= 1 } }
    return -1
}

@c @implementation public func PyUnicode_Count(_ str: UnsafeMutablePointer<PyObject>?, _ substr: UnsafeMutablePointer<PyObject>?, _ start: Int, _ end: Int) -> Int {
    guard let s = str, let sub = substr, isStr(s), isStr(sub) else { PyErr_BadArgument(); return -1 }
    var st = start, en = end
    adjustIndices(&st, &en, strLen(s))
    if en - st < strLen(sub) { return 0 }
    return strCount(StrView(s), StrView(sub), st, en)
}

@c @implementation public func PyUnicode_Replace(_ str: UnsafeMutablePointer<PyObject>?, _ substr: UnsafeMutablePointer<PyObject>?, _ replstr: UnsafeMutablePointer<PyObject>?, _ maxcount: Int) -> UnsafeMutablePointer<PyObject>? {
    guard let s = str, let a = substr, let b = replstr, isStr(s), isStr(a), isStr(b) else { return badArgument() }
    return unicodeReplace(s, a, b, maxcount)
}

@c @implementation public func PyUnicode_Compare(_ left: UnsafeMutablePointer<PyObject>?, _ right: UnsafeMutablePointer<PyObject>?) -> Int32 {
    guard let l = left, let r = right, isStr(l), isStr(r) else {
        let ln = left.map { strTypeName($0) } ?? "NULL", rn = right.map { strTypeName($0) } ?? "NULL"
        strRaise(PyExc_TypeError, "Can't compare \(ln) and \(rn)")
        return -1
    }
    let c = unicodeCompare(l, r)
    return c < 0 ? -1 : (c > 0 ? 1 : 0)
}

@c @implementation public func PyUnicode_CompareWithASCIIString(_ left: UnsafeMutablePointer<PyObject>?, _ right: UnsafePointer<CChar>?) -> Int32 {
    guard let l = left, let r = right else { return -1 }
    let v = StrView(l)
    let rb = UnsafeRawPointer(r).assumingMemoryBound(to: UInt8.self)
    var i = 0
    while i < v.count && rb[i] != 0 {
        let a = v[i], b = UInt32(rb[i])
        if a != b { return a < b ? -1 : 1 }
        i += 1
    }
    if i < v.count { return 1 }
    if rb[i] != 0 { return -1 }
    return 0
}

@c @implementation public func _PyUnicode_EqualToASCIIString(_ left: UnsafeMutablePointer<PyObject>?, _ right: UnsafePointer<CChar>?) -> Int32 {
    guard let l = left, let r = right, isStr(l) else { return 0 }
    if !strIsASCII(l) { return 0 }
    let n = strlen(r)
    return strLen(l) == n && memcmp(strData(l), r, n) == 0 ? 1 : 0
}

@c @implementation public func _PyUnicode_Equal(_ left: UnsafeMutablePointer<PyObject>?, _ right: UnsafeMutablePointer<PyObject>?) -> Int32 {
    unicodeEqual(left!, right!) ? 1 : 0
}

@c @implementation public func PyUnicode_RichCompare(_ left: UnsafeMutablePointer<PyObject>?, _ right: UnsafeMutablePointer<PyObject>?, _ op: Int32) -> UnsafeMutablePointer<PyObject>? {
    guard let l = left, let r = right else { PyErr_BadInternalCall(); return nil }
    return unicodeRichCompare(l, r, op)
}

@c @implementation public func PyUnicode_Format(_ format: UnsafeMutablePointer<PyObject>?, _ args: UnsafeMutablePointer<PyObject>?) -> UnsafeMutablePointer<PyObject>? {
    guard let f = format, let a = args else { PyErr_BadInternalCall(); return nil }
    if !isStr(f) { return badArgument() }
    return unicodePercentFormat(f, a)
}

@c @implementation public func PyUnicode_Contains(_ container: UnsafeMutablePointer<PyObject>?, _ element: UnsafeMutablePointer<PyObject>?) -> Int32 {
    guard let c = container, let e = element else { PyErr_BadInternalCall(); return -1 }
    if !isStr(e) {
        strRaise(PyExc_TypeError, "'in <string>' requires string as left operand, not \(strTypeName(e))")
        return -1
    }
    if !isStr(c) { strRaise(PyExc_TypeError, "must be str, not \(strTypeName(c))"); return -1 }
    return unicodeContainsSlot(c, e)
}

@c @implementation public func PyUnicode_IsIdentifier(_ s: UnsafeMutablePointer<PyObject>?) -> Int32 {
    guard let s = s, isStr(s) else { return 0 }
    return strIsIdentifier(s) ? 1 : 0
}
