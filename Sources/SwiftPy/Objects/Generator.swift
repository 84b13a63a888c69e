// Generator objects (CPython 3.10's genobject.c): a generator owns a suspended frame; send/throw/
// close resume it through evalFrame. `yield from` delegation re-executes YIELD_FROM until the
// sub-iterator finishes; throw/close are forwarded to the sub-iterator.
import CPython
import SwiftPyFrontend

typealias GenRef = UnsafeMutablePointer<PyGenObject>
@inline(__always) func genObj(_ o: PyObjectRef) -> GenRef { o.cast(to: PyGenObject.self) }

/// Makes a generator owning `frame` (steals the frame reference).
func generatorNew(_ frame: FrameRef, name: PyObjectRef, qualname: PyObjectRef) -> PyObjectRef? {
    let flags = frame.pointee.f_code!.pointee.co_flags
    let type = (flags & CO_COROUTINE) != 0 ? SPyType_Coro() : (flags & CO_ASYNC_GENERATOR) != 0 ? SPyType_AsyncGen() : SPyType_Gen()
    guard let o = vmGCNew(type) else { frameRelease(frame); return nil }
    let g = genObj(o)
    g.pointee.gi_frame = frame
    let code = frame.pointee.f_code!.asPyObject
    Py_INCREF(code); g.pointee.gi_code = code
    Py_INCREF(name); g.pointee.gi_name = name
    Py_INCREF(qualname); g.pointee.gi_qualname = qualname
    g.pointee.gi_exc_state = nil
    g.pointee.gi_weakreflist = nil
    g.pointee.gi_running = 0
    g.pointee.gi_closed = 0
    g.pointee.ag_running_async = 0
    g.pointee.ag_hooks_inited = 0
    g.pointee.gi_finalized = 0
    g.pointee.ag_finalizer = nil
    frame.pointee.f_gen = o
    frameTrack(frame)
    PyObject_GC_Track(o)
    return o
}

@c @implementation public func PyGen_NewWithQualName(_ f: UnsafeMutablePointer<PyFrameObject>!, _ name: UnsafeMutablePointer<PyObject>!, _ qualname: UnsafeMutablePointer<PyObject>!) -> UnsafeMutablePointer<PyObject>! {
    let code = f.pointee.f_code!
    return generatorNew(f, name: name ?? code.pointee.co_name!, qualname: qualname ?? code.pointee.co_qualname!)
}
@c @implementation public func PyGen_New(_ f: UnsafeMutablePointer<PyFrameObject>!) -> UnsafeMutablePointer<PyObject>! {
    PyGen_NewWithQualName(f, nil, nil)
}

/// Whether `o` is a generator, coroutine or async generator (the shared PyGenObject layout).
@inline(__always) func isGenLike(_ o: PyObjectRef) -> Bool {
    let t = o.pointee.ob_type
    return t == SPyType_Gen() || t == SPyType_Coro() || t == SPyType_AsyncGen()
}
/// Whether `o` is exactly a generator or a coroutine (what YIELD_FROM resumes directly).
@inline(__always) func isGenOrCoro(_ o: PyObjectRef) -> Bool {
    let t = o.pointee.ob_type
    return t == SPyType_Gen() || t == SPyType_Coro()
}
/// "generator", "coroutine" or "async generator", for messages.
func genKindName(_ o: PyObjectRef) -> String {
    let t = o.pointee.ob_type
    return t == SPyType_Coro() ? "coroutine" : t == SPyType_AsyncGen() ? "async generator" : "generator"
}

/// Drops the generator's frame once it finished.
private func genFinishFrame(_ g: GenRef) {
    if let f = g.pointee.gi_frame {
        g.pointee.gi_frame = nil
        f.pointee.f_gen = nil
        Py_DECREF(f.object)
    }
    g.pointee.gi_closed = 1
}

