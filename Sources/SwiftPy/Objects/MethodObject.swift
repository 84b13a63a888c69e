// Built-in functions and methods (PyCFunction: "builtin_function_or_method", a PyMethodDef bound to
// m_self) and bound methods of Python functions (PyMethod: "method"). Both are called through
// vectorcall; argument-count errors follow CPython 3.11's wording.
import CPython

// MARK: - PyCFunction

@inline(__always) func cfunctionFields(_ f: PyObjectRef) -> UnsafeMutablePointer<PyCFunctionObject> { f.cast(to: PyCFunctionObject.self) }
/// m_self as the C function receives it: NULL for METH_STATIC.
@inline(__always) func cfunctionSelf(_ f: PyObjectRef) -> PyObjectRef? {
    let c = cfunctionFields(f)
    return c.pointee.m_ml.pointee.ml_flags & METH_STATIC != 0 ? nil : c.pointee.m_self
}

@inline(never) func raiseNoKeywords(_ f: PyObjectRef) {
    setError(PyExc_TypeError, "\(functionString(f)) takes no keyword arguments")
}

func cfunctionVectorcallFast(_ f: PyObjectRef?, _ args: UnsafePointer<PyObjectRef?>?, _ nargsf: Int, _ kwnames: PyObjectRef?) -> PyObjectRef? {
    let f = f!
    if let k = kwnames, varSizeOf(k) > 0 { raiseNoKeywords(f); return nil }
    if !enterRecursiveCall(" while calling a Python object") { return nil }
    let meth = unsafeBitCast(cfunctionFields(f).pointee.m_ml.pointee.ml_meth, to: _PyCFunctionFast.self)
    let r = meth(cfunctionSelf(f), args, vectorcallNargs(nargsf))
    leaveRecursiveCall()
    return r
}

func cfunctionVectorcallFastKw(_ f: PyObjectRef?, _ args: UnsafePointer<PyObjectRef?>?, _ nargsf: Int, _ kwnames: PyObjectRef?) -> PyObjectRef? {
    let f = f!
    if !enterRecursiveCall(" while calling a Python object") { return nil }
    let meth = unsafeBitCast(cfunctionFields(f).pointee.m_ml.pointee.ml_meth, to: _PyCFunctionFastWithKeywords.self)
    let r = meth(cfunctionSelf(f), args, vectorcallNargs(nargsf), kwnames)
    leaveRecursiveCall()
    return r
}

func cfunctionVectorcallMethod(_ f: PyObjectRef?, _ args: UnsafePointer<PyObjectRef?>?, _ nargsf: Int, _ kwnames: PyObjectRef?) -> PyObjectRef? {
    let f = f!
    if !enterRecursiveCall(" while calling a Python object") { return nil }
    let meth = unsafeBitCast(cfunctionFields(f).pointee.m_ml.pointee.ml_meth, to: PyCMethod.self)
    let cls = f.cast(to: PyCMethodObject.self).pointee.mm_class
    let r = meth(cfunctionSelf(f), cls, args, vectorcallNargs(nargsf), kwnames)
    leaveRecursiveCall()
    return r
}

func cfunctionVectorcallNoArgs(_ f: PyObjectRef?, _ args: UnsafePointer<PyObjectRef?>?, _ nargsf: Int, _ kwnames: PyObjectRef?) -> PyObjectRef? {
    let f = f!
    if let k = kwnames, varSizeOf(k) > 0 { raiseNoKeywords(f); return nil }
    let nargs = vectorcallNargs(nargsf)
    if nargs != 0 {
        setError(PyExc_TypeError, "\(functionString(f)) takes no arguments (\(nargs) given)")
        return nil
    }
    if !enterRecursiveCall(" while calling a Python object") { return nil }
    let r = cfunctionFields(f).pointee.m_ml.pointee.ml_meth!(cfunctionSelf(f), nil)
    leaveRecursiveCall()
    return r
}

