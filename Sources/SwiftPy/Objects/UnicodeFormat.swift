// str.format / str.format_map (CPython's unicode_format.h: MarkupIterator, field names with
// attribute and index access, conversions, nested specs) and printf-style `%` formatting
// (PyUnicode_Format).
import CPython
import Glibc

// MARK: - str.format

private struct AutoNumber {
    var state = 0        // 0 init, 1 auto, 2 manual
    var next = 0
}

/// Decimal value of v[start..<end], -1 if empty or not all decimal digits, nil on overflow (error set).
private func fieldInteger(_ v: StrView, _ start: Int, _ end: Int) -> Int? {
    if start >= end { return -1 }
    var acc = 0
    for i in start..<end {
        let d = ucDecimalValue(v[i])
        if d < 0 { return -1 }
        if acc > (Int.max - d) / 10 { strRaise(PyExc_ValueError, "Too many decimal digits in format string"); return nil }
        acc = acc * 10 + d
    }
    return acc
}

private struct Formatter {
    let fmt: PyObjectRef
    let v: StrView
    let args: PyObjectRef?      // tuple, or nil for format_map
    let kwargs: PyObjectRef?    // mapping or nil

    /// Resolves a field name (v[start..<end]) to a new reference.
    func fieldObject(_ start: Int, _ end: Int, _ auto: inout AutoNumber) -> PyObjectRef? {
        var i = start
        while i < end { let c = v[i]; if c == 0x5B || c == 0x2E { break }; i += 1 }
        let firstEnd = i
        guard var index = fieldInteger(v, start, firstEnd) else { return nil }
        let empty = start >= firstEnd
        let numeric = empty || index != -1
        if numeric {
            if auto.state == 0 { auto.state = empty ? 1 : 2 }
            if auto.state == 2 && empty {
                return strRaise(PyExc_ValueError, "cannot switch from manual field specification to automatic field numbering")
            }
            if auto.state == 1 && !empty {
                return strRaise(PyExc_ValueError, "cannot switch from automatic field numbering to manual field specification")
            }
            if empty { index = auto.next; auto.next += 1 }
        }
        var obj: PyObjectRef
        if index == -1 {
            guard let key = strSubstring(fmt, start, firstEnd) else { return nil }
            defer { Py_DECREF(key) }
            guard let kw = kwargs else { PyErr_SetObject(PyExc_KeyError, key); return nil }
            guard let o = PyObject_GetItem(kw, key) else { return nil }
            obj = o
        } else {
            guard let a = args else { return strRaise(PyExc_ValueError, "Format string contains positional fields") }
            if index >= sTupleSize(a) {
                return strRaise(PyExc_IndexError, "Replacement index \(index) out of range for positional args tuple")
            }
            obj = sTupleAt(a, index)
            Py_INCREF(obj)
        }
        // the rest: .attr and [item] accessors
        while i < end {
            let c = v[i]
            i += 1
            var nameStart = i, nameEnd: Int
            let isAttr: Bool
            if c == 0x2E {
                isAttr = true
                while i < end && v[i] != 0x2E && v[i] != 0x5B { i += 1 }
                nameEnd = i
            } else if c == 0x5B {
                isAttr = false
                while i < end && v[i] != 0x5D { i += 1 }
                if i >= end { Py_DECREF(obj); return strRaise(PyExc_ValueError, "Missing ']' in format string") }
                nameEnd = i
                i += 1
            } else {
                Py_DECREF(obj)
                return strRaise(PyExc_ValueError, "Only '.' or '[' may follow ']' in format field specifier")
            }
            if nameStart == nameEnd { Py_DECREF(obj); return strRaise(PyExc_ValueError, "Empty attribute in format string") }
            var next: PyObjectRef?
            if isAttr {
                guard let name = strSubstring(fmt, nameStart, nameEnd) else { Py_DECREF(obj); return nil }
                next = PyObject_GetAttr(obj, name)
                Py_DECREF(name)
            } else {
                guard let idx = fieldInteger(v, nameStart, nameEnd) else { Py_DECREF(obj); return nil }
                if idx == -1 {
                    guard let key = strSubstring(fmt, nameStart, nameEnd) else { Py_DECREF(obj); return nil }
                    next = PyObject_GetItem(obj, key)
                    Py_DECREF(key)
                } else if PySequence_Check(obj) != 0 {
                    next = PySequence_GetItem(obj, idx)
                } else {
                    guard let key = sInt(idx) else { Py_DECREF(obj); return nil }
                    next = PyObject_GetItem(obj, key)
                    Py_DECREF(key)
                }
            }
            nameStart = 0
            Py_DECREF(obj)
            guard let n = next else { return nil }
            obj = n
        }
        return obj
    }

