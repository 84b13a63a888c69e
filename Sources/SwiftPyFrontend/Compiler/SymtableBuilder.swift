// First symbol-table pass: walks the AST, creating one entry per scope and recording how each
// name is used (CPython's symtable_visit_*). Errors found here are raised in traversal order.

final class SymtableBuilder {
    let filename: String
    let top: SymbolTableEntry
    var stack: [SymbolTableEntry] = []
    var cur: SymbolTableEntry
    /// Enclosing class name for mangling.
    var privateName: String?
    var byNode: [SymbolTable.ScopeKey: SymbolTableEntry] = [:]

    init(filename: String) {
        self.filename = filename
        top = SymbolTableEntry(name: "top", type: .module, loc: SourceRange(lineno: 0, colOffset: 0, endLineno: 0, endColOffset: 0))
        cur = top
        stack = [top]
    }

    func error(_ msg: String, _ loc: SourceRange) -> SyntaxError { makeSyntaxError(msg, loc, filename: filename) }

    // MARK: blocks

    func enterBlock(_ name: String, _ type: BlockType, key tag: Int, _ loc: SourceRange) {
        let e = SymbolTableEntry(name: name, type: type, loc: loc)
        if cur.nested || cur.type == .function { e.nested = true }
        cur.children.append(e)
        byNode[SymbolTable.ScopeKey(tag: tag, loc: loc)] = e
        stack.append(e)
        cur = e
    }

    func exitBlock() {
        stack.removeLast()
        cur = stack.last!
    }

    // MARK: definitions

    func lookup(_ name: String) -> SymbolFlags { cur.flags[mangle(privateName, name)] ?? [] }

    func addDef(_ name: String, _ flag: SymbolFlags, _ loc: SourceRange) throws(SyntaxError) {
        try addDef(name, flag, in: cur, loc)
    }

    func addDef(_ name: String, _ flag: SymbolFlags, in ste: SymbolTableEntry, _ loc: SourceRange) throws(SyntaxError) {
        let mangled = mangle(privateName, name)
        var val: SymbolFlags
        if let old = ste.flags[mangled] {
            if flag.contains(.defParam) && old.contains(.defParam) {
                throw error("duplicate argument '\(name)' in function definition", loc)
            }
            val = old.union(flag)
        } else {
            val = flag
        }
        if ste.compIterTarget {
            if !val.isDisjoint(with: [.defGlobal, .defNonlocal]) {
                throw error("comprehension inner loop cannot rebind assignment expression target '\(name)'", loc)
            }
            val.insert(.defCompIter)
        }
        ste.setFlags(mangled, val)
        if flag.contains(.defParam) {
            ste.varnames.append(mangled)
        } else if flag.contains(.defGlobal) {
            top.setFlags(mangled, (top.flags[mangled] ?? []).union(flag))
        }
    }

    func recordDirective(_ name: String, _ loc: SourceRange) {
        let m = mangle(privateName, name)
        if cur.directives[m] == nil { cur.directives[m] = loc }
    }

    // MARK: module

    func visitModule(_ mod: Mod) throws(SyntaxError) {
        switch mod {
        case .module(let body, _), .interactive(let body): for s in body { try visitStmt(s) }
        case .expression(let body): try visitExpr(body)
        case .functionType(let argtypes, let returns):
            for a in argtypes { try visitExpr(a) }
            try visitExpr(returns)
        }
    }

    // MARK: statements

    func visitStmts(_ body: [Stmt]) throws(SyntaxError) { for s in body { try visitStmt(s) } }