func cfunctionVectorcallO(_ f: PyObjectRef?, _ args: UnsafePointer<PyObjectRef?>?, _ nargsf: Int, _ kwnames: PyObjectRef?) -> PyObjectRef? {
    let f = f!
    if let k = kwnames, varSizeOf(k) > 0 { raiseNoKeywords(f); return nil }
    let nargs = vectorcallNargs(nargsf)
    if nargs != 1 {
        setError(PyExc_TypeError, "\(functionString(f)) takes exactly one argument (\(nargs) given)")
        return nil
    }
    if !enterRecursiveCall(" while calling a Python object") { return nil }
    let r = cfunctionFields(f).pointee.m_ml.pointee.ml_meth!(cfunctionSelf(f), args![0])
    leaveRecursiveCall()
    return r
}

/// The eval loop's call of a built-in function (exact PyCFunction_Type), as CPython 3.11's specialized
/// PRECALL_NO_KW_BUILTIN_O / _BUILTIN_FAST / _BUILTIN_FAST_WITH_KEYWORDS: the C function is called from
/// here, not through PyObject_Vectorcall -> the vectorcall thunk -> cfunctionVectorcall* (three frames and
/// two thread-state lookups more per call, which made METH_O/METH_FASTCALL calls ~2x CPython's cost).
/// METH_VARARGS(|METH_KEYWORDS) functions called without keywords get their argument tuple here
/// (what tp_call would build). Every other case (argument-count or keyword errors, keyword arguments to
/// METH_VARARGS, METH_METHOD, the recursion limit) takes the vectorcall path, which raises CPython's
/// errors. `args` may be written at args[-1].
@inline(never)
func cfunctionCallFromEval(_ f: PyObjectRef, _ args: UnsafePointer<PyObjectRef?>, _ nargs: Int, _ kwnames: PyObjectRef?) -> PyObjectRef? {
    let c = cfunctionFields(f)
    let ml = c.pointee.m_ml!
    let flags = ml.pointee.ml_flags
    let kind = flags & (METH_VARARGS | METH_FASTCALL | METH_NOARGS | METH_O | METH_KEYWORDS | METH_METHOD)
    let ts = currentThreadState()
    let depth = ts.pointee.recursion_depth + 1
    let fast = depth <= ts.pointee.interp.pointee.recursion_limit && (kwnames == nil || kind == METH_FASTCALL | METH_KEYWORDS)
    guard fast, let meth = ml.pointee.ml_meth else {
        return PyObject_Vectorcall(f, args, nargs | vectorcallArgumentsOffset, kwnames)
    }
    let self_ = flags & METH_STATIC != 0 ? nil : c.pointee.m_self
    let r: PyObjectRef?
    ts.pointee.recursion_depth = depth
    if kind == METH_O && nargs == 1 {
        r = meth(self_, args[0])
    } else if kind == METH_FASTCALL {
        r = unsafeBitCast(meth, to: _PyCFunctionFast.self)(self_, args, nargs)
    } else if kind == METH_FASTCALL | METH_KEYWORDS {
        r = unsafeBitCast(meth, to: _PyCFunctionFastWithKeywords.self)(self_, args, nargs, kwnames)
    } else if kind == METH_NOARGS && nargs == 0 {
        r = meth(self_, nil)
    } else if kind & ~METH_KEYWORDS == METH_VARARGS {
        // tp_call's tuple, without makeTpCall -> cfunctionCall
        guard let t = tupleFromArray(args, nargs) else { ts.pointee.recursion_depth = depth - 1; return nil }
        r = kind == METH_VARARGS ? meth(self_, t) : unsafeBitCast(meth, to: PyCFunctionWithKeywords.self)(self_, t, nil)
        Py_DECREF(t)
    } else {
        ts.pointee.recursion_depth = depth - 1
        return PyObject_Vectorcall(f, args, nargs | vectorcallArgumentsOffset, kwnames)
    }
    ts.pointee.recursion_depth -= 1
    // A result xor an exception, else the SystemError PyObject_Vectorcall would raise.
    if (r == nil) != (ts.pointee.curexc != nil) { return cfunctionBadResult(f, r) }
    return r
}

