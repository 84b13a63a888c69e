// float(): constructor and conversion of arbitrary objects; float methods and attributes;
// rounding; the PyFloat_* C API; PyFloat_Type set-up.
import CPython
import BigInt
import Glibc

/// float(o) (CPython 3.11's PyNumber_Float).
public func floatFromObject(_ o: PyObjectRef) -> PyObjectRef? {
    if isExactFloat(o) { return newRef(o) }
    let t = o.type
    if let nb = t.pointee.tp_as_number, let f = nb.pointee.nb_float {
        guard let r = f(o) else { return nil }
        if isExactFloat(r) { return r }
        if !isFloat(r) {
            setError(PyExc_TypeError, "\(numTypeName(o)).__float__ returned non-float (type \(numTypeName(r)))")
            Py_DECREF(r); return nil
        }
        if PyErr_WarnEx(PyExc_DeprecationWarning, "\(numTypeName(o)).__float__ returned non-float (type \(numTypeName(r))).  The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python.", 1) < 0 {
            Py_DECREF(r); return nil
        }
        let v = floatValue(r); Py_DECREF(r)
        return pyFloat(v)
    }
    if let nb = t.pointee.tp_as_number, nb.pointee.nb_index != nil {
        guard let r = PyNumber_Index(o) else { return nil }
        defer { Py_DECREF(r) }
        guard let d = longToDouble(r) else { return nil }
        return pyFloat(d)
    }
    if isFloat(o) { return pyFloat(floatValue(o)) }
    return floatFromStringObject(o)
}

/// The double value of any object (float, __float__, __index__). nil = error set.
func asDouble(_ o: PyObjectRef) -> Double? {
    if isFloat(o) { return floatValue(o) }
    let t = o.type
    if let nb = t.pointee.tp_as_number, let f = nb.pointee.nb_float {
        guard let r = f(o) else { return nil }
        defer { Py_DECREF(r) }
        if !isFloat(r) {
            setError(PyExc_TypeError, "\(numTypeName(o)).__float__ returned non-float (type \(numTypeName(r)))")
            return nil
        }
        if !isExactFloat(r) && PyErr_WarnEx(PyExc_DeprecationWarning, "\(numTypeName(o)).__float__ returned non-float (type \(numTypeName(r))).  The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python.", 1) < 0 {
            return nil
        }
        return floatValue(r)
    }
    if let nb = t.pointee.tp_as_number, nb.pointee.nb_index != nil {
        guard let r = PyNumber_Index(o) else { return nil }
        defer { Py_DECREF(r) }
        return longToDouble(r)
    }
    setError(PyExc_TypeError, "must be real number, not \(numTypeName(o))")
    return nil
}

@c @implementation public func PyFloat_AsDouble(_ o: UnsafeMutablePointer<PyObject>!) -> Double {
    guard let o = o else { badInternalCall(); return -1 }
    return asDouble(o) ?? -1.0
}

@c @implementation public func PyFloat_GetMax() -> Double { Double.greatestFiniteMagnitude }
@c @implementation public func PyFloat_GetMin() -> Double { Double.leastNormalMagnitude }

public func floatNew(_ type: PyTypeRef?, _ args: PyObjectRef?, _ kwargs: PyObjectRef?) -> PyObjectRef? {
    let type = type!
    if let kw = kwargs, PyDict_Size(kw) > 0 {
        PyErr_SetString(PyExc_TypeError, "float() takes no keyword arguments"); return nil
    }
    let n = args.map { PyTuple_Size($0) } ?? 0
    if n > 1 { setError(PyExc_TypeError, "float expected at most 1 argument, got \(n)"); return nil }
    let v: PyObjectRef?
    if n == 1 {
        let x = PyTuple_GetItem(args!, 0)!
        v = isStr(x) ? floatFromStringObject(x) : floatFromObject(x)
    } else {
        v = pyFloat(0.0)
    }
    guard let value = v else { return nil }
    if type == SPyType_Float() { return value }
    defer { Py_DECREF(value) }
    guard let obj = type.pointee.tp_alloc!(type, 0) else { return nil }
    obj.cast(to: PyFloatObject.self).pointee.ob_fval = floatValue(value)
    return obj
}

// MARK: rounding

