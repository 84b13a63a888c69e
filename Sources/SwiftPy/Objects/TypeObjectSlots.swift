// slot_* functions: the C slots of classes defined in Python. Each looks up the dunder on the
// instance's type (method cache) and calls it; functions (METHOD_DESCRIPTOR types) are called
// unbound with self prepended, so no bound method is created.
import CPython

let vectorcallArgumentsOffset = Int(bitPattern: UInt(1) << 63)
@inline(__always) func vectorcallNargs(_ n: Int) -> Int { n & Int.max }

/// New reference to `name` looked up on type(self), bound unless `unbound` (then call with self
/// first). nil without an error when absent; nil with an error when binding failed.
@inline(__always) func lookupMaybeMethod(_ self_: PyObjectRef, _ name: PyObjectRef, _ unbound: inout Bool) -> PyObjectRef? {
    guard let res = typeLookup(self_.type, name) else { unbound = false; return nil }
    if res.type.pointee.tp_flags & UInt(Py_TPFLAGS_METHOD_DESCRIPTOR) != 0 {
        unbound = true
        return newRef(res)
    }
    unbound = false
    if let f = res.type.pointee.tp_descr_get { return f(res, self_, self_.type.asObject) }
    return newRef(res)
}

/// Calls `f` (from lookupMaybeMethod) with up to two arguments after self.
@inline(__always) func callLooked(_ f: PyObjectRef, _ unbound: Bool, _ self_: PyObjectRef, _ a: PyObjectRef?, _ b: PyObjectRef?, _ n: Int) -> PyObjectRef? {
    var buf: (PyObjectRef?, PyObjectRef?, PyObjectRef?, PyObjectRef?) = (nil, self_, a, b)
    return withUnsafeMutablePointer(to: &buf) { tp -> PyObjectRef? in
        let p = UnsafeMutableRawPointer(tp).assumingMemoryBound(to: PyObjectRef?.self)
        if unbound { return PyObject_Vectorcall(f, p + 1, (n + 1) | vectorcallArgumentsOffset, nil) }
        return PyObject_Vectorcall(f, p + 2, n | vectorcallArgumentsOffset, nil)
    }
}

/// self.name(args...) through the type; AttributeError(name) when absent (CPython's vectorcall_method).
@inline(__always) func callSpecial(_ self_: PyObjectRef, _ name: StaticName, _ a: PyObjectRef? = nil, _ b: PyObjectRef? = nil, nargs: Int) -> PyObjectRef? {
    var unbound = false
    let nameObj = pyName(name)
    guard let f = lookupMaybeMethod(self_, nameObj, &unbound) else {
        if !errorOccurred() { PyErr_SetObject(PyExc_AttributeError, nameObj) }
        return nil
    }
    let r = callLooked(f, unbound, self_, a, b, nargs)
    Py_DECREF(f)
    return r
}

/// Like callSpecial but NotImplemented when absent (CPython's vectorcall_maybe).
@inline(__always) func callSpecialMaybe(_ self_: PyObjectRef, _ name: StaticName, _ a: PyObjectRef?, nargs: Int) -> PyObjectRef? {
    var unbound = false
    guard let f = lookupMaybeMethod(self_, pyName(name), &unbound) else {
        if errorOccurred() { return nil }
        return newRef(pyNotImplemented)
    }
    let r = callLooked(f, unbound, self_, a, nil, nargs)
    Py_DECREF(f)
    return r
}

// MARK: - type slots

func slotTpRepr(_ s: PyObjectRef?) -> PyObjectRef? {
    let s = s!
    var unbound = false
    if let f = lookupMaybeMethod(s, pyName(.__repr__), &unbound) {
        let r = callLooked(f, unbound, s, nil, nil, 0)
        Py_DECREF(f)
        return r
    }
    if errorOccurred() { return nil }
    return pyStr("<\(typeName(of: s)) object at \(pointerString(s))>")
}

func slotTpStr(_ s: PyObjectRef?) -> PyObjectRef? { callSpecial(s!, .__str__, nargs: 0) }

