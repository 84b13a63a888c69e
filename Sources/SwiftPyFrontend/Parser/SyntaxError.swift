// The error every stage of the front end throws for bad source: CPython's SyntaxError and its
// subclasses IndentationError and TabError, with the same fields.

public struct SyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable { case syntaxError, indentationError, tabError }

    public var kind: Kind
    public var msg: String
    public var filename: String
    /// 1-based line of the error (0 if unknown).
    public var lineno: Int
    /// 1-based column as CPython reports it: a count of code points, not bytes (0 if unknown).
    public var offset: Int
    public var endLineno: Int
    public var endOffset: Int
    /// The offending source line, with its newline as CPython keeps it (nil if unknown).
    public var text: String?

    public init(kind: Kind = .syntaxError, msg: String, filename: String, lineno: Int, offset: Int,
                endLineno: Int, endOffset: Int, text: String?) {
        self.kind = kind; self.msg = msg; self.filename = filename; self.lineno = lineno
        self.offset = offset; self.endLineno = endLineno; self.endOffset = endOffset; self.text = text
    }

    /// The Python class name: "SyntaxError", "IndentationError" or "TabError".
    public var typeName: String {
        switch kind {
        case .syntaxError: return "SyntaxError"
        case .indentationError: return "IndentationError"
        case .tabError: return "TabError"
        }
    }

    public var description: String { "\(typeName): \(msg) (\(filename), line \(lineno))" }
}
