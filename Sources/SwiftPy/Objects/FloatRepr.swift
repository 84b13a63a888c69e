// float <-> text. Digits: shortest round-trip from Swift's Double.description (mode 0) or
// correctly rounded from glibc's printf (modes 2/3); the layout of the result follows CPython's
// format_float_short exactly (repr switches to exponent when decpt <= -4 or > 16).
// Parsing: CPython's grammar validated here, then glibc's correctly rounded strtod.
import CPython
import BigInt
import Glibc

/// Decimal digits of |d| (no leading zeros, trailing zeros stripped; "0" for zero) and decpt such
/// that |d| ~= 0.DIGITS * 10**decpt.
struct DecimalDigits {
    var digits: [UInt8]
    var decpt: Int
}

/// Parses "[-]ddd[.ddd][e[+-]dd]" text into digits/decpt.
func digitsFromText(_ text: UnsafeBufferPointer<UInt8>) -> DecimalDigits {
    var digits: [UInt8] = []
    digits.reserveCapacity(24)
    var decpt = 0
    var seenPoint = false
    var i = 0
    if i < text.count && text[i] == 45 { i += 1 }
    var leading = true
    while i < text.count {
        let c = text[i]
        if c == 46 { seenPoint = true; i += 1; continue }
        if c == 101 || c == 69 { break }
        if leading && c == 48 {
            if seenPoint { decpt -= 1 }
            i += 1; continue
        }
        leading = false
        digits.append(c)
        if !seenPoint { decpt += 1 }
        i += 1
    }
    if i < text.count {
        i += 1
        var neg = false
        if text[i] == 45 { neg = true; i += 1 } else if text[i] == 43 { i += 1 }
        var e = 0
        while i < text.count { e = e * 10 + Int(text[i] - 48); i += 1 }
        decpt += neg ? -e : e
    }
    while let l = digits.last, l == 48 { digits.removeLast() }
    if digits.isEmpty { return DecimalDigits(digits: [48], decpt: 1) }
    return DecimalDigits(digits: digits, decpt: decpt)
}

/// Shortest round-trip digits of a finite double.
func shortestDigits(_ d: Double) -> DecimalDigits {
    var s = d.magnitude.description
    return s.withUTF8 { digitsFromText($0) }
}

/// printf into a Swift byte array.
func cFormat(_ fmt: String, _ precision: Int, _ d: Double) -> [UInt8] {
    var buf = [CChar](repeating: 0, count: 64)
    var n = withVaList([Int32(precision), d]) { vsnprintf(&buf, buf.count, fmt, $0) }
    if Int(n) >= buf.count {
        buf = [CChar](repeating: 0, count: Int(n) + 1)
        n = withVaList([Int32(precision), d]) { vsnprintf(&buf, buf.count, fmt, $0) }
    }
    return buf[0..<Int(n)].map { UInt8(bitPattern: $0) }
}

/// Correctly rounded digits: mode 2 = `ndigits` significant digits, mode 3 = `ndigits` after the point.
func roundedDigits(_ d: Double, mode: Int, ndigits: Int) -> DecimalDigits {
    let text: [UInt8]
    if mode == 2 {
        text = cFormat("%.*e", max(ndigits, 1) - 1, d.magnitude)
    } else {
        text = cFormat("%.*f", max(ndigits, 0), d.magnitude)
    }
    return text.withUnsafeBufferPointer { digitsFromText($0) }
}

