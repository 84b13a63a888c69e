// int number slots: Int64 fast paths with overflow checks, BigInt fallback.
// Every binary slot returns NotImplemented unless both operands are ints.
import CPython
import BigInt
import Glibc

@inline(__always) func smallPair(_ a: PyObjectRef, _ b: PyObjectRef) -> (Int, Int)? {
    let la = a.cast(to: PyLongObject.self), lb = b.cast(to: PyLongObject.self)
    if la.pointee.ob_big == nil && lb.pointee.ob_big == nil { return (Int(la.pointee.ob_ival), Int(lb.pointee.ob_ival)) }
    return nil
}

public func longAdd(_ a: PyObjectRef?, _ b: PyObjectRef?) -> PyObjectRef? {
    let a = a!, b = b!
    guard isInt(a), isInt(b) else { return notImplemented() }
    if let (x, y) = smallPair(a, b) {
        let (r, o) = x.addingReportingOverflow(y)
        if !o { return pyInt(r) }
    }
    return pyLong(longBig(a) + longBig(b))
}

public func longSubtract(_ a: PyObjectRef?, _ b: PyObjectRef?) -> PyObjectRef? {
    let a = a!, b = b!
    guard isInt(a), isInt(b) else { return notImplemented() }
    if let (x, y) = smallPair(a, b) {
        let (r, o) = x.subtractingReportingOverflow(y)
        if !o { return pyInt(r) }
    }
    return pyLong(longBig(a) - longBig(b))
}

public func longMultiply(_ a: PyObjectRef?, _ b: PyObjectRef?) -> PyObjectRef? {
    let a = a!, b = b!
    guard isInt(a), isInt(b) else { return notImplemented() }
    if let (x, y) = smallPair(a, b) {
        let (r, o) = x.multipliedReportingOverflow(by: y)
        if !o { return pyInt(r) }
    }
    return pyLong(longBig(a) * longBig(b))
}

/// Floor division of small ints; nil on overflow (Int.min // -1). y != 0.
@inline(__always) func smallFloorDiv(_ x: Int, _ y: Int) -> Int? {
    if y == -1 && x == Int.min { return nil }
    let q = x / y
    if (x % y != 0) && ((x < 0) != (y < 0)) { return q - 1 }
    return q
}

@inline(__always) func smallMod(_ x: Int, _ y: Int) -> Int {
    if y == -1 { return 0 }
    let r = x % y
    if r != 0 && ((r < 0) != (y < 0)) { return r + y }
    return r
}

public func longFloorDivide(_ a: PyObjectRef?, _ b: PyObjectRef?) -> PyObjectRef? {
    let a = a!, b = b!
    guard isInt(a), isInt(b) else { return notImplemented() }
    if let (x, y) = smallPair(a, b) {
        if y == 0 { PyErr_SetString(PyExc_ZeroDivisionError, "integer division or modulo by zero"); return nil }
        if let q = smallFloorDiv(x, y) { return pyInt(q) }
    }
    let y = longBig(b)
    if y.isZero { PyErr_SetString(PyExc_ZeroDivisionError, "integer division or modulo by zero"); return nil }
    return pyLong(bigDivMod(longBig(a), y).0)
}

public func longRemainder(_ a: PyObjectRef?, _ b: PyObjectRef?) -> PyObjectRef? {
    let a = a!, b = b!
    guard isInt(a), isInt(b) else { return notImplemented() }
    if let (x, y) = smallPair(a, b) {
        if y == 0 { PyErr_SetString(PyExc_ZeroDivisionError, "integer modulo by zero"); return nil }
        return pyInt(smallMod(x, y))
    }
    let y = longBig(b)
    if y.isZero { PyErr_SetString(PyExc_ZeroDivisionError, "integer modulo by zero"); return nil }
    return pyLong(bigDivMod(longBig(a), y).1)
}

