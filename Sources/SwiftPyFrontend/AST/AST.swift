// The abstract syntax tree of Python 3.11, mirroring CPython's `Parser/Python.asdl`.
//
// Conventions:
// - Node kinds and field names are CPython's, spelled in Swift style: ASDL constructor `AnnAssign`
//   is `StmtKind.annAssign`, field `decorator_list` is `decoratorList`, `kw_defaults` is
//   `kwDefaults`, `format_spec` is `formatSpec`, `is_async` is `isAsync`. `ast.dump` names are
//   produced by `ASTDump` (see ASTDump.swift).
// - `Expr`/`Stmt` are structs holding a `kind` (an indirect enum, easy to `switch` over) and a
//   `loc: SourceRange`. Every stmt, expr, arg, keyword, alias, excepthandler and pattern carries
//   a location: `lineno`/`endLineno` are 1-based lines; `colOffset`/`endColOffset` are 0-based
//   UTF-8 byte offsets into the line (CPython's convention). End positions are exclusive.
// - ASDL `x?` is a Swift optional, `x*` an array. `int` flags (AnnAssign.simple, is_async) are Swift
//   `Bool`s; `ImportFrom.level` is an `Int` (0 for absolute imports).
// - `FormattedValue.conversion` is -1 (none) or the code point of 's', 'r' or 'a', as in CPython.
// - Dict keys are `Expr?`: `nil` marks a `**mapping` entry. `Arguments.kwDefaults` holds `nil`
//   for a keyword-only parameter without default.

/// Where a node lies in the source (see conventions above).
public struct SourceRange: Sendable, Equatable, Hashable {
    public var lineno: Int
    public var colOffset: Int
    public var endLineno: Int
    public var endColOffset: Int

    public init(lineno: Int, colOffset: Int, endLineno: Int, endColOffset: Int) {
        self.lineno = lineno
        self.colOffset = colOffset
        self.endLineno = endLineno
        self.endColOffset = endColOffset
    }

    /// The range from the start of `self` to the end of `other`.
    public func through(_ other: SourceRange) -> SourceRange {
        SourceRange(lineno: lineno, colOffset: colOffset, endLineno: other.endLineno, endColOffset: other.endColOffset)
    }
}

// MARK: - mod

public enum Mod: Sendable, Equatable {
    case module(body: [Stmt], typeIgnores: [TypeIgnore])
    case interactive(body: [Stmt])
    case expression(body: Expr)
    case functionType(argtypes: [Expr], returns: Expr)
}

public struct TypeIgnore: Sendable, Equatable {
    public var lineno: Int
    public var tag: String
    public init(lineno: Int, tag: String) { self.lineno = lineno; self.tag = tag }
}

// MARK: - stmt

public struct Stmt: Sendable, Equatable {
    public var kind: StmtKind
    public var loc: SourceRange
    public init(_ kind: StmtKind, _ loc: SourceRange) { self.kind = kind; self.loc = loc }
}

public indirect enum StmtKind: Sendable, Equatable {
    case functionDef(name: String, args: Arguments, body: [Stmt], decoratorList: [Expr], returns: Expr?, typeComment: String?)
    case asyncFunctionDef(name: String, args: Arguments, body: [Stmt], decoratorList: [Expr], returns: Expr?, typeComment: String?)
    case classDef(name: String, bases: [Expr], keywords: [Keyword], body: [Stmt], decoratorList: [Expr])
    case `return`(value: Expr?)
    case delete(targets: [Expr])
    case assign(targets: [Expr], value: Expr, typeComment: String?)
    case augAssign(target: Expr, op: Operator, value: Expr)
    /// `simple` is true for a bare name target that was not parenthesized.
    case annAssign(target: Expr, annotation: Expr, value: Expr?, simple: Bool)
    case `for`(target: Expr, iter: Expr, body: [Stmt], orelse: [Stmt], typeComment: String?)
    case asyncFor(target: Expr, iter: Expr, body: [Stmt], orelse: [Stmt], typeComment: String?)
    case `while`(test: Expr, body: [Stmt], orelse: [Stmt])
    case `if`(test: Expr, body: [Stmt], orelse: [Stmt])
    case with(items: [WithItem], body: [Stmt], typeComment: String?)
    case asyncWith(items: [WithItem], body: [Stmt], typeComment: String?)
    case match(subject: Expr, cases: [MatchCase])
    case raise(exc: Expr?, cause: Expr?)
    case `try`(body: [Stmt], handlers: [ExceptHandler], orelse: [Stmt], finalbody: [Stmt])
    case tryStar(body: [Stmt], handlers: [ExceptHandler], orelse: [Stmt], finalbody: [Stmt])
    case assert(test: Expr, msg: Expr?)
    case `import`(names: [Alias])
    case importFrom(module: String?, names: [Alias], level: Int)
    case global(names: [String])
    case nonlocal(names: [String])
    case expr(value: Expr)
    case pass
    case `break`
    case `continue`
}