    func visitStmt(_ s: Stmt) throws(SyntaxError) {
        switch s.kind {
        case .functionDef(let name, let args, let body, let decorators, let returns, _),
             .asyncFunctionDef(let name, let args, let body, let decorators, let returns, _):
            try addDef(name, .defLocal, s.loc)
            try visitDefaults(args)
            try visitAnnotations(args, returns)
            for d in decorators { try visitExpr(d) }
            enterBlock(name, .function, key: 0, s.loc)
            if case .asyncFunctionDef = s.kind { cur.isCoroutine = true }
            try visitParams(args)
            try visitStmts(body)
            exitBlock()
        case .classDef(let name, let bases, let keywords, let body, let decorators):
            try addDef(name, .defLocal, s.loc)
            for b in bases { try visitExpr(b) }
            for k in keywords { try visitExpr(k.value) }
            for d in decorators { try visitExpr(d) }
            enterBlock(name, .class, key: 0, s.loc)
            let saved = privateName
            privateName = name
            try visitStmts(body)
            privateName = saved
            exitBlock()
        case .return(let value):
            if let v = value {
                try visitExpr(v)
                cur.returnsValue = true
            }
        case .delete(let targets):
            for t in targets { try visitExpr(t) }
        case .assign(let targets, let value, _):
            for t in targets { try visitExpr(t) }
            try visitExpr(value)
        case .annAssign(let target, let annotation, let value, let simple):
            if case .name(let id, _) = target.kind {
                let cur = lookup(id)
                if !cur.isDisjoint(with: [.defGlobal, .defNonlocal]) && self.cur !== top && simple {
                    let what = cur.contains(.defGlobal) ? "global" : "nonlocal"
                    throw error("annotated name '\(id)' can't be \(what)", s.loc)
                }
                if simple {
                    try addDef(id, [.defAnnot, .defLocal], target.loc)
                } else if value != nil {
                    try addDef(id, .defLocal, target.loc)
                }
            } else {
                try visitExpr(target)
            }
            try visitExpr(annotation)
            if let v = value { try visitExpr(v) }
        case .augAssign(let target, _, let value):
            try visitExpr(target)
            try visitExpr(value)
        case .for(let target, let iter, let body, let orelse, _), .asyncFor(let target, let iter, let body, let orelse, _):
            try visitExpr(target)
            try visitExpr(iter)
            try visitStmts(body)
            try visitStmts(orelse)
        case .while(let test, let body, let orelse), .if(let test, let body, let orelse):
            try visitExpr(test)
            try visitStmts(body)
            try visitStmts(orelse)
        case .match(let subject, let cases):
            try visitExpr(subject)
            for c in cases {
                try visitPattern(c.pattern)
                if let g = c.guard_ { try visitExpr(g) }
                try visitStmts(c.body)
            }
        case .raise(let exc, let cause):
            if let e = exc {
                try visitExpr(e)
                if let c = cause { try visitExpr(c) }
            }
        case .try(let body, let handlers, let orelse, let finalbody),
             .tryStar(let body, let handlers, let orelse, let finalbody):
            try visitStmts(body)
            try visitStmts(orelse)
            for h in handlers {
                if let t = h.type { try visitExpr(t) }
                if let n = h.name { try addDef(n, .defLocal, h.loc) }
                try visitStmts(h.body)
            }
            try visitStmts(finalbody)
        case .assert(let test, let msg):
            try visitExpr(test)
            if let m = msg { try visitExpr(m) }
        case .import(let names):
            for a in names { try visitAlias(a) }
        case .importFrom(_, let names, _):
            for a in names { try visitAlias(a) }
        case .global(let names):
            for name in names {
                let f = lookup(name)
                if !f.isDisjoint(with: [.defParam, .defLocal, .use, .defAnnot]) {
                    let msg: String
                    if f.contains(.defParam) { msg = "name '\(name)' is parameter and global" }
                    else if f.contains(.use) { msg = "name '\(name)' is used prior to global declaration" }
                    else if f.contains(.defAnnot) { msg = "annotated name '\(name)' can't be global" }
                    else { msg = "name '\(name)' is assigned to before global declaration" }
                    throw error(msg, s.loc)
                }
                try addDef(name, .defGlobal, s.loc)
                recordDirective(name, s.loc)
            }
        case .nonlocal(let names):
            for name in names {
                let f = lookup(name)
                if !f.isDisjoint(with: [.defParam, .defLocal, .use, .defAnnot]) {
                    let msg: String
                    if f.contains(.defParam) { msg = "name '\(name)' is parameter and nonlocal" }
                    else if f.contains(.use) { msg = "name '\(name)' is used prior to nonlocal declaration" }
                    else if f.contains(.defAnnot) { msg = "annotated name '\(name)' can't be nonlocal" }
                    else { msg = "name '\(name)' is assigned to before nonlocal declaration" }
                    throw error(msg, s.loc)
                }
                try addDef(name, .defNonlocal, s.loc)
                recordDirective(name, s.loc)
            }
        case .expr(let value):
            try visitExpr(value)
        case .pass, .break, .continue:
            break
        case .with(let items, let body, _), .asyncWith(let items, let body, _):
            for item in items {
                try visitExpr(item.contextExpr)
                if let v = item.optionalVars { try visitExpr(v) }
            }
            try visitStmts(body)
        }
    }

