// Expressions, from `star_expressions` down to atoms, following CPython 3.11's grammar levels:
// star_expressions > expression (if/else, lambda) > or > and > not > comparison > | > ^ > & >
// shifts > + - > * / // % @ > unary > ** > await > primary (calls, attributes, subscripts) > atom.

extension PyParser {
    /// True if the current token can start an expression.
    var startsExpression: Bool {
        switch kind {
        case .name, .number, .string, .lpar, .lsqb, .lbrace, .minus, .plus, .tilde, .ellipsis,
             .kwNot, .kwLambda, .kwAwait, .kwNone, .kwTrue, .kwFalse, .star:
            return true
        default:
            return false
        }
    }

    /// `star_expressions`: one expression, or a tuple of them (with `*x` elements when `allowStar`).
    func parseStarExpressions(allowStar: Bool = true) throws(SyntaxError) -> Expr {
        let start = p
        let first = try parseStarExpression(allowStar: allowStar)
        if kind != .comma { return first }
        var elts = [first]
        while accept(.comma) {
            if !startsExpression { break }
            elts.append(try parseStarExpression(allowStar: allowStar))
        }
        return Expr(.tuple(elts: elts, ctx: .load), range(from: start))
    }

    func parseStarExpression(allowStar: Bool) throws(SyntaxError) -> Expr {
        if kind == .star && allowStar {
            let start = p
            advance()
            let v = try parseBitOr()
            return Expr(.starred(value: v, ctx: .load), range(from: start))
        }
        return try parseExpression()
    }

    /// `star_named_expression`: `*x` or a named expression (in displays and subscripts).
    func parseStarNamedExpression() throws(SyntaxError) -> Expr {
        if kind == .star {
            let start = p
            advance()
            let v = try parseBitOr()
            return Expr(.starred(value: v, ctx: .load), range(from: start))
        }
        return try parseNamedExpression()
    }

    /// `named_expression`: `NAME := expression` or an expression.
    func parseNamedExpression() throws(SyntaxError) -> Expr {
        if kind == .name && peekKind() == .colonEqual {
            let start = p
            let id = text(tok)
            advance()
            let target = Expr(.name(id: id, ctx: .store), range(from: start))
            advance()
            let value = try parseExpression()
            return Expr(.namedExpr(target: target, value: value), range(from: start))
        }
        let e = try parseExpression()
        if kind == .colonEqual {
            throw makeError("cannot use assignment expressions with \(exprName(e))", e.loc)
        }
        return e
    }

    /// `expression`: conditional expression or lambda.
    func parseExpression() throws(SyntaxError) -> Expr {
        if kind == .kwLambda { return try parseLambda() }
        try enter()
        defer { leave() }
        let start = p
        let body = try parseOr()
        if kind == .kwIf {
            advance()
            let test = try parseOr()
            if kind != .kwElse {
                throw makeError("expected 'else' after 'if' expression", body.loc.through(test.loc))
            }
            advance()
            let orelse = try parseExpression()
            return Expr(.ifExp(test: test, body: body, orelse: orelse), range(from: start))
        }
        return body
    }

    func parseLambda() throws(SyntaxError) -> Expr {
        let start = p
        advance()
        let args = try parseParameters(closing: .colon, annotations: false)
        try expect(.colon)
        let body = try parseExpression()
        return Expr(.lambda(args: args, body: body), range(from: start))
    }

    func parseOr() throws(SyntaxError) -> Expr {
        let start = p
        let first = try parseAnd()
        if kind != .kwOr { return first }
        var values = [first]
        while accept(.kwOr) { values.append(try parseAnd()) }
        return Expr(.boolOp(op: .or, values: values), range(from: start))
    }

    func parseAnd() throws(SyntaxError) -> Expr {
        let start = p
        let first = try parseNot()
        if kind != .kwAnd { return first }
        var values = [first]
        while accept(.kwAnd) { values.append(try parseNot()) }
        return Expr(.boolOp(op: .and, values: values), range(from: start))
    }

    func parseNot() throws(SyntaxError) -> Expr {
        if kind == .kwNot {
            let start = p
            advance()
            try enter()
            defer { leave() }
            let operand = try parseNot()
            return Expr(.unaryOp(op: .not, operand: operand), range(from: start))
        }
        return try parseComparison()
    }

