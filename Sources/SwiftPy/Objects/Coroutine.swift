// Coroutine objects (CPython's genobject.c, coroutine part): `async def` functions return a
// coroutine sharing the generator layout and resume machinery (Generator.swift). A coroutine is
// not iterable; `__await__()` returns a coroutine_wrapper that iterates it. Also the awaitable
// protocol used by GET_AWAITABLE and the "never awaited" warning.
import CPython

/// The iterator an `await` delegates to (new reference), CPython's _PyCoro_GetAwaitableIter:
/// a coroutine or an iterable-coroutine generator itself, else `type(o).__await__(o)`, which must
/// return an iterator that is not a coroutine. nil with TypeError otherwise.
func awaitableIter(_ o: PyObjectRef) -> PyObjectRef? {
    let t = o.pointee.ob_type!
    if t == SPyType_Coro() || isIterableCoroutine(o) { Py_INCREF(o); return o }
    guard let getter = t.pointee.tp_as_async?.pointee.am_await else {
        setError(PyExc_TypeError, "object \(vmTypeName(t)) can't be used in 'await' expression")
        return nil
    }
    guard let res = getter(o) else { return nil }
    if res.pointee.ob_type == SPyType_Coro() || isIterableCoroutine(res) {
        Py_DECREF(res)
        setError(PyExc_TypeError, "__await__() returned a coroutine"); return nil
    }
    if res.pointee.ob_type.pointee.tp_iternext == nil {
        setError(PyExc_TypeError, "__await__() returned non-iterator of type '\(vmTypeName(res.pointee.ob_type))'")
        Py_DECREF(res); return nil
    }
    return res
}

/// A generator made by a function whose code has CO_ITERABLE_COROUTINE (types.coroutine).
func isIterableCoroutine(_ o: PyObjectRef) -> Bool {
    guard o.pointee.ob_type == SPyType_Gen(), let code = genObj(o).pointee.gi_code else { return false }
    return (code.cast(to: PyCodeObject.self).pointee.co_flags & CO_ITERABLE_COROUTINE) != 0
}

/// The object a suspended coroutine/generator is awaiting (borrowed), via its YIELD_FROM.
func genAwaitedObject(_ o: PyObjectRef) -> PyObjectRef? {
    guard let f = genObj(o).pointee.gi_frame, f.pointee.f_state == Int8(SPY_FRAME_SUSPENDED),
          let top = f.pointee.f_stacktop else { return nil }
    let code = f.pointee.f_code!
    let next = Int(f.pointee.f_lasti) + 1
    guard next < code.pointee.co_ncode, vmOpcode(code.pointee.co_code![next]) == .YIELD_FROM else { return nil }
    return (top - 1).pointee
}

/// RuntimeWarning "coroutine 'f' was never awaited" via warnings.warn(..., source=coro), as
/// CPython's _warn_unawaited_coroutine (errors are unraisable).
func warnUnawaitedCoroutine(_ o: PyObjectRef) {
    let q = genObj(o).pointee.gi_qualname.map(swiftString) ?? "?"
    let text = "coroutine '\(q)' was never awaited"
    if let warnings = PyImport_ImportModule("warnings") {
        defer { Py_DECREF(warnings) }
        if let warn = PyObject_GetAttrString(warnings, "warn"), let msg = pyStr(text) {
            let level = pyInt(1)
            var args: [PyObjectRef?] = [msg, PyExc_RuntimeWarning, level, o]
            let r = args.withUnsafeMutableBufferPointer { PyObject_Vectorcall(warn, $0.baseAddress, 4, nil) }
            Py_DECREF(warn); Py_DECREF(msg); Py_DECREF(level)
            if let r { Py_DECREF(r); return }
            PyErr_WriteUnraisable(o)
            return
        }
    }
    PyErr_Clear()
    if PyErr_WarnEx(PyExc_RuntimeWarning, text, 1) < 0 { PyErr_WriteUnraisable(o) }
}

// MARK: - coroutine type

private let coroAwait: unaryfunc = { o in
    guard let w = vmGCNew(SPyType_CoroWrapper()) else { return nil }
    Py_INCREF(o!)
    w.cast(to: SPyCoroWrapperObject.self).pointee.cw_coroutine = o
    PyObject_GC_Track(w)
    return w
}

nonisolated(unsafe) private let coroAsync: UnsafeMutablePointer<PyAsyncMethods> = {
    let p = UnsafeMutablePointer<PyAsyncMethods>.allocate(capacity: 1)
    p.initialize(to: PyAsyncMethods(am_await: coroAwait, am_aiter: nil, am_anext: nil, am_send: genAmSend))
    return p
}()

private let coroGetAwait: GetterFn = { o, _ in
    let y = genAwaitedObject(o!) ?? pyNone
    Py_INCREF(y); return y
}
private let coroGetOrigin: GetterFn = { _, _ in pyNoneRef() }

