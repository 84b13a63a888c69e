// The slot table (CPython's slotdefs): which dunder name maps to which C slot, the slot_* function
// installed on heap types that define it, and the wrapper that exposes a C slot as a Python method
// (wrapper descriptors such as int.__add__). Also add_operators, update_one_slot, fixup and
// update_slot (re-deriving slots when a dunder is assigned on a class).
import CPython

// MARK: - offsets

@inline(__always) func htOffset<T>(_ kp: KeyPath<PyHeapTypeObject, T>) -> Int { MemoryLayout<PyHeapTypeObject>.offset(of: kp)! }
var offAsAsync: Int { @inline(__always) get { SPy_OffsetHeapTypeAsAsync() } }
var offAsNumber: Int { @inline(__always) get { SPy_OffsetHeapTypeAsNumber() } }
var offAsMapping: Int { @inline(__always) get { SPy_OffsetHeapTypeAsMapping() } }
var offAsSequence: Int { @inline(__always) get { SPy_OffsetHeapTypeAsSequence() } }
var offAsBuffer: Int { @inline(__always) get { SPy_OffsetHeapTypeAsBuffer() } }

/// Address of the function-pointer slot at heap-type offset `offset` inside `type` (following
/// tp_as_number & co. for static types); nil when the type has no such sub-table.
func slotPointer(_ type: PyTypeRef, _ offset: Int) -> UnsafeMutablePointer<UnsafeRawPointer?>? {
    var base: UnsafeMutableRawPointer
    var off = offset
    if offset >= offAsBuffer {
        guard let p = type.pointee.tp_as_buffer else { return nil }
        base = UnsafeMutableRawPointer(p); off -= offAsBuffer
    } else if offset >= offAsSequence {
        guard let p = type.pointee.tp_as_sequence else { return nil }
        base = UnsafeMutableRawPointer(p); off -= offAsSequence
    } else if offset >= offAsMapping {
        guard let p = type.pointee.tp_as_mapping else { return nil }
        base = UnsafeMutableRawPointer(p); off -= offAsMapping
    } else if offset >= offAsNumber {
        guard let p = type.pointee.tp_as_number else { return nil }
        base = UnsafeMutableRawPointer(p); off -= offAsNumber
    } else if offset >= offAsAsync {
        guard let p = type.pointee.tp_as_async else { return nil }
        base = UnsafeMutableRawPointer(p); off -= offAsAsync
    } else {
        base = UnsafeMutableRawPointer(type)
    }
    return (base + off).assumingMemoryBound(to: UnsafeRawPointer?.self)
}

// MARK: - wrappers (Python-callable faces of C slots)

@inline(__always) func checkArgCount(_ args: PyObjectRef?, _ n: Int) -> Bool {
    guard let a = args, isTupleObject(a) else {
        setError(PyExc_SystemError, "PyArg_UnpackTuple() argument list is not a tuple"); return false
    }
    let got = varSizeOf(a)
    if got == n { return true }
    setError(PyExc_TypeError, "expected \(n) argument\(n == 1 ? "" : "s"), got \(got)")
    return false
}
/// Optional trailing argument: 1 or 2 items.
func unpackOneOrTwo(_ args: PyObjectRef?) -> (PyObjectRef, PyObjectRef?)? {
    guard let a = args else { return nil }
    let n = varSizeOf(a)
    if n < 1 || n > 2 {
        if n < 1 { setError(PyExc_TypeError, " expected at least 1 argument, got \(n)") }
        else { setError(PyExc_TypeError, " expected at most 2 arguments, got \(n)") }
        return nil
    }
    return (tupleItem(a, 0), n == 2 ? tupleItem(a, 1) : nil)
}
@inline(__always) func asFn<T>(_ p: UnsafeMutableRawPointer?, _ t: T.Type) -> T { unsafeBitCast(p, to: t) }

