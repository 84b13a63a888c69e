// Functions, lambdas and classes: defaults, annotations, closures (MAKE_FUNCTION), decorators,
// class bodies (`__module__`, `__qualname__`, `__classcell__`) and LOAD_BUILD_CLASS calls.

extension CodeGenerator {
    func scopeEntry(tag: Int, _ loc: SourceRange) throws(SyntaxError) -> SymbolTableEntry {
        guard let ste = table.entry(tag: tag, loc: loc) else {
            throw error("internal compiler error: no symbol table for scope at line \(loc.lineno)", at: loc)
        }
        return ste
    }

    /// Pushes the defaults tuple and kw-only defaults dict; returns the MAKE_FUNCTION flags.
    func compileDefaults(_ args: Arguments) throws(SyntaxError) -> MakeFunctionFlags {
        var flags: MakeFunctionFlags = []
        if !args.defaults.isEmpty {
            for d in args.defaults { try compileExpr(d) }
            emit(.BUILD_TUPLE, args.defaults.count)
            flags.insert(.defaults)
        }
        var keys: [Constant] = []
        for (arg, d) in zip(args.kwonlyargs, args.kwDefaults) {
            guard let d else { continue }
            keys.append(.string(mangle(u.privateName, arg.arg)))
            try compileExpr(d)
        }
        if !keys.isEmpty {
            loadConst(.tuple(keys))
            emit(.BUILD_CONST_KEY_MAP, keys.count)
            flags.insert(.kwDefaults)
        }
        return flags
    }

    /// Pushes the annotations tuple `(name, value, ...)` if any; returns whether it did.
    func compileAnnotations(_ args: Arguments, _ returns: Expr?) throws(SyntaxError) -> Bool {
        var count = 0
        func one(_ name: String, _ ann: Expr?) throws(SyntaxError) {
            guard let ann else { return }
            loadConst(.string(mangle(u.privateName, name)))
            if case .starred(let value, _) = ann.kind {
                // `*args: *Ts` stores the single item of `[*Ts]`.
                try compileExpr(value)
                emit(.UNPACK_SEQUENCE, 1)
            } else {
                try compileExpr(ann)
            }
            count += 2
        }
        for a in args.args { try one(a.arg, a.annotation) }
        for a in args.posonlyargs { try one(a.arg, a.annotation) }
        if let v = args.vararg { try one(v.arg, v.annotation) }
        for a in args.kwonlyargs { try one(a.arg, a.annotation) }
        if let k = args.kwarg { try one(k.arg, k.annotation) }
        try one("return", returns)
        if count > 0 { emit(.BUILD_TUPLE, count) }
        return count > 0
    }

    /// `[flag values...] -> [function]` for `code`, loading its closure cells first.
    func makeClosure(_ code: CodeUnit, _ flags: MakeFunctionFlags) throws(SyntaxError) {
        var flags = flags
        if !code.freevars.isEmpty {
            for name in code.freevars {
                // A class-level name that is also free in a method is a freevar of the class.
                let idx: Int?
                if u.scopeType == .class && name == "__class__" {
                    idx = u.cellIndex[name]
                } else if u.ste.scope(of: name) == .cell {
                    idx = u.cellIndex[name]
                } else {
                    idx = u.freeIndex[name]
                }
                guard let idx else {
                    throw error("internal compiler error: no cell for free variable '\(name)' of \(code.qualname)")
                }
                emit(.LOAD_CLOSURE, idx)
            }
            emit(.BUILD_TUPLE, code.freevars.count)
            flags.insert(.closure)
        }
        loadConst(.code(code))
        emit(.MAKE_FUNCTION, flags.rawValue)
    }

    func compileFunction(_ s: Stmt, name: String, args: Arguments, body: [Stmt], decorators: [Expr],
                         returns: Expr?, isAsync: Bool = false) throws(SyntaxError) {
        for d in decorators { try compileExpr(d) }
        let firstLine = decorators.first?.loc.lineno ?? s.loc.lineno
        var flags = try compileDefaults(args)
        if try compileAnnotations(args, returns) { flags.insert(.annotations) }
        let ste = try scopeEntry(tag: 0, s.loc)
        enterScope(name, .function, ste, firstLineNo: firstLine, loc: s.loc)
        u.isAsyncFunction = isAsync
        let doc = docstring(body)
        _ = u.constSlot(doc ?? .none)
        u.argCount = args.posonlyargs.count + args.args.count
        u.posOnlyArgCount = args.posonlyargs.count
        u.kwOnlyArgCount = args.kwonlyargs.count
        for st in body.dropFirst(doc == nil ? 0 : 1) { try compileStmt(st) }
        let code = assembleUnit(addNone: true)
        exitScope()
        try makeClosure(code, flags)
        for _ in decorators { emit(.CALL_FUNCTION, 1) }
        try nameOp(name, .store)
    }

    func compileLambda(_ e: Expr, _ args: Arguments, _ body: Expr) throws(SyntaxError) {
        let flags = try compileDefaults(args)
        let ste = try scopeEntry(tag: 1, e.loc)
        enterScope("<lambda>", .lambda, ste, firstLineNo: e.loc.lineno, loc: e.loc)
        _ = u.constSlot(.none)  // no docstring
        u.argCount = args.posonlyargs.count + args.args.count
        u.posOnlyArgCount = args.posonlyargs.count
        u.kwOnlyArgCount = args.kwonlyargs.count
        try compileExpr(body)
        let code = assembleUnit(addNone: false)
        exitScope()
        try makeClosure(code, flags)
    }

    func compileClass(_ s: Stmt, name: String, bases: [Expr], keywords: [Keyword], body: [Stmt],
                      decorators: [Expr]) throws(SyntaxError) {
        for d in decorators { try compileExpr(d) }
        let firstLine = decorators.first?.loc.lineno ?? s.loc.lineno
        let ste = try scopeEntry(tag: 0, s.loc)
        enterScope(name, .class, ste, firstLineNo: firstLine, loc: s.loc)
        u.privateName = name
        try nameOp("__name__", .load)
        try nameOp("__module__", .store)
        loadConst(.string(u.qualname))
        try nameOp("__qualname__", .store)
        try compileBody(body)
        if ste.needsClassClosure {
            emit(.LOAD_CLOSURE, u.cellIndex["__class__"]!)
            emit(.DUP_TOP)
            try nameOp("__classcell__", .store)
            emit(.RETURN_VALUE)
        } else {
            loadConst(.none)
            emit(.RETURN_VALUE)
        }
        let code = u.assemble(filename: filename, flags: codeFlags())
        exitScope()
        emit(.LOAD_BUILD_CLASS)
        try makeClosure(code, [])
        loadConst(.string(name))
        try validateKeywords(keywords)
        try callHelper(pushed: 2, bases, keywords)
        for _ in decorators { emit(.CALL_FUNCTION, 1) }
        try nameOp(name, .store)
    }
}
