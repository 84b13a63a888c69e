// Module objects (CPython's moduleobject.c): the module type, PyModule_* C API, single-phase
// (PyModule_Create2) and multi-phase (PyModuleDef_Init / PyModule_FromDefAndSpec2 / PyModule_ExecDef) init.
import CPython

typealias ModRef = UnsafeMutablePointer<PyModuleObject>
@inline(__always) func modObj(_ o: PyObjectRef) -> ModRef { o.cast(to: PyModuleObject.self) }

/// Fills a fresh module's dict with CPython's standard keys.
private func moduleInitDict(_ m: PyObjectRef, name: PyObjectRef, doc: PyObjectRef?) -> Bool {
    guard let d = modObj(m).pointee.md_dict else { return false }
    if PyDict_SetItem(d, pyIntern("__name__"), name) < 0 { return false }
    if PyDict_SetItem(d, pyIntern("__doc__"), doc ?? pyNone) < 0 { return false }
    for k in ["__package__", "__loader__", "__spec__"] {
        if PyDict_SetItem(d, pyIntern(k), pyNone) < 0 { return false }
    }
    vmSetField(&modObj(m).pointee.md_name, name)
    return true
}

/// Allocates an empty module object of `type` with a fresh dict (no keys).
private func moduleAlloc(_ type: PyTypeRef) -> PyObjectRef? {
    guard let alloc = type.pointee.tp_alloc, let m = alloc(type, 0) else { return nil }
    let p = modObj(m)
    p.pointee.md_def = nil; p.pointee.md_state = nil; p.pointee.md_weaklist = nil; p.pointee.md_name = nil
    guard let d = PyDict_New() else { Py_DECREF(m); return nil }
    p.pointee.md_dict = d
    return m
}

private let moduleNew: newfunc = { type, _, _ in moduleAlloc(type!) }

private let moduleInit: initproc = { m, args, kwds in
    guard let m else { return -1 }
    var name: PyObjectRef? = nil, doc: PyObjectRef? = nil
    let n = args.map(vmTupleSize) ?? 0
    if n >= 1 { name = vmTupleItem(args!, 0) }
    if n >= 2 { doc = vmTupleItem(args!, 1) }
    if n > 2 { setError(PyExc_TypeError, "module() takes at most 2 arguments (\(n) given)"); return -1 }
    if let kwds {
        if let v = PyDict_GetItemString(kwds, "name") {
            if name != nil { setError(PyExc_TypeError, "argument for module() given by name ('name') and position (1)"); return -1 }
            name = v
        }
        if let v = PyDict_GetItemString(kwds, "doc") {
            if doc != nil { setError(PyExc_TypeError, "argument for module() given by name ('doc') and position (2)"); return -1 }
            doc = v
        }
        let known = (PyDict_GetItemString(kwds, "name") != nil ? 1 : 0) + (PyDict_GetItemString(kwds, "doc") != nil ? 1 : 0)
        if PyDict_Size(kwds) > known {
            var pos = 0; var k: PyObjectRef? = nil; var v: PyObjectRef? = nil
            while PyDict_Next(kwds, &pos, &k, &v) != 0 {
                let s = vmIsStr(k!) ? swiftString(k!) : "?"
                if s != "name" && s != "doc" { setError(PyExc_TypeError, "module() got an unexpected keyword argument '\(s)'"); return -1 }
            }
        }
    }
    guard let name else { setError(PyExc_TypeError, "module() missing required argument 'name' (pos 1)"); return -1 }
    guard vmIsStr(name) else {
        setError(PyExc_TypeError, "module() argument 'name' must be str, not \(vmTypeName(name.pointee.ob_type))"); return -1
    }
    return moduleInitDict(m, name: name, doc: doc) ? 0 : -1
}

private let moduleDealloc: destructor = { m in
    guard let m else { return }
    PyObject_GC_UnTrack(m)
    let p = modObj(m)
    if p.pointee.md_weaklist != nil { PyObject_ClearWeakRefs(m) }
    if let def = p.pointee.md_def, let free = def.pointee.m_free { free(m) }
    vmClearField(&p.pointee.md_dict)
    vmClearField(&p.pointee.md_name)
    if let st = p.pointee.md_state { PyMem_Free(st); p.pointee.md_state = nil }
    m.pointee.ob_type.pointee.tp_free!(m)
}

