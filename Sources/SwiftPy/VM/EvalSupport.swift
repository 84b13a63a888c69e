// Out-of-line helpers of the eval loop: slow paths of hot opcodes, error messages, raising,
// traceback entries, recursion limits. None of these is inlined into runFrame.
import CPython

// MARK: - Recursion

/// Called when recursion_depth exceeds the limit; returns true when a RecursionError was raised.
@inline(never)
func recursionOverflow(_ tstate: UnsafeMutablePointer<PyThreadState>, _ where_: String) -> Bool {
    let limit = tstate.pointee.interp.pointee.recursion_limit
    if tstate.pointee.recursion_headroom != 0 {
        if tstate.pointee.recursion_depth > limit + 50 {
            _Py_FatalErrorFunc("_Py_CheckRecursiveCall", "Cannot recover from stack overflow.")
        }
        return false
    }
    tstate.pointee.recursion_headroom += 1
    setError(PyExc_RecursionError, "maximum recursion depth exceeded" + where_)
    tstate.pointee.recursion_headroom -= 1
    return true
}

@c @implementation public func Py_EnterRecursiveCall(_ where_: UnsafePointer<CChar>!) -> Int32 {
    let tstate = vmTState()
    tstate.pointee.recursion_depth += 1
    if tstate.pointee.recursion_depth > tstate.pointee.interp.pointee.recursion_limit,
       recursionOverflow(tstate, where_.map { String(cString: $0) } ?? "") {
        tstate.pointee.recursion_depth -= 1
        return -1
    }
    return 0
}
@c @implementation public func Py_LeaveRecursiveCall() { vmTState().pointee.recursion_depth -= 1 }
@c @implementation public func Py_GetRecursionLimit() -> Int32 { vmTState().pointee.interp.pointee.recursion_limit }
@c @implementation public func Py_SetRecursionLimit(_ limit: Int32) { vmTState().pointee.interp.pointee.recursion_limit = limit }

// MARK: - Names

@inline(never)
func nameError(_ name: PyObjectRef) {
    setError(PyExc_NameError, "name '\(vmIsStr(name) ? swiftString(name) : "?")' is not defined")
    if let exc = vmTState().pointee.curexc, PyObject_TypeCheck(exc, PyExc_NameError.asType) != 0 {
        vmSetField(&exc.cast(to: PyNameErrorObject.self).pointee.name, name)
    }
}

@inline(never)
func unboundLocalError(_ code: CodeRef, _ i: Int) {
    let name = swiftString(vmTupleItem(code.pointee.co_varnames!, i))
    setError(PyExc_UnboundLocalError, "cannot access local variable '\(name)' where it is not associated with a value")
}

