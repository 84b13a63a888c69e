// Human-readable listing of a code unit (and the code units nested in its constants), in the
// style of CPython's `dis`.

extension Constant: CustomStringConvertible {
    /// A Python-like repr of the constant.
    public var description: String {
        switch self {
        case .none: return "None"
        case .ellipsis: return "Ellipsis"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .bigInt(let s): return s
        case .float(let d): return Constant.floatRepr(d)
        case .complex(let r, let i):
            if r == 0 && r.sign == .plus { return Constant.floatRepr(i, integral: true) + "j" }
            return "(\(Constant.floatRepr(r, integral: true))\(i.sign == .minus || i.isNaN ? "" : "+")\(Constant.floatRepr(i, integral: true))j)"
        case .string(let s): return Constant.quote(s)
        case .stringScalars(let cps):
            var s = "'"
            for cp in cps {
                if let u = Unicode.Scalar(cp), cp >= 0x20, cp != 0x27, cp != 0x5C { s.unicodeScalars.append(u) }
                else { s += "\\u" + String(cp, radix: 16).leftPadded(4) }
            }
            return s + "'"
        case .bytes(let b):
            var s = "b'"
            for c in b {
                switch c {
                case 0x5C: s += "\\\\"
                case 0x27: s += "\\'"
                case 0x0A: s += "\\n"
                case 0x0D: s += "\\r"
                case 0x09: s += "\\t"
                case 0x20..<0x7F: s.unicodeScalars.append(Unicode.Scalar(c))
                default: s += "\\x" + String(c, radix: 16).leftPadded(2)
                }
            }
            return s + "'"
        case .tuple(let t):
            return t.count == 1 ? "(\(t[0]),)" : "(" + t.map(\.description).joined(separator: ", ") + ")"
        case .frozenset(let t): return "frozenset({" + t.map(\.description).joined(separator: ", ") + "})"
        case .code(let c): return "<code object \(c.name), line \(c.firstLineNo)>"
        }
    }

    static func floatRepr(_ d: Double, integral: Bool = false) -> String {
        if d.isNaN { return "nan" }
        if d.isInfinite { return d < 0 ? "-inf" : "inf" }
        var s = "\(d)"
        if integral && s.hasSuffix(".0") { s.removeLast(2) }
        return s
    }

    static func quote(_ s: String) -> String {
        let useDouble = s.contains("'") && !s.contains("\"")
        var out = useDouble ? "\"" : "'"
        for u in s.unicodeScalars {
            switch u {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "'" where !useDouble: out += "\\'"
            default:
                if u.value < 0x20 || u.value == 0x7F { out += "\\x" + String(u.value, radix: 16).leftPadded(2) }
                else { out.unicodeScalars.append(u) }
            }
        }
        return out + (useDouble ? "\"" : "'")
    }
}

extension String {
    fileprivate func leftPadded(_ n: Int, with c: Character = "0") -> String {
        count >= n ? self : String(repeating: c, count: n - count) + self
    }
    fileprivate func rightPadded(_ n: Int) -> String {
        count >= n ? self + " " : self + String(repeating: " ", count: n - count)
    }
}

extension CodeUnit {
    /// The listing of this unit followed by those of nested code units.
    public func disassemble() -> String {
        var out = ""
        disassemble(into: &out)
        return out
    }

