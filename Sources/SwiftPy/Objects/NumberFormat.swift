// The number parts of the format-spec mini-language: int, float and complex __format__
// (CPython's Python/formatter_unicode.c: calc_number_widths, fill_number, thousands grouping).
// The spec parser here is private to the numbers area (the strings area has its own FormatSpec
// for str); both follow parse_internal_render_format_spec.
import CPython
import BigInt
import Glibc

struct NumberSpec {
    var fill: UInt32 = 0x20
    var align: UInt8 = 0x3E
    var sign: UInt8 = 0
    var noNegZero = false
    var alternate = false
    var width = -1
    var thousands: UInt8 = 0      // 0, ',' or '_'
    var precision = -1
    var type: UInt32 = 0
    var fillGiven = false
    var alignGiven = false

    static func isAlign(_ c: UInt32) -> Bool { c == 0x3C || c == 0x3E || c == 0x3D || c == 0x5E }

    /// nil = ValueError set.
    static func parse(_ specObj: PyObjectRef, defaultType: UInt32, defaultAlign: UInt8, typeName: String) -> NumberSpec? {
        let text = swiftString(specObj)
        let cps = text.unicodeScalars.map { $0.value }
        var f = NumberSpec()
        f.align = defaultAlign
        f.type = defaultType
        let end = cps.count
        var pos = 0
        if end - pos >= 2 && isAlign(cps[pos + 1]) {
            f.align = UInt8(cps[pos + 1]); f.fill = cps[pos]; f.fillGiven = true; f.alignGiven = true; pos += 2
        } else if end - pos >= 1 && isAlign(cps[pos]) {
            f.align = UInt8(cps[pos]); f.alignGiven = true; pos += 1
        }
        if pos < end && (cps[pos] == 0x2B || cps[pos] == 0x2D || cps[pos] == 0x20) { f.sign = UInt8(cps[pos]); pos += 1 }
        if pos < end && cps[pos] == 0x7A { f.noNegZero = true; pos += 1 }
        if pos < end && cps[pos] == 0x23 { f.alternate = true; pos += 1 }
        if !f.fillGiven && pos < end && cps[pos] == 0x30 {
            f.fill = 0x30
            if !f.alignGiven && defaultAlign == 0x3E { f.align = 0x3D }
            pos += 1
        }
        guard let (w, wn) = getInteger(cps, &pos) else { return nil }
        f.width = wn == 0 ? -1 : w
        if pos < end && cps[pos] == 0x2C { f.thousands = 0x2C; pos += 1 }
        if pos < end && cps[pos] == 0x5F {
            if f.thousands != 0 { PyErr_SetString(PyExc_ValueError, "Cannot specify both ',' and '_'."); return nil }
            f.thousands = 0x5F; pos += 1
        }
        if pos < end && cps[pos] == 0x2C && f.thousands == 0x5F {
            PyErr_SetString(PyExc_ValueError, "Cannot specify both ',' and '_'."); return nil
        }
        if pos < end && cps[pos] == 0x2E {
            pos += 1
            guard let (p, pn) = getInteger(cps, &pos) else { return nil }
            if pn == 0 { PyErr_SetString(PyExc_ValueError, "Format specifier missing precision"); return nil }
            f.precision = p
        }
        if end - pos > 1 {
            setError(PyExc_ValueError, "Invalid format specifier '\(text)' for object of type '\(typeName)'"); return nil
        }
        if end - pos == 1 { f.type = cps[pos]; pos += 1 }
        if f.thousands != 0 {
            switch f.type {
            case 0x64, 0x65, 0x66, 0x67, 0x45, 0x47, 0x25, 0x46, 0: break
            case 0x62, 0x6F, 0x78, 0x58:
                if f.thousands == 0x5F { break }
                fallthrough
            default:
                let sep = f.thousands == 0x2C ? "," : "_"
                if f.type > 32 && f.type < 128 {
                    setError(PyExc_ValueError, "Cannot specify '\(sep)' with '\(Character(Unicode.Scalar(f.type)!))'.")
                } else {
                    setError(PyExc_ValueError, "Cannot specify '\(sep)' with '\\x\(String(f.type, radix: 16))'.")
                }
                return nil
            }
        }
        return f
    }

    static func getInteger(_ cps: [UInt32], _ pos: inout Int) -> (Int, Int)? {
        var value = 0, n = 0
        while pos < cps.count, let sc = Unicode.Scalar(cps[pos]), sc.properties.numericType == .decimal,
              let d = sc.properties.numericValue.map({ Int($0) }) {
            if value > (Int.max - d) / 10 {
                PyErr_SetString(PyExc_ValueError, "Too many decimal digits in format string"); return nil
            }
            value = value * 10 + d
            pos += 1; n += 1
        }
        return (value, n)
    }

