// The math module: CPython 3.11's functions over C doubles (libm), with its error rules
// (ValueError "math domain error", OverflowError "math range error"), plus the integer functions
// (factorial, gcd, lcm, isqrt, comb, perm, prod) on arbitrary-precision ints.
import CPython
import Glibc

private func domainError() -> PyObjectRef? { setError(PyExc_ValueError, "math domain error"); return nil }
private func rangeError() -> PyObjectRef? { setError(PyExc_OverflowError, "math range error"); return nil }

/// CPython's math_1: f(x) with NaN-from-non-NaN as a domain error and inf-from-finite as a range
/// (canOverflow) or domain error.
private func math1(_ o: PyObjectRef, _ f: (Double) -> Double, canOverflow: Bool) -> PyObjectRef? {
    guard let x = asDouble(o) else { return nil }
    let r = f(x)
    if r.isNaN && !x.isNaN { return domainError() }
    if r.isInfinite && x.isFinite { return canOverflow ? rangeError() : domainError() }
    return pyFloat(r)
}

/// Two float arguments of a METH_FASTCALL function.
private func twoDoubles(_ fname: String, _ args: UnsafePointer<PyObjectRef?>?, _ nargs: Int) -> (Double, Double)? {
    guard checkArgCount(fname, nargs, min: 2, max: 2) else { return nil }
    guard let x = asDouble(arg(args, 0)), let y = asDouble(arg(args, 1)) else { return nil }
    return (x, y)
}

// MARK: - one-argument float functions

private let math_sqrt: OneArgFn = { _, o in math1(o!, { Glibc.sqrt($0) }, canOverflow: false) }
private let math_exp: OneArgFn = { _, o in math1(o!, { Glibc.exp($0) }, canOverflow: true) }
private let math_exp2: OneArgFn = { _, o in math1(o!, { Glibc.exp2($0) }, canOverflow: true) }
private let math_expm1: OneArgFn = { _, o in math1(o!, { Glibc.expm1($0) }, canOverflow: true) }
private let math_cbrt: OneArgFn = { _, o in math1(o!, { Glibc.cbrt($0) }, canOverflow: false) }
private let math_fabs: OneArgFn = { _, o in math1(o!, { Swift.abs($0) }, canOverflow: false) }
private let math_sin: OneArgFn = { _, o in math1(o!, { Glibc.sin($0) }, canOverflow: false) }
private let math_cos: OneArgFn = { _, o in math1(o!, { Glibc.cos($0) }, canOverflow: false) }
private let math_tan: OneArgFn = { _, o in math1(o!, { Glibc.tan($0) }, canOverflow: false) }
private let math_asin: OneArgFn = { _, o in math1(o!, { Glibc.asin($0) }, canOverflow: false) }
private let math_acos: OneArgFn = { _, o in math1(o!, { Glibc.acos($0) }, canOverflow: false) }
private let math_atan: OneArgFn = { _, o in math1(o!, { Glibc.atan($0) }, canOverflow: false) }
private let math_sinh: OneArgFn = { _, o in math1(o!, { Glibc.sinh($0) }, canOverflow: true) }
private let math_cosh: OneArgFn = { _, o in math1(o!, { Glibc.cosh($0) }, canOverflow: true) }
private let math_tanh: OneArgFn = { _, o in math1(o!, { Glibc.tanh($0) }, canOverflow: false) }
private let math_asinh: OneArgFn = { _, o in math1(o!, { Glibc.asinh($0) }, canOverflow: false) }
private let math_acosh: OneArgFn = { _, o in math1(o!, { Glibc.acosh($0) }, canOverflow: false) }
private let math_atanh: OneArgFn = { _, o in math1(o!, { Glibc.atanh($0) }, canOverflow: false) }
private let math_erf: OneArgFn = { _, o in math1(o!, { Glibc.erf($0) }, canOverflow: false) }
private let math_erfc: OneArgFn = { _, o in math1(o!, { Glibc.erfc($0) }, canOverflow: false) }
private let math_log1p: OneArgFn = { _, o in math1(o!, { Glibc.log1p($0) }, canOverflow: false) }
private let math_degrees: OneArgFn = { _, o in math1(o!, { $0 * (180.0 / Double.pi) }, canOverflow: true) }
private let math_radians: OneArgFn = { _, o in math1(o!, { $0 * (Double.pi / 180.0) }, canOverflow: true) }

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
private let math_gamma: OneArgFn = { _, o in asDouble(o!).map { faultResult(gammaValue($0)) } ?? nil }
private let math_lgamma: OneArgFn = { _, o in asDouble(o!).map { faultResult(lgammaValue($0)) } ?? nil }