    /// Formats v[start..<end] into b. `depth` guards nested specs.
    func build(_ b: inout UnicodeBuilder, _ start: Int, _ end: Int, _ depth: Int, _ auto: inout AutoNumber) -> Bool {
        if depth <= 0 { strRaise(PyExc_ValueError, "Max string recursion exceeded"); return false }
        var pos = start
        while pos < end {
            // literal text up to '{' or '}'
            let litStart = pos
            var c: UInt32 = 0
            var markup = false
            while pos < end {
                c = v[pos]; pos += 1
                if c == 0x7B || c == 0x7D { markup = true; break }
            }
            let atEnd = pos >= end
            var litEnd = pos
            if markup && c == 0x7D && (atEnd || v[pos] != 0x7D) {
                strRaise(PyExc_ValueError, "Single '}' encountered in format string"); return false
            }
            if markup && atEnd && c == 0x7B {
                strRaise(PyExc_ValueError, "Single '{' encountered in format string"); return false
            }
            if markup && !atEnd {
                if v[pos] == c { pos += 1; markup = false } else { litEnd -= 1 }
            }
            b.append(str: fmt, from: litStart, to: litEnd)
            if !markup { continue }
            // parse the field
            let nameStart = pos
            var fc: UInt32 = 0
            while pos < end {
                fc = v[pos]; pos += 1
                if fc == 0x7B { strRaise(PyExc_ValueError, "unexpected '{' in field name"); return false }
                if fc == 0x5B {
                    while pos < end && v[pos] != 0x5D { pos += 1 }
                    continue
                }
                if fc == 0x7D || fc == 0x3A || fc == 0x21 { break }
            }
            let nameEnd = pos - 1
            var conversion: UInt32 = 0
            var specStart = 0, specEnd = 0
            var specNested = false
            if fc == 0x21 || fc == 0x3A {
                var needSpec = true
                if fc == 0x21 {
                    if pos >= end { strRaise(PyExc_ValueError, "end of string while looking for conversion specifier"); return false }
                    conversion = v[pos]; pos += 1
                    if pos < end {
                        let c2 = v[pos]; pos += 1
                        if c2 == 0x7D { needSpec = false }
                        else if c2 != 0x3A { strRaise(PyExc_ValueError, "expected ':' after conversion specifier"); return false }
                    }
                }
                if needSpec {
                    specStart = pos
                    var count = 1
                    var closed = false
                    while pos < end {
                        let c3 = v[pos]; pos += 1
                        if c3 == 0x7B { specNested = true; count += 1 }
                        else if c3 == 0x7D { count -= 1; if count == 0 { specEnd = pos - 1; closed = true; break } }
                    }
                    if !closed { strRaise(PyExc_ValueError, "unmatched '{' in format spec"); return false }
                }
            } else if fc != 0x7D || nameEnd < nameStart {
                strRaise(PyExc_ValueError, "expected '}' before end of string"); return false
            }
            guard var obj = fieldObject(nameStart, nameEnd, &auto) else { return false }
            if conversion != 0 {
                let conv: PyObjectRef?
                switch conversion {
                case 0x72: conv = PyObject_Repr(obj)
                case 0x73: conv = PyObject_Str(obj)
                case 0x61: conv = PyObject_ASCII(obj)
                default:
                    Py_DECREF(obj)
                    if conversion > 32 && conversion < 127 {
                        strRaise(PyExc_ValueError, "Unknown conversion specifier \(Character(Unicode.Scalar(conversion)!))")
                    } else {
                        strRaise(PyExc_ValueError, "Unknown conversion specifier \\x\(String(conversion, radix: 16))")
                    }
                    return false
                }
                Py_DECREF(obj)
                guard let c = conv else { return false }
                obj = c
            }
            defer { Py_DECREF(obj) }
            if specEnd <= specStart && isExactStr(obj) { b.append(str: obj); continue }
            let spec: PyObjectRef?
            if specNested {
                var sb = UnicodeBuilder()
                if !build(&sb, specStart, specEnd, depth - 1, &auto) { return false }
                spec = sb.finish()
            } else if specEnd > specStart {
                spec = strSubstring(fmt, specStart, specEnd)
            } else {
                spec = strEmpty()
            }
            guard let sp = spec else { return false }
            let r = PyObject_Format(obj, sp)
            Py_DECREF(sp)
            guard let rs = r else { return false }
            b.append(str: rs)
            Py_DECREF(rs)
        }
        return true
    }
}

