// Decoded source: UTF-8 bytes (BOM stripped, `\r\n` and `\r` turned into `\n`) and the start of
// every line, for locations and error text.

public struct SourceText: Sendable {
    /// UTF-8 bytes; never contains NUL (decoding rejects it) nor `\r`.
    public let bytes: [UInt8]
    public let filename: String
    /// Byte offset where each line starts; `lineStarts[0]` is line 1.
    public private(set) var lineStarts: [Int]

    /// Decodes `raw`. Throws for NUL bytes, invalid UTF-8 and unknown coding declarations.
    public init(_ raw: [UInt8], filename: String) throws(SyntaxError) {
        self.filename = filename
        var start = 0
        if raw.count >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF { start = 3 }
        var out: [UInt8] = []
        out.reserveCapacity(raw.count - start + 1)
        var i = start
        while i < raw.count {
            let b = raw[i]
            if b == 13 {
                out.append(10)
                if i + 1 < raw.count && raw[i + 1] == 10 { i += 1 }
            } else {
                out.append(b)
            }
            i += 1
        }
        let latin1 = SourceText.declaresLatin1(out)
        if latin1 {
            var converted: [UInt8] = []
            converted.reserveCapacity(out.count)
            for b in out {
                if b < 0x80 { converted.append(b) } else { converted.append(0xC0 | (b >> 6)); converted.append(0x80 | (b & 0x3F)) }
            }
            out = converted
        }
        bytes = out
        lineStarts = [0]
        for (k, b) in out.enumerated() where b == 10 { lineStarts.append(k + 1) }
        if out.contains(0) {
            throw SyntaxError(msg: "source code cannot contain null bytes", filename: filename, lineno: 0,
                              offset: 0, endLineno: 0, endOffset: 0, text: nil)
        }
        if !latin1, let bad = SourceText.firstInvalidUTF8(out) {
            let line = lineNumber(at: bad)
            throw SyntaxError(msg: "(unicode error) 'utf-8' codec can't decode byte 0x\(String(out[bad], radix: 16)) in position \(bad - start): invalid start byte",
                              filename: filename, lineno: line, offset: 0, endLineno: line, endOffset: 0, text: nil)
        }
    }

    /// True when a PEP 263 declaration on line 1 or 2 names Latin-1.
    static func declaresLatin1(_ b: [UInt8]) -> Bool {
        var lineNo = 0
        var i = 0
        while lineNo < 2 && i < b.count {
            var j = i
            while j < b.count && b[j] != 10 { j += 1 }
            var k = i
            while k < j && (b[k] == 32 || b[k] == 9 || b[k] == 12) { k += 1 }
            if k < j && b[k] == 35 {
                let line = Array(b[k..<j])
                let key = Array("coding".utf8)
                var m = 0
                while m + key.count < line.count {
                    if Array(line[m..<m + key.count]) == key && (line[m + key.count] == 58 || line[m + key.count] == 61) {
                        var n = m + key.count + 1
                        while n < line.count && (line[n] == 32 || line[n] == 9) { n += 1 }
                        var name = ""
                        while n < line.count {
                            let c = line[n] | 0x20
                            if (c >= 97 && c <= 122) || (line[n] >= 48 && line[n] <= 57) || line[n] == 45 || line[n] == 95 || line[n] == 46 {
                                name.append(Character(Unicode.Scalar(line[n] >= 65 && line[n] <= 90 ? line[n] | 0x20 : line[n])))
                                n += 1
                            } else { break }
                        }
                        let latin = ["latin-1", "iso-8859-1", "iso-latin-1", "latin1", "iso8859-1"]
                        return latin.contains(where: { name.hasPrefix($0) })
                    }
                    m += 1
                }
            } else if k < j {
                return false
            }
            lineNo += 1
            i = j + 1
        }
        return false
    }

    static func firstInvalidUTF8(_ b: [UInt8]) -> Int? {
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            var need = 0
            var minScalar: UInt32 = 0
            var scalar: UInt32 = 0
            if c & 0xE0 == 0xC0 { need = 1; minScalar = 0x80; scalar = UInt32(c & 0x1F) }
            else if c & 0xF0 == 0xE0 { need = 2; minScalar = 0x800; scalar = UInt32(c & 0x0F) }
            else if c & 0xF8 == 0xF0 { need = 3; minScalar = 0x10000; scalar = UInt32(c & 0x07) }
            else { return i }
            for k in 1...need {
                if i + k >= n { return i }
                let d = b[i + k]
                if d & 0xC0 != 0x80 { return i }
                scalar = scalar << 6 | UInt32(d & 0x3F)
            }
            if scalar < minScalar || scalar > 0x10FFFF || (scalar >= 0xD800 && scalar <= 0xDFFF) { return i }
            i += need + 1
        }
        return nil
    }

    /// 1-based line holding byte `offset`.
    public func lineNumber(at offset: Int) -> Int {
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo + 1
    }

    /// The bytes of 1-based `line`, without its newline.
    public func lineBytes(_ line: Int) -> ArraySlice<UInt8> {
        guard line >= 1 && line <= lineStarts.count else { return [] }
        let s = lineStarts[line - 1]
        var e = line < lineStarts.count ? lineStarts[line] : bytes.count
        if e > s && e <= bytes.count && bytes[e - 1] == 10 { e -= 1 }
        return bytes[s..<e]
    }

    /// Line text as CPython puts it in SyntaxError.text (with "\n" when `withNewline` and one exists).
    public func lineText(_ line: Int, withNewline: Bool) -> String? {
        guard line >= 1 && line <= lineStarts.count else { return nil }
        var s = String(decoding: lineBytes(line), as: UTF8.self)
        let hasNewline = (line < lineStarts.count)
        if withNewline && hasNewline { s += "\n" }
        return s
    }

    /// Number of code points in `line` (without its newline).
    public func lineCharCount(_ line: Int) -> Int {
        var n = 0
        for b in lineBytes(line) where b & 0xC0 != 0x80 { n += 1 }
        return n
    }

    /// Number of code points in the first `byteCol` bytes of `line` (clamped to the line).
    public func charColumn(line: Int, byteCol: Int) -> Int {
        let lb = lineBytes(line)
        var n = 0
        var k = 0
        for b in lb {
            if k >= byteCol { break }
            if b & 0xC0 != 0x80 { n += 1 }
            k += 1
        }
        if byteCol > lb.count { n += byteCol - lb.count }
        return n
    }
}