private let math_isfinite: OneArgFn = { _, o in
    guard let x = asDouble(o!) else { return nil }
    return pyBool(x.isFinite)
}
private let math_isinf: OneArgFn = { _, o in
    guard let x = asDouble(o!) else { return nil }
    return pyBool(x.isInfinite)
}
private let math_isnan: OneArgFn = { _, o in
    guard let x = asDouble(o!) else { return nil }
    return pyBool(x.isNaN)
}

// MARK: - rounding to int

/// floor/ceil: exact floats directly, else the type's __floor__/__ceil__, else float(x).
private func roundToInt(_ o: PyObjectRef, _ special: String, _ f: (Double) -> Double) -> PyObjectRef? {
    if o.pointee.ob_type != SPyType_Float() {
        if let m = lookupSpecial(o, special) {
            defer { Py_DECREF(m) }
            return PyObject_CallNoArgs(m)
        }
        if PyErr_Occurred() != nil { return nil }
    }
    guard let x = asDouble(o) else { return nil }
    return PyLong_FromDouble(f(x))
}
private let math_floor: OneArgFn = { _, o in roundToInt(o!, "__floor__", { $0.rounded(.down) }) }
private let math_ceil: OneArgFn = { _, o in roundToInt(o!, "__ceil__", { $0.rounded(.up) }) }
private let math_trunc: OneArgFn = { _, o in
    let o = o!
    guard let m = lookupSpecial(o, "__trunc__") else {
        if PyErr_Occurred() == nil {
            setError(PyExc_TypeError, "type \(vmTypeFullName(o.pointee.ob_type)) doesn't define __trunc__ method")
        }
        return nil
    }
    defer { Py_DECREF(m) }
    return PyObject_CallNoArgs(m)
}

// MARK: - two-argument float functions

