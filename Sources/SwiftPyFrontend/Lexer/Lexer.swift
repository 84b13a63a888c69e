// The Python 3.11 tokenizer: bytes -> [Token]. It runs over the whole source up front; an error
// stops it, is kept in `error`, and leaves a `.lexError` token last, so that the parser reports
// lexer errors with CPython's priority (see Parser.fail).
// String literals (f-strings included) are single tokens; the parser decodes them.

struct Lexer {
    let src: SourceText
    let b: [UInt8]
    var pos = 0
    /// End of the bytes to tokenize (a sub-range when lexing an f-string expression).
    var limit: Int
    var line = 1
    var lineStart = 0
    var tokens: [Token] = []
    var indents: [Int] = [0]
    var altIndents: [Int] = [0]
    /// Open brackets: the byte, its line and byte column.
    var parens: [(ch: UInt8, line: Int, col: Int)] = []
    var atLineStart = true
    /// Lexing an f-string replacement field: behave as inside brackets (no NEWLINE/INDENT).
    var implicitParens = false
    /// True while the current physical line holds only blanks/comments so far (no NEWLINE for it).
    var blankLine = false
    var error: SyntaxError?
    /// Set when `error` is "'(' was never closed": the line of that bracket.
    var unclosedParenLine: Int?

    init(_ src: SourceText) {
        self.src = src
        self.b = src.bytes
        self.limit = src.bytes.count
        tokens.reserveCapacity(limit / 3 + 8)
    }

    @inline(__always) func peek(_ k: Int = 0) -> UInt8 {
        let i = pos + k
        return i < limit ? b[i] : 0
    }

    // MARK: errors

    /// A tokenizer error at byte `at` (CPython: offset = code points before `at` on its line).
    mutating func fail(_ msg: String, at: Int, kind: SyntaxError.Kind = .syntaxError) {
        let ln = src.lineNumber(at: min(at, max(limit, 0)))
        let col = at - src.lineStarts[ln - 1]
        let off = src.charColumn(line: ln, byteCol: col)
        error = SyntaxError(kind: kind, msg: msg, filename: src.filename, lineno: ln, offset: off,
                            endLineno: ln, endOffset: off, text: src.lineText(ln, withNewline: false))
    }

    mutating func push(_ kind: TokenKind, _ start: Int, _ end: Int, startLine: Int? = nil, startLineStart: Int? = nil) {
        let sl = startLine ?? line
        let sls = startLineStart ?? lineStart
        tokens.append(Token(kind: kind, start: start, end: end, line: sl, col: start - sls,
                            endLine: line, endCol: end - lineStart))
    }

    mutating func newLine() {
        line += 1
        lineStart = pos
    }

    // MARK: driver

    mutating func run() {
        while error == nil {
            if atLineStart && parens.isEmpty && !implicitParens {
                atLineStart = false
                if !indentation() { break }
                if error != nil { break }
            }
            // Blanks.
            while true {
                let c = peek()
                if c == 32 || c == 9 || c == 12 { pos += 1 } else { break }
            }
            var c = peek()
            if c == 35 { // '#'
                while pos < limit && b[pos] != 10 { pos += 1 }
                c = peek()
            }
            if pos >= limit {
                finish()
                return
            }
            if c == 10 {
                let start = pos
                pos += 1
                if parens.isEmpty && !implicitParens && !blankLine {
                    tokens.append(Token(kind: .newline, start: start, end: pos, line: line, col: start - lineStart,
                                        endLine: line, endCol: start - lineStart + 1))
                }
                newLine()
                atLineStart = parens.isEmpty && !implicitParens
                continue
            }
            blankLine = false
            if c == 92 { // backslash
                if peek(1) == 10 {
                    pos += 2
                    newLine()
                    if pos >= limit {
                        let ln = line - 1
                        let text = src.lineText(ln, withNewline: true)
                        let off = src.lineCharCount(ln) + 1
                        error = SyntaxError(msg: "unexpected EOF while parsing", filename: src.filename, lineno: ln,
                                            offset: off, endLineno: ln, endOffset: -1, text: text)
                        break
                    }
                    continue
                }
                if pos + 1 >= limit {
                    let off = src.charColumn(line: line, byteCol: pos - lineStart) + 2
                    error = SyntaxError(msg: "unexpected EOF while parsing", filename: src.filename, lineno: line,
                                        offset: off, endLineno: line, endOffset: -1, text: (src.lineText(line, withNewline: false) ?? "") + "\n")
                    break
                }
                let off = src.charColumn(line: line, byteCol: pos - lineStart) + 2
                error = SyntaxError(msg: "unexpected character after line continuation character", filename: src.filename,
                                    lineno: line, offset: off, endLineno: line, endOffset: 0,
                                    text: src.lineText(line, withNewline: true))
                break
            }
            if isIdentStart(c) {
                if let q = stringPrefixQuote() {
                    lexString(quoteAt: q)
                } else {
                    lexName()
                }
                continue
            }
            if isDigit(c) || (c == 46 && isDigit(peek(1))) {
                lexNumber()
                continue
            }
            if c == 34 || c == 39 {
                lexString(quoteAt: pos)
                continue
            }
            lexOperator()
        }
        if error != nil {
            tokens.append(Token(kind: .lexError, start: pos, end: pos, line: line, col: pos - lineStart, endLine: line, endCol: pos - lineStart))
        }
    }