func wrapBinary(_ s: PyObjectRef?, _ args: PyObjectRef?, _ w: UnsafeMutableRawPointer?) -> PyObjectRef? {
    guard checkArgCount(args, 1) else { return nil }
    return asFn(w, binaryfunc.self)(s, tupleItem(args!, 0))
}
func wrapBinaryR(_ s: PyObjectRef?, _ args: PyObjectRef?, _ w: UnsafeMutableRawPointer?) -> PyObjectRef? {
    guard checkArgCount(args, 1) else { return nil }
    return asFn(w, binaryfunc.self)(tupleItem(args!, 0), s)
}
func wrapTernary(_ s: PyObjectRef?, _ args: PyObjectRef?, _ w: UnsafeMutableRawPointer?) -> PyObjectRef? {
    guard let (o, t) = unpackOneOrTwo(args) else { return nil }
    return asFn(w, ternaryfunc.self)(s, o, t ?? pyNone)
}
func wrapTernaryR(_ s: PyObjectRef?, _ args: PyObjectRef?, _ w: UnsafeMutableRawPointer?) -> PyObjectRef? {
    guard let (o, t) = unpackOneOrTwo(args) else { return nil }
    return asFn(w, ternaryfunc.self)(o, s, t ?? pyNone)
}
func wrapUnary(_ s: PyObjectRef?, _ args: PyObjectRef?, _ w: UnsafeMutableRawPointer?) -> PyObjectRef? {
    guard checkArgCount(args, 0) else { return nil }
    return asFn(w, unaryfunc.self)(s)
}
func wrapInquiryPred(_ s: PyObjectRef?, _ args: PyObjectRef?, _ w: UnsafeMutableRawPointer?) -> PyObjectRef? {
    guard checkArgCount(args, 0) else { return nil }
    let r = asFn(w, inquiry.self)(s)
    return r < 0 ? nil : pyBool(r != 0)
}
func wrapLen(_ s: PyObjectRef?, _ args: PyObjectRef?, _ w: UnsafeMutableRawPointer?) -> PyObjectRef? {
    guard checkArgCount(args, 0) else { return nil }
    let r = asFn(w, lenfunc.self)(s)
    if r == -1 && errorOccurred() { return nil }
    return PyLong_FromSsize_t(r)
}
func wrapIndexArg(_ s: PyObjectRef?, _ args: PyObjectRef?, _ w: UnsafeMutableRawPointer?) -> PyObjectRef? {
    guard checkArgCount(args, 1) else { return nil }
    let i = PyNumber_AsSsize_t(tupleItem(args!, 0), PyExc_OverflowError)
    if i == -1 && errorOccurred() { return nil }
    return asFn(w, ssizeargfunc.self)(s, i)
}
/// Index argument for sq_item-style wrappers: negative values count from the end.
func sequenceIndexArg(_ s: PyObjectRef, _ arg: PyObjectRef) -> Int? {
    var i = PyNumber_AsSsize_t(arg, PyExc_OverflowError)
    if i == -1 && errorOccurred() { return nil }
    if i < 0, let sq = s.type.pointee.tp_as_sequence, let len = sq.pointee.sq_length {
        let n = len(s)
        if n < 0 { return nil }
        i += n
    }
    return i
}
func wrapSqItem(_ s: PyObjectRef?, _ args: PyObjectRef?, _ w: UnsafeMutableRawPointer?) -> PyObjectRef? {
    guard checkArgCount(args, 1), let i = sequenceIndexArg(s!, tupleItem(args!, 0)) else { return nil }
    return asFn(w, ssizeargfunc.self)(s, i)
}
func wrapSqSetItem(_ s: PyObjectRef?, _ args: PyObjectRef?, _ w: UnsafeMutableRawPointer?) -> PyObjectRef? {
    guard checkArgCount(args, 2), let i = sequenceIndexArg(s!, tupleItem(args!, 0)) else { return nil }
    return asFn(w, ssizeobjargproc.self)(s, i, tupleItem(args!, 1)) < 0 ? nil : pyNoneRef()
}
func wrapSqDelItem(_ s: PyObjectRef?, _ args: PyObjectRef?, _ w: UnsafeMutableRawPointer?) -> PyObjectRef? {
    guard checkArgCount(args, 1), let i = sequenceIndexArg(s!, tupleItem(args!, 0)) else { return nil }
    return asFn(w, ssizeobjargproc.self)(s, i, nil) < 0 ? nil : pyNoneRef()
}
func wrapObjObjProc(_ s: PyObjectRef?, _ args: PyObjectRef?, _ w: UnsafeMutableRawPointer?) -> PyObjectRef? {
    guard checkArgCount(args, 1) else { return nil }
    let r = asFn(w, objobjproc.self)(s, tupleItem(args!, 0))
    return r < 0 ? nil : pyBool(r != 0)
}
func wrapObjObjArgProc(_ s: PyObjectRef?, _ args: PyObjectRef?, _ w: UnsafeMutableRawPointer?) -> PyObjectRef? {
    guard checkArgCount(args, 2) else { return nil }
    return asFn(w, objobjargproc.self)(s, tupleItem(args!, 0), tupleItem(args!, 1)) < 0 ? nil : pyNoneRef()
}
func wrapDelItem(_ s: PyObjectRef?, _ args: PyObjectRef?, _ w: UnsafeMutableRawPointer?) -> PyObjectRef? {
    guard checkArgCount(args, 1) else { return nil }
    return asFn(w, objobjargproc.self)(s, tupleItem(args!, 0), nil) < 0 ? nil : pyNoneRef()
}
func wrapSetAttr(_ s: PyObjectRef?, _ args: PyObjectRef?, _ w: UnsafeMutableRawPointer?) -> PyObjectRef? {
    guard checkArgCount(args, 2) else { return nil }
    return asFn(w, setattrofunc.self)(s, tupleItem(args!, 0), tupleItem(args!, 1)) < 0 ? nil : pyNoneRef()
}
func wrapDelAttr(_ s: PyObjectRef?, _ args: PyObjectRef?, _ w: UnsafeMutableRawPointer?) -> PyObjectRef? {
    guard checkArgCount(args, 1) else { return nil }
    return asFn(w, setattrofunc.self)(s, tupleItem(args!, 0), nil) < 0 ? nil : pyNoneRef()
}
func wrapHash(_ s: PyObjectRef?, _ args: PyObjectRef?, _ w: UnsafeMutableRawPointer?) -> PyObjectRef? {
    guard checkArgCount(args, 0) else { return nil }
    let h = asFn(w, hashfunc.self)(s)
    if h == -1 && errorOccurred() { return nil }
    return PyLong_FromSsize_t(h)
}
func wrapCall(_ s: PyObjectRef?, _ args: PyObjectRef?, _ w: UnsafeMutableRawPointer?, _ kw: PyObjectRef?) -> PyObjectRef? {
    asFn(w, ternaryfunc.self)(s, args, kw)
}
func wrapInit(_ s: PyObjectRef?, _ args: PyObjectRef?, _ w: UnsafeMutableRawPointer?, _ kw: PyObjectRef?) -> PyObjectRef? {
    asFn(w, initproc.self)(s, args, kw) < 0 ? nil : pyNoneRef()
}
func wrapDel(_ s: PyObjectRef?, _ args: PyObjectRef?, _ w: UnsafeMutableRawPointer?) -> PyObjectRef? {
    guard checkArgCount(args, 0) else { return nil }
    asFn(w, destructor.self)(s)
    return pyNoneRef()
}
func wrapNext(_ s: PyObjectRef?, _ args: PyObjectRef?, _ w: UnsafeMutableRawPointer?) -> PyObjectRef? {
    guard checkArgCount(args, 0) else { return nil }
    let r = asFn(w, iternextfunc.self)(s)
    if r == nil && !errorOccurred() { PyErr_SetNone(PyExc_StopIteration) }
    return r
}
func wrapDescrGet(_ s: PyObjectRef?, _ args: PyObjectRef?, _ w: UnsafeMutableRawPointer?) -> PyObjectRef? {
    guard let (o, t) = unpackOneOrTwo(args) else { return nil }
    let obj: PyObjectRef? = o == pyNone ? nil : o
    let type: PyObjectRef? = (t == nil || t == pyNone) ? nil : t
    if obj == nil && type == nil { setError(PyExc_TypeError, "__get__(None, None) is invalid"); return nil }
    return asFn(w, descrgetfunc.self)(s, obj, type)
}
func wrapDescrSet(_ s: PyObjectRef?, _ args: PyObjectRef?, _ w: UnsafeMutableRawPointer?) -> PyObjectRef? {
    guard checkArgCount(args, 2) else { return nil }
    return asFn(w, descrsetfunc.self)(s, tupleItem(args!, 0), tupleItem(args!, 1)) < 0 ? nil : pyNoneRef()
}
func wrapDescrDelete(_ s: PyObjectRef?, _ args: PyObjectRef?, _ w: UnsafeMutableRawPointer?) -> PyObjectRef? {
    guard checkArgCount(args, 1) else { return nil }
    return asFn(w, descrsetfunc.self)(s, tupleItem(args!, 0), nil) < 0 ? nil : pyNoneRef()
}
@inline(__always) func wrapRich(_ s: PyObjectRef?, _ args: PyObjectRef?, _ w: UnsafeMutableRawPointer?, _ op: Int32) -> PyObjectRef? {
    guard checkArgCount(args, 1) else { return nil }
    return asFn(w, richcmpfunc.self)(s, tupleItem(args!, 0), op)
}
func wrapLT(_ s: PyObjectRef?, _ a: PyObjectRef?, _ w: UnsafeMutableRawPointer?) -> PyObjectRef? { wrapRich(s, a, w, Py_LT) }
func wrapLE(_ s: PyObjectRef?, _ a: PyObjectRef?, _ w: UnsafeMutableRawPointer?) -> PyObjectRef? { wrapRich(s, a, w, Py_LE) }
func wrapEQ(_ s: PyObjectRef?, _ a: PyObjectRef?, _ w: UnsafeMutableRawPointer?) -> PyObjectRef? { wrapRich(s, a, w, Py_EQ) }
func wrapNE(_ s: PyObjectRef?, _ a: PyObjectRef?, _ w: UnsafeMutableRawPointer?) -> PyObjectRef? { wrapRich(s, a, w, Py_NE) }
func wrapGT(_ s: PyObjectRef?, _ a: PyObjectRef?, _ w: UnsafeMutableRawPointer?) -> PyObjectRef? { wrapRich(s, a, w, Py_GT) }
func wrapGE(_ s: PyObjectRef?, _ a: PyObjectRef?, _ w: UnsafeMutableRawPointer?) -> PyObjectRef? { wrapRich(s, a, w, Py_GE) }