    func visitAlias(_ a: Alias) throws(SyntaxError) {
        let name = a.asname ?? a.name
        if name == "*" {
            if cur.type != .module { throw error("import * only allowed at module level", a.loc) }
            return
        }
        let store = name.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? name
        try addDef(store, .defImport, a.loc)
    }

    func visitPattern(_ p: Pattern) throws(SyntaxError) {
        switch p.kind {
        case .matchValue(let v): try visitExpr(v)
        case .matchSingleton: break
        case .matchSequence(let ps): for q in ps { try visitPattern(q) }
        case .matchMapping(let keys, let ps, let rest):
            for k in keys { try visitExpr(k) }
            for q in ps { try visitPattern(q) }
            if let r = rest { try addDef(r, .defLocal, p.loc) }
        case .matchClass(let cls, let ps, _, let kps):
            try visitExpr(cls)
            for q in ps { try visitPattern(q) }
            for q in kps { try visitPattern(q) }
        case .matchStar(let name):
            if let n = name { try addDef(n, .defLocal, p.loc) }
        case .matchAs(let pat, let name):
            if let q = pat { try visitPattern(q) }
            if let n = name { try addDef(n, .defLocal, p.loc) }
        case .matchOr(let ps): for q in ps { try visitPattern(q) }
        }
    }

    // MARK: functions

    func visitDefaults(_ a: Arguments) throws(SyntaxError) {
        for d in a.defaults { try visitExpr(d) }
        for d in a.kwDefaults { if let d { try visitExpr(d) } }
    }

    func visitAnnotations(_ a: Arguments, _ returns: Expr?) throws(SyntaxError) {
        for arg in a.posonlyargs + a.args { if let ann = arg.annotation { try visitExpr(ann) } }
        if let v = a.vararg, let ann = v.annotation { try visitExpr(ann) }
        if let k = a.kwarg, let ann = k.annotation { try visitExpr(ann) }
        for arg in a.kwonlyargs { if let ann = arg.annotation { try visitExpr(ann) } }
        if let r = returns { try visitExpr(r) }
    }

    func visitParams(_ a: Arguments) throws(SyntaxError) {
        for arg in a.posonlyargs + a.args + a.kwonlyargs { try addDef(arg.arg, .defParam, arg.loc) }
        if let v = a.vararg {
            try addDef(v.arg, .defParam, v.loc)
            cur.hasVarargs = true
        }
        if let k = a.kwarg {
            try addDef(k.arg, .defParam, k.loc)
            cur.hasVarkeywords = true
        }
    }

    // MARK: expressions

    func visitExpr(_ e: Expr) throws(SyntaxError) {
        switch e.kind {
        case .namedExpr(let target, let value):
            if cur.compIterExpr > 0 {
                throw error("assignment expression cannot be used in a comprehension iterable expression", e.loc)
            }
            if cur.comprehension != .none { try extendNamedExprScope(target) }
            try visitExpr(value)
            try visitExpr(target)
        case .boolOp(_, let values):
            for v in values { try visitExpr(v) }
        case .binOp(let l, _, let r):
            try visitExpr(l); try visitExpr(r)
        case .unaryOp(_, let operand):
            try visitExpr(operand)
        case .lambda(let args, let body):
            try visitDefaults(args)
            enterBlock("lambda", .function, key: 1, e.loc)
            try visitParams(args)
            try visitExpr(body)
            exitBlock()
        case .ifExp(let test, let body, let orelse):
            try visitExpr(test); try visitExpr(body); try visitExpr(orelse)
        case .dict(let keys, let values):
            for (k, v) in zip(keys, values) {
                if let k { try visitExpr(k) }
                try visitExpr(v)
            }
        case .set(let elts), .list(let elts, _), .tuple(let elts, _):
            for x in elts { try visitExpr(x) }
        case .listComp(let elt, let gens):
            try handleComprehension(e, "listcomp", .list, gens, elt, nil)
        case .setComp(let elt, let gens):
            try handleComprehension(e, "setcomp", .set, gens, elt, nil)
        case .dictComp(let key, let value, let gens):
            try handleComprehension(e, "dictcomp", .dict, gens, key, value)
        case .generatorExp(let elt, let gens):
            try handleComprehension(e, "genexpr", .generator, gens, elt, nil)
        case .yield(let value):
            if let v = value { try visitExpr(v) }
            cur.isGenerator = true
            if cur.comprehension != .none { throw yieldInComprehension(e) }
        case .yieldFrom(let value):
            try visitExpr(value)
            cur.isGenerator = true
            if cur.comprehension != .none { throw yieldInComprehension(e) }
        case .await(let value):
            try visitExpr(value)
            cur.isCoroutine = true
        case .compare(let left, _, let comparators):
            try visitExpr(left)
            for c in comparators { try visitExpr(c) }
        case .call(let fn, let args, let keywords):
            try visitExpr(fn)
            for a in args { try visitExpr(a) }
            for k in keywords { try visitExpr(k.value) }
        case .formattedValue(let value, _, let spec):
            try visitExpr(value)
            if let s = spec { try visitExpr(s) }
        case .joinedStr(let values):
            for v in values { try visitExpr(v) }
        case .constant:
            break
        case .attribute(let value, _, _):
            try visitExpr(value)
        case .subscript(let value, let slice, _):
            try visitExpr(value); try visitExpr(slice)
        case .starred(let value, _):
            try visitExpr(value)
        case .slice(let lower, let upper, let step):
            if let x = lower { try visitExpr(x) }
            if let x = upper { try visitExpr(x) }
            if let x = step { try visitExpr(x) }
        case .name(let id, let ctx):
            try addDef(id, ctx == .load ? .use : .defLocal, e.loc)
            if ctx == .load && cur.type == .function && id == "super" {
                try addDef("__class__", .use, e.loc)
            }
        }
    }