    /// End of input: implicit NEWLINE, DEDENTs, ENDMARKER; or the unclosed-bracket error.
    mutating func finish() {
        if let open = parens.last {
            unclosedParenLine = open.line
            let off = src.charColumn(line: open.line, byteCol: open.col) + 1
            error = SyntaxError(msg: "'\(Character(Unicode.Scalar(open.ch)))' was never closed", filename: src.filename,
                                lineno: open.line, offset: off, endLineno: open.line, endOffset: 0,
                                text: src.lineText(open.line, withNewline: false))
            tokens.append(Token(kind: .lexError, start: pos, end: pos, line: line, col: pos - lineStart, endLine: line, endCol: pos - lineStart))
            return
        }
        if !blankLine, let last = tokens.last, last.kind != .newline, last.kind != .dedent, last.kind != .indent {
            tokens.append(Token(kind: .newline, start: pos, end: pos, line: line, col: pos - lineStart, endLine: line, endCol: pos - lineStart + 1))
        }
        let endLine = pos > lineStart ? line + 1 : line
        while indents.count > 1 {
            indents.removeLast()
            tokens.append(Token(kind: .dedent, start: pos, end: pos, line: endLine, col: 0, endLine: endLine, endCol: 0))
        }
        tokens.append(Token(kind: .endmarker, start: pos, end: pos, line: endLine, col: 0, endLine: endLine, endCol: 0))
    }

    // MARK: indentation

    /// Measures the indentation of a new logical line and emits INDENT/DEDENT. Returns false at EOF
    /// handled by `finish`.
    mutating func indentation() -> Bool {
        var col = 0, alt = 0
        var i = pos
        while i < limit {
            let c = b[i]
            if c == 32 { col += 1; alt += 1 }
            else if c == 9 { col = (col / 8 + 1) * 8; alt += 1 }
            else if c == 12 { col = 0; alt = 0 }
            else { break }
            i += 1
        }
        let c: UInt8 = i < limit ? b[i] : 0
        if c == 35 || c == 10 || i >= limit {
            blankLine = true
            return true
        }
        if c == 92 && i + 1 < limit && b[i + 1] == 10 {
            // A line that starts with a continuation: CPython treats its indentation normally.
        }
        blankLine = false
        let wsEnd = i
        if col == indents.last! {
            if alt != altIndents.last! { tabError() }
        } else if col > indents.last! {
            if indents.count >= 100 {
                fail("too many levels of indentation", at: wsEnd, kind: .indentationError)
                return true
            }
            if alt <= altIndents.last! { tabError(); return true }
            indents.append(col)
            altIndents.append(alt)
            tokens.append(Token(kind: .indent, start: pos, end: wsEnd, line: line, col: 0, endLine: line, endCol: wsEnd - lineStart))
        } else {
            while indents.count > 1 && col < indents.last! {
                indents.removeLast()
                altIndents.removeLast()
                tokens.append(Token(kind: .dedent, start: wsEnd, end: wsEnd, line: line, col: wsEnd - lineStart, endLine: line, endCol: wsEnd - lineStart))
            }
            if col != indents.last! {
                let lineLen = src.lineCharCount(line)
                error = SyntaxError(kind: .indentationError, msg: "unindent does not match any outer indentation level",
                                    filename: src.filename, lineno: line, offset: lineLen + 1, endLineno: line,
                                    endOffset: -1, text: src.lineText(line, withNewline: true))
                return true
            }
            if alt != altIndents.last! { tabError() }
        }
        return true
    }