    func comparisonOperator() -> (CmpOperator, Int)? {
        switch kind {
        case .eqEqual: return (.eq, 1)
        case .notEqual: return (.notEq, 1)
        case .less: return (.lt, 1)
        case .lessEqual: return (.ltE, 1)
        case .greater: return (.gt, 1)
        case .greaterEqual: return (.gtE, 1)
        case .kwIn: return (.in, 1)
        case .kwNot: return peekKind() == .kwIn ? (.notIn, 2) : nil
        case .kwIs: return peekKind() == .kwNot ? (.isNot, 2) : (.is, 1)
        default: return nil
        }
    }

    func parseComparison() throws(SyntaxError) -> Expr {
        let start = p
        let left = try parseBitOr()
        guard comparisonOperator() != nil else { return left }
        var ops: [CmpOperator] = []
        var comparators: [Expr] = []
        while let (op, n) = comparisonOperator() {
            p += n
            ops.append(op)
            comparators.append(try parseBitOr())
        }
        return Expr(.compare(left: left, ops: ops, comparators: comparators), range(from: start))
    }

    /// Left-associative binary levels from `|` down to `* / // % @`.
    func binaryOperator(level: Int) -> Operator? {
        switch (level, kind) {
        case (0, .vbar): return .bitOr
        case (1, .circumflex): return .bitXor
        case (2, .amper): return .bitAnd
        case (3, .leftShift): return .lShift
        case (3, .rightShift): return .rShift
        case (4, .plus): return .add
        case (4, .minus): return .sub
        case (5, .star): return .mult
        case (5, .slash): return .div
        case (5, .doubleSlash): return .floorDiv
        case (5, .percent): return .mod
        case (5, .at): return .matMult
        default: return nil
        }
    }

    func parseBinary(level: Int) throws(SyntaxError) -> Expr {
        if level == 6 { return try parseFactor() }
        let start = p
        var left = try parseBinary(level: level + 1)
        while let op = binaryOperator(level: level) {
            advance()
            let right = try parseBinary(level: level + 1)
            left = Expr(.binOp(left: left, op: op, right: right), range(from: start))
        }
        return left
    }

    @inline(__always) func parseBitOr() throws(SyntaxError) -> Expr { try parseBinary(level: 0) }

    func parseFactor() throws(SyntaxError) -> Expr {
        let op: UnaryOperator
        switch kind {
        case .minus: op = .uSub
        case .plus: op = .uAdd
        case .tilde: op = .invert
        default: return try parsePower()
        }
        let start = p
        advance()
        try enter()
        defer { leave() }
        let operand = try parseFactor()
        return Expr(.unaryOp(op: op, operand: operand), range(from: start))
    }

    func parsePower() throws(SyntaxError) -> Expr {
        let start = p
        let base = try parseAwaitPrimary()
        if kind == .doubleStar {
            advance()
            let exp = try parseFactor()
            return Expr(.binOp(left: base, op: .pow, right: exp), range(from: start))
        }
        return base
    }

    func parseAwaitPrimary() throws(SyntaxError) -> Expr {
        if kind == .kwAwait {
            let start = p
            advance()
            let v = try parsePrimary()
            return Expr(.await(value: v), range(from: start))
        }
        return try parsePrimary()
    }

    /// Atom followed by `.name`, `(args)`, `[slices]`.
    func parsePrimary() throws(SyntaxError) -> Expr {
        let start = p
        var e = try parseAtom()
        while true {
            switch kind {
            case .dot:
                advance()
                let attr = try name()
                e = Expr(.attribute(value: e, attr: attr, ctx: .load), range(from: start))
            case .lpar:
                let open = p
                advance()
                let (args, keywords) = try parseCallArguments(openParen: open)
                e = Expr(.call(func: e, args: args, keywords: keywords), range(from: start))
            case .lsqb:
                advance()
                let slice = try parseSlices()
                try expect(.rsqb)
                e = Expr(.subscript(value: e, slice: slice, ctx: .load), range(from: start))
            default:
                return e
            }
        }
    }

    /// `slices`: one slice, or a tuple of slices/expressions.
    func parseSlices() throws(SyntaxError) -> Expr {
        let start = p
        let first = try parseSlice()
        if kind != .comma {
            if case .starred = first.kind { return Expr(.tuple(elts: [first], ctx: .load), range(from: start)) }
            return first
        }
        var elts = [first]
        while accept(.comma) {
            if kind == .rsqb { break }
            elts.append(try parseSlice())
        }
        return Expr(.tuple(elts: elts, ctx: .load), range(from: start))
    }