// MARK: - expr

public struct Expr: Sendable, Equatable {
    public var kind: ExprKind
    public var loc: SourceRange
    public init(_ kind: ExprKind, _ loc: SourceRange) { self.kind = kind; self.loc = loc }
}

public indirect enum ExprKind: Sendable, Equatable {
    case boolOp(op: BoolOperator, values: [Expr])
    case namedExpr(target: Expr, value: Expr)
    case binOp(left: Expr, op: Operator, right: Expr)
    case unaryOp(op: UnaryOperator, operand: Expr)
    case lambda(args: Arguments, body: Expr)
    case ifExp(test: Expr, body: Expr, orelse: Expr)
    /// A `nil` key is a `**value` entry.
    case dict(keys: [Expr?], values: [Expr])
    case set(elts: [Expr])
    case listComp(elt: Expr, generators: [Comprehension])
    case setComp(elt: Expr, generators: [Comprehension])
    case dictComp(key: Expr, value: Expr, generators: [Comprehension])
    case generatorExp(elt: Expr, generators: [Comprehension])
    case await(value: Expr)
    case yield(value: Expr?)
    case yieldFrom(value: Expr)
    case compare(left: Expr, ops: [CmpOperator], comparators: [Expr])
    case call(func: Expr, args: [Expr], keywords: [Keyword])
    /// `conversion`: -1, or the code point of "s", "r", "a". `formatSpec` is a `joinedStr`.
    case formattedValue(value: Expr, conversion: Int, formatSpec: Expr?)
    case joinedStr(values: [Expr])
    /// `kind` is "u" for a `u"..."` literal, else nil.
    case constant(value: ConstantValue, kind: String?)
    case attribute(value: Expr, attr: String, ctx: ExprContext)
    case `subscript`(value: Expr, slice: Expr, ctx: ExprContext)
    case starred(value: Expr, ctx: ExprContext)
    case name(id: String, ctx: ExprContext)
    case list(elts: [Expr], ctx: ExprContext)
    case tuple(elts: [Expr], ctx: ExprContext)
    case slice(lower: Expr?, upper: Expr?, step: Expr?)
}

/// The value of a `Constant` node.
public enum ConstantValue: Sendable, Equatable {
    case none
    case ellipsis
    case bool(Bool)
    case int(Int)
    /// An integer outside `Int`'s range: decimal digits, possibly with a leading "-".
    case bigInt(String)
    case float(Double)
    /// An imaginary literal `<imag>j` (the real part is always 0 in literals).
    case complex(imag: Double)
    case string(String)
    /// A str literal holding lone surrogates (which Swift `String` cannot): its code points.
    case stringScalars([UInt32])
    case bytes([UInt8])
}

public enum ExprContext: Sendable, Equatable { case load, store, del }

public enum BoolOperator: Sendable, Equatable { case and, or }

public enum Operator: Sendable, Equatable {
    case add, sub, mult, matMult, div, mod, pow, lShift, rShift, bitOr, bitXor, bitAnd, floorDiv
}

public enum UnaryOperator: Sendable, Equatable { case invert, not, uAdd, uSub }

public enum CmpOperator: Sendable, Equatable {
    case eq, notEq, lt, ltE, gt, gtE, `is`, isNot, `in`, notIn
}

