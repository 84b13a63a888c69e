// Public entry point and core of the recursive-descent parser: source bytes -> AST (`Mod`).
// Statements live in ParserStatements.swift, expressions in ParserExpressions.swift, literal
// decoding in StringLiterals.swift, target checks in Targets.swift.

public enum Parser {
    /// Parses `source` (UTF-8, optional BOM) in `mode`: `.exec` gives `.module`, `.eval` gives
    /// `.expression`, `.single` gives `.interactive`.
    public static func parse(_ source: [UInt8], filename: String = "<unknown>", mode: ParseMode = .exec) throws(SyntaxError) -> Mod {
        let text = try SourceText(source, filename: filename)
        var lexer = Lexer(text)
        lexer.run()
        let parser = PyParser(text, lexer.tokens)
        do {
            return try parser.parseFile(mode: mode)
        } catch {
            throw prioritized(parseError: error, lexer: lexer, parser: parser)
        }
    }

    public static func parse(_ source: String, filename: String = "<unknown>", mode: ParseMode = .exec) throws(SyntaxError) -> Mod {
        try parse(Array(source.utf8), filename: filename, mode: mode)
    }

    /// CPython reports a tokenizer error found anywhere in the source before a parser error; an
    /// unclosed bracket only when the parse error lies on a later line (or at the end).
    static func prioritized(parseError: SyntaxError, lexer: Lexer, parser: PyParser) -> SyntaxError {
        guard let lexError = lexer.error, !parser.keepParseError else { return parseError }
        if let openLine = lexer.unclosedParenLine {
            if parser.failedAtLexError || parseError.lineno > openLine { return lexError }
            return parseError
        }
        return lexError
    }
}

final class PyParser {
    let src: SourceText
    let toks: [Token]
    var p = 0
    /// Nesting depth of expressions/blocks, bounded so that no input overflows the stack.
    var depth = 0
    /// Set when parsing stopped at the `.lexError` token.
    var failedAtLexError = false
    /// Set for "unexpected indent", which CPython reports before any tokenizer error.
    var keepParseError = false
    /// The f-string token being decoded, for error locations.
    var fstringTokenStorage: Token? = nil

    init(_ src: SourceText, _ toks: [Token]) {
        self.src = src
        self.toks = toks
    }

    // MARK: tokens

    @inline(__always) var tok: Token { toks[p] }
    @inline(__always) var kind: TokenKind { toks[p].kind }
    @inline(__always) func peekKind(_ k: Int = 1) -> TokenKind {
        let i = p + k
        return i < toks.count ? toks[i].kind : .endmarker
    }
    @inline(__always) func advance() { if p < toks.count - 1 { p += 1 } }
    @inline(__always) func accept(_ k: TokenKind) -> Bool {
        if toks[p].kind == k { advance(); return true }
        return false
    }

    func expect(_ k: TokenKind) throws(SyntaxError) {
        if toks[p].kind == k { advance(); return }
        if k == .colon { throw errorAt(toks[p], "expected ':'") }
        throw invalidSyntax()
    }

    func text(_ t: Token) -> String { String(decoding: src.bytes[t.start..<t.end], as: UTF8.self) }

    func name() throws(SyntaxError) -> String {
        guard kind == .name else { throw invalidSyntax() }
        let s = text(tok)
        advance()
        return s
    }

    // MARK: locations

    /// Location from the start of token `i` to the end of the last consumed token.
    func range(from i: Int) -> SourceRange {
        let s = toks[i]
        let e = toks[lastConsumed(atLeast: i)]
        return SourceRange(lineno: s.line, colOffset: s.col, endLineno: e.endLine, endColOffset: e.endCol)
    }

    /// Index of the last consumed token that is not NEWLINE/INDENT/DEDENT (never below `floor`).
    func lastConsumed(atLeast floor: Int) -> Int {
        var k = p - 1
        while k > floor {
            switch toks[k].kind {
            case .newline, .indent, .dedent: k -= 1
            default: return k
            }
        }
        return max(k, floor)
    }

