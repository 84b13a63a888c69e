// Assignment and deletion targets: turning a parsed expression into a Store/Del target, and
// CPython's messages for the expressions that cannot be one.

extension PyParser {
    /// CPython's `_PyPegen_get_expr_name`.
    func exprName(_ e: Expr) -> String {
        switch e.kind {
        case .attribute: return "attribute"
        case .subscript: return "subscript"
        case .starred: return "starred"
        case .name: return "name"
        case .list: return "list"
        case .tuple: return "tuple"
        case .lambda: return "lambda"
        case .call: return "function call"
        case .boolOp, .binOp, .unaryOp: return "expression"
        case .generatorExp: return "generator expression"
        case .yield, .yieldFrom: return "yield expression"
        case .await: return "await expression"
        case .listComp: return "list comprehension"
        case .setComp: return "set comprehension"
        case .dictComp: return "dict comprehension"
        case .dict: return "dict literal"
        case .set: return "set display"
        case .joinedStr, .formattedValue: return "f-string expression"
        case .constant(let v, _):
            switch v {
            case .none: return "None"
            case .bool(true): return "True"
            case .bool(false): return "False"
            case .ellipsis: return "ellipsis"
            default: return "literal"
            }
        case .compare: return "comparison"
        case .ifExp: return "conditional expression"
        case .namedExpr: return "named expression"
        case .slice: return "slice"
        }
    }

    /// The first sub-expression of `e` that cannot be a target (CPython's `_PyPegen_get_invalid_target`).
    func invalidTarget(_ e: Expr, forLoop: Bool, delete: Bool) -> Expr? {
        switch e.kind {
        case .list(let elts, _), .tuple(let elts, _):
            for x in elts { if let bad = invalidTarget(x, forLoop: forLoop, delete: delete) { return bad } }
            return nil
        case .starred(let v, _):
            return delete ? e : invalidTarget(v, forLoop: forLoop, delete: delete)
        case .compare(let left, let ops, _):
            if forLoop { return ops.first == .in ? invalidTarget(left, forLoop: true, delete: false) : nil }
            return e
        case .name, .subscript, .attribute:
            return nil
        default:
            return e
        }
    }

    /// Rewrites `e` with Store (or Del) context, or throws CPython's "cannot assign to ..." error.
    func setStoreContext(_ e: Expr, forLoop: Bool = false, hintEquals: Bool = false) throws(SyntaxError) -> Expr {
        if let bad = invalidTarget(e, forLoop: forLoop, delete: false) {
            let n = exprName(bad)
            let isKeywordConstant = n == "None" || n == "True" || n == "False"
            var container = false
            switch bad.kind {
            case .tuple, .list, .generatorExp: container = true
            default: break
            }
            let endsTarget = bad.loc.endLineno == e.loc.endLineno && bad.loc.endColOffset == e.loc.endColOffset
            if hintEquals && !isKeywordConstant && !container && endsTarget {
                throw makeError("cannot assign to \(n) here. Maybe you meant '==' instead of '='?", bad.loc)
            }
            throw makeError("cannot assign to \(n)", bad.loc)
        }
        return withContext(e, .store)
    }

    func setDeleteContext(_ e: Expr) throws(SyntaxError) -> Expr {
        if let bad = invalidTarget(e, forLoop: false, delete: true) {
            throw makeError("cannot delete \(exprName(bad))", bad.loc)
        }
        return withContext(e, .del)
    }

    /// `e` (already validated) with `ctx` on itself and, for containers, on its elements.
    func withContext(_ e: Expr, _ ctx: ExprContext) -> Expr {
        switch e.kind {
        case .name(let id, _): return Expr(.name(id: id, ctx: ctx), e.loc)
        case .attribute(let v, let attr, _): return Expr(.attribute(value: v, attr: attr, ctx: ctx), e.loc)
        case .subscript(let v, let s, _): return Expr(.subscript(value: v, slice: s, ctx: ctx), e.loc)
        case .starred(let v, _): return Expr(.starred(value: withContext(v, ctx), ctx: ctx), e.loc)
        case .list(let elts, _): return Expr(.list(elts: elts.map { withContext($0, ctx) }, ctx: ctx), e.loc)
        case .tuple(let elts, _): return Expr(.tuple(elts: elts.map { withContext($0, ctx) }, ctx: ctx), e.loc)
        default: return e
        }
    }
}