private let moduleTraverse: traverseproc = { m, visit, arg in
    let p = modObj(m!)
    if let def = p.pointee.md_def, let tr = def.pointee.m_traverse, def.pointee.m_size <= 0 || p.pointee.md_state != nil {
        let r = tr(m, visit, arg); if r != 0 { return r }
    }
    if let d = p.pointee.md_dict { let r = visit!(d, arg); if r != 0 { return r } }
    return 0
}

private let moduleClear: inquiry = { m in
    let p = modObj(m!)
    if let def = p.pointee.md_def, let cl = def.pointee.m_clear, def.pointee.m_size <= 0 || p.pointee.md_state != nil {
        let r = cl(m); if r != 0 { return r }
    }
    vmClearField(&p.pointee.md_dict)
    return 0
}

/// The module's name as a Swift string ("?" if unavailable).
private func moduleNameString(_ m: PyObjectRef) -> String? {
    guard let d = modObj(m).pointee.md_dict, let n = PyDict_GetItemWithError(d, pyIntern("__name__")), vmIsStr(n) else { return nil }
    return swiftString(n)
}

private let moduleGetattro: getattrofunc = { m, name in
    guard let m, let name else { return nil }
    if let r = PyObject_GenericGetAttr(m, name) { return r }
    guard PyErr_ExceptionMatches(PyExc_AttributeError) != 0 else { return nil }
    PyErr_Clear()
    if let d = modObj(m).pointee.md_dict {
        if let ga = PyDict_GetItemWithError(d, pyIntern("__getattr__")) {
            return PyObject_CallOneArg(ga, name)
        }
        if PyErr_Occurred() != nil { return nil }
        if let modName = moduleNameString(m) {
            let attr = vmIsStr(name) ? swiftString(name) : "?"
            var initializing = false
            if let spec = PyDict_GetItemWithError(d, pyIntern("__spec__")), spec != pyNone {
                var v: PyObjectRef? = nil
                if _PyObject_LookupAttr(spec, pyIntern("_initializing"), &v) > 0, let v {
                    initializing = PyObject_IsTrue(v) == 1; Py_DECREF(v)
                }
                PyErr_Clear()
            }
            if initializing {
                setError(PyExc_AttributeError, "partially initialized module '\(modName)' has no attribute '\(attr)' (most likely due to a circular import)")
            } else {
                setError(PyExc_AttributeError, "module '\(modName)' has no attribute '\(attr)'")
            }
            return nil
        }
    }
    let attr = vmIsStr(name) ? swiftString(name) : "?"
    setError(PyExc_AttributeError, "module has no attribute '\(attr)'")
    return nil
}

/// getattr(o, name) -> new ref or nil (no exception).
private func optionalAttr(_ o: PyObjectRef, _ name: String) -> PyObjectRef? {
    var v: PyObjectRef? = nil
    if _PyObject_LookupAttr(o, pyIntern(name), &v) < 0 { PyErr_Clear(); return nil }
    return v
}

private let moduleRepr: reprfunc = { m in
    guard let m, let d = modObj(m).pointee.md_dict else { return pyStr("<module '?'>") }
    let loader = PyDict_GetItemString(d, "__loader__")
    if let spec = PyDict_GetItemString(d, "__spec__"), spec != pyNone {
        let nameObj = optionalAttr(spec, "name")
        defer { Py_XDECREF(nameObj) }
        let name = nameObj.flatMap(vmRepr) ?? "'?'"
        let origin = optionalAttr(spec, "origin")
        defer { Py_XDECREF(origin) }
        if origin == nil || origin == pyNone {
            let ld = optionalAttr(spec, "loader")
            defer { Py_XDECREF(ld) }
            if ld == nil || ld == pyNone { return pyStr("<module \(name)>") }
            guard let lr = vmRepr(ld!) else { return nil }
            return pyStr("<module \(name) (\(lr))>")
        }
        let hasLoc = optionalAttr(spec, "has_location")
        defer { Py_XDECREF(hasLoc) }
        if let hasLoc, PyObject_IsTrue(hasLoc) == 1 {
            guard let o = vmRepr(origin!) else { return nil }
            return pyStr("<module \(name) from \(o)>")
        }
        guard let o = vmStr(origin!) else { return nil }
        return pyStr("<module \(name) (\(o))>")
    }
    let nameObj = PyDict_GetItemString(d, "__name__")
    let name = nameObj.flatMap(vmRepr) ?? "'?'"
    if let file = PyDict_GetItemString(d, "__file__") {
        guard let f = vmRepr(file) else { return nil }
        return pyStr("<module \(name) from \(f)>")
    }
    if let loader, loader != pyNone {
        guard let lr = vmRepr(loader) else { return nil }
        return pyStr("<module \(name) (\(lr))>")
    }
    return pyStr("<module \(name)>")
}

