// Literal decoding: numbers, string/bytes literals with escapes, implicit concatenation and
// f-strings (Python 3.11 style: an f-string is one token; its replacement fields are parsed here
// by lexing and parsing the expression bytes in place, so their locations are exact).

extension PyParser {
    // MARK: numbers

    func numberValue(_ t: Token) -> ConstantValue {
        var digits: [UInt8] = []
        digits.reserveCapacity(t.end - t.start)
        for k in t.start..<t.end where src.bytes[k] != 95 { digits.append(src.bytes[k]) }
        let s = String(decoding: digits, as: UTF8.self)
        if let last = digits.last, last | 0x20 == 0x6A {
            return .complex(imag: Double(String(s.dropLast())) ?? .infinity)
        }
        if digits.count > 2 && digits[0] == 48 {
            let p = digits[1] | 0x20
            let radix = p == 0x78 ? 16 : p == 0x6F ? 8 : p == 0x62 ? 2 : 0
            if radix != 0 {
                let body = String(s.dropFirst(2))
                if let v = Int(body, radix: radix) { return .int(v) }
                return .bigInt(PyParser.decimalString(digits: Array(digits[2...]), radix: radix))
            }
        }
        if digits.contains(46) || digits.contains(101) || digits.contains(69) {
            return .float(Double(s) ?? .infinity)
        }
        if let v = Int(s) { return .int(v) }
        var d = digits[...]
        while d.count > 1 && d.first == 48 { d = d.dropFirst() }
        return .bigInt(String(decoding: d, as: UTF8.self))
    }

    /// Converts ASCII digits in `radix` to a decimal string (for integers beyond `Int`).
    static func decimalString(digits: [UInt8], radix: Int) -> String {
        var limbs: [UInt64] = [0] // base 1e9, little-endian
        let base: UInt64 = 1_000_000_000
        for c in digits {
            let lc = c | 0x20
            let d = UInt64(lc >= 97 ? Int(lc) - 87 : Int(c) - 48)
            var carry = d
            for i in limbs.indices {
                let v = limbs[i] * UInt64(radix) + carry
                limbs[i] = v % base
                carry = v / base
            }
            while carry > 0 { limbs.append(carry % base); carry /= base }
        }
        var out = String(limbs.last!)
        for limb in limbs.dropLast().reversed() {
            let s = String(limb)
            out += String(repeating: "0", count: 9 - s.count) + s
        }
        return out
    }

    // MARK: strings

    enum StringPart {
        case text([UInt32])
        case value(Expr)
    }

    /// Consecutive STRING tokens: a Constant (str or bytes) or a JoinedStr.
    func parseStrings() throws(SyntaxError) -> Expr {
        let startIndex = p
        var parts: [StringPart] = []
        var bytesValue: [UInt8] = []
        var sawBytes = false, sawText = false, sawF = false
        var firstIsU = false
        while kind == .string {
            let t = tok
            // Prefix.
            var i = t.start
            var isRaw = false, isBytes = false, isF = false, isU = false
            while src.bytes[i] != 34 && src.bytes[i] != 39 {
                switch src.bytes[i] | 0x20 {
                case 0x72: isRaw = true
                case 0x62: isBytes = true
                case 0x66: isF = true
                case 0x75: isU = src.bytes[i] == 0x75
                default: break
                }
                i += 1
            }
            if p == startIndex { firstIsU = isU }
            let q = src.bytes[i]
            let triple = i + 2 < t.end && src.bytes[i + 1] == q && src.bytes[i + 2] == q && t.end - i >= 6
            let qlen = triple ? 3 : 1
            let bodyStart = i + qlen, bodyEnd = t.end - qlen
            if isBytes {
                sawBytes = true
                if sawText { throw mixError() }
                bytesValue += try decodeBytes(bodyStart, bodyEnd, raw: isRaw, token: t)
            } else {
                sawText = true
                if sawBytes { throw mixError() }
                if isF {
                    sawF = true
                    fstringToken = t
                    let (fp, _) = try parseFStringBody(bodyStart, bodyEnd, raw: isRaw, nesting: 0, inSpec: false)
                    parts += fp
                } else {
                    parts.append(.text(try decodeText(bodyStart, bodyEnd, raw: isRaw, token: t)))
                }
            }
            advance()
        }
        let loc = range(from: startIndex)
        if sawBytes { return Expr(.constant(value: .bytes(bytesValue), kind: nil), loc) }
        if !sawF {
            var all: [UInt32] = []
            for case .text(let s) in parts { all += s }
            return Expr(.constant(value: PyParser.stringValue(all), kind: firstIsU ? "u" : nil), loc)
        }
        return Expr(.joinedStr(values: joined(parts, loc)), loc)
    }

