// Character classification and case mapping (CPython's unicodectype.c semantics) on top of
// Swift's Unicode.Scalar.Properties. ASCII is handled inline; other code points consult Swift.
import CPython

@inline(__always) func scalarProps(_ c: UInt32) -> Unicode.Scalar.Properties? { Unicode.Scalar(c)?.properties }

/// CPython's Py_UNICODE_ISSPACE.
@inline(__always) func ucIsSpace(_ c: UInt32) -> Bool {
    if c < 128 { return c == 0x20 || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F) }
    switch c {
    case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
    default: return false
    }
}

/// Line boundaries used by splitlines (Py_UNICODE_ISLINEBREAK).
@inline(__always) func ucIsLinebreak(_ c: UInt32) -> Bool {
    switch c {
    case 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029: return true
    default: return false
    }
}

func ucIsAlpha(_ c: UInt32) -> Bool {
    if c < 128 { return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }
    guard let p = scalarProps(c) else { return false }
    switch p.generalCategory {
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
    default: return false
    }
}

func ucIsDecimal(_ c: UInt32) -> Bool {
    if c < 128 { return c >= 0x30 && c <= 0x39 }
    return scalarProps(c)?.numericType == .decimal
}

/// The decimal digit value of c, or -1 (Py_UNICODE_TODECIMAL).
public func ucDecimalValue(_ c: UInt32) -> Int {
    if c < 128 { return c >= 0x30 && c <= 0x39 ? Int(c - 0x30) : -1 }
    guard let p = scalarProps(c), p.numericType == .decimal, let v = p.numericValue else { return -1 }
    return Int(v)
}

func ucIsDigit(_ c: UInt32) -> Bool {
    if c < 128 { return c >= 0x30 && c <= 0x39 }
    guard let t = scalarProps(c)?.numericType else { return false }
    return t == .decimal || t == .digit
}

func ucIsNumeric(_ c: UInt32) -> Bool {
    if c < 128 { return c >= 0x30 && c <= 0x39 }
    return scalarProps(c)?.numericType != nil
}

@inline(__always) func ucIsAlnum(_ c: UInt32) -> Bool {
    if c < 128 { return ucIsAlpha(c) || (c >= 0x30 && c <= 0x39) }
    return ucIsAlpha(c) || ucIsNumeric(c)
}

func ucIsLower(_ c: UInt32) -> Bool {
    if c < 128 { return c >= 0x61 && c <= 0x7A }
    return scalarProps(c)?.isLowercase ?? false
}

func ucIsUpper(_ c: UInt32) -> Bool {
    if c < 128 { return c >= 0x41 && c <= 0x5A }
    return scalarProps(c)?.isUppercase ?? false
}

func ucIsTitle(_ c: UInt32) -> Bool {
    if c < 128 { return false }
    return scalarProps(c)?.generalCategory == .titlecaseLetter
}

func ucIsCased(_ c: UInt32) -> Bool {
    if c < 128 { return ucIsAlpha(c) }
    return scalarProps(c)?.isCased ?? false
}

func ucIsCaseIgnorable(_ c: UInt32) -> Bool {
    if c < 128 { return c == 0x27 || c == 0x2E || c == 0x3A || c == 0x5E || c == 0x60 }
    return scalarProps(c)?.isCaseIgnorable ?? false
}

func ucIsXIDStart(_ c: UInt32) -> Bool {
    if c < 128 { return ucIsAlpha(c) || c == 0x5F }
    return scalarProps(c)?.isXIDStart ?? false
}

func ucIsXIDContinue(_ c: UInt32) -> Bool {
    if c < 128 { return ucIsAlnum(c) || c == 0x5F }
    return scalarProps(c)?.isXIDContinue ?? false
}

/// str.isidentifier() semantics.
func strIsIdentifier(_ o: PyObjectRef) -> Bool {
    let v = StrView(o)
    if v.count == 0 { return false }
    let c0 = v[0]
    if !(ucIsXIDStart(c0) || c0 == 0x5F) { return false }
    for i in 1..<v.count where !ucIsXIDContinue(v[i]) { return false }
    return true
}

// MARK: - Case mapping (full mappings; appends to a builder)

enum CaseOp { case lower, upper, title, fold }

@inline(__always) private func appendMapping(_ b: inout UnicodeBuilder, _ s: String) {
    for sc in s.unicodeScalars { b.append(sc.value) }
}

/// Appends the full case mapping of c.
func ucAppendMapped(_ b: inout UnicodeBuilder, _ c: UInt32, _ op: CaseOp) {
    if c < 128 {
        switch op {
        case .lower, .fold: b.append(c >= 0x41 && c <= 0x5A ? c | 0x20 : c)
        case .upper, .title: b.append(c >= 0x61 && c <= 0x7A ? c & ~0x20 : c)
        }
        return
    }
    guard let p = scalarProps(c) else { b.append(c); return }
    switch op {
    case .lower: if p.changesWhenLowercased { appendMapping(&b, p.lowercaseMapping) } else { b.append(c) }
    case .upper: if p.changesWhenUppercased { appendMapping(&b, p.uppercaseMapping) } else { b.append(c) }
    case .title: if p.changesWhenTitlecased { appendMapping(&b, p.titlecaseMapping) } else { b.append(c) }
    case .fold:
        if p.changesWhenCaseFolded {
            // full folding ~ lower(upper(c)) (ß -> ss, ς -> σ, ligatures, ...)
            let up = p.uppercaseMapping
            for sc in up.unicodeScalars {
                if sc.properties.changesWhenLowercased { appendMapping(&b, sc.properties.lowercaseMapping) }
                else { b.append(sc.value) }
            }
        } else { b.append(c) }
    }
}

/// Lowercase of capital sigma at index i of v: final (ς) or not (σ), as CPython's handle_capital_sigma.
func ucLowerSigma(_ v: StrView, _ i: Int) -> UInt32 {
    var j = i - 1
    while j >= 0 && ucIsCaseIgnorable(v[j]) { j -= 1 }
    var final = j >= 0 && ucIsCased(v[j])
    if final {
        j = i + 1
        while j < v.count && ucIsCaseIgnorable(v[j]) { j += 1 }
        final = j == v.count || !ucIsCased(v[j])
    }
    return final ? 0x3C2 : 0x3C3
}

/// Appends lower(v[i]) with the final-sigma rule.
@inline(__always) func ucAppendLower(_ b: inout UnicodeBuilder, _ v: StrView, _ i: Int) {
    let c = v[i]
    if c == 0x3A3 { b.append(ucLowerSigma(v, i)) } else { ucAppendMapped(&b, c, .lower) }
}