private let moduleDir: NoArgsFn = { m, _ in
    guard let m, let d = modObj(m).pointee.md_dict else { return PyList_New(0) }
    if let f = PyDict_GetItemString(d, "__dir__") { return PyObject_CallNoArgs(f) }
    return PyDict_Keys(d)
}

private let moduleGetDictAttr: GetterFn = { m, _ in
    let d = modObj(m!).pointee.md_dict ?? pyNone
    Py_INCREF(d); return d
}

private let moduleGetAnnotations: GetterFn = { m, _ in
    guard let d = modObj(m!).pointee.md_dict else { return nil }
    if let a = PyDict_GetItemString(d, "__annotations__") { Py_INCREF(a); return a }
    guard let a = PyDict_New() else { return nil }
    if PyDict_SetItemString(d, "__annotations__", a) < 0 { Py_DECREF(a); return nil }
    return a
}
private let moduleSetAnnotations: SetterFn = { m, v, _ in
    guard let d = modObj(m!).pointee.md_dict else { return -1 }
    if let v { return PyDict_SetItemString(d, "__annotations__", v) }
    if PyDict_DelItemString(d, "__annotations__") < 0 {
        PyErr_Clear(); setError(PyExc_AttributeError, "__annotations__"); return -1
    }
    return 0
}

/// Fills the module and moduledef type objects (PyType_Ready happens in Lifecycle).
func initModuleTypes() {
    let t = SPyType_Module()
    t.pointee.tp_name = immortalCString("module")
    t.pointee.tp_basicsize = MemoryLayout<PyModuleObject>.size
    t.pointee.tp_flags = UInt(Py_TPFLAGS_HAVE_VERSION_TAG) | UInt(Py_TPFLAGS_BASETYPE) | UInt(Py_TPFLAGS_HAVE_GC)
    t.pointee.tp_doc = immortalCString("Create a module object.\n\nThe name must be a string; the optional doc argument can have any type.")
    t.pointee.tp_dealloc = moduleDealloc
    t.pointee.tp_traverse = moduleTraverse
    t.pointee.tp_clear = moduleClear
    t.pointee.tp_repr = moduleRepr
    t.pointee.tp_getattro = moduleGetattro
    t.pointee.tp_setattro = PyObject_GenericSetAttr
    t.pointee.tp_dictoffset = MemoryLayout<PyModuleObject>.offset(of: \.md_dict)!
    t.pointee.tp_weaklistoffset = MemoryLayout<PyModuleObject>.offset(of: \.md_weaklist)!
    t.pointee.tp_new = moduleNew
    t.pointee.tp_init = moduleInit
    t.pointee.tp_alloc = PyType_GenericAlloc
    t.pointee.tp_free = PyObject_GC_Del
    t.pointee.tp_methods = makeMethodTable([.noArgs("__dir__", moduleDir)])
    t.pointee.tp_getset = makeGetSetTable([
        GetSetSpec("__dict__", get: moduleGetDictAttr),
        GetSetSpec("__annotations__", get: moduleGetAnnotations, set: moduleSetAnnotations),
    ])

    let d = SPyType_ModuleDef()
    d.pointee.tp_name = immortalCString("moduledef")
    d.pointee.tp_basicsize = MemoryLayout<PyModuleDef>.size
    d.pointee.tp_flags = UInt(Py_TPFLAGS_HAVE_VERSION_TAG)
}

// MARK: - C API

@c @implementation public func PyModule_NewObject(_ name: UnsafeMutablePointer<PyObject>!) -> UnsafeMutablePointer<PyObject>! {
    guard let m = moduleAlloc(SPyType_Module()) else { return nil }
    if !moduleInitDict(m, name: name, doc: nil) { Py_DECREF(m); return nil }
    return m
}

@c @implementation public func PyModule_New(_ name: UnsafePointer<CChar>!) -> UnsafeMutablePointer<PyObject>! {
    guard let n = PyUnicode_FromString(name) else { return nil }
    defer { Py_DECREF(n) }
    return PyModule_NewObject(n)
}

