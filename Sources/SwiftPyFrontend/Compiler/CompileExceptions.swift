// try/except/finally, with, and the fblock stack: what `return`, `break` and `continue` must undo
// (pop blocks, drop iterators, run finally bodies, call __exit__) on their way out.
//
// Stack shapes (see docs/BYTECODE.md): a handler starts with [prev, exc] above its block level
// and an EXCEPT_HANDLER block; SETUP_WITH leaves [exit, value] with exit below the block level.

extension CodeGenerator {
    static let maxBlocks = 20

    func pushFBlock(_ b: FBlock) throws(SyntaxError) {
        if u.fblocks.count >= CodeGenerator.maxBlocks { throw error("too many statically nested blocks") }
        u.fblocks.append(b)
    }

    func popFBlock() { u.fblocks.removeLast() }

    /// Emits the code that leaves fblock `b` (CPython's compiler_unwind_fblock). With
    /// `preserveTOS` a value on top of the stack (a return value) is kept above what is popped.
    func unwindFBlock(_ b: FBlock, preserveTOS: Bool) throws(SyntaxError) {
        switch b {
        case .whileLoop, .exceptionHandler:
            break
        case .exceptionGroupHandler:
            throw error("'break', 'continue' and 'return' cannot appear in an except* block")
        case .forLoop:
            if preserveTOS { emit(.ROT_TWO) }
            emit(.POP_TOP)  // the iterator
        case .tryExcept:
            emit(.POP_BLOCK)
        case .finallyTry(let body):
            emit(.POP_BLOCK)
            if preserveTOS { try pushFBlock(.popValue) }
            try compileStmts(body)
            if preserveTOS { popFBlock() }
        case .finallyEnd:
            // [prev, exc (, value)]
            if preserveTOS { emit(.ROT_THREE) }
            emit(.POP_TOP)  // exc
            emit(.POP_EXCEPT)
        case .with(let loc):
            try at(loc) { () throws(SyntaxError) in
                emit(.POP_BLOCK)
                if preserveTOS { emit(.ROT_TWO) }
                callExitWithNones()
                emit(.POP_TOP)
            }
        case .asyncWith(let loc):
            try at(loc) { () throws(SyntaxError) in
                emit(.POP_BLOCK)
                if preserveTOS { emit(.ROT_TWO) }
                callExitWithNones()
                emitAwait(2)
                emit(.POP_TOP)
            }
        case .handlerCleanup(let name):
            if name != nil { emit(.POP_BLOCK) }
            if preserveTOS { emit(.ROT_TWO) }
            emit(.POP_EXCEPT)
            if let n = name {
                loadConst(.none)
                try nameOp(n, .store)
                try nameOp(n, .del)
            }
        case .popValue:
            if preserveTOS { emit(.ROT_TWO) }
            emit(.POP_TOP)
        }
    }

    /// Unwinds the fblocks from the innermost outwards. With `stopAtLoop`, stops at the innermost
    /// loop and returns its index (nil if there is none). Each fblock is removed while its exit
    /// code is compiled, so that a `return` in a finally body does not run that body again.
    func unwindFBlockStack(preserveTOS: Bool, stopAtLoop: Bool) throws(SyntaxError) -> Int? {
        guard let top = u.fblocks.last else { return nil }
        if stopAtLoop {
            switch top {
            case .whileLoop, .forLoop: return u.fblocks.count - 1
            default: break
            }
        }
        u.fblocks.removeLast()
        defer { u.fblocks.append(top) }
        try unwindFBlock(top, preserveTOS: preserveTOS)
        return try unwindFBlockStack(preserveTOS: preserveTOS, stopAtLoop: stopAtLoop)
    }

    /// `[exit] -> [exit(None, None, None)]`
    func callExitWithNones() {
        loadConst(.none)
        emit(.DUP_TOP)
        emit(.DUP_TOP)
        emit(.CALL_FUNCTION, 3)
    }

    // MARK: try

    func compileTryFinally(_ body: [Stmt], _ handlers: [ExceptHandler], _ orelse: [Stmt], _ finalbody: [Stmt],
                           star: Bool = false) throws(SyntaxError) {
        let end = newLabel(), exit = newLabel()
        jump(.SETUP_FINALLY, end)
        try pushFBlock(.finallyTry(body: finalbody))
        if star {
            try compileTryStarExcept(body, handlers, orelse)
        } else if !handlers.isEmpty {
            try compileTryExcept(body, handlers, orelse)
        } else {
            try compileStmts(body)
        }
        emit(.POP_BLOCK)
        popFBlock()
        try compileStmts(finalbody)
        jump(.JUMP_FORWARD, exit)
        // Exceptional path: [prev, exc]
        bind(end)
        try pushFBlock(.finallyEnd)
        try compileStmts(finalbody)
        popFBlock()
        emit(.RERAISE)
        bind(exit)
    }

