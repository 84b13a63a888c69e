// The math module (CPython's Modules/mathmodule.c semantics): float functions with CPython's
// domain/range error rules, integer functions on arbitrary-precision ints, fsum, isclose.
import BigInt
import CPython
import Glibc

// MARK: - argument conversion and error rules

/// x as a C double (float, int, __float__, __index__), or nil with an exception set.
@inline(__always) private func mathDouble(_ o: PyObjectRef) -> Double? {
    if isFloat(o) { return floatValue(o) }
    let d = PyFloat_AsDouble(o)
    if d == -1 && PyErr_Occurred() != nil { return nil }
    return d
}
private func domainError() -> PyObjectRef? { setError(PyExc_ValueError, "math domain error"); return nil }
private func rangeError() -> PyObjectRef? { setError(PyExc_OverflowError, "math range error"); return nil }

/// CPython's math_1: a NaN from a non-NaN argument is a domain error; an infinity from a finite one
/// is a range error when the function can overflow, else a domain error.
private func math1(_ o: PyObjectRef?, _ canOverflow: Bool, _ f: (Double) -> Double) -> PyObjectRef? {
    guard let x = mathDouble(o!) else { return nil }
    let r = f(x)
    if r.isNaN && !x.isNaN { return domainError() }
    if r.isInfinite && x.isFinite { return canOverflow ? rangeError() : domainError() }
    return PyFloat_FromDouble(r)
}
/// CPython's math_2 for two-argument float functions.
private func math2(_ name: String, _ args: UnsafePointer<PyObjectRef?>?, _ nargs: Int, _ f: (Double, Double) -> Double) -> PyObjectRef? {
    guard checkArgCount(name, nargs, min: 2, max: 2) else { return nil }
    guard let x = mathDouble(arg(args, 0)), let y = mathDouble(arg(args, 1)) else { return nil }
    let r = f(x, y)
    if r.isNaN && !x.isNaN && !y.isNaN { return domainError() }
    if r.isInfinite && x.isFinite && y.isFinite { return rangeError() }
    return PyFloat_FromDouble(r)
}

/// operator.index(o) as a new exact int reference, or nil with an exception set.
private func indexOf(_ o: PyObjectRef) -> PyObjectRef? { PyNumber_Index(o) }
private func bigOf(_ o: PyObjectRef) -> BigInt { longSmall(o).map { BigInt($0) } ?? longBig(o) }

// MARK: - float functions

private let m_sqrt: OneArgFn = { _, o in math1(o, false) { $0.squareRoot() } }
private let m_exp: OneArgFn = { _, o in math1(o, true) { Glibc.exp($0) } }
private let m_exp2: OneArgFn = { _, o in math1(o, true) { Glibc.exp2($0) } }
private let m_expm1: OneArgFn = { _, o in math1(o, true) { Glibc.expm1($0) } }
private let m_cbrt: OneArgFn = { _, o in math1(o, false) { Glibc.cbrt($0) } }
private let m_fabs: OneArgFn = { _, o in math1(o, false) { Swift.abs($0) } }
private let m_sin: OneArgFn = { _, o in math1(o, false) { Glibc.sin($0) } }
private let m_cos: OneArgFn = { _, o in math1(o, false) { Glibc.cos($0) } }
private let m_tan: OneArgFn = { _, o in math1(o, false) { Glibc.tan($0) } }
private let m_asin: OneArgFn = { _, o in math1(o, false) { Glibc.asin($0) } }
private let m_acos: OneArgFn = { _, o in math1(o, false) { Glibc.acos($0) } }
private let m_atan: OneArgFn = { _, o in math1(o, false) { Glibc.atan($0) } }
private let m_sinh: OneArgFn = { _, o in math1(o, true) { Glibc.sinh($0) } }
private let m_cosh: OneArgFn = { _, o in math1(o, true) { Glibc.cosh($0) } }
private let m_tanh: OneArgFn = { _, o in math1(o, false) { Glibc.tanh($0) } }
private let m_asinh: OneArgFn = { _, o in math1(o, false) { Glibc.asinh($0) } }
private let m_acosh: OneArgFn = { _, o in math1(o, false) { Glibc.acosh($0) } }
private let m_atanh: OneArgFn = { _, o in math1(o, false) { Glibc.atanh($0) } }
private let m_erf: OneArgFn = { _, o in math1(o, false) { Glibc.erf($0) } }
private let m_erfc: OneArgFn = { _, o in math1(o, false) { Glibc.erfc($0) } }
private let m_degrees: OneArgFn = { _, o in math1(o, true) { $0 * (180.0 / Double.pi) } }
private let m_radians: OneArgFn = { _, o in math1(o, false) { $0 * (Double.pi / 180.0) } }
// gamma/lgamma use the Lanczos approximation (g = 6.0246..., 13 terms) that CPython uses instead
// of libm, so results match it bit for bit.
private let lanczosG = 6.024680040776729583740234375
private let lanczosGMinusHalf = 5.524680040776729583740234375
private let lanczosNum: [Double] = [
    23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408]