/// Resumes the generator: PYGEN_NEXT (yielded, *result set), PYGEN_RETURN (*result = return
/// value) or PYGEN_ERROR. `exc`: raise the thread's current exception at the yield point.
func genSendEx(_ o: PyObjectRef, _ arg: PyObjectRef?, exc: Bool, closing: Bool, _ result: inout PyObjectRef?) -> PySendResult {
    let g = genObj(o)
    let tstate = vmTState()
    if g.pointee.gi_running != 0 {
        setError(PyExc_ValueError, "\(genKindName(o)) already executing"); return PYGEN_ERROR
    }
    guard let f = g.pointee.gi_frame, f.pointee.f_state < Int8(SPY_FRAME_EXECUTING) else {
        if o.pointee.ob_type == SPyType_Coro() && !closing {
            // an exhausted coroutine (close() stays silent)
            if exc { PyErr_Clear() }
            setError(PyExc_RuntimeError, "cannot reuse already awaited coroutine"); return PYGEN_ERROR
        }
        if exc && !closing { return PYGEN_ERROR }   // the thrown exception propagates as is
        if arg != nil && !exc {
            // a finished generator: StopIteration without value
            result = nil
            return PYGEN_RETURN
        }
        return PYGEN_ERROR
    }
    if f.pointee.f_state == Int8(SPY_FRAME_CREATED) {
        if let arg, arg != pyNone, !exc {
            setError(PyExc_TypeError, "can't send non-None value to a just-started \(genKindName(o))"); return PYGEN_ERROR
        }
    }
    if f.pointee.f_state != Int8(SPY_FRAME_CREATED) || vmGenStartPopsValue {
        let v = arg ?? pyNone
        Py_INCREF(v)
        if let top = f.pointee.f_stacktop {
            top.pointee = v
            f.pointee.f_stacktop = top + 1
        } else {
            f.pointee.f_valuestack!.pointee = v
            f.pointee.f_stacktop = f.pointee.f_valuestack! + 1
        }
    }
    // the generator's handled-exception state replaces the caller's while it runs
    let outerExc = tstate.pointee.exc_info
    if let own = g.pointee.gi_exc_state { tstate.pointee.exc_info = own; g.pointee.gi_exc_state = nil }
    else if let outerExc { Py_INCREF(outerExc) }
    g.pointee.gi_running = 1
    let r = evalFrame(f, throwing: exc)
    g.pointee.gi_running = 0
    // restore the caller's handled exception; keep the generator's own if it differs
    let inner = tstate.pointee.exc_info
    tstate.pointee.exc_info = outerExc
    if let inner {
        if inner == outerExc || f.pointee.f_state != Int8(SPY_FRAME_SUSPENDED) { Py_DECREF(inner) }
        else { g.pointee.gi_exc_state = inner }
    }
    // the frame no longer runs: unlink it from the caller
    if let back = f.pointee.f_back { f.pointee.f_back = nil; Py_DECREF(back.object) }
    if f.pointee.f_state == Int8(SPY_FRAME_SUSPENDED) {
        result = r
        return PYGEN_NEXT
    }
    genFinishFrame(g)
    if let r {
        result = r
        return PYGEN_RETURN
    }
    // PEP 479: StopIteration (and StopAsyncIteration in an async generator) raised inside becomes RuntimeError
    let isAsyncGen = o.pointee.ob_type == SPyType_AsyncGen()
    if let e = tstate.pointee.curexc, PyObject_TypeCheck(e, PyExc_StopIteration.asType) != 0
        || (isAsyncGen && PyObject_TypeCheck(e, PyExc_StopAsyncIteration.asType) != 0) {
        tstate.pointee.curexc = nil
        let what = PyObject_TypeCheck(e, PyExc_StopIteration.asType) != 0 ? "StopIteration" : "StopAsyncIteration"
        setError(PyExc_RuntimeError, "\(genKindName(o)) raised \(what)")
        if let newExc = tstate.pointee.curexc {
            Py_INCREF(e)
            PyException_SetCause(newExc, e)
            vmSetField(&excObj(newExc).pointee.context, e)
        }
        Py_DECREF(e)
    }
    result = nil
    return PYGEN_ERROR
}

/// Sets StopIteration(value) (value None / nil: plain StopIteration()).
func setStopIterationValue(_ value: PyObjectRef?) {
    guard let value, value != pyNone else { PyErr_SetNone(PyExc_StopIteration); return }
    // StopIteration(value): a tuple value must not be unpacked into args
    guard let e = PyObject_CallOneArg(PyExc_StopIteration, value) else { return }
    PyErr_SetObject(PyExc_StopIteration, e)
    Py_DECREF(e)
}

@c @implementation public func _PyGen_SetStopIterationValue(_ value: UnsafeMutablePointer<PyObject>!) -> Int32 {
    setStopIterationValue(value)
    return 0
}

