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

    func compileTryFinally(_ body: [Stmt], _ handlers: [ExceptHandler], _ orelse: [Stmt], _ finalbody: [Stmt]) throws(SyntaxError) {
        let end = newLabel(), exit = newLabel()
        jump(.SETUP_FINALLY, end)
        try pushFBlock(.finallyTry(body: finalbody))
        if !handlers.isEmpty {
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
}
