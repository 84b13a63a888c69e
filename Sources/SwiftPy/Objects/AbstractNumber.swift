// The number protocol (CPython's abstract.c): binary_op1 dispatch with NotImplemented and
// subclass priority, in-place forms, sequence fallbacks for + and *, ternary pow, unary ops,
// __index__ / int() / float() conversions.
import CPython

@inline(__always) func nbSlot(_ t: PyTypeRef, _ index: Int) -> binaryfunc? {
    guard let nb = t.pointee.tp_as_number else { return nil }
    return UnsafeRawPointer(nb).load(fromByteOffset: index &* 8, as: binaryfunc?.self)
}

/// CPython's binary_op1: v's slot, w's slot (first when type(w) is a subclass of type(v)),
/// NotImplemented (new ref) when neither handles it.
@inline(__always) func binaryOp1(_ v: PyObjectRef, _ w: PyObjectRef, _ index: Int) -> PyObjectRef? {
    let vt = v.type, wt = w.type
    let slotv = nbSlot(vt, index)
    var slotw: binaryfunc? = nil
    if wt != vt {
        slotw = nbSlot(wt, index)
        if fnAddress(slotw) == fnAddress(slotv) { slotw = nil }
    }
    if let sv = slotv {
        if let sw = slotw, isSubtype(wt, vt) {
            guard let x = sw(v, w) else { return nil }
            if x != pyNotImplemented { return x }
            Py_DECREF(x)
            slotw = nil
        }
        guard let x = sv(v, w) else { return nil }
        if x != pyNotImplemented { return x }
        Py_DECREF(x)
    }
    if let sw = slotw {
        guard let x = sw(v, w) else { return nil }
        if x != pyNotImplemented { return x }
        Py_DECREF(x)
    }
    return newRef(pyNotImplemented)
}

@inline(never) func binopTypeError(_ v: PyObjectRef, _ w: PyObjectRef, _ op: String) -> PyObjectRef? {
    setError(PyExc_TypeError, "unsupported operand type(s) for \(op): '\(typeName(of: v))' and '\(typeName(of: w))'")
    return nil
}

@inline(__always) func binaryOp(_ v: PyObjectRef?, _ w: PyObjectRef?, _ index: Int, _ op: String) -> PyObjectRef? {
    let v = v!, w = w!
    guard let r = binaryOp1(v, w, index) else { return nil }
    if r == pyNotImplemented {
        Py_DECREF(r)
        return binopTypeError(v, w, op)
    }
    return r
}

@c @implementation public func PyNumber_Subtract(_ v: PyObjectRef?, _ w: PyObjectRef?) -> PyObjectRef? { binaryOp(v, w, NB.subtract.rawValue, "-") }
@c @implementation public func PyNumber_Remainder(_ v: PyObjectRef?, _ w: PyObjectRef?) -> PyObjectRef? { binaryOp(v, w, NB.remainder.rawValue, "%") }
@c @implementation public func PyNumber_Divmod(_ v: PyObjectRef?, _ w: PyObjectRef?) -> PyObjectRef? { binaryOp(v, w, NB.divmod.rawValue, "divmod()") }
@c @implementation public func PyNumber_Lshift(_ v: PyObjectRef?, _ w: PyObjectRef?) -> PyObjectRef? { binaryOp(v, w, NB.lshift.rawValue, "<<") }
@c @implementation public func PyNumber_Rshift(_ v: PyObjectRef?, _ w: PyObjectRef?) -> PyObjectRef? { binaryOp(v, w, NB.rshift.rawValue, ">>") }
@c @implementation public func PyNumber_And(_ v: PyObjectRef?, _ w: PyObjectRef?) -> PyObjectRef? { binaryOp(v, w, NB.and.rawValue, "&") }
@c @implementation public func PyNumber_Xor(_ v: PyObjectRef?, _ w: PyObjectRef?) -> PyObjectRef? { binaryOp(v, w, NB.xor.rawValue, "^") }
@c @implementation public func PyNumber_Or(_ v: PyObjectRef?, _ w: PyObjectRef?) -> PyObjectRef? { binaryOp(v, w, NB.or.rawValue, "|") }
@c @implementation public func PyNumber_FloorDivide(_ v: PyObjectRef?, _ w: PyObjectRef?) -> PyObjectRef? { binaryOp(v, w, NB.floorDivide.rawValue, "//") }
@c @implementation public func PyNumber_TrueDivide(_ v: PyObjectRef?, _ w: PyObjectRef?) -> PyObjectRef? { binaryOp(v, w, NB.trueDivide.rawValue, "/") }
@c @implementation public func PyNumber_MatrixMultiply(_ v: PyObjectRef?, _ w: PyObjectRef?) -> PyObjectRef? { binaryOp(v, w, NB.matrixMultiply.rawValue, "@") }

