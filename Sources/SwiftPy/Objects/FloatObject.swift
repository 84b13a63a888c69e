// float objects: allocation (free list), arithmetic with int operands, comparison (exact against
// huge ints, as CPython's float_richcompare), hash (CPython's _Py_HashDouble).
import CPython
import BigInt
import Glibc

/// Free exact-float objects, linked through ob_type.
nonisolated(unsafe) var floatFreeList: UnsafeMutablePointer<PyFloatObject>? = nil
nonisolated(unsafe) var floatFreeCount = 0
let floatFreeMax = 100

/// Floats parked on the free list (the leak check counts them as freed); chained through ob_type.
func floatFreeListParked() -> [PyObjectRef] {
    var parked: [PyObjectRef] = []
    var f = floatFreeList
    while let g = f {
        parked.append(UnsafeMutableRawPointer(g).assumingMemoryBound(to: PyObject.self))
        f = UnsafeMutableRawPointer(g.pointee.ob_base.ob_type)?.assumingMemoryBound(to: PyFloatObject.self)
    }
    return parked
}

/// A new float (the hot allocator).
@inline(__always) public func pyFloat(_ v: Double) -> PyObjectRef {
    let f: UnsafeMutablePointer<PyFloatObject>
    if let h = floatFreeList {
        floatFreeList = UnsafeMutableRawPointer(h.pointee.ob_base.ob_type)?.assumingMemoryBound(to: PyFloatObject.self)
        floatFreeCount &-= 1
        f = h
    } else {
        f = mallocFloat()
    }
    f.pointee.ob_base.ob_refcnt = 1
    f.pointee.ob_base.ob_type = SPyType_Float()
    f.pointee.ob_fval = v
    return UnsafeMutableRawPointer(f).assumingMemoryBound(to: PyObject.self)
}

@inline(never) func mallocFloat() -> UnsafeMutablePointer<PyFloatObject> {
    guard let p = PyObject_Malloc(MemoryLayout<PyFloatObject>.size) else { fatalError("out of memory allocating float") }
    return p.assumingMemoryBound(to: PyFloatObject.self)
}

func floatDealloc(_ o: PyObjectRef?) {
    let o = o!
    if o.pointee.ob_type == SPyType_Float() {
        if floatFreeCount < floatFreeMax {
            let f = o.cast(to: PyFloatObject.self)
            f.pointee.ob_base.ob_type = UnsafeMutableRawPointer(floatFreeList)?.assumingMemoryBound(to: PyTypeObject.self)
            floatFreeList = f
            floatFreeCount += 1
            return
        }
        PyObject_Free(o)
        return
    }
    o.type.pointee.tp_free!(o)
}

@c @implementation public func PyFloat_FromDouble(_ v: Double) -> UnsafeMutablePointer<PyObject>! { pyFloat(v) }

@inline(__always) func isFloat(_ o: PyObjectRef) -> Bool {
    o.pointee.ob_type == SPyType_Float() || PyType_IsSubtype(o.type, SPyType_Float()) != 0
}
@inline(__always) func floatValue(_ o: PyObjectRef) -> Double { o.cast(to: PyFloatObject.self).pointee.ob_fval }

enum DoubleOperand { case value(Double), notImplemented, error }

/// CONVERT_TO_DOUBLE: float, or int converted exactly (OverflowError when too large).
@inline(__always) func toDouble(_ o: PyObjectRef) -> DoubleOperand {
    if o.pointee.ob_type == SPyType_Float() { return .value(floatValue(o)) }
    if isInt(o) {
        if let v = longSmall(o) { return .value(Double(v)) }
        if let d = longToDouble(o) { return .value(d) }
        return .error
    }
    if isFloat(o) { return .value(floatValue(o)) }
    return .notImplemented
}

/// Both operands as doubles; nil result means return `ret` (NotImplemented or nil for error).
@inline(__always) func doublePair(_ a: PyObjectRef, _ b: PyObjectRef) -> (Double, Double)? {
    if a.pointee.ob_type == SPyType_Float() && b.pointee.ob_type == SPyType_Float() { return (floatValue(a), floatValue(b)) }
    guard case .value(let x) = toDouble(a), case .value(let y) = toDouble(b) else { return nil }
    return (x, y)
}

/// What a slot returns when doublePair failed: NotImplemented, or nil if an error is set.
func doublePairFailure(_ a: PyObjectRef, _ b: PyObjectRef) -> PyObjectRef? {
    if PyErr_Occurred() != nil { return nil }
    return notImplemented()
}

public func floatAdd(_ a: PyObjectRef?, _ b: PyObjectRef?) -> PyObjectRef? {
    guard let (x, y) = doublePair(a!, b!) else { return doublePairFailure(a!, b!) }
    return pyFloat(x + y)
}

public func floatSubtract(_ a: PyObjectRef?, _ b: PyObjectRef?) -> PyObjectRef? {
    guard let (x, y) = doublePair(a!, b!) else { return doublePairFailure(a!, b!) }
    return pyFloat(x - y)
}