/// Coefficients of x*(x+1)*...*(x+11).
private let lanczosDen: [Double] = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
                                    13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0]

/// The rational Lanczos sum for x > 0 (Horner in x below 5, in 1/x above).
private func lanczosSum(_ x: Double) -> Double {
    var num = 0.0, den = 0.0
    if x < 5.0 {
        for i in stride(from: lanczosNum.count - 1, through: 0, by: -1) {
            num = num * x + lanczosNum[i]; den = den * x + lanczosDen[i]
        }
    } else {
        for i in 0..<lanczosNum.count { num = num / x + lanczosNum[i]; den = den / x + lanczosDen[i] }
    }
    return num / den
}
/// sin(pi*x) with the argument reduced exactly first (finite x).
private func sinPi(_ x: Double) -> Double {
    let y = Glibc.fmod(Swift.abs(x), 2.0)
    let r: Double
    switch Int((2.0 * y).rounded()) {
    case 0: r = Glibc.sin(Double.pi * y)
    case 1: r = Glibc.cos(Double.pi * (y - 0.5))
    case 2: r = Glibc.sin(Double.pi * (1.0 - y))
    case 3: r = -Glibc.cos(Double.pi * (y - 1.5))
    default: r = Glibc.sin(Double.pi * (y - 2.0))
    }
    return Glibc.copysign(1.0, x) * r
}
/// Error kinds of the special functions (CPython's errno EDOM / ERANGE).
private enum MathFault { case none, domain, range }

private func gammaValue(_ x: Double) -> (Double, MathFault) {
    if !x.isFinite { return (x.isNaN || x > 0) ? (x, .none) : (.nan, .domain) }
    if x == 0 { return (Glibc.copysign(.infinity, x), .domain) }
    if x == x.rounded(.down) {
        if x < 0 { return (.nan, .domain) }
        if x <= 23 { var f = 1.0; var k = 2.0; while k < x { f *= k; k += 1 }; return (f, .none) }
    }
    let ax = Swift.abs(x)
    if ax < 1e-20 { let r = 1.0 / x; return (r, r.isInfinite ? .range : .none) }
    if ax > 200 { return x < 0 ? (0.0 / sinPi(x), .none) : (.infinity, .range) }
    let y = ax + lanczosGMinusHalf
    // The rounding error of y, scaled (keeps the result accurate to a few ulps).
    var z = ax > lanczosGMinusHalf ? (y - ax) - lanczosGMinusHalf : (y - lanczosGMinusHalf) - ax
    z = z * lanczosG / y
    var r: Double
    if x < 0 {
        r = -Double.pi / sinPi(ax) / ax * Glibc.exp(y) / lanczosSum(ax)
        r -= z * r
        if ax < 140 { r /= Glibc.pow(y, ax - 0.5) }
        else { let sp = Glibc.pow(y, ax / 2 - 0.25); r /= sp; r /= sp }
    } else {
        r = lanczosSum(ax) / Glibc.exp(y)
        r += z * r
        if ax < 140 { r *= Glibc.pow(y, ax - 0.5) }
        else { let sp = Glibc.pow(y, ax / 2 - 0.25); r *= sp; r *= sp }
    }
    return (r, r.isInfinite ? .range : .none)
}
private func lgammaValue(_ x: Double) -> (Double, MathFault) {
    if !x.isFinite { return (x.isNaN ? x : .infinity, .none) }
    if x == x.rounded(.down) && x <= 2 { return x <= 0 ? (.infinity, .domain) : (0.0, .none) }
    let ax = Swift.abs(x)
    if ax < 1e-20 { return (-Glibc.log(ax), .none) }
    var r = Glibc.log(lanczosSum(ax)) - lanczosG
    r += (ax - 0.5) * (Glibc.log(ax + lanczosG - 0.5) - 1)
    if x < 0 { r = 1.144729885849400174143427351353058711647 - Glibc.log(Swift.abs(sinPi(ax))) - Glibc.log(ax) - r }
    return (r, r.isInfinite ? .range : .none)
}
private func faultResult(_ v: (Double, MathFault)) -> PyObjectRef? {
    switch v.1 {
    case .none: return PyFloat_FromDouble(v.0)
    case .domain: return domainError()
    case .range: return rangeError()
    }
}
private let m_gamma: OneArgFn = { _, o in mathDouble(o!).map { faultResult(gammaValue($0)) } ?? nil }
private let m_lgamma: OneArgFn = { _, o in mathDouble(o!).map { faultResult(lgammaValue($0)) } ?? nil }