@c @implementation public func PyNumber_Add(_ v: PyObjectRef?, _ w: PyObjectRef?) -> PyObjectRef? {
    let v = v!, w = w!
    guard let r = binaryOp1(v, w, NB.add.rawValue) else { return nil }
    if r != pyNotImplemented { return r }
    Py_DECREF(r)
    if let sq = v.type.pointee.tp_as_sequence, let concat = sq.pointee.sq_concat { return concat(v, w) }
    return binopTypeError(v, w, "+")
}

/// seq * n through sq_repeat (n must be an index).
func sequenceRepeat(_ repeatFn: ssizeargfunc, _ seq: PyObjectRef, _ n: PyObjectRef) -> PyObjectRef? {
    if PyIndex_Check(n) == 0 {
        setError(PyExc_TypeError, "can't multiply sequence by non-int of type '\(typeName(of: n))'")
        return nil
    }
    let count = PyNumber_AsSsize_t(n, PyExc_OverflowError)
    if count == -1 && errorOccurred() { return nil }
    return repeatFn(seq, count)
}

@c @implementation public func PyNumber_Multiply(_ v: PyObjectRef?, _ w: PyObjectRef?) -> PyObjectRef? {
    let v = v!, w = w!
    guard let r = binaryOp1(v, w, NB.multiply.rawValue) else { return nil }
    if r != pyNotImplemented { return r }
    Py_DECREF(r)
    if let sq = v.type.pointee.tp_as_sequence, let rep = sq.pointee.sq_repeat { return sequenceRepeat(rep, v, w) }
    if let sq = w.type.pointee.tp_as_sequence, let rep = sq.pointee.sq_repeat { return sequenceRepeat(rep, w, v) }
    return binopTypeError(v, w, "*")
}

@inline(__always) func ternarySlot(_ t: PyTypeRef, _ index: Int) -> ternaryfunc? {
    guard let nb = t.pointee.tp_as_number else { return nil }
    return UnsafeRawPointer(nb).load(fromByteOffset: index &* 8, as: ternaryfunc?.self)
}

/// pow(v, w, z) dispatch (CPython's ternary_op); z's slot is tried last.
func ternaryOp(_ v: PyObjectRef, _ w: PyObjectRef, _ z: PyObjectRef, _ index: Int, _ opName: String) -> PyObjectRef? {
    let vt = v.type, wt = w.type
    let slotv = ternarySlot(vt, index)
    var slotw: ternaryfunc? = nil
    if wt != vt {
        slotw = ternarySlot(wt, index)
        if fnAddress(slotw) == fnAddress(slotv) { slotw = nil }
    }
    if let sv = slotv {
        if let sw = slotw, isSubtype(wt, vt) {
            guard let x = sw(v, w, z) else { return nil }
            if x != pyNotImplemented { return x }
            Py_DECREF(x)
            slotw = nil
        }
        guard let x = sv(v, w, z) else { return nil }
        if x != pyNotImplemented { return x }
        Py_DECREF(x)
    }
    if let sw = slotw {
        guard let x = sw(v, w, z) else { return nil }
        if x != pyNotImplemented { return x }
        Py_DECREF(x)
    }
    if let sz = ternarySlot(z.type, index) {
        if fnAddress(sz) != fnAddress(slotv) && fnAddress(sz) != fnAddress(slotw) {
            guard let x = sz(v, w, z) else { return nil }
            if x != pyNotImplemented { return x }
            Py_DECREF(x)
        }
    }
    if z == pyNone {
        setError(PyExc_TypeError, "unsupported operand type(s) for \(opName): '\(typeName(of: v))' and '\(typeName(of: w))'")
    } else {
        setError(PyExc_TypeError, "unsupported operand type(s) for \(opName == "** or pow()" ? "pow()" : opName): '\(typeName(of: v))', '\(typeName(of: w))', '\(typeName(of: z))'")
    }
    return nil
}

