// property (CPython's descrobject.c): a data descriptor calling fget/fset/fdel. All fields owned.
import CPython

@inline(__always) func propFields(_ o: PyObjectRef) -> UnsafeMutablePointer<propertyobject> { o.cast(to: propertyobject.self) }

/// "property 'x' of 'C' object has no getter" (name and owner when known).
func propertyError(_ p: PyObjectRef, _ obj: PyObjectRef, _ what: String) {
    let q = typeQualName(obj.type)
    if let n = propFields(p).pointee.prop_name {
        setError(PyExc_AttributeError, "property \(reprString(n)) of '\(q)' object has no \(what)")
    } else {
        setError(PyExc_AttributeError, "property of '\(q)' object has no \(what)")
    }
}

func propertyDescrGet(_ s: PyObjectRef?, _ obj: PyObjectRef?, _ type: PyObjectRef?) -> PyObjectRef? {
    let s = s!
    guard let obj = obj, obj != pyNone else { return newRef(s) }
    guard let get = propFields(s).pointee.prop_get else {
        propertyError(s, obj, "getter")
        return nil
    }
    var arg: PyObjectRef? = obj
    return vectorcall(get, &arg, 1, nil)
}

func propertyDescrSet(_ s: PyObjectRef?, _ obj: PyObjectRef?, _ value: PyObjectRef?) -> Int32 {
    let s = s!, obj = obj!
    let f = value == nil ? propFields(s).pointee.prop_del : propFields(s).pointee.prop_set
    guard let fn = f else {
        propertyError(s, obj, value == nil ? "deleter" : "setter")
        return -1
    }
    let r = value == nil ? PyObject_CallOneArg(fn, obj) : callTwoArgs(fn, obj, value!)
    guard let res = r else { return -1 }
    Py_DECREF(res)
    return 0
}

func propertyInit(_ s: PyObjectRef?, _ args: PyObjectRef?, _ kwds: PyObjectRef?) -> Int32 {
    let s = s!
    var params: [PyObjectRef?] = [nil, nil, nil, nil]
    let names = ["fget", "fset", "fdel", "doc"]
    let n = args.map { varSizeOf($0) } ?? 0
    if n > 4 {
        setError(PyExc_TypeError, "property() takes at most 4 arguments (\(n) given)")
        return -1
    }
    for i in 0..<n { params[i] = tupleItem(args!, i) }
    if let k = kwds {
        var pos = 0
        var key: PyObjectRef? = nil, value: PyObjectRef? = nil
        while PyDict_Next(k, &pos, &key, &value) != 0 {
            let ks = isStrObject(key!) ? swiftString(key!) : ""
            guard let idx = names.firstIndex(of: ks) else {
                setError(PyExc_TypeError, "'\(ks)' is an invalid keyword argument for property()")
                return -1
            }
            if idx < n {
                setError(PyExc_TypeError, "argument for property() given by name ('\(ks)') and position (\(idx + 1))")
                return -1
            }
            params[idx] = value
        }
    }
    func orNil(_ o: PyObjectRef?) -> PyObjectRef? { (o == nil || o == pyNone) ? nil : newRef(o!) }
    let p = propFields(s)
    let oldGet = p.pointee.prop_get, oldSet = p.pointee.prop_set, oldDel = p.pointee.prop_del
    p.pointee.prop_get = orNil(params[0])
    p.pointee.prop_set = orNil(params[1])
    p.pointee.prop_del = orNil(params[2])
    xdecref(oldGet); xdecref(oldSet); xdecref(oldDel)
    p.pointee.getter_doc = 0
    var doc: PyObjectRef? = orNil(params[3])
    let exact = s.pointee.ob_type == SPyType_Property()
    if doc == nil, let get = p.pointee.prop_get {
        let (d, failed) = lookupAttr(get, pyName(.__doc__))
        if failed { return -1 }
        doc = d
        if !exact && doc == pyNone { Py_DECREF(doc!); doc = nil }
        if doc != nil { p.pointee.getter_doc = 1 }
    }
    if exact {
        let old = p.pointee.prop_doc
        p.pointee.prop_doc = doc
        xdecref(old)
    } else {
        // Subclasses keep __doc__ in the instance dict (the class's __doc__ would shadow prop_doc).
        let d = doc ?? pyNoneRef()
        let r = PyObject_SetAttr(s, pyName(.__doc__), d)
        Py_DECREF(d)
        if r < 0 { return -1 }
    }
    return 0
}

/// A copy of the property with one accessor replaced (getter/setter/deleter).
func propertyCopy(_ old: PyObjectRef, get: PyObjectRef?, set: PyObjectRef?, del: PyObjectRef?) -> PyObjectRef? {
    let p = propFields(old)
    let g = (get == nil || get == pyNone) ? (p.pointee.prop_get ?? pyNone) : get!
    let st = (set == nil || set == pyNone) ? (p.pointee.prop_set ?? pyNone) : set!
    let dl = (del == nil || del == pyNone) ? (p.pointee.prop_del ?? pyNone) : del!
    let doc: PyObjectRef = (p.pointee.getter_doc != 0 && g != pyNone) ? pyNone : (p.pointee.prop_doc ?? pyNone)
    var args: (PyObjectRef?, PyObjectRef?, PyObjectRef?, PyObjectRef?) = (g, st, dl, doc)
    let new = withUnsafePointer(to: &args) {
        vectorcall(old.type.asObject, UnsafeRawPointer($0).assumingMemoryBound(to: PyObjectRef?.self), 4, nil)
    }
    guard let n = new else { return nil }
    if typeCheck(n, SPyType_Property()) {
        let np = propFields(n)
        let o = np.pointee.prop_name
        np.pointee.prop_name = p.pointee.prop_name.map { newRef($0) }
        xdecref(o)
    }
    return n
}