@c @implementation public func PyModule_GetDict(_ m: UnsafeMutablePointer<PyObject>!) -> UnsafeMutablePointer<PyObject>! {
    guard PyObject_TypeCheck(m, SPyType_Module()) != 0 else { PyErr_BadInternalCall(); return nil }
    return modObj(m).pointee.md_dict
}

@c @implementation public func PyModule_GetNameObject(_ m: UnsafeMutablePointer<PyObject>!) -> UnsafeMutablePointer<PyObject>! {
    guard PyObject_TypeCheck(m, SPyType_Module()) != 0 else { PyErr_BadArgument(); return nil }
    guard let d = modObj(m).pointee.md_dict, vmIsDict(d), let n = PyDict_GetItemWithError(d, pyIntern("__name__")), vmIsStr(n) else {
        if PyErr_Occurred() == nil { setError(PyExc_SystemError, "nameless module") }
        return nil
    }
    Py_INCREF(n)
    return n
}

@c @implementation public func PyModule_GetName(_ m: UnsafeMutablePointer<PyObject>!) -> UnsafePointer<CChar>! {
    guard let n = PyModule_GetNameObject(m) else { return nil }
    Py_DECREF(n)   // the module dict keeps it alive
    return PyUnicode_AsUTF8(n)
}

@c @implementation public func PyModule_GetFilenameObject(_ m: UnsafeMutablePointer<PyObject>!) -> UnsafeMutablePointer<PyObject>! {
    guard PyObject_TypeCheck(m, SPyType_Module()) != 0 else { PyErr_BadArgument(); return nil }
    guard let d = modObj(m).pointee.md_dict, let f = PyDict_GetItemWithError(d, pyIntern("__file__")), vmIsStr(f) else {
        if PyErr_Occurred() == nil { setError(PyExc_SystemError, "module filename missing") }
        return nil
    }
    Py_INCREF(f)
    return f
}

@c @implementation public func PyModule_GetDef(_ m: UnsafeMutablePointer<PyObject>!) -> UnsafeMutablePointer<PyModuleDef>! {
    guard PyObject_TypeCheck(m, SPyType_Module()) != 0 else { PyErr_BadArgument(); return nil }
    return modObj(m).pointee.md_def
}

@c @implementation public func PyModule_GetState(_ m: UnsafeMutablePointer<PyObject>!) -> UnsafeMutableRawPointer! {
    guard PyObject_TypeCheck(m, SPyType_Module()) != 0 else { PyErr_BadArgument(); return nil }
    return modObj(m).pointee.md_state
}

@c @implementation public func PyModuleDef_Init(_ def: UnsafeMutablePointer<PyModuleDef>!) -> UnsafeMutablePointer<PyObject>! {
    let o = UnsafeMutableRawPointer(def).assumingMemoryBound(to: PyObject.self)
    if o.pointee.ob_type == nil {
        o.pointee.ob_type = SPyType_ModuleDef()
        o.pointee.ob_refcnt = 1 << 30
        nextModuleIndex += 1
        def.pointee.m_base.m_index = nextModuleIndex
    }
    return o
}
nonisolated(unsafe) private var nextModuleIndex = 0

/// Allocates the module's per-module state (zeroed) if the def asks for one.
private func moduleAllocState(_ m: PyObjectRef, _ def: UnsafeMutablePointer<PyModuleDef>) -> Bool {
    let p = modObj(m)
    if def.pointee.m_size > 0 && p.pointee.md_state == nil {
        guard let st = PyMem_Malloc(def.pointee.m_size) else { _ = PyErr_NoMemory(); return false }
        memset(st, 0, def.pointee.m_size)
        p.pointee.md_state = st
    }
    return true
}

/// Adds `def`'s methods (as PyCFunction with m_self = module) and its doc.
private func moduleAddDefContents(_ m: PyObjectRef, _ def: UnsafeMutablePointer<PyModuleDef>) -> Bool {
    if let methods = def.pointee.m_methods, PyModule_AddFunctions(m, methods) < 0 { return false }
    if let doc = def.pointee.m_doc, PyModule_SetDocString(m, doc) < 0 { return false }
    return true
}

