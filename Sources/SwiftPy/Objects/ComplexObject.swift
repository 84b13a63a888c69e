// complex objects: arithmetic with int/float operands (CPython's _Py_c_* algorithms), == / !=
// only, hash, repr, complex() from numbers and strings, and the PyComplex_* C API.
import CPython
import Glibc

@inline(__always) func isComplex(_ o: PyObjectRef) -> Bool {
    o.pointee.ob_type == SPyType_Complex() || PyType_IsSubtype(o.type, SPyType_Complex()) != 0
}
@inline(__always) func complexValue(_ o: PyObjectRef) -> Py_complex { o.cast(to: PyComplexObject.self).pointee.cval }

public func pyComplex(_ re: Double, _ im: Double) -> PyObjectRef {
    guard let p = PyObject_Malloc(MemoryLayout<PyComplexObject>.size) else { fatalError("out of memory allocating complex") }
    let c = p.assumingMemoryBound(to: PyComplexObject.self)
    c.pointee.ob_base.ob_refcnt = 1
    c.pointee.ob_base.ob_type = SPyType_Complex()
    c.pointee.cval = Py_complex(real: re, imag: im)
    return p.assumingMemoryBound(to: PyObject.self)
}

func complexDealloc(_ o: PyObjectRef?) {
    let o = o!
    if o.pointee.ob_type == SPyType_Complex() { PyObject_Free(o); return }
    o.type.pointee.tp_free!(o)
}

enum ComplexOperand { case value(Py_complex), notImplemented, error }

func toComplex(_ o: PyObjectRef) -> ComplexOperand {
    if isComplex(o) { return .value(complexValue(o)) }
    if isInt(o) {
        guard let d = longToDouble(o) else { return .error }
        return .value(Py_complex(real: d, imag: 0))
    }
    if isFloat(o) { return .value(Py_complex(real: floatValue(o), imag: 0)) }
    return .notImplemented
}

/// Both operands; on failure returns the slot result (NotImplemented, or nil with error set) in `.1`.
@inline(__always) func complexPair(_ a: PyObjectRef, _ b: PyObjectRef) -> (Py_complex, Py_complex)? {
    guard case .value(let x) = toComplex(a), case .value(let y) = toComplex(b) else { return nil }
    return (x, y)
}

func complexPairFailure() -> PyObjectRef? { PyErr_Occurred() != nil ? nil : notImplemented() }

@inline(__always) func cProd(_ a: Py_complex, _ b: Py_complex) -> Py_complex {
    Py_complex(real: a.real * b.real - a.imag * b.imag, imag: a.real * b.imag + a.imag * b.real)
}

/// CPython's _Py_c_quot; sets errno = EDOM on division by zero.
func cQuot(_ a: Py_complex, _ b: Py_complex) -> Py_complex {
    let absBr = fabs(b.real), absBi = fabs(b.imag)
    if absBr >= absBi {
        if absBr == 0.0 { errno = EDOM; return Py_complex(real: 0, imag: 0) }
        let ratio = b.imag / b.real
        let denom = b.real + b.imag * ratio
        return Py_complex(real: (a.real + a.imag * ratio) / denom, imag: (a.imag - a.real * ratio) / denom)
    } else if absBi >= absBr {
        let ratio = b.real / b.imag
        let denom = b.real * ratio + b.imag
        return Py_complex(real: (a.real * ratio + a.imag) / denom, imag: (a.imag * ratio - a.real) / denom)
    }
    return Py_complex(real: .nan, imag: .nan)
}

/// CPython's _Py_c_pow.
func cPow(_ a: Py_complex, _ b: Py_complex) -> Py_complex {
    if b.real == 0 && b.imag == 0 { return Py_complex(real: 1, imag: 0) }
    if a.real == 0 && a.imag == 0 {
        if b.imag != 0 || b.real < 0 { errno = EDOM }
        return Py_complex(real: 0, imag: 0)
    }
    let vabs = hypot(a.real, a.imag)
    var len = pow(vabs, b.real)
    let at = atan2(a.imag, a.real)
    var phase = at * b.real
    if b.imag != 0 {
        len /= exp(at * b.imag)
        phase += b.imag * log(vabs)
    }
    return Py_complex(real: len * cos(phase), imag: len * sin(phase))
}

func cPowu(_ x: Py_complex, _ n: Int) -> Py_complex {
    var r = Py_complex(real: 1, imag: 0), p = x
    var mask = 1
    while mask > 0 && n >= mask {
        if n & mask != 0 { r = cProd(r, p) }
        mask <<= 1
        p = cProd(p, p)
    }
    return r
}

