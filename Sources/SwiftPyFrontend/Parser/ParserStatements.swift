// Statements: simple statements (assignments, imports, ...) and compound statements with blocks.

extension PyParser {
    /// One statement: a compound statement, or a line of `;`-separated simple statements.
    func parseStatement(into body: inout [Stmt]) throws(SyntaxError) {
        switch kind {
        case .kwDef, .kwIf, .kwClass, .kwWith, .kwFor, .kwTry, .kwWhile, .at:
            body.append(try parseCompound())
        case .kwAsync where peekKind() == .kwDef || peekKind() == .kwFor || peekKind() == .kwWith:
            body.append(try parseCompound())
        case .indent, .lexError, .dedent:
            throw invalidSyntax()
        case .name:
            var missingColon: Token? = nil
            if let m = try tryParseMatch(missingColon: &missingColon) { body.append(m); return }
            guard let missingColon else { try parseSimpleStatements(into: &body); return }
            // `match <subject>` NEWLINE that is no simple statement either: CPython's invalid_match_stmt
            do throws(SyntaxError) { try parseSimpleStatements(into: &body) } catch {
                throw errorAt(missingColon, "expected ':'")
            }
        default:
            try parseSimpleStatements(into: &body)
        }
    }

    func parseSimpleStatements(into body: inout [Stmt]) throws(SyntaxError) {
        while true {
            body.append(try parseSimpleStatement())
            if accept(.semi) {
                if kind == .newline { break }
                continue
            }
            break
        }
        if kind != .newline { throw invalidSyntax() }
        advance()
    }

    func parseSimpleStatement() throws(SyntaxError) -> Stmt {
        let start = p
        switch kind {
        case .kwPass: advance(); return Stmt(.pass, range(from: start))
        case .kwBreak: advance(); return Stmt(.break, range(from: start))
        case .kwContinue: advance(); return Stmt(.continue, range(from: start))
        case .kwReturn:
            advance()
            let v: Expr? = startsExpression ? try parseStarExpressions() : nil
            return Stmt(.return(value: v), range(from: start))
        case .kwRaise:
            advance()
            var exc: Expr? = nil, cause: Expr? = nil
            if startsExpression {
                exc = try parseExpression()
                if accept(.kwFrom) { cause = try parseExpression() }
            }
            return Stmt(.raise(exc: exc, cause: cause), range(from: start))
        case .kwGlobal, .kwNonlocal:
            let isGlobal = kind == .kwGlobal
            advance()
            var names = [try name()]
            while accept(.comma) { names.append(try name()) }
            return Stmt(isGlobal ? .global(names: names) : .nonlocal(names: names), range(from: start))
        case .kwDel:
            advance()
            var targets: [Expr] = []
            repeat {
                if !targets.isEmpty && (kind == .newline || kind == .semi) { break }
                let s = p
                var t: Expr
                if accept(.star) {
                    let v = try parseBitOr()
                    t = Expr(.starred(value: v, ctx: .load), range(from: s))
                } else {
                    t = try parseBitOr()
                }
                targets.append(try setDeleteContext(t))
            } while accept(.comma)
            if kind != .newline && kind != .semi { throw invalidSyntax() }
            return Stmt(.delete(targets: targets), range(from: start))
        case .kwAssert:
            advance()
            let test = try parseExpression()
            let msg: Expr? = accept(.comma) ? try parseExpression() : nil
            return Stmt(.assert(test: test, msg: msg), range(from: start))
        case .kwImport:
            return try parseImport()
        case .kwFrom:
            return try parseFromImport()
        default:
            return try parseExpressionStatement()
        }
    }

    func augmentedOperator() -> Operator? {
        switch kind {
        case .plusEqual: return .add
        case .minusEqual: return .sub
        case .starEqual: return .mult
        case .atEqual: return .matMult
        case .slashEqual: return .div
        case .percentEqual: return .mod
        case .amperEqual: return .bitAnd
        case .vbarEqual: return .bitOr
        case .circumflexEqual: return .bitXor
        case .leftShiftEqual: return .lShift
        case .rightShiftEqual: return .rShift
        case .doubleStarEqual: return .pow
        case .doubleSlashEqual: return .floorDiv
        default: return nil
        }
    }

    /// Right-hand side of an assignment: yield expression or star_expressions.
    func parseAssignedValue() throws(SyntaxError) -> Expr {
        if kind == .kwYield { return try parseYieldExpression() }
        return try parseStarExpressions()
    }