// MARK: - helper nodes

public struct Comprehension: Sendable, Equatable {
    public var target: Expr
    public var iter: Expr
    public var ifs: [Expr]
    public var isAsync: Bool
    public init(target: Expr, iter: Expr, ifs: [Expr], isAsync: Bool) {
        self.target = target; self.iter = iter; self.ifs = ifs; self.isAsync = isAsync
    }
}

public struct ExceptHandler: Sendable, Equatable {
    public var type: Expr?
    public var name: String?
    public var body: [Stmt]
    public var loc: SourceRange
    public init(type: Expr?, name: String?, body: [Stmt], loc: SourceRange) {
        self.type = type; self.name = name; self.body = body; self.loc = loc
    }
}

public struct Arguments: Sendable, Equatable {
    public var posonlyargs: [Arg]
    public var args: [Arg]
    public var vararg: Arg?
    public var kwonlyargs: [Arg]
    /// Parallel to `kwonlyargs`; `nil` where a keyword-only parameter has no default.
    public var kwDefaults: [Expr?]
    public var kwarg: Arg?
    /// Defaults of the last `defaults.count` positional parameters (posonlyargs + args).
    public var defaults: [Expr]
    public init(posonlyargs: [Arg] = [], args: [Arg] = [], vararg: Arg? = nil, kwonlyargs: [Arg] = [],
                kwDefaults: [Expr?] = [], kwarg: Arg? = nil, defaults: [Expr] = []) {
        self.posonlyargs = posonlyargs; self.args = args; self.vararg = vararg
        self.kwonlyargs = kwonlyargs; self.kwDefaults = kwDefaults; self.kwarg = kwarg
        self.defaults = defaults
    }
}

public struct Arg: Sendable, Equatable {
    public var arg: String
    public var annotation: Expr?
    public var typeComment: String?
    public var loc: SourceRange
    public init(arg: String, annotation: Expr?, typeComment: String? = nil, loc: SourceRange) {
        self.arg = arg; self.annotation = annotation; self.typeComment = typeComment; self.loc = loc
    }
}

public struct Keyword: Sendable, Equatable {
    /// `nil` for `**value`.
    public var arg: String?
    public var value: Expr
    public var loc: SourceRange
    public init(arg: String?, value: Expr, loc: SourceRange) { self.arg = arg; self.value = value; self.loc = loc }
}

public struct Alias: Sendable, Equatable {
    public var name: String
    public var asname: String?
    public var loc: SourceRange
    public init(name: String, asname: String?, loc: SourceRange) { self.name = name; self.asname = asname; self.loc = loc }
}

public struct WithItem: Sendable, Equatable {
    public var contextExpr: Expr
    public var optionalVars: Expr?
    public init(contextExpr: Expr, optionalVars: Expr?) { self.contextExpr = contextExpr; self.optionalVars = optionalVars }
}

// MARK: - match (PEP 634)

public struct MatchCase: Sendable, Equatable {
    public var pattern: Pattern
    public var guard_: Expr?
    public var body: [Stmt]
    public init(pattern: Pattern, guard_: Expr?, body: [Stmt]) { self.pattern = pattern; self.guard_ = guard_; self.body = body }
}

public struct Pattern: Sendable, Equatable {
    public var kind: PatternKind
    public var loc: SourceRange
    public init(_ kind: PatternKind, _ loc: SourceRange) { self.kind = kind; self.loc = loc }
}

public indirect enum PatternKind: Sendable, Equatable {
    case matchValue(value: Expr)
    /// `value` is `.none`, `.bool(true)` or `.bool(false)`.
    case matchSingleton(value: ConstantValue)
    case matchSequence(patterns: [Pattern])
    case matchMapping(keys: [Expr], patterns: [Pattern], rest: String?)
    case matchClass(cls: Expr, patterns: [Pattern], kwdAttrs: [String], kwdPatterns: [Pattern])
    case matchStar(name: String?)
    case matchAs(pattern: Pattern?, name: String?)
    case matchOr(patterns: [Pattern])
}

// MARK: - parse entry types

public enum ParseMode: Sendable { case exec, eval, single }