/// Fetches the value of a raised StopIteration (None if none raised); -1 for another exception.
@c @implementation public func _PyGen_FetchStopIterationValue(_ out: UnsafeMutablePointer<UnsafeMutablePointer<PyObject>?>!) -> Int32 {
    let tstate = vmTState()
    if let e = tstate.pointee.curexc {
        guard PyObject_TypeCheck(e, PyExc_StopIteration.asType) != 0 else { return -1 }
        let v = e.cast(to: PyStopIterationObject.self).pointee.value ?? pyNone
        Py_INCREF(v)
        PyErr_Clear()
        out.pointee = v
        return 0
    }
    out.pointee = pyNoneRef()
    return 0
}

/// Python-level send wrapper: yielded value, or nil with StopIteration(value) / another exception.
func genSend(_ o: PyObjectRef, _ arg: PyObjectRef?) -> PyObjectRef? {
    var r: PyObjectRef? = nil
    switch genSendEx(o, arg, exc: false, closing: false, &r) {
    case PYGEN_NEXT: return r
    case PYGEN_RETURN:
        if o.pointee.ob_type == SPyType_AsyncGen() { PyErr_SetNone(PyExc_StopAsyncIteration) }
        else if arg != nil || r != nil { setStopIterationValue(r) } else if PyErr_Occurred() == nil { PyErr_SetNone(PyExc_StopIteration) }
        Py_XDECREF(r)
        return nil
    default: return nil
    }
}

/// YIELD_FROM's send: generators directly, other iterators through __next__ / send().
func yieldFromSend(_ receiver: PyObjectRef, _ v: PyObjectRef, _ out: inout PyObjectRef?) -> PySendResult {
    if isGenOrCoro(receiver) {
        let st = genSendEx(receiver, v, exc: false, closing: false, &out)
        if st == PYGEN_RETURN && out == nil { out = pyNoneRef() }
        return st
    }
    var r: PyObjectRef?
    if v == pyNone, let next = receiver.pointee.ob_type.pointee.tp_iternext {
        r = next(receiver)
    } else {
        r = PyObject_CallMethodOneArg(receiver, pyIntern("send"), v)
    }
    if let r { out = r; return PYGEN_NEXT }
    var value: PyObjectRef? = nil
    if _PyGen_FetchStopIterationValue(&value) == 0 { out = value; return PYGEN_RETURN }
    return PYGEN_ERROR
}

/// The iterator a suspended generator is delegating to (borrowed), if any.
private func genYieldFrom(_ g: GenRef) -> PyObjectRef? {
    guard let f = g.pointee.gi_frame, f.pointee.f_state == Int8(SPY_FRAME_SUSPENDED), let top = f.pointee.f_stacktop else { return nil }
    let code = f.pointee.f_code!
    let next = Int(f.pointee.f_lasti) + 1
    guard next < code.pointee.co_ncode, vmOpcode(code.pointee.co_code![next]) == .YIELD_FROM else { return nil }
    return (top - 1).pointee
}

/// Closes a delegated-to iterator: 0 ok, -1 error.
private func closeIter(_ yf: PyObjectRef) -> Int32 {
    if isGenOrCoro(yf) {
        guard let r = genClose(yf) else { return -1 }
        Py_DECREF(r); return 0
    }
    var meth: PyObjectRef? = nil
    if _PyObject_LookupAttr(yf, pyIntern("close"), &meth) < 0 { PyErr_WriteUnraisable(yf) }
    if let meth {
        let r = PyObject_CallNoArgs(meth)
        Py_DECREF(meth)
        guard let r else { return -1 }
        Py_DECREF(r)
    }
    return 0
}

func genClose(_ o: PyObjectRef) -> PyObjectRef? {
    let g = genObj(o)
    var err: Int32 = 0
    if let yf = genYieldFrom(g) {
        Py_INCREF(yf)
        g.pointee.gi_running = 1
        err = closeIter(yf)
        g.pointee.gi_running = 0
        Py_DECREF(yf)
    }
    if err == 0 { PyErr_SetNone(PyExc_GeneratorExit) }
    var r: PyObjectRef? = nil
    let st = genSendEx(o, pyNone, exc: true, closing: true, &r)
    if st != PYGEN_ERROR {
        Py_XDECREF(r)
        if st == PYGEN_NEXT {
            setError(PyExc_RuntimeError, "\(genKindName(o)) ignored GeneratorExit"); return nil
        }
        return pyNoneRef()
    }
    if PyErr_ExceptionMatches(PyExc_StopIteration) != 0 || PyErr_ExceptionMatches(PyExc_GeneratorExit) != 0 {
        PyErr_Clear()
        return pyNoneRef()
    }
    if PyErr_Occurred() == nil { return pyNoneRef() }
    return nil
}