public func longDivmod(_ a: PyObjectRef?, _ b: PyObjectRef?) -> PyObjectRef? {
    let a = a!, b = b!
    guard isInt(a), isInt(b) else { return notImplemented() }
    let q: PyObjectRef, r: PyObjectRef
    if let (x, y) = smallPair(a, b), y != 0, let qq = smallFloorDiv(x, y) {
        q = pyInt(qq); r = pyInt(smallMod(x, y))
    } else {
        let y = longBig(b)
        if y.isZero { PyErr_SetString(PyExc_ZeroDivisionError, "integer division or modulo by zero"); return nil }
        let (qq, rr) = bigDivMod(longBig(a), y)
        q = pyLong(qq); r = pyLong(rr)
    }
    guard let t = PyTuple_New(2) else { Py_DECREF(q); Py_DECREF(r); return nil }
    _ = PyTuple_SetItem(t, 0, q)
    _ = PyTuple_SetItem(t, 1, r)
    return t
}

public func longTrueDivide(_ a: PyObjectRef?, _ b: PyObjectRef?) -> PyObjectRef? {
    let a = a!, b = b!
    guard isInt(a), isInt(b) else { return notImplemented() }
    if let (x, y) = smallPair(a, b) {
        if y == 0 { PyErr_SetString(PyExc_ZeroDivisionError, "division by zero"); return nil }
        let lim = 1 << 53
        if x.magnitude <= lim && y.magnitude <= lim { return PyFloat_FromDouble(Double(x) / Double(y)) }
    }
    let y = longBig(b)
    if y.isZero { PyErr_SetString(PyExc_ZeroDivisionError, "division by zero"); return nil }
    guard let d = bigTrueDivide(longBig(a), y) else { return nil }
    return PyFloat_FromDouble(d)
}

/// Correctly rounded a / b (CPython's long_true_divide). b != 0. nil with OverflowError set.
func bigTrueDivide(_ a: BigInt, _ b: BigInt) -> Double? {
    let negate = (a.sign == .minus && !a.isZero) != (b.sign == .minus)
    if a.isZero { return negate ? -0.0 : 0.0 }
    let am = a.magnitude, bm = b.magnitude
    let aBits = am.bitWidth, bBits = bm.bitWidth
    let diff = aBits - bBits
    let dblMantDig = 53, dblMinExp = -1021, dblMaxExp = 1024
    if diff > dblMaxExp {
        PyErr_SetString(PyExc_OverflowError, "integer division result too large for a float"); return nil
    }
    if diff < dblMinExp - dblMantDig - 1 { return negate ? -0.0 : 0.0 }
    let shift = max(diff, dblMinExp) - dblMantDig - 2
    var inexact = false
    var x: BigUInt
    if shift <= 0 {
        x = am << (-shift)
    } else {
        x = am >> shift
        if am.trailingZeroBitCount < shift { inexact = true }
    }
    let (q, r) = x.quotientAndRemainder(dividingBy: bm)
    if !r.isZero { inexact = true }
    let xBits = q.bitWidth
    let extraBits = max(xBits, dblMinExp - shift) - dblMantDig
    // q < 2^57 (at most DBL_MANT_DIG + 3 bits), so one word holds it.
    var low = UInt64(q.isZero ? 0 : q.words[0])
    let mask = UInt64(1) << UInt64(extraBits - 1)
    if inexact { low |= 1 }
    if (low & mask) != 0 && (low & (3 &* mask &- 1)) != 0 { low &+= mask }
    low &= ~(2 &* mask &- 1)
    let dx = Double(low)   // exact: low has at most 53 significant bits
    if shift + xBits >= dblMaxExp && (shift + xBits > dblMaxExp || dx == scalbn(1.0, Int32(xBits))) {
        PyErr_SetString(PyExc_OverflowError, "integer division result too large for a float"); return nil
    }
    let result = scalbn(dx, Int32(shift))
    return negate ? -result : result
}

public func longNegative(_ a: PyObjectRef?) -> PyObjectRef? {
    let a = a!
    if let x = longSmall(a), x != Int.min { return pyInt(-x) }
    return pyLong(-longBig(a))
}

public func longPositive(_ a: PyObjectRef?) -> PyObjectRef? { longCopyExact(a!) }

public func longAbsolute(_ a: PyObjectRef?) -> PyObjectRef? {
    let a = a!
    if let x = longSmall(a), x != Int.min { return pyInt(x < 0 ? -x : x) }
    if longSign(a) < 0 { return pyLong(-longBig(a)) }
    return longCopyExact(a)
}

public func longBool(_ a: PyObjectRef?) -> Int32 {
    let l = a!.cast(to: PyLongObject.self)
    return (l.pointee.ob_ival != 0 || l.pointee.ob_big != nil) ? 1 : 0
}