    func raiseUnknownType(_ typeName: String) {
        if type > 32 && type < 128 {
            setError(PyExc_ValueError, "Unknown format code '\(Character(Unicode.Scalar(type)!))' for object of type '\(typeName)'")
        } else {
            setError(PyExc_ValueError, "Unknown format code '\\x\(String(type, radix: 16))' for object of type '\(typeName)'")
        }
    }

    var typeChar: UInt8 { type < 128 ? UInt8(type) : 0xFF }
}

/// CPython's _PyUnicode_InsertThousandsGrouping: digits with separators every `group` digits
/// (group 0 = none), zero-padded on the left to at least `minWidth` characters.
func groupDigits(_ digits: ArraySlice<UInt8>, minWidth: Int, group: Int, sep: UInt8) -> [UInt8] {
    var out: [UInt8] = []   // built right to left
    var remaining = digits.count
    var minW = minWidth
    var pos = digits.endIndex
    var useSep = false
    var loopBroken = false
    func emit(_ l: Int) {
        let nZeros = max(0, l - remaining)
        let nChars = max(0, min(remaining, l))
        if useSep { out.append(sep) }
        for _ in 0..<nChars { pos -= 1; out.append(digits[pos]) }
        for _ in 0..<nZeros { out.append(48) }
        remaining -= nChars
    }
    if group > 0 {
        while true {
            let l = min(group, max(max(remaining, minW), 1))
            emit(l)
            useSep = true
            minW -= l
            if remaining <= 0 && minW <= 0 { loopBroken = true; break }
            minW -= 1
        }
    }
    if !loopBroken { emit(max(max(remaining, minW), 1)) }
    return out.reversed()
}

/// calc_number_widths + fill_number for one number: `sign` is '-' or 0 (from the digits), `prefix`
/// ("0x" etc.), `digits` the integer digits, then an optional decimal point and `remainder`.
func renderNumber(_ spec: NumberSpec, sign signChar: UInt8, prefix: [UInt8], digits: ArraySlice<UInt8>,
                  hasDecimal: Bool, remainder: ArraySlice<UInt8>, upper: Bool = false,
                  thousands: UInt8? = nil, out: inout [UInt32]) {
    let sepChar = thousands ?? spec.thousands
    var nSign = 0
    var signOut: UInt8 = 0
    switch spec.sign {
    case 0x2B: nSign = 1; signOut = signChar == 45 ? 45 : 43
    case 0x20: nSign = 1; signOut = signChar == 45 ? 45 : 32
    default: if signChar == 45 { nSign = 1; signOut = 45 }
    }
    let nDecimal = hasDecimal ? 1 : 0
    let nonDigit = nSign + prefix.count + nDecimal + remainder.count
    let minWidth = (spec.fill == 0x30 && spec.align == 0x3D) ? spec.width - nonDigit : 0
    let grouped: [UInt8]
    if digits.isEmpty {
        grouped = []
    } else {
        let group = sepChar == 0 ? 0 : ((sepChar == 0x5F && (spec.typeChar == 98 || spec.typeChar == 111 || spec.typeChar == 120 || spec.typeChar == 88)) ? 4 : 3)
        grouped = groupDigits(digits, minWidth: minWidth, group: group, sep: sepChar)
    }
    let nPadding = spec.width - (nonDigit + grouped.count)
    var lpad = 0, spad = 0, rpad = 0
    if nPadding > 0 {
        switch spec.align {
        case 0x3C: rpad = nPadding
        case 0x5E: lpad = nPadding / 2; rpad = nPadding - lpad
        case 0x3D: spad = nPadding
        default: lpad = nPadding
        }
    }
    for _ in 0..<lpad { out.append(spec.fill) }
    if nSign == 1 { out.append(UInt32(signOut)) }
    for c in prefix { out.append(UInt32(upper ? uppercased(c) : c)) }
    for _ in 0..<spad { out.append(spec.fill) }
    for c in grouped { out.append(UInt32(upper ? uppercased(c) : c)) }
    if hasDecimal { out.append(46) }
    for c in remainder { out.append(UInt32(c)) }
    for _ in 0..<rpad { out.append(spec.fill) }
}

@inline(__always) func uppercased(_ c: UInt8) -> UInt8 { (c >= 97 && c <= 122) ? c - 32 : c }

func strFromScalars(_ s: [UInt32]) -> PyObjectRef? {
    var allASCII = true
    for c in s where c >= 128 { allASCII = false; break }
    if allASCII { return asciiStr(s.map { UInt8($0) }) }
    var str = ""
    str.unicodeScalars.append(contentsOf: s.compactMap { Unicode.Scalar($0) })
    return pyStr(str)
}