/// round(x, ndigits) correctly rounded (ties to even on the exact binary value), as CPython's
/// double_round: round x * 10**n to an integer N exactly, then N * 10**-n via strtod.
func doubleRound(_ x: Double, _ n: Int) -> PyObjectRef? {
    var e: Int32 = 0
    let f = frexp(fabs(x), &e)
    let m = BigInt(scalbn(f, 53))              // exact 53-bit integer
    let e2 = Int(e) - 53
    var num = m, den = BigInt(1)
    if e2 >= 0 { num <<= e2 } else { den <<= -e2 }
    if n >= 0 { num *= BigInt(10).power(n) } else { den *= BigInt(10).power(-n) }
    var (q, r) = num.quotientAndRemainder(dividingBy: den)
    let twice = r * 2
    if twice > den || (twice == den && (q.magnitude.words.first ?? 0) & 1 == 1) { q += 1 }
    if q.isZero { return pyFloat(copysign(0.0, x)) }
    var text = (x < 0 ? "-" : "") + String(q) + "e" + String(-n)
    let d = text.withUTF8 { b -> Double in
        var c = Array(b); c.append(0)
        return c.withUnsafeBufferPointer { strtod(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), nil) }
    }
    if d.isInfinite { PyErr_SetString(PyExc_OverflowError, "rounded value too large to represent"); return nil }
    return pyFloat(d)
}

func floatRound(_ s: PyObjectRef?, _ args: UnsafePointer<PyObjectRef?>?, _ nargs: Int) -> PyObjectRef? {
    if nargs > 1 { setError(PyExc_TypeError, "__round__ expected at most 1 argument, got \(nargs)"); return nil }
    let x = floatValue(s!)
    if nargs == 0 || args![0] == pyNone {
        var rounded = x.rounded(.toNearestOrAwayFromZero)
        if fabs(x - rounded) == 0.5 { rounded = 2.0 * (x / 2.0).rounded(.toNearestOrAwayFromZero) }
        return longFromDouble(rounded)
    }
    let nd = PyNumber_AsSsize_t(args![0], nil)
    if nd == -1 && PyErr_Occurred() != nil { return nil }
    if !x.isFinite { return pyFloat(x) }
    if nd > 323 { return pyFloat(x) }
    if nd < -308 { return pyFloat(0.0 * x) }
    return doubleRound(x, nd)
}

// MARK: methods

func floatIsInteger(_ s: PyObjectRef?, _: PyObjectRef?) -> PyObjectRef? {
    let x = floatValue(s!)
    return pyBool(x.isFinite && floor(x) == x)
}

func floatAsIntegerRatio(_ s: PyObjectRef?, _: PyObjectRef?) -> PyObjectRef? {
    let x = floatValue(s!)
    if x.isInfinite { PyErr_SetString(PyExc_OverflowError, "cannot convert Infinity to integer ratio"); return nil }
    if x.isNaN { PyErr_SetString(PyExc_ValueError, "cannot convert NaN to integer ratio"); return nil }
    var e: Int32 = 0
    var fp = frexp(x, &e)
    var i = 0
    while i < 300 && fp != floor(fp) { fp *= 2.0; e -= 1; i += 1 }
    var num = BigInt(fp), den = BigInt(1)
    if e > 0 { num <<= Int(e) } else { den <<= Int(-e) }
    guard let t = PyTuple_New(2) else { return nil }
    _ = PyTuple_SetItem(t, 0, pyLong(num))
    _ = PyTuple_SetItem(t, 1, pyLong(den))
    return t
}

func floatHex(_ s: PyObjectRef?, _: PyObjectRef?) -> PyObjectRef? { pyStr(floatHexString(floatValue(s!))) }

func floatFromHex(_ cls: PyObjectRef?, _ arg: PyObjectRef?) -> PyObjectRef? {
    let arg = arg!
    guard isStr(arg) else { setError(PyExc_TypeError, "fromhex() argument must be str, not \(numTypeName(arg))"); return nil }
    let text = swiftString(arg)
    guard let d = parseHexFloat(text) else {
        PyErr_SetString(PyExc_ValueError, "invalid hexadecimal floating-point string"); return nil
    }
    if d.isInfinite && !text.lowercased().contains("inf") {
        PyErr_SetString(PyExc_OverflowError, "hexadecimal value too large to represent as a float"); return nil
    }
    let r = pyFloat(d)
    if cls! == SPyType_Float().asObject { return r }
    let out = PyObject_CallOneArg(cls!, r)
    Py_DECREF(r)
    return out
}

func floatConjugate(_ s: PyObjectRef?, _: PyObjectRef?) -> PyObjectRef? { floatFloat(s) }
func floatTruncMethod(_ s: PyObjectRef?, _: PyObjectRef?) -> PyObjectRef? { floatTrunc(s) }
func floatFloorMethod(_ s: PyObjectRef?, _: PyObjectRef?) -> PyObjectRef? { longFromDouble(floor(floatValue(s!))) }
func floatCeilMethod(_ s: PyObjectRef?, _: PyObjectRef?) -> PyObjectRef? { longFromDouble(ceil(floatValue(s!))) }

