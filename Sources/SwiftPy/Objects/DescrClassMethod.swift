// classmethod and staticmethod (CPython's funcobject.c): wrappers that bind to the class or not at
// all. Both own their callable and an optional __dict__ (copied attributes __module__, __name__,
// __qualname__, __doc__, __annotations__ from the callable, as functools.wraps).
import CPython

@inline(__always) func cmFields(_ o: PyObjectRef) -> UnsafeMutablePointer<classmethod> { o.cast(to: classmethod.self) }
@inline(__always) func smFields(_ o: PyObjectRef) -> UnsafeMutablePointer<staticmethod> { o.cast(to: staticmethod.self) }

/// Copies the usual function attributes from `wrapped` onto `wrapper` (missing ones are skipped).
func functoolsWraps(_ wrapper: PyObjectRef, _ wrapped: PyObjectRef) -> Int32 {
    for n in [StaticName.__module__, .__name__, .__qualname__, .__doc__, .__annotations__] {
        let (v, failed) = lookupAttr(wrapped, pyName(n))
        if failed { return -1 }
        guard let value = v else { continue }
        let r = PyObject_SetAttr(wrapper, pyName(n), value)
        Py_DECREF(value)
        if r < 0 { return -1 }
    }
    return 0
}

/// getattr(obj, "__isabstractmethod__", False) as a truth value.
func isAbstractObject(_ obj: PyObjectRef?) -> Int32 {
    guard let obj = obj else { return 0 }
    let (v, failed) = lookupAttr(obj, pyName(.__isabstractmethod__))
    if failed { return -1 }
    guard let value = v else { return 0 }
    let r = PyObject_IsTrue(value)
    Py_DECREF(value)
    return r
}

/// One positional argument, no keywords ("classmethod expected 1 argument, got N").
func singleCallableArg(_ name: String, _ args: PyObjectRef?, _ kwds: PyObjectRef?) -> PyObjectRef? {
    if let k = kwds, PyDict_Size(k) > 0 {
        setError(PyExc_TypeError, "\(name)() takes no keyword arguments")
        return nil
    }
    let n = args.map { varSizeOf($0) } ?? 0
    if n != 1 {
        setError(PyExc_TypeError, "\(name) expected 1 argument, got \(n)")
        return nil
    }
    return tupleItem(args!, 0)
}

// Both layouts are {HEAD, callable, dict}: one set of lifetime functions serves both.
func wrapperMethodDealloc(_ o: PyObjectRef?) {
    let o = o!
    PyObject_GC_UnTrack(UnsafeMutableRawPointer(o))
    xdecref(cmFields(o).pointee.cm_callable)
    xdecref(cmFields(o).pointee.cm_dict)
    o.type.pointee.tp_free!(UnsafeMutableRawPointer(o))
}
func wrapperMethodTraverse(_ o: PyObjectRef?, _ visit: visitproc?, _ arg: UnsafeMutableRawPointer?) -> Int32 {
    let f = cmFields(o!)
    if let c = f.pointee.cm_callable { let r = visit!(c, arg); if r != 0 { return r } }
    if let d = f.pointee.cm_dict { let r = visit!(d, arg); if r != 0 { return r } }
    return 0
}
func wrapperMethodClear(_ o: PyObjectRef?) -> Int32 {
    let f = cmFields(o!)
    let c = f.pointee.cm_callable, d = f.pointee.cm_dict
    f.pointee.cm_callable = nil; f.pointee.cm_dict = nil
    xdecref(c); xdecref(d)
    return 0
}
func wrapperMethodIsAbstract(_ o: PyObjectRef?, _ c: UnsafeMutableRawPointer?) -> PyObjectRef? {
    let r = isAbstractObject(cmFields(o!).pointee.cm_callable)
    return r < 0 ? nil : pyBool(r != 0)
}

// MARK: - classmethod

func cmInit(_ s: PyObjectRef?, _ args: PyObjectRef?, _ kwds: PyObjectRef?) -> Int32 {
    guard let callable = singleCallableArg("classmethod", args, kwds) else { return -1 }
    let old = cmFields(s!).pointee.cm_callable
    cmFields(s!).pointee.cm_callable = newRef(callable)
    xdecref(old)
    return functoolsWraps(s!, callable)
}

func cmDescrGet(_ s: PyObjectRef?, _ obj: PyObjectRef?, _ type: PyObjectRef?) -> PyObjectRef? {
    guard let callable = cmFields(s!).pointee.cm_callable else {
        setError(PyExc_RuntimeError, "uninitialized classmethod object")
        return nil
    }
    let t = type ?? obj!.type.asObject
    if let g = callable.type.pointee.tp_descr_get { return g(callable, t, t) }
    return PyMethod_New(callable, t)
}

