// Compile-time constants: literal conversion and the folding CPython's AST optimizer does that
// matters here (tuples of constants, unary +/-/~ on numbers, `__debug__`, simple arithmetic on
// ints and floats that cannot fail or overflow).

extension CodeGenerator {
    func constant(from v: ConstantValue) -> Constant {
        switch v {
        case .none: return .none
        case .ellipsis: return .ellipsis
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .bigInt(let s): return .bigInt(s)
        case .float(let d): return .float(d)
        case .complex(let imag): return .complex(real: 0, imag: imag)
        case .string(let s): return .string(s)
        case .stringScalars(let s): return .stringScalars(s)
        case .bytes(let b): return .bytes(b)
        }
    }

    /// The value of `e` if it is a compile-time constant after folding.
    func constantValue(_ e: Expr) -> Constant? {
        switch e.kind {
        case .constant(let v, _):
            return constant(from: v)
        case .name("__debug__", .load):
            return .bool(true)
        case .tuple(let elts, .load):
            return constantElements(elts).map { .tuple($0) }
        case .unaryOp(let op, let operand):
            guard let c = constantValue(operand) else { return nil }
            return foldUnary(op, c)
        case .binOp(let l, let op, let r):
            guard let a = constantValue(l), let b = constantValue(r) else { return nil }
            return foldBinary(a, op, b)
        default:
            return nil
        }
    }

    func constantElements(_ elts: [Expr]) -> [Constant]? {
        var out: [Constant] = []
        out.reserveCapacity(elts.count)
        for x in elts {
            guard let c = constantValue(x) else { return nil }
            out.append(c)
        }
        return out
    }

    func foldUnary(_ op: UnaryOperator, _ c: Constant) -> Constant? {
        switch (op, c) {
        case (.uSub, .int(let i)):
            if i == Int.min { return .bigInt(String(String(i).dropFirst())) }
            return .int(-i)
        case (.uSub, .bigInt(let s)):
            if s.hasPrefix("-") {
                let digits = String(s.dropFirst())
                if let i = Int(digits) { return .int(i) }
                return .bigInt(digits)
            }
            if "-" + s == String(Int.min) { return .int(Int.min) }
            return .bigInt("-" + s)
        case (.uSub, .float(let d)): return .float(-d)
        case (.uSub, .complex(let r, let i)): return .complex(real: -r, imag: -i)
        case (.uAdd, .int), (.uAdd, .bigInt), (.uAdd, .float), (.uAdd, .complex): return c
        case (.invert, .int(let i)): return .int(~i)
        default: return nil
        }
    }

    func foldBinary(_ a: Constant, _ op: Operator, _ b: Constant) -> Constant? {
        switch (a, b) {
        case let (.int(x), .int(y)):
            switch op {
            case .add: let (r, o) = x.addingReportingOverflow(y); return o ? nil : .int(r)
            case .sub: let (r, o) = x.subtractingReportingOverflow(y); return o ? nil : .int(r)
            case .mult: let (r, o) = x.multipliedReportingOverflow(by: y); return o ? nil : .int(r)
            case .bitAnd: return .int(x & y)
            case .bitOr: return .int(x | y)
            case .bitXor: return .int(x ^ y)
            default: return nil
            }
        case let (.float(x), .float(y)):
            switch op {
            case .add: return .float(x + y)
            case .sub: return .float(x - y)
            case .mult: return .float(x * y)
            default: return nil
            }
        case let (.string(x), .string(y)) where op == .add && x.utf8.count + y.utf8.count <= 4096:
            return .string(x + y)
        default:
            // complex literals (`1 + 2j`, `-1 - 2j`; also literal patterns): the real operand is
            // converted to complex(x, 0.0), then added component-wise, as Python does
            guard op == .add || op == .sub, let (ar, ai) = complexParts(a), let (br, bi) = complexParts(b) else { return nil }
            if case .complex = a {} else if case .complex = b {} else { return nil }
            return op == .add ? .complex(real: ar + br, imag: ai + bi) : .complex(real: ar - br, imag: ai - bi)
        }
    }

    func complexParts(_ c: Constant) -> (Double, Double)? {
        switch c {
        case .int(let i): return (Double(i), 0)
        case .float(let d): return (d, 0)
        case .complex(let r, let i): return (r, i)
        default: return nil
        }
    }

    /// Truth value of a constant, when known without running code.
    func constantTruth(_ c: Constant) -> Bool? {
        switch c {
        case .none: return false
        case .ellipsis: return true
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .bigInt: return true
        case .float(let d): return d != 0
        case .complex(let r, let i): return r != 0 || i != 0
        case .string(let s): return !s.isEmpty
        case .stringScalars(let s): return !s.isEmpty
        case .bytes(let b): return !b.isEmpty
        case .tuple(let t): return !t.isEmpty
        case .frozenset(let t): return !t.isEmpty
        case .code: return true
        }
    }
}
