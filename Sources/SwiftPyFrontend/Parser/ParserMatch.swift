// The `match` statement (PEP 634). `match`, `case` and `_` are soft keywords: a statement that
// starts with the name `match` is tried as a match statement first, and re-parsed as an
// ordinary statement when that fails before the `:` NEWLINE of its header.

extension PyParser {
    func isName(_ s: String, at k: Int = 0) -> Bool {
        let i = p + k
        guard i < toks.count, toks[i].kind == .name, toks[i].end - toks[i].start == s.utf8.count else { return false }
        return text(toks[i]) == s
    }

    /// Parses a match statement if one starts here; nil (position unchanged) otherwise.
    /// `missingColon` is set to the NEWLINE when `match <subject>` is followed by one.
    func tryParseMatch(missingColon: inout Token?) throws(SyntaxError) -> Stmt? {
        guard isName("match") else { return nil }
        switch peekKind() {
        case .name, .number, .string, .lpar, .lsqb, .lbrace, .minus, .plus, .tilde, .star, .kwNot,
             .kwNone, .kwTrue, .kwFalse, .kwLambda, .kwAwait, .ellipsis:
            break
        default:
            return nil
        }
        let start = p
        let saveDepth = depth
        var subject: Expr
        do throws(SyntaxError) {
            advance()
            let s = p
            let first = try parseStarNamedExpression()
            if kind == .comma {
                var elts = [first]
                while accept(.comma) {
                    if kind == .colon { break }
                    elts.append(try parseStarNamedExpression())
                }
                subject = Expr(.tuple(elts: elts, ctx: .load), range(from: s))
            } else {
                subject = first
            }
            if kind == .newline { missingColon = tok }
            guard kind == .colon && peekKind() == .newline else { p = start; return nil }
        } catch {
            p = start
            depth = saveDepth
            return nil
        }
        let line = toks[start].line
        advance() // ':'
        advance() // NEWLINE
        guard kind == .indent else {
            throw errorAt(tok, "expected an indented block after 'match' statement on line \(line)", kind: .indentationError)
        }
        advance()
        var cases: [MatchCase] = []
        while isName("case") {
            let caseLine = tok.line
            advance()
            let pattern = try parsePatterns()
            let guardExpr: Expr? = accept(.kwIf) ? try parseNamedExpression() : nil
            if kind == .newline { throw errorAt(tok, "expected ':'") }
            if kind != .colon { throw invalidSyntax() }
            let body = try parseBlock(after: "'case' statement on line \(caseLine)")
            cases.append(MatchCase(pattern: pattern, guard_: guardExpr, body: body))
        }
        if cases.isEmpty { throw invalidSyntax() }
        if kind != .dedent && kind != .endmarker { throw invalidSyntax() }
        _ = accept(.dedent)
        return Stmt(.match(subject: subject, cases: cases), range(from: start))
    }

    /// `patterns`: an open sequence (`a, *b`) or one pattern.
    func parsePatterns() throws(SyntaxError) -> Pattern {
        let start = p
        let first = try parseMaybeStarPattern()
        if kind != .comma {
            // a star pattern needs a comma (open_sequence_pattern)
            if case .matchStar = first.kind { throw invalidSyntax() }
            return first
        }
        var ps = [first]
        while accept(.comma) {
            if kind == .colon || kind == .kwIf { break }
            ps.append(try parseMaybeStarPattern())
        }
        return Pattern(.matchSequence(patterns: ps), range(from: start))
    }

    func parseMaybeStarPattern() throws(SyntaxError) -> Pattern {
        if kind == .star {
            let start = p
            advance()
            let n = try captureTarget()
            return Pattern(.matchStar(name: n == "_" ? nil : n), range(from: start))
        }
        return try parsePattern()
    }

    /// `or_pattern ['as' NAME]`.
    func parsePattern() throws(SyntaxError) -> Pattern {
        try enter(); defer { leave() }
        let start = p
        let first = try parseClosedPattern()
        var pat = first
        if kind == .vbar {
            var alts = [first]
            while accept(.vbar) { alts.append(try parseClosedPattern()) }
            pat = Pattern(.matchOr(patterns: alts), range(from: start))
        }
        if accept(.kwAs) {
            let t = tok
            guard kind == .name else {
                // CPython's invalid_as_pattern: `or_pattern 'as' !NAME expression`
                let save = p
                if let e = try? parseExpression() { throw makeError("invalid pattern target", e.loc) }
                p = save
                throw invalidSyntax()
            }
            let n = try captureTarget()
            if n == "_" { throw makeError("cannot use '_' as a target", range(of: t)) }
            return Pattern(.matchAs(pattern: pat, name: n), range(from: start))
        }
        return pat
    }

    /// `pattern_capture_target`: a NAME not followed by '.', '(' or '='.
    func captureTarget() throws(SyntaxError) -> String {
        let n = try name()
        if kind == .dot || kind == .lpar || kind == .equal { throw invalidSyntax() }
        return n
    }