@inline(never)
func unboundDerefError(_ code: CodeRef, _ i: Int) {
    let ncells = Int(code.pointee.co_ncells)
    if i < ncells {
        let name = swiftString(vmTupleItem(code.pointee.co_cellvars!, i))
        setError(PyExc_UnboundLocalError, "cannot access local variable '\(name)' where it is not associated with a value")
    } else {
        let name = swiftString(vmTupleItem(code.pointee.co_freevars!, i - ncells))
        setError(PyExc_NameError, "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
    }
}

/// LOAD_GLOBAL miss: looks the name up in globals then builtins and refills the cache. New reference.
@inline(never)
func loadGlobalSlow(_ globals: PyObjectRef, _ builtins: PyObjectRef, _ name: PyObjectRef, _ cache: UnsafeMutablePointer<SPyGlobalCache>) -> PyObjectRef? {
    if Py_IS_TYPE(globals, SPyType_Dict()) != 0 && Py_IS_TYPE(builtins, SPyType_Dict()) != 0 {
        var v = PyDict_GetItemWithError(globals, name)
        if v == nil {
            if PyErr_Occurred() != nil { return nil }
            v = PyDict_GetItemWithError(builtins, name)
            if v == nil {
                if PyErr_Occurred() == nil { nameError(name) }
                return nil
            }
        }
        cache.pointee.globals = UnsafeMutableRawPointer(globals)
        cache.pointee.globals_ver = globals.cast(to: PyDictObject.self).pointee.ma_version_tag
        cache.pointee.builtins = UnsafeMutableRawPointer(builtins)
        cache.pointee.builtins_ver = builtins.cast(to: PyDictObject.self).pointee.ma_version_tag
        cache.pointee.value = v
        Py_INCREF(v!)
        return v
    }
    return loadGlobalGeneric(globals, builtins, name)
}

/// Global lookup without caches (dict subclasses / mappings as builtins). New reference.
func loadGlobalGeneric(_ globals: PyObjectRef, _ builtins: PyObjectRef, _ name: PyObjectRef) -> PyObjectRef? {
    if let v = PyDict_GetItemWithError(globals, name) { Py_INCREF(v); return v }
    if PyErr_Occurred() != nil { return nil }
    if vmIsDict(builtins) {
        if let v = PyDict_GetItemWithError(builtins, name) { Py_INCREF(v); return v }
        if PyErr_Occurred() == nil { nameError(name) }
        return nil
    }
    if let v = PyObject_GetItem(builtins, name) { return v }
    if PyErr_ExceptionMatches(PyExc_KeyError) != 0 { PyErr_Clear(); nameError(name) }
    return nil
}

// MARK: - Attributes and methods

@inline(__always) private func funcAddress<T>(_ f: T) -> UnsafeRawPointer { unsafeBitCast(f, to: UnsafeRawPointer.self) }
/// A computed property, not a global `let` (that would be a swift_once on every LOAD_METHOD).
private var genericGetAttrAddress: UnsafeRawPointer { @inline(__always) get { funcAddress(PyObject_GenericGetAttr as getattrofunc) } }

/// CPython's _PyObject_GetMethod: true with `meth` = the unbound method when `name` is a plain
/// method found on the type (so no bound method is created); else false with `meth` = the attribute.
/// meth nil = exception set.
/// getMethod for LOAD_METHOD; records a method descriptor found for an instance without a __dict__
/// (built-in and extension types) in the instruction's per-name cache entry.
@inline(never)
func getMethodFillingCache(_ obj: PyObjectRef, _ name: PyObjectRef, _ meth: inout PyObjectRef?,
                           _ cache: UnsafeMutablePointer<SPyGlobalCache>) -> Bool {
    let found = getMethod(obj, name, &meth)
    let tp = obj.pointee.ob_type!
    if found, tp.pointee.tp_dictoffset == 0, tp.pointee.tp_flags & UInt(Py_TPFLAGS_VALID_VERSION_TAG) != 0,
       let m = meth, let ga = tp.pointee.tp_getattro, funcAddress(ga) == genericGetAttrAddress {
        cache.pointee.method_type = tp
        cache.pointee.method_version = tp.pointee.tp_version_tag
        cache.pointee.method = m
    }
    return found
}

func getMethod(_ obj: PyObjectRef, _ name: PyObjectRef, _ meth: inout PyObjectRef?) -> Bool {
    let tp = obj.pointee.ob_type!
    guard let ga = tp.pointee.tp_getattro, funcAddress(ga) == genericGetAttrAddress else {
        meth = PyObject_GetAttr(obj, name); return false
    }
    guard let descr = _PyType_Lookup(tp, name) else { meth = PyObject_GetAttr(obj, name); return false }
    let dt = descr.pointee.ob_type!
    let isMethod = vmHasFlag(dt, UInt(Py_TPFLAGS_METHOD_DESCRIPTOR))
    if !isMethod && dt.pointee.tp_descr_get != nil && dt.pointee.tp_descr_set != nil {
        meth = PyObject_GetAttr(obj, name); return false   // data descriptor
    }
    if let dictp = _PyObject_GetDictPtr(obj), let dict = dictp.pointee {
        var decided = false
        let hit = dictProbeInterned(dict, name, &decided)
        if let attr = hit { Py_INCREF(attr); meth = attr; return false }
        if !decided {
            if let attr = PyDict_GetItemWithError(dict, name) { Py_INCREF(attr); meth = attr; return false }
            if PyErr_Occurred() != nil { meth = nil; return false }
        }
    }
    if isMethod { Py_INCREF(descr); meth = descr; return true }
    meth = PyObject_GetAttr(obj, name)
    return false
}

// MARK: - Arithmetic

@inline(never)
func binaryOpSlow(_ op: Int, _ l: PyObjectRef, _ r: PyObjectRef) -> PyObjectRef? {
    switch op {
    case 0: return PyNumber_Add(l, r)
    case 1: return PyNumber_And(l, r)
    case 2: return PyNumber_FloorDivide(l, r)
    case 3: return PyNumber_Lshift(l, r)
    case 4: return PyNumber_MatrixMultiply(l, r)
    case 5: return PyNumber_Multiply(l, r)
    case 6: return PyNumber_Remainder(l, r)
    case 7: return PyNumber_Or(l, r)
    case 8: return PyNumber_Power(l, r, pyNone)
    case 9: return PyNumber_Rshift(l, r)
    case 10: return PyNumber_Subtract(l, r)
    case 11: return PyNumber_TrueDivide(l, r)
    case 12: return PyNumber_Xor(l, r)
    case 13: return PyNumber_InPlaceAdd(l, r)
    case 14: return PyNumber_InPlaceAnd(l, r)
    case 15: return PyNumber_InPlaceFloorDivide(l, r)
    case 16: return PyNumber_InPlaceLshift(l, r)
    case 17: return PyNumber_InPlaceMatrixMultiply(l, r)
    case 18: return PyNumber_InPlaceMultiply(l, r)
    case 19: return PyNumber_InPlaceRemainder(l, r)
    case 20: return PyNumber_InPlaceOr(l, r)
    case 21: return PyNumber_InPlacePower(l, r, pyNone)
    case 22: return PyNumber_InPlaceRshift(l, r)
    case 23: return PyNumber_InPlaceSubtract(l, r)
    case 24: return PyNumber_InPlaceTrueDivide(l, r)
    case 25: return PyNumber_InPlaceXor(l, r)
    default:
        setError(PyExc_SystemError, "unknown binary operation \(op)"); return nil
    }
}

// MARK: - Exceptions

/// Checks an `except` clause's class (or tuple of classes).
@inline(never)
func checkExceptMatchType(_ right: PyObjectRef) -> Bool {
    let msg = "catching classes that do not inherit from BaseException is not allowed"
    if vmIsTuple(right) {
        for i in 0..<vmTupleSize(right) where !vmIsExceptionClass(vmTupleItem(right, i)) {
            setError(PyExc_TypeError, msg); return false
        }
        return true
    }
    if !vmIsExceptionClass(right) { setError(PyExc_TypeError, msg); return false }
    return true
}

/// CPython's _PyErr_SetObject context chaining: `exc.__context__ = handled` (cutting cycles).
func chainContext(_ exc: PyObjectRef, _ handled: PyObjectRef) {
    if handled == exc { return }
    var o = handled
    var slow = handled
    var toggle = false
    while let ctx = excObj(o).pointee.context {
        if ctx == exc { vmClearField(&excObj(o).pointee.context); break }
        o = ctx
        if o == slow { break }
        if toggle { slow = excObj(slow).pointee.context ?? slow }
        toggle.toggle()
    }
    vmSetField(&excObj(exc).pointee.context, handled)
}

/// Error-path context chaining for exceptions set without it (C code that raised while handling).
@inline(__always)
func chainHandledContext(_ tstate: UnsafeMutablePointer<PyThreadState>, _ exc: PyObjectRef) {
    if let handled = tstate.pointee.exc_info, handled != exc, excObj(exc).pointee.context == nil,
       vmIsExceptionInstance(exc) {
        chainContext(exc, handled)
    }
}

/// RAISE_VARARGS. Returns true for a bare re-raise (no new traceback entry).
@inline(never)
func opRaise(_ sp: inout StackPtr, _ oparg: Int, _ tstate: UnsafeMutablePointer<PyThreadState>) -> Bool {
    var cause: PyObjectRef? = nil, exc: PyObjectRef? = nil
    if oparg == 2 { sp -= 1; cause = sp[0] }
    if oparg >= 1 { sp -= 1; exc = sp[0] }
    return doRaise(exc, cause, tstate)
}

/// Raises exc (class or instance) with an optional cause; steals both. True = re-raise.
func doRaise(_ excArg: PyObjectRef?, _ causeArg: PyObjectRef?, _ tstate: UnsafeMutablePointer<PyThreadState>) -> Bool {
    guard let excArg else {
        Py_XDECREF(causeArg)
        guard let handled = tstate.pointee.exc_info else {
            setError(PyExc_RuntimeError, "No active exception to reraise"); return false
        }
        Py_INCREF(handled)
        restoreRaised(tstate, handled)
        return true
    }
    var value: PyObjectRef
    if vmIsExceptionClass(excArg) {
        guard let v = PyObject_CallNoArgs(excArg) else { Py_DECREF(excArg); Py_XDECREF(causeArg); return false }
        if !vmIsExceptionInstance(v) {
            let tr = vmRepr(excArg) ?? "?", vr = vmRepr(v) ?? "?"
            Py_DECREF(v); Py_DECREF(excArg); Py_XDECREF(causeArg)
            setError(PyExc_TypeError, "calling \(tr) should have returned an instance of BaseException, not \(vmTypeName(v.pointee.ob_type))")
            _ = vr
            return false
        }
        Py_DECREF(excArg)
        value = v
    } else if vmIsExceptionInstance(excArg) {
        value = excArg
    } else {
        Py_DECREF(excArg); Py_XDECREF(causeArg)
        setError(PyExc_TypeError, "exceptions must derive from BaseException")
        return false
    }
    if let c = causeArg {
        var cause: PyObjectRef? = nil
        if vmIsExceptionClass(c) {
            guard let ci = PyObject_CallNoArgs(c) else { Py_DECREF(c); Py_DECREF(value); return false }
            Py_DECREF(c)
            if !vmIsExceptionInstance(ci) {
                setError(PyExc_TypeError, "calling \(vmRepr(c) ?? "?") should have returned an instance of BaseException, not \(vmTypeName(ci.pointee.ob_type))")
                Py_DECREF(ci); Py_DECREF(value); return false
            }
            cause = ci
        } else if vmIsExceptionInstance(c) {
            cause = c
        } else if c == pyNone {
            Py_DECREF(c)
            cause = nil
        } else {
            Py_DECREF(c); Py_DECREF(value)
            setError(PyExc_TypeError, "exception causes must derive from BaseException")
            return false
        }
        PyException_SetCause(value, cause)   // steals; sets __suppress_context__
    }
    if let handled = tstate.pointee.exc_info { chainContext(value, handled) }
    restoreRaised(tstate, value)
    return false
}

// MARK: - Tracebacks

/// Prepends a traceback entry for frame f to exc.__traceback__.
func tracebackHere(_ f: FrameRef, _ exc: PyObjectRef) {
    guard vmIsExceptionInstance(exc) else { return }
    guard let o = vmGCNew(SPyType_TraceBack()) else { PyErr_Clear(); return }
    let tb = o.cast(to: PyTracebackObject.self)
    let e = excObj(exc)
    tb.pointee.tb_next = e.pointee.traceback.map { $0.cast(to: PyTracebackObject.self) }   // takes the exception's reference
    Py_INCREF(f.object)
    tb.pointee.tb_frame = f.object
    tb.pointee.tb_lasti = f.pointee.f_lasti
    tb.pointee.tb_lineno = Int32(frameLine(f))
    e.pointee.traceback = o
    PyObject_GC_Track(o)
}

@c @implementation public func PyTraceBack_Here(_ f: UnsafeMutablePointer<PyFrameObject>!) -> Int32 {
    guard let exc = vmTState().pointee.curexc else { return 0 }
    tracebackHere(f, exc)
    return 0
}

// MARK: - Calls

/// CALL_FUNCTION_EX: [func, args(, kwargs)] -> [result].
@inline(never)
func opCallFunctionEx(_ sp: inout StackPtr, _ flags: Int) -> Bool {
    var kwargs: PyObjectRef? = nil
    if (flags & 1) != 0 { sp -= 1; kwargs = sp[0] }
    sp -= 1
    var callargs = sp[0]!
    let fn = sp[-1]!
    defer { Py_XDECREF(kwargs) }
    if Py_IS_TYPE(callargs, SPyType_Tuple()) == 0 {
        guard let t = PySequence_Tuple(callargs) else {
            if PyErr_ExceptionMatches(PyExc_TypeError) != 0 && PyObject_GetIter(callargs) == nil {
                PyErr_Clear()
                setError(PyExc_TypeError, "\(funcDescription(fn)) argument after * must be an iterable, not \(vmTypeName(callargs.pointee.ob_type))")
            }
            Py_DECREF(callargs)
            return false
        }
        Py_DECREF(callargs)
        callargs = t
    }
    if let kw = kwargs, Py_IS_TYPE(kw, SPyType_Dict()) == 0 {
        guard let d = PyDict_New() else { Py_DECREF(callargs); return false }
        if PyDict_Update(d, kw) < 0 {
            Py_DECREF(d); Py_DECREF(callargs)
            if PyErr_ExceptionMatches(PyExc_AttributeError) != 0 {
                PyErr_Clear()
                setError(PyExc_TypeError, "\(funcDescription(fn)) argument after ** must be a mapping, not \(vmTypeName(kw.pointee.ob_type))")
            }
            return false
        }
        Py_DECREF(kw)
        kwargs = d
    }
    let res = PyObject_Call(fn, callargs, kwargs)
    Py_DECREF(callargs)
    Py_DECREF(fn)
    sp[-1] = res
    if res == nil { sp -= 1; return false }
    return true
}

/// CPython's _PyObject_FunctionStr: "mod.qualname()" (module omitted for builtins), or repr.
func funcDescription(_ fn: PyObjectRef) -> String {
    var qn: PyObjectRef? = nil
    if _PyObject_LookupAttr(fn, pyIntern("__qualname__"), &qn) <= 0 || qn == nil || !vmIsStr(qn!) {
        PyErr_Clear(); Py_XDECREF(qn)
        return vmStr(fn) ?? "?"
    }
    defer { Py_DECREF(qn!) }
    var mod: PyObjectRef? = nil
    if _PyObject_LookupAttr(fn, pyIntern("__module__"), &mod) > 0, let m = mod {
        defer { Py_DECREF(m) }
        if vmIsStr(m) && swiftString(m) != "builtins" { return "\(swiftString(m)).\(swiftString(qn!))()" }
    }
    PyErr_Clear()
    return "\(swiftString(qn!))()"
}
