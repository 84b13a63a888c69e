// int(): the constructor and conversion of arbitrary objects; int methods and attributes; the
// PyLong_Type set-up.
import CPython
import BigInt

// MARK: argument parsing for the few keyword-taking number methods (not hot)

/// Parses fastcall arguments into `names.count` slots. nil = TypeError set.
func numParseFastArgs(_ args: UnsafePointer<PyObjectRef?>?, _ nargs: Int, _ kwnames: PyObjectRef?, fname: String,
                      names: [String], maxPositional: Int, required: Int = 0) -> [PyObjectRef?]? {
    var out = [PyObjectRef?](repeating: nil, count: names.count)
    if nargs > maxPositional {
        setError(PyExc_TypeError, "\(fname)() takes at most \(maxPositional) positional argument\(maxPositional == 1 ? "" : "s") (\(nargs) given)")
        return nil
    }
    for i in 0..<nargs { out[i] = args![i] }
    if let kw = kwnames {
        let nk = PyTuple_Size(kw)
        for k in 0..<nk {
            let name = swiftString(PyTuple_GetItem(kw, k)!)
            guard let idx = names.firstIndex(of: name) else {
                setError(PyExc_TypeError, "'\(name)' is an invalid keyword argument for \(fname)()"); return nil
            }
            if idx < nargs {
                setError(PyExc_TypeError, "argument for \(fname)() given by name ('\(name)') and position (\(idx + 1))"); return nil
            }
            out[idx] = args![nargs + k]
        }
    }
    for i in 0..<required where out[i] == nil {
        setError(PyExc_TypeError, "\(fname)() missing required argument '\(names[i])' (pos \(i + 1))"); return nil
    }
    return out
}

/// Parses (args tuple, kwargs dict) into slots. nil = TypeError set.
func numParseTupleArgs(_ args: PyObjectRef?, _ kwargs: PyObjectRef?, fname: String, names: [String],
                       maxPositional: Int) -> [PyObjectRef?]? {
    var out = [PyObjectRef?](repeating: nil, count: names.count)
    let n = args.map { PyTuple_Size($0) } ?? 0
    let nkw = kwargs.map { PyDict_Size($0) } ?? 0
    if n + nkw > names.count || n > maxPositional {
        setError(PyExc_TypeError, "\(fname)() takes at most \(names.count) argument\(names.count == 1 ? "" : "s") (\(n + nkw) given)")
        return nil
    }
    for i in 0..<n { out[i] = PyTuple_GetItem(args!, i) }
    if let kw = kwargs, nkw > 0 {
        var pos = 0
        var key: PyObjectRef? = nil, value: PyObjectRef? = nil
        while PyDict_Next(kw, &pos, &key, &value) != 0 {
            let name = isStr(key!) ? swiftString(key!) : ""
            guard !name.isEmpty, let idx = names.firstIndex(of: name) else {
                setError(PyExc_TypeError, "'\(name)' is an invalid keyword argument for \(fname)()"); return nil
            }
            if idx < n {
                setError(PyExc_TypeError, "argument for \(fname)() given by name ('\(name)') and position (\(idx + 1))"); return nil
            }
            out[idx] = value
        }
    }
    return out
}

// MARK: int(x), int(x, base)

@inline(__always) func isBytes(_ o: PyObjectRef) -> Bool {
    (o.pointee.ob_type.pointee.tp_flags & UInt(Py_TPFLAGS_BYTES_SUBCLASS)) != 0
}

/// Parses the bytes of a bytes/bytearray object.
func longFromBytesLike(_ o: PyObjectRef, base: Int) -> PyObjectRef? {
    let p: UnsafeMutablePointer<CChar>?, n: Int
    if isBytes(o) { p = PyBytes_AsString(o); n = PyBytes_Size(o) } else { p = PyByteArray_AsString(o); n = PyByteArray_Size(o) }
    let raw = UnsafeRawPointer(p!).assumingMemoryBound(to: UInt8.self)
    return longFromASCII(UnsafeBufferPointer(start: raw, count: n), base: base, source: o)
}

