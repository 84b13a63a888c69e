// Statements: control flow, imports, assert, expression statements, return/break/continue.

extension CodeGenerator {
    func compileStmts(_ body: [Stmt]) throws(SyntaxError) {
        for s in body { try compileStmt(s) }
    }

    func compileStmt(_ s: Stmt) throws(SyntaxError) {
        let saved = u.loc
        u.loc = s.loc
        defer { u.loc = saved }
        switch s.kind {
        case .functionDef(let name, let args, let body, let decorators, let returns, _):
            try compileFunction(s, name: name, args: args, body: body, decorators: decorators, returns: returns)
        case .asyncFunctionDef(let name, let args, let body, let decorators, let returns, _):
            try compileFunction(s, name: name, args: args, body: body, decorators: decorators, returns: returns, isAsync: true)
        case .classDef(let name, let bases, let keywords, let body, let decorators):
            try compileClass(s, name: name, bases: bases, keywords: keywords, body: body, decorators: decorators)
        case .return(let value):
            try compileReturn(value)
        case .delete(let targets):
            for t in targets { try compileDelete(t) }
        case .assign(let targets, let value, _):
            try compileExpr(value)
            for (i, t) in targets.enumerated() {
                if i < targets.count - 1 { emit(.DUP_TOP) }
                try compileStore(t)
            }
        case .augAssign(let target, let op, let value):
            try compileAugAssign(target, op, value)
        case .annAssign(let target, let annotation, let value, let simple):
            try compileAnnAssign(target, annotation, value, simple)
        case .for(let target, let iter, let body, let orelse, _):
            try compileFor(target, iter, body, orelse)
        case .asyncFor(let target, let iter, let body, let orelse, _):
            if !u.isAsyncFunction && u.scopeType != .comprehension { throw error("'async for' outside async function") }
            try compileAsyncFor(target, iter, body, orelse)
        case .while(let test, let body, let orelse):
            try compileWhile(test, body, orelse)
        case .if(let test, let body, let orelse):
            let end = newLabel()
            let next = orelse.isEmpty ? end : newLabel()
            try jumpIf(test, next, false)
            try compileStmts(body)
            if !orelse.isEmpty {
                jump(.JUMP_FORWARD, end)
                bind(next)
                try compileStmts(orelse)
            }
            bind(end)
        case .with(let items, let body, _):
            try compileWith(s, items, 0, body)
        case .asyncWith(let items, let body, _):
            if !u.isAsyncFunction && u.scopeType != .comprehension { throw error("'async with' outside async function") }
            try compileAsyncWith(s, items, 0, body)
        case .match(let subject, let cases):
            try compileMatch(subject, cases)
        case .raise(let exc, let cause):
            var n = 0
            if let e = exc {
                try compileExpr(e)
                n += 1
                if let c = cause {
                    try compileExpr(c)
                    n += 1
                }
            }
            emit(.RAISE_VARARGS, n)
        case .try(let body, let handlers, let orelse, let finalbody):
            if !finalbody.isEmpty {
                try compileTryFinally(body, handlers, orelse, finalbody)
            } else {
                try compileTryExcept(body, handlers, orelse)
            }
        case .tryStar(let body, let handlers, let orelse, let finalbody):
            if !finalbody.isEmpty {
                try compileTryFinally(body, handlers, orelse, finalbody, star: true)
            } else {
                try compileTryStarExcept(body, handlers, orelse)
            }
        case .assert(let test, let msg):
            let end = newLabel()
            try jumpIf(test, end, true)
            emit(.LOAD_ASSERTION_ERROR)
            if let m = msg {
                try compileExpr(m)
                emit(.CALL_FUNCTION, 1)
            }
            emit(.RAISE_VARARGS, 1)
            bind(end)
        case .import(let names):
            try compileImport(names)
        case .importFrom(let module, let names, let level):
            try compileImportFrom(module, names, level)
        case .global, .nonlocal, .pass:
            break
        case .expr(let value):
            if interactive && nestLevel <= 1 {
                try compileExpr(value)
                emit(.PRINT_EXPR)
            } else if case .constant = value.kind {
                break  // a constant statement (e.g. a docstring elsewhere) compiles to nothing
            } else {
                try compileExpr(value)
                emit(.POP_TOP)
            }
        case .break:
            try compileBreak()
        case .continue:
            try compileContinue()
        }
    }

    /// Emits `raise NotImplementedError(msg)` for constructs SwiftPy cannot run yet, so that a
    /// module using them still compiles and fails only when they execute.
    func raiseNotImplemented(_ msg: String) throws(SyntaxError) {
        emit(.LOAD_GLOBAL, u.nameSlot("NotImplementedError"))
        loadConst(.string(msg))
        emit(.CALL_FUNCTION, 1)
        emit(.RAISE_VARARGS, 1)
    }

    // MARK: loops

    func compileFor(_ target: Expr, _ iter: Expr, _ body: [Stmt], _ orelse: [Stmt]) throws(SyntaxError) {
        let start = newLabel(), cleanup = newLabel(), end = newLabel()
        try pushFBlock(.forLoop(start: start, exit: end))
        try compileExpr(iter)
        emit(.GET_ITER)
        bind(start)
        jump(.FOR_ITER, cleanup)
        try compileStore(target)
        try compileStmts(body)
        jump(.JUMP_BACKWARD, start)
        bind(cleanup)
        popFBlock()
        try compileStmts(orelse)
        bind(end)
    }