/// frame.clear() on a generator's frame closes the generator first.
func genCloseForFrameClear(_ o: PyObjectRef) {
    if let r = genClose(o) { Py_DECREF(r) }
}

/// Raises typ/val/tb inside the generator (gen.throw), forwarding to a delegated iterator first.
func genThrow(_ o: PyObjectRef, _ typ: PyObjectRef, _ val: PyObjectRef?, _ tb: PyObjectRef?, closeOnExit: Bool) -> PyObjectRef? {
    let g = genObj(o)
    if let yf = genYieldFrom(g) {
        Py_INCREF(yf)
        var ret: PyObjectRef? = nil
        if typ == PyExc_GeneratorExit && closeOnExit {
            g.pointee.gi_running = 1
            let err = closeIter(yf)
            g.pointee.gi_running = 0
            Py_DECREF(yf)
            if err < 0 { return throwInto(o) }
            return throwHere(o, typ, val, tb)
        }
        if isGenOrCoro(yf) {
            g.pointee.gi_running = 1
            ret = genThrow(yf, typ, val, tb, closeOnExit: closeOnExit)
            g.pointee.gi_running = 0
        } else {
            var meth: PyObjectRef? = nil
            if _PyObject_LookupAttr(yf, pyIntern("throw"), &meth) < 0 { Py_DECREF(yf); return throwInto(o) }
            guard let m = meth else { Py_DECREF(yf); return throwHere(o, typ, val, tb) }
            g.pointee.gi_running = 1
            var args: [PyObjectRef] = [typ]
            if let val { args.append(val) }
            if let tb { if val == nil { args.append(pyNone) }; args.append(tb) }
            if let t = vmTuple(args) {
                ret = PyObject_Call(m, t, nil)
                Py_DECREF(t)
            }
            g.pointee.gi_running = 0
            Py_DECREF(m)
        }
        Py_DECREF(yf)
        if let ret { return ret }
        // the sub-iterator finished or raised: pop it and resume after YIELD_FROM
        var value: PyObjectRef? = nil
        guard let f = g.pointee.gi_frame, _PyGen_FetchStopIterationValue(&value) == 0 else { return throwInto(o) }
        if let top = f.pointee.f_stacktop {
            let sub = (top - 1).pointee
            f.pointee.f_stacktop = top - 1
            if let sub { Py_DECREF(sub) }
        }
        f.pointee.f_lasti += 1
        let r = genSend(o, value)
        Py_XDECREF(value)
        return r
    }
    return throwHere(o, typ, val, tb)
}

/// Resumes the generator with the thread's current exception raised at its yield point.
private func throwInto(_ o: PyObjectRef) -> PyObjectRef? {
    var r: PyObjectRef? = nil
    switch genSendEx(o, pyNone, exc: true, closing: false, &r) {
    case PYGEN_NEXT: return r
    case PYGEN_RETURN: setStopValue(o, r); Py_XDECREF(r); return nil
    default: return nil
    }
}

/// A finished resume as CPython's gen_send_ex reports it: StopAsyncIteration for an async
/// generator, else StopIteration(value).
func setStopValue(_ o: PyObjectRef, _ r: PyObjectRef?) {
    if o.pointee.ob_type == SPyType_AsyncGen() { PyErr_SetNone(PyExc_StopAsyncIteration) }
    else { setStopIterationValue(r) }
}

/// Normalizes (typ, val, tb) as CPython's _gen_throw does and raises it in the generator.
private func throwHere(_ o: PyObjectRef, _ typ: PyObjectRef, _ val: PyObjectRef?, _ tb: PyObjectRef?) -> PyObjectRef? {
    var tbv = tb
    if tbv == pyNone { tbv = nil }
    if let t = tbv, Py_IS_TYPE(t, SPyType_TraceBack()) == 0 {
        setError(PyExc_TypeError, "throw() third argument must be a traceback object"); return nil
    }
    var exc: PyObjectRef
    if vmIsExceptionClass(typ) {
        let v = val ?? pyNone
        if vmIsExceptionInstance(v) && PyObject_TypeCheck(v, typ.asType) != 0 {
            Py_INCREF(v); exc = v
        } else {
            let made: PyObjectRef?
            if v == pyNone { made = PyObject_CallNoArgs(typ) }
            else if vmIsTuple(v) { made = PyObject_Call(typ, v, nil) }
            else { made = PyObject_CallOneArg(typ, v) }
            guard let m = made else { return nil }
            exc = m
        }
    } else if vmIsExceptionInstance(typ) {
        if let v = val, v != pyNone {
            setError(PyExc_TypeError, "instance exception may not have a separate value"); return nil
        }
        Py_INCREF(typ); exc = typ
    } else {
        setError(PyExc_TypeError, "exceptions must be classes or instances deriving from BaseException, not \(vmTypeName(typ.pointee.ob_type))")
        return nil
    }
    if let t = tbv { vmSetField(&excObj(exc).pointee.traceback, t) }
    restoreRaised(vmTState(), exc)
    return throwInto(o)
}

