// The _signal module (Lib/signal.py adds the enums). The C-level handler only records the signal
// and trips the eval breaker; Python handlers run later on the main thread (PyErr_CheckSignals).
// Handlers are installed without SA_RESTART, so blocking calls return EINTR and run them (PEP 475).
import CPython
import Glibc

/// The process-wide C handler for every signal with a Python-level handler.
let recordSignal: @convention(c) (Int32) -> Void = { sig in
    let saved = errno
    if sig > 0 && sig < SPY_NSIG { SPy_SignalTrip(sig) }
    if let i = mainInterp { SPy_EvalBreakerSet(i, SPY_BREAK_SIGNALS) }
    // Wake the main thread when another thread took the signal, so its blocking call ends.
    if pthread_equal(pthread_self(), mainThreadID) == 0 { pthread_kill(mainThreadID, sig) }
    errno = saved
}

/// Installs `handler` for `sig` without SA_RESTART; returns the previous disposition or nil.
@discardableResult
func setSignalDisposition(_ sig: Int32, _ handler: (@convention(c) (Int32) -> Void)?) -> Bool {
    var act = sigaction()
    act.__sigaction_handler.sa_handler = handler
    sigemptyset(&act.sa_mask)
    act.sa_flags = SA_ONSTACK
    return sigaction(sig, &act, nil) == 0
}

/// The module definition of _signal: its state holds the module's default_int_handler (what
/// getsignal(SIGINT) reports while the runtime's own SIGINT handler is installed), so it lives and
/// dies with the module object, as in CPython's module state.
nonisolated(unsafe) private var signalModuleDef: UnsafeMutablePointer<PyModuleDef>! = nil

/// The default_int_handler slot of module `m`'s state.
private func defaultIntHandlerSlot(_ m: PyObjectRef) -> UnsafeMutablePointer<PyObjectRef?> {
    PyModule_GetState(m)!.assumingMemoryBound(to: PyObjectRef?.self)
}
private let signalModuleTraverse: traverseproc = { m, visit, arg in
    if let h = defaultIntHandlerSlot(m!).pointee { return visit!(h, arg) }
    return 0
}
private let signalModuleClear: inquiry = { m in
    let slot = defaultIntHandlerSlot(m!)
    let h = slot.pointee
    slot.pointee = nil
    if let h { Py_DECREF(h) }
    return 0
}
private let signalModuleFree: freefunc = { m in _ = signalModuleClear(m?.assumingMemoryBound(to: PyObject.self)) }

private let signal_default_int_handler: FastFn = { _, _, _ in
    PyErr_SetNone(PyExc_KeyboardInterrupt)
    return nil
}

private func signalNumber(_ o: PyObjectRef) -> Int32? {
    guard let v = intArg(o) else { return nil }
    if v < 1 || v >= Int(SPY_NSIG) { setError(PyExc_ValueError, "signal number out of range"); return nil }
    return Int32(v)
}

/// The Python view of the current handler of `sig`: a callable, SIG_DFL (0), SIG_IGN (1) or None.
private func currentHandler(_ m: PyObjectRef?, _ sig: Int32) -> PyObjectRef? {
    if let h = pythonSignalHandlers[Int(sig)] { Py_INCREF(h); return h }
    var old = sigaction()
    if sigaction(sig, nil, &old) != 0 { return PyErr_SetFromErrno(PyExc_OSError) }
    let h = unsafeBitCast(old.__sigaction_handler.sa_handler, to: Int.self)
    if h == 0 { return PyLong_FromLong(0) }
    if h == 1 { return PyLong_FromLong(1) }
    if sig == SIGINT, let m, let d = defaultIntHandlerSlot(m).pointee { Py_INCREF(d); return d }
    return pyNoneRef()
}

private let signal_getsignal: OneArgFn = { m, o in
    guard let sig = signalNumber(o!) else { return nil }
    return currentHandler(m, sig)
}