func slotTpHash(_ s: PyObjectRef?) -> Int {
    let s = s!
    var unbound = false
    let f = lookupMaybeMethod(s, pyName(.__hash__), &unbound)
    if f == nil && errorOccurred() { return -1 }
    guard let fn = f, fn != pyNone else {
        xdecref(f)
        return PyObject_HashNotImplemented(s)
    }
    let res = callLooked(fn, unbound, s, nil, nil, 0)
    Py_DECREF(fn)
    guard let r = res else { return -1 }
    defer { Py_DECREF(r) }
    if !isLongObject(r) {
        setError(PyExc_TypeError, "__hash__ method should return an integer")
        return -1
    }
    var h = PyLong_AsSsize_t(r)
    if h == -1 && errorOccurred() {
        PyErr_Clear()
        h = SPyType_Long().pointee.tp_hash!(r)
        if h == -1 && errorOccurred() { return -1 }
    }
    return h == -1 ? -2 : h
}

/// f(self, *args, **kwds) without building a bound method.
func callPrependingSelf(_ f: PyObjectRef, _ self_: PyObjectRef, _ args: PyObjectRef?, _ kwds: PyObjectRef?) -> PyObjectRef? {
    let n = args.map { varSizeOf($0) } ?? 0
    return withUnsafeTemporaryAllocation(of: PyObjectRef?.self, capacity: n + 2) { buf -> PyObjectRef? in
        let p = buf.baseAddress!
        p[0] = nil
        p[1] = self_
        if n > 0 { (p + 2).update(from: tupleItemsOf(args!), count: n) }
        if let k = kwds, PyDict_Size(k) > 0 {
            return PyObject_VectorcallDict(f, p + 1, (n + 1) | vectorcallArgumentsOffset, k)
        }
        return PyObject_Vectorcall(f, p + 1, (n + 1) | vectorcallArgumentsOffset, nil)
    }
}

func slotTpCall(_ s: PyObjectRef?, _ args: PyObjectRef?, _ kwds: PyObjectRef?) -> PyObjectRef? {
    let s = s!
    var unbound = false
    guard let f = lookupMaybeMethod(s, pyName(.__call__), &unbound) else {
        if !errorOccurred() { setError(PyExc_TypeError, "'\(typeName(of: s))' object is not callable") }
        return nil
    }
    defer { Py_DECREF(f) }
    if unbound { return callPrependingSelf(f, s, args, kwds) }
    return PyObject_Call(f, args, kwds)
}

/// Calls a __getattribute__/__getattr__ found on the type with (self, name).
func callAttribute(_ s: PyObjectRef, _ attr: PyObjectRef, _ name: PyObjectRef) -> PyObjectRef? {
    if typeHasFlag(attr.type, UInt(Py_TPFLAGS_METHOD_DESCRIPTOR)) {
        var args: (PyObjectRef?, PyObjectRef?) = (s, name)
        return withUnsafePointer(to: &args) {
            PyObject_Vectorcall(attr, UnsafeRawPointer($0).assumingMemoryBound(to: PyObjectRef?.self), 2, nil)
        }
    }
    var bound: PyObjectRef? = nil
    var target = attr
    if let f = attr.type.pointee.tp_descr_get {
        guard let b = f(attr, s, s.type.asObject) else { return nil }
        bound = b; target = b
    }
    let r = PyObject_CallOneArg(target, name)
    xdecref(bound)
    return r
}

func slotTpGetattro(_ s: PyObjectRef?, _ name: PyObjectRef?) -> PyObjectRef? {
    callSpecial(s!, .__getattribute__, name, nargs: 1)
}