public func floatMultiply(_ a: PyObjectRef?, _ b: PyObjectRef?) -> PyObjectRef? {
    guard let (x, y) = doublePair(a!, b!) else { return doublePairFailure(a!, b!) }
    return pyFloat(x * y)
}

public func floatTrueDivide(_ a: PyObjectRef?, _ b: PyObjectRef?) -> PyObjectRef? {
    guard let (x, y) = doublePair(a!, b!) else { return doublePairFailure(a!, b!) }
    if y == 0 { PyErr_SetString(PyExc_ZeroDivisionError, "float division by zero"); return nil }
    return pyFloat(x / y)
}

@inline(__always) func floatModValue(_ vx: Double, _ wx: Double) -> Double {
    var mod = fmod(vx, wx)
    if mod != 0 {
        if (wx < 0) != (mod < 0) { mod += wx }
    } else {
        mod = copysign(0.0, wx)
    }
    return mod
}

public func floatRemainder(_ a: PyObjectRef?, _ b: PyObjectRef?) -> PyObjectRef? {
    guard let (x, y) = doublePair(a!, b!) else { return doublePairFailure(a!, b!) }
    if y == 0 { PyErr_SetString(PyExc_ZeroDivisionError, "float modulo"); return nil }
    return pyFloat(floatModValue(x, y))
}

/// Python's divmod for doubles (y != 0).
func floatDivmodValues(_ vx: Double, _ wx: Double) -> (Double, Double) {
    var mod = fmod(vx, wx)
    var div = (vx - mod) / wx
    if mod != 0 {
        if (wx < 0) != (mod < 0) { mod += wx; div -= 1.0 }
    } else {
        mod = copysign(0.0, wx)
    }
    var floordiv: Double
    if div != 0 {
        floordiv = floor(div)
        if div - floordiv > 0.5 { floordiv += 1.0 }
    } else {
        floordiv = copysign(0.0, vx / wx)
    }
    return (floordiv, mod)
}

public func floatFloorDivide(_ a: PyObjectRef?, _ b: PyObjectRef?) -> PyObjectRef? {
    guard let (x, y) = doublePair(a!, b!) else { return doublePairFailure(a!, b!) }
    if y == 0 { PyErr_SetString(PyExc_ZeroDivisionError, "float floor division by zero"); return nil }
    return pyFloat(floatDivmodValues(x, y).0)
}

public func floatDivmod(_ a: PyObjectRef?, _ b: PyObjectRef?) -> PyObjectRef? {
    guard let (x, y) = doublePair(a!, b!) else { return doublePairFailure(a!, b!) }
    if y == 0 { PyErr_SetString(PyExc_ZeroDivisionError, "float divmod()"); return nil }
    let (q, r) = floatDivmodValues(x, y)
    guard let t = PyTuple_New(2) else { return nil }
    _ = PyTuple_SetItem(t, 0, pyFloat(q))
    _ = PyTuple_SetItem(t, 1, pyFloat(r))
    return t
}

@inline(__always) func isOddInteger(_ x: Double) -> Bool { fmod(fabs(x), 2.0) == 1.0 }

public func floatPower(_ a: PyObjectRef?, _ b: PyObjectRef?, _ c: PyObjectRef?) -> PyObjectRef? {
    if let c = c, c != pyNone {
        PyErr_SetString(PyExc_TypeError, "pow() 3rd argument not allowed unless all arguments are integers"); return nil
    }
    guard case (var iv, let iw)? = doublePair(a!, b!) else { return doublePairFailure(a!, b!) }
    if iw == 0 { return pyFloat(1.0) }
    if iv.isNaN { return pyFloat(iv) }
    if iw.isNaN { return pyFloat(iv == 1.0 ? 1.0 : iw) }
    if iw.isInfinite {
        iv = fabs(iv)
        if iv == 1.0 { return pyFloat(1.0) }
        if (iw > 0.0) == (iv > 1.0) { return pyFloat(fabs(iw)) }
        return pyFloat(0.0)
    }
    if iv.isInfinite {
        let odd = isOddInteger(iw)
        if iw > 0.0 { return pyFloat(odd ? iv : fabs(iv)) }
        return pyFloat(odd ? copysign(0.0, iv) : 0.0)
    }
    if iv == 0.0 {
        let odd = isOddInteger(iw)
        if iw < 0.0 {
            PyErr_SetString(PyExc_ZeroDivisionError, "0.0 cannot be raised to a negative power"); return nil
        }
        return pyFloat(odd ? iv : 0.0)
    }
    var negate = false
    if iv < 0.0 {
        if iw != floor(iw) {
            // Negative numbers raised to fractional powers become complex.
            return complexPower(a, b, c)
        }
        iv = -iv
        negate = isOddInteger(iw)
    }
    if iv == 1.0 { return pyFloat(negate ? -1.0 : 1.0) }
    errno = 0
    var ix = pow(iv, iw)
    if errno == 0 && ix.isInfinite { errno = ERANGE } else if errno == ERANGE && ix == 0.0 { errno = 0 }
    if negate { ix = -ix }
    if errno != 0 {
        let isRange = errno == ERANGE
        _ = PyErr_SetFromErrno(isRange ? PyExc_OverflowError : PyExc_ValueError)
        return nil
    }
    return pyFloat(ix)
}