@c @implementation public func PyModule_Create2(_ def: UnsafeMutablePointer<PyModuleDef>!, _ apiver: Int32) -> UnsafeMutablePointer<PyObject>! {
    _ = PyModuleDef_Init(def)
    guard let nameC = def.pointee.m_name else { setError(PyExc_SystemError, "module definition has no name"); return nil }
    if def.pointee.m_slots != nil {
        setError(PyExc_SystemError, "module \(String(cString: nameC)): PyModule_Create is incompatible with m_slots")
        return nil
    }
    // A module inside a package (pkg/_speedups.so) is named by its def "_speedups"; as CPython's
    // _Py_PackageContext does, the loader's dotted name replaces it (once) when the tails match.
    var fullName: String? = nil
    if let context = extensionPackageContext, let dot = context.lastIndex(of: "."),
       context[context.index(after: dot)...] == String(cString: nameC) {
        fullName = context
        extensionPackageContext = nil
    }
    guard let m = fullName.map({ PyModule_New($0) }) ?? PyModule_New(nameC) else { return nil }
    modObj(m).pointee.md_def = def
    if !moduleAllocState(m, def) || !moduleAddDefContents(m, def) { Py_DECREF(m); return nil }
    return m
}

@c @implementation public func PyModule_FromDefAndSpec2(_ def: UnsafeMutablePointer<PyModuleDef>!, _ spec: UnsafeMutablePointer<PyObject>!, _ apiver: Int32) -> UnsafeMutablePointer<PyObject>! {
    _ = PyModuleDef_Init(def)
    guard let nameObj = PyObject_GetAttrString(spec, "name") else { return nil }
    defer { Py_DECREF(nameObj) }
    let name = vmIsStr(nameObj) ? swiftString(nameObj) : "?"
    if def.pointee.m_size < 0 {
        setError(PyExc_SystemError, "module \(name): m_size may not be negative for multi-phase initialization"); return nil
    }
    typealias CreateFn = @convention(c) (PyObjectRef?, UnsafeMutablePointer<PyModuleDef>?) -> PyObjectRef?
    var create: CreateFn? = nil
    if var slot = def.pointee.m_slots {
        while slot.pointee.slot != 0 {
            switch slot.pointee.slot {
            case Py_mod_create:
                if create != nil { setError(PyExc_SystemError, "module \(name) has multiple create slots"); return nil }
                create = unsafeBitCast(slot.pointee.value, to: CreateFn.self)
            case Py_mod_exec, Py_mod_gil, Py_mod_multiple_interpreters: break
            default:
                setError(PyExc_SystemError, "module \(name) uses unknown slot ID \(slot.pointee.slot)"); return nil
            }
            slot += 1
        }
    }
    let m: PyObjectRef
    if let create {
        guard let r = create(spec, def) else {
            if PyErr_Occurred() == nil { setError(PyExc_SystemError, "creation of module \(name) failed without setting an exception") }
            return nil
        }
        m = r
    } else {
        guard let r = PyModule_NewObject(nameObj) else { return nil }
        m = r
    }
    if PyObject_TypeCheck(m, SPyType_Module()) != 0 {
        modObj(m).pointee.md_def = def
    } else if def.pointee.m_size > 0 || def.pointee.m_traverse != nil || def.pointee.m_clear != nil || def.pointee.m_free != nil {
        Py_DECREF(m)
        setError(PyExc_SystemError, "module \(name) is not a module object, but requests module state")
        return nil
    }
    if let methods = def.pointee.m_methods {
        // functions of a non-module object are added as attributes
        var ml = methods
        while let n = ml.pointee.ml_name {
            guard let f = PyCFunction_NewEx(ml, m, nameObj) else { Py_DECREF(m); return nil }
            let r = PyObject_SetAttrString(m, n, f)
            Py_DECREF(f)
            if r < 0 { Py_DECREF(m); return nil }
            ml += 1
        }
    }
    if let doc = def.pointee.m_doc {
        guard let d = PyUnicode_FromString(doc) else { Py_DECREF(m); return nil }
        let r = PyObject_SetAttrString(m, "__doc__", d)
        Py_DECREF(d)
        if r < 0 { Py_DECREF(m); return nil }
    }
    return m
}

@c @implementation public func PyModule_ExecDef(_ m: UnsafeMutablePointer<PyObject>!, _ def: UnsafeMutablePointer<PyModuleDef>!) -> Int32 {
    guard let name = PyModule_GetNameObject(m) else { return -1 }
    defer { Py_DECREF(name) }
    let nameStr = swiftString(name)
    if !moduleAllocState(m, def) { return -1 }
    guard var slot = def.pointee.m_slots else { return 0 }
    typealias ExecFn = @convention(c) (PyObjectRef?) -> Int32
    while slot.pointee.slot != 0 {
        if slot.pointee.slot == Py_mod_exec {
            let fn = unsafeBitCast(slot.pointee.value, to: ExecFn.self)
            let r = fn(m)
            if r != 0 {
                if PyErr_Occurred() == nil {
                    setError(PyExc_SystemError, "execution of module \(nameStr) failed without setting an exception")
                }
                return -1
            }
            if PyErr_Occurred() != nil {
                setError(PyExc_SystemError, "execution of module \(nameStr) raised unreported exception")
                return -1
            }
        }
        slot += 1
    }
    return 0
}