/// int(o) for one argument (CPython 3.11's PyNumber_Long).
public func longFromObject(_ o: PyObjectRef) -> PyObjectRef? {
    if isExactInt(o) { return newRef(o) }
    let t = o.type
    if let nb = t.pointee.tp_as_number, let f = nb.pointee.nb_int {
        guard let r = f(o) else { return nil }
        if isExactInt(r) { return r }
        if !isInt(r) {
            setError(PyExc_TypeError, "__int__ returned non-int (type \(numTypeName(r)))")
            Py_DECREF(r); return nil
        }
        if PyErr_WarnEx(PyExc_DeprecationWarning, "__int__ returned non-int (type \(numTypeName(r))).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.", 1) < 0 {
            Py_DECREF(r); return nil
        }
        let c = longCopyExact(r); Py_DECREF(r); return c
    }
    if let nb = t.pointee.tp_as_number, nb.pointee.nb_index != nil {
        guard let r = PyNumber_Index(o) else { return nil }
        let c = longCopyExact(r); Py_DECREF(r); return c
    }
    if _PyType_Lookup(t, pyIntern("__trunc__")) != nil {
        if PyErr_WarnEx(PyExc_DeprecationWarning, "The delegation of int() to __trunc__ is deprecated.", 1) < 0 { return nil }
        guard let r = PyObject_CallMethodNoArgs(o, pyIntern("__trunc__")) else { return nil }
        if isInt(r) { let c = longCopyExact(r); Py_DECREF(r); return c }
        if PyIndex_Check(r) == 0 {
            setError(PyExc_TypeError, "__trunc__ returned non-Integral (type \(numTypeName(r)))")
            Py_DECREF(r); return nil
        }
        let i = PyNumber_Index(r); Py_DECREF(r)
        guard let ii = i else { return nil }
        let c = longCopyExact(ii); Py_DECREF(ii); return c
    }
    if isStr(o) { return longFromUnicode(o, base: 10) }
    if isBytes(o) || isByteArray(o) { return longFromBytesLike(o, base: 10) }
    setError(PyExc_TypeError, "int() argument must be a string, a bytes-like object or a real number, not '\(numTypeName(o))'")
    return nil
}

/// int(x, base).
func longFromObjectWithBase(_ x: PyObjectRef, _ baseObj: PyObjectRef) -> PyObjectRef? {
    let base = PyNumber_AsSsize_t(baseObj, nil)
    if base == -1 && PyErr_Occurred() != nil { return nil }
    if (base != 0 && base < 2) || base > 36 {
        PyErr_SetString(PyExc_ValueError, "int() base must be >= 2 and <= 36, or 0"); return nil
    }
    if isStr(x) { return longFromUnicode(x, base: base) }
    if isBytes(x) || isByteArray(x) { return longFromBytesLike(x, base: base) }
    PyErr_SetString(PyExc_TypeError, "int() can't convert non-string with explicit base")
    return nil
}

/// tp_new of int.
public func longNew(_ type: PyTypeRef?, _ args: PyObjectRef?, _ kwargs: PyObjectRef?) -> PyObjectRef? {
    let type = type!
    guard let a = numParseTupleArgs(args, kwargs, fname: "int", names: ["", "base"], maxPositional: 2) else { return nil }
    let value: PyObjectRef?
    if let x = a[0] {
        value = a[1] == nil ? longFromObject(x) : longFromObjectWithBase(x, a[1]!)
    } else if a[1] != nil {
        PyErr_SetString(PyExc_TypeError, "int() missing string argument"); return nil
    } else {
        value = pyInt(0)
    }
    guard let v = value else { return nil }
    if type == SPyType_Long() { return v }
    // Subtype: allocate through the subtype and copy the value in.
    defer { Py_DECREF(v) }
    guard let obj = type.pointee.tp_alloc!(type, 0) else { return nil }
    longStore(obj, longBig(v))
    return obj
}

// MARK: methods

func longConjugate(_ s: PyObjectRef?, _: PyObjectRef?) -> PyObjectRef? { longCopyExact(s!) }

func longBitLengthMethod(_ s: PyObjectRef?, _: PyObjectRef?) -> PyObjectRef? { pyInt(longBitLength(s!)) }

func longBitCount(_ s: PyObjectRef?, _: PyObjectRef?) -> PyObjectRef? {
    if let x = longSmall(s!) { return pyInt(x.magnitude.nonzeroBitCount) }
    return pyInt(longBig(s!).magnitude.words.reduce(0) { $0 + $1.nonzeroBitCount })
}