/// fmt.format(*args, **kwargs); args nil = format_map (kwargs is then the mapping).
func unicodeFormatMethod(_ fmt: PyObjectRef, args: PyObjectRef?, kwargs: PyObjectRef?) -> PyObjectRef? {
    let f = Formatter(fmt: fmt, v: StrView(fmt), args: args, kwargs: kwargs)
    var b = UnicodeBuilder(capacity: strLen(fmt) + 16)
    var auto = AutoNumber()
    if !f.build(&b, 0, strLen(fmt), 2, &auto) { return nil }
    return b.finish()
}

let strFormatMethod: VarArgsKwFn = { s, args, kwargs in
    var kw = kwargs
    if let k = kw, PyDict_Size(k) == 0 { kw = nil }
    return unicodeFormatMethod(s!, args: args, kwargs: kw)
}

let strFormatMap: OneArgFn = { s, mapping in unicodeFormatMethod(s!, args: nil, kwargs: mapping!) }

// MARK: - printf-style formatting

private struct PercentArgs {
    var args: PyObjectRef
    var argLen: Int
    var argIdx: Int
    init(_ a: PyObjectRef) {
        args = a
        if sIsTuple(a) { argLen = sTupleSize(a); argIdx = 0 } else { argLen = -1; argIdx = -2 }
    }
    /// Borrowed next argument, or nil with TypeError set.
    mutating func next() -> PyObjectRef? {
        if argIdx < argLen {
            let i = argIdx
            argIdx += 1
            return argLen < 0 ? args : sTupleAt(args, i)
        }
        PyErr_SetString(PyExc_TypeError, "not enough arguments for format string")
        return nil
    }
}

private let fLJust = 1, fSign = 2, fBlank = 4, fAlt = 8, fZero = 16

/// Formats an integer argument for %d %i %u %o %x %X into (sign, prefix, digits). nil = error.
func percentFormatInt(_ v: PyObjectRef, _ type: UInt32, _ flags: Int, _ prec: Int) -> (String, String, String)? {
    var iobj: PyObjectRef
    let isOXX = type == 0x6F || type == 0x78 || type == 0x58
    let tch = Character(Unicode.Scalar(type)!)
    if PyNumber_Check(v) == 0 {
        strRaise(PyExc_TypeError, isOXX ? "%\(tch) format: an integer is required, not \(strTypeName(v))"
                                       : "%\(tch) format: a real number is required, not \(strTypeName(v))")
        return nil
    }
    if v.pointee.ob_type == SPyType_Long() {
        Py_INCREF(v); iobj = v
    } else {
        let r = isOXX ? PyNumber_Index(v) : PyNumber_Long(v)
        guard var x = r else {
            if PyErr_ExceptionMatches(PyExc_TypeError) != 0 {
                PyErr_Clear()
                strRaise(PyExc_TypeError, isOXX ? "%\(tch) format: an integer is required, not \(strTypeName(v))"
                                               : "%\(tch) format: a real number is required, not \(strTypeName(v))")
            }
            return nil
        }
        if x.pointee.ob_type != SPyType_Long() {
            guard let y = PyNumber_Long(x) else { Py_DECREF(x); return nil }
            Py_DECREF(x); x = y
        }
        iobj = x
    }
    defer { Py_DECREF(iobj) }
    let code: String = type == 0x6F ? "o" : (type == 0x78 ? "x" : (type == 0x58 ? "X" : "d"))
    guard let specObj = pyStr(code), let s = PyObject_Format(iobj, specObj) else { return nil }
    Py_DECREF(specObj)
    var digits = swiftString(s)
    Py_DECREF(s)
    var sign = ""
    if digits.hasPrefix("-") { sign = "-"; digits.removeFirst() }
    else if flags & fSign != 0 { sign = "+" }
    else if flags & fBlank != 0 { sign = " " }
    if prec > digits.count { digits = String(repeating: "0", count: prec - digits.count) + digits }
    var prefix = ""
    if flags & fAlt != 0 {
        if type == 0x6F { prefix = "0o" } else if type == 0x78 { prefix = "0x" } else if type == 0x58 { prefix = "0X" }
    }
    return (sign, prefix, digits)
}