func cPowi(_ x: Py_complex, _ n: Int) -> Py_complex {
    if n > 0 { return cPowu(x, n) }
    return cQuot(Py_complex(real: 1, imag: 0), cPowu(x, -n))
}

public func complexAdd(_ a: PyObjectRef?, _ b: PyObjectRef?) -> PyObjectRef? {
    guard let (x, y) = complexPair(a!, b!) else { return complexPairFailure() }
    return pyComplex(x.real + y.real, x.imag + y.imag)
}

public func complexSubtract(_ a: PyObjectRef?, _ b: PyObjectRef?) -> PyObjectRef? {
    guard let (x, y) = complexPair(a!, b!) else { return complexPairFailure() }
    return pyComplex(x.real - y.real, x.imag - y.imag)
}

public func complexMultiply(_ a: PyObjectRef?, _ b: PyObjectRef?) -> PyObjectRef? {
    guard let (x, y) = complexPair(a!, b!) else { return complexPairFailure() }
    let p = cProd(x, y)
    return pyComplex(p.real, p.imag)
}

public func complexTrueDivide(_ a: PyObjectRef?, _ b: PyObjectRef?) -> PyObjectRef? {
    guard let (x, y) = complexPair(a!, b!) else { return complexPairFailure() }
    errno = 0
    let q = cQuot(x, y)
    if errno == EDOM { PyErr_SetString(PyExc_ZeroDivisionError, "complex division by zero"); return nil }
    return pyComplex(q.real, q.imag)
}

public func complexPower(_ a: PyObjectRef?, _ b: PyObjectRef?, _ c: PyObjectRef?) -> PyObjectRef? {
    guard let (x, y) = complexPair(a!, b!) else { return complexPairFailure() }
    if let c = c, c != pyNone { PyErr_SetString(PyExc_ValueError, "complex modulo"); return nil }
    errno = 0
    var p: Py_complex
    if y.imag == 0 && y.real == floor(y.real) && fabs(y.real) <= 100 {
        p = cPowi(x, Int(y.real))
    } else {
        p = cPow(x, y)
    }
    if p.real.isInfinite || p.imag.isInfinite {
        if errno == 0 { errno = ERANGE }
    } else if errno == ERANGE { errno = 0 }
    if errno == EDOM { PyErr_SetString(PyExc_ZeroDivisionError, "0.0 to a negative or complex power"); return nil }
    if errno == ERANGE { PyErr_SetString(PyExc_OverflowError, "complex exponentiation"); return nil }
    _ = p
    return pyComplex(p.real, p.imag)
}

public func complexNegative(_ a: PyObjectRef?) -> PyObjectRef? {
    let c = complexValue(a!); return pyComplex(-c.real, -c.imag)
}
public func complexPositive(_ a: PyObjectRef?) -> PyObjectRef? {
    if a!.pointee.ob_type == SPyType_Complex() { return newRef(a!) }
    let c = complexValue(a!); return pyComplex(c.real, c.imag)
}
public func complexAbsolute(_ a: PyObjectRef?) -> PyObjectRef? {
    let c = complexValue(a!)
    if c.real.isInfinite || c.imag.isInfinite { return pyFloat(.infinity) }
    if c.real.isNaN || c.imag.isNaN { return pyFloat(.nan) }
    let r = hypot(c.real, c.imag)
    if !r.isFinite { PyErr_SetString(PyExc_OverflowError, "absolute value too large"); return nil }
    return pyFloat(r)
}
public func complexBool(_ a: PyObjectRef?) -> Int32 {
    let c = complexValue(a!); return (c.real != 0 || c.imag != 0) ? 1 : 0
}

public func complexRichCompare(_ a: PyObjectRef?, _ b: PyObjectRef?, _ op: Int32) -> PyObjectRef? {
    let v = a!, w = b!
    guard op == Py_EQ || op == Py_NE, isComplex(v) else { return notImplemented() }
    let i = complexValue(v)
    let equal: Bool
    if isInt(w) {
        if i.imag == 0 {
            let j = pyFloat(i.real)
            let r = floatRichCompare(j, w, op)
            Py_DECREF(j)
            return r
        }
        equal = false
    } else if isFloat(w) {
        equal = i.real == floatValue(w) && i.imag == 0
    } else if isComplex(w) {
        let j = complexValue(w)
        equal = i.real == j.real && i.imag == j.imag
    } else {
        return notImplemented()
    }
    return pyBool(equal == (op == Py_EQ))
}

