// `ast.dump`-compatible text for the AST (CPython 3.11 format: optional fields that are None are
// left out, empty lists are shown; with `includeAttributes`, locations follow each node's fields).

public enum ASTDump {
    public static func dump(_ mod: Mod, includeAttributes: Bool = false) -> String {
        var d = Dumper(attrs: includeAttributes)
        d.mod(mod)
        return d.out
    }

    public static func dump(_ expr: Expr, includeAttributes: Bool = false) -> String {
        var d = Dumper(attrs: includeAttributes)
        d.expr(expr)
        return d.out
    }

    /// Python's `repr` of a str made of `scalars`.
    public static func reprString(_ scalars: [UInt32]) -> String {
        let hasSingle = scalars.contains(39), hasDouble = scalars.contains(34)
        let q: UInt32 = (hasSingle && !hasDouble) ? 34 : 39
        var s = String(Character(Unicode.Scalar(q)!))
        for v in scalars {
            switch v {
            case 92: s += "\\\\"
            case 10: s += "\\n"
            case 13: s += "\\r"
            case 9: s += "\\t"
            case q: s += "\\" + String(Character(Unicode.Scalar(q)!))
            default:
                if v < 32 || v == 127 { s += "\\x" + hex(v, 2); continue }
                if v < 127 { s.unicodeScalars.append(Unicode.Scalar(v)!); continue }
                guard let u = Unicode.Scalar(v), isPrintable(u) else {
                    if v <= 0xFF { s += "\\x" + hex(v, 2) } else if v <= 0xFFFF { s += "\\u" + hex(v, 4) } else { s += "\\U" + hex(v, 8) }
                    continue
                }
                s.unicodeScalars.append(u)
            }
        }
        s.unicodeScalars.append(Unicode.Scalar(q)!)
        return s
    }

    static func isPrintable(_ u: Unicode.Scalar) -> Bool {
        switch u.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default:
            return true
        }
    }

    static func hex(_ v: UInt32, _ width: Int) -> String {
        let h = String(v, radix: 16)
        return String(repeating: "0", count: max(0, width - h.count)) + h
    }

    public static func reprBytes(_ bytes: [UInt8]) -> String {
        let hasSingle = bytes.contains(39), hasDouble = bytes.contains(34)
        let q: UInt8 = (hasSingle && !hasDouble) ? 34 : 39
        var s = "b" + String(Character(Unicode.Scalar(q)))
        for c in bytes {
            switch c {
            case 92: s += "\\\\"
            case 10: s += "\\n"
            case 13: s += "\\r"
            case 9: s += "\\t"
            case q: s += "\\" + String(Character(Unicode.Scalar(q)))
            default:
                if c < 32 || c >= 127 { s += "\\x" + hex(UInt32(c), 2) } else { s.append(Character(Unicode.Scalar(c))) }
            }
        }
        s.append(Character(Unicode.Scalar(q)))
        return s
    }

    /// Python's `repr(float)`.
    public static func reprFloat(_ d: Double) -> String {
        if d.isNaN { return "nan" }
        if d.isInfinite { return d < 0 ? "-inf" : "inf" }
        return d.description
    }

    public static func reprConstant(_ c: ConstantValue) -> String {
        switch c {
        case .none: return "None"
        case .ellipsis: return "Ellipsis"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .bigInt(let s): return s
        case .float(let d): return reprFloat(d)
        case .complex(let imag):
            var s = reprFloat(imag)
            if s.hasSuffix(".0") { s.removeLast(2) }
            return s + "j"
        case .string(let s): return reprString(s.unicodeScalars.map { $0.value })
        case .stringScalars(let u): return reprString(u)
        case .bytes(let b): return reprBytes(b)
        }
    }
}

private struct Dumper {
    let attrs: Bool
    var out = ""

    init(attrs: Bool) { self.attrs = attrs }

    /// A field to print: name and a closure that prints the value; nil value = omitted.
    enum Field {
        case node(String, () -> Void)
        case omitted
    }

    mutating func node(_ name: String, _ loc: SourceRange?, _ body: (inout Dumper, inout Bool) -> Void) {
        out += name + "("
        var first = true
        body(&self, &first)
        if attrs, let l = loc {
            for (k, v) in [("lineno", l.lineno), ("col_offset", l.colOffset), ("end_lineno", l.endLineno), ("end_col_offset", l.endColOffset)] {
                if !first { out += ", " }
                first = false
                out += "\(k)=\(v)"
            }
        }
        out += ")"
    }

