// Iteration protocol (CPython's abstract.c): iter(), next(), send, length hints, and the linear
// search used by `in`, count() and index() on objects without their own.
import CPython

@c @implementation public func PyObject_GetIter(_ o: PyObjectRef?) -> PyObjectRef? {
    let o = o!
    let tp = o.type
    guard let f = tp.pointee.tp_iter else {
        if PySequence_Check(o) != 0 { return PySeqIter_New(o) }
        setError(PyExc_TypeError, "'\(typeName(of: o))' object is not iterable")
        return nil
    }
    guard let res = f(o) else { return nil }
    if PyIter_Check(res) == 0 {
        setError(PyExc_TypeError, "iter() returned non-iterator of type '\(typeName(of: res))'")
        Py_DECREF(res)
        return nil
    }
    return res
}

@c @implementation public func PyIter_Check(_ o: PyObjectRef?) -> Int32 {
    guard let f = o?.type.pointee.tp_iternext else { return 0 }
    return fnAddress(f) != cfp(nextNotImplemented as iternextfunc) ? 1 : 0
}

/// Next item; NULL without an exception when exhausted (StopIteration is swallowed).
@c @implementation public func PyIter_Next(_ it: PyObjectRef?) -> PyObjectRef? {
    let it = it!
    guard let f = it.type.pointee.tp_iternext else {
        setError(PyExc_TypeError, "'\(typeName(of: it))' object is not an iterator")
        return nil
    }
    let r = f(it)
    if r == nil && errorOccurred() && errorMatches(PyExc_StopIteration) { PyErr_Clear() }
    return r
}

/// Takes the value of a raised StopIteration (None when no exception); -1 for other errors.
func fetchStopIterationValue(_ result: UnsafeMutablePointer<PyObjectRef?>) -> Int32 {
    guard let exc = currentThreadState().pointee.curexc else { result.pointee = pyNoneRef(); return 0 }
    guard errorMatches(PyExc_StopIteration) else { return -1 }
    let e = PyErr_GetRaisedException()!
    let v = e.cast(to: PyStopIterationObject.self).pointee.value
    result.pointee = newRef(v ?? pyNone)
    Py_DECREF(e)
    _ = exc
    return 0
}

@c @implementation public func PyIter_Send(_ iter: PyObjectRef?, _ arg: PyObjectRef?, _ presult: UnsafeMutablePointer<PyObjectRef?>?) -> PySendResult {
    let iter = iter!, presult = presult!
    if let am = iter.type.pointee.tp_as_async, let send = am.pointee.am_send {
        return send(iter, arg, presult)
    }
    if arg == pyNone && PyIter_Check(iter) != 0 {
        presult.pointee = iter.type.pointee.tp_iternext!(iter)
    } else {
        presult.pointee = PyObject_CallMethodOneArg(iter, pyName(.send), arg)
    }
    if presult.pointee != nil { return PYGEN_NEXT }
    if fetchStopIterationValue(presult) == 0 { return PYGEN_RETURN }
    return PYGEN_ERROR
}

/// len(o) if it has one, else __length_hint__(), else `defaultValue`; -1 with an error set.
@c @implementation public func PyObject_LengthHint(_ o: PyObjectRef?, _ defaultValue: Int) -> Int {
    let o = o!
    let tp = o.type
    if (tp.pointee.tp_as_sequence?.pointee.sq_length != nil) || (tp.pointee.tp_as_mapping?.pointee.mp_length != nil) {
        let n = PyObject_Size(o)
        if n < 0 {
            if !errorMatches(PyExc_TypeError) { return -1 }
            PyErr_Clear()
        } else {
            return n
        }
    }
    guard let hint = lookupSpecial(o, pyName(.__length_hint__)) else {
        if errorOccurred() { return -1 }
        return defaultValue
    }
    let r = PyObject_CallNoArgs(hint)
    Py_DECREF(hint)
    guard let res = r else {
        if errorMatches(PyExc_TypeError) { PyErr_Clear(); return defaultValue }
        return -1
    }
    defer { Py_DECREF(res) }
    if res == pyNotImplemented { return defaultValue }
    if !isLongObject(res) {
        setError(PyExc_TypeError, "__length_hint__ must be an integer, not \(typeName(of: res))")
        return -1
    }
    let n = PyLong_AsSsize_t(res)
    if n == -1 && errorOccurred() { return -1 }
    if n < 0 { setError(PyExc_ValueError, "__length_hint__() should return >= 0"); return -1 }
    return n
}

enum IterSearch { case count, index, contains }

/// Linear search by iteration (CPython's _PySequence_IterSearch). count: occurrences; index: first
/// position (ValueError when absent); contains: 1/0. -1 with an error set.
func sequenceIterSearch(_ seq: PyObjectRef, _ obj: PyObjectRef, _ op: IterSearch) -> Int {
    guard let it = PyObject_GetIter(seq) else {
        if errorMatches(PyExc_TypeError) {
            PyErr_Clear()
            setError(PyExc_TypeError, "argument of type '\(typeName(of: seq))' is not iterable")
        }
        return -1
    }
    defer { Py_DECREF(it) }
    var n = 0
    while true {
        guard let item = PyIter_Next(it) else {
            if errorOccurred() { return -1 }
            break
        }
        let cmp = PyObject_RichCompareBool(item, obj, Py_EQ)
        Py_DECREF(item)
        if cmp < 0 { return -1 }
        if cmp > 0 {
            switch op {
            case .count: n += 1
            case .index: return n
            case .contains: return 1
            }
        } else if op == .index {
            n += 1
        }
    }
    switch op {
    case .index:
        setError(PyExc_ValueError, "sequence.index(x): x not in sequence")
        return -1
    case .count: return n
    case .contains: return 0
    }
}
