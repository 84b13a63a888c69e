// Async generators (CPython's genobject.c, async generator part): `async def` with `yield`.
// Shares the generator layout; YIELD_VALUE in such a frame wraps the value (wrapped value type)
// so that the asend/athrow awaitables can tell a real `yield` (-> StopIteration(value) to the
// awaiting code) from an `await` passing a value through to the event loop.
// Hooks: sys.set_asyncgen_hooks(firstiter, finalizer) (firstiter runs at the first asend/athrow;
// the finalizer replaces close() when a started generator is deallocated).
import CPython

let awaitableStateInit: Int32 = 0, awaitableStateIter: Int32 = 1, awaitableStateClosed: Int32 = 2

nonisolated(unsafe) var asyncGenFirstIter: PyObjectRef? = nil
nonisolated(unsafe) var asyncGenFinalizer: PyObjectRef? = nil

/// A value yielded by an async generator, wrapped (new reference).
func asyncGenWrap(_ v: PyObjectRef) -> PyObjectRef? {
    guard let w = PyObject_Init(PyObject_Malloc(MemoryLayout<SPyAsyncGenWrappedValue>.size)?.assumingMemoryBound(to: PyObject.self),
                                SPyType_AsyncGenWrappedValue()) else { return nil }
    Py_INCREF(v)
    w.cast(to: SPyAsyncGenWrappedValue.self).pointee.agw_val = v
    return w
}
@inline(__always) private func isWrapped(_ o: PyObjectRef) -> Bool { o.pointee.ob_type == SPyType_AsyncGenWrappedValue() }
@inline(__always) private func awaitable(_ o: PyObjectRef) -> UnsafeMutablePointer<SPyAsyncGenAwaitable> { o.cast(to: SPyAsyncGenAwaitable.self) }

/// Calls the firstiter hook once per generator (0 ok, -1 error).
private func asyncGenInitHooks(_ gen: PyObjectRef) -> Int32 {
    let g = genObj(gen)
    if g.pointee.ag_hooks_inited != 0 { return 0 }
    g.pointee.ag_hooks_inited = 1
    if let fin = asyncGenFinalizer { Py_INCREF(fin); g.pointee.ag_finalizer = fin }
    if let first = asyncGenFirstIter {
        Py_INCREF(first)
        let r = PyObject_CallOneArg(first, gen)
        Py_DECREF(first)
        guard let r else { return -1 }
        Py_DECREF(r)
    }
    return 0
}

/// CPython's async_gen_unwrap_value: a wrapped value becomes StopIteration(value).
private func asyncGenUnwrap(_ gen: PyObjectRef, _ result: PyObjectRef?) -> PyObjectRef? {
    let g = genObj(gen)
    guard let result else {
        if PyErr_Occurred() == nil { PyErr_SetNone(PyExc_StopAsyncIteration) }
        if PyErr_ExceptionMatches(PyExc_StopAsyncIteration) != 0 || PyErr_ExceptionMatches(PyExc_GeneratorExit) != 0 {
            g.pointee.gi_closed = 1
        }
        g.pointee.ag_running_async = 0
        return nil
    }
    if isWrapped(result) {
        setStopIterationValue(result.cast(to: SPyAsyncGenWrappedValue.self).pointee.agw_val)
        Py_DECREF(result)
        g.pointee.ag_running_async = 0
        return nil
    }
    return result
}

/// gen_send_ex: resume, a finished async generator raising StopAsyncIteration.
private func asyncGenResume(_ gen: PyObjectRef, _ arg: PyObjectRef?) -> PyObjectRef? {
    var r: PyObjectRef? = nil
    switch genSendEx(gen, arg, exc: false, closing: false, &r) {
    case PYGEN_NEXT: return r
    case PYGEN_RETURN: Py_XDECREF(r); PyErr_SetNone(PyExc_StopAsyncIteration); return nil
    default: return nil
    }
}

private func makeAwaitable(_ type: PyTypeRef, _ gen: PyObjectRef, _ value: PyObjectRef?, isThrow: Bool) -> PyObjectRef? {
    guard let o = vmGCNew(type) else { return nil }
    let a = awaitable(o)
    Py_INCREF(gen); a.pointee.ag_gen = gen
    if let value { Py_INCREF(value) }
    a.pointee.ag_value = value
    a.pointee.ag_state = awaitableStateInit
    a.pointee.ag_isthrow = isThrow ? 1 : 0
    PyObject_GC_Track(o)
    return o
}

// MARK: - asend / __anext__