func longAsIntegerRatio(_ s: PyObjectRef?, _: PyObjectRef?) -> PyObjectRef? {
    guard let t = PyTuple_New(2) else { return nil }
    _ = PyTuple_SetItem(t, 0, longCopyExact(s!))
    _ = PyTuple_SetItem(t, 1, pyInt(1))
    return t
}

func longGetNewArgs(_ s: PyObjectRef?, _: PyObjectRef?) -> PyObjectRef? {
    guard let t = PyTuple_New(1) else { return nil }
    _ = PyTuple_SetItem(t, 0, longCopyExact(s!))
    return t
}

func longSizeOf(_ s: PyObjectRef?, _: PyObjectRef?) -> PyObjectRef? {
    let digits = max(1, (longBitLength(s!) + 29) / 30)
    return pyInt(s!.pointee.ob_type.pointee.tp_basicsize - MemoryLayout<PyLongObject>.size + 24 + 4 * digits)
}

func longRound(_ s: PyObjectRef?, _ args: UnsafePointer<PyObjectRef?>?, _ nargs: Int) -> PyObjectRef? {
    let s = s!
    if nargs > 1 { setError(PyExc_TypeError, "__round__ expected at most 1 argument, got \(nargs)"); return nil }
    if nargs == 0 { return longCopyExact(s) }
    guard let nd = PyNumber_Index(args![0]) else { return nil }
    defer { Py_DECREF(nd) }
    if longSign(nd) >= 0 { return longCopyExact(s) }
    // Round to a multiple of 10**-ndigits, ties to even.
    guard let k = longSmall(nd).map({ -$0 }), k < 100_000_000 else { return pyInt(0) }
    let v = longBig(s)
    if k > 0 && v.magnitude.bitWidth < Int(Double(k) * 3.3219280948873626) - 1 {
        return pyInt(0)   // |v| < 10**k / 2
    }
    let p = BigInt(10).power(k)
    var (q, r) = bigDivMod(v, p)
    let twice = r * 2
    if twice > p || (twice == p && (q.magnitude.words.first ?? 0) & 1 == 1) { q += 1 }
    return pyLong(q * p)
}

/// Validates byteorder; nil = error set. Returns true for little-endian.
func parseByteOrder(_ o: PyObjectRef?, fname: String) -> Bool? {
    guard let o = o else { return false }
    guard isStr(o) else {
        setError(PyExc_TypeError, "\(fname)() argument 'byteorder' must be str, not \(numTypeName(o))"); return nil
    }
    let s = swiftString(o)
    if s == "little" { return true }
    if s == "big" { return false }
    PyErr_SetString(PyExc_ValueError, "byteorder must be either 'little' or 'big'")
    return nil
}

/// `n` bytes of v in two's complement (signed) or unsigned; nil with OverflowError set.
func bigToBytes(_ v: BigInt, _ n: Int, little: Bool, signed: Bool) -> [UInt8]? {
    if !signed && v.sign == .minus && !v.isZero {
        PyErr_SetString(PyExc_OverflowError, "can't convert negative int to unsigned"); return nil
    }
    let bits = v.magnitude.bitWidth
    var fits: Bool
    if signed {
        if v.sign == .minus && !v.isZero {
            // -2^(8n-1) <= v
            let m = v.magnitude
            fits = bits < 8 * n || (bits == 8 * n && m.trailingZeroBitCount == bits - 1)
        } else { fits = bits < 8 * n }
    } else { fits = bits <= 8 * n }
    if !fits { PyErr_SetString(PyExc_OverflowError, "int too big to convert"); return nil }
    let nw = n / 8 + 2
    let w = twosComplementWords(v, nw)
    var out = [UInt8](repeating: 0, count: n)
    for i in 0..<n { out[i] = UInt8(truncatingIfNeeded: w[i / 8] >> UInt((i % 8) * 8)) }
    if !little { out.reverse() }
    return out
}