// MARK: - the table

struct SlotDefSpec {
    let name: String
    let offset: Int
    let function: UnsafeRawPointer?
    let wrapper: UnsafeRawPointer?
    let doc: String
    let flags: Int32
}

@inline(__always) func cfp<T>(_ f: T) -> UnsafeRawPointer { unsafeBitCast(f, to: UnsafeRawPointer.self) }
func W(_ f: wrapperfunc) -> UnsafeRawPointer { cfp(f) }
func WK(_ f: wrapperfunc_kwds) -> UnsafeRawPointer { cfp(f) }

func buildSlotDefSpecs() -> [SlotDefSpec] {
    var s: [SlotDefSpec] = []
    func tp<T>(_ name: String, _ kp: KeyPath<PyHeapTypeObject, T>, _ fn: UnsafeRawPointer?, _ w: UnsafeRawPointer?, _ doc: String, flags: Int32 = 0) {
        s.append(SlotDefSpec(name: name, offset: htOffset(kp), function: fn, wrapper: w, doc: doc, flags: flags))
    }
    func sig(_ name: String, _ params: String, _ text: String) -> String { "\(name)(\(params))\n--\n\n\(text)" }
    func bin(_ name: String, _ rname: String, _ kp: KeyPath<PyHeapTypeObject, binaryfunc?>, _ fn: binaryfunc, _ op: String, infix: Bool = true) {
        tp(name, kp, cfp(fn), W(wrapBinary), sig(name, "$self, value, /", infix ? "Return self\(op)value." : "Return \(op)(self, value)."))
        tp(rname, kp, cfp(fn), W(wrapBinaryR), sig(rname, "$self, value, /", infix ? "Return value\(op)self." : "Return \(op)(value, self)."))
    }
    func un(_ name: String, _ kp: KeyPath<PyHeapTypeObject, unaryfunc?>, _ fn: unaryfunc, _ text: String) {
        tp(name, kp, cfp(fn), W(wrapUnary), sig(name, "$self, /", text))
    }
    func ib(_ name: String, _ kp: KeyPath<PyHeapTypeObject, binaryfunc?>, _ fn: binaryfunc, _ op: String) {
        tp(name, kp, cfp(fn), W(wrapBinary), sig(name, "$self, value, /", "Return self\(op)value."))
    }
    let T = \PyHeapTypeObject.ht_type
    tp("__repr__", T.appending(path: \.tp_repr), cfp(slotTpRepr as reprfunc), W(wrapUnary), sig("__repr__", "$self, /", "Return repr(self)."))
    tp("__hash__", T.appending(path: \.tp_hash), cfp(slotTpHash as hashfunc), W(wrapHash), sig("__hash__", "$self, /", "Return hash(self)."))
    tp("__call__", T.appending(path: \.tp_call), cfp(slotTpCall as ternaryfunc), WK(wrapCall), sig("__call__", "$self, /, *args, **kwargs", "Call self as a function."), flags: PyWrapperFlag_KEYWORDS)
    tp("__str__", T.appending(path: \.tp_str), cfp(slotTpStr as reprfunc), W(wrapUnary), sig("__str__", "$self, /", "Return str(self)."))
    tp("__getattribute__", T.appending(path: \.tp_getattro), cfp(slotTpGetattrHook as getattrofunc), W(wrapBinary), sig("__getattribute__", "$self, name, /", "Return getattr(self, name)."))
    tp("__getattr__", T.appending(path: \.tp_getattro), cfp(slotTpGetattrHook as getattrofunc), nil, "")
    tp("__setattr__", T.appending(path: \.tp_setattro), cfp(slotTpSetattro as setattrofunc), W(wrapSetAttr), sig("__setattr__", "$self, name, value, /", "Implement setattr(self, name, value)."))
    tp("__delattr__", T.appending(path: \.tp_setattro), cfp(slotTpSetattro as setattrofunc), W(wrapDelAttr), sig("__delattr__", "$self, name, /", "Implement delattr(self, name)."))
    let rich = cfp(slotTpRichcompare as richcmpfunc)
    tp("__lt__", T.appending(path: \.tp_richcompare), rich, W(wrapLT), sig("__lt__", "$self, value, /", "Return self<value."))
    tp("__le__", T.appending(path: \.tp_richcompare), rich, W(wrapLE), sig("__le__", "$self, value, /", "Return self<=value."))
    tp("__eq__", T.appending(path: \.tp_richcompare), rich, W(wrapEQ), sig("__eq__", "$self, value, /", "Return self==value."))
    tp("__ne__", T.appending(path: \.tp_richcompare), rich, W(wrapNE), sig("__ne__", "$self, value, /", "Return self!=value."))
    tp("__gt__", T.appending(path: \.tp_richcompare), rich, W(wrapGT), sig("__gt__", "$self, value, /", "Return self>value."))
    tp("__ge__", T.appending(path: \.tp_richcompare), rich, W(wrapGE), sig("__ge__", "$self, value, /", "Return self>=value."))
    tp("__iter__", T.appending(path: \.tp_iter), cfp(slotTpIter as getiterfunc), W(wrapUnary), sig("__iter__", "$self, /", "Implement iter(self)."))
    tp("__next__", T.appending(path: \.tp_iternext), cfp(slotTpIternext as iternextfunc), W(wrapNext), sig("__next__", "$self, /", "Implement next(self)."))
    tp("__get__", T.appending(path: \.tp_descr_get), cfp(slotTpDescrGet as descrgetfunc), W(wrapDescrGet), sig("__get__", "$self, instance, owner=None, /", "Return an attribute of instance, which is of type owner."))
    tp("__set__", T.appending(path: \.tp_descr_set), cfp(slotTpDescrSet as descrsetfunc), W(wrapDescrSet), sig("__set__", "$self, instance, value, /", "Set an attribute of instance to value."))
    tp("__delete__", T.appending(path: \.tp_descr_set), cfp(slotTpDescrSet as descrsetfunc), W(wrapDescrDelete), sig("__delete__", "$self, instance, /", "Delete an attribute of instance."))
    tp("__init__", T.appending(path: \.tp_init), cfp(slotTpInit as initproc), WK(wrapInit), sig("__init__", "$self, /, *args, **kwargs", "Initialize self.  See help(type(self)) for accurate signature."), flags: PyWrapperFlag_KEYWORDS)
    tp("__new__", T.appending(path: \.tp_new), cfp(slotTpNew as newfunc), nil, sig("__new__", "type, /, *args, **kwargs", "Create and return new object.  See help(type) for accurate signature."))
    tp("__del__", T.appending(path: \.tp_finalize), cfp(slotTpFinalize as destructor), W(wrapDel), "")

    let A = \PyHeapTypeObject.as_async
    tp("__await__", A.appending(path: \.am_await), cfp(slotAmAwait as unaryfunc), W(wrapUnary), sig("__await__", "$self, /", "Return an iterator to be used in await expression."))
    tp("__aiter__", A.appending(path: \.am_aiter), cfp(slotAmAiter as unaryfunc), W(wrapUnary), sig("__aiter__", "$self, /", "Return an awaitable, that resolves in asynchronous iterator."))
    tp("__anext__", A.appending(path: \.am_anext), cfp(slotAmAnext as unaryfunc), W(wrapUnary), sig("__anext__", "$self, /", "Return a value or raise StopAsyncIteration."))

    let N = \PyHeapTypeObject.as_number
    bin("__add__", "__radd__", N.appending(path: \.nb_add), slotNbAdd, "+")
    bin("__sub__", "__rsub__", N.appending(path: \.nb_subtract), slotNbSubtract, "-")
    bin("__mul__", "__rmul__", N.appending(path: \.nb_multiply), slotNbMultiply, "*")
    bin("__mod__", "__rmod__", N.appending(path: \.nb_remainder), slotNbRemainder, "%")
    bin("__divmod__", "__rdivmod__", N.appending(path: \.nb_divmod), slotNbDivmod, "divmod", infix: false)
    tp("__pow__", N.appending(path: \.nb_power), cfp(slotNbPower as ternaryfunc), W(wrapTernary), sig("__pow__", "$self, value, mod=None, /", "Return pow(self, value, mod)."))
    tp("__rpow__", N.appending(path: \.nb_power), cfp(slotNbPower as ternaryfunc), W(wrapTernaryR), sig("__rpow__", "$self, value, mod=None, /", "Return pow(value, self, mod)."))
    un("__neg__", N.appending(path: \.nb_negative), slotNbNegative, "-self")
    un("__pos__", N.appending(path: \.nb_positive), slotNbPositive, "+self")
    un("__abs__", N.appending(path: \.nb_absolute), slotNbAbsolute, "abs(self)")
    tp("__bool__", N.appending(path: \.nb_bool), cfp(slotNbBool as inquiry), W(wrapInquiryPred), sig("__bool__", "$self, /", "True if self else False"))
    un("__invert__", N.appending(path: \.nb_invert), slotNbInvert, "~self")
    bin("__lshift__", "__rlshift__", N.appending(path: \.nb_lshift), slotNbLshift, "<<")
    bin("__rshift__", "__rrshift__", N.appending(path: \.nb_rshift), slotNbRshift, ">>")
    bin("__and__", "__rand__", N.appending(path: \.nb_and), slotNbAnd, "&")
    bin("__xor__", "__rxor__", N.appending(path: \.nb_xor), slotNbXor, "^")
    bin("__or__", "__ror__", N.appending(path: \.nb_or), slotNbOr, "|")
    un("__int__", N.appending(path: \.nb_int), slotNbInt, "int(self)")
    un("__float__", N.appending(path: \.nb_float), slotNbFloat, "float(self)")
    ib("__iadd__", N.appending(path: \.nb_inplace_add), slotNbInplaceAdd, "+=")
    ib("__isub__", N.appending(path: \.nb_inplace_subtract), slotNbInplaceSubtract, "-=")
    ib("__imul__", N.appending(path: \.nb_inplace_multiply), slotNbInplaceMultiply, "*=")
    ib("__imod__", N.appending(path: \.nb_inplace_remainder), slotNbInplaceRemainder, "%=")
    tp("__ipow__", N.appending(path: \.nb_inplace_power), cfp(slotNbInplacePower as ternaryfunc), W(wrapTernary), sig("__ipow__", "$self, value, /", "Return self**=value."))
    ib("__ilshift__", N.appending(path: \.nb_inplace_lshift), slotNbInplaceLshift, "<<=")
    ib("__irshift__", N.appending(path: \.nb_inplace_rshift), slotNbInplaceRshift, ">>=")
    ib("__iand__", N.appending(path: \.nb_inplace_and), slotNbInplaceAnd, "&=")
    ib("__ixor__", N.appending(path: \.nb_inplace_xor), slotNbInplaceXor, "^=")
    ib("__ior__", N.appending(path: \.nb_inplace_or), slotNbInplaceOr, "|=")
    bin("__floordiv__", "__rfloordiv__", N.appending(path: \.nb_floor_divide), slotNbFloorDivide, "//")
    bin("__truediv__", "__rtruediv__", N.appending(path: \.nb_true_divide), slotNbTrueDivide, "/")
    ib("__ifloordiv__", N.appending(path: \.nb_inplace_floor_divide), slotNbInplaceFloorDivide, "//=")
    ib("__itruediv__", N.appending(path: \.nb_inplace_true_divide), slotNbInplaceTrueDivide, "/=")
    un("__index__", N.appending(path: \.nb_index), slotNbIndex, "Return self converted to an integer, if self is suitable for use as an index into a list.")
    bin("__matmul__", "__rmatmul__", N.appending(path: \.nb_matrix_multiply), slotNbMatrixMultiply, "@")
    ib("__imatmul__", N.appending(path: \.nb_inplace_matrix_multiply), slotNbInplaceMatrixMultiply, "@=")

    let M = \PyHeapTypeObject.as_mapping
    tp("__len__", M.appending(path: \.mp_length), cfp(slotMpLength as lenfunc), W(wrapLen), sig("__len__", "$self, /", "Return len(self)."))
    tp("__getitem__", M.appending(path: \.mp_subscript), cfp(slotMpSubscript as binaryfunc), W(wrapBinary), sig("__getitem__", "$self, key, /", "Return self[key]."))
    tp("__setitem__", M.appending(path: \.mp_ass_subscript), cfp(slotMpAssSubscript as objobjargproc), W(wrapObjObjArgProc), sig("__setitem__", "$self, key, value, /", "Set self[key] to value."))
    tp("__delitem__", M.appending(path: \.mp_ass_subscript), cfp(slotMpAssSubscript as objobjargproc), W(wrapDelItem), sig("__delitem__", "$self, key, /", "Delete self[key]."))

    let S = \PyHeapTypeObject.as_sequence
    tp("__len__", S.appending(path: \.sq_length), cfp(slotSqLength as lenfunc), W(wrapLen), sig("__len__", "$self, /", "Return len(self)."))
    // Heap types never get sq_concat/sq_repeat: abstract.c falls back to nb_add/nb_multiply.
    tp("__add__", S.appending(path: \.sq_concat), nil, W(wrapBinary), sig("__add__", "$self, value, /", "Return self+value."))
    tp("__mul__", S.appending(path: \.sq_repeat), nil, W(wrapIndexArg), sig("__mul__", "$self, value, /", "Return self*value."))
    tp("__rmul__", S.appending(path: \.sq_repeat), nil, W(wrapIndexArg), sig("__rmul__", "$self, value, /", "Return value*self."))
    tp("__getitem__", S.appending(path: \.sq_item), cfp(slotSqItem as ssizeargfunc), W(wrapSqItem), sig("__getitem__", "$self, key, /", "Return self[key]."))
    tp("__setitem__", S.appending(path: \.sq_ass_item), nil, W(wrapSqSetItem), sig("__setitem__", "$self, key, value, /", "Set self[key] to value."))
    tp("__delitem__", S.appending(path: \.sq_ass_item), nil, W(wrapSqDelItem), sig("__delitem__", "$self, key, /", "Delete self[key]."))
    tp("__contains__", S.appending(path: \.sq_contains), cfp(slotSqContains as objobjproc), W(wrapObjObjProc), sig("__contains__", "$self, key, /", "Return key in self."))
    tp("__iadd__", S.appending(path: \.sq_inplace_concat), nil, W(wrapBinary), sig("__iadd__", "$self, value, /", "Implement self+=value."))
    tp("__imul__", S.appending(path: \.sq_inplace_repeat), nil, W(wrapIndexArg), sig("__imul__", "$self, value, /", "Implement self*=value."))
    return s
}