private let m_atan2: FastFn = { _, a, n in math2("atan2", a, n) { Glibc.atan2($0, $1) } }
private let m_copysign: FastFn = { _, a, n in math2("copysign", a, n) { Glibc.copysign($0, $1) } }
private let m_fmod: FastFn = { _, a, n in
    // fmod(x, inf) is x for finite x (C99), as CPython special-cases.
    math2("fmod", a, n) { x, y in (y.isInfinite && x.isFinite) ? x : Glibc.fmod(x, y) }
}
private let m_remainder: FastFn = { _, a, n in math2("remainder", a, n) { Glibc.remainder($0, $1) } }
private let m_nextafter: FastFn = { _, a, n in
    guard checkArgCount("nextafter", n, min: 2, max: 2) else { return nil }
    guard let x = mathDouble(arg(a, 0)), let y = mathDouble(arg(a, 1)) else { return nil }
    return PyFloat_FromDouble(Glibc.nextafter(x, y))
}
private let m_ulp: OneArgFn = { _, o in
    guard var x = mathDouble(o!) else { return nil }
    if x.isNaN { return PyFloat_FromDouble(x) }
    x = Swift.abs(x)
    if x.isInfinite { return PyFloat_FromDouble(x) }
    let x2 = Glibc.nextafter(x, Double.infinity)
    if x2.isInfinite { return PyFloat_FromDouble(x - Glibc.nextafter(x, -Double.infinity)) }
    return PyFloat_FromDouble(x2 - x)
}

/// math.pow: CPython's special cases for non-finite arguments, then C pow with errno rules.
private let m_pow: FastFn = { _, a, n in
    guard checkArgCount("pow", n, min: 2, max: 2) else { return nil }
    guard let x = mathDouble(arg(a, 0)), let y = mathDouble(arg(a, 1)) else { return nil }
    var r: Double
    if !x.isFinite || !y.isFinite {
        if x.isNaN { r = y == 0 ? 1 : x }
        else if y.isNaN { r = x == 1 ? 1 : y }
        else if x.isInfinite {
            let oddY = y.isFinite && Glibc.fmod(Swift.abs(y), 2.0) == 1.0
            if y > 0 { r = oddY ? x : Swift.abs(x) } else if y == 0 { r = 1 } else { r = oddY ? Glibc.copysign(0, x) : 0 }
        } else {
            if Swift.abs(x) == 1 { r = 1 }
            else if y > 0 && Swift.abs(x) > 1 { r = y }
            else if y < 0 && Swift.abs(x) < 1 { r = -y }
            else { r = 0 }
        }
        return PyFloat_FromDouble(r)
    }
    r = Glibc.pow(x, y)
    if r.isNaN { return domainError() }
    if r.isInfinite { return x == 0 ? domainError() : rangeError() }
    return PyFloat_FromDouble(r)
}

// MARK: log family

