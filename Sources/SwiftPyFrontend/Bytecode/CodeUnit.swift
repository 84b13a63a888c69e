// The compiler's output: one code unit per module, function, lambda, comprehension or class body
// (CPython's code object, without any PyObject). See docs/BYTECODE.md.

/// CPython's CO_* code flags, same values.
public struct CodeFlags: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    public static let optimized = CodeFlags(rawValue: 0x0001)
    public static let newLocals = CodeFlags(rawValue: 0x0002)
    public static let varargs = CodeFlags(rawValue: 0x0004)
    public static let varkeywords = CodeFlags(rawValue: 0x0008)
    public static let nested = CodeFlags(rawValue: 0x0010)
    public static let generator = CodeFlags(rawValue: 0x0020)
    public static let noFree = CodeFlags(rawValue: 0x0040)
    public static let coroutine = CodeFlags(rawValue: 0x0080)
    public static let iterableCoroutine = CodeFlags(rawValue: 0x0100)
    public static let asyncGenerator = CodeFlags(rawValue: 0x0200)
}

/// A compile-time constant (an entry of `CodeUnit.constants`).
public enum Constant: Sendable {
    case none
    case ellipsis
    case bool(Bool)
    case int(Int)
    /// An integer outside `Int`: decimal digits with an optional leading "-".
    case bigInt(String)
    case float(Double)
    case complex(real: Double, imag: Double)
    case string(String)
    /// A str holding lone surrogates: its code points.
    case stringScalars([UInt32])
    case bytes([UInt8])
    case tuple([Constant])
    case frozenset([Constant])
    case code(CodeUnit)
}

extension Constant: Hashable {
    /// Identity for constant-table deduplication, CPython style: 1, 1.0 and True stay distinct,
    /// 0.0 and -0.0 stay distinct, NaNs with equal bits are shared, code units by identity.
    public static func == (a: Constant, b: Constant) -> Bool {
        switch (a, b) {
        case (.none, .none), (.ellipsis, .ellipsis): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.int(x), .int(y)): return x == y
        case let (.bigInt(x), .bigInt(y)): return x == y
        case let (.float(x), .float(y)): return x.bitPattern == y.bitPattern
        case let (.complex(r1, i1), .complex(r2, i2)): return r1.bitPattern == r2.bitPattern && i1.bitPattern == i2.bitPattern
        case let (.string(x), .string(y)): return x.unicodeScalars.elementsEqual(y.unicodeScalars)
        case let (.stringScalars(x), .stringScalars(y)): return x == y
        case let (.bytes(x), .bytes(y)): return x == y
        case let (.tuple(x), .tuple(y)): return x == y
        case let (.frozenset(x), .frozenset(y)): return x == y
        case let (.code(x), .code(y)): return x === y
        default: return false
        }
    }

    public func hash(into h: inout Hasher) {
        switch self {
        case .none: h.combine(0)
        case .ellipsis: h.combine(1)
        case .bool(let b): h.combine(2); h.combine(b)
        case .int(let i): h.combine(3); h.combine(i)
        case .bigInt(let s): h.combine(4); h.combine(s)
        case .float(let d): h.combine(5); h.combine(d.bitPattern)
        case .complex(let r, let i): h.combine(6); h.combine(r.bitPattern); h.combine(i.bitPattern)
        case .string(let s): h.combine(7); for u in s.unicodeScalars { h.combine(u.value) }
        case .stringScalars(let s): h.combine(8); h.combine(s)
        case .bytes(let b): h.combine(9); h.combine(b)
        case .tuple(let t): h.combine(10); h.combine(t)
        case .frozenset(let t): h.combine(11); h.combine(t)
        case .code(let c): h.combine(12); h.combine(ObjectIdentifier(c))
        }
    }
}

/// Source position of one instruction: 1-based lines, 0-based UTF-8 byte columns (end exclusive),
/// as CPython 3.11's `co_positions()`. Line 0 means "no line" (never produced for real code).
public struct SourcePosition: Sendable, Equatable {
    public var line: Int32
    public var endLine: Int32
    public var column: Int32
    public var endColumn: Int32
    public init(line: Int32, endLine: Int32, column: Int32, endColumn: Int32) {
        self.line = line; self.endLine = endLine; self.column = column; self.endColumn = endColumn
    }
}

public final class CodeUnit: @unchecked Sendable {
    /// Function or class name; "<module>", "<lambda>", "<listcomp>", "<genexpr>", ...
    public let name: String
    public let qualname: String
    public let filename: String
    public let firstLineNo: Int
    /// Positional parameters including positional-only ones (CPython's co_argcount).
    public let argCount: Int
    public let posOnlyArgCount: Int
    public let kwOnlyArgCount: Int
    public let flags: CodeFlags
    public let instructions: [Instruction]
    /// `constants[0]` is the docstring (or None) for functions and lambdas, as in CPython.
    public let constants: [Constant]
    /// Global, attribute, import and (in unoptimized scopes) local names.
    public let names: [String]
    /// Fast locals: parameters first (positional, keyword-only, *args, **kwargs), then locals.
    public let varnames: [String]
    /// Names of cells created by this frame; cell indices 0..<cellvars.count.
    public let cellvars: [String]
    /// Names of cells received through the closure; cell indices cellvars.count + i.
    public let freevars: [String]
    /// For each cellvar, the index in varnames of the parameter it holds, or -1. Empty when no
    /// cell is a parameter. The VM moves such an argument into a fresh cell at frame setup.
    public let cell2arg: [Int]
    /// Maximum value-stack depth, computed exactly by the stack-effect pass.
    public let stackSize: Int
    /// Position of each instruction (parallel to `instructions`).
    public let lineTable: [SourcePosition]

    public init(name: String, qualname: String, filename: String, firstLineNo: Int, argCount: Int,
                posOnlyArgCount: Int, kwOnlyArgCount: Int, flags: CodeFlags, instructions: [Instruction],
                constants: [Constant], names: [String], varnames: [String], cellvars: [String],
                freevars: [String], cell2arg: [Int], stackSize: Int, lineTable: [SourcePosition]) {
        self.name = name; self.qualname = qualname; self.filename = filename; self.firstLineNo = firstLineNo
        self.argCount = argCount; self.posOnlyArgCount = posOnlyArgCount; self.kwOnlyArgCount = kwOnlyArgCount
        self.flags = flags; self.instructions = instructions; self.constants = constants; self.names = names
        self.varnames = varnames; self.cellvars = cellvars; self.freevars = freevars; self.cell2arg = cell2arg
        self.stackSize = stackSize; self.lineTable = lineTable
    }

    /// Total parameters that occupy varnames slots (positional, kw-only, *args, **kwargs).
    public var totalArgCount: Int {
        argCount + kwOnlyArgCount + (flags.contains(.varargs) ? 1 : 0) + (flags.contains(.varkeywords) ? 1 : 0)
    }

    /// The docstring, if the first constant of a function is a string.
    public var docstring: String? {
        if flags.contains(.optimized), let first = constants.first, case .string(let s) = first { return s }
        return nil
    }

    /// Name of cell index `i` (cellvars then freevars).
    public func cellName(_ i: Int) -> String { i < cellvars.count ? cellvars[i] : freevars[i - cellvars.count] }

    /// Line number of instruction `i` (0 if none).
    public func line(at i: Int) -> Int { i < lineTable.count ? Int(lineTable[i].line) : 0 }
}
