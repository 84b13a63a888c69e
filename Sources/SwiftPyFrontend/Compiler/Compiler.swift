// AST -> bytecode, following CPython 3.10's compiler.c (see docs/BYTECODE.md). The code
// generator is split by concern: statements, expressions, assignments, exception blocks,
// functions/classes, comprehensions.

public enum Compiler {
    /// Compiles a module (`.exec`), an expression (`.eval`) or an interactive statement
    /// (`.single`) into its top-level code unit.
    public static func compile(_ mod: Mod, filename: String, mode: ParseMode) throws(SyntaxError) -> CodeUnit {
        try checkFutureImports(mod, filename: filename)
        let table = try SymbolTable.build(mod, filename: filename)
        let gen = CodeGenerator(table: table, filename: filename, interactive: mode == .single)
        return try gen.compileModule(mod)
    }
}

extension Frontend {
    /// Parses and compiles `source` (UTF-8 bytes).
    public static func compile(source: [UInt8], filename: String, mode: ParseMode) throws(SyntaxError) -> CodeUnit {
        let mod = try Parser.parse(source, filename: filename, mode: mode)
        return try Compiler.compile(mod, filename: filename, mode: mode)
    }

    public static func compile(source: String, filename: String, mode: ParseMode) throws(SyntaxError) -> CodeUnit {
        try compile(source: Array(source.utf8), filename: filename, mode: mode)
    }
}

/// `from __future__` imports must come first (after a docstring); unknown features are errors.
func checkFutureImports(_ mod: Mod, filename: String) throws(SyntaxError) {
    guard case .module(let body, _) = mod else { return }
    let known: Set<String> = ["nested_scopes", "generators", "division", "absolute_import", "with_statement",
                              "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations"]
    var allowed = true
    for (i, s) in body.enumerated() {
        if case .importFrom(let module, let names, let level) = s.kind, module == "__future__", level == 0 {
            if !allowed {
                throw makeSyntaxError("from __future__ imports must occur at the beginning of the file", s.loc, filename: filename)
            }
            for a in names {
                if a.name == "braces" { throw makeSyntaxError("not a chance", a.loc, filename: filename) }
                if !known.contains(a.name) {
                    throw makeSyntaxError("future feature \(a.name) is not defined", a.loc, filename: filename)
                }
            }
            continue
        }
        if i == 0, case .expr(let e) = s.kind, case .constant(.string, _) = e.kind { continue }
        allowed = false
    }
}

/// Largest number of values pushed before a collection or call is built incrementally
/// (CPython's STACK_USE_GUIDELINE).
let stackUseGuideline = 30

final class CodeGenerator {
    let table: SymbolTable
    let filename: String
    let interactive: Bool
    var units: [CompileUnit] = []
    var u: CompileUnit!

    init(table: SymbolTable, filename: String, interactive: Bool) {
        self.table = table
        self.filename = filename
        self.interactive = interactive
    }

    /// Nesting level of the current unit (1 = module).
    var nestLevel: Int { units.count }

    func error(_ msg: String) -> SyntaxError { makeSyntaxError(msg, u.loc, filename: filename) }
    func error(_ msg: String, at loc: SourceRange) -> SyntaxError { makeSyntaxError(msg, loc, filename: filename) }

    // MARK: scopes

    func enterScope(_ name: String, _ type: ScopeType, _ ste: SymbolTableEntry, firstLineNo: Int, loc: SourceRange) {
        let unit = CompileUnit(ste: ste, name: name, scopeType: type, firstLineNo: firstLineNo, loc: loc)
        unit.privateName = u?.privateName
        unit.checkOnly = u?.checkOnly ?? false
        if let parent = u { unit.qualname = qualifiedName(name, type, parent: parent) } else { unit.qualname = name }
        units.append(unit)
        u = unit
    }

    func exitScope() {
        units.removeLast()
        u = units.last
    }

    /// CPython's compiler_set_qualname.
    func qualifiedName(_ name: String, _ type: ScopeType, parent: CompileUnit) -> String {
        if parent.scopeType == .module { return name }
        if type == .function || type == .class {
            let mangled = mangle(parent.privateName, name)
            if parent.ste.scope(of: mangled) == .globalExplicit { return name }
        }
        switch parent.scopeType {
        case .function, .lambda: return parent.qualname + ".<locals>." + name
        default: return parent.qualname + "." + name
        }
    }

    func codeFlags() -> CodeFlags {
        var f: CodeFlags = []
        let ste = u.ste
        if ste.type == .function {
            f.formUnion([.optimized, .newLocals])
            if ste.nested { f.insert(.nested) }
            if ste.isGenerator && !ste.isCoroutine { f.insert(.generator) }
            if !ste.isGenerator && ste.isCoroutine { f.insert(.coroutine) }
            if ste.isGenerator && ste.isCoroutine { f.insert(.asyncGenerator) }
            if ste.hasVarargs { f.insert(.varargs) }
            if ste.hasVarkeywords { f.insert(.varkeywords) }
        }
        // CPython 3.11 no longer sets CO_NOFREE (0x40), so co_flags never include it.
        return f
    }

    /// Finishes the current unit: appends `return None` if `addNone` (when control can reach
    /// the end) and assembles it.
    func assembleUnit(addNone: Bool) -> CodeUnit {
        if addNone { loadConst(.none) }
        u.emit(.RETURN_VALUE)
        return u.assemble(filename: filename, flags: codeFlags())
    }