func bigFromBytes(_ p: UnsafePointer<UInt8>, _ n: Int, little: Bool, signed: Bool) -> BigInt {
    if n == 0 { return 0 }
    var words = [UInt](repeating: 0, count: (n + 7) / 8)
    for i in 0..<n {
        let b = little ? p[i] : p[n - 1 - i]
        words[i / 8] |= UInt(b) << UInt((i % 8) * 8)
    }
    var v = BigInt(sign: .plus, magnitude: BigUInt(words: words))
    let top = little ? p[n - 1] : p[0]
    if signed && top & 0x80 != 0 { v -= BigInt(1) << (8 * n) }
    return v
}

func longToBytes(_ s: PyObjectRef?, _ args: UnsafePointer<PyObjectRef?>?, _ nargs: Int, _ kw: PyObjectRef?) -> PyObjectRef? {
    guard let a = numParseFastArgs(args, nargs, kw, fname: "to_bytes", names: ["length", "byteorder", "signed"], maxPositional: 2) else { return nil }
    var length = 1
    if let l = a[0] {
        length = PyNumber_AsSsize_t(l, PyExc_OverflowError)
        if length == -1 && PyErr_Occurred() != nil { return nil }
        if length < 0 { PyErr_SetString(PyExc_ValueError, "length argument must be non-negative"); return nil }
    }
    guard let little = parseByteOrder(a[1], fname: "to_bytes") else { return nil }
    var signed = false
    if let sg = a[2] { let t = PyObject_IsTrue(sg); if t < 0 { return nil }; signed = t != 0 }
    guard let bytes = bigToBytes(longBig(s!), length, little: little, signed: signed) else { return nil }
    return bytes.withUnsafeBufferPointer {
        PyBytes_FromStringAndSize(UnsafeRawPointer($0.baseAddress ?? UnsafePointer(bitPattern: 1)!).assumingMemoryBound(to: CChar.self), length)
    }
}

func longFromBytes(_ cls: PyObjectRef?, _ args: UnsafePointer<PyObjectRef?>?, _ nargs: Int, _ kw: PyObjectRef?) -> PyObjectRef? {
    guard let a = numParseFastArgs(args, nargs, kw, fname: "from_bytes", names: ["bytes", "byteorder", "signed"], maxPositional: 2, required: 1) else { return nil }
    guard let little = parseByteOrder(a[1], fname: "from_bytes") else { return nil }
    var signed = false
    if let sg = a[2] { let t = PyObject_IsTrue(sg); if t < 0 { return nil }; signed = t != 0 }
    guard let b = PyBytes_FromObject(a[0]!) else { return nil }
    let n = PyBytes_Size(b)
    let raw = UnsafeRawPointer(PyBytes_AsString(b)!).assumingMemoryBound(to: UInt8.self)
    let v = bigFromBytes(raw, n, little: little, signed: signed)
    Py_DECREF(b)
    let r = pyLong(v)
    let cls = cls!
    if cls == SPyType_Long().asObject { return r }
    let out = PyObject_CallOneArg(cls, r)
    Py_DECREF(r)
    return out
}

func longFormatMethod(_ s: PyObjectRef?, _ spec: PyObjectRef?) -> PyObjectRef? {
    guard isStr(spec!) else {
        setError(PyExc_TypeError, "__format__() argument must be str, not \(numTypeName(spec!))"); return nil
    }
    return formatLong(s!, spec: spec!)
}

// MARK: attributes

func longGetSelf(_ s: PyObjectRef?, _: UnsafeMutableRawPointer?) -> PyObjectRef? { longCopyExact(s!) }
func longGetZero(_ s: PyObjectRef?, _: UnsafeMutableRawPointer?) -> PyObjectRef? { pyInt(0) }
func longGetOne(_ s: PyObjectRef?, _: UnsafeMutableRawPointer?) -> PyObjectRef? { pyInt(1) }

// MARK: type set-up