nonisolated(unsafe) var slotDefTable: UnsafeMutablePointer<wrapperbase>? = nil
nonisolated(unsafe) var slotDefCount = 0

/// The slot table as C wrapperbase records (immortal; name_strobj interned).
func slotDefs() -> UnsafeMutablePointer<wrapperbase> {
    if let t = slotDefTable { return t }
    let specs = buildSlotDefSpecs()
    let t = UnsafeMutablePointer<wrapperbase>.allocate(capacity: specs.count + 1)
    for (i, sp) in specs.enumerated() {
        t[i] = wrapperbase(name: immortalCString(sp.name), offset: Int32(sp.offset),
                           function: sp.function.map { UnsafeMutableRawPointer(mutating: $0) },
                           wrapper: sp.wrapper.map { unsafeBitCast($0, to: wrapperfunc.self) },
                           doc: immortalCString(sp.doc), flags: sp.flags, name_strobj: pyIntern(sp.name))
    }
    t[specs.count] = wrapperbase(name: nil, offset: 0, function: nil, wrapper: nil, doc: nil, flags: 0, name_strobj: nil)
    slotDefTable = t
    slotDefCount = specs.count
    return t
}

// MARK: - add_operators (static and heap types at PyType_Ready)

/// Adds a wrapper descriptor to tp_dict for every slot the type itself defines (unless the name is
/// already there); __hash__ = None when tp_hash is PyObject_HashNotImplemented.
func addOperators(_ type: PyTypeRef) -> Int32 {
    let defs = slotDefs()
    let dict = type.pointee.tp_dict!
    let hashNotImpl = cfp(PyObject_HashNotImplemented as hashfunc)
    for i in 0..<slotDefCount {
        let p = defs + i
        guard p.pointee.wrapper != nil, let ptr = slotPointer(type, Int(p.pointee.offset)), let fn = ptr.pointee else { continue }
        let name = p.pointee.name_strobj!
        let has = PyDict_Contains(dict, name)
        if has < 0 { return -1 }
        if has > 0 { continue }
        if fn == hashNotImpl {
            if PyDict_SetItem(dict, name, pyNone) < 0 { return -1 }
        } else {
            guard let d = PyDescr_NewWrapper(type, p, UnsafeMutableRawPointer(mutating: fn)) else { return -1 }
            let r = PyDict_SetItem(dict, name, d)
            Py_DECREF(d)
            if r < 0 { return -1 }
        }
    }
    return 0
}