/// tp_getattro of classes: __getattribute__ (the generic one directly when inherited from object),
/// then __getattr__ on AttributeError. Classes without __getattr__ switch to slotTpGetattro.
func slotTpGetattrHook(_ s: PyObjectRef?, _ name: PyObjectRef?) -> PyObjectRef? {
    let s = s!, name = name!
    let tp = s.type
    guard let getattr = typeLookup(tp, pyName(.__getattr__)) else {
        tp.pointee.tp_getattro = slotTpGetattro
        return slotTpGetattro(s, name)
    }
    Py_INCREF(getattr)
    defer { Py_DECREF(getattr) }
    var res: PyObjectRef?
    let getattribute = typeLookup(tp, pyName(.__getattribute__))
    if getattribute == nil || (getattribute!.pointee.ob_type == SPyType_WrapperDescr()
        && getattribute!.cast(to: PyWrapperDescrObject.self).pointee.d_wrapped.map({ UnsafeRawPointer($0) }) == cfp(PyObject_GenericGetAttr as getattrofunc)) {
        res = PyObject_GenericGetAttr(s, name)
    } else {
        Py_INCREF(getattribute!)
        res = callAttribute(s, getattribute!, name)
        Py_DECREF(getattribute!)
    }
    if res == nil && errorMatches(PyExc_AttributeError) {
        PyErr_Clear()
        res = callAttribute(s, getattr, name)
    }
    return res
}

func slotTpSetattro(_ s: PyObjectRef?, _ name: PyObjectRef?, _ value: PyObjectRef?) -> Int32 {
    let r = value == nil ? callSpecial(s!, .__delattr__, name, nargs: 1)
                         : callSpecial(s!, .__setattr__, name, value, nargs: 2)
    guard let res = r else { return -1 }
    Py_DECREF(res)
    return 0
}

let richcompareNames: [StaticName] = [.__lt__, .__le__, .__eq__, .__ne__, .__gt__, .__ge__]

func slotTpRichcompare(_ s: PyObjectRef?, _ other: PyObjectRef?, _ op: Int32) -> PyObjectRef? {
    let s = s!
    var unbound = false
    guard let f = lookupMaybeMethod(s, pyName(richcompareNames[Int(op)]), &unbound) else {
        PyErr_Clear()
        return newRef(pyNotImplemented)
    }
    let r = callLooked(f, unbound, s, other, nil, 1)
    Py_DECREF(f)
    return r
}

func slotTpIter(_ s: PyObjectRef?) -> PyObjectRef? {
    let s = s!
    var unbound = false
    let f = lookupMaybeMethod(s, pyName(.__iter__), &unbound)
    if let fn = f, fn == pyNone {
        Py_DECREF(fn)
        setError(PyExc_TypeError, "'\(typeName(of: s))' object is not iterable")
        return nil
    }
    if let fn = f {
        let r = callLooked(fn, unbound, s, nil, nil, 0)
        Py_DECREF(fn)
        return r
    }
    if errorOccurred() { return nil }
    if let g = lookupMaybeMethod(s, pyName(.__getitem__), &unbound) {
        Py_DECREF(g)
        return PySeqIter_New(s)
    }
    if errorOccurred() { return nil }
    setError(PyExc_TypeError, "'\(typeName(of: s))' object is not iterable")
    return nil
}

func slotTpIternext(_ s: PyObjectRef?) -> PyObjectRef? { callSpecial(s!, .__next__, nargs: 0) }

func slotTpDescrGet(_ s: PyObjectRef?, _ obj: PyObjectRef?, _ type: PyObjectRef?) -> PyObjectRef? {
    let s = s!
    let tp = s.type
    guard let get = typeLookup(tp, pyName(.__get__)) else {
        if fnAddress(tp.pointee.tp_descr_get) == cfp(slotTpDescrGet as descrgetfunc) { tp.pointee.tp_descr_get = nil }
        return newRef(s)
    }
    var args: (PyObjectRef?, PyObjectRef?, PyObjectRef?) = (s, obj ?? pyNone, type ?? pyNone)
    Py_INCREF(get)
    defer { Py_DECREF(get) }
    return withUnsafePointer(to: &args) {
        PyObject_Vectorcall(get, UnsafeRawPointer($0).assumingMemoryBound(to: PyObjectRef?.self), 3, nil)
    }
}

func slotTpDescrSet(_ s: PyObjectRef?, _ target: PyObjectRef?, _ value: PyObjectRef?) -> Int32 {
    let r = value == nil ? callSpecial(s!, .__delete__, target, nargs: 1)
                         : callSpecial(s!, .__set__, target, value, nargs: 2)
    guard let res = r else { return -1 }
    Py_DECREF(res)
    return 0
}