    func parseSlice() throws(SyntaxError) -> Expr {
        let start = p
        var lower: Expr? = nil
        if kind != .colon {
            let e = try parseStarNamedExpression()
            if kind != .colon { return e }
            if case .starred = e.kind { throw invalidSyntax() }
            lower = e
        }
        advance() // ':'
        var upper: Expr? = nil
        var step: Expr? = nil
        if kind != .colon && kind != .comma && kind != .rsqb { upper = try parseExpression() }
        if accept(.colon) {
            if kind != .comma && kind != .rsqb { step = try parseExpression() }
        }
        return Expr(.slice(lower: lower, upper: upper, step: step), range(from: start))
    }

    /// Arguments of a call after `(`, through `)`.
    func parseCallArguments(openParen: Int) throws(SyntaxError) -> ([Expr], [Keyword]) {
        var args: [Expr] = []
        var keywords: [Keyword] = []
        var sawKeyword = false
        var sawDoubleStar = false
        while kind != .rpar {
            let start = p
            if kind == .star {
                advance()
                let v = try parseExpression()
                let e = Expr(.starred(value: v, ctx: .load), range(from: start))
                if sawDoubleStar {
                    throw makeError("iterable argument unpacking follows keyword argument unpacking", e.loc)
                }
                args.append(e)
            } else if kind == .doubleStar {
                advance()
                let v = try parseExpression()
                keywords.append(Keyword(arg: nil, value: v, loc: range(from: start)))
                sawDoubleStar = true
            } else if kind == .name && peekKind() == .equal {
                let id = text(tok)
                advance(); advance()
                let v = try parseExpression()
                keywords.append(Keyword(arg: id, value: v, loc: range(from: start)))
                sawKeyword = true
            } else {
                let e = try parseNamedExpression()
                if kind == .equal {
                    if case .constant(let c, _) = e.kind, [.none, .bool(true), .bool(false)].contains(c) {
                        throw makeError("cannot assign to \(exprName(e))", e.loc)
                    }
                    throw makeError("expression cannot contain assignment, perhaps you meant \"==\"?", range(from: start).through(range(of: tok)))
                }
                if kind == .kwFor || (kind == .kwAsync && peekKind() == .kwFor) {
                    let gens = try parseComprehensionClauses()
                    let lone = args.isEmpty && keywords.isEmpty && kind == .rpar
                    if lone {
                        advance()
                        let g = Expr(.generatorExp(elt: e, generators: gens), range(from: openParen))
                        return ([g], [])
                    }
                    let g = Expr(.generatorExp(elt: e, generators: gens), range(from: start))
                    throw makeError("Generator expression must be parenthesized", g.loc)
                }
                if sawDoubleStar {
                    throw errorAt(tok, "positional argument follows keyword argument unpacking")
                }
                if sawKeyword {
                    throw errorAt(tok, "positional argument follows keyword argument")
                }
                args.append(e)
            }
            if !accept(.comma) { break }
        }
        try expect(.rpar)
        return (args, keywords)
    }

    /// `for target in iter [if cond]*` clauses, repeated.
    func parseComprehensionClauses() throws(SyntaxError) -> [Comprehension] {
        var gens: [Comprehension] = []
        while kind == .kwFor || (kind == .kwAsync && peekKind() == .kwFor) {
            let isAsync = accept(.kwAsync)
            advance() // for
            let target = try parseTargetList(stopAtIn: true)
            let storeTarget = try setStoreContext(target, forLoop: true)
            try expect(.kwIn)
            let iter = try parseOr()
            var ifs: [Expr] = []
            while accept(.kwIf) { ifs.append(try parseOr()) }
            gens.append(Comprehension(target: storeTarget, iter: iter, ifs: ifs, isAsync: isAsync))
        }
        return gens
    }

    /// `star_targets` for `for`: `*`-able bitwise-or expressions separated by commas.
    func parseTargetList(stopAtIn: Bool) throws(SyntaxError) -> Expr {
        let start = p
        func one() throws(SyntaxError) -> Expr {
            let s = p
            if accept(.star) {
                let v = try parseBitOr()
                return Expr(.starred(value: v, ctx: .load), range(from: s))
            }
            return try parseBitOr()
        }
        let first = try one()
        if kind != .comma { return first }
        var elts = [first]
        while accept(.comma) {
            if kind == .kwIn || kind == .equal || !startsExpression { break }
            elts.append(try one())
        }
        return Expr(.tuple(elts: elts, ctx: .load), range(from: start))
    }