public func complexHash(_ a: PyObjectRef?) -> Int {
    let c = complexValue(a!)
    let hr = UInt(bitPattern: hashDouble(c.real, a))
    let hi = UInt(bitPattern: hashDouble(c.imag, a))
    var combined = hr &+ 1000003 &* hi
    if combined == UInt.max { combined = UInt.max - 1 }
    return Int(bitPattern: combined)
}

public func complexRepr(_ a: PyObjectRef?) -> PyObjectRef? {
    let c = complexValue(a!)
    var out: [UInt8] = []
    if c.real == 0 && c.real.sign == .plus {
        out = doubleToString(c.imag, 114, 0, 0)
        out.append(106)
    } else {
        out.append(40)
        out += doubleToString(c.real, 114, 0, 0)
        out += doubleToString(c.imag, 114, 0, Py_DTSF_SIGN)
        out.append(106)
        out.append(41)
    }
    return asciiStr(out)
}

// MARK: construction

/// Parses complex() string text (CPython's complex_from_string_inner). nil = malformed.
func parseComplexText(_ text: [UInt8]) -> (Double, Double)? {
    var s = text
    s.append(0)
    return s.withUnsafeBufferPointer { buf -> (Double, Double)? in
        let base = UnsafeRawPointer(buf.baseAddress!).assumingMemoryBound(to: CChar.self)
        let len = text.count
        var p = 0
        @inline(__always) func at(_ i: Int) -> UInt8 { UInt8(bitPattern: base[i]) }
        func strtodPrefix(_ i: Int) -> (Double, Int)? {
            var end: UnsafeMutablePointer<CChar>? = nil
            let v = PyOS_string_to_double(base + i, &end, nil)
            if v == -1.0 && PyErr_Occurred() != nil { PyErr_Clear() }
            let consumed = end.map { UnsafePointer($0) - (base + i) } ?? 0
            return consumed > 0 ? (v, consumed) : nil
        }
        var x = 0.0, y = 0.0
        while isASCIISpace(at(p)) { p += 1 }
        var gotBracket = false
        if at(p) == 40 {
            gotBracket = true; p += 1
            while isASCIISpace(at(p)) { p += 1 }
        }
        if let (z, n) = strtodPrefix(p) {
            p += n
            if at(p) == 43 || at(p) == 45 {
                x = z
                if let (w, m) = strtodPrefix(p) { y = w; p += m } else { y = at(p) == 43 ? 1.0 : -1.0; p += 1 }
                if !(at(p) == 106 || at(p) == 74) { return nil }
                p += 1
            } else if at(p) == 106 || at(p) == 74 {
                p += 1; y = z
            } else {
                x = z
            }
        } else {
            if at(p) == 43 || at(p) == 45 { y = at(p) == 43 ? 1.0 : -1.0; p += 1 } else { y = 1.0 }
            if !(at(p) == 106 || at(p) == 74) { return nil }
            p += 1
        }
        while isASCIISpace(at(p)) { p += 1 }
        if gotBracket {
            if at(p) != 41 { return nil }
            p += 1
            while isASCIISpace(at(p)) { p += 1 }
        }
        return p == len ? (x, y) : nil
    }
}

/// Removes underscores that sit between digits; nil when an underscore is misplaced.
func stripNumberUnderscores(_ b: [UInt8]) -> [UInt8]? {
    var out: [UInt8] = []
    out.reserveCapacity(b.count)
    var prev: UInt8 = 0
    for (i, c) in b.enumerated() {
        if c == 95 {
            let next = i + 1 < b.count ? b[i + 1] : 0
            if !(prev >= 48 && prev <= 57) || !(next >= 48 && next <= 57) { return nil }
        } else {
            out.append(c)
        }
        prev = c
    }
    return out
}

func complexFromDoubles(_ type: PyTypeRef, _ re: Double, _ im: Double) -> PyObjectRef? {
    if type == SPyType_Complex() { return pyComplex(re, im) }
    guard let o = type.pointee.tp_alloc!(type, 0) else { return nil }
    o.cast(to: PyComplexObject.self).pointee.cval = Py_complex(real: re, imag: im)
    return o
}

func complexFromString(_ type: PyTypeRef, _ v: PyObjectRef) -> PyObjectRef? {
    let text = numberASCII(swiftString(v))
    let stripped = text.contains(95) ? stripNumberUnderscores(text) : text
    guard let clean = stripped else {
        var shown = "?"
        if let r = PyObject_Repr(v) { shown = swiftString(r); Py_DECREF(r) } else { PyErr_Clear() }
        setError(PyExc_ValueError, "could not convert string to complex: \(shown)")
        return nil
    }
    guard let (x, y) = parseComplexText(clean) else {
        PyErr_SetString(PyExc_ValueError, "complex() arg is a malformed string"); return nil
    }
    return complexFromDoubles(type, x, y)
}