func slotTpInit(_ s: PyObjectRef?, _ args: PyObjectRef?, _ kwds: PyObjectRef?) -> Int32 {
    let s = s!
    var unbound = false
    guard let f = lookupMaybeMethod(s, pyName(.__init__), &unbound) else {
        if !errorOccurred() { PyErr_SetObject(PyExc_AttributeError, pyName(.__init__)) }
        return -1
    }
    let res = unbound ? callPrependingSelf(f, s, args, kwds) : PyObject_Call(f, args, kwds)
    Py_DECREF(f)
    guard let r = res else { return -1 }
    if r != pyNone {
        setError(PyExc_TypeError, "__init__() should return None, not '\(typeName(of: r))'")
        Py_DECREF(r)
        return -1
    }
    Py_DECREF(r)
    return 0
}

func slotTpNew(_ type: PyTypeRef?, _ args: PyObjectRef?, _ kwds: PyObjectRef?) -> PyObjectRef? {
    let t = type!.asObject
    guard let f = PyObject_GetAttr(t, pyName(.__new__)) else { return nil }
    let r = callPrependingSelf(f, t, args, kwds)
    Py_DECREF(f)
    return r
}

func slotTpFinalize(_ s: PyObjectRef?) {
    let s = s!
    let saved = PyErr_GetRaisedException()
    var unbound = false
    if let del = lookupMaybeMethod(s, pyName(.__del__), &unbound) {
        if let r = callLooked(del, unbound, s, nil, nil, 0) { Py_DECREF(r) } else { PyErr_WriteUnraisable(del) }
        Py_DECREF(del)
    } else {
        PyErr_Clear()
    }
    PyErr_SetRaisedException(saved)
}

@inline(__always) func slotAsync(_ s: PyObjectRef, _ name: StaticName, _ what: String) -> PyObjectRef? {
    var unbound = false
    guard let f = lookupMaybeMethod(s, pyName(name), &unbound) else {
        if !errorOccurred() { setError(PyExc_AttributeError, "object \(typeName(of: s)) does not have \(what) method") }
        return nil
    }
    let r = callLooked(f, unbound, s, nil, nil, 0)
    Py_DECREF(f)
    return r
}
func slotAmAwait(_ s: PyObjectRef?) -> PyObjectRef? { slotAsync(s!, .__await__, "__await__") }
func slotAmAiter(_ s: PyObjectRef?) -> PyObjectRef? { slotAsync(s!, .__aiter__, "__aiter__") }
func slotAmAnext(_ s: PyObjectRef?) -> PyObjectRef? { slotAsync(s!, .__anext__, "__anext__") }

// MARK: - mapping / sequence slots

/// len() result checks shared by __len__ slots.
func lengthFromResult(_ r: PyObjectRef) -> Int {
    defer { Py_DECREF(r) }
    let n = PyNumber_AsSsize_t(r, PyExc_OverflowError)
    if n == -1 && errorOccurred() { return -1 }
    if n < 0 { setError(PyExc_ValueError, "__len__() should return >= 0"); return -1 }
    return n
}
func slotSqLength(_ s: PyObjectRef?) -> Int {
    guard let r = callSpecial(s!, .__len__, nargs: 0) else { return -1 }
    return lengthFromResult(r)
}
func slotMpLength(_ s: PyObjectRef?) -> Int { slotSqLength(s) }
func slotMpSubscript(_ s: PyObjectRef?, _ key: PyObjectRef?) -> PyObjectRef? { callSpecial(s!, .__getitem__, key, nargs: 1) }
func slotSqItem(_ s: PyObjectRef?, _ i: Int) -> PyObjectRef? {
    guard let idx = PyLong_FromSsize_t(i) else { return nil }
    let r = callSpecial(s!, .__getitem__, idx, nargs: 1)
    Py_DECREF(idx)
    return r
}
func slotMpAssSubscript(_ s: PyObjectRef?, _ key: PyObjectRef?, _ value: PyObjectRef?) -> Int32 {
    let r = value == nil ? callSpecial(s!, .__delitem__, key, nargs: 1)
                         : callSpecial(s!, .__setitem__, key, value, nargs: 2)
    guard let res = r else { return -1 }
    Py_DECREF(res)
    return 0
}
func slotSqContains(_ s: PyObjectRef?, _ value: PyObjectRef?) -> Int32 {
    let s = s!
    var unbound = false
    let f = lookupMaybeMethod(s, pyName(.__contains__), &unbound)
    if let fn = f, fn == pyNone {
        Py_DECREF(fn)
        setError(PyExc_TypeError, "'\(typeName(of: s))' object is not a container")
        return -1
    }
    if let fn = f {
        let r = callLooked(fn, unbound, s, value, nil, 1)
        Py_DECREF(fn)
        guard let res = r else { return -1 }
        let t = PyObject_IsTrue(res)
        Py_DECREF(res)
        return t
    }
    if errorOccurred() { return -1 }
    return Int32(truncatingIfNeeded: sequenceIterSearch(s, value!, .contains))
}