    // MARK: atoms

    func parseAtom() throws(SyntaxError) -> Expr {
        let t = tok
        switch t.kind {
        case .name:
            advance()
            return Expr(.name(id: text(t), ctx: .load), range(of: t))
        case .kwTrue:
            advance(); return Expr(.constant(value: .bool(true), kind: nil), range(of: t))
        case .kwFalse:
            advance(); return Expr(.constant(value: .bool(false), kind: nil), range(of: t))
        case .kwNone:
            advance(); return Expr(.constant(value: .none, kind: nil), range(of: t))
        case .ellipsis:
            advance(); return Expr(.constant(value: .ellipsis, kind: nil), range(of: t))
        case .number:
            advance()
            return Expr(.constant(value: numberValue(t), kind: nil), range(of: t))
        case .string:
            return try parseStrings()
        case .lpar:
            try enter(); defer { leave() }
            return try parseParenthesized()
        case .lsqb:
            try enter(); defer { leave() }
            return try parseListDisplay()
        case .lbrace:
            try enter(); defer { leave() }
            return try parseBraceDisplay()
        default:
            throw invalidSyntax()
        }
    }

    func parseParenthesized() throws(SyntaxError) -> Expr {
        let start = p
        advance()
        if accept(.rpar) { return Expr(.tuple(elts: [], ctx: .load), range(from: start)) }
        if kind == .kwYield {
            let y = try parseYieldExpression()
            try expect(.rpar)
            return y
        }
        let first = try parseStarNamedExpression()
        if kind == .kwFor || (kind == .kwAsync && peekKind() == .kwFor) {
            if case .starred = first.kind { throw makeError("iterable unpacking cannot be used in comprehension", first.loc) }
            let gens = try parseComprehensionClauses()
            try expect(.rpar)
            return Expr(.generatorExp(elt: first, generators: gens), range(from: start))
        }
        if accept(.rpar) {
            if case .starred = first.kind { throw makeError("cannot use starred expression here", first.loc) }
            return first
        }
        guard kind == .comma else { throw invalidSyntax() }
        var elts = [first]
        while accept(.comma) {
            if kind == .rpar { break }
            elts.append(try parseStarNamedExpression())
        }
        try expect(.rpar)
        return Expr(.tuple(elts: elts, ctx: .load), range(from: start))
    }

    func parseListDisplay() throws(SyntaxError) -> Expr {
        let start = p
        advance()
        if accept(.rsqb) { return Expr(.list(elts: [], ctx: .load), range(from: start)) }
        let first = try parseStarNamedExpression()
        if kind == .kwFor || (kind == .kwAsync && peekKind() == .kwFor) {
            if case .starred = first.kind { throw makeError("iterable unpacking cannot be used in comprehension", first.loc) }
            let gens = try parseComprehensionClauses()
            try expect(.rsqb)
            return Expr(.listComp(elt: first, generators: gens), range(from: start))
        }
        var elts = [first]
        while accept(.comma) {
            if kind == .rsqb { break }
            elts.append(try parseStarNamedExpression())
        }
        try expect(.rsqb)
        return Expr(.list(elts: elts, ctx: .load), range(from: start))
    }