    func parseExpressionStatement() throws(SyntaxError) -> Stmt {
        let start = p
        let first = kind == .kwYield ? try parseYieldExpression() : try parseStarExpressions()
        if kind == .colon {
            // Annotated assignment.
            switch first.kind {
            case .name, .attribute, .subscript: break
            case .tuple: throw makeError("only single target (not tuple) can be annotated", first.loc)
            case .list: throw makeError("only single target (not list) can be annotated", first.loc)
            default: throw makeError("illegal target for annotation", first.loc)
            }
            advance()
            let annotation = try parseExpression()
            let value: Expr? = accept(.equal) ? try parseAssignedValue() : nil
            var simple = false
            if case .name = first.kind, toks[start].kind != .lpar { simple = true }
            let target = withContext(first, .store)
            return Stmt(.annAssign(target: target, annotation: annotation, value: value, simple: simple), range(from: start))
        }
        if let op = augmentedOperator() {
            switch first.kind {
            case .name, .attribute, .subscript: break
            default: throw makeError("'\(exprName(first))' is an illegal expression for augmented assignment", first.loc)
            }
            advance()
            let value = try parseAssignedValue()
            return Stmt(.augAssign(target: withContext(first, .store), op: op, value: value), range(from: start))
        }
        if kind == .equal {
            var exprs = [first]
            while accept(.equal) {
                exprs.append(try parseAssignedValue())
            }
            let value = exprs.removeLast()
            var targets: [Expr] = []
            for (i, t) in exprs.enumerated() {
                switch t.kind {
                case .yield, .yieldFrom:
                    throw makeError("assignment to yield expression not possible", t.loc)
                default: break
                }
                var simpleValue = true
                switch value.kind {
                case .yield, .yieldFrom, .lambda: simpleValue = false
                case .unaryOp(.not, _): simpleValue = false
                case .starred: simpleValue = false
                default: break
                }
                let hint = i == exprs.count - 1 && simpleValue && exprs.count == 1
                targets.append(try setStoreContext(t, hintEquals: hint))
            }
            return Stmt(.assign(targets: targets, value: value, typeComment: nil), range(from: start))
        }
        if case .name(let id, _) = first.kind, id == "print" || id == "exec", kind == .string || kind == .name || kind == .number {
            let startTok = toks[start]
            var k = p
            while toks[k].kind != .newline && toks[k].kind != .endmarker && toks[k].kind != .semi && toks[k].kind != .lexError { k += 1 }
            let last = toks[max(k - 1, p)]
            throw makeError("Missing parentheses in call to '\(id)'. Did you mean \(id)(...)?",
                            SourceRange(lineno: startTok.line, colOffset: startTok.col, endLineno: last.endLine, endColOffset: last.endCol))
        }
        return Stmt(.expr(value: first), range(from: start))
    }

    // MARK: imports

    func parseDottedName() throws(SyntaxError) -> String {
        var s = try name()
        while kind == .dot {
            advance()
            s += "." + (try name())
        }
        return s
    }

    func parseImport() throws(SyntaxError) -> Stmt {
        let start = p
        advance()
        var names: [Alias] = []
        repeat {
            let s = p
            let n = try parseDottedName()
            let asname: String? = accept(.kwAs) ? try name() : nil
            names.append(Alias(name: n, asname: asname, loc: range(from: s)))
        } while accept(.comma)
        return Stmt(.import(names: names), range(from: start))
    }

    func parseFromImport() throws(SyntaxError) -> Stmt {
        let start = p
        advance()
        var level = 0
        while true {
            if accept(.dot) { level += 1 } else if accept(.ellipsis) { level += 3 } else { break }
        }
        var module: String? = nil
        if kind == .name { module = try parseDottedName() } else if level == 0 { throw invalidSyntax() }
        try expect(.kwImport)
        var names: [Alias] = []
        if kind == .star {
            let t = tok
            advance()
            names.append(Alias(name: "*", asname: nil, loc: range(of: t)))
        } else {
            let paren = accept(.lpar)
            repeat {
                if paren && kind == .rpar && !names.isEmpty { break }
                if !paren && kind == .newline && !names.isEmpty {
                    throw errorAt(tok, "trailing comma not allowed without surrounding parentheses")
                }
                let s = p
                let n = try name()
                let asname: String? = accept(.kwAs) ? try name() : nil
                names.append(Alias(name: n, asname: asname, loc: range(from: s)))
            } while accept(.comma)
            if paren {
                try expect(.rpar)
            }
        }
        return Stmt(.importFrom(module: module, names: names, level: level), range(from: start))
    }

    // MARK: compound statements

