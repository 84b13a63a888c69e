// Public entry point of the parser: source bytes -> AST (`Mod`).

public enum Parser {
    /// Parses `source` (UTF-8, optional BOM) in `mode`: `.exec` gives `.module`, `.eval` gives
    /// `.expression`, `.single` gives `.interactive`.
    public static func parse(_ source: [UInt8], filename: String = "<unknown>", mode: ParseMode = .exec) throws(SyntaxError) -> Mod {
        throw SyntaxError(msg: "parser not implemented yet", filename: filename, lineno: 1, offset: 1,
                          endLineno: 1, endOffset: 1, text: nil)
    }

    public static func parse(_ source: String, filename: String = "<unknown>", mode: ParseMode = .exec) throws(SyntaxError) -> Mod {
        try parse(Array(source.utf8), filename: filename, mode: mode)
    }
}
