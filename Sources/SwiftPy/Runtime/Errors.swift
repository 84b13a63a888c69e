// The error indicator (CPython's Python/errors.c). The raised exception lives in the thread state as
// one normalized instance: tstate->curexc (owned). The exception being handled (sys.exc_info()) is
// tstate->exc_info (owned). Every function needs the GIL.
import CPython
#if canImport(Glibc)
import Glibc
#endif

@inline(__always) func currentThreadState() -> UnsafeMutablePointer<PyThreadState> { SPy_TState()! }

/// True when an exception is set (cheaper than PyErr_Occurred for Swift callers).
@inline(__always) func errorOccurred() -> Bool { SPy_TState()!.pointee.curexc != nil }

/// Sets `type(message)` as the raised exception.
public func setError(_ type: PyObjectRef?, _ message: String) {
    guard let type = type else { return }
    guard let s = pyStr(message) else { return }
    PyErr_SetObject(type, s)
    Py_DECREF(s)
}

/// Exception instance fields (every BaseException instance has this layout).
@inline(__always) func excFields(_ e: PyObjectRef) -> UnsafeMutablePointer<PyBaseExceptionObject> {
    e.cast(to: PyBaseExceptionObject.self)
}

/// Replaces curexc with `exc` (steals; nil clears).
@inline(__always) func setCurrentException(_ exc: PyObjectRef?) {
    let ts = currentThreadState()
    let old = ts.pointee.curexc
    ts.pointee.curexc = exc
    xdecref(old)
}

/// A new exception instance for `type` given `value` as PyErr_SetObject receives it: an instance
/// of `type` passes through; None/NULL -> type(); a tuple -> type(*value); else type(value).
/// Calls Python code; must be called with no exception set.
func createException(_ type: PyObjectRef, _ value: PyObjectRef?) -> PyObjectRef? {
    if let v = value, isExceptionInstance(v), isTypeObject(type), PyType_IsSubtype(v.type, type.asType) != 0 {
        return newRef(v)
    }
    let r: PyObjectRef?
    if let v = value, v != pyNone {
        r = isTupleObject(v) ? PyObject_Call(type, v, nil) : PyObject_CallOneArg(type, v)
    } else {
        r = PyObject_CallNoArgs(type)
    }
    guard let exc = r else { return nil }
    if !isExceptionInstance(exc) {
        let tn = typeName(of: exc)
        Py_DECREF(exc)
        let rep = reprString(type)
        setError(PyExc_TypeError, "calling \(rep) should have returned an instance of BaseException, not \(tn)")
        return nil
    }
    return exc
}

/// repr() as a Swift string, "<?>" if repr fails (the failure is cleared).
func reprString(_ o: PyObjectRef) -> String {
    guard let r = PyObject_Repr(o) else { PyErr_Clear(); return "<?>" }
    defer { Py_DECREF(r) }
    return swiftString(r)
}

@c @implementation public func PyErr_SetObject(_ exception: PyObjectRef?, _ value: PyObjectRef?) {
    guard let exception = exception else { setCurrentException(nil); return }
    if !isExceptionClass(exception) {
        setCurrentException(nil)
        setError(PyExc_SystemError, "_PyErr_SetObject: exception \(reprString(exception)) is not a BaseException subclass")
        return
    }
    let ts = currentThreadState()
    setCurrentException(nil)
    guard let exc = createException(exception, value) else { return }
    // Implicit chaining: the handled exception becomes __context__, breaking any cycle through exc.
    if let handled = ts.pointee.exc_info, handled != pyNone, handled != exc, isExceptionInstance(handled) {
        var o = handled
        var slow = handled
        var toggle = false
        while let ctx = excFields(o).pointee.context {
            if ctx == exc {
                excFields(o).pointee.context = nil
                Py_DECREF(ctx)
                break
            }
            o = ctx
            if o == slow { break }   // pre-existing cycle
            if toggle, let next = excFields(slow).pointee.context { slow = next }
            toggle.toggle()
        }
        Py_INCREF(handled)
        let old = excFields(exc).pointee.context
        excFields(exc).pointee.context = handled
        xdecref(old)
    }
    setCurrentException(exc)
}

@c @implementation public func PyErr_SetNone(_ exception: PyObjectRef?) { PyErr_SetObject(exception, nil) }

@c @implementation public func PyErr_SetString(_ exception: PyObjectRef?, _ string: UnsafePointer<CChar>?) {
    guard let s = PyUnicode_FromString(string) else { return }
    PyErr_SetObject(exception, s)
    Py_DECREF(s)
}