/// CPython's PyOS_double_to_string: format_code 'e','E','f','F','g','G','r'; flags Py_DTSF_*.
func doubleToString(_ val: Double, _ formatCodeIn: UInt8, _ precisionIn: Int, _ flags: Int32) -> [UInt8] {
    var formatCode = formatCodeIn
    var precision = precisionIn
    var upper = false
    var mode = 0
    switch formatCode {
    case 69: upper = true; formatCode = 101; fallthrough   // 'E'
    case 101: mode = 2; precision += 1                       // 'e'
    case 70: upper = true; formatCode = 102; fallthrough   // 'F'
    case 102: mode = 3                                       // 'f'
    case 71: upper = true; formatCode = 103; fallthrough   // 'G'
    case 103: mode = 2; if precision == 0 { precision = 1 }  // 'g'
    default: mode = 0                                         // 'r'
    }
    let alwaysAddSign = flags & Py_DTSF_SIGN != 0
    let addDot0 = flags & Py_DTSF_ADD_DOT_0 != 0
    let alt = flags & Py_DTSF_ALT != 0
    let noNegZero = flags & Py_DTSF_NO_NEG_0 != 0
    var out: [UInt8] = []
    out.reserveCapacity(32)
    var negative = val.sign == .minus
    if val.isNaN {
        if alwaysAddSign { out.append(43) }
        out += upper ? Array("NAN".utf8) : Array("nan".utf8)
        return out
    }
    if val.isInfinite {
        if negative { out.append(45) } else if alwaysAddSign { out.append(43) }
        out += upper ? Array("INF".utf8) : Array("inf".utf8)
        return out
    }
    let dd = mode == 0 ? shortestDigits(val) : roundedDigits(val, mode: mode, ndigits: precision)
    let digits = dd.digits
    var decpt = dd.decpt
    let digitsLen = digits.count
    if noNegZero && negative && digitsLen == 1 && digits[0] == 48 { negative = false }

    var vdigitsEnd = digitsLen
    var useExp = false
    switch formatCode {
    case 101: useExp = true; vdigitsEnd = precision
    case 102: vdigitsEnd = decpt + precision
    case 103:
        if decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision) { useExp = true }
        if alt { vdigitsEnd = precision }
    default:
        if decpt <= -4 || decpt > 16 { useExp = true }
    }
    var exp = 0
    if useExp { exp = decpt - 1; decpt = 1 }
    let vdigitsStart = decpt <= 0 ? decpt - 1 : 0
    if !useExp && addDot0 {
        vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt + 1
    } else {
        vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt
    }
    if negative { out.append(45) } else if alwaysAddSign { out.append(43) }
    if decpt <= 0 {
        out += [UInt8](repeating: 48, count: decpt - vdigitsStart)
        out.append(46)
        out += [UInt8](repeating: 48, count: -decpt)
    } else {
        out += [UInt8](repeating: 48, count: -vdigitsStart)
    }
    if 0 < decpt && decpt <= digitsLen {
        out += digits[0..<decpt]
        out.append(46)
        out += digits[decpt..<digitsLen]
    } else {
        out += digits
    }
    if digitsLen < decpt {
        out += [UInt8](repeating: 48, count: decpt - digitsLen)
        out.append(46)
        out += [UInt8](repeating: 48, count: vdigitsEnd - decpt)
    } else {
        out += [UInt8](repeating: 48, count: max(0, vdigitsEnd - digitsLen))
    }
    if out.last == 46 && !alt { out.removeLast() }
    if useExp {
        out.append(upper ? 69 : 101)
        out.append(exp < 0 ? 45 : 43)
        let e = exp.magnitude
        if e < 10 { out.append(48) }
        out += Array(String(e).utf8)
    }
    return out
}

/// repr(float) / str(float).
public func floatRepr(_ a: PyObjectRef?) -> PyObjectRef? {
    asciiStr(doubleToString(floatValue(a!), 114, 0, Py_DTSF_ADD_DOT_0))
}

@c @implementation public func PyOS_double_to_string(_ val: Double, _ formatCode: CChar, _ precision: Int32, _ flags: Int32, _ type: UnsafeMutablePointer<Int32>!) -> UnsafeMutablePointer<CChar>! {
    let fc = UInt8(bitPattern: formatCode)
    guard [101, 69, 102, 70, 103, 71, 114].contains(fc), fc != 114 || precision == 0 else {
        badInternalCall(); return nil
    }
    if let type = type { type.pointee = val.isNaN ? Py_DTST_NAN : (val.isInfinite ? Py_DTST_INFINITE : Py_DTST_FINITE) }
    let s = doubleToString(val, fc, Int(precision), flags)
    guard let p = PyMem_Malloc(s.count + 1) else { _ = PyErr_NoMemory(); return nil }
    let c = p.assumingMemoryBound(to: CChar.self)
    for (i, b) in s.enumerated() { c[i] = CChar(bitPattern: b) }
    c[s.count] = 0
    return c
}

// MARK: parsing