/// checkFunctionResult out of line: keeps cfunctionCallFromEval's frame small.
@inline(never) func cfunctionBadResult(_ f: PyObjectRef, _ r: PyObjectRef?) -> PyObjectRef? { checkFunctionResult(f, r) }

/// tp_call: METH_VARARGS functions take the tuple (and dict); the others go through vectorcall.
func cfunctionCall(_ f: PyObjectRef?, _ args: PyObjectRef?, _ kwargs: PyObjectRef?) -> PyObjectRef? {
    let f = f!
    let ml = cfunctionFields(f).pointee.m_ml!
    let flags = ml.pointee.ml_flags
    if flags & METH_VARARGS == 0 { return PyVectorcall_Call(f, args, kwargs) }
    let r: PyObjectRef?
    if flags & METH_KEYWORDS != 0 {
        let meth = unsafeBitCast(ml.pointee.ml_meth, to: PyCFunctionWithKeywords.self)
        r = meth(cfunctionSelf(f), args, kwargs)
    } else {
        if let k = kwargs, PyDict_Size(k) != 0 {
            setError(PyExc_TypeError, "\(String(cString: ml.pointee.ml_name))() takes no keyword arguments")
            return nil
        }
        r = ml.pointee.ml_meth!(cfunctionSelf(f), args)
    }
    return checkFunctionResult(f, r)
}

@c @implementation public func PyCMethod_New(_ ml: UnsafeMutablePointer<PyMethodDef>?, _ self_: PyObjectRef?, _ module: PyObjectRef?, _ cls: PyTypeRef?) -> PyObjectRef? {
    guard let ml = ml else { _PyErr_BadInternalCall(nil, 0); return nil }
    let kinds = METH_VARARGS | METH_FASTCALL | METH_NOARGS | METH_O | METH_KEYWORDS | METH_METHOD
    let vc: vectorcallfunc?
    switch ml.pointee.ml_flags & kinds {
    case METH_VARARGS, METH_VARARGS | METH_KEYWORDS: vc = nil
    case METH_FASTCALL: vc = cfunctionVectorcallFast
    case METH_FASTCALL | METH_KEYWORDS: vc = cfunctionVectorcallFastKw
    case METH_NOARGS: vc = cfunctionVectorcallNoArgs
    case METH_O: vc = cfunctionVectorcallO
    case METH_METHOD | METH_FASTCALL | METH_KEYWORDS: vc = cfunctionVectorcallMethod
    default:
        setError(PyExc_SystemError, "\(String(cString: ml.pointee.ml_name)) method: bad call flags")
        return nil
    }
    let op: PyObjectRef
    if ml.pointee.ml_flags & METH_METHOD != 0 {
        guard let cls = cls else {
            setError(PyExc_SystemError, "attempting to create PyCMethod with a METH_METHOD flag but no class")
            return nil
        }
        let t = SPyType_CFunction()
        let saved = t.pointee.tp_basicsize
        t.pointee.tp_basicsize = MemoryLayout<PyCMethodObject>.size
        let o = _PyObject_GC_New(t)
        t.pointee.tp_basicsize = saved
        guard let o = o else { return nil }
        o.cast(to: PyCMethodObject.self).pointee.mm_class = UnsafeMutablePointer(newRef(cls.asObject).asType)
        op = o
    } else {
        if cls != nil {
            setError(PyExc_SystemError, "attempting to create PyCFunction with class but no METH_METHOD flag")
            return nil
        }
        guard let o = _PyObject_GC_New(SPyType_CFunction()) else { return nil }
        op = o
    }
    let c = cfunctionFields(op)
    c.pointee.m_ml = ml
    c.pointee.m_self = self_.map { newRef($0) }
    c.pointee.m_module = module.map { newRef($0) }
    c.pointee.m_weakreflist = nil
    c.pointee.vectorcall = vc
    PyObject_GC_Track(UnsafeMutableRawPointer(op))
    return op
}