public func longInvert(_ a: PyObjectRef?) -> PyObjectRef? {
    let a = a!
    if let x = longSmall(a) { return pyInt(~x) }
    return pyLong(-(longBig(a) + 1))
}

/// nb_int / nb_index: the value as an exact int.
public func longLong(_ a: PyObjectRef?) -> PyObjectRef? { longCopyExact(a!) }

public func longFloat(_ a: PyObjectRef?) -> PyObjectRef? {
    let a = a!
    if let x = longSmall(a) { return PyFloat_FromDouble(Double(x)) }
    guard let d = bigToDouble(longBig(a)) else {
        PyErr_SetString(PyExc_OverflowError, "int too large to convert to float"); return nil
    }
    return PyFloat_FromDouble(d)
}

public func longLshift(_ a: PyObjectRef?, _ b: PyObjectRef?) -> PyObjectRef? {
    let a = a!, b = b!
    guard isInt(a), isInt(b) else { return notImplemented() }
    if longSign(b) < 0 { PyErr_SetString(PyExc_ValueError, "negative shift count"); return nil }
    if longSign(a) == 0 { return pyInt(0) }
    guard let n = longSmall(b), n <= Int(Int32.max) * 16 else {
        PyErr_SetString(PyExc_OverflowError, "too many digits in integer"); return nil
    }
    if let x = longSmall(a), n < 63 {
        let r = x << n
        if r >> n == x { return pyInt(r) }
    }
    return pyLong(longBig(a) << n)
}

public func longRshift(_ a: PyObjectRef?, _ b: PyObjectRef?) -> PyObjectRef? {
    let a = a!, b = b!
    guard isInt(a), isInt(b) else { return notImplemented() }
    let sb = longSign(b)
    if sb < 0 { PyErr_SetString(PyExc_ValueError, "negative shift count"); return nil }
    let sa = longSign(a)
    guard let n = longSmall(b) else { return pyInt(sa < 0 ? -1 : 0) }
    if let x = longSmall(a) { return pyInt(n >= 64 ? (x < 0 ? -1 : 0) : x >> n) }
    return pyLong(bigShiftRight(longBig(a), n))
}

public func longAnd(_ a: PyObjectRef?, _ b: PyObjectRef?) -> PyObjectRef? {
    let a = a!, b = b!
    guard isInt(a), isInt(b) else { return notImplemented() }
    if let (x, y) = smallPair(a, b) { return pyInt(x & y) }
    return pyLong(bigBitwise(longBig(a), longBig(b), .and))
}

public func longOr(_ a: PyObjectRef?, _ b: PyObjectRef?) -> PyObjectRef? {
    let a = a!, b = b!
    guard isInt(a), isInt(b) else { return notImplemented() }
    if let (x, y) = smallPair(a, b) { return pyInt(x | y) }
    return pyLong(bigBitwise(longBig(a), longBig(b), .or))
}

public func longXor(_ a: PyObjectRef?, _ b: PyObjectRef?) -> PyObjectRef? {
    let a = a!, b = b!
    guard isInt(a), isInt(b) else { return notImplemented() }
    if let (x, y) = smallPair(a, b) { return pyInt(x ^ y) }
    return pyLong(bigBitwise(longBig(a), longBig(b), .xor))
}

// MARK: power

/// x ** n for n >= 0 with Int64 overflow detection; nil on overflow.
@inline(__always) func smallPow(_ x: Int, _ n: Int) -> Int? {
    var result = 1, base = x, e = n
    while true {
        if e & 1 != 0 {
            let (r, o) = result.multipliedReportingOverflow(by: base)
            if o { return nil }
            result = r
        }
        e >>= 1
        if e == 0 { return result }
        let (sq, o) = base.multipliedReportingOverflow(by: base)
        if o { return nil }
        base = sq
    }
}

/// (a * b) mod m for 0 <= a, b < m.
@inline(__always) func mulMod(_ a: UInt, _ b: UInt, _ m: UInt) -> UInt {
    let (hi, lo) = a.multipliedFullWidth(by: b)
    return m.dividingFullWidth((hi, lo)).remainder
}