private let math_copysign: FastFn = { _, args, nargs in
    guard let (x, y) = twoDoubles("copysign", args, nargs) else { return nil }
    return pyFloat(Glibc.copysign(x, y))
}
private let math_atan2: FastFn = { _, args, nargs in
    guard let (y, x) = twoDoubles("atan2", args, nargs) else { return nil }
    return pyFloat(Glibc.atan2(y, x))
}
/// _c_hypot(x, y): the C library's two-argument hypot (cmath's algorithms are specified over it;
/// math.hypot's n-argument algorithm can differ in the last bit).
private let math_c_hypot: FastFn = { _, args, nargs in
    guard let (x, y) = twoDoubles("_c_hypot", args, nargs) else { return nil }
    return pyFloat(Glibc.hypot(x, y))
}
private let math_fmod: FastFn = { _, args, nargs in
    guard let (x, y) = twoDoubles("fmod", args, nargs) else { return nil }
    if y.isInfinite && x.isFinite { return pyFloat(x) }
    let r = Glibc.fmod(x, y)
    if r.isNaN && !x.isNaN && !y.isNaN { return domainError() }
    return pyFloat(r)
}
private let math_remainder: FastFn = { _, args, nargs in
    guard let (x, y) = twoDoubles("remainder", args, nargs) else { return nil }
    if x.isNaN || y.isNaN { return pyFloat(.nan) }
    if x.isInfinite || y == 0 { return domainError() }
    if y.isInfinite { return pyFloat(x) }
    return pyFloat(Glibc.remainder(x, y))
}
private let math_pow: FastFn = { _, args, nargs in
    guard let (x, y) = twoDoubles("pow", args, nargs) else { return nil }
    let r = Glibc.pow(x, y)
    if x.isFinite && y.isFinite && !r.isFinite {
        if r.isNaN || x == 0 { return domainError() }
        return rangeError()
    }
    return pyFloat(r)
}
private let math_nextafter: FastFn = { _, args, nargs in
    guard let (x, y) = twoDoubles("nextafter", args, nargs) else { return nil }
    return pyFloat(Glibc.nextafter(x, y))
}
private let math_ulp: OneArgFn = { _, o in
    guard let x = asDouble(o!) else { return nil }
    if x.isNaN || x.isInfinite { return pyFloat(Swift.abs(x)) }
    let a = Swift.abs(x)
    let next = Glibc.nextafter(a, .infinity)
    if next.isInfinite { return pyFloat(a - Glibc.nextafter(a, -.infinity)) }
    return pyFloat(next - a)
}
private let math_ldexp: FastFn = { _, args, nargs in
    guard checkArgCount("ldexp", nargs, min: 2, max: 2), let x = asDouble(arg(args, 0)) else { return nil }
    let eo = arg(args, 1)
    if PyLong_Check(eo) == 0 { setError(PyExc_TypeError, "Expected an int as second argument to ldexp."); return nil }
    var overflow: Int32 = 0
    var e = PyLong_AsLongAndOverflow(eo, &overflow)
    if e == -1 && PyErr_Occurred() != nil { return nil }
    if overflow != 0 { e = overflow < 0 ? Int(Int32.min) : Int(Int32.max) }
    e = max(min(e, Int(Int32.max)), Int(Int32.min))
    if x == 0 || !x.isFinite { return pyFloat(x) }
    let r = Glibc.ldexp(x, Int32(e))
    if r.isInfinite { return rangeError() }
    return pyFloat(r)
}
private let math_frexp: OneArgFn = { _, o in
    guard let x = asDouble(o!) else { return nil }
    var e: Int32 = 0
    let m = x.isNaN || x.isInfinite || x == 0 ? x : Glibc.frexp(x, &e)
    return vmTupleSteal([pyFloat(m), pyInt(Int(e))])
}
private let math_modf: OneArgFn = { _, o in
    guard let x = asDouble(o!) else { return nil }
    if x.isInfinite { return vmTupleSteal([pyFloat(Glibc.copysign(0.0, x)), pyFloat(x)]) }
    var ip = 0.0
    let frac = Glibc.modf(x, &ip)
    return vmTupleSteal([pyFloat(frac), pyFloat(ip)])
}

// MARK: - logarithms

/// log-like function of x (int or float): big ints that overflow a double use their bit length.
private func logHelper(_ o: PyObjectRef, _ f: (Double) -> Double) -> Double? {
    if PyLong_Check(o) != 0 {
        if _PyLong_Sign(o) <= 0 { _ = domainError(); return nil }
        let d = PyLong_AsDouble(o)
        if d == -1 && PyErr_Occurred() != nil {
            guard PyErr_ExceptionMatches(PyExc_OverflowError) != 0 else { return nil }
            PyErr_Clear()
            // log(m * 2**e) = log(m) + e*log(2) with m in [0.5, 1] (CPython's _PyLong_Frexp).
            let bits = _PyLong_NumBits(o)
            let k = pyInt(bits - 64)
            let top = PyNumber_Rshift(o, k)
            Py_DECREF(k)
            guard let top else { return nil }
            let m = PyLong_AsDouble(top)
            Py_DECREF(top)
            return f(Glibc.scalbn(m, -64)) + f(2.0) * Double(bits)
        }
        return f(d)
    }
    guard let x = asDouble(o) else { return nil }
    if x.isNaN { return x }
    if x <= 0 { _ = domainError(); return nil }
    return f(x)
}

private let math_log: FastFn = { _, args, nargs in
    guard checkArgCount("log", nargs, min: 1, max: 2) else { return nil }
    guard let num = logHelper(arg(args, 0), { Glibc.log($0) }) else { return nil }
    if nargs == 1 { return pyFloat(num) }
    guard let den = logHelper(arg(args, 1), { Glibc.log($0) }) else { return nil }
    if den == 0 { setError(PyExc_ZeroDivisionError, "float division by zero"); return nil }
    return pyFloat(num / den)
}
private let math_log2: OneArgFn = { _, o in logHelper(o!, { Glibc.log2($0) }).map(pyFloat) }
private let math_log10: OneArgFn = { _, o in logHelper(o!, { Glibc.log10($0) }).map(pyFloat) }

// MARK: - sums and norms

