// Interpreter start-up and shut-down. Order matters: the GIL and the main thread state first,
// then every static type's fields (init*Types), then PyType_Ready on each (object and type
// first), then the exception classes, sys.modules, builtins and sys.
import CPython
import Glibc

nonisolated(unsafe) var pyInitialized = false

/// Every static type object, in the order PyType_Ready must see them.
func allStaticTypes() -> [PyTypeRef] {
    [SPyType_BaseObject(), SPyType_Type(), SPyType_Unicode(), SPyType_Dict(), SPyType_Tuple(), SPyType_List(),
     SPyType_Long(), SPyType_Bool(), SPyType_Float(), SPyType_Complex(),
     SPyType_UnicodeIter(), SPyType_Bytes(), SPyType_ByteArray(),
     SPyType_DictKeys(), SPyType_DictValues(), SPyType_DictItems(), SPyType_Set(), SPyType_FrozenSet(),
     SPyType_Slice(), SPyType_Range(), SPyType_Cell(), SPyType_SeqIter(), SPyType_CallIter(), SPyType_Enum(),
     SPyType_Reversed(), SPyType_Filter(), SPyType_Map(), SPyType_Zip(), SPyType_Capsule(),
     SPyType_Super(), SPyType_None(), SPyType_NotImplemented(), SPyType_Ellipsis(),
     SPyType_CFunction(), SPyType_Method(), SPyType_Property(), SPyType_ClassMethod(), SPyType_StaticMethod(),
     SPyType_ClassMethodDescr(), SPyType_MethodDescr(), SPyType_MemberDescr(), SPyType_GetSetDescr(),
     SPyType_WrapperDescr(), SPyType_MethodWrapper(), SPyType_DictProxy(),
     SPyType_Module(), SPyType_ModuleDef(), SPyType_Function(), SPyType_Code(), SPyType_Frame(), SPyType_Gen(),
     SPyType_Coro(), SPyType_AsyncGen(), SPyType_CoroWrapper(), SPyType_AsyncGenWrappedValue(),
     SPyType_AsyncGenASend(), SPyType_AsyncGenAThrow(), SPyType_AnextAwaitable(),
     SPyType_TraceBack()]
        + containerStaticTypes() + extraStaticTypes
}

/// Static types defined by modules (weakref, io, ...) register here before start-up readies them.
nonisolated(unsafe) var extraStaticTypes: [PyTypeRef] = []

@c @implementation public func Py_InitializeEx(_ initsigs: Int32) {
    if pyInitialized { return }
    pyInitialized = true
    mainThreadID = pthread_self()
    let interp = interpCreate()
    let gil = gilCreate()
    interp.pointee.gil = UnsafeMutableRawPointer(gil)
    let ts = tstateCreate(interp)
    setThisThreadState(ts)
    gilTake(ts, priority: false)
    _SPy_SetTState(ts)

    initCoreTypes()
    initNumberTypes()
    initStringTypes()
    initContainerTypes()
    initVMTypes()
    registerModuleTypes()
    for t in allStaticTypes() where t.pointee.tp_flags & UInt(Py_TPFLAGS_READY) == 0 {
        if PyType_Ready(t) < 0 { fatalStartup("cannot ready type \(String(cString: t.pointee.tp_name))") }
    }
    initExceptionTypes()

    interp.pointee.modules = PyDict_New()
    guard let builtins = makeBuiltinsModule() else { fatalStartup("cannot create builtins") }
    interp.pointee.builtins = PyModule_GetDict(builtins)
    Py_INCREF(interp.pointee.builtins!)
    _ = PyDict_SetItemString(interp.pointee.modules, "builtins", builtins)
    Py_DECREF(builtins)
    guard let sys = makeSysModule() else { fatalStartup("cannot create sys") }
    interp.pointee.sysdict = PyModule_GetDict(sys)
    Py_INCREF(interp.pointee.sysdict!)
    _ = PyDict_SetItemString(interp.pointee.modules, "sys", sys)
    Py_DECREF(sys)
    if !runSysBootstrap() { fatalStartup("sys bootstrap failed") }
    // As CPython, the encodings package is imported at start-up (its absence is not fatal here:
    // the codecs are built in; Lib/encodings only adds the names programs can observe).
    if let enc = PyImport_ImportModule("encodings") { Py_DECREF(enc) } else { PyErr_Clear() }
    if initsigs != 0 { installSignalHandlers() }
    if PyErr_Occurred() != nil { PyErr_Print(); fatalStartup("start-up raised") }
}