/// __complex__ of r, if it has one: .some(new ref), nil = error set, or .none(no method) via flag.
func tryComplexSpecial(_ r: PyObjectRef, _ found: inout Bool) -> PyObjectRef? {
    found = false
    guard _PyType_Lookup(r.type, pyIntern("__complex__")) != nil else { return nil }
    found = true
    guard let res = PyObject_CallMethodNoArgs(r, pyIntern("__complex__")) else { return nil }
    if !isComplex(res) {
        setError(PyExc_TypeError, "__complex__ returned non-complex (type \(numTypeName(res)))")
        Py_DECREF(res); return nil
    }
    if res.pointee.ob_type != SPyType_Complex() {
        if PyErr_WarnEx(PyExc_DeprecationWarning, "__complex__ returned non-complex (type \(numTypeName(res))).  The ability to return an instance of a strict subclass of complex is deprecated, and may be removed in a future version of Python.", 1) < 0 {
            Py_DECREF(res); return nil
        }
    }
    return res
}

@inline(__always) func hasRealSlots(_ o: PyObjectRef) -> Bool {
    guard let nb = o.type.pointee.tp_as_number else { return false }
    return isComplex(o) || nb.pointee.nb_float != nil || nb.pointee.nb_index != nil
}

public func complexNew(_ type: PyTypeRef?, _ args: PyObjectRef?, _ kwargs: PyObjectRef?) -> PyObjectRef? {
    let type = type!
    guard let a = numParseTupleArgs(args, kwargs, fname: "complex", names: ["real", "imag"], maxPositional: 2) else { return nil }
    var r = a[0] ?? pyInt(0)
    if a[0] == nil { Py_DECREF(r) }   // small ints are immortal; keep it borrowed like the arguments
    let i = a[1]
    if r.pointee.ob_type == SPyType_Complex() && i == nil && type == SPyType_Complex() { return newRef(r) }
    if isStr(r) {
        if i != nil { PyErr_SetString(PyExc_TypeError, "complex() can't take second arg if first is a string"); return nil }
        return complexFromString(type, r)
    }
    if let i = i, isStr(i) { PyErr_SetString(PyExc_TypeError, "complex() second arg can't be a string"); return nil }
    var found = false
    let special = tryComplexSpecial(r, &found)
    if found && special == nil { return nil }
    if let s = special { r = s }
    defer { if let s = special { Py_DECREF(s) } }
    if !hasRealSlots(r) {
        setError(PyExc_TypeError, "complex() first argument must be a string or a number, not '\(numTypeName(r))'"); return nil
    }
    if let i = i, !hasRealSlots(i) {
        setError(PyExc_TypeError, "complex() second argument must be a number, not '\(numTypeName(i))'"); return nil
    }
    var cr = Py_complex(real: 0, imag: 0), ci = Py_complex(real: 0, imag: 0)
    var crIsComplex = false, ciIsComplex = false
    if isComplex(r) {
        cr = complexValue(r); crIsComplex = true
    } else {
        guard let d = asDoubleFloat(r) else { return nil }
        cr.real = d
    }
    if let i = i {
        if isComplex(i) {
            ci = complexValue(i); ciIsComplex = true
        } else {
            guard let d = asDoubleFloat(i) else { return nil }
            ci.real = d
        }
    } else {
        ci.real = cr.imag
    }
    if ciIsComplex { cr.real -= ci.imag }
    if crIsComplex && i != nil { ci.real += cr.imag }
    return complexFromDoubles(type, cr.real, ci.real)
}

/// PyNumber_Float(o) as a double.
func asDoubleFloat(_ o: PyObjectRef) -> Double? {
    guard let f = floatFromObject(o) else { return nil }
    let d = floatValue(f)
    Py_DECREF(f)
    return d
}

// MARK: methods