/// CPython's loghelper: ints of any size (non-positive ones are domain errors), else floats.
private func logHelper(_ o: PyObjectRef, _ f: (Double) -> Double) -> Double? {
    if isInt(o) {
        if longSign(o) <= 0 { _ = domainError(); return nil }
        let d = PyLong_AsDouble(o)
        if d == -1 && PyErr_Occurred() != nil {
            guard PyErr_ExceptionMatches(PyExc_OverflowError) != 0 else { return nil }
            PyErr_Clear()
            // Too big for a double: log(m * 2**e) = log(m) + e*log(2) with m in [0.5, 1].
            let mag = bigOf(o).magnitude
            let e = mag.bitWidth
            let top = UInt64(mag >> (e - 64))
            return f(Glibc.scalbn(Double(top), -64)) + f(2.0) * Double(e)
        }
        return f(d)
    }
    guard let x = mathDouble(o) else { return nil }
    if x.isNaN || x == Double.infinity { return x }
    if x <= 0 { _ = domainError(); return nil }
    return f(x)
}
private let m_log: FastFn = { _, a, n in
    guard checkArgCount("log", n, min: 1, max: 2) else { return nil }
    guard let num = logHelper(arg(a, 0), { Glibc.log($0) }) else { return nil }
    if n == 1 { return PyFloat_FromDouble(num) }
    guard let den = logHelper(arg(a, 1), { Glibc.log($0) }) else { return nil }
    if den == 0 { setError(PyExc_ZeroDivisionError, "float division by zero"); return nil }
    return PyFloat_FromDouble(num / den)
}
private let m_log2: OneArgFn = { _, o in logHelper(o!, { Glibc.log2($0) }).map(PyFloat_FromDouble) ?? nil }
private let m_log10: OneArgFn = { _, o in logHelper(o!, { Glibc.log10($0) }).map(PyFloat_FromDouble) ?? nil }
private let m_log1p: OneArgFn = { _, o in
    guard let x = mathDouble(o!) else { return nil }
    if x == -1 { return domainError() }
    return math1(o, false) { Glibc.log1p($0) }
}

// MARK: rounding

/// floor/ceil: exact floats directly, else the type's __floor__/__ceil__, else via float.
private func roundVia(_ o: PyObjectRef?, _ special: String, _ f: (Double) -> Double) -> PyObjectRef? {
    let o = o!
    if isExactFloat(o) { return PyLong_FromDouble(f(floatValue(o))) }
    if let m = lookupSpecial(o, pyIntern(special)) {
        defer { Py_DECREF(m) }
        return PyObject_CallNoArgs(m)
    }
    if PyErr_Occurred() != nil { return nil }
    guard let x = mathDouble(o) else { return nil }
    return PyLong_FromDouble(f(x))
}
private let m_floor: OneArgFn = { _, o in roundVia(o, "__floor__") { $0.rounded(.down) } }
private let m_ceil: OneArgFn = { _, o in roundVia(o, "__ceil__") { $0.rounded(.up) } }
private let m_trunc: OneArgFn = { _, o in
    let o = o!
    if isExactFloat(o) { return PyLong_FromDouble(floatValue(o).rounded(.towardZero)) }
    if let m = lookupSpecial(o, pyIntern("__trunc__")) {
        defer { Py_DECREF(m) }
        return PyObject_CallNoArgs(m)
    }
    if PyErr_Occurred() == nil {
        setError(PyExc_TypeError, "type \(String(cString: o.pointee.ob_type.pointee.tp_name)) doesn't define __trunc__ method")
    }
    return nil
}

// MARK: float predicates and decompositions

private let m_isnan: OneArgFn = { _, o in mathDouble(o!).map { pyBool($0.isNaN) } ?? nil }
private let m_isinf: OneArgFn = { _, o in mathDouble(o!).map { pyBool($0.isInfinite) } ?? nil }
private let m_isfinite: OneArgFn = { _, o in mathDouble(o!).map { pyBool($0.isFinite) } ?? nil }

