// The core codecs: utf-8, ascii, latin-1, utf-16, utf-32 (with BOM handling) and cp1252, encode and decode,
// with the standard error handlers (strict, ignore, replace, backslashreplace, xmlcharrefreplace,
// namereplace, surrogateescape, surrogatepass). Errors raise UnicodeEncodeError/UnicodeDecodeError
// with CPython's reasons and ranges.
import CPython
import Glibc

enum Codec {
    case utf8, ascii, latin1, utf16, utf16le, utf16be, utf32, utf32le, utf32be, cp1252

    /// The name used in error messages.
    var errorName: String {
        switch self {
        case .utf8: return "utf-8"
        case .ascii: return "ascii"
        case .latin1: return "latin-1"
        case .utf16: return "utf-16"
        case .utf16le: return "utf-16-le"
        case .utf16be: return "utf-16-be"
        case .utf32: return "utf-32"
        case .utf32le: return "utf-32-le"
        case .utf32be: return "utf-32-be"
        case .cp1252: return "charmap"
        }
    }

    /// Looks up an encoding name as the codecs registry would (case, '-', ' ' and aliases).
    static func lookup(_ name: String) -> Codec? {
        var n = ""
        for ch in name.lowercased() { n.append(ch == "-" || ch == " " ? "_" : ch) }
        switch n {
        case "utf_8", "utf8", "u8", "utf", "cp65001", "utf8_ucs2", "utf8_ucs4": return .utf8
        case "ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367",
             "csascii", "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6": return .ascii
        case "latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819", "iso_ir_100",
             "iso_8859_1_1987", "ibm819", "csisolatin1": return .latin1
        case "utf_16", "utf16", "u16": return .utf16
        case "utf_16_le", "utf_16le", "utf16le", "utf16_le": return .utf16le
        case "utf_16_be", "utf_16be", "utf16be", "utf16_be": return .utf16be
        case "utf_32", "utf32", "u32": return .utf32
        case "utf_32_le", "utf_32le", "utf32le", "utf32_le": return .utf32le
        case "utf_32_be", "utf_32be", "utf32be", "utf32_be": return .utf32be
        case "cp1252", "1252", "windows_1252": return .cp1252
        default: return nil
        }
    }
}

enum ErrMode {
    case strict, ignore, replace, surrogateescape, surrogatepass, backslashreplace, xmlcharrefreplace, namereplace, unknown
    init(_ s: String?) {
        switch s {
        case nil, "strict": self = .strict
        case "ignore": self = .ignore
        case "replace": self = .replace
        case "surrogateescape": self = .surrogateescape
        case "surrogatepass": self = .surrogatepass
        case "backslashreplace": self = .backslashreplace
        case "xmlcharrefreplace": self = .xmlcharrefreplace
        case "namereplace": self = .namereplace
        default: self = .unknown
        }
    }
}

/// Raises LookupError for an unknown error handler name.
func raiseUnknownHandler(_ name: String?) {
    strRaise(PyExc_LookupError, "unknown error handler name '\(name ?? "")'")
}

// MARK: - Raising UnicodeDecodeError / UnicodeEncodeError

func raiseDecodeError(_ enc: String, _ p: UnsafePointer<UInt8>, _ n: Int, _ start: Int, _ end: Int, _ reason: String) {
    let exc = enc.withCString { e in
        reason.withCString { r in
            PyUnicodeDecodeError_Create(e, UnsafeRawPointer(p).assumingMemoryBound(to: CChar.self), n, start, end, r)
        }
    }
    if let exc = exc {
        PyErr_SetObject(exc.pointee.ob_type.asObject, exc)
        Py_DECREF(exc)
    }
}

func raiseEncodeError(_ enc: String, _ obj: PyObjectRef, _ start: Int, _ end: Int, _ reason: String) {
    guard let e = pyStr(enc), let r = pyStr(reason), let s = sInt(start), let en = sInt(end) else { return }
    Py_INCREF(obj)
    guard let args = sTupleSteal([e, obj, s, en, r]) else { return }
    defer { Py_DECREF(args) }
    guard let exc = PyObject_Call(PyExc_UnicodeEncodeError, args, nil) else { return }
    PyErr_SetObject(exc.pointee.ob_type.asObject, exc)
    Py_DECREF(exc)
}

// MARK: - Decoding