func complexConjugate(_ s: PyObjectRef?, _: PyObjectRef?) -> PyObjectRef? {
    let c = complexValue(s!); return pyComplex(c.real, -c.imag)
}
func complexGetNewArgs(_ s: PyObjectRef?, _: PyObjectRef?) -> PyObjectRef? {
    let c = complexValue(s!)
    guard let t = PyTuple_New(2) else { return nil }
    _ = PyTuple_SetItem(t, 0, pyFloat(c.real))
    _ = PyTuple_SetItem(t, 1, pyFloat(c.imag))
    return t
}
func complexComplexMethod(_ s: PyObjectRef?, _: PyObjectRef?) -> PyObjectRef? { complexPositive(s) }
func complexFormatMethod(_ s: PyObjectRef?, _ spec: PyObjectRef?) -> PyObjectRef? {
    guard isStr(spec!) else {
        setError(PyExc_TypeError, "__format__() argument must be str, not \(numTypeName(spec!))"); return nil
    }
    return formatComplex(s!, spec: spec!)
}
func complexGetReal(_ s: PyObjectRef?, _: UnsafeMutableRawPointer?) -> PyObjectRef? { pyFloat(complexValue(s!).real) }
func complexGetImag(_ s: PyObjectRef?, _: UnsafeMutableRawPointer?) -> PyObjectRef? { pyFloat(complexValue(s!).imag) }

// MARK: C API

@c @implementation public func PyComplex_FromCComplex(_ c: Py_complex) -> UnsafeMutablePointer<PyObject>! { pyComplex(c.real, c.imag) }
@c @implementation public func PyComplex_FromDoubles(_ re: Double, _ im: Double) -> UnsafeMutablePointer<PyObject>! { pyComplex(re, im) }

@c @implementation public func PyComplex_RealAsDouble(_ o: UnsafeMutablePointer<PyObject>!) -> Double {
    if isComplex(o) { return complexValue(o).real }
    return PyFloat_AsDouble(o)
}

@c @implementation public func PyComplex_ImagAsDouble(_ o: UnsafeMutablePointer<PyObject>!) -> Double {
    if isComplex(o) { return complexValue(o).imag }
    return 0.0
}

@c @implementation public func PyComplex_AsCComplex(_ o: UnsafeMutablePointer<PyObject>!) -> Py_complex {
    let err = Py_complex(real: -1, imag: 0)
    guard let o = o else { badInternalCall(); return err }
    if isComplex(o) { return complexValue(o) }
    var found = false
    if let s = tryComplexSpecial(o, &found) { let c = complexValue(s); Py_DECREF(s); return c }
    if found { return err }
    guard let d = asDouble(o) else { return err }
    return Py_complex(real: d, imag: 0)
}

func initComplexType() {
    let t = SPyType_Complex()
    let nb = UnsafeMutablePointer<PyNumberMethods>.allocate(capacity: 1)
    nb.initialize(to: PyNumberMethods())
    nb.pointee.nb_add = complexAdd
    nb.pointee.nb_subtract = complexSubtract
    nb.pointee.nb_multiply = complexMultiply
    nb.pointee.nb_power = complexPower
    nb.pointee.nb_negative = complexNegative
    nb.pointee.nb_positive = complexPositive
    nb.pointee.nb_absolute = complexAbsolute
    nb.pointee.nb_bool = complexBool
    nb.pointee.nb_true_divide = complexTrueDivide
    t.pointee.tp_name = immortalCString("complex")
    t.pointee.tp_basicsize = MemoryLayout<PyComplexObject>.size
    t.pointee.tp_itemsize = 0
    t.pointee.tp_dealloc = complexDealloc
    t.pointee.tp_repr = complexRepr
    t.pointee.tp_as_number = nb
    t.pointee.tp_hash = complexHash
    t.pointee.tp_richcompare = complexRichCompare
    t.pointee.tp_flags = UInt(Py_TPFLAGS_HAVE_VERSION_TAG) | UInt(Py_TPFLAGS_BASETYPE)
    t.pointee.tp_doc = immortalCString("Create a complex number from a real part and an optional imaginary part.\n\nThis is equivalent to (real + imag*1j) where imag defaults to 0.")
    t.pointee.tp_methods = makeMethodTable([
        .noArgs("conjugate", complexConjugate, doc: "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j."),
        .noArgs("__getnewargs__", complexGetNewArgs),
        .oneArg("__format__", complexFormatMethod, doc: "Convert to a string according to format_spec."),
        .noArgs("__complex__", complexComplexMethod, doc: "Convert this value to exact type complex."),
    ])
    t.pointee.tp_getset = makeGetSetTable([
        GetSetSpec("real", get: complexGetReal, doc: "the real part of a complex number"),
        GetSetSpec("imag", get: complexGetImag, doc: "the imaginary part of a complex number"),
    ])
    t.pointee.tp_new = complexNew
    t.pointee.tp_free = PyObject_Free
}