    /// `':' block` after a compound-statement header; `what` names it for indentation errors.
    func parseBlock(after what: @autoclosure () -> String) throws(SyntaxError) -> [Stmt] {
        try expect(.colon)
        var body: [Stmt] = []
        if kind == .newline {
            advance()
            guard kind == .indent else {
                throw errorAt(tok, "expected an indented block after \(what())", kind: .indentationError)
            }
            advance()
            try enter(); defer { leave() }
            while kind != .dedent && kind != .endmarker {
                try parseStatement(into: &body)
            }
            _ = accept(.dedent)
        } else {
            try parseSimpleStatements(into: &body)
        }
        return body
    }

    func parseCompound() throws(SyntaxError) -> Stmt {
        switch kind {
        case .at: return try parseDecorated()
        case .kwDef: return try parseFunctionDef(decorators: [], start: p)
        case .kwClass: return try parseClassDef(decorators: [], start: p)
        case .kwIf: return try parseIf()
        case .kwWhile: return try parseWhile()
        case .kwFor: return try parseFor()
        case .kwWith: return try parseWith()
        case .kwTry: return try parseTry()
        case .kwAsync:
            switch peekKind() {
            case .kwDef: return try parseFunctionDef(decorators: [], start: p)
            case .kwFor: return try parseFor()
            default: return try parseWith()
            }
        default: throw invalidSyntax()
        }
    }

    func parseDecorated() throws(SyntaxError) -> Stmt {
        var decorators: [Expr] = []
        while accept(.at) {
            decorators.append(try parseNamedExpression())
            if kind != .newline { throw invalidSyntax() }
            advance()
        }
        let start = p
        switch kind {
        case .kwDef: return try parseFunctionDef(decorators: decorators, start: start)
        case .kwAsync where peekKind() == .kwDef: return try parseFunctionDef(decorators: decorators, start: start)
        case .kwClass: return try parseClassDef(decorators: decorators, start: start)
        default: throw invalidSyntax()
        }
    }

    func parseFunctionDef(decorators: [Expr], start: Int) throws(SyntaxError) -> Stmt {
        let isAsync = accept(.kwAsync)
        let defLine = tok.line
        advance() // def
        let fname = try name()
        try expect(.lpar)
        let args = try parseParameters(closing: .rpar, annotations: true)
        try expect(.rpar)
        let returns: Expr? = accept(.rarrow) ? try parseExpression() : nil
        let body = try parseBlock(after: "function definition on line \(defLine)")
        let r = range(from: start)
        if isAsync {
            return Stmt(.asyncFunctionDef(name: fname, args: args, body: body, decoratorList: decorators, returns: returns, typeComment: nil), r)
        }
        return Stmt(.functionDef(name: fname, args: args, body: body, decoratorList: decorators, returns: returns, typeComment: nil), r)
    }

    func parseClassDef(decorators: [Expr], start: Int) throws(SyntaxError) -> Stmt {
        let line = tok.line
        advance()
        let cname = try name()
        var bases: [Expr] = [], keywords: [Keyword] = []
        if kind == .lpar {
            let open = p
            advance()
            (bases, keywords) = try parseCallArguments(openParen: open)
        }
        let body = try parseBlock(after: "class definition on line \(line)")
        return Stmt(.classDef(name: cname, bases: bases, keywords: keywords, body: body, decoratorList: decorators), range(from: start))
    }