@c @implementation public func PyCFunction_NewEx(_ ml: UnsafeMutablePointer<PyMethodDef>?, _ self_: PyObjectRef?, _ module: PyObjectRef?) -> PyObjectRef? {
    PyCMethod_New(ml, self_, module, nil)
}

@inline(__always) func checkCFunction(_ op: PyObjectRef?) -> Bool {
    guard let op = op, typeCheck(op, SPyType_CFunction()) else { _PyErr_BadInternalCall(nil, 0); return false }
    return true
}
@c @implementation public func PyCFunction_GetFunction(_ op: PyObjectRef?) -> PyCFunction? {
    guard checkCFunction(op) else { return nil }
    return cfunctionFields(op!).pointee.m_ml.pointee.ml_meth
}
@c @implementation public func PyCFunction_GetSelf(_ op: PyObjectRef?) -> PyObjectRef? {
    guard checkCFunction(op) else { return nil }
    return cfunctionSelf(op!)
}
@c @implementation public func PyCFunction_GetFlags(_ op: PyObjectRef?) -> Int32 {
    guard checkCFunction(op) else { return -1 }
    return cfunctionFields(op!).pointee.m_ml.pointee.ml_flags
}

/// True when the method is unbound to an object (module functions and static methods).
@inline(__always) func cfunctionIsPlainFunction(_ f: PyObjectRef) -> Bool {
    guard let s = cfunctionFields(f).pointee.m_self else { return true }
    return typeCheck(s, SPyType_Module())
}

func cfunctionDealloc(_ f: PyObjectRef?) {
    let f = f!
    PyObject_GC_UnTrack(UnsafeMutableRawPointer(f))
    let c = cfunctionFields(f)
    if c.pointee.m_weakreflist != nil { PyObject_ClearWeakRefs(f) }
    xdecref(c.pointee.m_self); c.pointee.m_self = nil
    xdecref(c.pointee.m_module); c.pointee.m_module = nil
    if c.pointee.m_ml.pointee.ml_flags & METH_METHOD != 0 {
        xdecref(f.cast(to: PyCMethodObject.self).pointee.mm_class.map { $0.asObject })
    }
    PyObject_GC_Del(UnsafeMutableRawPointer(f))
}

func cfunctionTraverse(_ f: PyObjectRef?, _ visit: visitproc?, _ arg: UnsafeMutableRawPointer?) -> Int32 {
    let c = cfunctionFields(f!)
    if let s = c.pointee.m_self { let r = visit!(s, arg); if r != 0 { return r } }
    if let m = c.pointee.m_module { let r = visit!(m, arg); if r != 0 { return r } }
    if c.pointee.m_ml.pointee.ml_flags & METH_METHOD != 0, let cls = f!.cast(to: PyCMethodObject.self).pointee.mm_class {
        let r = visit!(cls.asObject, arg); if r != 0 { return r }
    }
    return 0
}

func cfunctionRepr(_ f: PyObjectRef?) -> PyObjectRef? {
    let f = f!
    let name = String(cString: cfunctionFields(f).pointee.m_ml.pointee.ml_name)
    if cfunctionIsPlainFunction(f) { return pyStr("<built-in function \(name)>") }
    let s = cfunctionFields(f).pointee.m_self!
    return pyStr("<built-in method \(name) of \(typeName(of: s)) object at \(pointerString(s))>")
}