/// signal(signalnum, handler) -> previous handler. Only the main thread may set handlers.
private let signal_signal: FastFn = { m, args, nargs in
    guard checkArgCount("signal", nargs, min: 2, max: 2), let sig = signalNumber(arg(args, 0)) else { return nil }
    if pthread_equal(pthread_self(), mainThreadID) == 0 {
        setError(PyExc_ValueError, "signal only works in main thread of the main interpreter"); return nil
    }
    let handler = arg(args, 1)
    var disposition: Int? = nil
    if PyLong_Check(handler) != 0 {
        guard let v = intArg(handler) else { return nil }
        disposition = v
    }
    if let d = disposition, d != 0 && d != 1 {
        setError(PyExc_TypeError, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object"); return nil
    }
    if disposition == nil && PyCallable_Check(handler) == 0 {
        setError(PyExc_TypeError, "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object"); return nil
    }
    guard let old = currentHandler(m, sig) else { return nil }
    let ok: Bool
    switch disposition {
    case 0: ok = setSignalDisposition(sig, nil)
    case 1: ok = setSignalDisposition(sig, SIG_IGN)
    default: ok = setSignalDisposition(sig, recordSignal)
    }
    if !ok { Py_DECREF(old); return PyErr_SetFromErrno(PyExc_OSError) }
    if let prev = pythonSignalHandlers.removeValue(forKey: Int(sig)) { Py_DECREF(prev) }
    if disposition == nil { Py_INCREF(handler); pythonSignalHandlers[Int(sig)] = handler }
    return old
}

private let signal_raise_signal: OneArgFn = { _, o in
    guard let sig = signalNumber(o!) else { return nil }
    if raise(sig) != 0 { return PyErr_SetFromErrno(PyExc_OSError) }
    if PyErr_CheckSignals() < 0 { return nil }
    return pyNoneRef()
}

private let signal_alarm: OneArgFn = { _, o in
    guard let secs = intArg(o!) else { return nil }
    return PyLong_FromLong(Int(alarm(UInt32(truncatingIfNeeded: secs))))
}

private let signal_pause: NoArgsFn = { _, _ in
    let save = PyEval_SaveThread()
    _ = pause()
    PyEval_RestoreThread(save)
    if PyErr_CheckSignals() < 0 { return nil }
    return pyNoneRef()
}

private let signal_strsignal: OneArgFn = { _, o in
    guard let sig = signalNumber(o!) else { return nil }
    guard let s = strsignal(sig) else { return pyNoneRef() }
    return PyUnicode_FromString(s)
}

private let signal_valid_signals: NoArgsFn = { _, _ in
    guard let s = PySet_New(nil) else { return nil }
    for sig in 1..<Int(SPY_NSIG) where sig < 32 || sig >= Int(__libc_current_sigrtmin()) {
        guard let n = PyLong_FromLong(sig) else { Py_DECREF(s); return nil }
        _ = PySet_Add(s, n); Py_DECREF(n)
    }
    return s
}

func makeSignalModule() -> PyObjectRef? {
    if signalModuleDef == nil {
        let def = calloc(1, MemoryLayout<PyModuleDef>.size)!.assumingMemoryBound(to: PyModuleDef.self)
        def.pointee.m_name = immortalCString("_signal")
        def.pointee.m_size = MemoryLayout<PyObjectRef?>.size
        def.pointee.m_traverse = signalModuleTraverse
        def.pointee.m_clear = signalModuleClear
        def.pointee.m_free = signalModuleFree
        signalModuleDef = def
    }
    guard let m = PyModule_Create2(signalModuleDef, 1013) else { return nil }
    _ = PyModule_AddFunctions(m, makeMethodTable([
        .oneArg("getsignal", signal_getsignal), .fast("signal", signal_signal),
        .oneArg("raise_signal", signal_raise_signal), .oneArg("alarm", signal_alarm),
        .noArgs("pause", signal_pause), .oneArg("strsignal", signal_strsignal),
        .noArgs("valid_signals", signal_valid_signals),
        .fast("default_int_handler", signal_default_int_handler),
    ]))
    guard let h = PyObject_GetAttrString(m, "default_int_handler") else { Py_DECREF(m); return nil }
    defaultIntHandlerSlot(m).pointee = h
    let names: [(String, Int32)] = [
        ("SIGHUP", SIGHUP), ("SIGINT", SIGINT), ("SIGQUIT", SIGQUIT), ("SIGILL", SIGILL), ("SIGTRAP", SIGTRAP),
        ("SIGABRT", SIGABRT), ("SIGIOT", SIGABRT), ("SIGBUS", SIGBUS), ("SIGFPE", SIGFPE), ("SIGKILL", SIGKILL),
        ("SIGUSR1", SIGUSR1), ("SIGSEGV", SIGSEGV), ("SIGUSR2", SIGUSR2), ("SIGPIPE", SIGPIPE),
        ("SIGALRM", SIGALRM), ("SIGTERM", SIGTERM), ("SIGSTKFLT", 16), ("SIGCHLD", SIGCHLD), ("SIGCONT", SIGCONT),
        ("SIGSTOP", SIGSTOP), ("SIGTSTP", SIGTSTP), ("SIGTTIN", SIGTTIN), ("SIGTTOU", SIGTTOU), ("SIGURG", SIGURG),
        ("SIGXCPU", SIGXCPU), ("SIGXFSZ", SIGXFSZ), ("SIGVTALRM", SIGVTALRM), ("SIGPROF", SIGPROF),
        ("SIGWINCH", SIGWINCH), ("SIGIO", SIGIO), ("SIGPOLL", SIGIO), ("SIGPWR", SIGPWR), ("SIGSYS", SIGSYS),
        ("SIGRTMIN", __libc_current_sigrtmin()), ("SIGRTMAX", __libc_current_sigrtmax()),
        ("SIG_DFL", 0), ("SIG_IGN", 1), ("NSIG", Int32(Int(SPY_NSIG))),
        ("SIG_BLOCK", SIG_BLOCK), ("SIG_UNBLOCK", SIG_UNBLOCK), ("SIG_SETMASK", SIG_SETMASK),
    ]
    for (name, value) in names { _ = PyModule_AddIntConstant(m, name, Int(value)) }
    return m
}