/// Shared setup of the three generator-layout types.
func initGenLikeType(_ t: PyTypeRef, name: String) {
    t.pointee.tp_name = immortalCString(name)
    t.pointee.tp_basicsize = MemoryLayout<PyGenObject>.size
    t.pointee.tp_flags = UInt(Py_TPFLAGS_HAVE_VERSION_TAG) | UInt(Py_TPFLAGS_HAVE_GC)
    t.pointee.tp_dealloc = genDealloc
    t.pointee.tp_traverse = genTraverse
    t.pointee.tp_repr = genRepr
    t.pointee.tp_getattro = PyObject_GenericGetAttr
    t.pointee.tp_weaklistoffset = MemoryLayout<PyGenObject>.offset(of: \.gi_weakreflist)!
}

func initCoroutineTypes() {
    let t = SPyType_Coro()
    initGenLikeType(t, name: "coroutine")
    t.pointee.tp_as_async = coroAsync
    t.pointee.tp_methods = makeMethodTable([
        .oneArg("send", genSendMethod, doc: "send(arg) -> send 'arg' into coroutine,\nreturn next iterated value or raise StopIteration."),
        .fast("throw", genThrowMethod, doc: "throw(value)\nthrow(type[,value[,traceback]])\n\nRaise exception in coroutine, return next iterated value or raise\nStopIteration."),
        .noArgs("close", genCloseMethod, doc: "close() -> raise GeneratorExit inside coroutine."),
    ])
    t.pointee.tp_getset = makeGetSetTable([
        GetSetSpec("cr_await", get: coroGetAwait, doc: "object being awaited on, or None"),
        GetSetSpec("cr_frame", get: genGetFrame),
        GetSetSpec("cr_running", get: genGetRunning),
        GetSetSpec("cr_suspended", get: genGetSuspended),
        GetSetSpec("cr_code", get: genGetCode),
        GetSetSpec("cr_origin", get: coroGetOrigin),
        GetSetSpec("__name__", get: genGetName, set: genSetName),
        GetSetSpec("__qualname__", get: genGetQualname, set: genSetQualname),
    ])

    let w = SPyType_CoroWrapper()
    w.pointee.tp_name = immortalCString("coroutine_wrapper")
    w.pointee.tp_basicsize = MemoryLayout<SPyCoroWrapperObject>.size
    w.pointee.tp_flags = UInt(Py_TPFLAGS_HAVE_VERSION_TAG) | UInt(Py_TPFLAGS_HAVE_GC)
    w.pointee.tp_dealloc = { o in
        PyObject_GC_UnTrack(o!)
        vmClearField(&o!.cast(to: SPyCoroWrapperObject.self).pointee.cw_coroutine)
        PyObject_GC_Del(o!)
    }
    w.pointee.tp_traverse = { o, visit, arg in
        if let c = o!.cast(to: SPyCoroWrapperObject.self).pointee.cw_coroutine { return visit!(c, arg) }
        return 0
    }
    w.pointee.tp_getattro = PyObject_GenericGetAttr
    w.pointee.tp_iter = PyObject_SelfIter
    w.pointee.tp_iternext = { o in genIterNext(o!.cast(to: SPyCoroWrapperObject.self).pointee.cw_coroutine!) }
    w.pointee.tp_methods = makeMethodTable([
        .oneArg("send", { o, a in genSend(o!.cast(to: SPyCoroWrapperObject.self).pointee.cw_coroutine!, a) }),
        .fast("throw", { o, args, n in genThrowMethod(o!.cast(to: SPyCoroWrapperObject.self).pointee.cw_coroutine!, args, n) }),
        .noArgs("close", { o, _ in genClose(o!.cast(to: SPyCoroWrapperObject.self).pointee.cw_coroutine!) }),
    ])
}

// MARK: - VM support

/// GET_AWAITABLE: `[o] -> [awaitable iterator]`; `kind` 1/2: the object came from __aenter__/__aexit__.
func getAwaitable(_ sp: inout UnsafeMutablePointer<PyObjectRef?>, _ kind: Int) -> Bool {
    let o = sp[-1]!
    guard let it = awaitableIter(o) else {
        if kind != 0 && o.pointee.ob_type.pointee.tp_as_async?.pointee.am_await == nil {
            PyErr_Clear()
            setError(PyExc_TypeError, "'async with' received an object from \(kind == 1 ? "__aenter__" : "__aexit__") that does not implement __await__: \(vmTypeName(o.pointee.ob_type))")
        }
        return false
    }
    if it.pointee.ob_type == SPyType_Coro(), genAwaitedObject(it) != nil {
        Py_DECREF(it)
        setError(PyExc_RuntimeError, "coroutine is being awaited already")
        return false
    }
    sp[-1] = it
    Py_DECREF(o)
    return true
}

/// Replaces the current exception by TypeError(message) with the old one as __cause__ and __context__.
func formatErrorFromCause(_ message: String) {
    let tstate = vmTState()
    guard let cause = tstate.pointee.curexc else { setError(PyExc_TypeError, message); return }
    tstate.pointee.curexc = nil
    setError(PyExc_TypeError, message)
    if let e = tstate.pointee.curexc {
        Py_INCREF(cause)
        PyException_SetCause(e, cause)
        vmSetField(&excObj(e).pointee.context, cause)
    }
    Py_DECREF(cause)
}