func cfunctionRichcompare(_ a: PyObjectRef?, _ b: PyObjectRef?, _ op: Int32) -> PyObjectRef? {
    let a = a!, b = b!
    if (op != Py_EQ && op != Py_NE) || !typeCheck(a, SPyType_CFunction()) || !typeCheck(b, SPyType_CFunction()) {
        return newRef(pyNotImplemented)
    }
    let ca = cfunctionFields(a), cb = cfunctionFields(b)
    var eq = ca.pointee.m_self == cb.pointee.m_self
    if eq { eq = fnAddress(ca.pointee.m_ml.pointee.ml_meth) == fnAddress(cb.pointee.m_ml.pointee.ml_meth) }
    return pyBool(op == Py_EQ ? eq : !eq)
}

func cfunctionHash(_ f: PyObjectRef?) -> Int {
    let c = cfunctionFields(f!)
    let x = c.pointee.m_self.map { hashPointer($0) } ?? 0
    let y = fnAddress(c.pointee.m_ml.pointee.ml_meth).map { hashPointer($0) } ?? 0
    let h = x ^ y
    return h == -1 ? -2 : h
}

func cfunctionGetName(_ f: PyObjectRef?, _ c: UnsafeMutableRawPointer?) -> PyObjectRef? {
    PyUnicode_FromString(cfunctionFields(f!).pointee.m_ml.pointee.ml_name)
}
func cfunctionGetQualname(_ f: PyObjectRef?, _ c: UnsafeMutableRawPointer?) -> PyObjectRef? {
    let f = f!
    let name = cfunctionFields(f).pointee.m_ml.pointee.ml_name!
    if cfunctionIsPlainFunction(f) { return PyUnicode_FromString(name) }
    let s = cfunctionFields(f).pointee.m_self!
    let type = isTypeObject(s) ? s : s.type.asObject
    guard let q = PyObject_GetAttr(type, pyName(.__qualname__)) else { return nil }
    defer { Py_DECREF(q) }
    if !isStrObject(q) {
        setError(PyExc_TypeError, "<method>.__class__.__qualname__ is not a unicode object")
        return nil
    }
    return pyStr(swiftString(q) + "." + String(cString: name))
}
func cfunctionGetSelf(_ f: PyObjectRef?, _ c: UnsafeMutableRawPointer?) -> PyObjectRef? {
    newRef(cfunctionSelf(f!) ?? pyNone)
}
/// __doc__ / __text_signature__ from a C doc string.
func docObject(_ doc: UnsafePointer<CChar>?) -> PyObjectRef? {
    guard let d = doc else { return pyNoneRef() }
    return pyStr(docWithoutSignature(String(cString: d)))
}
func textSignatureObject(_ doc: UnsafePointer<CChar>?) -> PyObjectRef? {
    guard let d = doc, let sig = textSignature(String(cString: d)) else { return pyNoneRef() }
    return pyStr(sig)
}
func cfunctionGetDoc(_ f: PyObjectRef?, _ c: UnsafeMutableRawPointer?) -> PyObjectRef? {
    docObject(cfunctionFields(f!).pointee.m_ml.pointee.ml_doc)
}
func cfunctionGetTextSignature(_ f: PyObjectRef?, _ c: UnsafeMutableRawPointer?) -> PyObjectRef? {
    textSignatureObject(cfunctionFields(f!).pointee.m_ml.pointee.ml_doc)
}

/// Borrowed builtins.<name> from the interpreter's builtins dict.
func builtinObject(_ name: String) -> PyObjectRef? {
    guard let b = currentThreadState().pointee.interp.pointee.builtins else {
        setError(PyExc_RuntimeError, "no builtins")
        return nil
    }
    guard let v = PyDict_GetItemWithError(b, internedName(name)) else {
        if !errorOccurred() { setError(PyExc_AttributeError, name) }
        return nil
    }
    return v
}