@c @implementation public func PyNumber_Power(_ v: PyObjectRef?, _ w: PyObjectRef?, _ z: PyObjectRef?) -> PyObjectRef? {
    ternaryOp(v!, w!, z ?? pyNone, NB.power.rawValue, "** or pow()")
}

// MARK: - in-place

/// CPython's binary_iop1: the in-place slot of v, then binary_op1.
@inline(__always) func binaryIOp1(_ v: PyObjectRef, _ w: PyObjectRef, _ iindex: Int, _ index: Int) -> PyObjectRef? {
    if let f = nbSlot(v.type, iindex) {
        guard let x = f(v, w) else { return nil }
        if x != pyNotImplemented { return x }
        Py_DECREF(x)
    }
    return binaryOp1(v, w, index)
}

@inline(__always) func inplaceOp(_ v: PyObjectRef?, _ w: PyObjectRef?, _ iindex: Int, _ index: Int, _ op: String) -> PyObjectRef? {
    let v = v!, w = w!
    guard let r = binaryIOp1(v, w, iindex, index) else { return nil }
    if r == pyNotImplemented { Py_DECREF(r); return binopTypeError(v, w, op) }
    return r
}

@c @implementation public func PyNumber_InPlaceSubtract(_ v: PyObjectRef?, _ w: PyObjectRef?) -> PyObjectRef? { inplaceOp(v, w, NB.inplaceSubtract.rawValue, NB.subtract.rawValue, "-=") }
@c @implementation public func PyNumber_InPlaceRemainder(_ v: PyObjectRef?, _ w: PyObjectRef?) -> PyObjectRef? { inplaceOp(v, w, NB.inplaceRemainder.rawValue, NB.remainder.rawValue, "%=") }
@c @implementation public func PyNumber_InPlaceLshift(_ v: PyObjectRef?, _ w: PyObjectRef?) -> PyObjectRef? { inplaceOp(v, w, NB.inplaceLshift.rawValue, NB.lshift.rawValue, "<<=") }
@c @implementation public func PyNumber_InPlaceRshift(_ v: PyObjectRef?, _ w: PyObjectRef?) -> PyObjectRef? { inplaceOp(v, w, NB.inplaceRshift.rawValue, NB.rshift.rawValue, ">>=") }
@c @implementation public func PyNumber_InPlaceAnd(_ v: PyObjectRef?, _ w: PyObjectRef?) -> PyObjectRef? { inplaceOp(v, w, NB.inplaceAnd.rawValue, NB.and.rawValue, "&=") }
@c @implementation public func PyNumber_InPlaceXor(_ v: PyObjectRef?, _ w: PyObjectRef?) -> PyObjectRef? { inplaceOp(v, w, NB.inplaceXor.rawValue, NB.xor.rawValue, "^=") }
@c @implementation public func PyNumber_InPlaceOr(_ v: PyObjectRef?, _ w: PyObjectRef?) -> PyObjectRef? { inplaceOp(v, w, NB.inplaceOr.rawValue, NB.or.rawValue, "|=") }
@c @implementation public func PyNumber_InPlaceFloorDivide(_ v: PyObjectRef?, _ w: PyObjectRef?) -> PyObjectRef? { inplaceOp(v, w, NB.inplaceFloorDivide.rawValue, NB.floorDivide.rawValue, "//=") }
@c @implementation public func PyNumber_InPlaceTrueDivide(_ v: PyObjectRef?, _ w: PyObjectRef?) -> PyObjectRef? { inplaceOp(v, w, NB.inplaceTrueDivide.rawValue, NB.trueDivide.rawValue, "/=") }
@c @implementation public func PyNumber_InPlaceMatrixMultiply(_ v: PyObjectRef?, _ w: PyObjectRef?) -> PyObjectRef? { inplaceOp(v, w, NB.inplaceMatrixMultiply.rawValue, NB.matrixMultiply.rawValue, "@=") }