private let m_isclose: FastKwFn = { _, args, nargs, kwnames in
    if nargs > 2 {
        setError(PyExc_TypeError, "isclose() takes exactly 2 positional arguments (\(nargs) given)"); return nil
    }
    var vals = [PyObjectRef?](repeating: nil, count: 4)
    for i in 0..<nargs { vals[i] = args![i] }
    guard matchKeywords("isclose", args, nargs, kwnames, ["a", "b", "rel_tol", "abs_tol"], &vals, positionalCount: 2) else { return nil }
    for (i, name) in ["a", "b"].enumerated() where vals[i] == nil {
        setError(PyExc_TypeError, "isclose() missing required argument '\(name)' (pos \(i + 1))"); return nil
    }
    guard let a = mathDouble(vals[0]!), let b = mathDouble(vals[1]!) else { return nil }
    var relTol = 1e-09, absTol = 0.0
    if let r = vals[2] { guard let d = mathDouble(r) else { return nil }; relTol = d }
    if let t = vals[3] { guard let d = mathDouble(t) else { return nil }; absTol = d }
    if relTol < 0 || absTol < 0 { setError(PyExc_ValueError, "tolerances must be non-negative"); return nil }
    if a == b { return pyBool(true) }
    if a.isInfinite || b.isInfinite { return pyBool(false) }
    let diff = Swift.abs(b - a)
    return pyBool(diff <= Swift.abs(relTol * b) || diff <= Swift.abs(relTol * a) || diff <= absTol)
}

private func floatPair(_ a: Double, _ b: PyObjectRef?) -> PyObjectRef? {
    guard let b else { return nil }
    guard let fa = PyFloat_FromDouble(a) else { Py_DECREF(b); return nil }
    return vmTupleSteal([fa, b])
}
private let m_modf: OneArgFn = { _, o in
    guard let x = mathDouble(o!) else { return nil }
    if x.isInfinite { return floatPair(Glibc.copysign(0, x), PyFloat_FromDouble(x)) }
    var ip = 0.0
    let fp = Glibc.modf(x, &ip)
    return floatPair(fp, PyFloat_FromDouble(ip))
}
private let m_frexp: OneArgFn = { _, o in
    guard let x = mathDouble(o!) else { return nil }
    if x.isNaN || x.isInfinite || x == 0 { return floatPair(x, pyInt(0)) }
    var e: Int32 = 0
    let m = Glibc.frexp(x, &e)
    return floatPair(m, pyInt(Int(e)))
}
private let m_ldexp: FastFn = { _, a, n in
    guard checkArgCount("ldexp", n, min: 2, max: 2) else { return nil }
    guard let x = mathDouble(arg(a, 0)) else { return nil }
    let io = arg(a, 1)
    guard isInt(io) else { setError(PyExc_TypeError, "Expected an int as second argument to ldexp."); return nil }
    var overflow: Int32 = 0
    var e = PyLong_AsLongAndOverflow(io, &overflow)
    if e == -1 && PyErr_Occurred() != nil { return nil }
    if overflow != 0 { e = overflow < 0 ? Int.min : Int.max }
    if x == 0 || !x.isFinite { return PyFloat_FromDouble(x) }
    let r: Double
    if e > Int(Int32.max) { r = Glibc.copysign(Double.infinity, x) }
    else if e < Int(Int32.min) { r = Glibc.copysign(0, x) }
    else { r = Glibc.scalbn(x, e) }
    if r.isInfinite { return rangeError() }
    return PyFloat_FromDouble(r)
}

// MARK: sums, norms

/// fsum: Shewchuk's exactly-rounded summation with CPython's special-value rules.
private let m_fsum: OneArgFn = { _, seq in
    guard let it = PyObject_GetIter(seq!) else { return nil }
    defer { Py_DECREF(it) }
    var p: [Double] = []
    var specialSum = 0.0, infSum = 0.0
    while let item = PyIter_Next(it) {
        let xd = mathDouble(item)
        Py_DECREF(item)
        guard var x = xd else { return nil }
        let xsave = x
        var i = 0
        for j in 0..<p.count {
            var y = p[j]
            if Swift.abs(x) < Swift.abs(y) { swap(&x, &y) }
            let hi = x + y
            let lo = y - (hi - x)
            if lo != 0 { p[i] = lo; i += 1 }
            x = hi
        }
        p.removeSubrange(i...)
        if x != 0 {
            if !x.isFinite {
                // A nonfinite x could arise from a finite input by overflow.
                if xsave.isFinite { setError(PyExc_OverflowError, "intermediate overflow in fsum"); return nil }
                if xsave.isInfinite { infSum += xsave }
                specialSum += xsave
                p.removeAll()
            } else {
                p.append(x)
            }
        }
    }
    if PyErr_Occurred() != nil { return nil }
    if specialSum != 0 {
        if infSum.isNaN { setError(PyExc_ValueError, "-inf + inf in fsum"); return nil }
        return PyFloat_FromDouble(specialSum)
    }
    var hi = 0.0
    var n = p.count
    if n > 0 {
        n -= 1; hi = p[n]
        var lo = 0.0
        while n > 0 {
            let x = hi
            n -= 1
            let y = p[n]
            hi = x + y
            lo = y - (hi - x)
            if lo != 0 { break }
        }
        // Round half-even correctly when the remaining partials push past the halfway point.
        if n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0)) {
            let y = lo * 2
            let x = hi + y
            if y == x - hi { hi = x }
        }
    }
    return PyFloat_FromDouble(hi)
}