/// Formats a float argument for %e %E %f %F %g %G into (sign, "", body). nil = error.
func percentFormatFloat(_ v: PyObjectRef, _ type: UInt32, _ flags: Int, _ prec: Int) -> (String, String, String)? {
    let x = PyFloat_AsDouble(v)
    if x == -1.0 && PyErr_Occurred() != nil { return nil }
    guard let f = PyFloat_FromDouble(x) else { return nil }
    defer { Py_DECREF(f) }
    let spec = (flags & fAlt != 0 ? "#" : "") + "." + String(prec < 0 ? 6 : prec) + String(Character(Unicode.Scalar(type)!))
    guard let so = pyStr(spec), let s = PyObject_Format(f, so) else { return nil }
    Py_DECREF(so)
    var body = swiftString(s)
    Py_DECREF(s)
    var sign = ""
    if body.hasPrefix("-") { sign = "-"; body.removeFirst() }
    else if flags & fSign != 0 { sign = "+" }
    else if flags & fBlank != 0 { sign = " " }
    return (sign, "", body)
}

/// Writes sign/prefix/body with width and flags (CPython's unicode_format_arg_output rules).
private func percentOutputNumber(_ b: inout UnicodeBuilder, _ parts: (String, String, String), _ width: Int, _ flags: Int) {
    let (sign, prefix, body) = parts
    let len = sign.unicodeScalars.count + prefix.unicodeScalars.count + body.unicodeScalars.count
    let zero = flags & fZero != 0 && flags & fLJust == 0
    if zero {
        b.append(sign); b.append(prefix)
        if width > len { b.appendRepeated(0x30, width - len) }
        b.append(body)
        return
    }
    if width > len && flags & fLJust == 0 { b.appendRepeated(0x20, width - len) }
    b.append(sign); b.append(prefix); b.append(body)
    if width > len && flags & fLJust != 0 { b.appendRepeated(0x20, width - len) }
}