func cfunctionReduce(_ f: PyObjectRef?, _ unused: PyObjectRef?) -> PyObjectRef? {
    let f = f!
    let name = cfunctionFields(f).pointee.m_ml.pointee.ml_name!
    if cfunctionIsPlainFunction(f) { return PyUnicode_FromString(name) }
    guard let getattr = builtinObject("getattr"), let n = PyUnicode_FromString(name) else { return nil }
    defer { Py_DECREF(n) }
    guard let inner = makeTuple([cfunctionFields(f).pointee.m_self!, n]) else { return nil }
    defer { Py_DECREF(inner) }
    return makeTuple([getattr, inner])
}

func initCFunctionType() {
    let t = SPyType_CFunction()
    t.pointee.tp_name = immortalCString("builtin_function_or_method")
    t.pointee.tp_basicsize = MemoryLayout<PyCFunctionObject>.size
    t.pointee.tp_dealloc = cfunctionDealloc
    t.pointee.tp_vectorcall_offset = MemoryLayout<PyCFunctionObject>.offset(of: \PyCFunctionObject.vectorcall)!
    t.pointee.tp_repr = cfunctionRepr
    t.pointee.tp_hash = cfunctionHash
    t.pointee.tp_call = cfunctionCall
    t.pointee.tp_getattro = PyObject_GenericGetAttr
    t.pointee.tp_flags = tpFlagsDefault | UInt(Py_TPFLAGS_HAVE_GC) | UInt(Py_TPFLAGS_HAVE_VECTORCALL)
    t.pointee.tp_traverse = cfunctionTraverse
    t.pointee.tp_richcompare = cfunctionRichcompare
    t.pointee.tp_weaklistoffset = MemoryLayout<PyCFunctionObject>.offset(of: \PyCFunctionObject.m_weakreflist)!
    t.pointee.tp_methods = makeMethodTable([.noArgs("__reduce__", cfunctionReduce)])
    t.pointee.tp_members = makeMemberTable([
        MemberSpec("__module__", type: T_OBJECT, offset: MemoryLayout<PyCFunctionObject>.offset(of: \PyCFunctionObject.m_module)!, readOnly: false),
    ])
    t.pointee.tp_getset = makeGetSetTable([
        GetSetSpec("__doc__", get: cfunctionGetDoc),
        GetSetSpec("__name__", get: cfunctionGetName),
        GetSetSpec("__qualname__", get: cfunctionGetQualname),
        GetSetSpec("__text_signature__", get: cfunctionGetTextSignature),
        GetSetSpec("__self__", get: cfunctionGetSelf),
    ])
}

// MARK: - PyMethod (bound methods)

@inline(__always) func methodFields(_ m: PyObjectRef) -> UnsafeMutablePointer<PyMethodObject> { m.cast(to: PyMethodObject.self) }

/// Calls im_func with im_self prepended, reusing the caller's spare slot when it allows.
func methodVectorcall(_ m: PyObjectRef?, _ args: UnsafePointer<PyObjectRef?>?, _ nargsf: Int, _ kwnames: PyObjectRef?) -> PyObjectRef? {
    let mf = methodFields(m!)
    let s = mf.pointee.im_self!
    let fn = mf.pointee.im_func!
    let nargs = vectorcallNargs(nargsf)
    if nargsf & vectorcallArgumentsOffset != 0 {
        let newArgs = UnsafeMutablePointer(mutating: args!) - 1
        let saved = newArgs[0]
        newArgs[0] = s
        let r = vectorcall(fn, newArgs, nargs + 1, kwnames)
        newArgs[0] = saved
        return r
    }
    let nkw = kwnames.map { varSizeOf($0) } ?? 0
    let total = nargs + nkw
    if total == 0 {
        var one: PyObjectRef? = s
        return vectorcall(fn, &one, 1, nil)
    }
    return withUnsafeTemporaryAllocation(of: PyObjectRef?.self, capacity: total + 1) { buf -> PyObjectRef? in
        let p = buf.baseAddress!
        p[0] = s
        (p + 1).update(from: args!, count: total)
        return vectorcall(fn, p, nargs + 1, kwnames)
    }
}