/// Euclidean norm as CPython 3.11's vector_norm: scale by a power of two near the maximum, square
/// and sum losslessly (double-length products and sums), then one differential correction.
private func vectorNorm(_ v: [Double]) -> Double {
    var maxV = 0.0, foundNaN = false
    for x in v {
        let a = Swift.abs(x)
        if a.isNaN { foundNaN = true } else if a > maxV { maxV = a }
    }
    if maxV.isInfinite { return maxV }
    if foundNaN { return Double.nan }
    if maxV == 0 || v.count <= 1 { return maxV }
    var maxE: Int32 = 0
    _ = Glibc.frexp(maxV, &maxE)
    if maxE < -1023 {
        // ldexp(1, -maxE) would overflow: make subnormals normal first.
        let m = Double.leastNormalMagnitude
        return m * vectorNorm(v.map { $0 / m })
    }
    let scale = Glibc.scalbn(1.0, -Int(maxE))
    var csum = 1.0, frac1 = 0.0, frac2 = 0.0
    /// Adds b (|b| <= |a|) to a exactly: (rounded sum, rounding error).
    func fastSum(_ a: Double, _ b: Double) -> (Double, Double) { let x = a + b; return (x, (a - x) + b) }
    func mul(_ x: Double, _ y: Double) -> (Double, Double) { let z = x * y; return (z, Glibc.fma(x, y, -z)) }
    for x0 in v {
        let x = Swift.abs(x0) * scale
        let (phi, plo) = mul(x, x)
        let (shi, slo) = fastSum(csum, phi)
        csum = shi; frac1 += plo; frac2 += slo
    }
    var h = (csum - 1.0 + (frac1 + frac2)).squareRoot()
    let (phi, plo) = mul(-h, h)
    let (shi, slo) = fastSum(csum, phi)
    csum = shi; frac1 += plo; frac2 += slo
    let x = csum - 1.0 + (frac1 + frac2)
    h += x / (2.0 * h)
    return h / scale
}
private let m_hypot: FastFn = { _, a, n in
    var v: [Double] = []
    v.reserveCapacity(n)
    for i in 0..<n { guard let d = mathDouble(arg(a, i)) else { return nil }; v.append(d) }
    return PyFloat_FromDouble(vectorNorm(v))
}
private let m_dist: FastFn = { _, a, n in
    guard checkArgCount("dist", n, min: 2, max: 2) else { return nil }
    let p = arg(a, 0), q = arg(a, 1)
    guard vmIsTuple(p) || isList(p), vmIsTuple(q) || isList(q) else {
        setError(PyExc_TypeError, "dist(): argument \(vmIsTuple(p) || isList(p) ? 2 : 1) must be tuple, not \(typeName(vmIsTuple(p) || isList(p) ? q : p))")
        return nil
    }
    guard let ps = PySequence_Tuple(p) else { return nil }
    defer { Py_DECREF(ps) }
    guard let qs = PySequence_Tuple(q) else { return nil }
    defer { Py_DECREF(qs) }
    let m = vmTupleSize(ps)
    if m != vmTupleSize(qs) {
        setError(PyExc_ValueError, "both points must have the same number of dimensions"); return nil
    }
    var v: [Double] = []
    for i in 0..<m {
        guard let x = mathDouble(vmTupleItem(ps, i)), let y = mathDouble(vmTupleItem(qs, i)) else { return nil }
        v.append(Swift.abs(x - y))
    }
    return PyFloat_FromDouble(vectorNorm(v))
}
@inline(__always) private func isList(_ o: PyObjectRef) -> Bool {
    vmHasFlag(o.pointee.ob_type, UInt(Py_TPFLAGS_LIST_SUBCLASS))
}