func initLongType() {
    makeSmallIntTable()
    let t = SPyType_Long()
    let nb = UnsafeMutablePointer<PyNumberMethods>.allocate(capacity: 1)
    nb.initialize(to: PyNumberMethods())
    nb.pointee.nb_add = longAdd
    nb.pointee.nb_subtract = longSubtract
    nb.pointee.nb_multiply = longMultiply
    nb.pointee.nb_remainder = longRemainder
    nb.pointee.nb_divmod = longDivmod
    nb.pointee.nb_power = longPower
    nb.pointee.nb_negative = longNegative
    nb.pointee.nb_positive = longPositive
    nb.pointee.nb_absolute = longAbsolute
    nb.pointee.nb_bool = longBool
    nb.pointee.nb_invert = longInvert
    nb.pointee.nb_lshift = longLshift
    nb.pointee.nb_rshift = longRshift
    nb.pointee.nb_and = longAnd
    nb.pointee.nb_xor = longXor
    nb.pointee.nb_or = longOr
    nb.pointee.nb_int = longLong
    nb.pointee.nb_float = longFloat
    nb.pointee.nb_floor_divide = longFloorDivide
    nb.pointee.nb_true_divide = longTrueDivide
    nb.pointee.nb_index = longLong
    t.pointee.tp_name = immortalCString("int")
    t.pointee.tp_basicsize = MemoryLayout<PyLongObject>.size
    t.pointee.tp_itemsize = 0
    t.pointee.tp_dealloc = longDealloc
    t.pointee.tp_repr = longRepr
    t.pointee.tp_as_number = nb
    t.pointee.tp_hash = longHash
    t.pointee.tp_richcompare = longRichCompare
    t.pointee.tp_flags = UInt(Py_TPFLAGS_HAVE_VERSION_TAG) | UInt(Py_TPFLAGS_BASETYPE) | UInt(Py_TPFLAGS_LONG_SUBCLASS)
    t.pointee.tp_doc = immortalCString("""
        int([x]) -> integer
        int(x, base=10) -> integer

        Convert a number or string to an integer, or return 0 if no arguments
        are given.  If x is a number, return x.__int__().  For floating point
        numbers, this truncates towards zero.

        If x is not a number or if base is given, then x must be a string,
        bytes, or bytearray instance representing an integer literal in the
        given base.  The literal can be preceded by '+' or '-' and be surrounded
        by whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.
        Base 0 means to interpret the base from the string as an integer literal.
        >>> int('0b100', base=0)
        4
        """)
    t.pointee.tp_methods = makeMethodTable([
        .noArgs("conjugate", longConjugate, doc: "Returns self, the complex conjugate of any int."),
        .noArgs("bit_length", longBitLengthMethod, doc: "Number of bits necessary to represent self in binary."),
        .noArgs("bit_count", longBitCount, doc: "Number of ones in the binary representation of the absolute value of self."),
        .fastKw("to_bytes", longToBytes, doc: "Return an array of bytes representing an integer."),
        .fastKw("from_bytes", longFromBytes, doc: "Return the integer represented by the given array of bytes.", extraFlags: METH_CLASS),
        .noArgs("as_integer_ratio", longAsIntegerRatio, doc: "Return integer ratio."),
        .noArgs("__trunc__", longConjugate, doc: "Truncating an Integral returns itself."),
        .noArgs("__floor__", longConjugate, doc: "Flooring an Integral returns itself."),
        .noArgs("__ceil__", longConjugate, doc: "Ceiling of an Integral returns itself."),
        .fast("__round__", longRound, doc: "Rounding an Integral returns itself.\n\nRounding with an ndigits argument also returns an integer."),
        .noArgs("__getnewargs__", longGetNewArgs),
        .oneArg("__format__", longFormatMethod, doc: "Convert to a string according to format_spec."),
        .noArgs("__sizeof__", longSizeOf, doc: "Returns size in memory, in bytes."),
    ])
    t.pointee.tp_getset = makeGetSetTable([
        GetSetSpec("real", get: longGetSelf, doc: "the real part of a complex number"),
        GetSetSpec("imag", get: longGetZero, doc: "the imaginary part of a complex number"),
        GetSetSpec("numerator", get: longGetSelf, doc: "the numerator of a rational number in lowest terms"),
        GetSetSpec("denominator", get: longGetOne, doc: "the denominator of a rational number in lowest terms"),
    ])
    t.pointee.tp_new = longNew
    t.pointee.tp_free = PyObject_Free
}

/// Fills PyLong_Type, PyBool_Type, PyFloat_Type and PyComplex_Type.
func initNumberTypes() {
    initLongType()
    initBoolType()
    initFloatType()
    initComplexType()
}