    func yieldInComprehension(_ e: Expr) -> SyntaxError {
        let what: String
        switch cur.comprehension {
        case .list: what = "list comprehension"
        case .set: what = "set comprehension"
        case .dict: what = "dict comprehension"
        default: what = "generator expression"
        }
        return error("'yield' inside \(what)", e.loc)
    }

    /// A walrus inside a comprehension binds in the nearest enclosing function or module.
    func extendNamedExprScope(_ target: Expr) throws(SyntaxError) {
        guard case .name(let name, _) = target.kind else { return }
        for ste in stack.reversed() {
            if ste.comprehension != .none {
                if (ste.flags[mangle(privateName, name)] ?? []).contains(.defCompIter) {
                    throw error("assignment expression cannot rebind comprehension iteration variable '\(name)'", target.loc)
                }
                continue
            }
            switch ste.type {
            case .function:
                if (ste.flags[mangle(privateName, name)] ?? []).contains(.defGlobal) {
                    try addDef(name, .defGlobal, target.loc)
                } else {
                    try addDef(name, .defNonlocal, target.loc)
                }
                recordDirective(name, target.loc)
                try addDef(name, .defLocal, in: ste, target.loc)
                return
            case .module:
                try addDef(name, .defGlobal, target.loc)
                recordDirective(name, target.loc)
                try addDef(name, .defGlobal, in: ste, target.loc)
                return
            case .class:
                throw error("assignment expression within a comprehension cannot be used in a class body", target.loc)
            }
        }
    }

    func handleComprehension(_ e: Expr, _ name: String, _ kind: ComprehensionKind, _ gens: [Comprehension],
                             _ elt: Expr, _ value: Expr?) throws(SyntaxError) {
        let outermost = gens[0]
        cur.compIterExpr += 1
        try visitExpr(outermost.iter)
        cur.compIterExpr -= 1
        enterBlock(name, .function, key: 2, e.loc)
        cur.comprehension = kind
        if outermost.isAsync { cur.isCoroutine = true }
        try addDef(".0", .defParam, e.loc)
        cur.compIterTarget = true
        try visitExpr(outermost.target)
        cur.compIterTarget = false
        for x in outermost.ifs { try visitExpr(x) }
        for g in gens.dropFirst() {
            cur.compIterTarget = true
            try visitExpr(g.target)
            cur.compIterTarget = false
            cur.compIterExpr += 1
            try visitExpr(g.iter)
            cur.compIterExpr -= 1
            for x in g.ifs { try visitExpr(x) }
            if g.isAsync { cur.isCoroutine = true }
        }
        if let v = value { try visitExpr(v) }
        try visitExpr(elt)
        let isGenerator = kind == .generator
        cur.isGenerator = isGenerator
        let isAsync = cur.isCoroutine && !isGenerator
        exitBlock()
        if isAsync { cur.isCoroutine = true }
    }
}