// MARK: - number slots

@inline(__always) func numberSlotAddress(_ t: PyTypeRef, _ index: Int) -> UnsafeRawPointer? {
    guard let nb = t.pointee.tp_as_number else { return nil }
    return UnsafeRawPointer(nb).load(fromByteOffset: index * MemoryLayout<UnsafeRawPointer>.size, as: UnsafeRawPointer?.self)
}

/// 1 if type(right).name differs from type(left).name (the reflected method is overridden).
func methodIsOverloaded(_ left: PyTypeRef, _ right: PyTypeRef, _ name: PyObjectRef) -> Int32 {
    var a: PyObjectRef? = nil
    let ra = _PyObject_LookupAttr(right.asObject, name, &a)
    if ra <= 0 { return ra }
    var b: PyObjectRef? = nil
    let rb = _PyObject_LookupAttr(left.asObject, name, &b)
    if rb <= 0 { Py_DECREF(a!); return rb < 0 ? -1 : 1 }
    let ok = PyObject_RichCompareBool(a, b, Py_NE)
    Py_DECREF(a!); Py_DECREF(b!)
    return ok
}

/// CPython's SLOT1BINFULL: try self.__op__(other) and other.__rop__(self), the reflected one first
/// when other's type is a subclass that overrides it.
@inline(__always) func slotBinary(_ s: PyObjectRef?, _ o: PyObjectRef?, _ index: Int, _ me: UnsafeRawPointer, _ op: StaticName, _ rop: StaticName) -> PyObjectRef? {
    let s = s!, o = o!
    let st = s.type, ot = o.type
    var doOther = st != ot && numberSlotAddress(ot, index) == me
    if numberSlotAddress(st, index) == me {
        if doOther && isSubtype(ot, st) {
            let ok = methodIsOverloaded(st, ot, pyName(rop))
            if ok < 0 { return nil }
            if ok != 0 {
                guard let r = callSpecialMaybe(o, rop, s, nargs: 1) else { return nil }
                if r != pyNotImplemented { return r }
                Py_DECREF(r)
                doOther = false
            }
        }
        guard let r = callSpecialMaybe(s, op, o, nargs: 1) else { return nil }
        if r != pyNotImplemented || ot == st { return r }
        Py_DECREF(r)
    }
    if doOther { return callSpecialMaybe(o, rop, s, nargs: 1) }
    return newRef(pyNotImplemented)
}

enum NB: Int {
    case add = 0, subtract, multiply, remainder, divmod, power, negative, positive, absolute, bool, invert
    case lshift, rshift, and, xor, or, int, reserved, float
    case inplaceAdd, inplaceSubtract, inplaceMultiply, inplaceRemainder, inplacePower
    case inplaceLshift, inplaceRshift, inplaceAnd, inplaceXor, inplaceOr
    case floorDivide, trueDivide, inplaceFloorDivide, inplaceTrueDivide, index, matrixMultiply, inplaceMatrixMultiply
}