/// Applies a decode error handler to bytes p[start..<end]. Returns false with an exception set.
private func handleDecodeError(_ mode: ErrMode, _ errName: String?, _ out: inout UnicodeBuilder, _ enc: String,
                               _ p: UnsafePointer<UInt8>, _ n: Int, _ start: Int, _ end: Int, _ reason: String) -> Bool {
    switch mode {
    case .strict: raiseDecodeError(enc, p, n, start, end, reason); return false
    case .ignore: return true
    case .replace: out.append(0xFFFD); return true
    case .backslashreplace:
        for i in start..<end {
            out.append(0x5C); out.append(0x78); out.append(hexDigit(UInt32(p[i]) >> 4)); out.append(hexDigit(UInt32(p[i])))
        }
        return true
    case .surrogateescape:
        for i in start..<end where p[i] < 0x80 { raiseDecodeError(enc, p, n, start, end, reason); return false }
        for i in start..<end { out.append(0xDC00 + UInt32(p[i])) }
        return true
    case .surrogatepass:
        raiseDecodeError(enc, p, n, start, end, reason); return false
    case .xmlcharrefreplace, .namereplace:
        strRaise(PyExc_TypeError, "don't know how to handle UnicodeDecodeError in error callback")
        return false
    case .unknown: raiseUnknownHandler(errName); return false
    }
}

/// Decodes one UTF-8 sequence at p[i] (i < n). Returns (code point, length, error) where error is
/// 0 (ok), 1 (invalid start byte), 2 (invalid continuation byte), 3 (unexpected end of data);
/// on error, length is the size of the bad range.
@inline(__always) func utf8DecodeOne(_ p: UnsafePointer<UInt8>, _ n: Int, _ i: Int, allowSurrogates: Bool = false) -> (UInt32, Int, Int) {
    let b0 = p[i]
    if b0 < 0x80 { return (UInt32(b0), 1, 0) }
    var need: Int
    var cp: UInt32
    var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
    switch b0 {
    case 0xC2...0xDF: need = 1; cp = UInt32(b0 & 0x1F)
    case 0xE0...0xEF:
        need = 2; cp = UInt32(b0 & 0x0F)
        if b0 == 0xE0 { lo = 0xA0 } else if b0 == 0xED && !allowSurrogates { hi = 0x9F }
    case 0xF0...0xF4:
        need = 3; cp = UInt32(b0 & 0x07)
        if b0 == 0xF0 { lo = 0x90 } else if b0 == 0xF4 { hi = 0x8F }
    default: return (0, 1, 1)
    }
    for k in 1...need {
        if i + k >= n { return (0, n - i, 3) }
        let b = p[i + k]
        if k == 1 ? (b < lo || b > hi) : (b & 0xC0 != 0x80) { return (0, k, 2) }
        cp = cp << 6 | UInt32(b & 0x3F)
    }
    return (cp, need + 1, 0)
}

private let utf8Reasons = ["", "invalid start byte", "invalid continuation byte", "unexpected end of data"]

/// Decodes UTF-8 with an error handler.
func decodeUTF8(_ p: UnsafePointer<UInt8>, _ n: Int, errors: String?) -> PyObjectRef? {
    if bytesAreASCII(p, n) { return strFromASCII(p, n) }
    // Validate first: valid input takes the two-pass fast decoder.
    var i = 0
    var firstBad = -1
    while i < n {
        if p[i] < 0x80 { i += 1; continue }
        let (_, len, err) = utf8DecodeOne(p, n, i)
        if err != 0 { firstBad = i; break }
        i += len
    }
    if firstBad < 0 { return strFromValidUTF8(p, n) }
    let mode = ErrMode(errors)
    var out = UnicodeBuilder(capacity: n)
    // the valid prefix
    if firstBad > 0 {
        guard let pre = strFromValidUTF8(p, firstBad) else { return nil }
        out.append(str: pre)
        Py_DECREF(pre)
    }
    i = firstBad
    while i < n {
        let (cp, len, err) = utf8DecodeOne(p, n, i, allowSurrogates: mode == .surrogatepass)
        if err == 0 { out.append(cp); i += len; continue }
        if !handleDecodeError(mode, errors, &out, "utf-8", p, n, i, i + len, utf8Reasons[err]) { return nil }
        i += len
    }
    return out.finish()
}

func decodeASCII(_ p: UnsafePointer<UInt8>, _ n: Int, errors: String?) -> PyObjectRef? {
    if bytesAreASCII(p, n) { return strFromASCII(p, n) }
    let mode = ErrMode(errors)
    var out = UnicodeBuilder(capacity: n)
    for i in 0..<n {
        if p[i] < 0x80 { out.append(UInt32(p[i])); continue }
        if !handleDecodeError(mode, errors, &out, "ascii", p, n, i, i + 1, "ordinal not in range(128)") { return nil }
    }
    return out.finish()
}