@c @implementation public func PyMethod_New(_ fn: PyObjectRef?, _ self_: PyObjectRef?) -> PyObjectRef? {
    guard let fn = fn, let s = self_ else { _PyErr_BadInternalCall(nil, 0); return nil }
    guard let m = _PyObject_GC_New(SPyType_Method()) else { return nil }
    let f = methodFields(m)
    f.pointee.im_func = newRef(fn)
    f.pointee.im_self = newRef(s)
    f.pointee.im_weakreflist = nil
    f.pointee.vectorcall = methodVectorcall
    PyObject_GC_Track(UnsafeMutableRawPointer(m))
    return m
}

@c @implementation public func PyMethod_Function(_ m: PyObjectRef?) -> PyObjectRef? {
    guard let m = m, m.pointee.ob_type == SPyType_Method() else { _PyErr_BadInternalCall(nil, 0); return nil }
    return methodFields(m).pointee.im_func
}
@c @implementation public func PyMethod_Self(_ m: PyObjectRef?) -> PyObjectRef? {
    guard let m = m, m.pointee.ob_type == SPyType_Method() else { _PyErr_BadInternalCall(nil, 0); return nil }
    return methodFields(m).pointee.im_self
}

func methodDealloc(_ m: PyObjectRef?) {
    let m = m!
    PyObject_GC_UnTrack(UnsafeMutableRawPointer(m))
    let f = methodFields(m)
    if f.pointee.im_weakreflist != nil { PyObject_ClearWeakRefs(m) }
    xdecref(f.pointee.im_func); xdecref(f.pointee.im_self)
    PyObject_GC_Del(UnsafeMutableRawPointer(m))
}

func methodTraverse(_ m: PyObjectRef?, _ visit: visitproc?, _ arg: UnsafeMutableRawPointer?) -> Int32 {
    let f = methodFields(m!)
    if let x = f.pointee.im_func { let r = visit!(x, arg); if r != 0 { return r } }
    if let x = f.pointee.im_self { let r = visit!(x, arg); if r != 0 { return r } }
    return 0
}

/// Attributes of the method type win; everything else comes from the function.
func methodGetattro(_ m: PyObjectRef?, _ name: PyObjectRef?) -> PyObjectRef? {
    let m = m!, name = name!
    let tp = m.type
    if let descr = typeLookup(tp, name) {
        if let f = descr.type.pointee.tp_descr_get { return f(descr, m, tp.asObject) }
        return newRef(descr)
    }
    return PyObject_GetAttr(methodFields(m).pointee.im_func, name)
}

func methodRepr(_ m: PyObjectRef?) -> PyObjectRef? {
    let f = methodFields(m!)
    let fn = f.pointee.im_func!, s = f.pointee.im_self!
    var funcName = "?"
    var (n, failed) = lookupAttr(fn, pyName(.__qualname__))
    if failed { return nil }
    if n == nil {
        (n, failed) = lookupAttr(fn, pyName(.__name__))
        if failed { return nil }
    }
    if let nn = n {
        if isStrObject(nn) { funcName = swiftString(nn) }
        Py_DECREF(nn)
    }
    guard let r = PyObject_Repr(s) else { return nil }
    defer { Py_DECREF(r) }
    return pyStr("<bound method \(funcName) of \(swiftString(r))>")
}

func methodRichcompare(_ a: PyObjectRef?, _ b: PyObjectRef?, _ op: Int32) -> PyObjectRef? {
    let a = a!, b = b!
    if (op != Py_EQ && op != Py_NE) || a.pointee.ob_type != SPyType_Method() || b.pointee.ob_type != SPyType_Method() {
        return newRef(pyNotImplemented)
    }
    let fa = methodFields(a), fb = methodFields(b)
    var eq = PyObject_RichCompareBool(fa.pointee.im_func, fb.pointee.im_func, Py_EQ)
    if eq < 0 { return nil }
    if eq == 1 { eq = fa.pointee.im_self == fb.pointee.im_self ? 1 : 0 }
    return pyBool(op == Py_EQ ? eq == 1 : eq == 0)
}