    mutating func key(_ k: String, _ first: inout Bool) {
        if !first { out += ", " }
        first = false
        out += k + "="
    }

    mutating func raw(_ k: String, _ v: String, _ first: inout Bool) {
        key(k, &first)
        out += v
    }

    mutating func str(_ k: String, _ v: String?, _ first: inout Bool) {
        guard let v else { return }
        key(k, &first)
        out += ASTDump.reprString(v.unicodeScalars.map { $0.value })
    }

    mutating func exprField(_ k: String, _ e: Expr?, _ first: inout Bool) {
        guard let e else { return }
        key(k, &first)
        expr(e)
    }

    mutating func exprs(_ k: String, _ es: [Expr], _ first: inout Bool) {
        key(k, &first)
        out += "["
        for (i, e) in es.enumerated() {
            if i > 0 { out += ", " }
            expr(e)
        }
        out += "]"
    }

    mutating func optExprs(_ k: String, _ es: [Expr?], _ first: inout Bool) {
        key(k, &first)
        out += "["
        for (i, e) in es.enumerated() {
            if i > 0 { out += ", " }
            if let e { expr(e) } else { out += "None" }
        }
        out += "]"
    }

    mutating func stmts(_ k: String, _ ss: [Stmt], _ first: inout Bool) {
        key(k, &first)
        out += "["
        for (i, s) in ss.enumerated() {
            if i > 0 { out += ", " }
            stmt(s)
        }
        out += "]"
    }

    mutating func strs(_ k: String, _ ss: [String], _ first: inout Bool) {
        key(k, &first)
        out += "[" + ss.map { ASTDump.reprString($0.unicodeScalars.map { $0.value }) }.joined(separator: ", ") + "]"
    }

    mutating func list<T>(_ k: String, _ xs: [T], _ first: inout Bool, _ f: (inout Dumper, T) -> Void) {
        key(k, &first)
        out += "["
        for (i, x) in xs.enumerated() {
            if i > 0 { out += ", " }
            f(&self, x)
        }
        out += "]"
    }

    mutating func mod(_ m: Mod) {
        switch m {
        case .module(let body, _):
            node("Module", nil) { d, f in d.stmts("body", body, &f); d.raw("type_ignores", "[]", &f) }
        case .interactive(let body):
            node("Interactive", nil) { d, f in d.stmts("body", body, &f) }
        case .expression(let body):
            node("Expression", nil) { d, f in d.exprField("body", body, &f) }
        case .functionType(let argtypes, let returns):
            node("FunctionType", nil) { d, f in d.exprs("argtypes", argtypes, &f); d.exprField("returns", returns, &f) }
        }
    }

    static func opName(_ o: Operator) -> String {
        switch o {
        case .add: return "Add()"
        case .sub: return "Sub()"
        case .mult: return "Mult()"
        case .matMult: return "MatMult()"
        case .div: return "Div()"
        case .mod: return "Mod()"
        case .pow: return "Pow()"
        case .lShift: return "LShift()"
        case .rShift: return "RShift()"
        case .bitOr: return "BitOr()"
        case .bitXor: return "BitXor()"
        case .bitAnd: return "BitAnd()"
        case .floorDiv: return "FloorDiv()"
        }
    }

    static func cmpName(_ o: CmpOperator) -> String {
        switch o {
        case .eq: return "Eq()"
        case .notEq: return "NotEq()"
        case .lt: return "Lt()"
        case .ltE: return "LtE()"
        case .gt: return "Gt()"
        case .gtE: return "GtE()"
        case .is: return "Is()"
        case .isNot: return "IsNot()"
        case .in: return "In()"
        case .notIn: return "NotIn()"
        }
    }

    static func ctxName(_ c: ExprContext) -> String {
        switch c {
        case .load: return "Load()"
        case .store: return "Store()"
        case .del: return "Del()"
        }
    }

    mutating func arguments(_ a: Arguments) {
        node("arguments", nil) { d, f in
            d.list("posonlyargs", a.posonlyargs, &f) { d, x in d.arg(x) }
            d.list("args", a.args, &f) { d, x in d.arg(x) }
            if let v = a.vararg { d.key("vararg", &f); d.arg(v) }
            d.list("kwonlyargs", a.kwonlyargs, &f) { d, x in d.arg(x) }
            d.optExprs("kw_defaults", a.kwDefaults, &f)
            if let v = a.kwarg { d.key("kwarg", &f); d.arg(v) }
            d.exprs("defaults", a.defaults, &f)
        }
    }