/// Shewchuk's exact summation (CPython's msum), rounded once at the end.
private let math_fsum: OneArgFn = { _, seq in
    guard let it = PyObject_GetIter(seq!) else { return nil }
    defer { Py_DECREF(it) }
    var p: [Double] = []
    var specialSum = 0.0, infSum = 0.0
    while let item = PyIter_Next(it) {
        let xo = asDouble(item)
        Py_DECREF(item)
        guard var x = xo else { return nil }
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
        return pyFloat(specialSum)
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
        if n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0)) {
            let y = lo * 2
            let x = hi + y
            if y == x - hi { hi = x }
        }
    }
    return pyFloat(hi)
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
private let math_hypot: FastFn = { _, args, nargs in
    var v: [Double] = []
    for i in 0..<nargs {
        guard let x = asDouble(arg(args, i)) else { return nil }
        v.append(x)
    }
    return pyFloat(vectorNorm(v))
}
private let math_dist: FastFn = { _, args, nargs in
    guard checkArgCount("dist", nargs, min: 2, max: 2) else { return nil }
    let p = arg(args, 0), q = arg(args, 1)
    guard let pt = PySequence_Tuple(p) else { return nil }
    defer { Py_DECREF(pt) }
    guard let qt = PySequence_Tuple(q) else { return nil }
    defer { Py_DECREF(qt) }
    let n = vmTupleSize(pt)
    if n != vmTupleSize(qt) { setError(PyExc_ValueError, "both points must have the same number of dimensions"); return nil }
    var v: [Double] = []
    for i in 0..<n {
        guard let a = asDouble(vmTupleItem(pt, i)), let b = asDouble(vmTupleItem(qt, i)) else { return nil }
        v.append(a - b)
    }
    return pyFloat(vectorNorm(v))
}

private let math_isclose: FastKwFn = { _, args, nargs, kwnames in
    var vals: [PyObjectRef?] = [nil, nil, nil, nil]
    guard matchKeywords("isclose", args, nargs, kwnames, ["a", "b", "rel_tol", "abs_tol"], &vals, positionalCount: 2) else { return nil }
    if nargs > 2 { setError(PyExc_TypeError, "isclose() takes exactly 2 positional arguments (\(nargs) given)"); return nil }
    for i in 0..<nargs { vals[i] = arg(args, i) }
    guard let ao = vals[0], let bo = vals[1] else {
        setError(PyExc_TypeError, "isclose() missing required argument '\(vals[0] == nil ? "a" : "b")' (pos \(vals[0] == nil ? 1 : 2))")
        return nil
    }
    guard let a = asDouble(ao), let b = asDouble(bo) else { return nil }
    var relTol = 1e-09, absTol = 0.0
    if let r = vals[2] { guard let d = asDouble(r) else { return nil }; relTol = d }
    if let t = vals[3] { guard let d = asDouble(t) else { return nil }; absTol = d }
    if relTol < 0 || absTol < 0 { setError(PyExc_ValueError, "tolerances must be non-negative"); return nil }
    if a == b { return pyBool(true) }
    if a.isInfinite || b.isInfinite { return pyBool(false) }
    let diff = Swift.abs(b - a)
    return pyBool(diff <= Swift.abs(relTol * b) || diff <= Swift.abs(relTol * a) || diff <= absTol)
}

// MARK: - integer functions

/// a op b on Python ints, consuming (stealing) a; nil with an exception set.
private func steal(_ a: PyObjectRef, _ op: (PyObjectRef?, PyObjectRef?) -> PyObjectRef?, _ b: PyObjectRef) -> PyObjectRef? {
    let r = op(a, b)
    Py_DECREF(a)
    return r
}