public func floatNegative(_ a: PyObjectRef?) -> PyObjectRef? { pyFloat(-floatValue(a!)) }
public func floatAbsolute(_ a: PyObjectRef?) -> PyObjectRef? { pyFloat(fabs(floatValue(a!))) }
public func floatBool(_ a: PyObjectRef?) -> Int32 { floatValue(a!) != 0 ? 1 : 0 }

/// float(x) of a float (subclass instances become exact floats).
public func floatFloat(_ a: PyObjectRef?) -> PyObjectRef? {
    let a = a!
    if isExactFloat(a) { return newRef(a) }
    return pyFloat(floatValue(a))
}

/// int(x) of a float: truncation.
public func floatTrunc(_ a: PyObjectRef?) -> PyObjectRef? { longFromDouble(floatValue(a!)) }

// MARK: comparison

public func floatRichCompare(_ a: PyObjectRef?, _ b: PyObjectRef?, _ opIn: Int32) -> PyObjectRef? {
    let v = a!, w = b!
    guard isFloat(v) else { return notImplemented() }
    var op = opIn
    var i = floatValue(v), j: Double
    if isFloat(w) {
        j = floatValue(w)
    } else if !i.isFinite {
        guard isInt(w) else { return notImplemented() }
        // inf/nan compared with any int: the int's magnitude is irrelevant.
        j = 0.0
    } else if isInt(w) {
        let vsign = i == 0.0 ? 0 : (i < 0.0 ? -1 : 1)
        let wsign = longSign(w)
        if vsign != wsign {
            i = Double(vsign); j = Double(wsign)
        } else if let s = longSmall(w), s.magnitude < (1 << 48) {
            j = Double(s)
        } else {
            let nbits = longBitLength(w)
            if nbits <= 48 {
                j = Double(longSmall(w)!)
            } else {
                var ww = longBig(w)
                if vsign < 0 {
                    i = -i
                    ww = -ww
                    op = swappedOp(op)
                }
                var exponent: Int32 = 0
                _ = frexp(i, &exponent)
                if exponent < 0 || Int(exponent) < nbits {
                    i = 1.0; j = 2.0
                } else if Int(exponent) > nbits {
                    i = 2.0; j = 1.0
                } else {
                    // Same bit length: compare exactly as integers (with the fraction as a half bit).
                    var intpart = 0.0
                    let fract = modf(i, &intpart)
                    var vv = BigInt(intpart)
                    if fract != 0.0 {
                        vv = (vv << 1) + 1
                        ww = ww << 1
                    }
                    let c = vv < ww ? -1 : (vv == ww ? 0 : 1)
                    return pyBool(richResult(c, op))
                }
            }
        }
    } else {
        return notImplemented()
    }
    let r: Bool
    switch op {
    case Py_EQ: r = i == j
    case Py_NE: r = i != j
    case Py_LE: r = i <= j
    case Py_GE: r = i >= j
    case Py_LT: r = i < j
    default: r = i > j
    }
    return pyBool(r)
}

@inline(__always) func swappedOp(_ op: Int32) -> Int32 {
    switch op {
    case Py_LT: return Py_GT
    case Py_LE: return Py_GE
    case Py_GT: return Py_LT
    case Py_GE: return Py_LE
    default: return op
    }
}

// MARK: hash


/// CPython's _Py_HashDouble (`inst` hashes NaNs by identity).
func hashDouble(_ v: Double, _ inst: PyObjectRef?) -> Int {
    if !v.isFinite {
        if v.isInfinite { return v > 0 ? hashInf : -hashInf }
        return inst.map { hashPointer(UnsafeMutableRawPointer($0)) } ?? 0
    }
    // Integral values in Int64 range hash as ints.
    if v == v.rounded(.towardZero) && fabs(v) < 9.2e18 {
        let h = Int(v) % Int(hashModulus)
        return h == -1 ? -2 : h
    }
    var e: Int32 = 0
    var m = frexp(v, &e)
    var sign = 1
    if m < 0 { sign = -1; m = -m }
    var x: UInt = 0
    while m != 0 {
        x = ((x << 28) & hashModulus) | x >> UInt(hashBits - 28)
        m *= 268435456.0
        e -= 28
        let y = UInt(m)
        m -= Double(y)
        x += y
        if x >= hashModulus { x -= hashModulus }
    }
    let ee = e >= 0 ? Int(e) % hashBits : hashBits - 1 - ((-1 - Int(e)) % hashBits)
    x = ((x << UInt(ee)) & hashModulus) | x >> UInt(hashBits - ee)
    var h = Int(bitPattern: x) &* sign
    if h == -1 { h = -2 }
    return h
}

public func floatHash(_ a: PyObjectRef?) -> Int { hashDouble(floatValue(a!), a) }