private func asendSend(_ o: PyObjectRef, _ arg: PyObjectRef?) -> PyObjectRef? {
    let a = awaitable(o)
    let gen = a.pointee.ag_gen!
    if a.pointee.ag_state == awaitableStateClosed {
        setError(PyExc_RuntimeError, "cannot reuse already awaited __anext__()/asend()"); return nil
    }
    var arg = arg
    if a.pointee.ag_state == awaitableStateInit {
        if genObj(gen).pointee.ag_running_async != 0 {
            setError(PyExc_RuntimeError, "anext(): asynchronous generator is already running"); return nil
        }
        if arg == nil || arg == pyNone { arg = a.pointee.ag_value }
        a.pointee.ag_state = awaitableStateIter
    }
    genObj(gen).pointee.ag_running_async = 1
    let r = asyncGenUnwrap(gen, asyncGenResume(gen, arg ?? pyNone))
    if r == nil { a.pointee.ag_state = awaitableStateClosed }
    return r
}

private func asendThrow(_ o: PyObjectRef, _ args: UnsafePointer<PyObjectRef?>?, _ n: Int) -> PyObjectRef? {
    let a = awaitable(o)
    if a.pointee.ag_state == awaitableStateClosed {
        setError(PyExc_RuntimeError, "cannot reuse already awaited __anext__()/asend()"); return nil
    }
    let r = asyncGenUnwrap(a.pointee.ag_gen!, genThrowMethod(a.pointee.ag_gen!, args, n))
    if r == nil { a.pointee.ag_state = awaitableStateClosed }
    return r
}

// MARK: - athrow / aclose

/// Ends an aclose()/athrow() awaitable after the generator raised.
private func athrowCheckError(_ a: UnsafeMutablePointer<SPyAsyncGenAwaitable>) -> PyObjectRef? {
    genObj(a.pointee.ag_gen!).pointee.ag_running_async = 0
    a.pointee.ag_state = awaitableStateClosed
    if a.pointee.ag_value == nil,
       PyErr_ExceptionMatches(PyExc_StopAsyncIteration) != 0 || PyErr_ExceptionMatches(PyExc_GeneratorExit) != 0 {
        PyErr_Clear(); PyErr_SetNone(PyExc_StopIteration)
    }
    return nil
}
private func athrowIgnoredExit(_ a: UnsafeMutablePointer<SPyAsyncGenAwaitable>) -> PyObjectRef? {
    genObj(a.pointee.ag_gen!).pointee.ag_running_async = 0
    a.pointee.ag_state = awaitableStateClosed
    setError(PyExc_RuntimeError, "async generator ignored GeneratorExit")
    return nil
}

private func athrowSend(_ o: PyObjectRef, _ arg: PyObjectRef?) -> PyObjectRef? {
    let a = awaitable(o)
    let gen = a.pointee.ag_gen!
    let g = genObj(gen)
    let isClose = a.pointee.ag_value == nil
    if a.pointee.ag_state == awaitableStateClosed {
        setError(PyExc_RuntimeError, "cannot reuse already awaited aclose()/athrow()"); return nil
    }
    if g.pointee.gi_frame == nil || g.pointee.gi_frame!.pointee.f_state >= Int8(SPY_FRAME_EXECUTING) {
        a.pointee.ag_state = awaitableStateClosed
        PyErr_SetNone(PyExc_StopIteration); return nil
    }
    if a.pointee.ag_state == awaitableStateInit {
        if g.pointee.ag_running_async != 0 {
            a.pointee.ag_state = awaitableStateClosed
            setError(PyExc_RuntimeError, isClose ? "aclose(): asynchronous generator is already running"
                                                 : "athrow(): asynchronous generator is already running")
            return nil
        }
        if g.pointee.gi_closed != 0 {
            a.pointee.ag_state = awaitableStateClosed
            PyErr_SetNone(PyExc_StopAsyncIteration); return nil
        }
        if let arg, arg != pyNone {
            setError(PyExc_RuntimeError, "can't send non-None value to a just-started coroutine"); return nil
        }
        a.pointee.ag_state = awaitableStateIter
        g.pointee.ag_running_async = 1
        if isClose {
            g.pointee.gi_closed = 1
            let r = genThrow(gen, PyExc_GeneratorExit, nil, nil, closeOnExit: false)
            guard let r else { return athrowCheckError(a) }
            if isWrapped(r) { Py_DECREF(r); return athrowIgnoredExit(a) }
            return r
        }
        let t = a.pointee.ag_value!
        let n = vmTupleSize(t)
        let r = asyncGenUnwrap(gen, genThrow(gen, vmTupleItem(t, 0), n > 1 ? vmTupleItem(t, 1) : nil,
                                             n > 2 ? vmTupleItem(t, 2) : nil, closeOnExit: false))
        guard let r else { return athrowCheckError(a) }
        return r
    }
    let r = genSend(gen, arg ?? pyNone)
    if !isClose { return asyncGenUnwrap(gen, r) }
    guard let r else { return athrowCheckError(a) }
    if isWrapped(r) { Py_DECREF(r); return athrowIgnoredExit(a) }
    return r
}