func slotNbAdd(_ s: PyObjectRef?, _ o: PyObjectRef?) -> PyObjectRef? { slotBinary(s, o, NB.add.rawValue, cfp(slotNbAdd as binaryfunc), .__add__, .__radd__) }
func slotNbSubtract(_ s: PyObjectRef?, _ o: PyObjectRef?) -> PyObjectRef? { slotBinary(s, o, NB.subtract.rawValue, cfp(slotNbSubtract as binaryfunc), .__sub__, .__rsub__) }
func slotNbMultiply(_ s: PyObjectRef?, _ o: PyObjectRef?) -> PyObjectRef? { slotBinary(s, o, NB.multiply.rawValue, cfp(slotNbMultiply as binaryfunc), .__mul__, .__rmul__) }
func slotNbRemainder(_ s: PyObjectRef?, _ o: PyObjectRef?) -> PyObjectRef? { slotBinary(s, o, NB.remainder.rawValue, cfp(slotNbRemainder as binaryfunc), .__mod__, .__rmod__) }
func slotNbDivmod(_ s: PyObjectRef?, _ o: PyObjectRef?) -> PyObjectRef? { slotBinary(s, o, NB.divmod.rawValue, cfp(slotNbDivmod as binaryfunc), .__divmod__, .__rdivmod__) }
func slotNbLshift(_ s: PyObjectRef?, _ o: PyObjectRef?) -> PyObjectRef? { slotBinary(s, o, NB.lshift.rawValue, cfp(slotNbLshift as binaryfunc), .__lshift__, .__rlshift__) }
func slotNbRshift(_ s: PyObjectRef?, _ o: PyObjectRef?) -> PyObjectRef? { slotBinary(s, o, NB.rshift.rawValue, cfp(slotNbRshift as binaryfunc), .__rshift__, .__rrshift__) }
func slotNbAnd(_ s: PyObjectRef?, _ o: PyObjectRef?) -> PyObjectRef? { slotBinary(s, o, NB.and.rawValue, cfp(slotNbAnd as binaryfunc), .__and__, .__rand__) }
func slotNbXor(_ s: PyObjectRef?, _ o: PyObjectRef?) -> PyObjectRef? { slotBinary(s, o, NB.xor.rawValue, cfp(slotNbXor as binaryfunc), .__xor__, .__rxor__) }
func slotNbOr(_ s: PyObjectRef?, _ o: PyObjectRef?) -> PyObjectRef? { slotBinary(s, o, NB.or.rawValue, cfp(slotNbOr as binaryfunc), .__or__, .__ror__) }
func slotNbFloorDivide(_ s: PyObjectRef?, _ o: PyObjectRef?) -> PyObjectRef? { slotBinary(s, o, NB.floorDivide.rawValue, cfp(slotNbFloorDivide as binaryfunc), .__floordiv__, .__rfloordiv__) }
func slotNbTrueDivide(_ s: PyObjectRef?, _ o: PyObjectRef?) -> PyObjectRef? { slotBinary(s, o, NB.trueDivide.rawValue, cfp(slotNbTrueDivide as binaryfunc), .__truediv__, .__rtruediv__) }
func slotNbMatrixMultiply(_ s: PyObjectRef?, _ o: PyObjectRef?) -> PyObjectRef? { slotBinary(s, o, NB.matrixMultiply.rawValue, cfp(slotNbMatrixMultiply as binaryfunc), .__matmul__, .__rmatmul__) }

func slotNbPower(_ s: PyObjectRef?, _ o: PyObjectRef?, _ m: PyObjectRef?) -> PyObjectRef? {
    if m == nil || m == pyNone {
        return slotBinary(s, o, NB.power.rawValue, cfp(slotNbPower as ternaryfunc), .__pow__, .__rpow__)
    }
    // Three-argument pow never uses __rpow__.
    if numberSlotAddress(s!.type, NB.power.rawValue) == cfp(slotNbPower as ternaryfunc) {
        return callSpecial(s!, .__pow__, o, m, nargs: 2)
    }
    return newRef(pyNotImplemented)
}