// MARK: - Python-visible methods

let genIterNext: iternextfunc = { o in
    var r: PyObjectRef? = nil
    switch genSendEx(o!, nil, exc: false, closing: false, &r) {
    case PYGEN_NEXT: return r
    case PYGEN_RETURN:
        // exhausted: a non-None return value travels in StopIteration
        if let r { if r != pyNone { setStopIterationValue(r) }; Py_DECREF(r) }
        return nil
    default: return nil
    }
}

let genSendMethod: OneArgFn = { o, arg in genSend(o!, arg) }

let genThrowMethod: FastFn = { o, args, n in
    guard n >= 1 && n <= 3, let args else {
        setError(PyExc_TypeError, n < 1 ? "throw expected at least 1 argument, got \(n)" : "throw expected at most 3 arguments, got \(n)")
        return nil
    }
    return genThrow(o!, args[0]!, n > 1 ? args[1] : nil, n > 2 ? args[2] : nil, closeOnExit: true)
}

let genCloseMethod: NoArgsFn = { o, _ in genClose(o!) }

let genRepr: reprfunc = { o in
    let q = genObj(o!).pointee.gi_qualname.map(swiftString) ?? "?"
    let kind = o!.pointee.ob_type == SPyType_AsyncGen() ? "async_generator" : genKindName(o!)
    return pyStr("<\(kind) object \(q) at \(vmAddress(o!))>")
}

let genGetFrame: GetterFn = { o, _ in
    let f = genObj(o!).pointee.gi_frame.map { $0.object } ?? pyNone
    Py_INCREF(f); return f
}
let genGetRunning: GetterFn = { o, _ in pyBool(genObj(o!).pointee.gi_running != 0) }
let genGetSuspended: GetterFn = { o, _ in
    pyBool(genObj(o!).pointee.gi_frame?.pointee.f_state == Int8(SPY_FRAME_SUSPENDED))
}
let genGetCode: GetterFn = { o, _ in
    let c = genObj(o!).pointee.gi_code ?? pyNone
    Py_INCREF(c); return c
}
let genGetYieldFrom: GetterFn = { o, _ in
    let y = genYieldFrom(genObj(o!)) ?? pyNone
    Py_INCREF(y); return y
}
let genGetName: GetterFn = { o, _ in
    let n = genObj(o!).pointee.gi_name ?? pyNone
    Py_INCREF(n); return n
}
let genSetName: SetterFn = { o, v, _ in
    guard let v, vmIsStr(v) else { setError(PyExc_TypeError, "__name__ must be set to a string object"); return -1 }
    vmSetField(&genObj(o!).pointee.gi_name, v); return 0
}
let genGetQualname: GetterFn = { o, _ in
    let n = genObj(o!).pointee.gi_qualname ?? pyNone
    Py_INCREF(n); return n
}
let genSetQualname: SetterFn = { o, v, _ in
    guard let v, vmIsStr(v) else { setError(PyExc_TypeError, "__qualname__ must be set to a string object"); return -1 }
    vmSetField(&genObj(o!).pointee.gi_qualname, v); return 0
}

let genTraverse: traverseproc = { o, visit, arg in
    let g = genObj(o!)
    for x in [g.pointee.gi_frame.map { $0.object }, g.pointee.gi_code, g.pointee.gi_name, g.pointee.gi_qualname, g.pointee.gi_exc_state, g.pointee.ag_finalizer] {
        if let x { let r = visit!(x, arg); if r != 0 { return r } }
    }
    return 0
}