    mutating func arg(_ a: Arg) {
        node("arg", a.loc) { d, f in
            d.str("arg", a.arg, &f)
            d.exprField("annotation", a.annotation, &f)
            d.str("type_comment", a.typeComment, &f)
        }
    }

    mutating func keyword(_ k: Keyword) {
        node("keyword", k.loc) { d, f in d.str("arg", k.arg, &f); d.exprField("value", k.value, &f) }
    }

    mutating func alias(_ a: Alias) {
        node("alias", a.loc) { d, f in d.str("name", a.name, &f); d.str("asname", a.asname, &f) }
    }

    mutating func comprehension(_ c: Comprehension) {
        node("comprehension", nil) { d, f in
            d.exprField("target", c.target, &f)
            d.exprField("iter", c.iter, &f)
            d.exprs("ifs", c.ifs, &f)
            d.raw("is_async", c.isAsync ? "1" : "0", &f)
        }
    }

    mutating func withItem(_ w: WithItem) {
        node("withitem", nil) { d, f in d.exprField("context_expr", w.contextExpr, &f); d.exprField("optional_vars", w.optionalVars, &f) }
    }

    mutating func handler(_ h: ExceptHandler) {
        node("ExceptHandler", h.loc) { d, f in
            d.exprField("type", h.type, &f)
            d.str("name", h.name, &f)
            d.stmts("body", h.body, &f)
        }
    }

    mutating func pattern(_ p: Pattern) {
        switch p.kind {
        case .matchValue(let v): node("MatchValue", p.loc) { d, f in d.exprField("value", v, &f) }
        case .matchSingleton(let v): node("MatchSingleton", p.loc) { d, f in d.raw("value", ASTDump.reprConstant(v), &f) }
        case .matchSequence(let ps): node("MatchSequence", p.loc) { d, f in d.list("patterns", ps, &f) { d, x in d.pattern(x) } }
        case .matchMapping(let keys, let ps, let rest):
            node("MatchMapping", p.loc) { d, f in
                d.exprs("keys", keys, &f); d.list("patterns", ps, &f) { d, x in d.pattern(x) }; d.str("rest", rest, &f)
            }
        case .matchClass(let cls, let ps, let attrs, let kps):
            node("MatchClass", p.loc) { d, f in
                d.exprField("cls", cls, &f); d.list("patterns", ps, &f) { d, x in d.pattern(x) }
                d.strs("kwd_attrs", attrs, &f); d.list("kwd_patterns", kps, &f) { d, x in d.pattern(x) }
            }
        case .matchStar(let n): node("MatchStar", p.loc) { d, f in d.str("name", n, &f) }
        case .matchAs(let sub, let n):
            node("MatchAs", p.loc) { d, f in
                if let sub { d.key("pattern", &f); d.pattern(sub) }
                d.str("name", n, &f)
            }
        case .matchOr(let ps): node("MatchOr", p.loc) { d, f in d.list("patterns", ps, &f) { d, x in d.pattern(x) } }
        }
    }