func propertyGetter(_ s: PyObjectRef?, _ f: PyObjectRef?) -> PyObjectRef? { propertyCopy(s!, get: f, set: nil, del: nil) }
func propertySetter(_ s: PyObjectRef?, _ f: PyObjectRef?) -> PyObjectRef? { propertyCopy(s!, get: nil, set: f, del: nil) }
func propertyDeleter(_ s: PyObjectRef?, _ f: PyObjectRef?) -> PyObjectRef? { propertyCopy(s!, get: nil, set: nil, del: f) }

func propertySetName(_ s: PyObjectRef?, _ args: PyObjectRef?) -> PyObjectRef? {
    let n = varSizeOf(args!)
    if n != 2 {
        setError(PyExc_TypeError, "__set_name__() takes 2 positional arguments but \(n) were given")
        return nil
    }
    let p = propFields(s!)
    let old = p.pointee.prop_name
    p.pointee.prop_name = newRef(tupleItem(args!, 1))
    xdecref(old)
    return pyNoneRef()
}

func propertyIsAbstract(_ s: PyObjectRef?, _ c: UnsafeMutableRawPointer?) -> PyObjectRef? {
    let p = propFields(s!)
    for f in [p.pointee.prop_get, p.pointee.prop_set, p.pointee.prop_del] {
        let r = isAbstractObject(f)
        if r < 0 { return nil }
        if r > 0 { return pyBool(true) }
    }
    return pyBool(false)
}

func propertyDealloc(_ s: PyObjectRef?) {
    let s = s!
    PyObject_GC_UnTrack(UnsafeMutableRawPointer(s))
    _ = propertyClear(s)
    s.type.pointee.tp_free!(UnsafeMutableRawPointer(s))
}
func propertyTraverse(_ s: PyObjectRef?, _ visit: visitproc?, _ arg: UnsafeMutableRawPointer?) -> Int32 {
    let p = propFields(s!)
    for o in [p.pointee.prop_get, p.pointee.prop_set, p.pointee.prop_del, p.pointee.prop_doc, p.pointee.prop_name] {
        if let o = o { let r = visit!(o, arg); if r != 0 { return r } }
    }
    return 0
}
func propertyClear(_ s: PyObjectRef?) -> Int32 {
    let p = propFields(s!)
    let olds = [p.pointee.prop_get, p.pointee.prop_set, p.pointee.prop_del, p.pointee.prop_doc, p.pointee.prop_name]
    p.pointee.prop_get = nil; p.pointee.prop_set = nil; p.pointee.prop_del = nil
    p.pointee.prop_doc = nil; p.pointee.prop_name = nil
    for o in olds { xdecref(o) }
    return 0
}

func initPropertyType() {
    let t = SPyType_Property()
    t.pointee.tp_name = immortalCString("property")
    t.pointee.tp_basicsize = MemoryLayout<propertyobject>.size
    t.pointee.tp_dealloc = propertyDealloc
    t.pointee.tp_getattro = PyObject_GenericGetAttr
    t.pointee.tp_flags = tpFlagsDefault | UInt(Py_TPFLAGS_HAVE_GC) | UInt(Py_TPFLAGS_BASETYPE)
    t.pointee.tp_doc = immortalCString("Property attribute.\n\n  fget\n    function to be used for getting an attribute value\n  fset\n    function to be used for setting an attribute value\n  fdel\n    function to be used for del'ing an attribute\n  doc\n    docstring")
    t.pointee.tp_traverse = propertyTraverse
    t.pointee.tp_clear = propertyClear
    t.pointee.tp_descr_get = propertyDescrGet
    t.pointee.tp_descr_set = propertyDescrSet
    t.pointee.tp_init = propertyInit
    t.pointee.tp_alloc = PyType_GenericAlloc
    t.pointee.tp_new = PyType_GenericNew
    t.pointee.tp_free = PyObject_GC_Del
    t.pointee.tp_methods = makeMethodTable([
        .oneArg("getter", propertyGetter, doc: "Descriptor to obtain a copy of the property with a different getter."),
        .oneArg("setter", propertySetter, doc: "Descriptor to obtain a copy of the property with a different setter."),
        .oneArg("deleter", propertyDeleter, doc: "Descriptor to obtain a copy of the property with a different deleter."),
        .varArgs("__set_name__", propertySetName, doc: "Method to set name of a property."),
    ])
    let L = MemoryLayout<propertyobject>.self
    t.pointee.tp_members = makeMemberTable([
        MemberSpec("fget", type: T_OBJECT, offset: L.offset(of: \propertyobject.prop_get)!),
        MemberSpec("fset", type: T_OBJECT, offset: L.offset(of: \propertyobject.prop_set)!),
        MemberSpec("fdel", type: T_OBJECT, offset: L.offset(of: \propertyobject.prop_del)!),
        MemberSpec("__doc__", type: T_OBJECT, offset: L.offset(of: \propertyobject.prop_doc)!, readOnly: false),
    ])
    t.pointee.tp_getset = makeGetSetTable([GetSetSpec("__isabstractmethod__", get: propertyIsAbstract)])
}