/// Validates CPython's float grammar on ASCII (after whitespace strip) and returns the text to
/// hand to strtod, with underscores removed; nil if invalid.
func cleanFloatLiteral(_ s: UnsafeBufferPointer<UInt8>, underscores: Bool = true) -> [UInt8]? {
    var i = 0, end = s.count
    while i < end && isASCIISpace(s[i]) { i += 1 }
    while end > i && isASCIISpace(s[end - 1]) { end -= 1 }
    if i == end { return nil }
    var out: [UInt8] = []
    out.reserveCapacity(end - i + 1)
    if s[i] == 43 || s[i] == 45 { out.append(s[i]); i += 1 }
    // inf / infinity / nan, case-insensitive.
    let rest = end - i
    func matches(_ word: String) -> Bool {
        let w = Array(word.utf8)
        if rest != w.count { return false }
        for k in 0..<w.count where (s[i + k] | 0x20) != w[k] { return false }
        return true
    }
    if matches("inf") || matches("infinity") { out += Array("inf".utf8); return out }
    if matches("nan") { out += Array("nan".utf8); return out }
    // digits [. digits] [e [sign] digits], underscores only between digits.
    func digitRun(_ needDigit: Bool) -> Int? {
        var n = 0
        var prevDigit = false
        while i < end {
            let c = s[i]
            if c >= 48 && c <= 57 { out.append(c); n += 1; prevDigit = true; i += 1; continue }
            if c == 95 {
                if !underscores { return nil }
                if !prevDigit || i + 1 >= end || !(s[i + 1] >= 48 && s[i + 1] <= 57) { return nil }
                prevDigit = false; i += 1; continue
            }
            break
        }
        if needDigit && n == 0 { return nil }
        return n
    }
    guard let intDigits = digitRun(false) else { return nil }
    var fracDigits = 0
    if i < end && s[i] == 46 {
        out.append(46); i += 1
        guard let f = digitRun(false) else { return nil }
        fracDigits = f
    }
    if intDigits + fracDigits == 0 { return nil }
    if i < end && (s[i] == 101 || s[i] == 69) {
        out.append(101); i += 1
        if i < end && (s[i] == 43 || s[i] == 45) { out.append(s[i]); i += 1 }
        guard digitRun(true) != nil else { return nil }
    }
    if i != end { return nil }
    return out
}

/// Parses a float literal; nil if invalid (no error set).
func parseFloatLiteral(_ s: UnsafeBufferPointer<UInt8>) -> Double? {
    guard var clean = cleanFloatLiteral(s) else { return nil }
    clean.append(0)
    return clean.withUnsafeBufferPointer { b -> Double in
        let p = UnsafeRawPointer(b.baseAddress!).assumingMemoryBound(to: CChar.self)
        return strtod(p, nil)
    }
}

/// float(str or bytes-like): nil with ValueError "could not convert string to float: ..." set.
func floatFromStringObject(_ o: PyObjectRef) -> PyObjectRef? {
    var result: Double? = nil
    if isStr(o) {
        var size = 0
        guard let p = PyUnicode_AsUTF8AndSize(o, &size) else { return nil }
        let raw = UnsafeRawPointer(p).assumingMemoryBound(to: UInt8.self)
        var ascii = true
        for k in 0..<size where raw[k] >= 128 { ascii = false; break }
        if ascii {
            result = parseFloatLiteral(UnsafeBufferPointer(start: raw, count: size))
        } else {
            let conv = numberASCII(swiftString(o))
            result = conv.withUnsafeBufferPointer { parseFloatLiteral($0) }
        }
    } else if isBytes(o) || isByteArray(o) {
        let p: UnsafeMutablePointer<CChar>?, n: Int
        if isBytes(o) { p = PyBytes_AsString(o); n = PyBytes_Size(o) } else { p = PyByteArray_AsString(o); n = PyByteArray_Size(o) }
        result = parseFloatLiteral(UnsafeBufferPointer(start: UnsafeRawPointer(p!).assumingMemoryBound(to: UInt8.self), count: n))
    } else {
        setError(PyExc_TypeError, "float() argument must be a string or a real number, not '\(numTypeName(o))'")
        return nil
    }
    if let r = result { return pyFloat(r) }
    var text = "?"
    if let r = PyObject_Repr(o) { text = swiftString(r); Py_DECREF(r) } else { PyErr_Clear() }
    setError(PyExc_ValueError, "could not convert string to float: \(text)")
    return nil
}

@c @implementation public func PyFloat_FromString(_ o: UnsafeMutablePointer<PyObject>!) -> UnsafeMutablePointer<PyObject>! {
    floatFromStringObject(o)
}