    mutating func tabError() {
        error = SyntaxError(kind: .tabError, msg: "inconsistent use of tabs and spaces in indentation", filename: src.filename,
                            lineno: line, offset: 1, endLineno: line, endOffset: 0, text: src.lineText(line, withNewline: true))
    }

    // MARK: names

    @inline(__always) func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
    @inline(__always) func isIdentStart(_ c: UInt8) -> Bool {
        (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c == 95 || c >= 128
    }
    @inline(__always) func isIdentChar(_ c: UInt8) -> Bool { isIdentStart(c) || isDigit(c) }

    /// If a string prefix (r, b, u, f, br, rb, fr, rf, any case) followed by a quote starts here,
    /// the index of the quote.
    func stringPrefixQuote() -> Int? {
        var i = pos
        var seen = 0
        while i < limit && seen < 2 {
            let c = b[i] | 0x20
            if c == 0x72 || c == 0x62 || c == 0x75 || c == 0x66 { i += 1; seen += 1 } else { break }
            if i < limit && (b[i] == 34 || b[i] == 39) {
                let p = String(decoding: b[pos..<i], as: UTF8.self).lowercased()
                let ok = ["r", "b", "u", "f", "br", "rb", "fr", "rf"].contains(p)
                return ok ? i : nil
            }
        }
        return nil
    }

    mutating func lexName() {
        let start = pos
        var nonASCII = false
        while pos < limit && isIdentChar(b[pos]) {
            if b[pos] >= 128 { nonASCII = true }
            pos += 1
        }
        if nonASCII {
            // Validate: XID_Start then XID_Continue, as PyUnicode_IsIdentifier.
            let s = String(decoding: b[start..<pos], as: UTF8.self)
            var first = true
            var offset = start
            for u in s.unicodeScalars {
                let ok = first ? (u.properties.isXIDStart || u == "_") : u.properties.isXIDContinue
                if !ok {
                    let hex = String(u.value, radix: 16, uppercase: true)
                    let padded = String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                    if u.properties.generalCategory == .spaceSeparator || u.properties.generalCategory == .control || u.properties.generalCategory == .format {
                        fail("invalid non-printable character U+\(padded)", at: offset + 1)
                    } else {
                        fail("invalid character '\(Character(u))' (U+\(padded))", at: offset + 1)
                    }
                    // CPython's offset is the 1-based column of the character.
                    if var e = error {
                        let ln = src.lineNumber(at: offset)
                        e.offset = src.charColumn(line: ln, byteCol: offset - src.lineStarts[ln - 1]) + 1
                        e.endOffset = e.offset
                        error = e
                    }
                    return
                }
                first = false
                offset += u.utf8.count
            }
        }
        var kind = TokenKind.name
        let len = pos - start
        if len >= 2 && len <= 8 {
            let first = b[start]
            if (first >= 97 && first <= 121) || first == 70 || first == 78 || first == 84 {
                if let k = keywordTable[String(decoding: b[start..<pos], as: UTF8.self)] { kind = k }
            }
        }
        push(kind, start, pos)
    }

    // MARK: numbers

    /// Consumes digits (per `isOK`) with single underscores between; returns false after
    /// reporting an error. `sawDigit` tells whether at least one digit was consumed.
    mutating func digitRun(_ isOK: (UInt8) -> Bool, kind: String, sawDigit: inout Bool) -> Bool {
        while true {
            while pos < limit && isOK(b[pos]) { pos += 1; sawDigit = true }
            if peek() != 95 { return true }
            pos += 1
            if !isOK(peek()) {
                fail("invalid \(kind) literal", at: pos)
                return false
            }
        }
    }

    /// After a number: an identifier character right after it is an error, except the start of
    /// `and else for if in is not or` (CPython only warns there).
    mutating func verifyEnd(kind: String) -> Bool {
        let c = peek()
        func follows(_ s: String) -> Bool {
            var k = 0
            for u in s.utf8 { if peek(k) != u { return false }; k += 1 }
            return true
        }
        if follows("and") || follows("else") || follows("for") || follows("if") || follows("in") ||
            follows("is") || follows("not") || follows("or") {
            return true
        }
        if isIdentChar(c) {
            fail("invalid \(kind) literal", at: pos)
            return false
        }
        return true
    }

    mutating func lexNumber() {
        let start = pos
        let c = peek()
        var saw = false
        if c == 48 && (peek(1) | 0x20 == 0x78 || peek(1) | 0x20 == 0x6F || peek(1) | 0x20 == 0x62) {
            let p = peek(1) | 0x20
            pos += 2
            if peek() == 95 { pos += 1 }
            if p == 0x78 {
                let hex: (UInt8) -> Bool = { ($0 >= 48 && $0 <= 57) || ($0 | 0x20 >= 97 && $0 | 0x20 <= 102) }
                if !hex(peek()) { fail("invalid hexadecimal literal", at: pos); return }
                guard digitRun(hex, kind: "hexadecimal", sawDigit: &saw), verifyEnd(kind: "hexadecimal") else { return }
            } else {
                let isOctal = p == 0x6F
                let kind = isOctal ? "octal" : "binary"
                let ok: (UInt8) -> Bool = isOctal ? { $0 >= 48 && $0 <= 55 } : { $0 == 48 || $0 == 49 }
                if !ok(peek()) {
                    if isDigit(peek()) { pos += 1; fail("invalid digit '\(Character(Unicode.Scalar(peek(-1))))' in \(kind) literal", at: pos) }
                    else { fail("invalid \(kind) literal", at: pos) }
                    return
                }
                guard digitRun(ok, kind: kind, sawDigit: &saw) else { return }
                if isDigit(peek()) {
                    pos += 1
                    fail("invalid digit '\(Character(Unicode.Scalar(peek(-1))))' in \(kind) literal", at: pos)
                    return
                }
                guard verifyEnd(kind: kind) else { return }
            }
            push(.number, start, pos)
            return
        }
        var isFloat = false
        if c != 46 {
            guard digitRun({ $0 >= 48 && $0 <= 57 }, kind: "decimal", sawDigit: &saw) else { return }
        }
        if peek() == 46 {
            pos += 1
            isFloat = true
            if isDigit(peek()) {
                guard digitRun({ $0 >= 48 && $0 <= 57 }, kind: "decimal", sawDigit: &saw) else { return }
            }
        }
        if peek() | 0x20 == 0x65 { // e
            let ePos = pos
            pos += 1
            if peek() == 43 || peek() == 45 {
                pos += 1
                if !isDigit(peek()) { fail("invalid decimal literal", at: pos); return }
            } else if !isDigit(peek()) {
                pos = ePos
                guard verifyEnd(kind: "decimal") else { return }
                push(.number, start, pos)
                return
            }
            guard digitRun({ $0 >= 48 && $0 <= 57 }, kind: "decimal", sawDigit: &saw) else { return }
            isFloat = true
        }
        if peek() | 0x20 == 0x6A { // j
            pos += 1
            guard verifyEnd(kind: "imaginary") else { return }
            push(.number, start, pos)
            return
        }
        if !isFloat && b[start] == 48 {
            // "0", "00", "0_0" are fine; other leading zeros are not.
            var k = start
            var nonzero = false
            while k < pos { if b[k] != 48 && b[k] != 95 { nonzero = true }; k += 1 }
            if nonzero {
                let ln = line
                let c0 = src.charColumn(line: ln, byteCol: start - lineStart) + 1
                let c1 = src.charColumn(line: ln, byteCol: pos - lineStart) + 1
                error = SyntaxError(msg: "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                                    filename: src.filename, lineno: ln, offset: c0, endLineno: ln, endOffset: c1 - 1,
                                    text: src.lineText(ln, withNewline: false))
                return
            }
        }
        guard verifyEnd(kind: "decimal") else { return }
        push(.number, start, pos)
    }

    // MARK: strings

    mutating func lexString(quoteAt q: Int) {
        let start = pos
        let startLine = line, startLineStart = lineStart
        let quote = b[q]
        pos = q
        let triple = peek(1) == quote && peek(2) == quote
        pos += triple ? 3 : 1
        while true {
            if pos >= limit {
                unterminated(triple: triple, start: start, startLine: startLine, startLineStart: startLineStart)
                return
            }
            let c = b[pos]
            if c == quote {
                if !triple { pos += 1; break }
                if peek(1) == quote && peek(2) == quote { pos += 3; break }
                pos += 1
            } else if c == 92 {
                pos += 1
                if pos < limit {
                    if b[pos] == 10 { pos += 1; newLine() } else { pos += 1 }
                }
            } else if c == 10 {
                if !triple {
                    unterminated(triple: false, start: start, startLine: startLine, startLineStart: startLineStart)
                    return
                }
                pos += 1
                newLine()
            } else {
                pos += 1
            }
        }
        push(.string, start, pos, startLine: startLine, startLineStart: startLineStart)
    }

    mutating func unterminated(triple: Bool, start: Int, startLine: Int, startLineStart: Int) {
        let detected = triple ? src.lineNumber(at: max(0, limit - 1)) : src.lineNumber(at: max(0, min(pos, limit) - 1))
        let off = src.charColumn(line: startLine, byteCol: start - startLineStart) + 1
        let msg = triple ? "unterminated triple-quoted string literal (detected at line \(detected))"
                         : "unterminated string literal (detected at line \(detected))"
        error = SyntaxError(msg: msg, filename: src.filename, lineno: startLine, offset: off, endLineno: startLine,
                            endOffset: off, text: src.lineText(startLine, withNewline: false))
    }

    // MARK: operators

    mutating func lexOperator() {
        let start = pos
        let c = peek(), c1 = peek(1), c2 = peek(2)
        var kind: TokenKind
        var len = 1
        switch c {
        case 40: kind = .lpar
        case 41: kind = .rpar
        case 91: kind = .lsqb
        case 93: kind = .rsqb
        case 123: kind = .lbrace
        case 125: kind = .rbrace
        case 58: if c1 == 61 { kind = .colonEqual; len = 2 } else { kind = .colon }
        case 44: kind = .comma
        case 59: kind = .semi
        case 43: if c1 == 61 { kind = .plusEqual; len = 2 } else { kind = .plus }
        case 45:
            if c1 == 61 { kind = .minusEqual; len = 2 } else if c1 == 62 { kind = .rarrow; len = 2 } else { kind = .minus }
        case 42:
            if c1 == 42 { if c2 == 61 { kind = .doubleStarEqual; len = 3 } else { kind = .doubleStar; len = 2 } }
            else if c1 == 61 { kind = .starEqual; len = 2 } else { kind = .star }
        case 47:
            if c1 == 47 { if c2 == 61 { kind = .doubleSlashEqual; len = 3 } else { kind = .doubleSlash; len = 2 } }
            else if c1 == 61 { kind = .slashEqual; len = 2 } else { kind = .slash }
        case 124: if c1 == 61 { kind = .vbarEqual; len = 2 } else { kind = .vbar }
        case 38: if c1 == 61 { kind = .amperEqual; len = 2 } else { kind = .amper }
        case 60:
            if c1 == 60 { if c2 == 61 { kind = .leftShiftEqual; len = 3 } else { kind = .leftShift; len = 2 } }
            else if c1 == 61 { kind = .lessEqual; len = 2 } else { kind = .less }
        case 62:
            if c1 == 62 { if c2 == 61 { kind = .rightShiftEqual; len = 3 } else { kind = .rightShift; len = 2 } }
            else if c1 == 61 { kind = .greaterEqual; len = 2 } else { kind = .greater }
        case 61: if c1 == 61 { kind = .eqEqual; len = 2 } else { kind = .equal }
        case 33: if c1 == 61 { kind = .notEqual; len = 2 } else { kind = .errorToken }
        case 46: if c1 == 46 && c2 == 46 { kind = .ellipsis; len = 3 } else { kind = .dot }
        case 37: if c1 == 61 { kind = .percentEqual; len = 2 } else { kind = .percent }
        case 126: kind = .tilde
        case 94: if c1 == 61 { kind = .circumflexEqual; len = 2 } else { kind = .circumflex }
        case 64: if c1 == 61 { kind = .atEqual; len = 2 } else { kind = .at }
        case 36, 63, 96: kind = .errorToken
        default:
            // Control characters.
            let hex = String(c, radix: 16, uppercase: true)
            fail("invalid non-printable character U+\(String(repeating: "0", count: 4 - hex.count) + hex)", at: pos + 1)
            return
        }
        pos += len
        switch kind {
        case .lpar, .lsqb, .lbrace:
            if parens.count >= 200 { fail("too many nested parentheses", at: pos); return }
            parens.append((c, line, start - lineStart))
        case .rpar, .rsqb, .rbrace:
            let closeCh = Character(Unicode.Scalar(c))
            guard let open = parens.last else {
                fail("unmatched '\(closeCh)'", at: pos)
                return
            }
            let expected: UInt8 = open.ch == 40 ? 41 : open.ch == 91 ? 93 : 125
            if expected != c {
                let openCh = Character(Unicode.Scalar(open.ch))
                if open.line != line {
                    fail("closing parenthesis '\(closeCh)' does not match opening parenthesis '\(openCh)' on line \(open.line)", at: pos)
                } else {
                    fail("closing parenthesis '\(closeCh)' does not match opening parenthesis '\(openCh)'", at: pos)
                }
                return
            }
            parens.removeLast()
        default: break
        }
        push(kind, start, pos)
    }
}
