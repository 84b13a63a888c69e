// The 3.11 error-location line under a traceback's source line ("    ~~^^^"): the failing
// instruction's column range, refined for a binary operation or a subscript by parsing the
// segment (CPython's traceback.c: extract_anchors_from_line, print_error_location_carets).
import CPython
import SwiftPyFrontend

private func isMarginSpace(_ c: Character) -> Bool { c == " " || c == "\t" || c == "\u{0C}" }

/// Character index of a UTF-8 byte offset into `chars` (nil when it is out of range).
private func charOffset(_ chars: [Character], _ byteOffset: Int) -> Int? {
    var bytes = 0
    for (i, c) in chars.enumerated() {
        if bytes >= byteOffset { return bytes == byteOffset ? i : nil }
        bytes += c.utf8.count
    }
    return bytes == byteOffset ? chars.count : nil
}

/// Anchors (left end, right start) inside `segment` for `a OP b` or `a[b]`, relative to the
/// segment (-1 when unset), and whether the operator was found (then "~" and "^" are used); nil
/// when the segment is not such an expression.
private func anchors(_ segment: String) -> (Int, Int, Bool)? {
    guard let mod = try? Parser.parse(segment, filename: "<traceback>", mode: .exec),
          case .module(let body, _) = mod, body.count == 1, case .expr(let e) = body[0].kind else { return nil }
    let s = Array(segment.utf8)
    func ws(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0C }
    switch e.kind {
    case .binOp(let left, _, let right):
        var l = -1, r = -1
        var i = left.loc.endColOffset
        while i < right.loc.colOffset && i < s.count {
            defer { i += 1 }
            if ws(s[i]) { continue }
            l = i; r = i + 1
            if i + 1 < right.loc.colOffset && !ws(s[i + 1]) { r += 1 }   // two-character operator
            if i + 1 < right.loc.colOffset && s[i] == UInt8(ascii: ")") { continue }
            return (l, r, true)
        }
        return (l, r, false)
    case .subscript(let value, let slice, _):
        var l = value.loc.endColOffset, r = slice.loc.endColOffset + 1
        while l < s.count && s[l] != UInt8(ascii: "[") { l += 1 }
        while r < s.count && s[r] != UInt8(ascii: "]") { r += 1 }
        if r < s.count { r += 1 }
        return (l, r, true)
    default:
        return nil
    }
}

/// The caret line for the instruction at `lasti` of `code` whose source line is `line`, or nil
/// when CPython prints none (no position, or the range covers the whole stripped line).
func errorLocationLine(_ code: UnsafeMutablePointer<PyCodeObject>, lasti: Int, line: String) -> String? {
    guard let table = codeUnit(code)?.lineTable, lasti >= 0, lasti < table.count else { return nil }
    let pos = table[lasti]
    guard pos.line > 0, pos.endLine > 0, pos.column >= 0, pos.endColumn >= 0 else { return nil }
    var chars = Array(line)
    while let c = chars.last, c == "\n" || c == "\r" { chars.removeLast() }
    guard let start = charOffset(chars, Int(pos.column)) else { return nil }
    var end: Int
    var left = -1, right = -1
    var primary: Character = "^", secondary: Character = "^"
    if pos.line == pos.endLine {
        guard let e = charOffset(chars, Int(pos.endColumn)), e >= start else { return nil }
        end = e
        if let (l, r, found) = anchors(String(chars[start..<end])) {
            left = l + start; right = r + start
            if found { primary = "~"; secondary = "^" }
        }
    } else {
        // A multi-line instruction: mark up to the last non-blank character of its first line.
        var i = chars.count - 1
        while i >= 0 && isMarginSpace(chars[i]) { i -= 1 }
        end = i + 1
    }
    let indent = chars.prefix(while: isMarginSpace).count
    var trimmedEnd = chars.count
    while trimmedEnd > indent && isMarginSpace(chars[trimmedEnd - 1]) { trimmedEnd -= 1 }
    let hasSecondary = left != -1 || right != -1
    if end - start == trimmedEnd - indent && !hasSecondary { return nil }
    var out = ""
    var offset = indent - 4
    while true {
        offset += 1
        if offset > end { break }
        if offset <= start { out.append(" ") }
        else if hasSecondary && left < offset && offset <= right { out.append(secondary) }
        else { out.append(primary) }
    }
    return out
}

/// `sys._caret_anchors(segment)`: the same anchors for Lib/traceback.py (which has no `ast`), as
/// character offsets `(left_end, right_start, primary, secondary)`, or None.
let sys_caret_anchors: OneArgFn = { _, o in
    guard PyUnicode_Check(o!) != 0 else { setError(PyExc_TypeError, "segment must be str"); return nil }
    let segment = swiftString(o!)
    guard let (l, r, found) = anchors(segment), l >= 0, r >= 0,
          let lc = charOffset(Array(segment), l), let rc = charOffset(Array(segment), r) else { return pyNoneRef() }
    let primary = found ? "~" : "^"
    guard let t = PyTuple_New(4) else { return nil }
    let items: [PyObjectRef?] = [pyInt(lc), pyInt(rc), pyStr(primary), pyStr("^")]
    for (i, item) in items.enumerated() {
        guard let item else { Py_DECREF(t); return nil }
        _ = PyTuple_SetItem(t, i, item)
    }
    return t
}