    mutating func stmt(_ s: Stmt) {
        let l = s.loc
        switch s.kind {
        case .functionDef(let name, let args, let body, let decos, let returns, let tc),
             .asyncFunctionDef(let name, let args, let body, let decos, let returns, let tc):
            var isAsync = false
            if case .asyncFunctionDef = s.kind { isAsync = true }
            node(isAsync ? "AsyncFunctionDef" : "FunctionDef", l) { d, f in
                d.str("name", name, &f)
                d.key("args", &f); d.arguments(args)
                d.stmts("body", body, &f)
                d.exprs("decorator_list", decos, &f)
                d.exprField("returns", returns, &f)
                d.str("type_comment", tc, &f)
            }
        case .classDef(let name, let bases, let keywords, let body, let decos):
            node("ClassDef", l) { d, f in
                d.str("name", name, &f)
                d.exprs("bases", bases, &f)
                d.list("keywords", keywords, &f) { d, k in d.keyword(k) }
                d.stmts("body", body, &f)
                d.exprs("decorator_list", decos, &f)
            }
        case .return(let v): node("Return", l) { d, f in d.exprField("value", v, &f) }
        case .delete(let ts): node("Delete", l) { d, f in d.exprs("targets", ts, &f) }
        case .assign(let ts, let v, let tc):
            node("Assign", l) { d, f in d.exprs("targets", ts, &f); d.exprField("value", v, &f); d.str("type_comment", tc, &f) }
        case .augAssign(let t, let op, let v):
            node("AugAssign", l) { d, f in d.exprField("target", t, &f); d.raw("op", Dumper.opName(op), &f); d.exprField("value", v, &f) }
        case .annAssign(let t, let ann, let v, let simple):
            node("AnnAssign", l) { d, f in
                d.exprField("target", t, &f); d.exprField("annotation", ann, &f); d.exprField("value", v, &f)
                d.raw("simple", simple ? "1" : "0", &f)
            }
        case .for(let t, let it, let body, let orelse, let tc), .asyncFor(let t, let it, let body, let orelse, let tc):
            var isAsync = false
            if case .asyncFor = s.kind { isAsync = true }
            node(isAsync ? "AsyncFor" : "For", l) { d, f in
                d.exprField("target", t, &f); d.exprField("iter", it, &f)
                d.stmts("body", body, &f); d.stmts("orelse", orelse, &f); d.str("type_comment", tc, &f)
            }
        case .while(let test, let body, let orelse):
            node("While", l) { d, f in d.exprField("test", test, &f); d.stmts("body", body, &f); d.stmts("orelse", orelse, &f) }
        case .if(let test, let body, let orelse):
            node("If", l) { d, f in d.exprField("test", test, &f); d.stmts("body", body, &f); d.stmts("orelse", orelse, &f) }
        case .with(let items, let body, let tc), .asyncWith(let items, let body, let tc):
            var isAsync = false
            if case .asyncWith = s.kind { isAsync = true }
            node(isAsync ? "AsyncWith" : "With", l) { d, f in
                d.list("items", items, &f) { d, w in d.withItem(w) }
                d.stmts("body", body, &f); d.str("type_comment", tc, &f)
            }
        case .match(let subject, let cases):
            node("Match", l) { d, f in
                d.exprField("subject", subject, &f)
                d.list("cases", cases, &f) { d, c in
                    d.node("match_case", nil) { d, f in
                        d.key("pattern", &f); d.pattern(c.pattern)
                        d.exprField("guard", c.guard_, &f)
                        d.stmts("body", c.body, &f)
                    }
                }
            }
        case .raise(let exc, let cause):
            node("Raise", l) { d, f in d.exprField("exc", exc, &f); d.exprField("cause", cause, &f) }
        case .try(let body, let handlers, let orelse, let fin), .tryStar(let body, let handlers, let orelse, let fin):
            var isStar = false
            if case .tryStar = s.kind { isStar = true }
            node(isStar ? "TryStar" : "Try", l) { d, f in
                d.stmts("body", body, &f)
                d.list("handlers", handlers, &f) { d, h in d.handler(h) }
                d.stmts("orelse", orelse, &f); d.stmts("finalbody", fin, &f)
            }
        case .assert(let test, let msg):
            node("Assert", l) { d, f in d.exprField("test", test, &f); d.exprField("msg", msg, &f) }
        case .import(let names):
            node("Import", l) { d, f in d.list("names", names, &f) { d, a in d.alias(a) } }
        case .importFrom(let module, let names, let level):
            node("ImportFrom", l) { d, f in
                d.str("module", module, &f)
                d.list("names", names, &f) { d, a in d.alias(a) }
                d.raw("level", String(level), &f)
            }
        case .global(let names): node("Global", l) { d, f in d.strs("names", names, &f) }
        case .nonlocal(let names): node("Nonlocal", l) { d, f in d.strs("names", names, &f) }
        case .expr(let v): node("Expr", l) { d, f in d.exprField("value", v, &f) }
        case .pass: node("Pass", l) { _, _ in }
        case .break: node("Break", l) { _, _ in }
        case .continue: node("Continue", l) { _, _ in }
        }
    }

