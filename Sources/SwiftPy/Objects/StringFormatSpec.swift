// The format-spec mini-language (CPython's parse_internal_render_format_spec), shared by str,
// int, float and complex __format__:
//   [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
// Usage (numbers): `guard let spec = FormatSpec.parse(specStr, defaultType: "d", defaultAlign: ">",
// typeName: "int") else { return nil }` then render, and pad with `spec.pad(body, ...)`.
import CPython

public struct FormatSpec {
    /// Fill code point (default ' ').
    public var fill: UInt32 = 0x20
    /// '<', '>', '^', '=' (as ASCII code).
    public var align: UInt8 = 0x3C
    /// 0 (none), '+', '-', ' '.
    public var sign: UInt8 = 0
    /// 'z': coerce negative zero (floats only).
    public var noNegZero = false
    /// '#'.
    public var alternate = false
    /// -1 when not given.
    public var width = -1
    /// 0 (none), ',' or '_'.
    public var thousandsSeparator: UInt8 = 0
    /// -1 when not given.
    public var precision = -1
    /// The presentation type code point (defaultType when absent).
    public var type: UInt32 = 0
    /// Whether fill / align were given explicitly.
    public var fillGiven = false
    public var alignGiven = false

    public init() {}

    @inline(__always) static func isAlign(_ c: UInt32) -> Bool { c == 0x3C || c == 0x3E || c == 0x3D || c == 0x5E }

    /// Parses a str format spec. nil means ValueError is set. `typeName` is used in messages
    /// ("Invalid format specifier '...' for object of type 'str'").
    public static func parse(_ spec: PyObjectRef, defaultType: Unicode.Scalar, defaultAlign: Unicode.Scalar = "<",
                             typeName: String) -> FormatSpec? {
        let v = StrView(spec)
        return parse(count: v.count, at: { v[$0] }, specObject: spec, defaultType: defaultType.value,
                     defaultAlign: UInt8(defaultAlign.value), typeName: typeName)
    }

    /// Parses a Swift-string spec.
    public static func parse(_ spec: String, defaultType: Unicode.Scalar, defaultAlign: Unicode.Scalar = "<",
                             typeName: String) -> FormatSpec? {
        let cps = spec.unicodeScalars.map { $0.value }
        return parse(count: cps.count, at: { cps[$0] }, specObject: nil, defaultType: defaultType.value,
                     defaultAlign: UInt8(defaultAlign.value), typeName: typeName, specText: spec)
    }

    static func parse(count end: Int, at: (Int) -> UInt32, specObject: PyObjectRef?, defaultType: UInt32,
                      defaultAlign: UInt8, typeName: String, specText: String? = nil) -> FormatSpec? {
        var f = FormatSpec()
        f.align = defaultAlign
        f.type = defaultType
        var pos = 0
        if end - pos >= 2 && isAlign(at(pos + 1)) {
            f.align = UInt8(at(pos + 1)); f.fill = at(pos)
            f.fillGiven = true; f.alignGiven = true
            pos += 2
        } else if end - pos >= 1 && isAlign(at(pos)) {
            f.align = UInt8(at(pos)); f.alignGiven = true
            pos += 1
        }
        if end - pos >= 1 {
            let c = at(pos)
            if c == 0x2B || c == 0x2D || c == 0x20 { f.sign = UInt8(c); pos += 1 }
        }
        if end - pos >= 1 && at(pos) == 0x7A { f.noNegZero = true; pos += 1 }
        if end - pos >= 1 && at(pos) == 0x23 { f.alternate = true; pos += 1 }
        if !f.fillGiven && end - pos >= 1 && at(pos) == 0x30 {
            f.fill = 0x30
            if !f.alignGiven && defaultAlign == 0x3E { f.align = 0x3D }
            pos += 1
        }
        guard let (w, wn) = getInteger(&pos, end, at) else { return nil }
        f.width = wn == 0 ? -1 : w
        if end - pos > 0 && at(pos) == 0x2C { f.thousandsSeparator = 0x2C; pos += 1 }
        if end - pos > 0 && at(pos) == 0x5F {
            if f.thousandsSeparator != 0 { strRaise(PyExc_ValueError, "Cannot specify both ',' and '_'."); return nil }
            f.thousandsSeparator = 0x5F; pos += 1
        }
        if end - pos > 0 && at(pos) == 0x2C && f.thousandsSeparator == 0x5F {
            strRaise(PyExc_ValueError, "Cannot specify both ',' and '_'."); return nil
        }
        if end - pos > 0 && at(pos) == 0x2E {
            pos += 1
            guard let (p, pn) = getInteger(&pos, end, at) else { return nil }
            if pn == 0 { strRaise(PyExc_ValueError, "Format specifier missing precision"); return nil }
            f.precision = p
        }
        if end - pos > 1 {
            var text = ""
            if let o = specObject { text = swiftString(o) } else if let t = specText { text = t }
            strRaise(PyExc_ValueError, "Invalid format specifier '\(text)' for object of type '\(typeName)'")
            return nil
        }
        if end - pos == 1 { f.type = at(pos); pos += 1 }
        if f.thousandsSeparator != 0 {
            switch f.type {
            case 0x64, 0x65, 0x66, 0x67, 0x45, 0x47, 0x25, 0x46, 0: break      // d e f g E G % F none
            case 0x62, 0x6F, 0x78, 0x58:                                          // b o x X
                if f.thousandsSeparator == 0x5F { break }
                fallthrough
            default:
                let sepc = f.thousandsSeparator == 0x2C ? "," : "_"
                if f.type > 32 && f.type < 128 {
                    strRaise(PyExc_ValueError, "Cannot specify '\(sepc)' with '\(Character(Unicode.Scalar(f.type)!))'.")
                } else {
                    strRaise(PyExc_ValueError, "Cannot specify '\(sepc)' with '\\x\(String(f.type, radix: 16))'.")
                }
                return nil
            }
        }
        return f
    }