private let m_prod: FastKwFn = { _, args, nargs, kwnames in
    guard checkArgCount("prod", nargs, min: 1, max: 1) else { return nil }
    var vals: [PyObjectRef?] = [nil]
    guard matchKeywords("prod", args, nargs, kwnames, ["start"], &vals) else { return nil }
    guard let it = PyObject_GetIter(arg(args, 0)) else { return nil }
    defer { Py_DECREF(it) }
    var result: PyObjectRef = vals[0] ?? pyInt(1)
    if vals[0] != nil { Py_INCREF(result) }
    while let item = PyIter_Next(it) {
        let r = PyNumber_Multiply(result, item)
        Py_DECREF(item); Py_DECREF(result)
        guard let r else { return nil }
        result = r
    }
    if PyErr_Occurred() != nil { Py_DECREF(result); return nil }
    return result
}

// MARK: - integer functions

/// Product lo*(lo+1)*...*hi (lo <= hi) by binary splitting.
private func rangeProduct(_ lo: Int, _ hi: Int) -> BigInt {
    if hi - lo < 16 {
        var acc = BigInt(1)
        var word = 1
        for k in lo...hi {
            let (m, o) = word.multipliedReportingOverflow(by: k)
            if o { acc *= BigInt(word); word = k } else { word = m }
        }
        return acc * BigInt(word)
    }
    let mid = (lo + hi) / 2
    return rangeProduct(lo, mid) * rangeProduct(mid + 1, hi)
}

private let m_factorial: OneArgFn = { _, o in
    guard let n = indexOf(o!) else { return nil }
    defer { Py_DECREF(n) }
    var overflow: Int32 = 0
    let v = PyLong_AsLongAndOverflow(n, &overflow)
    if v == -1 && PyErr_Occurred() != nil { return nil }
    if overflow > 0 {
        setError(PyExc_OverflowError, "factorial() argument should not exceed \(Int.max)"); return nil
    }
    if overflow < 0 || v < 0 { setError(PyExc_ValueError, "factorial() not defined for negative values"); return nil }
    if v < 2 { return pyInt(1) }
    return pyLong(rangeProduct(2, v))
}

/// Converts every argument with __index__ to BigInt.
private func bigArgs(_ args: UnsafePointer<PyObjectRef?>?, _ nargs: Int) -> [BigInt]? {
    var out: [BigInt] = []
    out.reserveCapacity(nargs)
    for i in 0..<nargs {
        guard let v = indexOf(arg(args, i)) else { return nil }
        out.append(bigOf(v))
        Py_DECREF(v)
    }
    return out
}
private let m_gcd: FastFn = { _, a, n in
    guard let vs = bigArgs(a, n) else { return nil }
    var g = BigInt(0)
    for v in vs { g = BigInt(g.magnitude.greatestCommonDivisor(with: v.magnitude)) }
    return pyLong(g)
}
private let m_lcm: FastFn = { _, a, n in
    guard let vs = bigArgs(a, n) else { return nil }
    var l = BigInt(1)
    for v in vs {
        if v.isZero { l = 0; continue }
        if l.isZero { continue }
        let g = l.magnitude.greatestCommonDivisor(with: v.magnitude)
        l = BigInt((l.magnitude / g) * v.magnitude)
    }
    return pyLong(l)
}
private let m_isqrt: OneArgFn = { _, o in
    guard let n = indexOf(o!) else { return nil }
    defer { Py_DECREF(n) }
    let v = bigOf(n)
    if v.sign == .minus && !v.isZero { setError(PyExc_ValueError, "isqrt() argument must be nonnegative"); return nil }
    return pyLong(BigInt(v.magnitude.squareRoot()))
}