    /// CPython reports mixing at the token after the strings.
    func mixError() -> SyntaxError {
        var k = p
        while toks[k].kind == .string && k < toks.count - 1 { k += 1 }
        return errorAt(toks[k], "cannot mix bytes and nonbytes literals")
    }

    /// Merges adjacent text parts, drops empty ones, and gives every node `loc`.
    func joined(_ parts: [StringPart], _ loc: SourceRange) -> [Expr] {
        var values: [Expr] = []
        var pending: [UInt32] = []
        for part in parts {
            switch part {
            case .text(let s): pending += s
            case .value(let e):
                if !pending.isEmpty {
                    values.append(Expr(.constant(value: PyParser.stringValue(pending), kind: nil), loc))
                    pending = []
                }
                if case .formattedValue(let v, let c, let spec) = e.kind {
                    var fixedSpec = spec
                    if let s = spec, case .joinedStr(let sv) = s.kind {
                        var inner: [StringPart] = []
                        for x in sv {
                            if case .constant(.string(let str), _) = x.kind { inner.append(.text(str.unicodeScalars.map { $0.value })) }
                            else if case .constant(.stringScalars(let u), _) = x.kind { inner.append(.text(u)) }
                            else { inner.append(.value(x)) }
                        }
                        fixedSpec = Expr(.joinedStr(values: joined(inner, s.loc)), s.loc)
                    }
                    values.append(Expr(.formattedValue(value: v, conversion: c, formatSpec: fixedSpec), loc))
                } else {
                    values.append(e)
                }
            }
        }
        if !pending.isEmpty { values.append(Expr(.constant(value: PyParser.stringValue(pending), kind: nil), loc)) }
        return values
    }

    static func stringValue(_ scalars: [UInt32]) -> ConstantValue {
        var s = String.UnicodeScalarView()
        for v in scalars {
            guard let u = Unicode.Scalar(v) else { return .stringScalars(scalars) }
            s.append(u)
        }
        return .string(String(s))
    }

    /// Error inside a string literal, located at its token as CPython does.
    func literalError(_ msg: String, _ t: Token) -> SyntaxError {
        makeError(msg, range(of: t))
    }

    /// Decodes one UTF-8 scalar starting at `i`; returns it and its length.
    @inline(__always) func scalar(at i: Int) -> (UInt32, Int) {
        let b = src.bytes
        let c = b[i]
        if c < 0x80 { return (UInt32(c), 1) }
        if c < 0xE0 { return (UInt32(c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F), 2) }
        if c < 0xF0 { return (UInt32(c & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F), 3) }
        return (UInt32(c & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F), 4)
    }

