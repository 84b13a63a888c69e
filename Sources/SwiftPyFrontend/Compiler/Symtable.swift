// The symbol table: CPython 3.11's symtable.c rules. A first pass records how each block uses
// each name (flags); `analyze` then resolves every name to a scope (local, global explicit,
// global implicit, free, cell), marking class closures (`__class__`) and cells.

/// How a name is used in one block (CPython's DEF_* flags, same values).
public struct SymbolFlags: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    public static let defGlobal = SymbolFlags(rawValue: 1)
    public static let defLocal = SymbolFlags(rawValue: 2)
    public static let defParam = SymbolFlags(rawValue: 4)
    public static let defNonlocal = SymbolFlags(rawValue: 8)
    public static let use = SymbolFlags(rawValue: 16)
    public static let defFree = SymbolFlags(rawValue: 32)
    public static let defFreeClass = SymbolFlags(rawValue: 64)
    public static let defImport = SymbolFlags(rawValue: 128)
    public static let defAnnot = SymbolFlags(rawValue: 256)
    public static let defCompIter = SymbolFlags(rawValue: 512)
    public static let defBound: SymbolFlags = [.defLocal, .defParam, .defImport]
}

/// Where a name resolves (CPython's LOCAL ... CELL, same values).
public enum SymbolScope: Int, Sendable {
    case unresolved = 0, local = 1, globalExplicit = 2, globalImplicit = 3, free = 4, cell = 5
}

public enum BlockType: Sendable { case function, `class`, module }

public enum ComprehensionKind: Sendable { case none, list, set, dict, generator }

/// One scope: module, class body, function, lambda or comprehension.
public final class SymbolTableEntry {
    public let name: String
    public let type: BlockType
    public let loc: SourceRange
    /// Flags per (mangled) name.
    public private(set) var flags: [String: SymbolFlags] = [:]
    /// Names in order of first appearance.
    public private(set) var order: [String] = []
    /// Resolved scopes, set by analysis.
    public internal(set) var scopes: [String: SymbolScope] = [:]
    /// Parameter names in definition order.
    public internal(set) var varnames: [String] = []
    public internal(set) var children: [SymbolTableEntry] = []
    /// Location of the first global/nonlocal directive (or walrus binding) per name.
    var directives: [String: SourceRange] = [:]
    public internal(set) var nested = false
    public internal(set) var isGenerator = false
    public internal(set) var isCoroutine = false
    public internal(set) var comprehension: ComprehensionKind = .none
    public internal(set) var hasVarargs = false
    public internal(set) var hasVarkeywords = false
    public internal(set) var returnsValue = false
    /// A class body whose methods use `__class__` (or `super`): it creates the `__class__` cell.
    public internal(set) var needsClassClosure = false
    var hasFree = false
    var childFree = false
    var compIterTarget = false
    var compIterExpr = 0

    init(name: String, type: BlockType, loc: SourceRange) {
        self.name = name; self.type = type; self.loc = loc
    }

    /// Flags with the scope in bits 11+, as CPython's `symtable` module reports them.
    public func rawFlags(_ name: String) -> Int {
        (flags[name]?.rawValue ?? 0) | ((scopes[name]?.rawValue ?? 0) << 11)
    }

    public func scope(of name: String) -> SymbolScope { scopes[name] ?? .unresolved }

    func setFlags(_ name: String, _ f: SymbolFlags) {
        if flags.updateValue(f, forKey: name) == nil { order.append(name) }
    }
}

/// The symbol tables of one compilation unit.
public final class SymbolTable {
    public let top: SymbolTableEntry
    let filename: String
    /// Entries of nested scopes, found by the compiler from their AST node's location and kind.
    var byNode: [ScopeKey: SymbolTableEntry] = [:]

    struct ScopeKey: Hashable {
        var tag: Int   // 0 function/class def, 1 lambda, 2 comprehension
        var loc: SourceRange
    }

    init(top: SymbolTableEntry, filename: String) { self.top = top; self.filename = filename }

    func entry(tag: Int, loc: SourceRange) -> SymbolTableEntry? { byNode[ScopeKey(tag: tag, loc: loc)] }

    /// Builds and analyzes the table for `mod`.
    public static func build(_ mod: Mod, filename: String) throws(SyntaxError) -> SymbolTable {
        let builder = SymtableBuilder(filename: filename)
        try builder.visitModule(mod)
        let table = SymbolTable(top: builder.top, filename: filename)
        table.byNode = builder.byNode
        try SymtableAnalyzer(filename: filename).analyze(builder.top)
        return table
    }
}

/// `_Py_Mangle`: `__spam` inside class `Ham` becomes `_Ham__spam`.
func mangle(_ privateName: String?, _ ident: String) -> String {
    guard let priv = privateName, ident.hasPrefix("__") else { return ident }
    if ident.hasSuffix("__") || ident.contains(".") { return ident }
    let stripped = priv.drop(while: { $0 == "_" })
    if stripped.isEmpty { return ident }
    return "_" + stripped + ident
}

func makeSyntaxError(_ msg: String, _ loc: SourceRange, filename: String) -> SyntaxError {
    SyntaxError(msg: msg, filename: filename, lineno: loc.lineno, offset: loc.colOffset + 1,
                endLineno: loc.endLineno, endOffset: loc.endColOffset + 1, text: nil)
}