/// Splits formatted float text (after the sign) into integer digits, decimal point and remainder.
func splitNumber(_ b: ArraySlice<UInt8>) -> (digits: ArraySlice<UInt8>, hasDecimal: Bool, remainder: ArraySlice<UInt8>) {
    var i = b.startIndex
    while i < b.endIndex && b[i] >= 48 && b[i] <= 57 { i += 1 }
    let digits = b[b.startIndex..<i]
    let hasDecimal = i < b.endIndex && b[i] == 46
    if hasDecimal { i += 1 }
    return (digits, hasDecimal, b[i..<b.endIndex])
}

// MARK: int

func formatLong(_ o: PyObjectRef, spec specObj: PyObjectRef) -> PyObjectRef? {
    if PyUnicode_GetLength(specObj) == 0 { return PyObject_Str(o) }
    guard let spec = NumberSpec.parse(specObj, defaultType: 0x64, defaultAlign: 0x3E, typeName: numTypeName(o)) else { return nil }
    switch spec.typeChar {
    case 98, 99, 100, 111, 120, 88, 110: break      // b c d o x X n
    case 101, 69, 102, 70, 103, 71, 37:             // e E f F g G %
        guard let d = longToDouble(o) else { return nil }
        return formatDouble(d, spec)
    default:
        spec.raiseUnknownType(numTypeName(o)); return nil
    }
    if spec.precision != -1 {
        PyErr_SetString(PyExc_ValueError, "Precision not allowed in integer format specifier"); return nil
    }
    if spec.noNegZero {
        PyErr_SetString(PyExc_ValueError, "Negative zero coercion (z) not allowed in integer format specifier"); return nil
    }
    var out: [UInt32] = []
    if spec.typeChar == 99 {   // 'c'
        if spec.sign != 0 { PyErr_SetString(PyExc_ValueError, "Sign not allowed with integer format specifier 'c'"); return nil }
        if spec.alternate { PyErr_SetString(PyExc_ValueError, "Alternate form (#) not allowed with integer format specifier 'c'"); return nil }
        guard let x = longSmall(o) else {
            PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C long"); return nil
        }
        guard x >= 0, x <= 0x10FFFF else {
            PyErr_SetString(PyExc_OverflowError, "%c arg not in range(0x110000)"); return nil
        }
        // The character is the whole body (CPython: a one-character "remainder").
        let nPad = max(0, spec.width - 1)
        var l = 0, r = 0
        switch spec.align { case 0x3C: r = nPad; case 0x5E: l = nPad / 2; r = nPad - l; default: l = nPad }
        for _ in 0..<l { out.append(spec.fill) }
        out.append(UInt32(x))
        for _ in 0..<r { out.append(spec.fill) }
        return strFromScalars(out)
    }
    let base: Int
    switch spec.typeChar { case 98: base = 2; case 111: base = 8; case 120, 88: base = 16; default: base = 10 }
    guard let ds = longDigits(o, base: base) else { return nil }
    var prefix: [UInt8] = []
    if spec.alternate {
        switch base { case 2: prefix = [48, 98]; case 8: prefix = [48, 111]; case 16: prefix = [48, 120]; default: break }
    }
    let digits = Array(ds.utf8)
    renderNumber(spec, sign: longSign(o) < 0 ? 45 : 0, prefix: prefix, digits: digits[...], hasDecimal: false,
                 remainder: [], upper: spec.typeChar == 88, thousands: spec.typeChar == 110 ? 0 : nil, out: &out)
    return strFromScalars(out)
}

// MARK: float

func formatFloat(_ o: PyObjectRef, spec specObj: PyObjectRef) -> PyObjectRef? {
    if PyUnicode_GetLength(specObj) == 0 { return PyObject_Str(o) }
    guard let spec = NumberSpec.parse(specObj, defaultType: 0, defaultAlign: 0x3E, typeName: numTypeName(o)) else { return nil }
    switch spec.typeChar {
    case 0, 101, 69, 102, 70, 103, 71, 110, 37: break
    default: spec.raiseUnknownType(numTypeName(o)); return nil
    }
    return formatDouble(floatValue(o), spec)
}

