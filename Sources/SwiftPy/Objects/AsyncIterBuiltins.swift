// Builtins aiter(obj) and anext(ait[, default]); anext with a default returns an
// anext_awaitable that turns the awaited StopAsyncIteration into StopIteration(default).
import CPython

let builtinAiter: OneArgFn = { _, o in
    let t = o!.pointee.ob_type!
    guard let getter = t.pointee.tp_as_async?.pointee.am_aiter else {
        setError(PyExc_TypeError, "'\(vmTypeName(t))' object is not an async iterable"); return nil
    }
    guard let it = getter(o!) else { return nil }
    if it.pointee.ob_type.pointee.tp_as_async?.pointee.am_anext == nil {
        setError(PyExc_TypeError, "aiter() returned not an async iterator of type '\(vmTypeName(it.pointee.ob_type))'")
        Py_DECREF(it); return nil
    }
    return it
}

let builtinAnext: FastFn = { _, args, n in
    guard n >= 1 && n <= 2, let args else {
        setError(PyExc_TypeError, n < 1 ? "anext expected at least 1 argument, got \(n)" : "anext expected at most 2 arguments, got \(n)")
        return nil
    }
    let ait = args[0]!
    guard let getter = ait.pointee.ob_type.pointee.tp_as_async?.pointee.am_anext else {
        setError(PyExc_TypeError, "'\(vmTypeName(ait.pointee.ob_type))' object is not an async iterator"); return nil
    }
    guard let awaitable = getter(ait) else { return nil }
    if n == 1 { return awaitable }
    defer { Py_DECREF(awaitable) }
    guard let o = vmGCNew(SPyType_AnextAwaitable()) else { return nil }
    let a = o.cast(to: SPyAsyncGenAwaitable.self)
    Py_INCREF(awaitable); a.pointee.ag_gen = awaitable
    Py_INCREF(args[1]!); a.pointee.ag_value = args[1]!
    PyObject_GC_Track(o)
    return o
}

/// The iterator to forward to: the wrapped awaitable's await-iterator (a coroutine's __await__()).
private func anextIter(_ o: PyObjectRef) -> PyObjectRef? {
    guard let it = awaitableIter(o.cast(to: SPyAsyncGenAwaitable.self).pointee.ag_gen!) else { return nil }
    if it.pointee.ob_type == SPyType_Coro(), let aw = it.pointee.ob_type.pointee.tp_as_async?.pointee.am_await {
        defer { Py_DECREF(it) }
        return aw(it)
    }
    return it
}

/// StopAsyncIteration from the wrapped awaitable becomes StopIteration(default).
private func anextProxy(_ o: PyObjectRef, _ r: PyObjectRef?) -> PyObjectRef? {
    if r == nil && PyErr_ExceptionMatches(PyExc_StopAsyncIteration) != 0 {
        PyErr_Clear()
        setStopIterationValue(o.cast(to: SPyAsyncGenAwaitable.self).pointee.ag_value)
    }
    return r
}

private func anextSend(_ o: PyObjectRef, _ arg: PyObjectRef?) -> PyObjectRef? {
    guard let it = anextIter(o) else { return nil }
    defer { Py_DECREF(it) }
    if arg == nil || arg == pyNone, let next = it.pointee.ob_type.pointee.tp_iternext {
        return anextProxy(o, next(it))
    }
    return anextProxy(o, PyObject_CallMethodOneArg(it, pyIntern("send"), arg ?? pyNone))
}

private let anextThrow: FastFn = { o, args, n in
    guard let it = anextIter(o!) else { return nil }
    defer { Py_DECREF(it) }
    guard let meth = PyObject_GetAttrString(it, "throw") else { return nil }
    defer { Py_DECREF(meth) }
    return anextProxy(o!, PyObject_Vectorcall(meth, args, n, nil))
}

private let anextClose: NoArgsFn = { o, _ in
    guard let it = anextIter(o!) else { return nil }
    defer { Py_DECREF(it) }
    var meth: PyObjectRef? = nil
    if _PyObject_LookupAttr(it, pyIntern("close"), &meth) < 0 { return nil }
    guard let meth else { return pyNoneRef() }
    defer { Py_DECREF(meth) }
    return PyObject_CallNoArgs(meth)
}

nonisolated(unsafe) private let anextAsync: UnsafeMutablePointer<PyAsyncMethods> = {
    let p = UnsafeMutablePointer<PyAsyncMethods>.allocate(capacity: 1)
    p.initialize(to: PyAsyncMethods(am_await: { o in Py_INCREF(o!); return o }, am_aiter: nil, am_anext: nil, am_send: nil))
    return p
}()

func initAnextAwaitableType() {
    let t = SPyType_AnextAwaitable()
    t.pointee.tp_name = immortalCString("anext_awaitable")
    t.pointee.tp_basicsize = MemoryLayout<SPyAsyncGenAwaitable>.size
    t.pointee.tp_flags = UInt(Py_TPFLAGS_HAVE_VERSION_TAG) | UInt(Py_TPFLAGS_HAVE_GC)
    t.pointee.tp_dealloc = { o in
        PyObject_GC_UnTrack(o!)
        let a = o!.cast(to: SPyAsyncGenAwaitable.self)
        vmClearField(&a.pointee.ag_gen); vmClearField(&a.pointee.ag_value)
        PyObject_GC_Del(o!)
    }
    t.pointee.tp_traverse = { o, visit, arg in
        let a = o!.cast(to: SPyAsyncGenAwaitable.self)
        for x in [a.pointee.ag_gen, a.pointee.ag_value] { if let x { let r = visit!(x, arg); if r != 0 { return r } } }
        return 0
    }
    t.pointee.tp_getattro = PyObject_GenericGetAttr
    t.pointee.tp_as_async = anextAsync
    t.pointee.tp_iter = PyObject_SelfIter
    t.pointee.tp_iternext = { o in anextSend(o!, nil) }
    t.pointee.tp_methods = makeMethodTable([
        .oneArg("send", { o, a in anextSend(o!, a) }),
        .fast("throw", anextThrow),
        .noArgs("close", anextClose),
    ])
}