/// Borrowed: the raised exception's type, or NULL.
@c @implementation public func PyErr_Occurred() -> PyObjectRef? {
    guard let e = SPy_TState()?.pointee.curexc else { return nil }
    return e.type.asObject
}

@c @implementation public func PyErr_Clear() { setCurrentException(nil) }

/// New references; clears the indicator.
@c @implementation public func PyErr_Fetch(_ ptype: UnsafeMutablePointer<PyObjectRef?>?, _ pvalue: UnsafeMutablePointer<PyObjectRef?>?, _ ptb: UnsafeMutablePointer<PyObjectRef?>?) {
    let ts = currentThreadState()
    guard let exc = ts.pointee.curexc else {
        ptype?.pointee = nil; pvalue?.pointee = nil; ptb?.pointee = nil
        return
    }
    ts.pointee.curexc = nil
    let tb = excFields(exc).pointee.traceback
    if let ptype = ptype { ptype.pointee = newRef(exc.type.asObject) }
    if let ptb = ptb { if let tb = tb { Py_INCREF(tb) }; ptb.pointee = tb }
    if let pvalue = pvalue { pvalue.pointee = exc } else { Py_DECREF(exc) }
}

/// Steals all three. A value that is not an instance of type is normalized (may call Python code).
@c @implementation public func PyErr_Restore(_ type: PyObjectRef?, _ value: PyObjectRef?, _ tb: PyObjectRef?) {
    setCurrentException(nil)
    guard type != nil || value != nil else { xdecref(tb); return }
    var exc: PyObjectRef? = nil
    if let v = value, isExceptionInstance(v), type == nil || type == v.type.asObject {
        exc = v
    } else if let t = type {
        exc = createException(t, value)
        xdecref(value)
    } else {
        xdecref(value)
    }
    xdecref(type)
    guard let e = exc else { xdecref(tb); return }
    if let tb = tb {
        if tb != pyNone {
            let old = excFields(e).pointee.traceback
            excFields(e).pointee.traceback = tb
            xdecref(old)
        } else { Py_DECREF(tb) }
    }
    setCurrentException(e)
}

/// New reference to the raised exception, clearing the indicator (NULL if none).
@c @implementation public func PyErr_GetRaisedException() -> PyObjectRef? {
    let ts = currentThreadState()
    let e = ts.pointee.curexc
    ts.pointee.curexc = nil
    return e
}

/// Steals `exc` (NULL clears).
@c @implementation public func PyErr_SetRaisedException(_ exc: PyObjectRef?) { setCurrentException(exc) }

@c @implementation public func PyErr_GetHandledException() -> PyObjectRef? {
    guard let e = currentThreadState().pointee.exc_info, e != pyNone else { return nil }
    return newRef(e)
}

@c @implementation public func PyErr_SetHandledException(_ exc: PyObjectRef?) {
    let ts = currentThreadState()
    let old = ts.pointee.exc_info
    if let e = exc, e != pyNone { Py_INCREF(e); ts.pointee.exc_info = e } else { ts.pointee.exc_info = nil }
    xdecref(old)
}

@c @implementation public func PyErr_GetExcInfo(_ ptype: UnsafeMutablePointer<PyObjectRef?>?, _ pvalue: UnsafeMutablePointer<PyObjectRef?>?, _ ptb: UnsafeMutablePointer<PyObjectRef?>?) {
    let e = PyErr_GetHandledException()
    ptype?.pointee = e.map { newRef($0.type.asObject) }
    ptb?.pointee = e.flatMap { x in excFields(x).pointee.traceback.map { newRef($0) } }
    if let pvalue = pvalue { pvalue.pointee = e } else { xdecref(e) }
}

/// Steals all three; only the value is kept.
@c @implementation public func PyErr_SetExcInfo(_ type: PyObjectRef?, _ value: PyObjectRef?, _ tb: PyObjectRef?) {
    PyErr_SetHandledException(value)
    xdecref(value); xdecref(type); xdecref(tb)
}

@c @implementation public func PyErr_GivenExceptionMatches(_ err: PyObjectRef?, _ exc: PyObjectRef?) -> Int32 {
    guard var err = err, let exc = exc else { return 0 }
    if isTupleObject(exc) {
        let n = varSizeOf(exc)
        for i in 0..<n where PyErr_GivenExceptionMatches(err, tupleItem(exc, i)) != 0 { return 1 }
        return 0
    }
    if isExceptionInstance(err) { err = err.type.asObject }
    if isExceptionClass(err) && isExceptionClass(exc) { return PyType_IsSubtype(err.asType, exc.asType) }
    return err == exc ? 1 : 0
}