/// cp1252 bytes 0x80...0x9F (0xFFFF = undefined); every other byte is its own code point.
private let cp1252High: [UInt16] = [
    0x20AC, 0xFFFF, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFF, 0x017D, 0xFFFF,
    0xFFFF, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFF, 0x017E, 0x0178]

/// The cp1252 byte of code point c, or nil when it has none.
func cp1252Byte(_ c: UInt32) -> UInt8? {
    if c < 0x80 || (c >= 0xA0 && c < 0x100) { return UInt8(c) }
    if c == 0xFFFF { return nil }
    if let i = cp1252High.firstIndex(of: UInt16(truncatingIfNeeded: c)), c <= 0xFFFF { return UInt8(0x80 + i) }
    return nil
}

func decodeCP1252(_ p: UnsafePointer<UInt8>, _ n: Int, errors: String?) -> PyObjectRef? {
    if bytesAreASCII(p, n) { return strFromASCII(p, n) }
    let mode = ErrMode(errors)
    var out = UnicodeBuilder(capacity: n)
    for i in 0..<n {
        let b = p[i]
        let c = b >= 0x80 && b < 0xA0 ? UInt32(cp1252High[Int(b) - 0x80]) : UInt32(b)
        if c != 0xFFFF { out.append(c); continue }
        if !handleDecodeError(mode, errors, &out, "charmap", p, n, i, i + 1, "character maps to <undefined>") { return nil }
    }
    return out.finish()
}

/// UTF-16 decoding; bigEndian nil = detect a BOM (default little-endian).
func decodeUTF16(_ p: UnsafePointer<UInt8>, _ n: Int, errors: String?, bigEndian: Bool?) -> PyObjectRef? {
    var be = bigEndian ?? false
    var i = 0
    if bigEndian == nil && n >= 2 {
        if p[0] == 0xFF && p[1] == 0xFE { i = 2 } else if p[0] == 0xFE && p[1] == 0xFF { be = true; i = 2 }
    }
    let enc = be ? "utf-16-be" : "utf-16-le"
    let mode = ErrMode(errors)
    var out = UnicodeBuilder(capacity: n / 2)
    @inline(__always) func unit(_ k: Int) -> UInt32 {
        be ? UInt32(p[k]) << 8 | UInt32(p[k + 1]) : UInt32(p[k + 1]) << 8 | UInt32(p[k])
    }
    while i < n {
        if i + 1 >= n {
            if !handleDecodeError(mode, errors, &out, enc, p, n, i, n, "truncated data") { return nil }
            break
        }
        let u = unit(i)
        if u < 0xD800 || u > 0xDFFF { out.append(u); i += 2; continue }
        if u >= 0xDC00 {
            if mode == .surrogatepass { out.append(u); i += 2; continue }
            if !handleDecodeError(mode, errors, &out, enc, p, n, i, i + 2, "illegal encoding") { return nil }
            i += 2; continue
        }
        if i + 3 >= n {
            // high surrogate at the end: truncated (or a lone surrogate when exactly 2 bytes remain)
            if i + 2 >= n {
                if mode == .surrogatepass { out.append(u); i += 2; continue }
                if !handleDecodeError(mode, errors, &out, enc, p, n, i, n, "unexpected end of data") { return nil }
                break
            }
            if !handleDecodeError(mode, errors, &out, enc, p, n, i, n, "truncated data") { return nil }
            break
        }
        let u2 = unit(i + 2)
        if u2 >= 0xDC00 && u2 <= 0xDFFF {
            out.append(0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00)); i += 4; continue
        }
        if mode == .surrogatepass { out.append(u); i += 2; continue }
        if !handleDecodeError(mode, errors, &out, enc, p, n, i, i + 2, "illegal UTF-16 surrogate") { return nil }
        i += 2
    }
    return out.finish()
}