    mutating func expr(_ e: Expr) {
        let l = e.loc
        switch e.kind {
        case .boolOp(let op, let values):
            node("BoolOp", l) { d, f in d.raw("op", op == .and ? "And()" : "Or()", &f); d.exprs("values", values, &f) }
        case .namedExpr(let t, let v):
            node("NamedExpr", l) { d, f in d.exprField("target", t, &f); d.exprField("value", v, &f) }
        case .binOp(let left, let op, let right):
            node("BinOp", l) { d, f in d.exprField("left", left, &f); d.raw("op", Dumper.opName(op), &f); d.exprField("right", right, &f) }
        case .unaryOp(let op, let operand):
            let n: String
            switch op {
            case .invert: n = "Invert()"
            case .not: n = "Not()"
            case .uAdd: n = "UAdd()"
            case .uSub: n = "USub()"
            }
            node("UnaryOp", l) { d, f in d.raw("op", n, &f); d.exprField("operand", operand, &f) }
        case .lambda(let args, let body):
            node("Lambda", l) { d, f in d.key("args", &f); d.arguments(args); d.exprField("body", body, &f) }
        case .ifExp(let test, let body, let orelse):
            node("IfExp", l) { d, f in d.exprField("test", test, &f); d.exprField("body", body, &f); d.exprField("orelse", orelse, &f) }
        case .dict(let keys, let values):
            node("Dict", l) { d, f in d.optExprs("keys", keys, &f); d.exprs("values", values, &f) }
        case .set(let elts): node("Set", l) { d, f in d.exprs("elts", elts, &f) }
        case .listComp(let elt, let gens):
            node("ListComp", l) { d, f in d.exprField("elt", elt, &f); d.list("generators", gens, &f) { d, c in d.comprehension(c) } }
        case .setComp(let elt, let gens):
            node("SetComp", l) { d, f in d.exprField("elt", elt, &f); d.list("generators", gens, &f) { d, c in d.comprehension(c) } }
        case .dictComp(let k, let v, let gens):
            node("DictComp", l) { d, f in
                d.exprField("key", k, &f); d.exprField("value", v, &f)
                d.list("generators", gens, &f) { d, c in d.comprehension(c) }
            }
        case .generatorExp(let elt, let gens):
            node("GeneratorExp", l) { d, f in d.exprField("elt", elt, &f); d.list("generators", gens, &f) { d, c in d.comprehension(c) } }
        case .await(let v): node("Await", l) { d, f in d.exprField("value", v, &f) }
        case .yield(let v): node("Yield", l) { d, f in d.exprField("value", v, &f) }
        case .yieldFrom(let v): node("YieldFrom", l) { d, f in d.exprField("value", v, &f) }
        case .compare(let left, let ops, let comps):
            node("Compare", l) { d, f in
                d.exprField("left", left, &f)
                d.raw("ops", "[" + ops.map(Dumper.cmpName).joined(separator: ", ") + "]", &f)
                d.exprs("comparators", comps, &f)
            }
        case .call(let fn, let args, let kws):
            node("Call", l) { d, f in
                d.exprField("func", fn, &f); d.exprs("args", args, &f)
                d.list("keywords", kws, &f) { d, k in d.keyword(k) }
            }
        case .formattedValue(let v, let conv, let spec):
            node("FormattedValue", l) { d, f in
                d.exprField("value", v, &f); d.raw("conversion", String(conv), &f); d.exprField("format_spec", spec, &f)
            }
        case .joinedStr(let values): node("JoinedStr", l) { d, f in d.exprs("values", values, &f) }
        case .constant(let v, let k):
            node("Constant", l) { d, f in d.raw("value", ASTDump.reprConstant(v), &f); d.str("kind", k, &f) }
        case .attribute(let v, let attr, let ctx):
            node("Attribute", l) { d, f in d.exprField("value", v, &f); d.str("attr", attr, &f); d.raw("ctx", Dumper.ctxName(ctx), &f) }
        case .subscript(let v, let slice, let ctx):
            node("Subscript", l) { d, f in d.exprField("value", v, &f); d.exprField("slice", slice, &f); d.raw("ctx", Dumper.ctxName(ctx), &f) }
        case .starred(let v, let ctx):
            node("Starred", l) { d, f in d.exprField("value", v, &f); d.raw("ctx", Dumper.ctxName(ctx), &f) }
        case .name(let id, let ctx):
            node("Name", l) { d, f in d.str("id", id, &f); d.raw("ctx", Dumper.ctxName(ctx), &f) }
        case .list(let elts, let ctx):
            node("List", l) { d, f in d.exprs("elts", elts, &f); d.raw("ctx", Dumper.ctxName(ctx), &f) }
        case .tuple(let elts, let ctx):
            node("Tuple", l) { d, f in d.exprs("elts", elts, &f); d.raw("ctx", Dumper.ctxName(ctx), &f) }
        case .slice(let lo, let up, let st):
            node("Slice", l) { d, f in d.exprField("lower", lo, &f); d.exprField("upper", up, &f); d.exprField("step", st, &f) }
        }
    }
}