    /// A str literal body [from, to) with escapes decoded unless `raw`.
    func decodeText(_ from: Int, _ to: Int, raw: Bool, token t: Token) throws(SyntaxError) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(to - from)
        let b = src.bytes
        var i = from
        while i < to {
            let c = b[i]
            if c != 92 || raw {
                let (u, n) = scalar(at: i)
                out.append(u)
                i += n
                continue
            }
            // Backslash escape.
            guard i + 1 < to else { out.append(92); i += 1; continue }
            let e = b[i + 1]
            let escStart = i - from
            i += 2
            switch e {
            case 10: break
            case 92, 39, 34: out.append(UInt32(e))
            case 97: out.append(7)
            case 98: out.append(8)
            case 102: out.append(12)
            case 110: out.append(10)
            case 114: out.append(13)
            case 116: out.append(9)
            case 118: out.append(11)
            case 48...55:
                var v = UInt32(e - 48)
                var n = 1
                while n < 3 && i < to && b[i] >= 48 && b[i] <= 55 { v = v * 8 + UInt32(b[i] - 48); i += 1; n += 1 }
                out.append(v)
            case 120, 117, 85:
                let need = e == 120 ? 2 : e == 117 ? 4 : 8
                var v: UInt32 = 0
                var n = 0
                while n < need && i < to, let d = hexValue(b[i]) { v = v << 4 | d; i += 1; n += 1 }
                if n < need {
                    let name = e == 120 ? "truncated \\xXX escape" : e == 117 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape"
                    throw literalError("(unicode error) 'unicodeescape' codec can't decode bytes in position \(escStart)-\(i - from - 1): \(name)", t)
                }
                if v > 0x10FFFF {
                    throw literalError("(unicode error) 'unicodeescape' codec can't decode bytes in position \(escStart)-\(i - from - 1): illegal Unicode character", t)
                }
                out.append(v)
            case 78: // \N{name}
                var j = i
                if j < to && b[j] == 123 {
                    j += 1
                    let nameStart = j
                    while j < to && b[j] != 125 { j += 1 }
                    if j < to, let v = PyParser.lookupCharacterName(String(decoding: b[nameStart..<j], as: UTF8.self)) {
                        out.append(v)
                        i = j + 1
                        break
                    }
                    throw literalError("(unicode error) 'unicodeescape' codec can't decode bytes in position \(escStart)-\(j - from - (j < to ? 0 : 1)): unknown Unicode character name", t)
                }
                throw literalError("(unicode error) 'unicodeescape' codec can't decode bytes in position \(escStart)-\(escStart + 1): malformed \\N character escape", t)
            default:
                // Invalid escape: keep the backslash (CPython warns).
                out.append(92)
                i -= 1
            }
        }
        return out
    }

    @inline(__always) func hexValue(_ c: UInt8) -> UInt32? {
        switch c {
        case 48...57: return UInt32(c - 48)
        case 97...102: return UInt32(c - 87)
        case 65...70: return UInt32(c - 55)
        default: return nil
        }
    }

    func decodeBytes(_ from: Int, _ to: Int, raw: Bool, token t: Token) throws(SyntaxError) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(to - from)
        let b = src.bytes
        var i = from
        while i < to {
            let c = b[i]
            if c >= 128 { throw literalError("bytes can only contain ASCII literal characters", t) }
            if c != 92 || raw || i + 1 >= to { out.append(c); i += 1; continue }
            let e = b[i + 1]
            let escStart = i - from
            i += 2
            switch e {
            case 10: break
            case 92, 39, 34: out.append(e)
            case 97: out.append(7)
            case 98: out.append(8)
            case 102: out.append(12)
            case 110: out.append(10)
            case 114: out.append(13)
            case 116: out.append(9)
            case 118: out.append(11)
            case 48...55:
                var v = Int(e - 48)
                var n = 1
                while n < 3 && i < to && b[i] >= 48 && b[i] <= 55 { v = v * 8 + Int(b[i] - 48); i += 1; n += 1 }
                out.append(UInt8(v & 0xFF))
            case 120:
                if i + 1 < to, let h = hexValue(b[i]), let l = hexValue(b[i + 1]) {
                    out.append(UInt8(h << 4 | l))
                    i += 2
                } else {
                    throw literalError("(value error) invalid \\x escape at position \(escStart)", t)
                }
            default:
                if e >= 128 { throw literalError("bytes can only contain ASCII literal characters", t) }
                out.append(92)
                i -= 1
            }
        }
        return out
    }

    // MARK: f-strings

    /// The f-string token being parsed (for error locations).
    var fstringToken: Token {
        get { fstringTokenStorage ?? tok }
        set { fstringTokenStorage = newValue }
    }

    func fstringError(_ msg: String) -> SyntaxError {
        let t = fstringToken
        return makeError(msg, SourceRange(lineno: t.endLine, colOffset: t.endCol, endLineno: t.endLine, endColOffset: t.endCol))
    }

    /// Parses f-string text [from, to): literal text and `{...}` fields. In a format spec
    /// (`inSpec`) it stops at the closing `}` and returns its index.
    func parseFStringBody(_ from: Int, _ to: Int, raw: Bool, nesting: Int, inSpec: Bool) throws(SyntaxError) -> ([StringPart], Int) {
        let b = src.bytes
        var parts: [StringPart] = []
        var chunkStart = from
        var literal: [UInt32] = []
        func flush(_ upTo: Int) throws(SyntaxError) {
            if upTo > chunkStart { literal += try decodeText(chunkStart, upTo, raw: raw, token: fstringToken) }
        }
        var i = from
        while i < to {
            let c = b[i]
            if c == 92 && !raw && i + 1 < to {
                if b[i + 1] == 78 && i + 2 < to && b[i + 2] == 123 {
                    var j = i + 3
                    while j < to && b[j] != 125 { j += 1 }
                    i = min(j + 1, to)
                } else {
                    i += 2
                }
                continue
            }
            if c == 123 {
                if !inSpec && i + 1 < to && b[i + 1] == 123 {
                    try flush(i + 1)
                    i += 2
                    chunkStart = i
                    continue
                }
                try flush(i)
                if !literal.isEmpty { parts.append(.text(literal)); literal = [] }
                let (field, next) = try parseFStringField(i, to, raw: raw, nesting: nesting)
                parts += field
                i = next
                chunkStart = i
                continue
            }
            if c == 125 {
                if inSpec {
                    try flush(i)
                    if !literal.isEmpty { parts.append(.text(literal)) }
                    return (parts, i)
                }
                if i + 1 < to && b[i + 1] == 125 {
                    try flush(i + 1)
                    i += 2
                    chunkStart = i
                    continue
                }
                throw fstringError("f-string: single '}' is not allowed")
            }
            i += 1
        }
        try flush(to)
        if !literal.isEmpty { parts.append(.text(literal)) }
        return (parts, to)
    }

    /// One replacement field starting at `{` (index `open`); returns its parts (self-documenting
    /// text, then the FormattedValue) and the index after its `}`.
    func parseFStringField(_ open: Int, _ to: Int, raw: Bool, nesting: Int) throws(SyntaxError) -> ([StringPart], Int) {
        if nesting >= 2 { throw fstringError("f-string: expressions nested too deeply") }
        let b = src.bytes
        var j = open + 1
        let exprStart = j
        var stack: [UInt8] = []
        var quote: UInt8 = 0
        var tripleQuote = false
        scan: while j < to {
            let ch = b[j]
            if ch == 92 { throw fstringError("f-string expression part cannot include a backslash") }
            if quote != 0 {
                if ch == quote {
                    if tripleQuote {
                        if j + 2 < to && b[j + 1] == quote && b[j + 2] == quote { quote = 0; j += 3; continue }
                    } else {
                        quote = 0
                    }
                }
                j += 1
                continue
            }
            switch ch {
            case 34, 39:
                quote = ch
                tripleQuote = j + 2 < to && b[j + 1] == ch && b[j + 2] == ch
                j += tripleQuote ? 3 : 1
                continue
            case 40, 91, 123:
                stack.append(ch)
            case 41, 93, 125:
                if ch == 125 && stack.isEmpty { break scan }
                guard let top = stack.popLast() else {
                    throw fstringError("f-string: unmatched '\(Character(Unicode.Scalar(ch)))'")
                }
                let expected: UInt8 = top == 40 ? 41 : top == 91 ? 93 : 125
                if expected != ch {
                    throw fstringError("f-string: closing parenthesis '\(Character(Unicode.Scalar(ch)))' does not match opening parenthesis '\(Character(Unicode.Scalar(top)))'")
                }
            case 35:
                throw fstringError("f-string expression part cannot include '#'")
            case 33 where stack.isEmpty:
                if j + 1 < to && b[j + 1] == 61 { j += 2; continue }
                break scan
            case 58 where stack.isEmpty:
                break scan
            case 61 where stack.isEmpty:
                if j + 1 < to && b[j + 1] == 61 { j += 2; continue }
                let prev = j > exprStart ? b[j - 1] : 0
                if prev == 60 || prev == 62 || prev == 33 || prev == 61 { j += 1; continue }
                break scan
            default: break
            }
            j += 1
        }
        if quote != 0 { throw fstringError("f-string: unterminated string") }
        if j >= to {
            if !stack.isEmpty { throw fstringError("f-string: unmatched '\(Character(Unicode.Scalar(stack.last!)))'") }
            throw fstringError("f-string: expecting '}'")
        }
        let exprEnd = j
        var allBlank = true
        for k in exprStart..<exprEnd where !(b[k] == 32 || b[k] == 9 || b[k] == 10 || b[k] == 12) { allBlank = false; break }
        if allBlank { throw fstringError("f-string: empty expression not allowed") }
        let value = try parseFStringExpression(exprStart, exprEnd)
        var parts: [StringPart] = []
        var selfDoc = false
        if b[j] == 61 {
            selfDoc = true
            j += 1
            while j < to && (b[j] == 32 || b[j] == 9) { j += 1 }
            parts.append(.text(String(decoding: b[exprStart..<j], as: UTF8.self).unicodeScalars.map { $0.value }))
        }
        var conversion = -1
        if j < to && b[j] == 33 {
            j += 1
            guard j < to else { throw fstringError("f-string: expecting '}'") }
            let c = b[j]
            guard c == 115 || c == 114 || c == 97 else {
                throw fstringError("f-string: invalid conversion character: expected 's', 'r', or 'a'")
            }
            conversion = Int(c)
            j += 1
        }
        var spec: Expr? = nil
        if j < to && b[j] == 58 {
            let (specParts, stop) = try parseFStringBody(j + 1, to, raw: raw, nesting: nesting + 1, inSpec: true)
            let loc = range(of: fstringToken)
            spec = Expr(.joinedStr(values: joined(specParts, loc)), loc)
            j = stop
        }
        guard j < to && b[j] == 125 else { throw fstringError("f-string: expecting '}'") }
        j += 1
        if selfDoc && conversion == -1 && spec == nil { conversion = 114 }
        let loc = range(of: fstringToken)
        parts.append(.value(Expr(.formattedValue(value: value, conversion: conversion, formatSpec: spec), loc)))
        return (parts, j)
    }

    /// Lexes and parses the expression bytes [from, to) in place, as CPython parses "(expr)".
    func parseFStringExpression(_ from: Int, _ to: Int) throws(SyntaxError) -> Expr {
        var lexer = Lexer(src)
        lexer.pos = from
        lexer.limit = to
        lexer.line = src.lineNumber(at: from)
        lexer.lineStart = src.lineStarts[lexer.line - 1]
        lexer.atLineStart = false
        lexer.implicitParens = true
        lexer.run()
        if var e = lexer.error {
            if !e.msg.hasPrefix("f-string") { e.msg = "f-string: " + e.msg }
            throw e
        }
        let sub = PyParser(src, lexer.tokens)
        sub.depth = depth + 10
        do throws(SyntaxError) {
            let e: Expr
            if sub.kind == .kwYield {
                e = try sub.parseYieldExpression()
            } else {
                e = try sub.parseStarExpressions()
                if case .starred = e.kind { throw sub.makeError("cannot use starred expression here", e.loc) }
            }
            while sub.kind == .newline { sub.advance() }
            if sub.kind != .endmarker { throw sub.invalidSyntax() }
            // CPython parses "(expr)": a bare tuple's location takes in those parentheses.
            if case .tuple = e.kind, sub.toks[0].kind != .lpar || sub.toks[0].start != lexer.tokens[0].start || e.loc.colOffset != sub.toks[0].col {
                var t = e
                t.loc.colOffset -= 1
                t.loc.endColOffset += 1
                return t
            }
            return e
        } catch {
            var e = error
            if !e.msg.hasPrefix("f-string") { e.msg = "f-string: " + e.msg }
            throw e
        }
    }

    // MARK: \N{...}

    static let commonCharacterNames: [String: UInt32] = [
        "SPACE": 0x20, "NO-BREAK SPACE": 0xA0, "BULLET": 0x2022, "EM DASH": 0x2014, "EN DASH": 0x2013,
        "HORIZONTAL ELLIPSIS": 0x2026, "DEGREE SIGN": 0xB0, "EURO SIGN": 0x20AC, "POUND SIGN": 0xA3,
        "COPYRIGHT SIGN": 0xA9, "REGISTERED SIGN": 0xAE, "GREEK SMALL LETTER ALPHA": 0x3B1,
        "GREEK SMALL LETTER PI": 0x3C0, "LATIN SMALL LETTER E WITH ACUTE": 0xE9, "SNOWMAN": 0x2603,
        "BLACK STAR": 0x2605, "CHECK MARK": 0x2713, "RIGHTWARDS ARROW": 0x2192, "LEFTWARDS ARROW": 0x2190,
        "LINE FEED": 0x0A, "CARRIAGE RETURN": 0x0D, "CHARACTER TABULATION": 0x09, "NULL": 0x00,
        "ZERO WIDTH SPACE": 0x200B, "INFINITY": 0x221E, "MULTIPLICATION SIGN": 0xD7, "DIVISION SIGN": 0xF7,
    ]

    /// Code point of a Unicode character name (case-insensitive), or nil.
    static func lookupCharacterName(_ raw: String) -> UInt32? {
        let name = raw.uppercased()
        if let v = commonCharacterNames[name] { return v }
        if name.hasPrefix("CJK UNIFIED IDEOGRAPH-"), let v = UInt32(name.dropFirst(22), radix: 16) { return v }
        let ranges: [ClosedRange<UInt32>] = [0...0xD7FF, 0xF900...0x3FFFF, 0xE0000...0xE01EF]
        for r in ranges {
            for v in r {
                guard let u = Unicode.Scalar(v) else { continue }
                if u.properties.name == name || u.properties.nameAlias == name { return v }
            }
        }
        return nil
    }
}