func decodeUTF32(_ p: UnsafePointer<UInt8>, _ n: Int, errors: String?, bigEndian: Bool?) -> PyObjectRef? {
    var be = bigEndian ?? false
    var i = 0
    if bigEndian == nil && n >= 4 {
        if p[0] == 0xFF && p[1] == 0xFE && p[2] == 0 && p[3] == 0 { i = 4 }
        else if p[0] == 0 && p[1] == 0 && p[2] == 0xFE && p[3] == 0xFF { be = true; i = 4 }
    }
    let enc = be ? "utf-32-be" : "utf-32-le"
    let mode = ErrMode(errors)
    var out = UnicodeBuilder(capacity: n / 4)
    while i < n {
        if i + 3 >= n {
            if !handleDecodeError(mode, errors, &out, enc, p, n, i, n, "truncated data") { return nil }
            break
        }
        let c = be ? UInt32(p[i]) << 24 | UInt32(p[i + 1]) << 16 | UInt32(p[i + 2]) << 8 | UInt32(p[i + 3])
                   : UInt32(p[i + 3]) << 24 | UInt32(p[i + 2]) << 16 | UInt32(p[i + 1]) << 8 | UInt32(p[i])
        if c > 0x10FFFF {
            if !handleDecodeError(mode, errors, &out, enc, p, n, i, i + 4, "code point not in range(0x110000)") { return nil }
        } else if isSurrogate(c) && mode != .surrogatepass {
            if !handleDecodeError(mode, errors, &out, enc, p, n, i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)") { return nil }
        } else {
            out.append(c)
        }
        i += 4
    }
    return out.finish()
}

/// Decodes bytes with a codec; an error handler name the codec does not know is looked up in
/// Lib/_codecs.py's registry at the first error (CodecsRegistry.swift).
func decodeBytes(_ p: UnsafePointer<UInt8>, _ n: Int, _ codec: Codec, errors: String?) -> PyObjectRef? {
    guard let name = errors, ErrMode(name) == .unknown else { return decodeBytesNative(p, n, codec, errors: errors) }
    if let r = decodeBytesNative(p, n, codec, errors: nil) { return r }
    return decodeWithRegisteredHandler(p, n, codec, errors: name)
}

private func decodeBytesNative(_ p: UnsafePointer<UInt8>, _ n: Int, _ codec: Codec, errors: String?) -> PyObjectRef? {
    switch codec {
    case .utf8: return decodeUTF8(p, n, errors: errors)
    case .ascii: return decodeASCII(p, n, errors: errors)
    case .latin1: return strFromLatin1(p, n)
    case .utf16: return decodeUTF16(p, n, errors: errors, bigEndian: nil)
    case .utf16le: return decodeUTF16(p, n, errors: errors, bigEndian: false)
    case .utf16be: return decodeUTF16(p, n, errors: errors, bigEndian: true)
    case .utf32: return decodeUTF32(p, n, errors: errors, bigEndian: nil)
    case .utf32le: return decodeUTF32(p, n, errors: errors, bigEndian: false)
    case .utf32be: return decodeUTF32(p, n, errors: errors, bigEndian: true)
    case .cp1252: return decodeCP1252(p, n, errors: errors)
    }
}

/// Decodes by encoding name (LookupError for unknown names).
func decodeBytes(_ p: UnsafePointer<UInt8>, _ n: Int, encoding: String?, errors: String?) -> PyObjectRef? {
    guard let enc = encoding else { return decodeUTF8(p, n, errors: errors) }
    if isUTF8SigName(enc) {   // utf-8 without a leading BOM
        if n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF { return decodeBytes(p + 3, n - 3, .utf8, errors: errors) }
        return decodeBytes(p, n, .utf8, errors: errors)
    }
    guard let codec = Codec.lookup(enc) else { return decodeWithRegistry(p, n, encoding: enc, errors: errors) }
    return decodeBytes(p, n, codec, errors: errors)
}

/// str(obj, encoding, errors): obj must support the buffer protocol.
func decodeObject(_ obj: PyObjectRef, encoding: String?, errors: String?) -> PyObjectRef? {
    if isStr(obj) { return strRaise(PyExc_TypeError, "decoding str is not supported") }
    if sIsBytes(obj) {
        return decodeBytes(bytesData(obj), bytesLen(obj), encoding: encoding, errors: errors)
    }
    if PyObject_CheckBuffer(obj) == 0 {
        return strRaise(PyExc_TypeError, "decoding to str: need a bytes-like object, \(strTypeName(obj)) found")
    }
    var view = Py_buffer()
    if PyObject_GetBuffer(obj, &view, PyBUF_SIMPLE) < 0 { return nil }
    defer { PyBuffer_Release(&view) }
    let p = view.buf.map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) } ?? UnsafePointer(bitPattern: 1)!
    return decodeBytes(p, view.len, encoding: encoding, errors: errors)
}