    func parseBraceDisplay() throws(SyntaxError) -> Expr {
        let start = p
        advance()
        if accept(.rbrace) { return Expr(.dict(keys: [], values: []), range(from: start)) }
        // Dict: first item is `**x` or `key: value`.
        do {
            var keys: [Expr?] = []
            var values: [Expr] = []
            var isDict = false
            var elts: [Expr] = []
            if accept(.doubleStar) {
                keys.append(nil)
                values.append(try parseBitOr())
                isDict = true
            } else {
                let first = try parseStarNamedExpression()
                if accept(.colon) {
                    if case .starred = first.kind { throw invalidSyntax() }
                    let v = try parseExpression()
                    if kind == .kwFor || (kind == .kwAsync && peekKind() == .kwFor) {
                        let gens = try parseComprehensionClauses()
                        try expect(.rbrace)
                        return Expr(.dictComp(key: first, value: v, generators: gens), range(from: start))
                    }
                    keys.append(first)
                    values.append(v)
                    isDict = true
                } else {
                    if kind == .kwFor || (kind == .kwAsync && peekKind() == .kwFor) {
                        if case .starred = first.kind { throw makeError("iterable unpacking cannot be used in comprehension", first.loc) }
                        let gens = try parseComprehensionClauses()
                        try expect(.rbrace)
                        return Expr(.setComp(elt: first, generators: gens), range(from: start))
                    }
                    elts.append(first)
                }
            }
            while accept(.comma) {
                if kind == .rbrace { break }
                if isDict {
                    if accept(.doubleStar) {
                        keys.append(nil)
                        values.append(try parseBitOr())
                        continue
                    }
                    let k = try parseExpression()
                    if kind != .colon {
                        if kind == .comma || kind == .rbrace {
                            var e = makeError("':' expected after dictionary key", k.loc)
                            e.endOffset = 0
                            throw e
                        }
                        throw invalidSyntax()
                    }
                    advance()
                    keys.append(k)
                    values.append(try parseExpression())
                } else {
                    elts.append(try parseStarNamedExpression())
                }
            }
            try expect(.rbrace)
            if isDict { return Expr(.dict(keys: keys, values: values), range(from: start)) }
            return Expr(.set(elts: elts), range(from: start))
        }
    }

    /// `yield [from] ...` (the caller has checked for `yield`).
    func parseYieldExpression() throws(SyntaxError) -> Expr {
        let start = p
        advance()
        if accept(.kwFrom) {
            let v = try parseExpression()
            return Expr(.yieldFrom(value: v), range(from: start))
        }
        if startsExpression {
            let v = try parseStarExpressions()
            return Expr(.yield(value: v), range(from: start))
        }
        return Expr(.yield(value: nil), range(from: start))
    }

    // MARK: parameters

    /// Parameters of `def` (annotations allowed, closed by `)`) or `lambda` (closed by `:`).
    func parseParameters(closing: TokenKind, annotations: Bool) throws(SyntaxError) -> Arguments {
        var a = Arguments()
        var sawStar = false
        var sawDefault = false
        var sawSlash = false
        func param(star: Bool) throws(SyntaxError) -> Arg {
            let start = p
            let id = try name()
            var ann: Expr? = nil
            if annotations && accept(.colon) {
                ann = star ? try parseStarExpression(allowStar: true) : try parseExpression()
            }
            return Arg(arg: id, annotation: ann, loc: range(from: start))
        }
        while kind != closing {
            if kind == .slash {
                if sawSlash { throw makeError("/ may appear only once", range(of: tok)) }
                if sawStar { throw makeError("/ must be ahead of *", range(of: tok)) }
                if a.args.isEmpty { throw makeError("at least one argument must precede /", range(of: tok)) }
                advance()
                a.posonlyargs = a.args
                a.args = []
                sawSlash = true
            } else if kind == .star {
                if sawStar { throw makeError("* argument may appear only once", range(of: tok)) }
                let starTok = tok
                advance()
                sawStar = true
                if kind == .comma || kind == closing {
                    // Bare `*`: keyword-only parameters must follow.
                    let next = peekKind()
                    if kind == closing || next == closing || next == .doubleStar {
                        throw makeError("named arguments must follow bare *", range(of: starTok))
                    }
                } else {
                    a.vararg = try param(star: true)
                }
            } else if kind == .doubleStar {
                advance()
                a.kwarg = try param(star: false)
                _ = accept(.comma)
                if kind != closing {
                    throw makeError("arguments cannot follow var-keyword argument", range(of: tok))
                }
                break
            } else {
                let arg = try param(star: false)
                if sawStar {
                    a.kwonlyargs.append(arg)
                    if accept(.equal) { a.kwDefaults.append(try parseExpression()) } else { a.kwDefaults.append(nil) }
                } else {
                    a.args.append(arg)
                    if accept(.equal) {
                        a.defaults.append(try parseExpression())
                        sawDefault = true
                    } else if sawDefault {
                        throw makeError("non-default argument follows default argument", arg.loc)
                    }
                }
            }
            if !accept(.comma) { break }
        }
        if kind != closing {
            if closing == .colon { throw errorAt(tok, "expected ':'") }
            throw invalidSyntax()
        }
        return a
    }
}