@c @implementation public func PyNumber_InPlaceAdd(_ v: PyObjectRef?, _ w: PyObjectRef?) -> PyObjectRef? {
    let v = v!, w = w!
    guard let r = binaryIOp1(v, w, NB.inplaceAdd.rawValue, NB.add.rawValue) else { return nil }
    if r != pyNotImplemented { return r }
    Py_DECREF(r)
    if let sq = v.type.pointee.tp_as_sequence {
        if let f = sq.pointee.sq_inplace_concat { return f(v, w) }
        if let f = sq.pointee.sq_concat { return f(v, w) }
    }
    return binopTypeError(v, w, "+=")
}

@c @implementation public func PyNumber_InPlaceMultiply(_ v: PyObjectRef?, _ w: PyObjectRef?) -> PyObjectRef? {
    let v = v!, w = w!
    guard let r = binaryIOp1(v, w, NB.inplaceMultiply.rawValue, NB.multiply.rawValue) else { return nil }
    if r != pyNotImplemented { return r }
    Py_DECREF(r)
    if let sq = v.type.pointee.tp_as_sequence {
        if let f = sq.pointee.sq_inplace_repeat { return sequenceRepeat(f, v, w) }
        if let f = sq.pointee.sq_repeat { return sequenceRepeat(f, v, w) }
    }
    if let sq = w.type.pointee.tp_as_sequence, let f = sq.pointee.sq_repeat { return sequenceRepeat(f, w, v) }
    return binopTypeError(v, w, "*=")
}

@c @implementation public func PyNumber_InPlacePower(_ v: PyObjectRef?, _ w: PyObjectRef?, _ z: PyObjectRef?) -> PyObjectRef? {
    let v = v!, w = w!, z = z ?? pyNone
    if let f = ternarySlot(v.type, NB.inplacePower.rawValue) {
        guard let x = f(v, w, z) else { return nil }
        if x != pyNotImplemented { return x }
        Py_DECREF(x)
    }
    return ternaryOp(v, w, z, NB.power.rawValue, "**=")
}

// MARK: - unary

@inline(__always) func unaryOp(_ o: PyObjectRef?, _ index: Int, _ message: String) -> PyObjectRef? {
    let o = o!
    if let nb = o.type.pointee.tp_as_number, let f = UnsafeRawPointer(nb).load(fromByteOffset: index * 8, as: unaryfunc?.self) {
        return f(o)
    }
    setError(PyExc_TypeError, "\(message)'\(typeName(of: o))'")
    return nil
}
@c @implementation public func PyNumber_Negative(_ o: PyObjectRef?) -> PyObjectRef? { unaryOp(o, NB.negative.rawValue, "bad operand type for unary -: ") }
@c @implementation public func PyNumber_Positive(_ o: PyObjectRef?) -> PyObjectRef? { unaryOp(o, NB.positive.rawValue, "bad operand type for unary +: ") }
@c @implementation public func PyNumber_Invert(_ o: PyObjectRef?) -> PyObjectRef? { unaryOp(o, NB.invert.rawValue, "bad operand type for unary ~: ") }
@c @implementation public func PyNumber_Absolute(_ o: PyObjectRef?) -> PyObjectRef? { unaryOp(o, NB.absolute.rawValue, "bad operand type for abs(): ") }