private let math_factorial: OneArgFn = { _, o in
    let o = o!
    if PyLong_Check(o) == 0 && o.pointee.ob_type.pointee.tp_as_number?.pointee.nb_index == nil {
        setError(PyExc_TypeError, "'\(vmTypeName(o.pointee.ob_type))' object cannot be interpreted as an integer"); return nil
    }
    var overflow: Int32 = 0
    let n = PyLong_AsLongAndOverflow(o, &overflow)
    if n == -1 && PyErr_Occurred() != nil { return nil }
    if overflow > 0 { setError(PyExc_OverflowError, "factorial() argument should not exceed \(Int.max)"); return nil }
    if overflow < 0 || n < 0 { setError(PyExc_ValueError, "factorial() not defined for negative values"); return nil }
    var result = pyInt(1)
    var chunk: UInt64 = 1
    var i = 2
    while i <= n {
        let (m, o) = chunk.multipliedReportingOverflow(by: UInt64(i))
        if o {
            let c = PyLong_FromUnsignedLongLong(chunk)!
            guard let r = steal(result, PyNumber_Multiply, c) else { Py_DECREF(c); return nil }
            Py_DECREF(c)
            result = r
            chunk = UInt64(i)
        } else {
            chunk = m
        }
        i += 1
    }
    let c = PyLong_FromUnsignedLongLong(chunk)!
    defer { Py_DECREF(c) }
    return steal(result, PyNumber_Multiply, c)
}

/// gcd of two non-negative ints (new reference).
private func gcdPair(_ a: PyObjectRef, _ b: PyObjectRef) -> PyObjectRef? {
    var ovA: Int32 = 0, ovB: Int32 = 0
    let x = PyLong_AsLongLongAndOverflow(a, &ovA), y = PyLong_AsLongLongAndOverflow(b, &ovB)
    if ovA == 0 && ovB == 0 && x != Int64.min && y != Int64.min {
        var (u, v) = (x.magnitude, y.magnitude)
        while v != 0 { (u, v) = (v, u % v) }
        return PyLong_FromUnsignedLongLong(u)
    }
    guard var u = PyNumber_Absolute(a) else { return nil }
    guard var v = PyNumber_Absolute(b) else { Py_DECREF(u); return nil }
    while _PyLong_Sign(v) != 0 {
        guard let r = PyNumber_Remainder(u, v) else { Py_DECREF(u); Py_DECREF(v); return nil }
        Py_DECREF(u)
        u = v; v = r
    }
    Py_DECREF(v)
    return u
}

private let math_gcd: FastFn = { _, args, nargs in
    var result = pyInt(0)
    for i in 0..<nargs {
        guard let x = PyNumber_Index(arg(args, i)) else { Py_DECREF(result); return nil }
        let g = gcdPair(result, x)
        Py_DECREF(x); Py_DECREF(result)
        guard let g else { return nil }
        result = g
    }
    if nargs == 1 { let r = PyNumber_Absolute(result); Py_DECREF(result); return r }
    return result
}
private let math_lcm: FastFn = { _, args, nargs in
    var result = pyInt(1)
    for i in 0..<nargs {
        guard let x = PyNumber_Index(arg(args, i)) else { Py_DECREF(result); return nil }
        defer { Py_DECREF(x) }
        if _PyLong_Sign(result) == 0 { continue }
        if _PyLong_Sign(x) == 0 { Py_DECREF(result); result = pyInt(0); continue }
        guard let g = gcdPair(result, x) else { Py_DECREF(result); return nil }
        defer { Py_DECREF(g) }
        guard let q = PyNumber_FloorDivide(x, g) else { Py_DECREF(result); return nil }
        guard let m = steal(result, PyNumber_Multiply, q) else { Py_DECREF(q); return nil }
        Py_DECREF(q)
        guard let a = PyNumber_Absolute(m) else { Py_DECREF(m); return nil }
        Py_DECREF(m)
        result = a
    }
    return result
}