func cmRepr(_ s: PyObjectRef?) -> PyObjectRef? {
    guard let c = cmFields(s!).pointee.cm_callable, let r = PyObject_Repr(c) else { return errorOccurred() ? nil : pyStr("<classmethod(NULL)>") }
    defer { Py_DECREF(r) }
    return pyStr("<classmethod(\(swiftString(r)))>")
}

@c @implementation public func PyClassMethod_New(_ callable: PyObjectRef?) -> PyObjectRef? {
    guard let cm = PyType_GenericAlloc(SPyType_ClassMethod(), 0) else { return nil }
    cmFields(cm).pointee.cm_callable = callable.map { newRef($0) }
    return cm
}

// MARK: - staticmethod

func smInit(_ s: PyObjectRef?, _ args: PyObjectRef?, _ kwds: PyObjectRef?) -> Int32 {
    guard let callable = singleCallableArg("staticmethod", args, kwds) else { return -1 }
    let old = smFields(s!).pointee.sm_callable
    smFields(s!).pointee.sm_callable = newRef(callable)
    xdecref(old)
    return functoolsWraps(s!, callable)
}

func smDescrGet(_ s: PyObjectRef?, _ obj: PyObjectRef?, _ type: PyObjectRef?) -> PyObjectRef? {
    guard let callable = smFields(s!).pointee.sm_callable else {
        setError(PyExc_RuntimeError, "uninitialized staticmethod object")
        return nil
    }
    return newRef(callable)
}

func smCall(_ s: PyObjectRef?, _ args: PyObjectRef?, _ kwds: PyObjectRef?) -> PyObjectRef? {
    guard let callable = smFields(s!).pointee.sm_callable else {
        setError(PyExc_RuntimeError, "uninitialized staticmethod object")
        return nil
    }
    return PyObject_Call(callable, args, kwds)
}

func smRepr(_ s: PyObjectRef?) -> PyObjectRef? {
    guard let c = smFields(s!).pointee.sm_callable, let r = PyObject_Repr(c) else { return errorOccurred() ? nil : pyStr("<staticmethod(NULL)>") }
    defer { Py_DECREF(r) }
    return pyStr("<staticmethod(\(swiftString(r)))>")
}

@c @implementation public func PyStaticMethod_New(_ callable: PyObjectRef?) -> PyObjectRef? {
    guard let sm = PyType_GenericAlloc(SPyType_StaticMethod(), 0) else { return nil }
    smFields(sm).pointee.sm_callable = callable.map { newRef($0) }
    return sm
}

func fillWrapperMethodType(_ t: PyTypeRef, _ name: String, doc: String) {
    t.pointee.tp_name = immortalCString(name)
    t.pointee.tp_basicsize = MemoryLayout<classmethod>.size
    t.pointee.tp_dealloc = wrapperMethodDealloc
    t.pointee.tp_getattro = PyObject_GenericGetAttr
    t.pointee.tp_flags = tpFlagsDefault | UInt(Py_TPFLAGS_BASETYPE) | UInt(Py_TPFLAGS_HAVE_GC)
    t.pointee.tp_doc = immortalCString(doc)
    t.pointee.tp_traverse = wrapperMethodTraverse
    t.pointee.tp_clear = wrapperMethodClear
    t.pointee.tp_dictoffset = MemoryLayout<classmethod>.offset(of: \classmethod.cm_dict)!
    t.pointee.tp_alloc = PyType_GenericAlloc
    t.pointee.tp_new = PyType_GenericNew
    t.pointee.tp_free = PyObject_GC_Del
    let off = MemoryLayout<classmethod>.offset(of: \classmethod.cm_callable)!
    t.pointee.tp_members = makeMemberTable([
        MemberSpec("__func__", type: T_OBJECT, offset: off),
        MemberSpec("__wrapped__", type: T_OBJECT, offset: off),
    ])
    t.pointee.tp_getset = makeGetSetTable([
        GetSetSpec("__isabstractmethod__", get: wrapperMethodIsAbstract),
        GetSetSpec("__dict__", get: PyObject_GenericGetDict, set: PyObject_GenericSetDict),
    ])
}

func initClassMethodTypes() {
    let cm = SPyType_ClassMethod()
    fillWrapperMethodType(cm, "classmethod", doc: "classmethod(function) -> method\n\nConvert a function to be a class method.")
    cm.pointee.tp_repr = cmRepr
    cm.pointee.tp_descr_get = cmDescrGet
    cm.pointee.tp_init = cmInit
    let sm = SPyType_StaticMethod()
    fillWrapperMethodType(sm, "staticmethod", doc: "staticmethod(function) -> method\n\nConvert a function to be a static method.")
    sm.pointee.tp_repr = smRepr
    sm.pointee.tp_descr_get = smDescrGet
    sm.pointee.tp_call = smCall
    sm.pointee.tp_init = smInit
}