func slotNbInplaceAdd(_ s: PyObjectRef?, _ o: PyObjectRef?) -> PyObjectRef? { callSpecial(s!, .__iadd__, o, nargs: 1) }
func slotNbInplaceSubtract(_ s: PyObjectRef?, _ o: PyObjectRef?) -> PyObjectRef? { callSpecial(s!, .__isub__, o, nargs: 1) }
func slotNbInplaceMultiply(_ s: PyObjectRef?, _ o: PyObjectRef?) -> PyObjectRef? { callSpecial(s!, .__imul__, o, nargs: 1) }
func slotNbInplaceRemainder(_ s: PyObjectRef?, _ o: PyObjectRef?) -> PyObjectRef? { callSpecial(s!, .__imod__, o, nargs: 1) }
func slotNbInplacePower(_ s: PyObjectRef?, _ o: PyObjectRef?, _ m: PyObjectRef?) -> PyObjectRef? { callSpecial(s!, .__ipow__, o, nargs: 1) }
func slotNbInplaceLshift(_ s: PyObjectRef?, _ o: PyObjectRef?) -> PyObjectRef? { callSpecial(s!, .__ilshift__, o, nargs: 1) }
func slotNbInplaceRshift(_ s: PyObjectRef?, _ o: PyObjectRef?) -> PyObjectRef? { callSpecial(s!, .__irshift__, o, nargs: 1) }
func slotNbInplaceAnd(_ s: PyObjectRef?, _ o: PyObjectRef?) -> PyObjectRef? { callSpecial(s!, .__iand__, o, nargs: 1) }
func slotNbInplaceXor(_ s: PyObjectRef?, _ o: PyObjectRef?) -> PyObjectRef? { callSpecial(s!, .__ixor__, o, nargs: 1) }
func slotNbInplaceOr(_ s: PyObjectRef?, _ o: PyObjectRef?) -> PyObjectRef? { callSpecial(s!, .__ior__, o, nargs: 1) }
func slotNbInplaceFloorDivide(_ s: PyObjectRef?, _ o: PyObjectRef?) -> PyObjectRef? { callSpecial(s!, .__ifloordiv__, o, nargs: 1) }
func slotNbInplaceTrueDivide(_ s: PyObjectRef?, _ o: PyObjectRef?) -> PyObjectRef? { callSpecial(s!, .__itruediv__, o, nargs: 1) }
func slotNbInplaceMatrixMultiply(_ s: PyObjectRef?, _ o: PyObjectRef?) -> PyObjectRef? { callSpecial(s!, .__imatmul__, o, nargs: 1) }

func slotNbNegative(_ s: PyObjectRef?) -> PyObjectRef? { callSpecial(s!, .__neg__, nargs: 0) }
func slotNbPositive(_ s: PyObjectRef?) -> PyObjectRef? { callSpecial(s!, .__pos__, nargs: 0) }
func slotNbAbsolute(_ s: PyObjectRef?) -> PyObjectRef? { callSpecial(s!, .__abs__, nargs: 0) }
func slotNbInvert(_ s: PyObjectRef?) -> PyObjectRef? { callSpecial(s!, .__invert__, nargs: 0) }
func slotNbInt(_ s: PyObjectRef?) -> PyObjectRef? { callSpecial(s!, .__int__, nargs: 0) }
func slotNbFloat(_ s: PyObjectRef?) -> PyObjectRef? { callSpecial(s!, .__float__, nargs: 0) }
func slotNbIndex(_ s: PyObjectRef?) -> PyObjectRef? { callSpecial(s!, .__index__, nargs: 0) }

/// __bool__, else __len__ (len != 0), else true.
func slotNbBool(_ s: PyObjectRef?) -> Int32 {
    let s = s!
    var unbound = false
    var usingLen = false
    var f = lookupMaybeMethod(s, pyName(.__bool__), &unbound)
    if f == nil {
        if errorOccurred() { return -1 }
        f = lookupMaybeMethod(s, pyName(.__len__), &unbound)
        if f == nil { return errorOccurred() ? -1 : 1 }
        usingLen = true
    }
    let res = callLooked(f!, unbound, s, nil, nil, 0)
    Py_DECREF(f!)
    guard let v = res else { return -1 }
    if usingLen {
        let n = lengthFromResult(v)
        return n < 0 ? -1 : (n > 0 ? 1 : 0)
    }
    defer { Py_DECREF(v) }
    if v == pyTrue { return 1 }
    if v == pyFalse { return 0 }
    setError(PyExc_TypeError, "__bool__ should return bool, returned \(typeName(of: v))")
    return -1
}