public func longPower(_ a: PyObjectRef?, _ b: PyObjectRef?, _ c: PyObjectRef?) -> PyObjectRef? {
    let a = a!, b = b!
    guard isInt(a), isInt(b) else { return notImplemented() }
    let mod: PyObjectRef?
    if let c = c, c != pyNone {
        guard isInt(c) else { return notImplemented() }
        mod = c
    } else { mod = nil }

    if mod == nil && longSign(b) < 0 {
        // int ** negative int is a float operation.
        guard let fa = longFloat(a) else { return nil }
        guard let fb = longFloat(b) else { Py_DECREF(fa); return nil }
        let r = floatPower(fa, fb, pyNone)
        Py_DECREF(fa); Py_DECREF(fb)
        return r
    }
    guard let m = mod else {
        if let (x, n) = smallPair(a, b), let r = smallPow(x, n) { return pyInt(r) }
        let base = longBig(a)
        if base.magnitude.bitWidth <= 1 {   // 0, 1, -1
            if base.isZero { return pyInt(longSign(b) == 0 ? 1 : 0) }
            if base.sign == .plus { return pyInt(1) }
            let odd = longSmall(b).map { $0 & 1 != 0 } ?? (longBig(b).magnitude.words[0] & 1 != 0)
            return pyInt(odd ? -1 : 1)
        }
        guard let n = longSmall(b), n < (1 << 40) else {
            PyErr_SetNone(PyExc_MemoryError); return nil
        }
        return pyLong(base.power(n))
    }
    // Three-argument pow.
    if longSign(m) == 0 { PyErr_SetString(PyExc_ValueError, "pow() 3rd argument cannot be 0"); return nil }
    var modulus = longBig(m)
    let negativeOutput = modulus.sign == .minus
    if negativeOutput { modulus = -modulus }
    if modulus == 1 { return pyInt(0) }
    var base = bigDivMod(longBig(a), modulus).1
    var exp = longBig(b)
    if exp.sign == .minus && !exp.isZero {
        guard let inv = base.magnitude.inverse(modulus.magnitude) else {
            PyErr_SetString(PyExc_ValueError, "base is not invertible for the given modulus"); return nil
        }
        base = BigInt(inv)
        exp = -exp
    }
    var result: BigInt
    if modulus.magnitude.bitWidth <= 63, let e0 = bigToInt(exp) {
        let mm = UInt(modulus.magnitude.words[0])
        var r: UInt = 1 % mm, bb = UInt(base.magnitude.isZero ? 0 : base.magnitude.words[0]), e = e0
        while e > 0 {
            if e & 1 != 0 { r = mulMod(r, bb, mm) }
            bb = mulMod(bb, bb, mm)
            e >>= 1
        }
        result = BigInt(r)
    } else {
        result = BigInt(base.magnitude.power(exp.magnitude, modulus: modulus.magnitude))
    }
    if negativeOutput && !result.isZero { result -= modulus }
    return pyLong(result)
}

// MARK: comparison and hash

@inline(__always) func longCompare(_ a: PyObjectRef, _ b: PyObjectRef) -> Int {
    if let (x, y) = smallPair(a, b) { return x < y ? -1 : (x == y ? 0 : 1) }
    let x = longBig(a), y = longBig(b)
    return x < y ? -1 : (x == y ? 0 : 1)
}

@inline(__always) func richResult(_ c: Int, _ op: Int32) -> Bool {
    switch op {
    case Py_LT: return c < 0
    case Py_LE: return c <= 0
    case Py_EQ: return c == 0
    case Py_NE: return c != 0
    case Py_GT: return c > 0
    default: return c >= 0
    }
}

public func longRichCompare(_ a: PyObjectRef?, _ b: PyObjectRef?, _ op: Int32) -> PyObjectRef? {
    let a = a!, b = b!
    guard isInt(a), isInt(b) else { return notImplemented() }
    return pyBool(richResult(longCompare(a, b), op))
}

let hashModulus: UInt = (1 << 61) - 1
let hashBits = 61
let hashInf = 314159

public func longHash(_ a: PyObjectRef?) -> Int {
    let a = a!
    if let x = longSmall(a) {
        let h = x % Int(hashModulus)
        return h == -1 ? -2 : h
    }
    let v = longBig(a)
    let r = Int((v.magnitude % BigUInt(hashModulus)).words.first ?? 0)
    let h = v.sign == .minus ? -r : r
    return h == -1 ? -2 : h
}