@c @implementation public func PyErr_ExceptionMatches(_ exc: PyObjectRef?) -> Int32 {
    guard let e = currentThreadState().pointee.curexc else { return 0 }
    return PyErr_GivenExceptionMatches(e.type.asObject, exc)
}

/// Swift fast check: the raised exception is an instance of `type` (a class, not a tuple).
@inline(__always) func errorMatches(_ type: PyObjectRef?) -> Bool {
    guard let e = currentThreadState().pointee.curexc, let t = type else { return false }
    return e.type.asObject == t || PyType_IsSubtype(e.type, t.asType) != 0
}

@c @implementation public func PyErr_NormalizeException(_ ptype: UnsafeMutablePointer<PyObjectRef?>?, _ pvalue: UnsafeMutablePointer<PyObjectRef?>?, _ ptb: UnsafeMutablePointer<PyObjectRef?>?) {
    guard let ptype = ptype, let pvalue = pvalue, let type = ptype.pointee else { return }
    let value = pvalue.pointee
    if let v = value, isExceptionInstance(v), isTypeObject(type), PyType_IsSubtype(v.type, type.asType) != 0 { return }
    let saved = PyErr_GetRaisedException()
    if let exc = createException(type, value) {
        xdecref(value)
        pvalue.pointee = exc
        if exc.type.asObject != type { Py_DECREF(type); ptype.pointee = newRef(exc.type.asObject) }
        PyErr_SetRaisedException(saved)
    } else {
        // The failure replaces the triple.
        xdecref(saved)
        Py_DECREF(type); xdecref(value)
        if let tbp = ptb { xdecref(tbp.pointee); tbp.pointee = nil }
        PyErr_Fetch(ptype, pvalue, ptb)
    }
}

// MARK: - exception object accessors









// MARK: - common errors

@c @implementation public func PyErr_BadArgument() -> Int32 {
    setError(PyExc_TypeError, "bad argument type for built-in operation")
    return 0
}

@c @implementation public func PyErr_NoMemory() -> PyObjectRef? {
    PyErr_SetNone(PyExc_MemoryError)
    return nil
}

@c @implementation public func _PyErr_BadInternalCall(_ filename: UnsafePointer<CChar>?, _ lineno: Int32) {
    if let f = filename {
        setError(PyExc_SystemError, "\(String(cString: f)):\(lineno): bad argument to internal function")
    } else {
        setError(PyExc_SystemError, "bad argument to internal function")
    }
}

@c @implementation public func PyErr_BadInternalCall() {
    setError(PyExc_SystemError, "bad argument to internal function")
}

// MARK: - errno

/// The OSError subclass CPython's OSError() picks for an errno.
func osErrorSubclass(forErrno e: Int32) -> PyObjectRef? {
    switch e {
    case EAGAIN, EALREADY, EINPROGRESS: return PyExc_BlockingIOError   // EWOULDBLOCK == EAGAIN
    case ECHILD: return PyExc_ChildProcessError
    case EPIPE, ESHUTDOWN: return PyExc_BrokenPipeError
    case ECONNABORTED: return PyExc_ConnectionAbortedError
    case ECONNREFUSED: return PyExc_ConnectionRefusedError
    case ECONNRESET: return PyExc_ConnectionResetError
    case EEXIST: return PyExc_FileExistsError
    case ENOENT: return PyExc_FileNotFoundError
    case EISDIR: return PyExc_IsADirectoryError
    case ENOTDIR: return PyExc_NotADirectoryError
    case EINTR: return PyExc_InterruptedError
    case EACCES, EPERM: return PyExc_PermissionError
    case ESRCH: return PyExc_ProcessLookupError
    case ETIMEDOUT: return PyExc_TimeoutError
    default: return nil
    }
}

