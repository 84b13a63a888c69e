// sys.audit and sys.addaudithook (PEP 578) for events raised from Python code. The runtime itself
// raises no events. Hooks are kept for the process lifetime, as in CPython (they cannot be removed).
import CPython

/// Hooks added by sys.addaudithook, in the order added (owned; released only by clearAuditHooks).
nonisolated(unsafe) private var auditHooks: [PyObjectRef] = []

/// Releases the hooks (CPython's _PySys_ClearAuditHooks at finalization); the leak check's teardown.
func clearAuditHooks() {
    let hooks = auditHooks
    auditHooks = []
    hooks.forEach { Py_DECREF($0) }
}

/// Calls every hook with (event, args); nil with the first hook's exception set, else None.
private func runAuditHooks(_ event: PyObjectRef, _ argsTuple: PyObjectRef) -> PyObjectRef? {
    for hook in auditHooks {   // a hook added by a hook runs from the next event on
        var argv: [PyObjectRef?] = [event, argsTuple]
        guard let r = argv.withUnsafeMutableBufferPointer({ PyObject_Vectorcall(hook, $0.baseAddress, 2, nil) })
        else { return nil }
        Py_DECREF(r)
    }
    return pyNoneRef()
}

/// audit(event, *args): passes the event to every hook; does nothing (not even a type check) without hooks.
private let sys_audit: FastKwFn = { _, args, nargs, kwnames in
    guard noKeywords("sys.audit", kwnames) else { return nil }
    if nargs == 0 { setError(PyExc_TypeError, "audit() missing 1 required positional argument: 'event'"); return nil }
    if auditHooks.isEmpty { return pyNoneRef() }
    let event = arg(args, 0)
    guard isStr(event) else {
        setError(PyExc_TypeError, "expected str for argument 'event', not \(typeName(of: event))")
        return nil
    }
    guard let rest = makeTuple((1..<nargs).map { arg(args, $0) }) else { return nil }
    defer { Py_DECREF(rest) }
    let hooks = auditHooks
    hooks.forEach { Py_INCREF($0) }
    defer { hooks.forEach { Py_DECREF($0) } }
    return runAuditHooks(event, rest)
}

/// addaudithook(hook): raises the "sys.addaudithook" event first; an Exception subclass from an
/// existing hook cancels the addition silently (as CPython's code; its docs say RuntimeError),
/// anything else (KeyboardInterrupt, SystemExit...) propagates.
private let sys_addaudithook: FastKwFn = { _, args, nargs, kwnames in
    var values: [PyObjectRef?] = [nargs > 0 ? arg(args, 0) : nil]
    guard checkArgCount("addaudithook", nargs, min: 0, max: 1),
          matchKeywords("addaudithook", args, nargs, kwnames, ["hook"], &values, positionalCount: 1) else { return nil }
    guard let hook = values[0] else {
        setError(PyExc_TypeError, "addaudithook() missing required argument 'hook' (pos 1)")
        return nil
    }
    if !auditHooks.isEmpty {
        guard let event = pyStr("sys.addaudithook"), let empty = makeTuple([]) else { return nil }
        defer { Py_DECREF(event); Py_DECREF(empty) }
        guard let r = runAuditHooks(event, empty) else {
            if PyErr_ExceptionMatches(PyExc_Exception) != 0 { PyErr_Clear(); return pyNoneRef() }
            return nil
        }
        Py_DECREF(r)
    }
    auditHooks.append(newRef(hook))
    return pyNoneRef()
}

/// Adds audit and addaudithook to the sys module.
func addSysAuditFunctions(_ mod: PyObjectRef) {
    _ = PyModule_AddFunctions(mod, makeMethodTable([
        .fastKw("audit", sys_audit), .fastKw("addaudithook", sys_addaudithook),
    ]))
}