private let math_isqrt: OneArgFn = { _, o in
    guard let n = PyNumber_Index(o!) else { return nil }
    defer { Py_DECREF(n) }
    if _PyLong_Sign(n) < 0 { setError(PyExc_ValueError, "isqrt() argument must be nonnegative"); return nil }
    var overflow: Int32 = 0
    let small = PyLong_AsLongLongAndOverflow(n, &overflow)
    if overflow == 0 {
        let v = UInt64(small)   // < 2**63, so r < 2**32 and (r + 1)**2 cannot overflow
        var r = UInt64(Double(v).squareRoot())
        while r * r > v { r -= 1 }
        while (r + 1) * (r + 1) <= v { r += 1 }
        return PyLong_FromUnsignedLongLong(r)
    }
    // Newton's iteration from a power of two above the root: x' = (x + n // x) // 2 until it stops falling.
    let bits = _PyLong_NumBits(n)
    let one = pyInt(1), two = pyInt(2)
    defer { Py_DECREF(one); Py_DECREF(two) }
    let e = pyInt((bits + 1) / 2)
    guard var x = PyNumber_Lshift(one, e) else { Py_DECREF(e); return nil }
    Py_DECREF(e)
    while true {
        guard let q = PyNumber_FloorDivide(n, x) else { Py_DECREF(x); return nil }
        guard let s = steal(q, PyNumber_Add, x), let y = steal(s, PyNumber_FloorDivide, two) else { Py_DECREF(x); return nil }
        let c = PyObject_RichCompareBool(y, x, Py_LT)
        if c < 0 { Py_DECREF(y); Py_DECREF(x); return nil }
        if c == 0 { Py_DECREF(y); return x }
        Py_DECREF(x)
        x = y
    }
}

/// n * (n-1) * ... * (n-k+1) [/ k!] for comb/perm with non-negative n >= k; k fits a machine int.
private func fallingProduct(_ n: PyObjectRef, _ k: Int, divide: Bool) -> PyObjectRef? {
    var result = pyInt(1)
    for i in 0..<k {
        let io = pyInt(i)
        guard let factor = PyNumber_Subtract(n, io) else { Py_DECREF(io); Py_DECREF(result); return nil }
        Py_DECREF(io)
        guard let m = steal(result, PyNumber_Multiply, factor) else { Py_DECREF(factor); return nil }
        Py_DECREF(factor)
        result = m
        if divide {
            let d = pyInt(i + 1)
            guard let q = steal(result, PyNumber_FloorDivide, d) else { Py_DECREF(d); return nil }
            Py_DECREF(d)
            result = q
        }
    }
    return result
}

/// Parses n and k of comb/perm; nil result = exception set. `zero` = k > n.
private func combArgs(_ fname: String, _ args: UnsafePointer<PyObjectRef?>?, _ nargs: Int, kOptional: Bool)
    -> (n: PyObjectRef, k: PyObjectRef?)? {
    guard checkArgCount(fname, nargs, min: kOptional ? 1 : 2, max: 2) else { return nil }
    guard let n = PyNumber_Index(arg(args, 0)) else { return nil }
    if nargs < 2 || arg(args, 1) == pyNone {
        if _PyLong_Sign(n) < 0 { Py_DECREF(n); setError(PyExc_ValueError, "n must be a non-negative integer"); return nil }
        return (n, nil)
    }
    guard let k = PyNumber_Index(arg(args, 1)) else { Py_DECREF(n); return nil }
    if _PyLong_Sign(n) < 0 { Py_DECREF(n); Py_DECREF(k); setError(PyExc_ValueError, "n must be a non-negative integer"); return nil }
    if _PyLong_Sign(k) < 0 { Py_DECREF(n); Py_DECREF(k); setError(PyExc_ValueError, "k must be a non-negative integer"); return nil }
    return (n, k)
}

private let math_comb: FastFn = { _, args, nargs in
    guard let (n, kObj) = combArgs("comb", args, nargs, kOptional: false), let kObj else { return nil }
    defer { Py_DECREF(n); Py_DECREF(kObj) }
    let c = PyObject_RichCompareBool(kObj, n, Py_GT)
    if c < 0 { return nil }
    if c > 0 { return pyInt(0) }
    guard let nk = PyNumber_Subtract(n, kObj) else { return nil }
    defer { Py_DECREF(nk) }
    let smaller = PyObject_RichCompareBool(nk, kObj, Py_LT) > 0 ? nk : kObj
    var overflow: Int32 = 0
    let k = PyLong_AsLongAndOverflow(smaller, &overflow)
    if overflow != 0 { setError(PyExc_OverflowError, "min(n - k, k) must not exceed \(Int.max)"); return nil }
    return fallingProduct(n, k, divide: true)
}
private let math_perm: FastFn = { _, args, nargs in
    guard let (n, kObj) = combArgs("perm", args, nargs, kOptional: true) else { return nil }
    defer { Py_DECREF(n); Py_XDECREF(kObj) }
    guard let kObj else { return math_factorial(nil, n) }
    let c = PyObject_RichCompareBool(kObj, n, Py_GT)
    if c < 0 { return nil }
    if c > 0 { return pyInt(0) }
    var overflow: Int32 = 0
    let k = PyLong_AsLongAndOverflow(kObj, &overflow)
    if overflow != 0 { setError(PyExc_OverflowError, "k must not exceed \(Int.max)"); return nil }
    return fallingProduct(n, k, divide: false)
}