// MARK: - conversions

@c @implementation public func PyNumber_Check(_ o: PyObjectRef?) -> Int32 {
    guard let o = o else { return 0 }
    if let nb = o.type.pointee.tp_as_number, nb.pointee.nb_index != nil || nb.pointee.nb_int != nil || nb.pointee.nb_float != nil { return 1 }
    return typeCheck(o, SPyType_Complex()) ? 1 : 0
}

@c @implementation public func PyIndex_Check(_ o: PyObjectRef?) -> Int32 {
    guard let o = o, let nb = o.type.pointee.tp_as_number else { return 0 }
    return nb.pointee.nb_index != nil ? 1 : 0
}

/// An exact int from an int subclass instance (int's own nb_positive returns an exact int).
func exactIntCopy(_ o: PyObjectRef) -> PyObjectRef? {
    if let nb = SPyType_Long().pointee.tp_as_number, let pos = nb.pointee.nb_positive { return pos(o) }
    return newRef(o)
}

/// __index__ result (an int, possibly a subclass instance) — CPython's _PyNumber_Index.
func numberIndex(_ item: PyObjectRef) -> PyObjectRef? {
    if isLongObject(item) { return newRef(item) }
    guard let nb = item.type.pointee.tp_as_number, let f = nb.pointee.nb_index else {
        setError(PyExc_TypeError, "'\(typeName(of: item))' object cannot be interpreted as an integer")
        return nil
    }
    guard let r = f(item) else { return nil }
    if r.pointee.ob_type == SPyType_Long() { return r }
    if !isLongObject(r) {
        setError(PyExc_TypeError, "__index__ returned non-int (type \(typeName(of: r)))")
        Py_DECREF(r)
        return nil
    }
    if PyErr_WarnEx(PyExc_DeprecationWarning, "__index__ returned non-int (type \(typeName(of: r))).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.", 1) < 0 {
        Py_DECREF(r)
        return nil
    }
    return r
}

@c @implementation public func PyNumber_Index(_ o: PyObjectRef?) -> PyObjectRef? {
    guard let r = numberIndex(o!) else { return nil }
    if r.pointee.ob_type == SPyType_Long() { return r }
    let c = exactIntCopy(r)
    Py_DECREF(r)
    return c
}

@c @implementation public func PyNumber_AsSsize_t(_ item: PyObjectRef?, _ err: PyObjectRef?) -> Int {
    guard let value = numberIndex(item!) else { return -1 }
    defer { Py_DECREF(value) }
    let r = PyLong_AsSsize_t(value)
    if r != -1 || !errorOccurred() { return r }
    if !errorMatches(PyExc_OverflowError) { return -1 }
    PyErr_Clear()
    guard let err = err else { return _PyLong_Sign(value) < 0 ? Int.min : Int.max }
    setError(err, "cannot fit '\(typeName(of: item!))' into an index-sized integer")
    return -1
}