@c @implementation public func PyErr_SetFromErrnoWithFilenameObjects(_ exc: PyObjectRef?, _ filename: PyObjectRef?, _ filename2: PyObjectRef?) -> PyObjectRef? {
    let e = errno
    if e == EINTR && PyErr_CheckSignals() != 0 { return nil }
    let text = e == 0 ? "Error" : String(cString: strerror(e))
    guard let msg = pyStr(text) else { return nil }
    let code = PyLong_FromLong(Int(e))!
    var items: [PyObjectRef] = [code, msg]
    var zero: PyObjectRef? = nil
    if let f = filename {
        items.append(f)
        if let f2 = filename2 { zero = PyLong_FromLong(0)!; items.append(zero!); items.append(f2) }
    }
    let args = makeTuple(items)
    Py_DECREF(code); Py_DECREF(msg); xdecref(zero)
    guard let a = args else { return nil }
    var type = exc
    if let t = exc, t == PyExc_OSError, let sub = osErrorSubclass(forErrno: e) { type = sub }
    if let v = PyObject_Call(type, a, nil) {
        PyErr_SetObject(v.type.asObject, v)
        Py_DECREF(v)
    }
    Py_DECREF(a)
    return nil
}

@c @implementation public func PyErr_SetFromErrnoWithFilenameObject(_ exc: PyObjectRef?, _ filename: PyObjectRef?) -> PyObjectRef? {
    PyErr_SetFromErrnoWithFilenameObjects(exc, filename, nil)
}

@c @implementation public func PyErr_SetFromErrno(_ exc: PyObjectRef?) -> PyObjectRef? {
    PyErr_SetFromErrnoWithFilenameObjects(exc, nil, nil)
}

@c @implementation public func PyErr_SetFromErrnoWithFilename(_ exc: PyObjectRef?, _ filename: UnsafePointer<CChar>?) -> PyObjectRef? {
    let saved = errno
    var name: PyObjectRef? = nil
    if let f = filename {
        name = PyUnicode_DecodeFSDefault(f)
        if name == nil { return nil }
    }
    errno = saved
    let r = PyErr_SetFromErrnoWithFilenameObjects(exc, name, nil)
    xdecref(name)
    return r
}

// MARK: - ImportError

@c @implementation public func PyErr_SetImportErrorSubclass(_ exception: PyObjectRef?, _ msg: PyObjectRef?, _ name: PyObjectRef?, _ path: PyObjectRef?) -> PyObjectRef? {
    guard let exception = exception, isTypeObject(exception),
          let ie = PyExc_ImportError, PyType_IsSubtype(exception.asType, ie.asType) != 0 else {
        setError(PyExc_TypeError, "expected a subclass of ImportError")
        return nil
    }
    guard let msg = msg else { setError(PyExc_TypeError, "expected a message argument"); return nil }
    guard let kwargs = PyDict_New() else { return nil }
    defer { Py_DECREF(kwargs) }
    if PyDict_SetItemString(kwargs, "name", name ?? pyNone) < 0 { return nil }
    if PyDict_SetItemString(kwargs, "path", path ?? pyNone) < 0 { return nil }
    var arg: PyObjectRef? = msg
    guard let error = PyObject_VectorcallDict(exception, &arg, 1, kwargs) else { return nil }
    PyErr_SetObject(error.type.asObject, error)
    Py_DECREF(error)
    return nil
}

@c @implementation public func PyErr_SetImportError(_ msg: PyObjectRef?, _ name: PyObjectRef?, _ path: PyObjectRef?) -> PyObjectRef? {
    PyErr_SetImportErrorSubclass(PyExc_ImportError, msg, name, path)
}

// MARK: - new exception classes

@c @implementation public func PyErr_NewExceptionWithDoc(_ name: UnsafePointer<CChar>?, _ doc: UnsafePointer<CChar>?, _ base: PyObjectRef?, _ dict: PyObjectRef?) -> PyObjectRef? {
    guard let name = name else { _PyErr_BadInternalCall(nil, 0); return nil }
    let full = String(cString: name)
    guard let dot = full.lastIndex(of: ".") else {
        setError(PyExc_SystemError, "PyErr_NewException: name must be module.class")
        return nil
    }
    let modName = String(full[..<dot])
    let clsName = String(full[full.index(after: dot)...])
    let base = base ?? PyExc_Exception!
    guard let d = dict.map({ newRef($0) }) ?? PyDict_New() else { return nil }
    defer { Py_DECREF(d) }
    if let doc = doc {
        guard let ds = PyUnicode_FromString(doc) else { return nil }
        let r = PyDict_SetItemString(d, "__doc__", ds)
        Py_DECREF(ds)
        if r < 0 { return nil }
    }
    let hasModule = PyDict_GetItemWithError(d, pyName(.__module__))
    if hasModule == nil {
        if errorOccurred() { return nil }
        guard let m = pyStr(modName) else { return nil }
        let r = PyDict_SetItem(d, pyName(.__module__), m)
        Py_DECREF(m)
        if r < 0 { return nil }
    }
    guard let bases = isTupleObject(base) ? newRef(base) : makeTuple([base]) else { return nil }
    defer { Py_DECREF(bases) }
    guard let n = pyStr(clsName) else { return nil }
    defer { Py_DECREF(n) }
    guard let args = makeTuple([n, bases, d]) else { return nil }
    defer { Py_DECREF(args) }
    return PyObject_Call(SPyType_().asObject, args, nil)
}

