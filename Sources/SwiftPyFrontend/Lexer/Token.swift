// Tokens of Python 3.11 as the lexer produces them. A token holds only its kind and where it lies:
// the parser reads names, numbers and strings back from the source bytes.

public enum TokenKind: UInt8, Sendable {
    case endmarker, name, number, string, newline, indent, dedent
    /// A character that starts no token (`$`, `?`, `!` alone...): the parser reports "invalid syntax".
    case errorToken
    /// Where the lexer stopped with an error (`Lexer.error`); always the last token.
    case lexError

    // Operators and delimiters.
    case lpar, rpar, lsqb, rsqb, lbrace, rbrace, colon, comma, semi, plus, minus, star, slash
    case vbar, amper, less, greater, equal, dot, percent, tilde, circumflex, at
    case eqEqual, notEqual, lessEqual, greaterEqual, leftShift, rightShift, doubleStar, doubleSlash
    case plusEqual, minusEqual, starEqual, slashEqual, percentEqual, amperEqual, vbarEqual
    case circumflexEqual, leftShiftEqual, rightShiftEqual, doubleStarEqual, doubleSlashEqual
    case atEqual, rarrow, ellipsis, colonEqual

    // Hard keywords.
    case kwFalse, kwNone, kwTrue, kwAnd, kwAs, kwAssert, kwAsync, kwAwait, kwBreak, kwClass
    case kwContinue, kwDef, kwDel, kwElif, kwElse, kwExcept, kwFinally, kwFor, kwFrom, kwGlobal
    case kwIf, kwImport, kwIn, kwIs, kwLambda, kwNonlocal, kwNot, kwOr, kwPass, kwRaise
    case kwReturn, kwTry, kwWhile, kwWith, kwYield

    public var isKeyword: Bool { rawValue >= TokenKind.kwFalse.rawValue }
}

public struct Token: Sendable {
    public var kind: TokenKind
    /// Byte range in the source, [start, end).
    public var start: Int
    public var end: Int
    /// 1-based lines, 0-based byte columns (CPython's convention).
    public var line: Int
    public var col: Int
    public var endLine: Int
    public var endCol: Int
}

/// Keyword spelling -> kind.
let keywordTable: [String: TokenKind] = [
    "False": .kwFalse, "None": .kwNone, "True": .kwTrue, "and": .kwAnd, "as": .kwAs,
    "assert": .kwAssert, "async": .kwAsync, "await": .kwAwait, "break": .kwBreak,
    "class": .kwClass, "continue": .kwContinue, "def": .kwDef, "del": .kwDel, "elif": .kwElif,
    "else": .kwElse, "except": .kwExcept, "finally": .kwFinally, "for": .kwFor, "from": .kwFrom,
    "global": .kwGlobal, "if": .kwIf, "import": .kwImport, "in": .kwIn, "is": .kwIs,
    "lambda": .kwLambda, "nonlocal": .kwNonlocal, "not": .kwNot, "or": .kwOr, "pass": .kwPass,
    "raise": .kwRaise, "return": .kwReturn, "try": .kwTry, "while": .kwWhile, "with": .kwWith,
    "yield": .kwYield,
]

/// Operator spelling for messages ("expected ':'").
func spelling(of kind: TokenKind) -> String {
    switch kind {
    case .lpar: return "("
    case .rpar: return ")"
    case .lsqb: return "["
    case .rsqb: return "]"
    case .lbrace: return "{"
    case .rbrace: return "}"
    case .colon: return ":"
    case .comma: return ","
    case .semi: return ";"
    case .equal: return "="
    case .dot: return "."
    case .rarrow: return "->"
    case .kwIn: return "in"
    case .kwImport: return "import"
    case .kwElse: return "else"
    case .kwAs: return "as"
    default: return "\(kind)"
    }
}
