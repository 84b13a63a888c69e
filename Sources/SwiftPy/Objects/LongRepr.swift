// int <-> text: repr/str (decimal, fast for small values), other bases, and parsing
// (int(str, base), PyLong_FromString) with CPython's rules and messages.
import CPython
import BigInt

/// sys.get_int_max_str_digits() (0 = no limit).
nonisolated(unsafe) public var intMaxStrDigits = 4300

/// ASCII bytes -> new str.
@inline(__always) func asciiStr(_ p: UnsafePointer<UInt8>, _ n: Int) -> PyObjectRef? {
    PyUnicode_FromStringAndSize(UnsafeRawPointer(p).assumingMemoryBound(to: CChar.self), n)
}

func asciiStr(_ bytes: [UInt8]) -> PyObjectRef? {
    bytes.withUnsafeBufferPointer { asciiStr($0.baseAddress!, $0.count) }
}

/// Writes the decimal digits of a small value into a 24-byte stack buffer; returns the str.
@inline(__always) func smallIntRepr(_ x: Int) -> PyObjectRef? {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buf -> PyObjectRef? in
        var i = 24
        var m = x.magnitude
        repeat {
            i -= 1
            buf[i] = UInt8(truncatingIfNeeded: m % 10) &+ 48
            m /= 10
        } while m != 0
        if x < 0 { i -= 1; buf[i] = 45 }
        return asciiStr(buf.baseAddress! + i, 24 - i)
    }
}