private func athrowThrow(_ o: PyObjectRef, _ args: UnsafePointer<PyObjectRef?>?, _ n: Int) -> PyObjectRef? {
    let a = awaitable(o)
    if a.pointee.ag_state == awaitableStateClosed {
        setError(PyExc_RuntimeError, "cannot reuse already awaited aclose()/athrow()"); return nil
    }
    let gen = a.pointee.ag_gen!
    let r = genThrowMethod(gen, args, n)
    if a.pointee.ag_value != nil { return asyncGenUnwrap(gen, r) }
    if let r, isWrapped(r) { Py_DECREF(r); return athrowIgnoredExit(a) }
    if r == nil, PyErr_ExceptionMatches(PyExc_StopAsyncIteration) != 0 || PyErr_ExceptionMatches(PyExc_GeneratorExit) != 0 {
        PyErr_Clear(); PyErr_SetNone(PyExc_StopIteration)
    }
    return r
}

// MARK: - async generator methods

private func agAnext(_ o: PyObjectRef) -> PyObjectRef? {
    if asyncGenInitHooks(o) < 0 { return nil }
    return makeAwaitable(SPyType_AsyncGenASend(), o, pyNone, isThrow: false)
}

private let agAsend: OneArgFn = { o, v in
    if asyncGenInitHooks(o!) < 0 { return nil }
    return makeAwaitable(SPyType_AsyncGenASend(), o!, v, isThrow: false)
}
private let agAthrow: FastFn = { o, args, n in
    guard n >= 1 && n <= 3, let args else {
        setError(PyExc_TypeError, n < 1 ? "athrow expected at least 1 argument, got \(n)" : "athrow expected at most 3 arguments, got \(n)")
        return nil
    }
    if asyncGenInitHooks(o!) < 0 { return nil }
    guard let t = vmTuple((0..<n).map { args[$0]! }) else { return nil }
    defer { Py_DECREF(t) }
    return makeAwaitable(SPyType_AsyncGenAThrow(), o!, t, isThrow: true)
}
private let agAclose: NoArgsFn = { o, _ in
    if asyncGenInitHooks(o!) < 0 { return nil }
    return makeAwaitable(SPyType_AsyncGenAThrow(), o!, nil, isThrow: true)
}
private let agGetAwait: GetterFn = { o, _ in
    let y = genAwaitedObject(o!) ?? pyNone
    Py_INCREF(y); return y
}
private let agGetRunning: GetterFn = { o, _ in pyBool(genObj(o!).pointee.ag_running_async != 0) }

nonisolated(unsafe) private let agAsync: UnsafeMutablePointer<PyAsyncMethods> = {
    let p = UnsafeMutablePointer<PyAsyncMethods>.allocate(capacity: 1)
    p.initialize(to: PyAsyncMethods(am_await: nil, am_aiter: { o in Py_INCREF(o!); return o }, am_anext: { o in agAnext(o!) }, am_send: nil))
    return p
}()
nonisolated(unsafe) private let awaitableAsync: UnsafeMutablePointer<PyAsyncMethods> = {
    let p = UnsafeMutablePointer<PyAsyncMethods>.allocate(capacity: 1)
    p.initialize(to: PyAsyncMethods(am_await: { o in Py_INCREF(o!); return o }, am_aiter: nil, am_anext: nil, am_send: nil))
    return p
}()

private func initAwaitableType(_ t: PyTypeRef, name: String, send: OneArgFn, throwFn: FastFn, next: iternextfunc) {
    t.pointee.tp_name = immortalCString(name)
    t.pointee.tp_basicsize = MemoryLayout<SPyAsyncGenAwaitable>.size
    t.pointee.tp_flags = UInt(Py_TPFLAGS_HAVE_VERSION_TAG) | UInt(Py_TPFLAGS_HAVE_GC)
    t.pointee.tp_dealloc = { o in
        PyObject_GC_UnTrack(o!)
        vmClearField(&awaitable(o!).pointee.ag_gen); vmClearField(&awaitable(o!).pointee.ag_value)
        PyObject_GC_Del(o!)
    }
    t.pointee.tp_traverse = { o, visit, arg in
        for x in [awaitable(o!).pointee.ag_gen, awaitable(o!).pointee.ag_value] {
            if let x { let r = visit!(x, arg); if r != 0 { return r } }
        }
        return 0
    }
    t.pointee.tp_getattro = PyObject_GenericGetAttr
    t.pointee.tp_as_async = awaitableAsync
    t.pointee.tp_iter = PyObject_SelfIter
    t.pointee.tp_iternext = next
    t.pointee.tp_methods = makeMethodTable([
        .oneArg("send", send, doc: "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."),
        .fast("throw", throwFn, doc: "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration."),
        .noArgs("close", { o, _ in awaitable(o!).pointee.ag_state = awaitableStateClosed; return pyNoneRef() },
                doc: "close() -> raise GeneratorExit inside generator."),
    ])
}

