// Comprehensions and generator expressions: each is a nested function taking the outermost
// iterator as its one argument `.0` (evaluated in the enclosing scope), called immediately.

extension CodeGenerator {
    func compileComprehension(_ e: Expr, _ name: String, _ kind: ComprehensionKind, _ gens: [Comprehension],
                              _ elt: Expr, _ value: Expr?) throws(SyntaxError) {
        let outerScope = u.scopeType
        let ste = try scopeEntry(tag: 2, e.loc)
        enterScope(name, .comprehension, ste, firstLineNo: e.loc.lineno, loc: e.loc)
        let isAsync = ste.isCoroutine
        if isAsync && kind != .generator && outerScope != .comprehension && !units[units.count - 2].isAsyncFunction {
            throw error("asynchronous comprehension outside of an asynchronous function")
        }
        switch kind {
        case .list: emit(.BUILD_LIST, 0)
        case .set: emit(.BUILD_SET, 0)
        case .dict: emit(.BUILD_MAP, 0)
        default: break
        }
        u.argCount = 1
        try comprehensionGenerator(gens, 0, depth: 0, elt, value, kind)
        let code = assembleUnit(addNone: kind == .generator)
        exitScope()
        try makeClosure(code, [])
        try compileExpr(gens[0].iter)
        emit(gens[0].isAsync ? .GET_AITER : .GET_ITER)
        emit(.CALL_FUNCTION, 1)
        if isAsync && kind != .generator { emitAwait(0) }
    }

    func comprehensionGenerator(_ gens: [Comprehension], _ index: Int, depth: Int, _ elt: Expr, _ value: Expr?,
                                _ kind: ComprehensionKind) throws(SyntaxError) {
        let gen = gens[index]
        var depth = depth
        var start: Label? = newLabel()
        let ifCleanup = newLabel(), anchor = newLabel()
        if index == 0 {
            emit(.LOAD_FAST, 0)  // .0, the outermost iterator
        } else {
            // `for y in [expr]` binds y to expr without building and iterating a list.
            var single: Expr? = nil
            switch gen.iter.kind {
            case .list(let elts, _) where elts.count == 1, .tuple(let elts, _) where elts.count == 1:
                if case .starred = elts[0].kind {} else { single = elts[0] }
            default: break
            }
            if let x = single, !gen.isAsync {
                try compileExpr(x)
                start = nil
            } else {
                try compileExpr(gen.iter)
                emit(gen.isAsync ? .GET_AITER : .GET_ITER)
            }
        }
        if gen.isAsync, let start {
            depth += 1
            bind(start)
            jump(.SETUP_FINALLY, anchor)
            emit(.GET_ANEXT)
            emitAwait(0, get: false)
            emit(.POP_BLOCK)
        } else if let start {
            depth += 1
            bind(start)
            jump(.FOR_ITER, anchor)
        }
        try compileStore(gen.target)
        for cond in gen.ifs { try jumpIf(cond, ifCleanup, false) }
        if index + 1 < gens.count {
            try comprehensionGenerator(gens, index + 1, depth: depth, elt, value, kind)
        } else {
            switch kind {
            case .generator:
                try compileExpr(elt)
                emit(.YIELD_VALUE)
                emit(.POP_TOP)
            case .list:
                try compileExpr(elt)
                emit(.LIST_APPEND, depth + 1)
            case .set:
                try compileExpr(elt)
                emit(.SET_ADD, depth + 1)
            case .dict:
                try compileExpr(elt)
                try compileExpr(value!)
                emit(.MAP_ADD, depth + 1)
            case .none:
                break
            }
        }
        bind(ifCleanup)
        if let start {
            jump(.JUMP_BACKWARD, start)
            bind(anchor)
            if gen.isAsync { emit(.END_ASYNC_FOR) }
        }
    }
}