    /// Reads decimal digits at pos; returns (value, digit count) or nil on overflow (ValueError set).
    static func getInteger(_ pos: inout Int, _ end: Int, _ at: (Int) -> UInt32) -> (Int, Int)? {
        var value = 0, n = 0
        while pos < end {
            let d = ucDecimalValue(at(pos))
            if d < 0 { break }
            if value > (Int.max - d) / 10 {
                strRaise(PyExc_ValueError, "Too many decimal digits in format string")
                return nil
            }
            value = value * 10 + d
            pos += 1; n += 1
        }
        return (value, n)
    }

    /// The "Unknown format code 'x' for object of type 'T'" error.
    public func raiseUnknownType(_ typeName: String) {
        if type > 32 && type < 128 {
            strRaise(PyExc_ValueError, "Unknown format code '\(Character(Unicode.Scalar(type)!))' for object of type '\(typeName)'")
        } else {
            strRaise(PyExc_ValueError, "Unknown format code '\\x\(String(type, radix: 16))' for object of type '\(typeName)'")
        }
    }

    /// Left/right padding for a body of `length` code points (align '=' pads on the left here;
    /// numeric callers place the padding after the sign themselves).
    public func padding(forLength length: Int) -> (left: Int, right: Int) {
        let total = width > length ? width : length
        let pad = total - length
        switch align {
        case 0x3E: return (pad, 0)
        case 0x5E: return (pad / 2, pad - pad / 2)
        default: return (0, pad)
        }
    }

    /// body padded to width with fill/align (a new str).
    public func pad(_ body: PyObjectRef) -> PyObjectRef? {
        let (l, r) = padding(forLength: strLen(body))
        if l == 0 && r == 0 { return strExactCopy(body) }
        return strPad(body, l, r, fill)
    }
}

/// format(str, spec) — str.__format__.
func unicodeFormatWithSpec(_ s: PyObjectRef, _ specObj: PyObjectRef) -> PyObjectRef? {
    if strLen(specObj) == 0 { return strExactCopy(s) }
    guard let f = FormatSpec.parse(specObj, defaultType: "s", defaultAlign: "<", typeName: strTypeName(s)) else { return nil }
    if f.type != 0x73 { f.raiseUnknownType(strTypeName(s)); return nil }
    if f.sign != 0 {
        return strRaise(PyExc_ValueError, f.sign == 0x20 ? "Space not allowed in string format specifier"
                                                         : "Sign not allowed in string format specifier")
    }
    if f.noNegZero { return strRaise(PyExc_ValueError, "Negative zero coercion (z) not allowed in string format specifier") }
    if f.alternate { return strRaise(PyExc_ValueError, "Alternate form (#) not allowed in string format specifier") }
    if f.align == 0x3D { return strRaise(PyExc_ValueError, "'=' alignment not allowed in string format specifier") }
    var n = strLen(s)
    if (f.width == -1 || f.width <= n) && (f.precision == -1 || f.precision >= n) { return strExactCopy(s) }
    if f.precision >= 0 && n >= f.precision { n = f.precision }
    let (l, r) = f.padding(forLength: n)
    var b = UnicodeBuilder(capacity: n + l + r)
    b.appendRepeated(f.fill, l)
    b.append(str: s, from: 0, to: n)
    b.appendRepeated(f.fill, r)
    return b.finish()
}

let strDunderFormat: OneArgFn = { s, spec in
    let s = s!, spec = spec!
    if !isStr(spec) { return strRaise(PyExc_TypeError, "__format__() argument must be str, not \(strTypeName(spec))") }
    return unicodeFormatWithSpec(s, spec)
}