    /// `async for`: GET_AITER, then per item `SETUP_FINALLY; GET_ANEXT; await; POP_BLOCK`;
    /// StopAsyncIteration reaches END_ASYNC_FOR, which ends the loop.
    func compileAsyncFor(_ target: Expr, _ iter: Expr, _ body: [Stmt], _ orelse: [Stmt]) throws(SyntaxError) {
        let start = newLabel(), except = newLabel(), end = newLabel()
        try compileExpr(iter)
        emit(.GET_AITER)
        bind(start)
        try pushFBlock(.forLoop(start: start, exit: end))
        jump(.SETUP_FINALLY, except)
        emit(.GET_ANEXT)
        emitAwait(0, get: false)
        emit(.POP_BLOCK)
        try compileStore(target)
        try compileStmts(body)
        jump(.JUMP_BACKWARD, start)
        popFBlock()
        bind(except)
        emit(.END_ASYNC_FOR)
        try compileStmts(orelse)
        bind(end)
    }

    /// `[o] -> [result]`: awaits TOS (GET_AWAITABLE `kind` unless `get` is false, then YIELD_FROM).
    func emitAwait(_ kind: Int, get: Bool = true) {
        if get { emit(.GET_AWAITABLE, kind) }
        loadConst(.none)
        emit(.YIELD_FROM)
    }

    func compileWhile(_ test: Expr, _ body: [Stmt], _ orelse: [Stmt]) throws(SyntaxError) {
        let loop = newLabel(), anchor = newLabel(), exit = newLabel()
        bind(loop)
        try pushFBlock(.whileLoop(start: loop, exit: exit))
        try jumpIf(test, anchor, false)
        try compileStmts(body)
        jump(.JUMP_BACKWARD, loop)
        popFBlock()
        bind(anchor)
        try compileStmts(orelse)
        bind(exit)
    }

    func compileBreak() throws(SyntaxError) {
        guard let loopIndex = try unwindFBlockStack(preserveTOS: false, stopAtLoop: true) else {
            throw error("'break' outside loop")
        }
        let loop = u.fblocks[loopIndex]
        try unwindFBlock(loop, preserveTOS: false)
        switch loop {
        case .forLoop(_, let exit), .whileLoop(_, let exit): jump(.JUMP_FORWARD, exit)
        default: break
        }
    }

    func compileContinue() throws(SyntaxError) {
        guard let loopIndex = try unwindFBlockStack(preserveTOS: false, stopAtLoop: true) else {
            throw error("'continue' not properly in loop")
        }
        switch u.fblocks[loopIndex] {
        case .forLoop(let start, _), .whileLoop(let start, _): jump(.JUMP_BACKWARD, start)
        default: break
        }
    }

    func compileReturn(_ value: Expr?) throws(SyntaxError) {
        if u.ste.type != .function { throw error("'return' outside function") }
        if value != nil && u.ste.isCoroutine && u.ste.isGenerator {
            throw error("'return' with value in async generator")
        }
        var preserve = false
        var constant: Constant? = nil
        if let v = value {
            constant = constantValue(v)
            if constant == nil {
                preserve = true
                try compileExpr(v)
            }
        }
        _ = try unwindFBlockStack(preserveTOS: preserve, stopAtLoop: false)
        if value == nil { loadConst(.none) } else if let c = constant { loadConst(c) }
        emit(.RETURN_VALUE)
    }

    // MARK: imports

    // Every instruction of an import statement has the statement's location, as in CPython 3.11.
    func compileImport(_ names: [Alias]) throws(SyntaxError) {
        for a in names {
            do {
                loadConst(.int(0))
                loadConst(.none)
                emitName(.IMPORT_NAME, a.name)
                let parts = a.name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
                if let asname = a.asname {
                    if parts.count > 1 {
                        for (i, attr) in parts.dropFirst().enumerated() {
                            emit(.IMPORT_FROM, u.nameSlot(attr))
                            if i < parts.count - 2 {
                                emit(.ROT_TWO)
                                emit(.POP_TOP)
                            }
                        }
                        try nameOp(asname, .store)
                        emit(.POP_TOP)
                    } else {
                        try nameOp(asname, .store)
                    }
                } else {
                    try nameOp(parts[0], .store)
                }
            }
        }
    }

    func compileImportFrom(_ module: String?, _ names: [Alias], _ level: Int) throws(SyntaxError) {
        loadConst(.int(level))
        loadConst(.tuple(names.map { .string($0.name) }))
        emitName(.IMPORT_NAME, module ?? "")
        for (i, a) in names.enumerated() {
            if i == 0 && a.name == "*" {
                emit(.IMPORT_STAR)
                return
            }
            do {
                emitName(.IMPORT_FROM, a.name)
                try nameOp(a.asname ?? a.name, .store)
            }
        }
        emit(.POP_TOP)
    }
}