/// format % args for str.
/// bytesMode: the format holds bytes as Latin-1 code points (bytes % args); %s/%b take bytes-like
/// objects, %c bytes, and the result's code points are all < 256.
func unicodePercentFormat(_ format: PyObjectRef, _ argsIn: PyObjectRef, bytesMode: Bool = false) -> PyObjectRef? {
    let v = StrView(format)
    let n = v.count
    var ctx = PercentArgs(argsIn)
    var dict: PyObjectRef? = nil
    if PyMapping_Check(argsIn) != 0 && !sIsTuple(argsIn) && !isStr(argsIn) && !(bytesMode && sIsBytes(argsIn)) { dict = argsIn }
    var keyed: PyObjectRef? = nil   // owned value looked up by %(key)
    defer { Py_XDECREF(keyed) }
    var b = UnicodeBuilder(capacity: n + 16)
    var pos = 0
    while pos < n {
        // literal run
        let lit = pos
        while pos < n && v[pos] != 0x25 { pos += 1 }
        if pos > lit { b.append(str: format, from: lit, to: pos) }
        if pos >= n { break }
        pos += 1   // '%'
        if pos < n && v[pos] == 0x25 { b.append(0x25); pos += 1; continue }
        if pos < n && v[pos] == 0x28 {
            guard let d = dict else { return strRaise(PyExc_TypeError, "format requires a mapping") }
            pos += 1
            let keyStart = pos
            var depth = 1
            while pos < n && depth > 0 {
                if v[pos] == 0x29 { depth -= 1 } else if v[pos] == 0x28 { depth += 1 }
                pos += 1
            }
            if depth > 0 { return strRaise(PyExc_ValueError, "incomplete format key") }
            guard var key = strSubstring(format, keyStart, pos - 1) else { return nil }
            if bytesMode {   // the key of b"%(k)s" is bytes (the format is latin-1 decoded here)
                let k = encodeStr(key, .latin1, errors: nil)
                Py_DECREF(key)
                guard let k else { return nil }
                key = k
            }
            let val = PyObject_GetItem(d, key)
            Py_DECREF(key)
            guard let val = val else { return nil }
            Py_XDECREF(keyed)
            keyed = val
            ctx.args = val; ctx.argLen = -1; ctx.argIdx = -2
        }
        var flags = 0
        while pos < n {
            switch v[pos] {
            case 0x2D: flags |= fLJust
            case 0x2B: flags |= fSign
            case 0x20: flags |= fBlank
            case 0x23: flags |= fAlt
            case 0x30: flags |= fZero
            default: break
            }
            if [0x2D, 0x2B, 0x20, 0x23, 0x30].contains(v[pos]) { pos += 1 } else { break }
        }
        var width = -1, prec = -1
        if pos < n && v[pos] == 0x2A {
            pos += 1
            guard let w = ctx.next() else { return nil }
            if !sIsInt(w) { return strRaise(PyExc_TypeError, "* wants int") }
            let x = PyLong_AsSsize_t(w)
            if x == -1 && PyErr_Occurred() != nil { return nil }
            width = x
            if width < 0 { flags |= fLJust; width = -width }
        } else {
            var w = 0, any = false
            while pos < n, v[pos] >= 0x30 && v[pos] <= 0x39 {
                let d = Int(v[pos] - 0x30)
                if w > (Int.max - d) / 10 { return strRaise(PyExc_ValueError, "width too big") }
                w = w * 10 + d; any = true; pos += 1
            }
            if any { width = w }
        }
        if pos < n && v[pos] == 0x2E {
            pos += 1
            if pos < n && v[pos] == 0x2A {
                pos += 1
                guard let p = ctx.next() else { return nil }
                if !sIsInt(p) { return strRaise(PyExc_TypeError, "* wants int") }
                let x = PyLong_AsSsize_t(p)
                if x == -1 && PyErr_Occurred() != nil { return nil }
                prec = max(x, 0)
            } else {
                var p = 0
                while pos < n, v[pos] >= 0x30 && v[pos] <= 0x39 {
                    let d = Int(v[pos] - 0x30)
                    if p > (Int.max - d) / 10 { return strRaise(PyExc_ValueError, "precision too big") }
                    p = p * 10 + d; pos += 1
                }
                prec = p
            }
        }
        if pos >= n { return strRaise(PyExc_ValueError, "incomplete format") }
        let c = v[pos]
        let cIndex = pos
        pos += 1
        guard let arg = ctx.next() else { return nil }
        if bytesMode && (c == 0x73 || c == 0x62 || c == 0x63) {
            if !percentBytesArg(&b, arg, c, width, prec, flags) { return nil }
            continue
        }
        switch c {
        case 0x73, 0x72, 0x61:   // s r a
            let s: PyObjectRef?
            if c == 0x73 { s = isExactStr(arg) ? { Py_INCREF(arg); return arg }() : PyObject_Str(arg) }
            else if c == 0x72 && !bytesMode { s = PyObject_Repr(arg) } else { s = PyObject_ASCII(arg) }
            guard let so = s else { return nil }
            defer { Py_DECREF(so) }
            var len = strLen(so)
            if prec >= 0 && prec < len { len = prec }
            if width > len && flags & fLJust == 0 { b.appendRepeated(0x20, width - len) }
            b.append(str: so, from: 0, to: len)
            if width > len && flags & fLJust != 0 { b.appendRepeated(0x20, width - len) }
        case 0x64, 0x69, 0x75, 0x6F, 0x78, 0x58:   // d i u o x X
            guard let parts = percentFormatInt(arg, c, flags, prec) else { return nil }
            percentOutputNumber(&b, parts, width, flags)
        case 0x65, 0x45, 0x66, 0x46, 0x67, 0x47:   // e E f F g G
            guard let parts = percentFormatFloat(arg, c, flags, prec) else { return nil }
            percentOutputNumber(&b, parts, width, flags)
        case 0x63:   // c
            var ch: UInt32
            if isStr(arg) {
                if strLen(arg) != 1 { return strRaise(PyExc_TypeError, "%c requires int or char") }
                ch = strAt(arg, 0)
            } else if sIsInt(arg) || PyIndex_Check(arg) != 0 && !(arg.pointee.ob_type == SPyType_Float()) {
                var overflow: Int32 = 0
                guard let iv = PyNumber_Index(arg) else { return nil }
                let x = PyLong_AsLongAndOverflow(iv, &overflow)
                Py_DECREF(iv)
                if x == -1 && PyErr_Occurred() != nil { return nil }
                if overflow != 0 || x < 0 || x > 0x10FFFF {
                    return strRaise(PyExc_OverflowError, "%c arg not in range(0x110000)")
                }
                ch = UInt32(x)
            } else {
                return strRaise(PyExc_TypeError, "%c requires int or char")
            }
            let len = 1
            if width > len && flags & fLJust == 0 { b.appendRepeated(0x20, width - len) }
            b.append(ch)
            if width > len && flags & fLJust != 0 { b.appendRepeated(0x20, width - len) }
        default:
            let shown = c > 32 && c < 127 ? String(Character(Unicode.Scalar(c)!)) : "?"
            return strRaise(PyExc_ValueError, "unsupported format character '\(shown)' (0x\(String(c, radix: 16))) at index \(cIndex)")
        }
    }
    if ctx.argIdx < ctx.argLen && dict == nil {
        return strRaise(PyExc_TypeError, "not all arguments converted during \(bytesMode ? "bytes" : "string") formatting")
    }
    return b.finish()
}