/// The decimal text of a big value, or nil with ValueError set when it exceeds the digit limit.
func bigDecimalString(_ v: BigInt) -> String? {
    if intMaxStrDigits > 0 && v.magnitude.bitWidth > 14000 {
        // Cheap bound first: bits * log10(2) >= digits - 1.
        let approxDigits = Int(Double(v.magnitude.bitWidth) * 0.30102999566398119) + 1
        if approxDigits - 1 > intMaxStrDigits {
            setError(PyExc_ValueError, "Exceeds the limit (\(intMaxStrDigits) digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
            return nil
        }
    }
    let s = String(v)
    if intMaxStrDigits > 0 {
        let digits = s.utf8.count - (v.sign == .minus ? 1 : 0)
        if digits > intMaxStrDigits {
            setError(PyExc_ValueError, "Exceeds the limit (\(intMaxStrDigits) digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
            return nil
        }
    }
    return s
}

/// tp_repr / tp_str of int.
public func longRepr(_ a: PyObjectRef?) -> PyObjectRef? {
    let a = a!
    if let x = longSmall(a) { return smallIntRepr(x) }
    guard let s = bigDecimalString(longBig(a)) else { return nil }
    return pyStr(s)
}

/// Digits of |v| in base 2, 8, 10 or 16 (lowercase), without sign or prefix; nil = limit error.
func longDigits(_ o: PyObjectRef, base: Int) -> String? {
    if let x = longSmall(o) { return String(x.magnitude, radix: base) }
    let v = longBig(o)
    if base == 10 { return bigDecimalString(BigInt(sign: .plus, magnitude: v.magnitude)) }
    return String(v.magnitude, radix: base)
}

/// "0b101", "-0o17", "0x1f" or decimal (CPython's _PyLong_Format).
func longFormat(_ o: PyObjectRef, base: Int, alternate: Bool = true) -> String? {
    guard let d = longDigits(o, base: base) else { return nil }
    var s = longSign(o) < 0 ? "-" : ""
    if alternate {
        switch base { case 2: s += "0b"; case 8: s += "0o"; case 16: s += "0x"; default: break }
    }
    return s + d
}

@c @implementation public func PyNumber_ToBase(_ n: UnsafeMutablePointer<PyObject>!, _ base: Int32) -> UnsafeMutablePointer<PyObject>! {
    guard base == 2 || base == 8 || base == 10 || base == 16 else {
        PyErr_SetString(PyExc_SystemError, "PyNumber_ToBase: base must be 2, 8, 10 or 16"); return nil
    }
    guard let i = PyNumber_Index(n) else { return nil }
    defer { Py_DECREF(i) }
    guard let s = longFormat(i, base: Int(base)) else { return nil }
    return pyStr(s)
}

// MARK: parsing

enum IntParseResult {
    case value(BigInt)
    case small(Int)
    case invalid
    case tooManyDigits(Int)
}

@inline(__always) func digitValue(_ c: UInt8) -> Int {
    switch c {
    case 48...57: return Int(c) - 48
    case 97...122: return Int(c) - 87
    case 65...90: return Int(c) - 55
    default: return 99
    }
}


@inline(__always) func isASCIISpace(_ c: UInt8) -> Bool { c == 32 || (c >= 9 && c <= 13) }

/// Parses an ASCII int literal (CPython's PyLong_FromString grammar: surrounding whitespace, sign,
/// base prefixes, single underscores between digits). `base` is 0 or 2...36.
func parseIntLiteral(_ s: UnsafeBufferPointer<UInt8>, base baseIn: Int) -> IntParseResult {
    var i = 0, end = s.count
    while i < end && isASCIISpace(s[i]) { i += 1 }
    while end > i && isASCIISpace(s[end - 1]) { end -= 1 }
    var negative = false
    if i < end && (s[i] == 43 || s[i] == 45) { negative = s[i] == 45; i += 1 }
    var base = baseIn
    var afterPrefix = false   // an underscore may follow a base prefix
    if i + 1 < end && s[i] == 48 {
        let p = s[i + 1] | 0x20
        let pb = p == 120 ? 16 : (p == 111 ? 8 : (p == 98 ? 2 : 0))
        if pb != 0 && (base == 0 || base == pb) { base = pb; i += 2; afterPrefix = true }
    }
    var leadingZeroDecimal = false
    if base == 0 {
        base = 10
        if i < end && s[i] == 48 { leadingZeroDecimal = true }
    }
    // Validate and count digits.
    var ndigits = 0
    var prevUnderscore = afterPrefix
    var j = i
    if j < end && s[j] == 95 {
        if !afterPrefix { return .invalid }
        j += 1; prevUnderscore = true
    } else { prevUnderscore = false }
    let digitsStart = j
    while j < end {
        let c = s[j]
        if c == 95 {
            if prevUnderscore { return .invalid }
            prevUnderscore = true
        } else {
            if digitValue(c) >= base { return .invalid }
            prevUnderscore = false
            ndigits += 1
        }
        j += 1
    }
    if ndigits == 0 || prevUnderscore { return .invalid }
    if leadingZeroDecimal {
        // "0", "00", "0_0" are fine; "010" is not (base 0 only).
        for k in digitsStart..<end where s[k] != 48 && s[k] != 95 { return .invalid }
        return .small(0)
    }
    if intMaxStrDigits > 0 && (base & (base - 1)) != 0 && ndigits > intMaxStrDigits {
        return .tooManyDigits(ndigits)
    }
    // Accumulate: small fast path, then BigInt in word-sized chunks.
    var acc: UInt = 0
    var k = digitsStart
    var overflowAt = -1
    while k < end {
        let c = s[k]
        if c != 95 {
            let (m, o1) = acc.multipliedReportingOverflow(by: UInt(base))
            let (a, o2) = m.addingReportingOverflow(UInt(digitValue(c)))
            if o1 || o2 { overflowAt = k; break }
            acc = a
        }
        k += 1
    }
    if overflowAt < 0 {
        if !negative && acc <= UInt(Int.max) { return .small(Int(acc)) }
        if negative && acc <= UInt(Int.max) + 1 { return .small(acc == UInt(Int.max) + 1 ? Int.min : -Int(acc)) }
        return .value(BigInt(sign: negative ? .minus : .plus, magnitude: BigUInt(acc)))
    }
    var big = BigUInt(acc)
    var chunk: UInt = 0, chunkScale: UInt = 1
    let limit = UInt.max / UInt(base)
    while k < end {
        let c = s[k]
        if c != 95 {
            if chunkScale > limit {
                big = big * BigUInt(chunkScale) + BigUInt(chunk)
                chunk = 0; chunkScale = 1
            }
            chunk = chunk * UInt(base) + UInt(digitValue(c))
            chunkScale *= UInt(base)
        }
        k += 1
    }
    big = big * BigUInt(chunkScale) + BigUInt(chunk)
    return .value(BigInt(sign: negative ? .minus : .plus, magnitude: big))
}

/// Unicode text -> ASCII for parsing numbers: whitespace becomes ' ', decimal digits of any script
/// become '0'...'9', any other non-ASCII code point becomes '?' (invalid).
func numberASCII(_ s: String) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(s.utf8.count)
    for u in s.unicodeScalars {
        if u.value < 128 { out.append(UInt8(u.value)); continue }
        if u.properties.isWhitespace { out.append(32); continue }
        if u.properties.numericType == .decimal, let v = u.properties.numericValue, v >= 0, v <= 9 {
            out.append(48 + UInt8(v)); continue
        }
        out.append(63)
    }
    return out
}

/// The int for parsed text, or nil with the CPython error set. `source` is the object whose repr
/// goes into "invalid literal" (nil: build it from the bytes).
func longFromASCII(_ s: UnsafeBufferPointer<UInt8>, base: Int, source: PyObjectRef?) -> PyObjectRef? {
    if base != 0 && (base < 2 || base > 36) {
        PyErr_SetString(PyExc_ValueError, "int() arg 2 must be >= 2 and <= 36"); return nil
    }
    switch parseIntLiteral(s, base: base) {
    case .small(let v): return pyInt(v)
    case .value(let v): return pyLong(v)
    case .tooManyDigits(let n):
        setError(PyExc_ValueError, "Exceeds the limit (\(intMaxStrDigits) digits) for integer string conversion: value has \(n) digits; use sys.set_int_max_str_digits() to increase the limit")
        return nil
    case .invalid:
        var reprText: String
        var shown = source
        if let src = source, isStr(src), PyUnicode_GetLength(src) > 200 { shown = PyUnicode_Substring(src, 0, 200) } else if let src = source { Py_INCREF(src) }
        defer { if let s = shown { Py_DECREF(s) } }
        if let src = shown, let r = PyObject_Repr(src) {
            reprText = swiftString(r); Py_DECREF(r)
        } else {
            PyErr_Clear()
            let n = min(s.count, 200)
            let text = String(decoding: Array(s[0..<n]), as: UTF8.self)
            if let t = pyStr(text), let r = PyObject_Repr(t) { reprText = swiftString(r); Py_DECREF(r); Py_DECREF(t) } else { PyErr_Clear(); reprText = "'\(text)'" }
        }
        // CPython's PyLong_FromString reports the base it was given (0 stays 0).
        setError(PyExc_ValueError, "invalid literal for int() with base \(base): \(reprText)")
        return nil
    }
}

/// int(str, base): parses a str object.
func longFromUnicode(_ u: PyObjectRef, base: Int) -> PyObjectRef? {
    var size = 0
    guard let p = PyUnicode_AsUTF8AndSize(u, &size) else { return nil }
    let raw = UnsafeRawPointer(p).assumingMemoryBound(to: UInt8.self)
    var ascii = true
    for i in 0..<size where raw[i] >= 128 { ascii = false; break }
    if ascii { return longFromASCII(UnsafeBufferPointer(start: raw, count: size), base: base, source: u) }
    let conv = numberASCII(swiftString(u))
    return conv.withUnsafeBufferPointer { longFromASCII($0, base: base, source: u) }
}

@c @implementation public func PyLong_FromUnicodeObject(_ u: UnsafeMutablePointer<PyObject>!, _ base: Int32) -> UnsafeMutablePointer<PyObject>! {
    longFromUnicode(u, base: Int(base))
}

@c @implementation public func PyLong_FromString(_ str: UnsafePointer<CChar>!, _ pend: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>!, _ base: Int32) -> UnsafeMutablePointer<PyObject>! {
    let n = strlen(str)
    let raw = UnsafeRawPointer(str).assumingMemoryBound(to: UInt8.self)
    // The whole string must be the literal (surrounding whitespace allowed); *pend = its end.
    if let pend = pend { pend.pointee = UnsafeMutablePointer(mutating: str) + n }
    return longFromASCII(UnsafeBufferPointer(start: raw, count: n), base: Int(base), source: nil)
}