let genDealloc: destructor = { o in
    guard let o else { return }
    let g = genObj(o)
    PyObject_GC_UnTrack(o)
    if g.pointee.gi_weakreflist != nil { PyObject_ClearWeakRefs(o) }
    // finalize: a suspended generator gets close() (errors are unraisable); an async generator
    // with a finalizer hook is handed to it; a never-started coroutine warns
    let state = g.pointee.gi_frame?.pointee.f_state
    let unawaited = state == Int8(SPY_FRAME_CREATED) && o.pointee.ob_type == SPyType_Coro()
    if g.pointee.gi_finalized == 0 && (state == Int8(SPY_FRAME_SUSPENDED) || unawaited) {
        g.pointee.gi_finalized = 1   // once, as CPython's tp_finalize (a resurrected one is not finalized again)
        o.pointee.ob_refcnt = 1
        let tstate = vmTState()
        let saved = tstate.pointee.curexc
        tstate.pointee.curexc = nil
        if unawaited {
            warnUnawaitedCoroutine(o)
        } else if let fin = g.pointee.ag_finalizer, g.pointee.gi_closed == 0 {
            g.pointee.ag_finalizer = nil
            if let r = PyObject_CallOneArg(fin, o) { Py_DECREF(r) } else { PyErr_WriteUnraisable(o) }
            Py_DECREF(fin)
        } else if let r = genClose(o) { Py_DECREF(r) } else { PyErr_WriteUnraisable(o) }
        if let e = tstate.pointee.curexc { tstate.pointee.curexc = nil; Py_DECREF(e) }
        tstate.pointee.curexc = saved
        o.pointee.ob_refcnt -= 1
        if o.pointee.ob_refcnt > 0 { PyObject_GC_Track(o); return }   // resurrected
    }
    genFinishFrame(g)
    vmClearField(&g.pointee.gi_code); vmClearField(&g.pointee.gi_name)
    vmClearField(&g.pointee.gi_qualname); vmClearField(&g.pointee.gi_exc_state)
    vmClearField(&g.pointee.ag_finalizer)
    PyObject_GC_Del(o)
}

let genAmSend: sendfunc = { o, arg, result in
    var r: PyObjectRef? = nil
    let st = genSendEx(o!, arg, exc: false, closing: false, &r)
    if st == PYGEN_RETURN && r == nil { r = pyNoneRef() }
    result!.pointee = r
    return st
}
nonisolated(unsafe) private let genAsync: UnsafeMutablePointer<PyAsyncMethods> = {
    let p = UnsafeMutablePointer<PyAsyncMethods>.allocate(capacity: 1)
    p.initialize(to: PyAsyncMethods(am_await: nil, am_aiter: nil, am_anext: nil, am_send: genAmSend))
    return p
}()

func initGeneratorType() {
    let t = SPyType_Gen()
    t.pointee.tp_name = immortalCString("generator")
    t.pointee.tp_basicsize = MemoryLayout<PyGenObject>.size
    t.pointee.tp_flags = UInt(Py_TPFLAGS_HAVE_VERSION_TAG) | UInt(Py_TPFLAGS_HAVE_GC)
    t.pointee.tp_dealloc = genDealloc
    t.pointee.tp_traverse = genTraverse
    t.pointee.tp_repr = genRepr
    t.pointee.tp_getattro = PyObject_GenericGetAttr
    t.pointee.tp_iter = PyObject_SelfIter
    t.pointee.tp_iternext = genIterNext
    t.pointee.tp_as_async = genAsync
    t.pointee.tp_weaklistoffset = MemoryLayout<PyGenObject>.offset(of: \.gi_weakreflist)!
    t.pointee.tp_methods = makeMethodTable([
        .oneArg("send", genSendMethod, doc: "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration."),
        .fast("throw", genThrowMethod, doc: "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration."),
        .noArgs("close", genCloseMethod, doc: "close() -> raise GeneratorExit inside generator."),
    ])
    t.pointee.tp_getset = makeGetSetTable([
        GetSetSpec("gi_frame", get: genGetFrame),
        GetSetSpec("gi_running", get: genGetRunning),
        GetSetSpec("gi_suspended", get: genGetSuspended),
        GetSetSpec("gi_code", get: genGetCode),
        GetSetSpec("gi_yieldfrom", get: genGetYieldFrom, doc: "object being iterated by yield from, or None"),
        GetSetSpec("__name__", get: genGetName, set: genSetName),
        GetSetSpec("__qualname__", get: genGetQualname, set: genSetQualname),
    ])
}