/// The float digits for a spec: (text, with sign) as PyOS_double_to_string would give.
func floatSpecText(_ valIn: Double, _ spec: NumberSpec, defaultPrecision: Int = 6) -> [UInt8]? {
    var val = valIn
    if spec.precision > Int(Int32.max) { PyErr_SetString(PyExc_ValueError, "precision too big"); return nil }
    var flags: Int32 = 0
    if spec.alternate { flags |= Py_DTSF_ALT }
    if spec.noNegZero { flags |= Py_DTSF_NO_NEG_0 }
    var type = spec.typeChar
    var defPrecision = defaultPrecision
    if type == 0 { flags |= Py_DTSF_ADD_DOT_0; type = 114; defPrecision = 0 }
    if type == 110 { type = 103 }
    var addPct = false
    if type == 37 { type = 102; val *= 100; addPct = true }
    var precision = spec.precision
    if precision < 0 { precision = defPrecision } else if type == 114 { type = 103 }
    var text = doubleToString(val, type, precision, flags)
    if addPct { text.append(37) }
    return text
}

func formatDouble(_ val: Double, _ spec: NumberSpec) -> PyObjectRef? {
    guard let text = floatSpecText(val, spec) else { return nil }
    var start = 0
    var signChar: UInt8 = 0
    if text.first == 45 { signChar = 45; start = 1 }
    let (digits, hasDecimal, remainder) = splitNumber(text[start...])
    var out: [UInt32] = []
    renderNumber(spec, sign: signChar, prefix: [], digits: digits, hasDecimal: hasDecimal, remainder: remainder,
                 thousands: spec.typeChar == 110 ? 0 : nil, out: &out)
    return strFromScalars(out)
}

// MARK: complex

func formatComplex(_ o: PyObjectRef, spec specObj: PyObjectRef) -> PyObjectRef? {
    if PyUnicode_GetLength(specObj) == 0 { return PyObject_Str(o) }
    guard let spec = NumberSpec.parse(specObj, defaultType: 0, defaultAlign: 0x3E, typeName: numTypeName(o)) else { return nil }
    switch spec.typeChar {
    case 0, 101, 69, 102, 70, 103, 71, 110: break
    default: spec.raiseUnknownType(numTypeName(o)); return nil
    }
    if spec.fill == 0x30 {
        PyErr_SetString(PyExc_ValueError, "Zero padding is not allowed in complex format specifier"); return nil
    }
    if spec.align == 0x3D {
        PyErr_SetString(PyExc_ValueError, "'=' alignment flag is not allowed in complex format specifier"); return nil
    }
    let c = o.cast(to: PyComplexObject.self).pointee.cval
    var flags: Int32 = 0
    if spec.alternate { flags |= Py_DTSF_ALT }
    if spec.noNegZero { flags |= Py_DTSF_NO_NEG_0 }
    var type = spec.typeChar
    var defPrecision = 6
    var skipRe = false, addParens = false
    if type == 0 {
        type = 114; defPrecision = 0
        if c.real == 0 && c.real.sign == .plus { skipRe = true } else { addParens = true }
    }
    if type == 110 { type = 103 }
    var precision = spec.precision
    if precision < 0 { precision = defPrecision } else if type == 114 { type = 103 }
    let reText = doubleToString(c.real, type, precision, flags)
    let imText = doubleToString(c.imag, type, precision, flags)
    var tmp = spec
    tmp.fill = 0; tmp.align = 0x3C; tmp.width = -1
    var reOut: [UInt32] = [], imOut: [UInt32] = []
    if !skipRe {
        let neg = reText.first == 45
        let (d, hd, rem) = splitNumber(reText[(neg ? 1 : 0)...])
        renderNumber(tmp, sign: neg ? 45 : 0, prefix: [], digits: d, hasDecimal: hd, remainder: rem,
                     thousands: spec.typeChar == 110 ? 0 : nil, out: &reOut)
        tmp.sign = 0x2B
    }
    let ineg = imText.first == 45
    let (d, hd, rem) = splitNumber(imText[(ineg ? 1 : 0)...])
    renderNumber(tmp, sign: ineg ? 45 : 0, prefix: [], digits: d, hasDecimal: hd, remainder: rem,
                 thousands: spec.typeChar == 110 ? 0 : nil, out: &imOut)
    let nchars = reOut.count + imOut.count + 1 + (addParens ? 2 : 0)
    let total = spec.width >= 0 && spec.width > nchars ? spec.width : nchars
    var lpad = 0
    switch spec.align { case 0x3E: lpad = total - nchars; case 0x5E: lpad = (total - nchars) / 2; default: lpad = 0 }
    let rpad = total - nchars - lpad
    var out: [UInt32] = []
    for _ in 0..<lpad { out.append(spec.fill) }
    if addParens { out.append(40) }
    out += reOut
    out += imOut
    out.append(106)
    if addParens { out.append(41) }
    for _ in 0..<rpad { out.append(spec.fill) }
    return strFromScalars(out)
}