    // MARK: emission shortcuts

    func emit(_ op: Opcode, _ arg: Int = 0) { u.emit(op, arg) }
    func loadConst(_ c: Constant) { u.emit(.LOAD_CONST, u.constSlot(c)) }
    func emitName(_ op: Opcode, _ name: String) { u.emit(op, u.nameSlot(mangle(u.privateName, name))) }
    func newLabel() -> Label { u.newLabel() }
    func bind(_ l: Label) { u.bind(l) }
    func jump(_ op: Opcode, _ l: Label) { u.emitJump(op, l) }

    /// Runs `body` with the unit's location set to `loc`, restoring it afterwards.
    @inline(__always)
    func at<T>(_ loc: SourceRange, _ body: () throws(SyntaxError) -> T) throws(SyntaxError) -> T {
        let saved = u.loc
        u.loc = loc
        defer { u.loc = saved }
        return try body()
    }

    // MARK: names

    enum NameContext { case load, store, del }

    /// CPython's compiler_nameop: picks FAST / DEREF / GLOBAL / NAME by the symbol's scope.
    func nameOp(_ name: String, _ ctx: NameContext) throws(SyntaxError) {
        if name == "__debug__" {
            if ctx == .load { loadConst(.bool(true)); return }
            throw error(ctx == .store ? "cannot assign to __debug__" : "cannot delete __debug__")
        }
        let mangled = mangle(u.privateName, name)
        let scope = u.ste.scope(of: mangled)
        let isFunction = u.ste.type == .function
        enum Kind { case fast, deref, global, name }
        var kind = Kind.name
        switch scope {
        case .free, .cell: kind = .deref
        case .local: if isFunction { kind = .fast }
        case .globalImplicit: if isFunction { kind = .global }
        case .globalExplicit: kind = .global
        case .unresolved: break
        }
        switch kind {
        case .deref:
            let idx = scope == .cell ? u.cellIndex[mangled]! : u.freeIndex[mangled]!
            switch ctx {
            case .load: emit(u.ste.type == .class ? .LOAD_CLASSDEREF : .LOAD_DEREF, idx)
            case .store: emit(.STORE_DEREF, idx)
            case .del: emit(.DELETE_DEREF, idx)
            }
        case .fast:
            let idx = u.varnameSlot(mangled)
            emit(ctx == .load ? .LOAD_FAST : ctx == .store ? .STORE_FAST : .DELETE_FAST, idx)
        case .global:
            let idx = u.nameSlot(mangled)
            emit(ctx == .load ? .LOAD_GLOBAL : ctx == .store ? .STORE_GLOBAL : .DELETE_GLOBAL, idx)
        case .name:
            let idx = u.nameSlot(mangled)
            emit(ctx == .load ? .LOAD_NAME : ctx == .store ? .STORE_NAME : .DELETE_NAME, idx)
        }
    }

    // MARK: module

    func compileModule(_ mod: Mod) throws(SyntaxError) -> CodeUnit {
        let zero = SourceRange(lineno: 1, colOffset: 0, endLineno: 1, endColOffset: 0)
        enterScope("<module>", .module, table.top, firstLineNo: 1, loc: zero)
        switch mod {
        case .module(let body, _):
            try compileBody(body)
            return assembleUnit(addNone: true)
        case .interactive(let body):
            if findAnnotations(body) { emit(.SETUP_ANNOTATIONS) }
            for s in body { try compileStmt(s) }
            return assembleUnit(addNone: true)
        case .expression(let body):
            try compileExpr(body)
            return assembleUnit(addNone: false)
        case .functionType:
            throw error("function type comments cannot be compiled")
        }
    }

    /// Module or class body: SETUP_ANNOTATIONS if needed, `__doc__`, then the statements.
    func compileBody(_ body: [Stmt]) throws(SyntaxError) {
        if findAnnotations(body) { emit(.SETUP_ANNOTATIONS) }
        var rest = body[...]
        if let doc = docstring(body) {
            try at(body[0].loc) { () throws(SyntaxError) in
                loadConst(doc)
                try nameOp("__doc__", .store)
            }
            rest = body.dropFirst()
        }
        for s in rest { try compileStmt(s) }
    }

    /// The docstring constant when the first statement is a str literal.
    func docstring(_ body: [Stmt]) -> Constant? {
        guard let first = body.first, case .expr(let e) = first.kind, case .constant(let v, _) = e.kind else { return nil }
        switch v {
        case .string(let s): return .string(s)
        case .stringScalars(let s): return .stringScalars(s)
        default: return nil
        }
    }

    /// Whether a body (not counting nested scopes) holds an annotated assignment.
    func findAnnotations(_ body: [Stmt]) -> Bool {
        for s in body {
            switch s.kind {
            case .annAssign: return true
            case .for(_, _, let b, let o, _), .asyncFor(_, _, let b, let o, _), .while(_, let b, let o), .if(_, let b, let o):
                if findAnnotations(b) || findAnnotations(o) { return true }
            case .with(_, let b, _), .asyncWith(_, let b, _):
                if findAnnotations(b) { return true }
            case .try(let b, let hs, let o, let f), .tryStar(let b, let hs, let o, let f):
                if findAnnotations(b) || findAnnotations(o) || findAnnotations(f) { return true }
                for h in hs where findAnnotations(h.body) { return true }
            case .match(_, let cases):
                for c in cases where findAnnotations(c.body) { return true }
            default: break
            }
        }
        return false
    }
}