@c @implementation public func PyNumber_Long(_ o: PyObjectRef?) -> PyObjectRef? {
    let o = o!
    if o.pointee.ob_type == SPyType_Long() { return newRef(o) }
    let nb = o.type.pointee.tp_as_number
    if let f = nb?.pointee.nb_int {
        guard let r = f(o) else { return nil }
        if r.pointee.ob_type == SPyType_Long() { return r }
        if !isLongObject(r) {
            setError(PyExc_TypeError, "__int__ returned non-int (type \(typeName(of: r)))")
            Py_DECREF(r)
            return nil
        }
        if PyErr_WarnEx(PyExc_DeprecationWarning, "__int__ returned non-int (type \(typeName(of: r))).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.", 1) < 0 {
            Py_DECREF(r)
            return nil
        }
        let c = exactIntCopy(r)
        Py_DECREF(r)
        return c
    }
    if nb?.pointee.nb_index != nil { return PyNumber_Index(o) }
    if let trunc = lookupSpecial(o, pyName(.__trunc__)) {
        defer { Py_DECREF(trunc) }
        if PyErr_WarnEx(PyExc_DeprecationWarning, "The delegation of int() to __trunc__ is deprecated.", 1) < 0 { return nil }
        guard let r = PyObject_CallNoArgs(trunc) else { return nil }
        if r.pointee.ob_type == SPyType_Long() { return r }
        if isLongObject(r) { let c = exactIntCopy(r); Py_DECREF(r); return c }
        if PyIndex_Check(r) == 0 {
            setError(PyExc_TypeError, "__trunc__ returned non-Integral (type \(typeName(of: r)))")
            Py_DECREF(r)
            return nil
        }
        let i = PyNumber_Index(r)
        Py_DECREF(r)
        return i
    }
    if errorOccurred() { return nil }
    if isStrObject(o) { return PyLong_FromUnicodeObject(o, 10) }
    let flags = o.type.pointee.tp_flags
    if flags & UInt(Py_TPFLAGS_BYTES_SUBCLASS) != 0 || typeCheck(o, SPyType_ByteArray()) {
        let isBytes = flags & UInt(Py_TPFLAGS_BYTES_SUBCLASS) != 0
        let size = isBytes ? PyBytes_Size(o) : PyByteArray_Size(o)
        guard let data = isBytes ? PyBytes_AsString(o) : PyByteArray_AsString(o) else { return nil }
        var buf = [CChar](repeating: 0, count: size + 1)
        for i in 0..<size { buf[i] = data[i] }
        var end: UnsafeMutablePointer<CChar>? = nil
        let r = buf.withUnsafeMutableBufferPointer { b -> PyObjectRef? in
            let res = PyLong_FromString(b.baseAddress, &end, 10)
            if let e = end, res != nil, e - b.baseAddress! != size {
                Py_DECREF(res!)
                return nil
            }
            return res
        }
        if r == nil {
            if errorOccurred() && !errorMatches(PyExc_ValueError) { return nil }
            PyErr_Clear()
            setError(PyExc_ValueError, "invalid literal for int() with base 10: \(reprString(o))")
        }
        return r
    }
    setError(PyExc_TypeError, "int() argument must be a string, a bytes-like object or a real number, not '\(typeName(of: o))'")
    return nil
}

@c @implementation public func PyNumber_Float(_ o: PyObjectRef?) -> PyObjectRef? {
    let o = o!
    if o.pointee.ob_type == SPyType_Float() { return newRef(o) }
    let nb = o.type.pointee.tp_as_number
    if let f = nb?.pointee.nb_float {
        guard let r = f(o) else { return nil }
        if r.pointee.ob_type == SPyType_Float() { return r }
        if !typeCheck(r, SPyType_Float()) {
            setError(PyExc_TypeError, "\(typeName(of: o)).__float__ returned non-float (type \(typeName(of: r)))")
            Py_DECREF(r)
            return nil
        }
        if PyErr_WarnEx(PyExc_DeprecationWarning, "\(typeName(of: o)).__float__ returned non-float (type \(typeName(of: r))).  The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python.", 1) < 0 {
            Py_DECREF(r)
            return nil
        }
        let v = r.cast(to: PyFloatObject.self).pointee.ob_fval
        Py_DECREF(r)
        return PyFloat_FromDouble(v)
    }
    if nb?.pointee.nb_index != nil {
        guard let i = numberIndex(o) else { return nil }
        let v = PyLong_AsDouble(i)
        Py_DECREF(i)
        if v == -1 && errorOccurred() { return nil }
        return PyFloat_FromDouble(v)
    }
    if typeCheck(o, SPyType_Float()) { return PyFloat_FromDouble(o.cast(to: PyFloatObject.self).pointee.ob_fval) }
    return PyFloat_FromString(o)
}

// PyNumber_ToBase lives with int (Objects/LongRepr.swift).