// MARK: - Encoding

@inline(__always) private func appendUnit(_ out: inout ByteBuffer, _ c: UInt32, _ width: Int, _ be: Bool) {
    if width == 2 {
        if be { out.append(UInt8(c >> 8 & 0xFF)); out.append(UInt8(c & 0xFF)) }
        else { out.append(UInt8(c & 0xFF)); out.append(UInt8(c >> 8 & 0xFF)) }
    } else {
        if be { out.append(UInt8(c >> 24)); out.append(UInt8(c >> 16 & 0xFF)); out.append(UInt8(c >> 8 & 0xFF)); out.append(UInt8(c & 0xFF)) }
        else { out.append(UInt8(c & 0xFF)); out.append(UInt8(c >> 8 & 0xFF)); out.append(UInt8(c >> 16 & 0xFF)); out.append(UInt8(c >> 24)) }
    }
}

/// Encodes str o with a codec (result: bytes); an error handler name the codec does not know is
/// looked up in Lib/_codecs.py's registry at the first error (CodecsRegistry.swift).
func encodeStr(_ o: PyObjectRef, _ codec: Codec, errors: String?) -> PyObjectRef? {
    guard let name = errors, ErrMode(name) == .unknown else { return encodeStrNative(o, codec, errors: errors) }
    if let r = encodeStrNative(o, codec, errors: nil) { return r }
    return encodeWithRegisteredHandler(o, codec, errors: name)
}

private func encodeStrNative(_ o: PyObjectRef, _ codec: Codec, errors: String?) -> PyObjectRef? {
    let v = StrView(o)
    let n = v.count
    switch codec {
    case .utf8:
        if strIsASCII(o) { return bytesFrom(strData(o), n) }
        if let u = strObj(o).pointee.utf8 { return bytesFrom(u, strObj(o).pointee.utf8_length) }
        if v.kind == 1 {
            var out = ByteBuffer(capacity: n * 2)
            let s = v.bytes
            for i in 0..<n {
                let c = s[i]
                if c < 0x80 { out.append(c) } else { out.append(0xC0 | c >> 6); out.append(0x80 | c & 0x3F) }
            }
            return out.finishBytes()
        }
    case .ascii: if strIsASCII(o) { return bytesFrom(strData(o), n) }
    case .latin1: if v.kind == 1 { return bytesFrom(strData(o), n) }
    default: break
    }
    let width: Int, be: Bool
    switch codec {
    case .utf16, .utf16le: width = 2; be = false
    case .utf16be: width = 2; be = true
    case .utf32, .utf32le: width = 4; be = false
    case .utf32be: width = 4; be = true
    default: width = 1; be = false
    }
    let isCharmap = codec == .cp1252
    let limit: UInt32 = codec == .ascii ? 0x80 : (codec == .latin1 || isCharmap ? 0x100 : 0x110000)
    let reason = codec == .ascii ? "ordinal not in range(128)" : codec == .latin1 ? "ordinal not in range(256)"
        : isCharmap ? "character maps to <undefined>" : "surrogates not allowed"
    let isUTF = limit == 0x110000
    var out = ByteBuffer(capacity: n * max(width, isUTF && width == 1 ? 3 : 1) + 4)
    if codec == .utf16 { out.append(0xFF); out.append(0xFE) }
    if codec == .utf32 { out.append(0xFF); out.append(0xFE); out.append(0); out.append(0) }
    @inline(__always) func encodable(_ c: UInt32) -> Bool {
        isCharmap ? cp1252Byte(c) != nil : c < limit && !(isUTF && isSurrogate(c))
    }
    var buf4: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
    @inline(__always) func put(_ c: UInt32, _ out: inout ByteBuffer) {
        if width == 1 {
            if isUTF {
                withUnsafeMutableBytes(of: &buf4) { raw in
                    let d = raw.baseAddress!.assumingMemoryBound(to: UInt8.self)
                    let k = writeUTF8(c, d)
                    out.append(d, k)
                }
            } else { out.append(isCharmap ? cp1252Byte(c) ?? 0x3F : UInt8(c)) }
        } else if width == 2 && c >= 0x10000 {
            let x = c - 0x10000
            appendUnit(&out, 0xD800 | x >> 10, 2, be)
            appendUnit(&out, 0xDC00 | x & 0x3FF, 2, be)
        } else {
            appendUnit(&out, c, width, be)
        }
    }
    let mode = ErrMode(errors)
    var i = 0
    while i < n {
        let c = v[i]
        if encodable(c) { put(c, &out); i += 1; continue }
        var j = i + 1   // UTF-16/32 report each character on its own, the others whole runs
        while width == 1 && j < n && !encodable(v[j]) { j += 1 }
        switch mode {
        case .strict:
            raiseEncodeError(codec.errorName, o, i, j, reason); return nil
        case .unknown:
            raiseUnknownHandler(errors); return nil
        case .ignore: break
        case .replace: for _ in i..<j { put(0x3F, &out) }
        case .backslashreplace:
            for k in i..<j {
                var b = UnicodeBuilder()
                appendReprChar(&b, v[k], quote: 0, asciiOnly: true)
                guard let r = b.finish() else { return nil }
                for q in 0..<strLen(r) { put(strAt(r, q), &out) }
                Py_DECREF(r)
            }
        case .xmlcharrefreplace:
            for k in i..<j { for ch in "&#\(v[k]);".utf8 { put(UInt32(ch), &out) } }
        case .namereplace:
            for k in i..<j {
                if let sc = Unicode.Scalar(v[k]), let name = sc.properties.name {
                    for ch in "\\N{\(name)}".utf8 { put(UInt32(ch), &out) }
                } else {
                    var b = UnicodeBuilder()
                    appendReprChar(&b, v[k], quote: 0, asciiOnly: true)
                    guard let r = b.finish() else { return nil }
                    for q in 0..<strLen(r) { put(strAt(r, q), &out) }
                    Py_DECREF(r)
                }
            }
        case .surrogateescape:
            if width != 1 { raiseEncodeError(codec.errorName, o, i, j, reason); return nil }
            for k in i..<j {
                let c = v[k]
                if c < 0xDC80 || c > 0xDCFF { raiseEncodeError(codec.errorName, o, i, j, reason); return nil }
                out.append(UInt8(c - 0xDC00))
            }
        case .surrogatepass:
            if !isUTF { raiseEncodeError(codec.errorName, o, i, j, reason); return nil }
            for k in i..<j {
                let c = v[k]
                if !isSurrogate(c) { raiseEncodeError(codec.errorName, o, i, j, reason); return nil }
                if width == 1 {
                    out.append(UInt8(0xE0 | c >> 12)); out.append(UInt8(0x80 | (c >> 6) & 0x3F)); out.append(UInt8(0x80 | c & 0x3F))
                } else { appendUnit(&out, c, width, be) }
            }
        }
        i = j
    }
    return out.finishBytes()
}