/// CPython's PyOS_string_to_double: parses a prefix of `str`; *endptr (if given) gets its end.
/// Without endptr the whole string must be used ("could not convert string to float").
/// Overflow raises overflow_exception when given, else returns +-inf.
@c @implementation public func PyOS_string_to_double(_ str: UnsafePointer<CChar>!, _ endptr: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>!, _ overflowException: UnsafeMutablePointer<PyObject>!) -> Double {
    let n = strlen(str)
    let raw = UnsafeRawPointer(str).assumingMemoryBound(to: UInt8.self)
    // Longest prefix that is a valid literal (no surrounding whitespace here, as CPython).
    var best = -1
    var bestValue = 0.0
    if n > 0 && !isASCIISpace(raw[0]) {
        var len = n
        while len > 0 {
            if !isASCIISpace(raw[len - 1]), let clean = cleanFloatLiteral(UnsafeBufferPointer(start: raw, count: len), underscores: false) {
                var c = clean; c.append(0)
                bestValue = c.withUnsafeBufferPointer { strtod(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), nil) }
                best = len
                break
            }
            if endptr == nil { break }
            len -= 1
        }
    }
    if best < 0 || (endptr == nil && best != n) {
        if let e = endptr { e.pointee = UnsafeMutablePointer(mutating: str) }
        setError(PyExc_ValueError, "could not convert string to float: '\(String(cString: str))'")
        return -1.0
    }
    if let e = endptr { e.pointee = UnsafeMutablePointer(mutating: str) + best }
    if bestValue.isInfinite, let exc = overflowException {
        // Only a finite literal that overflowed is an error.
        var lower = ""
        for k in 0..<best { lower.append(Character(Unicode.Scalar(raw[k] | 0x20))) }
        if !lower.contains("inf") {
            setError(exc, "value too large to convert to float: '\(String(cString: str))'")
            return -1.0
        }
    }
    return bestValue
}

// MARK: hex

func floatHexString(_ x: Double) -> String {
    if x.isNaN || x.isInfinite { return String(decoding: doubleToString(x, 114, 0, Py_DTSF_ADD_DOT_0), as: UTF8.self) }
    if x == 0 { return x.sign == .minus ? "-0x0.0p+0" : "0x0.0p+0" }
    var e: Int32 = 0
    var m = frexp(fabs(x), &e)
    let shift = 1 - max(-1021 - Int(e), 0)
    m = scalbn(m, Int32(shift))
    e -= Int32(shift)
    let hexd = Array("0123456789abcdef".utf8)
    var s: [UInt8] = [hexd[Int(m)]]
    m -= Double(Int(m))
    s.append(46)
    for _ in 0..<13 {
        m *= 16.0
        s.append(hexd[Int(m)])
        m -= Double(Int(m))
    }
    let esign = e < 0 ? "-" : "+"
    return (x < 0 ? "-0x" : "0x") + String(decoding: s, as: UTF8.self) + "p" + esign + String(e.magnitude)
}

/// float.fromhex grammar: [ws] [sign] ( inf | infinity | nan | ["0x"] hex [. hex] [p [sign] dec] ) [ws].
func parseHexFloat(_ text: String) -> Double? {
    let b = Array(text.utf8)
    var i = 0, end = b.count
    while i < end && isASCIISpace(b[i]) { i += 1 }
    while end > i && isASCIISpace(b[end - 1]) { end -= 1 }
    var body: [UInt8] = []
    if i < end && (b[i] == 43 || b[i] == 45) { body.append(b[i]); i += 1 }
    let word = String(decoding: b[i..<end], as: UTF8.self).lowercased()
    if word == "inf" || word == "infinity" || word == "nan" {
        body += Array(word.utf8)
    } else {
        if end - i >= 2 && b[i] == 48 && (b[i + 1] | 0x20) == 120 { i += 2 }
        body += Array("0x".utf8)
        var nd = 0
        while i < end && isHex(b[i]) { body.append(b[i]); i += 1; nd += 1 }
        if i < end && b[i] == 46 {
            body.append(46); i += 1
            while i < end && isHex(b[i]) { body.append(b[i]); i += 1; nd += 1 }
        }
        if nd == 0 { return nil }
        if i < end && (b[i] | 0x20) == 112 {
            body.append(112); i += 1
            if i < end && (b[i] == 43 || b[i] == 45) { body.append(b[i]); i += 1 }
            var ne = 0
            while i < end && b[i] >= 48 && b[i] <= 57 { body.append(b[i]); i += 1; ne += 1 }
            if ne == 0 { return nil }
        }
        if i != end { return nil }
    }
    body.append(0)
    return body.withUnsafeBufferPointer { strtod(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), nil) }
}

@inline(__always) func isHex(_ c: UInt8) -> Bool { (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 102) }