@c @implementation public func PyErr_NewException(_ name: UnsafePointer<CChar>?, _ base: PyObjectRef?, _ dict: PyObjectRef?) -> PyObjectRef? {
    PyErr_NewExceptionWithDoc(name, nil, base, dict)
}

/// Reports an exception that cannot be raised (in a destructor, a finalizer, ...) on stderr, as
/// CPython's default sys.unraisablehook, and clears it.
@c @implementation public func PyErr_WriteUnraisable(_ obj: PyObjectRef?) {
    guard let exc = PyErr_GetRaisedException() else { return }
    var line = "Exception ignored in: "
    if let o = obj { line += reprString(o) } else { line = "Exception ignored" }
    // CPython's default unraisable hook: the traceback and "Type: str" only (no chained
    // exceptions, no notes); an empty message still gets ": ".
    var text = line + "\n"
    if let tb = excFields(exc).pointee.traceback, Py_IS_TYPE(tb, SPyType_TraceBack()) != 0 {
        text += "Traceback (most recent call last):\n" + formatTraceback(tb, limit: 1000)
    }
    let type = exc.type.asObject
    var name = shortTypeName(exc.type)
    if let q = PyObject_GetAttrString(type, "__qualname__") { if vmIsStr(q) { name = swiftString(q) }; Py_DECREF(q) }
    PyErr_Clear()
    if let m = PyObject_GetAttrString(type, "__module__") {
        if vmIsStr(m) { let ms = swiftString(m); if ms != "builtins" && ms != "__main__" { name = ms + "." + name } }
        else { name = "<unknown>." + name }
        Py_DECREF(m)
    }
    PyErr_Clear()
    text += name + ": "
    if let str = PyObject_Str(exc) { text += swiftString(str); Py_DECREF(str) } else { PyErr_Clear(); text += "<exception str() failed>" }
    writeToFile(text + "\n", PySys_GetObject("stderr"))
    Py_DECREF(exc)
    PyErr_Clear()
}

// MARK: - recursion guard

/// Swift fast path of Py_EnterRecursiveCall; `where` is used only when the limit is hit.
@inline(__always) func enterRecursiveCall(_ whereText: StaticString) -> Bool {
    let ts = currentThreadState()
    ts.pointee.recursion_depth += 1
    let limit = ts.pointee.interp.pointee.recursion_limit
    if ts.pointee.recursion_depth > limit && limit > 0 {
        let ok = whereText.withUTF8Buffer { b in
            recursionLimitExceeded(ts, limit, UnsafeRawPointer(b.baseAddress!).assumingMemoryBound(to: CChar.self), length: b.count)
        } == 0
        if !ok { ts.pointee.recursion_depth -= 1 }   // the caller does not leave on failure
        return ok
    }
    return true
}
@inline(__always) func leaveRecursiveCall() { currentThreadState().pointee.recursion_depth -= 1 }

@inline(never) func recursionLimitExceeded(_ ts: UnsafeMutablePointer<PyThreadState>, _ limit: Int32, _ whereText: UnsafePointer<CChar>?, length: Int = -1) -> Int32 {
    if ts.pointee.recursion_headroom > 0 {
        // Already raising a RecursionError: allow some headroom to create and handle it.
        if ts.pointee.recursion_depth > limit + 50 {
            _Py_FatalErrorFunc("Py_EnterRecursiveCall", "Cannot recover from stack overflow.")
        }
        return 0
    }
    var suffix = ""
    if let w = whereText {
        if length >= 0 {
            suffix = String(decoding: UnsafeRawBufferPointer(start: w, count: length), as: UTF8.self)
        } else {
            suffix = String(cString: w)
        }
    }
    ts.pointee.recursion_headroom += 1
    setError(PyExc_RecursionError, "maximum recursion depth exceeded" + suffix)
    ts.pointee.recursion_headroom -= 1
    ts.pointee.recursion_depth -= 1
    return -1
}

/// Writes UTF-8 text to file descriptor 2 (unbuffered).