    func range(of t: Token) -> SourceRange {
        SourceRange(lineno: t.line, colOffset: t.col, endLineno: t.endLine, endColOffset: t.endCol)
    }

    /// Location from the start of `start` to the end of the last consumed token.
    func range(startingAt start: SourceRange) -> SourceRange {
        let e = toks[lastConsumed(atLeast: 0)]
        return SourceRange(lineno: start.lineno, colOffset: start.colOffset, endLineno: e.endLine, endColOffset: e.endCol)
    }

    // MARK: errors

    func makeError(_ msg: String, _ r: SourceRange, kind: SyntaxError.Kind = .syntaxError) -> SyntaxError {
        let off = src.charColumn(line: r.lineno, byteCol: r.colOffset) + 1
        let endOff = src.charColumn(line: r.endLineno, byteCol: r.endColOffset) + 1
        return SyntaxError(kind: kind, msg: msg, filename: src.filename, lineno: r.lineno, offset: off,
                           endLineno: r.endLineno, endOffset: endOff, text: src.lineText(r.lineno, withNewline: true))
    }

    func errorAt(_ t: Token, _ msg: String, kind: SyntaxError.Kind = .syntaxError) -> SyntaxError {
        if t.kind == .lexError { failedAtLexError = true }
        let at = atEndOfInput(t)
        var e = makeError(msg, errorRange(of: at), kind: kind)
        // a missing block at the end of input: CPython has no end offset
        if kind == .indentationError && at.kind != t.kind { e.endOffset = -1 }
        return e
    }

    /// An error at a NEWLINE token is empty (offset == end_offset), as CPython reports it.
    func errorRange(of t: Token) -> SourceRange {
        if t.kind == .newline { return SourceRange(lineno: t.line, colOffset: t.col, endLineno: t.line, endColOffset: t.col) }
        return range(of: t)
    }

    /// CPython reports errors at the end of input on the last NEWLINE, not on DEDENT/ENDMARKER.
    func atEndOfInput(_ t: Token) -> Token {
        guard t.kind == .dedent || t.kind == .endmarker, t.start >= src.bytes.count else { return t }
        var k = toks.count - 1
        while k > 0 && (toks[k].kind == .dedent || toks[k].kind == .endmarker) { k -= 1 }
        return toks[k]
    }

    /// The generic error at the current token ("unexpected indent" for an INDENT).
    func invalidSyntax() -> SyntaxError {
        let t = toks[p]
        switch t.kind {
        case .lexError:
            failedAtLexError = true
            return makeError("invalid syntax", range(of: t))
        case .indent:
            var e = makeError("unexpected indent", range(of: t), kind: .indentationError)
            e.offset = src.charColumn(line: t.line, byteCol: t.endCol)
            e.endOffset = -1
            keepParseError = true
            return e
        default:
            return makeError("invalid syntax", errorRange(of: atEndOfInput(t)))
        }
    }

    func enter() throws(SyntaxError) {
        depth += 1
        if depth > 200 {
            throw makeError("too many nested parentheses", range(of: tok))
        }
    }
    @inline(__always) func leave() { depth -= 1 }

    // MARK: file

    func parseFile(mode: ParseMode) throws(SyntaxError) -> Mod {
        switch mode {
        case .exec:
            var body: [Stmt] = []
            while kind != .endmarker {
                if kind == .newline { advance(); continue }
                try parseStatement(into: &body)
            }
            return .module(body: body, typeIgnores: [])
        case .single:
            var body: [Stmt] = []
            while kind != .endmarker {
                if kind == .newline { advance(); continue }
                try parseStatement(into: &body)
            }
            return .interactive(body: body)
        case .eval:
            while kind == .newline { advance() }
            let e = try parseStarExpressions(allowStar: false)
            while kind == .newline { advance() }
            if kind != .endmarker { throw invalidSyntax() }
            return .expression(body: e)
        }
    }
}
