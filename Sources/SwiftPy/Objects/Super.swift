// super (CPython's typeobject.c): attribute lookup that starts after `type` in the MRO of the
// instance's type, binding what it finds to the instance (or the class). All fields owned.
import CPython

@inline(__always) func superFields(_ o: PyObjectRef) -> UnsafeMutablePointer<superobject> { o.cast(to: superobject.self) }

/// The type whose MRO super() searches: obj itself (a subclass of type), type(obj), or obj.__class__.
func superCheck(_ type: PyTypeRef, _ obj: PyObjectRef) -> PyTypeRef? {
    if isTypeObject(obj) && isSubtype(obj.asType, type) { return UnsafeMutablePointer(newRef(obj).asType) }
    if isSubtype(obj.type, type) { return UnsafeMutablePointer(newRef(obj.type.asObject).asType) }
    let (c, failed) = lookupAttr(obj, pyName(.__class__))
    if failed { return nil }
    if let cls = c {
        if isTypeObject(cls) && cls != obj.type.asObject && isSubtype(cls.asType, type) { return cls.asType }
        Py_DECREF(cls)
    }
    setError(PyExc_TypeError, "super(type, obj): obj must be an instance or subtype of type")
    return nil
}

/// Fills a super object; `type` nil means the zero-argument form (from the running frame).
func superInitImpl(_ s: PyObjectRef, _ typeIn: PyObjectRef?, _ objIn: PyObjectRef?) -> Int32 {
    var type: PyTypeRef
    var obj = objIn
    if let t = typeIn {
        if !isTypeObject(t) {
            setError(PyExc_TypeError, "super() argument 1 must be a type, not \(typeName(of: t))")
            return -1
        }
        type = t.asType
    } else {
        guard let (t, o) = superArgsFromCurrentFrame() else { return -1 }
        type = t
        obj = o
    }
    if obj == pyNone { obj = nil }
    var objType: PyTypeRef? = nil
    if let o = obj {
        guard let ot = superCheck(type, o) else { return -1 }
        objType = ot
    }
    let f = superFields(s)
    let oldT = f.pointee.type, oldO = f.pointee.obj, oldOT = f.pointee.obj_type
    f.pointee.type = UnsafeMutablePointer(newRef(type.asObject).asType)
    f.pointee.obj = obj.map { newRef($0) }
    f.pointee.obj_type = objType
    xdecref(oldT.map { $0.asObject }); xdecref(oldO); xdecref(oldOT.map { $0.asObject })
    return 0
}

func superInit(_ s: PyObjectRef?, _ args: PyObjectRef?, _ kwds: PyObjectRef?) -> Int32 {
    if let k = kwds, PyDict_Size(k) > 0 { setError(PyExc_TypeError, "super() takes no keyword arguments"); return -1 }
    let n = args.map { varSizeOf($0) } ?? 0
    if n > 2 { setError(PyExc_TypeError, "super expected at most 2 arguments, got \(n)"); return -1 }
    return superInitImpl(s!, n >= 1 ? tupleItem(args!, 0) : nil, n >= 2 ? tupleItem(args!, 1) : nil)
}

/// super(...) without building an argument tuple.
func superVectorcall(_ type: PyObjectRef?, _ args: UnsafePointer<PyObjectRef?>?, _ nargsf: Int, _ kwnames: PyObjectRef?) -> PyObjectRef? {
    if let k = kwnames, varSizeOf(k) > 0 { setError(PyExc_TypeError, "super() takes no keyword arguments"); return nil }
    let n = vectorcallNargs(nargsf)
    if n > 2 { setError(PyExc_TypeError, "super() expected at most 2 arguments, got \(n)"); return nil }
    guard let s = PyType_GenericAlloc(type!.asType, 0) else { return nil }
    if superInitImpl(s, n >= 1 ? args![0] : nil, n >= 2 ? args![1] : nil) < 0 { Py_DECREF(s); return nil }
    return s
}