func methodHash(_ m: PyObjectRef?) -> Int {
    let f = methodFields(m!)
    let x = hashPointer(f.pointee.im_self!)
    let y = PyObject_Hash(f.pointee.im_func)
    if y == -1 { return -1 }
    let h = x ^ y
    return h == -1 ? -2 : h
}

func methodGetDoc(_ m: PyObjectRef?, _ c: UnsafeMutableRawPointer?) -> PyObjectRef? {
    PyObject_GetAttr(methodFields(m!).pointee.im_func, pyName(.__doc__))
}

func methodReduce(_ m: PyObjectRef?, _ unused: PyObjectRef?) -> PyObjectRef? {
    let f = methodFields(m!)
    guard let getattr = builtinObject("getattr"),
          let name = PyObject_GetAttr(f.pointee.im_func, pyName(.__name__)) else { return nil }
    defer { Py_DECREF(name) }
    guard let inner = makeTuple([f.pointee.im_self!, name]) else { return nil }
    defer { Py_DECREF(inner) }
    return makeTuple([getattr, inner])
}

/// method(function, instance)
func methodNew(_ type: PyTypeRef?, _ args: PyObjectRef?, _ kwds: PyObjectRef?) -> PyObjectRef? {
    if let k = kwds, PyDict_Size(k) > 0 { setError(PyExc_TypeError, "method() takes no keyword arguments"); return nil }
    guard let a = args, varSizeOf(a) == 2 else {
        setError(PyExc_TypeError, "method expected 2 arguments, got \(args.map { varSizeOf($0) } ?? 0)")
        return nil
    }
    let fn = tupleItem(a, 0), s = tupleItem(a, 1)
    if PyCallable_Check(fn) == 0 { setError(PyExc_TypeError, "first argument must be callable"); return nil }
    if s == pyNone { setError(PyExc_TypeError, "instance must not be None"); return nil }
    return PyMethod_New(fn, s)
}

func initMethodType() {
    let t = SPyType_Method()
    t.pointee.tp_name = immortalCString("method")
    t.pointee.tp_basicsize = MemoryLayout<PyMethodObject>.size
    t.pointee.tp_dealloc = methodDealloc
    t.pointee.tp_vectorcall_offset = MemoryLayout<PyMethodObject>.offset(of: \PyMethodObject.vectorcall)!
    t.pointee.tp_repr = methodRepr
    t.pointee.tp_hash = methodHash
    t.pointee.tp_call = PyVectorcall_Call
    t.pointee.tp_getattro = methodGetattro
    t.pointee.tp_setattro = PyObject_GenericSetAttr
    t.pointee.tp_flags = tpFlagsDefault | UInt(Py_TPFLAGS_HAVE_GC) | UInt(Py_TPFLAGS_HAVE_VECTORCALL)
    t.pointee.tp_traverse = methodTraverse
    t.pointee.tp_richcompare = methodRichcompare
    t.pointee.tp_weaklistoffset = MemoryLayout<PyMethodObject>.offset(of: \PyMethodObject.im_weakreflist)!
    t.pointee.tp_new = methodNew
    t.pointee.tp_methods = makeMethodTable([.noArgs("__reduce__", methodReduce)])
    t.pointee.tp_members = makeMemberTable([
        MemberSpec("__func__", type: T_OBJECT, offset: MemoryLayout<PyMethodObject>.offset(of: \PyMethodObject.im_func)!),
        MemberSpec("__self__", type: T_OBJECT, offset: MemoryLayout<PyMethodObject>.offset(of: \PyMethodObject.im_self)!),
    ])
    t.pointee.tp_getset = makeGetSetTable([GetSetSpec("__doc__", get: methodGetDoc)])
}