    func disassemble(into out: inout String) {
        out += "Disassembly of <code object \(name) (\(qualname)), file \"\(filename)\", line \(firstLineNo)>:\n"
        out += "  flags=\(flagNames) argcount=\(argCount) posonly=\(posOnlyArgCount) kwonly=\(kwOnlyArgCount) stacksize=\(stackSize)\n"
        if !varnames.isEmpty { out += "  varnames: \(varnames.joined(separator: ", "))\n" }
        if !cellvars.isEmpty { out += "  cellvars: \(cellvars.joined(separator: ", "))\n" }
        if !freevars.isEmpty { out += "  freevars: \(freevars.joined(separator: ", "))\n" }
        var targets = Set<Int>()
        for ins in instructions {
            if let op = Opcode(rawValue: opcodeByte(ins)), op.isJump { targets.insert(instructionArgument(ins)) }
        }
        var lastLine: Int32 = -1
        for (i, ins) in instructions.enumerated() {
            let line = i < lineTable.count ? lineTable[i].line : 0
            let lineCol = line != lastLine ? String(line).leftPadded(4, with: " ") : "    "
            lastLine = line
            let mark = targets.contains(i) ? ">>" : "  "
            out += "\(lineCol) \(mark) \(String(i).leftPadded(4, with: " ")) \(instructionText(ins))\n"
        }
        out += "\n"
        for c in constants { if case .code(let sub) = c { sub.disassemble(into: &out) } }
    }

    var flagNames: String {
        let all: [(CodeFlags, String)] = [(.optimized, "OPTIMIZED"), (.newLocals, "NEWLOCALS"), (.varargs, "VARARGS"),
            (.varkeywords, "VARKEYWORDS"), (.nested, "NESTED"), (.generator, "GENERATOR"), (.noFree, "NOFREE"),
            (.coroutine, "COROUTINE"), (.iterableCoroutine, "ITERABLE_COROUTINE"), (.asyncGenerator, "ASYNC_GENERATOR")]
        let names = all.filter { flags.contains($0.0) }.map(\.1)
        return names.isEmpty ? "0" : names.joined(separator: "|")
    }

    /// "OPNAME arg (meaning)" for one instruction.
    public func instructionText(_ ins: Instruction) -> String {
        guard let op = Opcode(rawValue: opcodeByte(ins)) else { return "<bad opcode \(opcodeByte(ins))>" }
        let arg = instructionArgument(ins)
        let name = "\(op)"
        var note = ""
        switch op {
        case .LOAD_CONST: note = arg < constants.count ? constants[arg].description : "?"
        case _ where op.usesNames: note = arg < names.count ? names[arg] : "?"
        case _ where op.usesVarnames: note = arg < varnames.count ? varnames[arg] : "?"
        case _ where op.usesCells: note = arg < cellvars.count + freevars.count ? cellName(arg) : "?"
        case _ where op.isJump: note = "to \(arg)"
        case .BINARY_OP: note = BinaryOperator(rawValue: arg)?.symbol ?? "?"
        case .COMPARE_OP: note = ComparisonOperator(rawValue: arg)?.symbol ?? "?"
        case .IS_OP: note = arg == 0 ? "is" : "is not"
        case .CONTAINS_OP: note = arg == 0 ? "in" : "not in"
        case .FORMAT_VALUE:
            note = ["", "str", "repr", "ascii"][arg & 3] + ((arg & 4) != 0 ? ((arg & 3) != 0 ? ", " : "") + "with format" : "")
        case .MAKE_FUNCTION:
            let f = MakeFunctionFlags(rawValue: arg)
            note = [(MakeFunctionFlags.defaults, "defaults"), (.kwDefaults, "kwdefaults"), (.annotations, "annotations"),
                    (.closure, "closure")].filter { f.contains($0.0) }.map(\.1).joined(separator: ", ")
        case .UNPACK_EX: note = "\(arg & 0xFF) before, \(arg >> 8) after"
        default: break
        }
        let hasArg = arg != 0 || op.isJump || op.usesNames || op.usesVarnames || op.usesCells || op == .LOAD_CONST
            || [.BUILD_TUPLE, .BUILD_LIST, .BUILD_SET, .BUILD_MAP, .BUILD_STRING, .CALL_FUNCTION, .CALL_METHOD,
                .UNPACK_SEQUENCE, .RAISE_VARARGS, .BINARY_OP, .COMPARE_OP, .IS_OP, .CONTAINS_OP, .MAKE_FUNCTION,
                .FORMAT_VALUE].contains(op)
        if !hasArg { return name }
        return name.rightPadded(24) + String(arg).leftPadded(5, with: " ") + (note.isEmpty ? "" : " (\(note))")
    }
}