/// %s / %b / %c of bytes formatting, appended as Latin-1 code points. false = error set.
private func percentBytesArg(_ b: inout UnicodeBuilder, _ arg: PyObjectRef, _ c: UInt32, _ width: Int, _ prec: Int, _ flags: Int) -> Bool {
    var data: PyObjectRef
    if c == 0x63 {
        if (sIsBytes(arg) || isByteArray(arg)) {
            if bLen(arg) != 1 { strRaise(PyExc_TypeError, "%c requires an integer in range(256) or a single byte"); return false }
            Py_INCREF(arg); data = arg
        } else if PyIndex_Check(arg) != 0 {
            guard let v = argAsSsize(arg) else {
                if PyErr_ExceptionMatches(PyExc_OverflowError) != 0 { PyErr_Clear(); strRaise(PyExc_OverflowError, "%c arg not in range(256)") }
                return false
            }
            if v < 0 || v > 255 { strRaise(PyExc_OverflowError, "%c arg not in range(256)"); return false }
            var byte = UInt8(v)
            guard let d = bytesFrom(&byte, 1) else { return false }
            data = d
        } else {
            strRaise(PyExc_TypeError, "%c requires an integer in range(256) or a single byte"); return false
        }
    } else if sIsBytes(arg) || isByteArray(arg) {
        Py_INCREF(arg); data = arg
    } else if PyObject_CheckBuffer(arg) != 0 {
        guard let d = bytesLikeArg(arg) else { return false }
        data = d
    } else if let meth = lookupSpecialMethod(arg, "__bytes__") {
        let r = PyObject_CallNoArgs(meth)
        Py_DECREF(meth)
        guard let r = r else { return false }
        if !sIsBytes(r) {
            Py_DECREF(r)
            strRaise(PyExc_TypeError, "__bytes__ returned non-bytes (type \(strTypeName(r)))"); return false
        }
        data = r
    } else {
        if PyErr_Occurred() != nil { return false }
        strRaise(PyExc_TypeError, "%b requires a bytes-like object, or an object that implements __bytes__, not '\(strTypeName(arg))'")
        return false
    }
    defer { Py_DECREF(data) }
    var len = bLen(data)
    if prec >= 0 && prec < len && c != 0x63 { len = prec }
    if width > len && flags & fLJust == 0 { b.appendRepeated(0x20, width - len) }
    b.appendLatin1(bPtr(data), len)
    if width > len && flags & fLJust != 0 { b.appendRepeated(0x20, width - len) }
    return true
}

/// type(o).__name__ looked up on the type and bound to o (new reference), or nil (no error unless one occurred).
func lookupSpecialMethod(_ o: PyObjectRef, _ name: String) -> PyObjectRef? {
    guard let d = _PyType_Lookup(o.pointee.ob_type, pyIntern(name)) else { return nil }
    if let get = d.pointee.ob_type.pointee.tp_descr_get { return get(d, o, o.pointee.ob_type.asObject) }
    Py_INCREF(d)
    return d
}

let unicodeRemainderSlot: @convention(c) (PyObjectRef?, PyObjectRef?) -> PyObjectRef? = { a, b in
    let a = a!, b = b!
    if !isStr(a) { Py_INCREF(pyNotImplemented); return pyNotImplemented }
    return unicodePercentFormat(a, b)
}