// MARK: - slot resolution for heap types

/// The single filled slot among those named `name` in `type`, or nil if none or several.
func resolveSlotDups(_ type: PyTypeRef, _ name: PyObjectRef) -> UnsafeMutablePointer<UnsafeRawPointer?>? {
    let defs = slotDefs()
    var res: UnsafeMutablePointer<UnsafeRawPointer?>? = nil
    for i in 0..<slotDefCount where defs[i].name_strobj == name {
        guard let ptr = slotPointer(type, Int(defs[i].offset)), ptr.pointee != nil else { continue }
        if res != nil && res != ptr { return nil }
        res = ptr
    }
    return res
}

/// Sets the slot for the group of slotdefs starting at `start` (same offset) from what the MRO
/// defines: the base's C function when it is the unique wrapper for that slot, else the generic
/// slot_* dispatcher. Returns the index after the group.
func updateOneSlot(_ type: PyTypeRef, _ start: Int) -> Int {
    let defs = slotDefs()
    let offset = defs[start].offset
    var i = start
    guard let ptr = slotPointer(type, Int(offset)) else {
        while i < slotDefCount && defs[i].offset == offset { i += 1 }
        return i
    }
    var specific: UnsafeRawPointer? = nil
    var generic: UnsafeRawPointer? = nil
    var useGeneric = false
    let iternextPtr = UnsafeMutableRawPointer(type) + htOffset(\PyHeapTypeObject.ht_type.tp_iternext)
    let newPtr = UnsafeMutableRawPointer(type) + htOffset(\PyHeapTypeObject.ht_type.tp_new)
    let hashPtr = UnsafeMutableRawPointer(type) + htOffset(\PyHeapTypeObject.ht_type.tp_hash)
    let callFn = cfp(slotTpCall as ternaryfunc)
    repeat {
        let p = defs + i
        var failed = false
        let descr = findNameInMRO(type, p.pointee.name_strobj!, &failed)
        if failed { PyErr_Clear() }
        if let descr = descr {
            if descr.pointee.ob_type == SPyType_WrapperDescr(),
               descr.cast(to: PyWrapperDescrObject.self).pointee.d_base.pointee.name_strobj == p.pointee.name_strobj {
                let tptr = resolveSlotDups(type, p.pointee.name_strobj!)
                if tptr == nil || tptr == ptr { generic = p.pointee.function.map { UnsafeRawPointer($0) } }
                let d = descr.cast(to: PyWrapperDescrObject.self)
                let wrapped = d.pointee.d_wrapped.map { UnsafeRawPointer($0) }
                if (specific == nil || specific == wrapped)
                    && fnAddress(d.pointee.d_base.pointee.wrapper) == fnAddress(p.pointee.wrapper)
                    && isSubtype(type, d.pointee.d_common.d_type) {
                    specific = wrapped
                } else {
                    useGeneric = true
                }
            } else if descr.pointee.ob_type == SPyType_CFunction(),
                      fnAddress(descr.cast(to: PyCFunctionObject.self).pointee.m_ml.pointee.ml_meth) == cfp(tpNewWrapperKw as VarArgsKwFn),
                      UnsafeMutableRawPointer(ptr) == newPtr {
                specific = fnAddress(type.pointee.tp_new)
            } else if descr == pyNone && UnsafeMutableRawPointer(ptr) == hashPtr {
                specific = cfp(PyObject_HashNotImplemented as hashfunc)
            } else {
                useGeneric = true
                generic = p.pointee.function.map { UnsafeRawPointer($0) }
                if generic == callFn { type.pointee.tp_flags &= ~UInt(Py_TPFLAGS_HAVE_VECTORCALL) }
            }
        } else if UnsafeMutableRawPointer(ptr) == iternextPtr {
            specific = cfp(nextNotImplemented as iternextfunc)
        }
        i += 1
    } while i < slotDefCount && defs[i].offset == offset
    ptr.pointee = (specific != nil && !useGeneric) ? specific : generic
    return i
}

