// Assignment targets, unpacking, `del`, augmented and annotated assignment. Targets carry their
// `store`/`del` context from the parser, so storing is compiling the target expression.

extension CodeGenerator {
    /// Stores TOS into `target` (a name, attribute, subscript, or list/tuple pattern).
    func compileStore(_ target: Expr) throws(SyntaxError) { try compileExpr(target) }

    func compileDelete(_ target: Expr) throws(SyntaxError) { try compileExpr(target) }

    /// `[seq] -> ` unpack into `elts` (CPython's unpack_helper + assignment_helper).
    func assignUnpack(_ elts: [Expr]) throws(SyntaxError) {
        var seenStar = false
        for (i, x) in elts.enumerated() {
            guard case .starred = x.kind else { continue }
            if seenStar { throw error("multiple starred expressions in assignment") }
            let after = elts.count - i - 1
            if i >= 256 || after >= (1 << 16) { throw error("too many expressions in star-unpacking assignment") }
            emit(.UNPACK_EX, i | (after << 8))
            seenStar = true
        }
        if !seenStar { emit(.UNPACK_SEQUENCE, elts.count) }
        for x in elts {
            if case .starred(let value, _) = x.kind {
                try compileStore(value)
            } else {
                try compileStore(x)
            }
        }
    }

    func compileAugAssign(_ target: Expr, _ op: Operator, _ value: Expr) throws(SyntaxError) {
        let saved = u.loc
        u.loc = target.loc
        switch target.kind {
        case .attribute(let obj, let attr, _):
            try compileExpr(obj)
            emit(.DUP_TOP)
            emitName(.LOAD_ATTR, attr)
        case .subscript(let obj, let slice, _):
            try compileExpr(obj)
            try compileExpr(slice)
            emit(.DUP_TOP_TWO)
            emit(.BINARY_SUBSCR)
        case .name(let id, _):
            try nameOp(id, .load)
        default:
            throw error("'\(target)' is an illegal expression for augmented assignment")
        }
        u.loc = saved
        try compileExpr(value)
        emit(.BINARY_OP, binaryOperator(op, inplace: true).rawValue)
        u.loc = target.loc
        defer { u.loc = saved }
        switch target.kind {
        case .attribute(_, let attr, _):
            emit(.ROT_TWO)
            emitName(.STORE_ATTR, attr)
        case .subscript:
            emit(.ROT_THREE)
            emit(.STORE_SUBSCR)
        case .name(let id, _):
            try nameOp(id, .store)
        default:
            break
        }
    }

    /// `target: annotation [= value]`: assigns first; at module/class level a simple name's
    /// annotation goes to `__annotations__`; a complex target's annotation is evaluated there
    /// and discarded; function-level annotations are not evaluated.
    func compileAnnAssign(_ target: Expr, _ annotation: Expr, _ value: Expr?, _ simple: Bool) throws(SyntaxError) {
        if let v = value {
            try compileExpr(v)
            try compileStore(target)
        }
        let moduleOrClass = u.scopeType == .module || u.scopeType == .class
        switch target.kind {
        case .name(let id, _):
            if id == "__debug__" { throw error("cannot assign to __debug__", at: target.loc) }
            if simple && moduleOrClass {
                try compileExpr(annotation)
                emitName(.LOAD_NAME, "__annotations__")
                loadConst(.string(mangle(u.privateName, id)))
                emit(.STORE_SUBSCR)
            }
        case .attribute(let obj, _, _):
            if value == nil { try evaluateAndDiscard(obj) }
        case .subscript(let obj, let slice, _):
            if value == nil {
                try evaluateAndDiscard(obj)
                try checkAnnotationSubscript(slice)
            }
        default:
            break
        }
        if !simple && moduleOrClass { try evaluateAndDiscard(annotation) }
    }

    func evaluateAndDiscard(_ e: Expr) throws(SyntaxError) {
        try compileExpr(e)
        emit(.POP_TOP)
    }

    func checkAnnotationSubscript(_ e: Expr) throws(SyntaxError) {
        switch e.kind {
        case .slice(let lower, let upper, let step):
            if let x = lower { try evaluateAndDiscard(x) }
            if let x = upper { try evaluateAndDiscard(x) }
            if let x = step { try evaluateAndDiscard(x) }
        case .tuple(let elts, _):
            for x in elts { try checkAnnotationSubscript(x) }
        default:
            try evaluateAndDiscard(e)
        }
    }
}