@c @implementation public func Py_Initialize() { Py_InitializeEx(1) }
@c @implementation public func Py_IsInitialized() -> Int32 { pyInitialized ? 1 : 0 }

/// Runs atexit work and flushes stdio. Objects are not torn down (the process is ending).
@c @implementation public func Py_FinalizeEx() -> Int32 {
    if !pyInitialized { return 0 }
    runAtExitHooks()
    let rc = flushStdFiles()
    return rc
}
@c @implementation public func Py_Finalize() { _ = Py_FinalizeEx() }

func fatalStartup(_ msg: String) -> Never {
    if PyErr_Occurred() != nil { PyErr_Print() }
    _Py_FatalErrorFunc("Py_Initialize", msg)
}

// ---- signals: the handler only records the signal; the main thread acts at its next check ----

func installSignalHandlers() {
    signal(SIGPIPE, SIG_IGN)
    // Async-signal context: recordSignal (Modules/Signal.swift) touches only atomics.
    setSignalDisposition(SIGINT, recordSignal)
}

/// Runs pending signal handlers in the main thread: SIGINT raises KeyboardInterrupt unless a
/// Python handler is registered (signal module). Returns 0, or -1 with the exception set.
@c @implementation public func PyErr_CheckSignals() -> Int32 {
    guard SPy_SignalsTripped() != 0, pthread_equal(pthread_self(), mainThreadID) != 0 else { return 0 }
    _ = SPy_SignalTakeTripped()
    if let i = mainInterp { SPy_EvalBreakerClear(i, SPY_BREAK_SIGNALS) }
    for sig in 1..<Int(SPY_NSIG) where SPy_SignalTakePending(Int32(sig)) != 0 {
        var failed = false
        if let handler = pythonSignalHandlers[sig] {
            let signum = PyLong_FromLong(sig)
            let r = signum.flatMap { PyObject_CallFunctionObjArgs2(handler, $0, pyNone) }
            Py_XDECREF(signum)
            if let r { Py_DECREF(r) } else { failed = true }
        } else if sig == Int(SIGINT) {
            PyErr_SetNone(PyExc_KeyboardInterrupt)
            failed = true
        }
        if failed {
            // Signals after this one stay pending: look again at the next check (as CPython).
            SPy_SignalRetrip()
            if let i = mainInterp { SPy_EvalBreakerSet(i, SPY_BREAK_SIGNALS) }
            return -1
        }
    }
    return 0
}
@c @implementation public func PyErr_SetInterrupt() { _ = PyErr_SetInterruptEx(SIGINT) }
@c @implementation public func PyErr_SetInterruptEx(_ signum: Int32) -> Int32 {
    guard signum > 0 && signum < SPY_NSIG else { return -1 }
    SPy_SignalTrip(signum)
    if let i = mainInterp { SPy_EvalBreakerSet(i, SPY_BREAK_SIGNALS) }
    return 0
}

/// Python-level handlers installed by the signal module (owned references).
nonisolated(unsafe) var pythonSignalHandlers = [Int: PyObjectRef]()

/// Calls `f(a, b)`; new reference or nil.
func PyObject_CallFunctionObjArgs2(_ f: PyObjectRef, _ a: PyObjectRef, _ b: PyObjectRef) -> PyObjectRef? {
    var args: [PyObjectRef?] = [a, b]
    return args.withUnsafeMutableBufferPointer { PyObject_Vectorcall(f, $0.baseAddress, 2, nil) }
}