func superGetattro(_ s: PyObjectRef?, _ name: PyObjectRef?) -> PyObjectRef? {
    let s = s!, name = name!
    let f = superFields(s)
    if let start = f.pointee.obj_type, isStrObject(name), !(PyUnicode_GetLength(name) == 9 && _PyUnicode_EqualToASCIIString(name, "__class__") != 0),
       let mro = start.pointee.tp_mro {
        let n = varSizeOf(mro)
        var i = 0
        while i + 1 < n && tupleItem(mro, i) != f.pointee.type.asObject { i += 1 }
        i += 1
        if i < n {
            Py_INCREF(mro)
            defer { Py_DECREF(mro) }
            while i < n {
                let dict = tupleItem(mro, i).asType.pointee.tp_dict!
                if let res = PyDict_GetItemWithError(dict, name) {
                    if let g = res.type.pointee.tp_descr_get {
                        Py_INCREF(res)
                        let r = g(res, f.pointee.obj == start.asObject ? nil : f.pointee.obj, start.asObject)
                        Py_DECREF(res)
                        return r
                    }
                    return newRef(res)
                }
                if errorOccurred() { return nil }
                i += 1
            }
        }
    }
    return PyObject_GenericGetAttr(s, name)
}

func superDescrGet(_ s: PyObjectRef?, _ obj: PyObjectRef?, _ type: PyObjectRef?) -> PyObjectRef? {
    let s = s!
    let f = superFields(s)
    guard let obj = obj, obj != pyNone, f.pointee.obj == nil else { return newRef(s) }
    if s.pointee.ob_type != SPyType_Super() {
        return callTwoArgs(s.type.asObject, f.pointee.type.asObject, obj)
    }
    guard let objType = superCheck(f.pointee.type, obj) else { return nil }
    guard let n = PyType_GenericAlloc(SPyType_Super(), 0) else { Py_DECREF(objType.asObject); return nil }
    let nf = superFields(n)
    nf.pointee.type = UnsafeMutablePointer(newRef(f.pointee.type.asObject).asType)
    nf.pointee.obj = newRef(obj)
    nf.pointee.obj_type = objType
    return n
}

func superRepr(_ s: PyObjectRef?) -> PyObjectRef? {
    let f = superFields(s!)
    let tn = f.pointee.type.map { typeNameString($0) } ?? "NULL"
    if let ot = f.pointee.obj_type { return pyStr("<super: <class '\(tn)'>, <\(typeNameString(ot)) object>>") }
    return pyStr("<super: <class '\(tn)'>, NULL>")
}

func superDealloc(_ s: PyObjectRef?) {
    let s = s!
    PyObject_GC_UnTrack(UnsafeMutableRawPointer(s))
    let f = superFields(s)
    xdecref(f.pointee.obj); xdecref(f.pointee.type.map { $0.asObject }); xdecref(f.pointee.obj_type.map { $0.asObject })
    s.type.pointee.tp_free!(UnsafeMutableRawPointer(s))
}

func superTraverse(_ s: PyObjectRef?, _ visit: visitproc?, _ arg: UnsafeMutableRawPointer?) -> Int32 {
    let f = superFields(s!)
    for o in [f.pointee.obj, f.pointee.type.map { $0.asObject }, f.pointee.obj_type.map { $0.asObject }] {
        if let o = o { let r = visit!(o, arg); if r != 0 { return r } }
    }
    return 0
}

func initSuperType() {
    let t = SPyType_Super()
    t.pointee.tp_name = immortalCString("super")
    t.pointee.tp_basicsize = MemoryLayout<superobject>.size
    t.pointee.tp_dealloc = superDealloc
    t.pointee.tp_repr = superRepr
    t.pointee.tp_getattro = superGetattro
    t.pointee.tp_flags = tpFlagsDefault | UInt(Py_TPFLAGS_HAVE_GC) | UInt(Py_TPFLAGS_BASETYPE)
    t.pointee.tp_doc = immortalCString("super() -> same as super(__class__, <first argument>)\nsuper(type) -> unbound super object\nsuper(type, obj) -> bound super object; requires isinstance(obj, type)\nsuper(type, type2) -> bound super object; requires issubclass(type2, type)")
    t.pointee.tp_traverse = superTraverse
    t.pointee.tp_descr_get = superDescrGet
    t.pointee.tp_init = superInit
    t.pointee.tp_alloc = PyType_GenericAlloc
    t.pointee.tp_new = PyType_GenericNew
    t.pointee.tp_free = PyObject_GC_Del
    t.pointee.tp_vectorcall = superVectorcall
    let L = MemoryLayout<superobject>.self
    t.pointee.tp_members = makeMemberTable([
        MemberSpec("__thisclass__", type: T_OBJECT, offset: L.offset(of: \superobject.type)!),
        MemberSpec("__self__", type: T_OBJECT, offset: L.offset(of: \superobject.obj)!),
        MemberSpec("__self_class__", type: T_OBJECT, offset: L.offset(of: \superobject.obj_type)!),
    ])
}