    func compileTryExcept(_ body: [Stmt], _ handlers: [ExceptHandler], _ orelse: [Stmt]) throws(SyntaxError) {
        // 3.11's layout: the else body follows the try body (outside the block).
        let except = newLabel(), end = newLabel()
        jump(.SETUP_FINALLY, except)
        try pushFBlock(.tryExcept)
        try compileStmts(body)
        popFBlock()
        emit(.POP_BLOCK)
        try compileStmts(orelse)
        jump(.JUMP_FORWARD, end)
        bind(except)
        try pushFBlock(.exceptionHandler)
        for (i, h) in handlers.enumerated() {
            let saved = u.loc
            u.loc = h.loc
            if h.type == nil && i < handlers.count - 1 { throw error("default 'except:' must be last") }
            let next = newLabel()
            if let t = h.type {
                emit(.DUP_TOP)
                try compileExpr(t)
                jump(.JUMP_IF_NOT_EXC_MATCH, next)
            }
            if let name = h.name {
                // [prev, exc] -> [prev]; the body runs inside `try: ... finally: name = None; del name`
                try nameOp(name, .store)
                let cleanupEnd = newLabel()
                jump(.SETUP_FINALLY, cleanupEnd)
                try pushFBlock(.handlerCleanup(name: name))
                try compileStmts(h.body)
                popFBlock()
                emit(.POP_BLOCK)
                emit(.POP_EXCEPT)
                loadConst(.none)
                try nameOp(name, .store)
                try nameOp(name, .del)
                jump(.JUMP_FORWARD, end)
                // An exception in the body: [prev, prev2, exc2]
                bind(cleanupEnd)
                loadConst(.none)
                try nameOp(name, .store)
                try nameOp(name, .del)
                emit(.RERAISE)
            } else {
                emit(.POP_TOP)
                try pushFBlock(.handlerCleanup(name: nil))
                try compileStmts(h.body)
                popFBlock()
                emit(.POP_EXCEPT)
                jump(.JUMP_FORWARD, end)
            }
            u.loc = saved
            bind(next)
        }
        popFBlock()
        emit(.RERAISE)  // no handler matched: [prev, exc]
        bind(end)
    }

    /// try/except* (CPython 3.11's compiler_try_star_except). Each handler matches what the
    /// previous ones left of the exception (CHECK_EG_MATCH); exceptions raised by the handlers and
    /// the unmatched rest are collected in a list that PREP_RERAISE_STAR turns into what is raised.
    func compileTryStarExcept(_ body: [Stmt], _ handlers: [ExceptHandler], _ orelse: [Stmt]) throws(SyntaxError) {
        let except = newLabel(), orelseLabel = newLabel(), end = newLabel()
        jump(.SETUP_FINALLY, except)
        try pushFBlock(.tryExcept)
        try compileStmts(body)
        popFBlock()
        emit(.POP_BLOCK)
        jump(.JUMP_FORWARD, orelseLabel)
        // [prev, exc] -> [prev, orig, list, exc]
        bind(except)
        try pushFBlock(.exceptionGroupHandler)
        emit(.COPY, 1)
        emit(.BUILD_LIST, 0)
        emit(.SWAP, 2)
        for h in handlers {
            let saved = u.loc
            u.loc = h.loc
            let next = newLabel(), noMatch = newLabel()
            // [prev, orig, list, rest]
            guard let t = h.type else { throw error("expected one or more exception types") }
            try compileExpr(t)
            emit(.CHECK_EG_MATCH)           // [prev, orig, list, rest, match or None]
            emit(.COPY, 1)
            loadConst(.none)
            emit(.IS_OP, 0)
            jump(.POP_JUMP_IF_TRUE, noMatch)
            if let name = h.name { try nameOp(name, .store) } else { emit(.POP_TOP) }
            // the body runs inside `try: ... finally: name = None; del name`
            let cleanupEnd = newLabel()
            jump(.SETUP_FINALLY, cleanupEnd)
            try pushFBlock(.handlerCleanup(name: h.name))
            try compileStmts(h.body)
            popFBlock()
            emit(.POP_BLOCK)
            if let name = h.name {
                loadConst(.none)
                try nameOp(name, .store)
                try nameOp(name, .del)
            }
            jump(.JUMP_FORWARD, next)
            // raised in the body: [prev, orig, list, rest, prev2, exc2]; exc2 joins the list
            bind(cleanupEnd)
            if let name = h.name {
                loadConst(.none)
                try nameOp(name, .store)
                try nameOp(name, .del)
            }
            emit(.LIST_APPEND, 3)
            emit(.POP_EXCEPT)
            jump(.JUMP_FORWARD, next)
            bind(noMatch)
            emit(.POP_TOP)                  // None
            bind(next)
            u.loc = saved
        }
        popFBlock()
        // [prev, orig, list, rest] -> [prev, result]
        emit(.LIST_APPEND, 1)
        emit(.PREP_RERAISE_STAR)
        let reraise = newLabel()
        emit(.COPY, 1)
        loadConst(.none)
        emit(.IS_OP, 1)
        jump(.POP_JUMP_IF_TRUE, reraise)
        emit(.POP_TOP)
        emit(.POP_EXCEPT)                   // restores prev
        jump(.JUMP_FORWARD, end)
        bind(reraise)
        emit(.RERAISE)                      // unwinding pops the EXCEPT_HANDLER block
        bind(orelseLabel)
        try compileStmts(orelse)
        bind(end)
    }