private let math_prod: FastKwFn = { _, args, nargs, kwnames in
    var vals: [PyObjectRef?] = [nil]
    guard matchKeywords("prod", args, nargs, kwnames, ["start"], &vals) else { return nil }
    guard checkArgCount("prod", nargs, min: 1, max: 1) else { return nil }
    guard let it = PyObject_GetIter(arg(args, 0)) else { return nil }
    defer { Py_DECREF(it) }
    var result: PyObjectRef
    if let s = vals[0] { Py_INCREF(s); result = s } else { result = pyInt(1) }
    while let item = PyIter_Next(it) {
        let r = PyNumber_Multiply(result, item)
        Py_DECREF(item); Py_DECREF(result)
        guard let r else { return nil }
        result = r
    }
    if PyErr_Occurred() != nil { Py_DECREF(result); return nil }
    return result
}

// MARK: - module

func makeMathModule() -> PyObjectRef? {
    guard let m = PyModule_New("math") else { return nil }
    _ = PyModule_AddFunctions(m, makeMethodTable([
        .oneArg("sqrt", math_sqrt), .oneArg("exp", math_exp), .oneArg("exp2", math_exp2), .oneArg("expm1", math_expm1),
        .oneArg("cbrt", math_cbrt), .oneArg("fabs", math_fabs), .oneArg("sin", math_sin), .oneArg("cos", math_cos),
        .oneArg("tan", math_tan), .oneArg("asin", math_asin), .oneArg("acos", math_acos), .oneArg("atan", math_atan),
        .oneArg("sinh", math_sinh), .oneArg("cosh", math_cosh), .oneArg("tanh", math_tanh), .oneArg("asinh", math_asinh),
        .oneArg("acosh", math_acosh), .oneArg("atanh", math_atanh), .oneArg("erf", math_erf), .oneArg("erfc", math_erfc),
        .oneArg("gamma", math_gamma), .oneArg("lgamma", math_lgamma), .oneArg("log1p", math_log1p),
        .oneArg("degrees", math_degrees), .oneArg("radians", math_radians), .oneArg("isfinite", math_isfinite),
        .oneArg("isinf", math_isinf), .oneArg("isnan", math_isnan), .oneArg("floor", math_floor), .oneArg("ceil", math_ceil),
        .oneArg("trunc", math_trunc), .fast("copysign", math_copysign), .fast("atan2", math_atan2), .fast("fmod", math_fmod),
        .fast("remainder", math_remainder), .fast("pow", math_pow), .fast("nextafter", math_nextafter), .oneArg("ulp", math_ulp),
        .fast("ldexp", math_ldexp), .oneArg("frexp", math_frexp), .oneArg("modf", math_modf), .fast("log", math_log),
        .oneArg("log2", math_log2), .oneArg("log10", math_log10), .oneArg("fsum", math_fsum), .fast("hypot", math_hypot), .fast("_c_hypot", math_c_hypot),
        .fast("dist", math_dist), .fastKw("isclose", math_isclose), .oneArg("factorial", math_factorial),
        .fast("gcd", math_gcd), .fast("lcm", math_lcm), .oneArg("isqrt", math_isqrt), .fast("comb", math_comb),
        .fast("perm", math_perm), .fastKw("prod", math_prod),
    ]))
    let d = PyModule_GetDict(m)!
    for (name, v) in [("pi", Double.pi), ("e", M_E), ("tau", 2 * Double.pi), ("inf", Double.infinity), ("nan", Double.nan)] {
        let f = pyFloat(v)
        _ = PyDict_SetItemString(d, name, f)
        Py_DECREF(f)
    }
    if let doc = pyStr("This module provides access to the mathematical functions\ndefined by the C standard.") {
        _ = PyDict_SetItemString(d, "__doc__", doc)
        Py_DECREF(doc)
    }
    return m
}