func initAsyncGeneratorTypes() {
    let t = SPyType_AsyncGen()
    initGenLikeType(t, name: "async_generator")
    t.pointee.tp_as_async = agAsync
    t.pointee.tp_methods = makeMethodTable([
        .oneArg("asend", agAsend, doc: "asend(v) -> send 'v' in generator."),
        .fast("athrow", agAthrow, doc: "athrow(typ[,val[,tb]]) -> raise exception in generator."),
        .noArgs("aclose", agAclose, doc: "aclose() -> raise GeneratorExit inside generator."),
    ])
    t.pointee.tp_getset = makeGetSetTable([
        GetSetSpec("ag_await", get: agGetAwait, doc: "object being awaited on, or None"),
        GetSetSpec("ag_frame", get: genGetFrame),
        GetSetSpec("ag_running", get: agGetRunning),
        GetSetSpec("ag_suspended", get: genGetSuspended),
        GetSetSpec("ag_code", get: genGetCode),
        GetSetSpec("__name__", get: genGetName, set: genSetName),
        GetSetSpec("__qualname__", get: genGetQualname, set: genSetQualname),
    ])

    let w = SPyType_AsyncGenWrappedValue()
    w.pointee.tp_name = immortalCString("async_generator_wrapped_value")
    w.pointee.tp_basicsize = MemoryLayout<SPyAsyncGenWrappedValue>.size
    w.pointee.tp_flags = UInt(Py_TPFLAGS_HAVE_VERSION_TAG)
    w.pointee.tp_dealloc = { o in
        vmClearField(&o!.cast(to: SPyAsyncGenWrappedValue.self).pointee.agw_val)
        PyObject_Free(o!)
    }

    initAwaitableType(SPyType_AsyncGenASend(), name: "async_generator_asend",
                      send: { o, a in asendSend(o!, a) }, throwFn: { o, a, n in asendThrow(o!, a, n) },
                      next: { o in asendSend(o!, nil) })
    initAwaitableType(SPyType_AsyncGenAThrow(), name: "async_generator_athrow",
                      send: { o, a in athrowSend(o!, a) }, throwFn: { o, a, n in athrowThrow(o!, a, n) },
                      next: { o in athrowSend(o!, nil) })
}

// MARK: - sys.set_asyncgen_hooks / get_asyncgen_hooks

/// sys.set_asyncgen_hooks(firstiter=..., finalizer=...): omitted arguments keep their hook.
let sysSetAsyncgenHooks: FastKwFn = { _, args, n, kwnames in
    var values: [String: PyObjectRef] = [:]
    let names = ["firstiter", "finalizer"]
    for i in 0..<n {
        guard i < 2 else { setError(PyExc_TypeError, "set_asyncgen_hooks() takes at most 2 arguments (\(n) given)"); return nil }
        values[names[i]] = args![i]!
    }
    if let kwnames {
        for k in 0..<vmTupleSize(kwnames) {
            let key = swiftString(vmTupleItem(kwnames, k))
            guard names.contains(key) else {
                setError(PyExc_TypeError, "set_asyncgen_hooks() got an unexpected keyword argument '\(key)'"); return nil
            }
            values[key] = args![n + k]!
        }
    }
    for name in names {
        if let v = values[name], v != pyNone, PyCallable_Check(v) == 0 {
            setError(PyExc_TypeError, "callable \(name) expected, got \(vmTypeName(v.pointee.ob_type))"); return nil
        }
    }
    func assign(_ slot: inout PyObjectRef?, _ v: PyObjectRef?) {
        guard let v else { return }
        let old = slot
        if v == pyNone { slot = nil } else { Py_INCREF(v); slot = v }
        Py_XDECREF(old)
    }
    assign(&asyncGenFinalizer, values["finalizer"])
    assign(&asyncGenFirstIter, values["firstiter"])
    return pyNoneRef()
}

let sysGetAsyncgenHooks: NoArgsFn = { _, _ in
    let first = asyncGenFirstIter ?? pyNone, fin = asyncGenFinalizer ?? pyNone
    return vmTuple([first, fin])
}