/// Installs slot dispatchers on a freshly created heap type.
func fixupSlotDispatchers(_ type: PyTypeRef) {
    _ = slotDefs()
    var i = 0
    while i < slotDefCount { i = updateOneSlot(type, i) }
}

/// After `type.name = value` for a dunder `name`: re-derives the affected slots in `type` and the
/// subclasses that do not define `name` themselves.
func updateSlot(_ type: PyTypeRef, _ name: PyObjectRef) {
    let defs = slotDefs()
    var groups: [Int] = []
    for i in 0..<slotDefCount where defs[i].name_strobj == name {
        var s = i
        while s > 0 && defs[s - 1].offset == defs[i].offset { s -= 1 }
        if !groups.contains(s) { groups.append(s) }
    }
    if groups.isEmpty { return }
    func visit(_ t: PyTypeRef) {
        for g in groups { _ = updateOneSlot(t, g) }
        for sub in subclassesOf(t) {
            if let d = sub.pointee.tp_dict, PyDict_Contains(d, name) > 0 { continue }
            visit(sub)
        }
    }
    visit(type)
}

/// tp_iternext of types whose __next__ is missing: "'X' object is not an iterator".
func nextNotImplemented(_ o: PyObjectRef?) -> PyObjectRef? {
    setError(PyExc_TypeError, "'\(typeName(of: o!))' object is not an iterator")
    return nil
}