    // MARK: with

    /// `with` items from `pos` on, each nested inside the previous one's block.
    func compileWith(_ s: Stmt, _ items: [WithItem], _ pos: Int, _ body: [Stmt]) throws(SyntaxError) {
        let item = items[pos]
        let final = newLabel(), exit = newLabel()
        try compileExpr(item.contextExpr)
        jump(.SETUP_WITH, final)
        try pushFBlock(.with(loc: s.loc))
        if let v = item.optionalVars {
            try compileStore(v)
        } else {
            emit(.POP_TOP)
        }
        if pos + 1 == items.count {
            try compileStmts(body)
        } else {
            try compileWith(s, items, pos + 1, body)
        }
        emit(.POP_BLOCK)
        popFBlock()
        callExitWithNones()
        emit(.POP_TOP)
        jump(.JUMP_FORWARD, exit)
        // Exceptional path: [exit, prev, exc]
        bind(final)
        emit(.WITH_EXCEPT_START)
        let suppress = newLabel()
        jump(.POP_JUMP_IF_TRUE, suppress)
        emit(.RERAISE)
        bind(suppress)
        emit(.POP_TOP)      // exc
        emit(.POP_EXCEPT)   // restores prev
        emit(.POP_TOP)      // exit
        bind(exit)
    }

    /// `async with`: BEFORE_ASYNC_WITH pushes `__aexit__` and `__aenter__()`, which is awaited;
    /// SETUP_ASYNC_WITH then guards the body as SETUP_WITH does. Every `__aexit__` call is awaited.
    func compileAsyncWith(_ s: Stmt, _ items: [WithItem], _ pos: Int, _ body: [Stmt]) throws(SyntaxError) {
        let item = items[pos]
        let final = newLabel(), exit = newLabel()
        try compileExpr(item.contextExpr)
        emit(.BEFORE_ASYNC_WITH)
        emitAwait(1)
        jump(.SETUP_ASYNC_WITH, final)
        try pushFBlock(.asyncWith(loc: s.loc))
        if let v = item.optionalVars {
            try compileStore(v)
        } else {
            emit(.POP_TOP)
        }
        if pos + 1 == items.count {
            try compileStmts(body)
        } else {
            try compileAsyncWith(s, items, pos + 1, body)
        }
        emit(.POP_BLOCK)
        popFBlock()
        callExitWithNones()
        emitAwait(2)
        emit(.POP_TOP)
        jump(.JUMP_FORWARD, exit)
        // Exceptional path: [exit, prev, exc]
        bind(final)
        emit(.WITH_EXCEPT_START)
        emitAwait(2)
        let suppress = newLabel()
        jump(.POP_JUMP_IF_TRUE, suppress)
        emit(.RERAISE)
        bind(suppress)
        emit(.POP_TOP)      // exc
        emit(.POP_EXCEPT)   // restores prev
        emit(.POP_TOP)      // exit
        bind(exit)
    }
}