func floatGetNewArgs(_ s: PyObjectRef?, _: PyObjectRef?) -> PyObjectRef? {
    guard let t = PyTuple_New(1) else { return nil }
    _ = PyTuple_SetItem(t, 0, pyFloat(floatValue(s!)))
    return t
}

func floatGetFormat(_ cls: PyObjectRef?, _ arg: PyObjectRef?) -> PyObjectRef? {
    let arg = arg!
    guard isStr(arg) else { setError(PyExc_TypeError, "__getformat__() argument must be str, not \(numTypeName(arg))"); return nil }
    let s = swiftString(arg)
    guard s == "double" || s == "float" else {
        PyErr_SetString(PyExc_ValueError, "__getformat__() argument 1 must be 'double' or 'float'"); return nil
    }
    return pyStr("IEEE, little-endian")
}

func floatFormatMethod(_ s: PyObjectRef?, _ spec: PyObjectRef?) -> PyObjectRef? {
    guard isStr(spec!) else {
        setError(PyExc_TypeError, "__format__() argument must be str, not \(numTypeName(spec!))"); return nil
    }
    return formatFloat(s!, spec: spec!)
}

func floatGetReal(_ s: PyObjectRef?, _: UnsafeMutableRawPointer?) -> PyObjectRef? { floatFloat(s) }
func floatGetImag(_ s: PyObjectRef?, _: UnsafeMutableRawPointer?) -> PyObjectRef? { pyFloat(0.0) }


func initFloatType() {
    let t = SPyType_Float()
    let nb = UnsafeMutablePointer<PyNumberMethods>.allocate(capacity: 1)
    nb.initialize(to: PyNumberMethods())
    nb.pointee.nb_add = floatAdd
    nb.pointee.nb_subtract = floatSubtract
    nb.pointee.nb_multiply = floatMultiply
    nb.pointee.nb_remainder = floatRemainder
    nb.pointee.nb_divmod = floatDivmod
    nb.pointee.nb_power = floatPower
    nb.pointee.nb_negative = floatNegative
    nb.pointee.nb_positive = floatFloat
    nb.pointee.nb_absolute = floatAbsolute
    nb.pointee.nb_bool = floatBool
    nb.pointee.nb_int = floatTrunc
    nb.pointee.nb_float = floatFloat
    nb.pointee.nb_floor_divide = floatFloorDivide
    nb.pointee.nb_true_divide = floatTrueDivide
    t.pointee.tp_name = immortalCString("float")
    t.pointee.tp_basicsize = MemoryLayout<PyFloatObject>.size
    t.pointee.tp_itemsize = 0
    t.pointee.tp_dealloc = floatDealloc
    t.pointee.tp_repr = floatRepr
    t.pointee.tp_as_number = nb
    t.pointee.tp_hash = floatHash
    t.pointee.tp_richcompare = floatRichCompare
    t.pointee.tp_flags = UInt(Py_TPFLAGS_HAVE_VERSION_TAG) | UInt(Py_TPFLAGS_BASETYPE)
    t.pointee.tp_doc = immortalCString("Convert a string or number to a floating point number, if possible.")
    t.pointee.tp_methods = makeMethodTable([
        .noArgs("conjugate", floatConjugate, doc: "Return self, the complex conjugate of any float."),
        .noArgs("__trunc__", floatTruncMethod, doc: "Return the Integral closest to x between 0 and x."),
        .noArgs("__floor__", floatFloorMethod, doc: "Return the floor as an Integral."),
        .noArgs("__ceil__", floatCeilMethod, doc: "Return the ceiling as an Integral."),
        .fast("__round__", floatRound, doc: "Return the Integral closest to x, rounding half toward even.\n\nWhen an argument is passed, work like built-in round(x, ndigits)."),
        .noArgs("as_integer_ratio", floatAsIntegerRatio, doc: "Return integer ratio."),
        .oneArg("fromhex", floatFromHex, doc: "Create a floating-point number from a hexadecimal string.", extraFlags: METH_CLASS),
        .noArgs("hex", floatHex, doc: "Return a hexadecimal representation of a floating-point number."),
        .noArgs("is_integer", floatIsInteger, doc: "Return True if the float is an integer."),
        .noArgs("__getnewargs__", floatGetNewArgs),
        .oneArg("__getformat__", floatGetFormat, doc: "You probably don't want to use this function.", extraFlags: METH_CLASS),
        .oneArg("__format__", floatFormatMethod, doc: "Formats the float according to format_spec."),
    ])
    t.pointee.tp_getset = makeGetSetTable([
        GetSetSpec("real", get: floatGetReal, doc: "the real part of a complex number"),
        GetSetSpec("imag", get: floatGetImag, doc: "the imaginary part of a complex number"),
    ])
    t.pointee.tp_new = floatNew
    t.pointee.tp_free = PyObject_Free
}