/// Encodes by encoding name (LookupError for unknown names).
func encodeStr(_ o: PyObjectRef, encoding: String?, errors: String?) -> PyObjectRef? {
    guard let enc = encoding else { return encodeStr(o, .utf8, errors: errors) }
    if isUTF8SigName(enc) {   // a BOM, then utf-8
        guard let body = encodeStr(o, .utf8, errors: errors) else { return nil }
        defer { Py_DECREF(body) }
        var out: [UInt8] = [0xEF, 0xBB, 0xBF]
        out.append(contentsOf: UnsafeBufferPointer(start: bytesData(body), count: bytesLen(body)))
        return out.withUnsafeBufferPointer { PyBytes_FromStringAndSize(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), $0.count) }
    }
    guard let codec = Codec.lookup(enc) else { return encodeWithRegistry(o, encoding: enc, errors: errors) }
    return encodeStr(o, codec, errors: errors)
}

/// The strict UTF-8 of str o, cached in o->utf8 (borrowed pointer), or nil with an exception set.
func strUTF8(_ o: PyObjectRef) -> UnsafeMutablePointer<CChar>? {
    let u = strObj(o)
    if let p = u.pointee.utf8 { return p }
    guard let b = encodeStr(o, .utf8, errors: nil) else { return nil }
    defer { Py_DECREF(b) }
    let n = bytesLen(b)
    guard let mem = PyObject_Malloc(n + 1) else { PyErr_NoMemory(); return nil }
    memcpy(mem, bytesData(b), n + 1)
    let p = mem.assumingMemoryBound(to: CChar.self)
    u.pointee.utf8 = p
    u.pointee.utf8_length = n
    return p
}

/// True for the names of the utf-8-sig codec (utf-8 with a BOM).
func isUTF8SigName(_ name: String) -> Bool {
    var n = ""
    for ch in name.lowercased() { n.append(ch == "-" || ch == " " ? "_" : ch) }
    return n == "utf_8_sig" || n == "utf8_sig"
}