    /// Condition of `if`/`elif`/`while`, with CPython's hint for a misplaced `=`.
    func parseCondition() throws(SyntaxError) -> Expr {
        let e = try parseNamedExpression()
        if kind == .equal {
            throw makeError("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e.loc.through(range(of: toks[p + 1 < toks.count ? p + 1 : p])))
        }
        return e
    }

    func parseIf() throws(SyntaxError) -> Stmt {
        let start = p
        let what = kind == .kwIf ? "if" : "elif"
        let line = tok.line
        advance()
        let test = try parseCondition()
        let body = try parseBlock(after: "'\(what)' statement on line \(line)")
        var orelse: [Stmt] = []
        if kind == .kwElif {
            orelse = [try parseIf()]
        } else if kind == .kwElse {
            let l = tok.line
            advance()
            orelse = try parseBlock(after: "'else' statement on line \(l)")
        }
        return Stmt(.if(test: test, body: body, orelse: orelse), range(from: start))
    }

    func parseWhile() throws(SyntaxError) -> Stmt {
        let start = p
        let line = tok.line
        advance()
        let test = try parseCondition()
        let body = try parseBlock(after: "'while' statement on line \(line)")
        var orelse: [Stmt] = []
        if kind == .kwElse {
            let l = tok.line
            advance()
            orelse = try parseBlock(after: "'else' statement on line \(l)")
        }
        return Stmt(.while(test: test, body: body, orelse: orelse), range(from: start))
    }

    func parseFor() throws(SyntaxError) -> Stmt {
        let start = p
        let isAsync = accept(.kwAsync)
        let line = tok.line
        advance()
        let rawTarget = try parseTargetList(stopAtIn: true)
        let target = try setStoreContext(rawTarget, forLoop: true)
        try expect(.kwIn)
        let iter = try parseStarExpressions()
        let body = try parseBlock(after: "'for' statement on line \(line)")
        var orelse: [Stmt] = []
        if kind == .kwElse {
            let l = tok.line
            advance()
            orelse = try parseBlock(after: "'else' statement on line \(l)")
        }
        let r = range(from: start)
        if isAsync { return Stmt(.asyncFor(target: target, iter: iter, body: body, orelse: orelse, typeComment: nil), r) }
        return Stmt(.for(target: target, iter: iter, body: body, orelse: orelse, typeComment: nil), r)
    }

    func parseWith() throws(SyntaxError) -> Stmt {
        let start = p
        let isAsync = accept(.kwAsync)
        let line = tok.line
        advance()
        var items: [WithItem] = []
        var parsedParenthesized = false
        if kind == .lpar {
            // Try `with (a as b, c as d):`; fall back to an expression starting with `(`.
            let save = p
            let saveDepth = depth
            do throws(SyntaxError) {
                advance()
                var list: [WithItem] = []
                repeat {
                    if kind == .rpar { break }
                    list.append(try parseWithItemNoTuple())
                } while accept(.comma)
                try expect(.rpar)
                if kind == .colon {
                    items = list
                    parsedParenthesized = true
                } else {
                    p = save
                }
            } catch {
                p = save
                depth = saveDepth
            }
        }
        if !parsedParenthesized {
            repeat { items.append(try parseWithItemNoTuple()) } while accept(.comma)
        }
        let body = try parseBlock(after: "'with' statement on line \(line)")
        let r = range(from: start)
        if isAsync { return Stmt(.asyncWith(items: items, body: body, typeComment: nil), r) }
        return Stmt(.with(items: items, body: body, typeComment: nil), r)
    }

    /// `expression ['as' star_target]` where the target is one bitwise-or expression (or a
    /// parenthesized/bracketed tuple/list).
    func parseWithItemNoTuple() throws(SyntaxError) -> WithItem {
        let e = try parseExpression()
        if accept(.kwAs) {
            let s = p
            var t: Expr
            if accept(.star) {
                let v = try parseBitOr()
                t = Expr(.starred(value: v, ctx: .load), range(from: s))
            } else {
                t = try parseBitOr()
            }
            if kind != .comma && kind != .colon && kind != .rpar { throw invalidSyntax() }
            return WithItem(contextExpr: e, optionalVars: try setStoreContext(t))
        }
        return WithItem(contextExpr: e, optionalVars: nil)
    }

    func parseTry() throws(SyntaxError) -> Stmt {
        let start = p
        let line = tok.line
        advance()
        let body = try parseBlock(after: "'try' statement on line \(line)")
        var handlers: [ExceptHandler] = []
        var star: Bool? = nil
        while kind == .kwExcept {
            let hs = p
            let hline = tok.line
            advance()
            let isStar = accept(.star)
            if let s = star, s != isStar {
                throw makeError("cannot have both 'except' and 'except*' on the same 'try'", range(from: hs))
            }
            star = isStar
            var type: Expr? = nil
            var hname: String? = nil
            if kind != .colon {
                type = try parseStarExpressions(allowStar: false)
                if case .tuple = type!.kind, toks[hs + (isStar ? 2 : 1)].kind != .lpar {
                    throw makeError("multiple exception types must be parenthesized", type!.loc)
                }
                if accept(.kwAs) { hname = try name() }
            } else if isStar {
                throw makeError("expected one or more exception types", range(of: tok))
            }
            let hbody = try parseBlock(after: "'except\(isStar ? "*" : "")' statement on line \(hline)")
            handlers.append(ExceptHandler(type: type, name: hname, body: hbody, loc: range(from: hs)))
        }
        var orelse: [Stmt] = []
        var finalbody: [Stmt] = []
        if kind == .kwElse && !handlers.isEmpty {
            let l = tok.line
            advance()
            orelse = try parseBlock(after: "'else' statement on line \(l)")
        }
        if kind == .kwFinally {
            let l = tok.line
            advance()
            finalbody = try parseBlock(after: "'finally' statement on line \(l)")
        }
        if handlers.isEmpty && finalbody.isEmpty {
            throw errorAt(tok, "expected 'except' or 'finally' block")
        }
        let r = range(from: start)
        if star == true { return Stmt(.tryStar(body: body, handlers: handlers, orelse: orelse, finalbody: finalbody), r) }
        return Stmt(.try(body: body, handlers: handlers, orelse: orelse, finalbody: finalbody), r)
    }
}