/// (n, k) for comb/perm: both via __index__, both non-negative; k may be absent (perm).
private func combArgs(_ fname: String, _ args: UnsafePointer<PyObjectRef?>?, _ nargs: Int, min: Int) -> (BigInt, BigInt?)? {
    guard checkArgCount(fname, nargs, min: min, max: 2) else { return nil }
    guard let no = indexOf(arg(args, 0)) else { return nil }
    let n = bigOf(no); Py_DECREF(no)
    var k: BigInt? = nil
    if nargs == 2 && arg(args, 1) != pyNone {
        guard let ko = indexOf(arg(args, 1)) else { return nil }
        k = bigOf(ko); Py_DECREF(ko)
    }
    if n.sign == .minus && !n.isZero { setError(PyExc_ValueError, "n must be a non-negative integer"); return nil }
    if let k, k.sign == .minus && !k.isZero { setError(PyExc_ValueError, "k must be a non-negative integer"); return nil }
    return (n, k)
}
private let m_comb: FastFn = { _, a, nargs in
    guard let (n, kOpt) = combArgs("comb", a, nargs, min: 2), var k = kOpt else { return nil }
    if k > n { return pyInt(0) }
    if n - k < k { k = n - k }
    guard let kk = bigToInt(k) else {
        setError(PyExc_OverflowError, "min(n - k, k) must not exceed \(Int.max)"); return nil
    }
    var r = BigInt(1)
    var i = 0
    while i < kk {
        r = r * (n - BigInt(i)) / BigInt(i + 1)
        i += 1
    }
    return pyLong(r)
}
private let m_perm: FastFn = { _, a, nargs in
    guard let (n, kOpt) = combArgs("perm", a, nargs, min: 1) else { return nil }
    let k = kOpt ?? n
    if k > n { return pyInt(0) }
    guard let kk = bigToInt(k) else { setError(PyExc_OverflowError, "k must not exceed \(Int.max)"); return nil }
    var r = BigInt(1)
    var i = 0
    while i < kk { r *= n - BigInt(i); i += 1 }
    return pyLong(r)
}

// MARK: - module

func makeMathModule() -> PyObjectRef? {
    guard let m = PyModule_New("math") else { return nil }
    _ = PyModule_AddFunctions(m, makeMethodTable([
        .oneArg("acos", m_acos), .oneArg("acosh", m_acosh), .oneArg("asin", m_asin), .oneArg("asinh", m_asinh),
        .oneArg("atan", m_atan), .fast("atan2", m_atan2), .oneArg("atanh", m_atanh), .oneArg("cbrt", m_cbrt),
        .oneArg("ceil", m_ceil), .fast("comb", m_comb), .fast("copysign", m_copysign), .oneArg("cos", m_cos),
        .oneArg("cosh", m_cosh), .oneArg("degrees", m_degrees), .fast("dist", m_dist), .oneArg("erf", m_erf),
        .oneArg("erfc", m_erfc), .oneArg("exp", m_exp), .oneArg("exp2", m_exp2), .oneArg("expm1", m_expm1),
        .oneArg("fabs", m_fabs), .oneArg("factorial", m_factorial), .oneArg("floor", m_floor), .fast("fmod", m_fmod),
        .oneArg("frexp", m_frexp), .oneArg("fsum", m_fsum), .oneArg("gamma", m_gamma), .fast("gcd", m_gcd),
        .fast("hypot", m_hypot), .fastKw("isclose", m_isclose), .oneArg("isfinite", m_isfinite), .oneArg("isinf", m_isinf),
        .oneArg("isnan", m_isnan), .oneArg("isqrt", m_isqrt), .fast("lcm", m_lcm), .fast("ldexp", m_ldexp),
        .oneArg("lgamma", m_lgamma), .fast("log", m_log), .oneArg("log10", m_log10), .oneArg("log1p", m_log1p),
        .oneArg("log2", m_log2), .oneArg("modf", m_modf), .fast("nextafter", m_nextafter), .fast("perm", m_perm),
        .fast("pow", m_pow), .fastKw("prod", m_prod), .oneArg("radians", m_radians), .fast("remainder", m_remainder),
        .oneArg("sin", m_sin), .oneArg("sinh", m_sinh), .oneArg("sqrt", m_sqrt), .oneArg("tan", m_tan),
        .oneArg("tanh", m_tanh), .oneArg("trunc", m_trunc), .oneArg("ulp", m_ulp),
    ]))
    for (name, v) in [("pi", Double.pi), ("e", M_E), ("tau", 2 * Double.pi), ("inf", Double.infinity), ("nan", Double.nan)] {
        guard let f = PyFloat_FromDouble(v) else { return nil }
        if PyModule_AddObject(m, name, f) < 0 { Py_DECREF(f); return nil }
    }
    return m
}