    func parseClosedPattern() throws(SyntaxError) -> Pattern {
        let start = p
        switch kind {
        case .kwNone: advance(); return Pattern(.matchSingleton(value: .none), range(from: start))
        case .kwTrue: advance(); return Pattern(.matchSingleton(value: .bool(true)), range(from: start))
        case .kwFalse: advance(); return Pattern(.matchSingleton(value: .bool(false)), range(from: start))
        case .number, .minus, .string:
            let e = try parseLiteralPatternExpr()
            if case .joinedStr = e.kind {
                throw makeError("patterns may only match literals and attribute lookups", e.loc)
            }
            return Pattern(.matchValue(value: e), range(from: start))
        case .lpar:
            advance()
            if accept(.rpar) { return Pattern(.matchSequence(patterns: []), range(from: start)) }
            let first = try parseMaybeStarPattern()
            if kind == .rpar {
                // `(*x)` is neither a group nor a sequence pattern
                if case .matchStar = first.kind { throw invalidSyntax() }
                advance()
                return first
            }
            var ps = [first]
            while accept(.comma) {
                if kind == .rpar { break }
                ps.append(try parseMaybeStarPattern())
            }
            try expect(.rpar)
            return Pattern(.matchSequence(patterns: ps), range(from: start))
        case .lsqb:
            advance()
            var ps: [Pattern] = []
            while kind != .rsqb {
                ps.append(try parseMaybeStarPattern())
                if !accept(.comma) { break }
            }
            try expect(.rsqb)
            return Pattern(.matchSequence(patterns: ps), range(from: start))
        case .lbrace:
            return try parseMappingPattern()
        case .name:
            let n = text(tok)
            if peekKind() != .dot && peekKind() != .lpar {
                advance()
                return Pattern(.matchAs(pattern: nil, name: n == "_" ? nil : n), range(from: start))
            }
            var e = Expr(.name(id: n, ctx: .load), range(of: tok))
            advance()
            while accept(.dot) {
                let attr = try name()
                e = Expr(.attribute(value: e, attr: attr, ctx: .load), range(from: start))
            }
            if kind == .lpar { return try parseClassPattern(cls: e, start: start) }
            return Pattern(.matchValue(value: e), range(from: start))
        default:
            throw invalidSyntax()
        }
    }

    /// Signed numbers, `a + bj` complex literals and strings.
    func parseLiteralPatternExpr() throws(SyntaxError) -> Expr {
        let start = p
        if kind == .string { return try parseStrings() }
        var e: Expr
        if accept(.minus) {
            guard kind == .number else { throw invalidSyntax() }
            let t = tok
            advance()
            e = Expr(.unaryOp(op: .uSub, operand: Expr(.constant(value: numberValue(t), kind: nil), range(of: t))), range(from: start))
        } else {
            guard kind == .number else { throw invalidSyntax() }
            let t = tok
            advance()
            e = Expr(.constant(value: numberValue(t), kind: nil), range(of: t))
        }
        if kind == .plus || kind == .minus {
            if case .complex = numberValue(toks[p - 1]) {
                throw makeError("real number required in complex literal", range(of: toks[p - 1]))
            }
            let op: Operator = kind == .plus ? .add : .sub
            advance()
            guard kind == .number else { throw invalidSyntax() }
            let t = tok
            advance()
            let r = Expr(.constant(value: numberValue(t), kind: nil), range(of: t))
            guard case .complex = r.kind.constantValue else { throw makeError("imaginary number required in complex literal", r.loc) }
            e = Expr(.binOp(left: e, op: op, right: r), range(from: start))
        }
        return e
    }

    func parseMappingPattern() throws(SyntaxError) -> Pattern {
        let start = p
        advance()
        var keys: [Expr] = [], ps: [Pattern] = []
        var rest: String? = nil
        while kind != .rbrace {
            if accept(.doubleStar) {
                if isName("_") { throw invalidSyntax() }
                rest = try captureTarget()
                _ = accept(.comma)
                break
            }
            let key: Expr
            switch kind {
            case .kwNone: key = Expr(.constant(value: .none, kind: nil), range(of: tok)); advance()
            case .kwTrue: key = Expr(.constant(value: .bool(true), kind: nil), range(of: tok)); advance()
            case .kwFalse: key = Expr(.constant(value: .bool(false), kind: nil), range(of: tok)); advance()
            case .name:
                let ks = p
                var e = Expr(.name(id: text(tok), ctx: .load), range(of: tok))
                advance()
                guard kind == .dot else { throw invalidSyntax() }
                while accept(.dot) { e = Expr(.attribute(value: e, attr: try name(), ctx: .load), range(from: ks)) }
                key = e
            default: key = try parseLiteralPatternExpr()
            }
            guard accept(.colon) else { throw invalidSyntax() }
            keys.append(key)
            ps.append(try parsePattern())
            if !accept(.comma) { break }
        }
        try expect(.rbrace)
        return Pattern(.matchMapping(keys: keys, patterns: ps, rest: rest), range(from: start))
    }

    func parseClassPattern(cls: Expr, start: Int) throws(SyntaxError) -> Pattern {
        advance() // (
        var ps: [Pattern] = [], attrs: [String] = [], kps: [Pattern] = []
        while kind != .rpar {
            if kind == .name && peekKind() == .equal {
                attrs.append(text(tok))
                advance(); advance()
                kps.append(try parsePattern())
            } else {
                if !attrs.isEmpty { throw makeError("positional patterns follow keyword patterns", range(of: tok)) }
                ps.append(try parsePattern())
            }
            if !accept(.comma) { break }
        }
        try expect(.rpar)
        return Pattern(.matchClass(cls: cls, patterns: ps, kwdAttrs: attrs, kwdPatterns: kps), range(from: start))
    }
}

extension ExprKind {
    var constantValue: ConstantValue? {
        if case .constant(let v, _) = self { return v }
        return nil
    }
}