@c @implementation public func PyModule_AddObjectRef(_ m: UnsafeMutablePointer<PyObject>!, _ name: UnsafePointer<CChar>!, _ value: UnsafeMutablePointer<PyObject>!) -> Int32 {
    guard PyObject_TypeCheck(m, SPyType_Module()) != 0 else {
        setError(PyExc_TypeError, "PyModule_AddObjectRef() first argument must be a module"); return -1
    }
    guard let value else {
        if PyErr_Occurred() == nil {
            setError(PyExc_SystemError, "PyModule_AddObjectRef() must be called with an exception raised if value is NULL")
        }
        return -1
    }
    guard let d = modObj(m).pointee.md_dict else {
        setError(PyExc_SystemError, "module '\(moduleNameString(m) ?? "?")' has no __dict__"); return -1
    }
    return PyDict_SetItemString(d, name, value)
}

@c @implementation public func PyModule_AddObject(_ m: UnsafeMutablePointer<PyObject>!, _ name: UnsafePointer<CChar>!, _ value: UnsafeMutablePointer<PyObject>!) -> Int32 {
    let r = PyModule_AddObjectRef(m, name, value)
    if r == 0 { Py_DECREF(value) }
    return r
}

@c @implementation public func PyModule_AddIntConstant(_ m: UnsafeMutablePointer<PyObject>!, _ name: UnsafePointer<CChar>!, _ value: Int) -> Int32 {
    guard let v = PyLong_FromLong(value) else { return -1 }
    defer { Py_DECREF(v) }
    return PyModule_AddObjectRef(m, name, v)
}

@c @implementation public func PyModule_AddStringConstant(_ m: UnsafeMutablePointer<PyObject>!, _ name: UnsafePointer<CChar>!, _ value: UnsafePointer<CChar>!) -> Int32 {
    guard let v = PyUnicode_FromString(value) else { return -1 }
    defer { Py_DECREF(v) }
    return PyModule_AddObjectRef(m, name, v)
}

@c @implementation public func PyModule_AddType(_ m: UnsafeMutablePointer<PyObject>!, _ type: UnsafeMutablePointer<PyTypeObject>!) -> Int32 {
    if (type.pointee.tp_flags & UInt(Py_TPFLAGS_READY)) == 0, PyType_Ready(type) < 0 { return -1 }
    let full = String(cString: type.pointee.tp_name)
    let short = full.split(separator: ".").last.map(String.init) ?? full
    if let d = PyModule_GetDict(m), PyDict_GetItemString(d, short) != nil { return 0 }
    return short.withCString { PyModule_AddObjectRef(m, $0, type.asObject) }
}

@c @implementation public func PyModule_AddFunctions(_ m: UnsafeMutablePointer<PyObject>!, _ methods: UnsafeMutablePointer<PyMethodDef>!) -> Int32 {
    guard let name = PyModule_GetNameObject(m) else { return -1 }
    defer { Py_DECREF(name) }
    var ml = methods!
    while let n = ml.pointee.ml_name {
        if (ml.pointee.ml_flags & METH_CLASS) != 0 || (ml.pointee.ml_flags & METH_STATIC) != 0 {
            setError(PyExc_ValueError, "module functions cannot set METH_CLASS or METH_STATIC"); return -1
        }
        guard let f = PyCFunction_NewEx(ml, m, name) else { return -1 }
        let r = PyObject_SetAttrString(m, n, f)
        Py_DECREF(f)
        if r < 0 { return -1 }
        ml += 1
    }
    return 0
}

@c @implementation public func PyModule_SetDocString(_ m: UnsafeMutablePointer<PyObject>!, _ doc: UnsafePointer<CChar>!) -> Int32 {
    guard let v = PyUnicode_FromString(doc) else { return -1 }
    defer { Py_DECREF(v) }
    return PyObject_SetAttrString(m, "__doc__", v)
}
