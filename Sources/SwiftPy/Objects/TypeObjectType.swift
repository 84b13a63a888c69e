// `type` itself: calling a type (type_call / type_vectorcall), type's attributes (__name__,
// __qualname__, __module__, __bases__, __mro__, __dict__, __doc__, __abstractmethods__,
// __annotations__, ...) and methods (mro, __subclasses__, __prepare__, __instancecheck__,
// __subclasscheck__, __dir__, __sizeof__), repr, and the lifetime of heap types.
import CPython

@inline(__always) func heapType(_ t: PyTypeRef) -> UnsafeMutablePointer<PyHeapTypeObject> {
    UnsafeMutableRawPointer(t).assumingMemoryBound(to: PyHeapTypeObject.self)
}

// MARK: - calling a type

/// type(x) -> type of x; T(*args, **kwargs) -> T.__new__ then __init__ when the result is a T.
func typeCall(_ typeObj: PyObjectRef?, _ args: PyObjectRef?, _ kwds: PyObjectRef?) -> PyObjectRef? {
    let type = typeObj!.asType
    let args = args!
    if type == SPyType_() {
        let n = varSizeOf(args)
        if n == 1 && (kwds == nil || PyDict_Size(kwds) == 0) {
            return newRef(tupleItem(args, 0).type.asObject)
        }
        if n != 3 {
            setError(PyExc_TypeError, "type() takes 1 or 3 arguments")
            return nil
        }
    }
    guard let new = type.pointee.tp_new else {
        setError(PyExc_TypeError, "cannot create '\(typeNameString(type))' instances")
        return nil
    }
    guard let obj = checkFunctionResult(typeObj!, new(type, args, kwds)) else { return nil }
    if !typeCheck(obj, type) { return obj }
    let t = obj.type
    if let initFn = t.pointee.tp_init {
        if initFn(obj, args, kwds) < 0 {
            Py_DECREF(obj)
            return nil
        }
    }
    return obj
}

/// tp_vectorcall of `type`: the one-argument form without a tuple; the rest via type_call.
func typeVectorcall(_ metatype: PyObjectRef?, _ args: UnsafePointer<PyObjectRef?>?, _ nargsf: Int, _ kwnames: PyObjectRef?) -> PyObjectRef? {
    let nargs = vectorcallNargs(nargsf)
    if nargs == 1 && metatype == SPyType_().asObject {
        if let k = kwnames, varSizeOf(k) > 0 {
            setError(PyExc_TypeError, "type() takes no keyword arguments")
            return nil
        }
        return newRef(args![0]!.type.asObject)
    }
    return makeTpCall(metatype!, args, nargs, kwnames)
}

func typeInit(_ s: PyObjectRef?, _ args: PyObjectRef?, _ kwds: PyObjectRef?) -> Int32 {
    let n = args.map { varSizeOf($0) } ?? 0
    if let k = kwds, n == 1, PyDict_Size(k) != 0 {
        setError(PyExc_TypeError, "type.__init__() takes no keyword arguments")
        return -1
    }
    if n != 1 && n != 3 {
        setError(PyExc_TypeError, "type.__init__() takes 1 or 3 arguments")
        return -1
    }
    return 0
}

// MARK: - repr, lifetime

func typeRepr(_ s: PyObjectRef?) -> PyObjectRef? {
    let type = s!.asType
    let qual = typeQualName(type)
    if let m = typeModuleName(type), m != "builtins" { return pyStr("<class '\(m).\(qual)'>") }
    if errorOccurred() { PyErr_Clear() }
    return pyStr("<class '\(qual)'>")
}

/// Heap types only (static types are immortal).
func typeDealloc(_ s: PyObjectRef?) {
    let s = s!
    let type = s.asType
    PyObject_GC_UnTrack(UnsafeMutableRawPointer(s))
    unregisterFromBases(type)
    subclassRegistry[UnsafeMutableRawPointer(type)] = nil
    if type.pointee.tp_weaklist != nil { PyObject_ClearWeakRefs(s) }
    xdecref(type.pointee.tp_base.map { $0.asObject }); type.pointee.tp_base = nil
    xdecref(type.pointee.tp_dict); type.pointee.tp_dict = nil
    xdecref(type.pointee.tp_bases); type.pointee.tp_bases = nil
    xdecref(type.pointee.tp_mro); type.pointee.tp_mro = nil
    xdecref(type.pointee.tp_cache); type.pointee.tp_cache = nil
    xdecref(type.pointee.tp_subclasses); type.pointee.tp_subclasses = nil
    if let doc = type.pointee.tp_doc { free(UnsafeMutableRawPointer(mutating: doc)); type.pointee.tp_doc = nil }
    let ht = heapType(type)
    xdecref(ht.pointee.ht_name); ht.pointee.ht_name = nil
    xdecref(ht.pointee.ht_qualname); ht.pointee.ht_qualname = nil
    xdecref(ht.pointee.ht_slots); ht.pointee.ht_slots = nil
    xdecref(ht.pointee.ht_module); ht.pointee.ht_module = nil
    if let n = ht.pointee._ht_tpname { free(n); ht.pointee._ht_tpname = nil }
    // A heap metatype's reference is dropped by subtypeDealloc, which called us (as CPython's
    // type_dealloc leaves it to subtype_dealloc).
    s.type.pointee.tp_free!(UnsafeMutableRawPointer(s))
}

func typeTraverse(_ s: PyObjectRef?, _ visit: visitproc?, _ arg: UnsafeMutableRawPointer?) -> Int32 {
    let type = s!.asType
    if !isHeapType(type) { return 0 }
    for o in [type.pointee.tp_dict, type.pointee.tp_cache, type.pointee.tp_mro, type.pointee.tp_bases,
              type.pointee.tp_base.map { $0.asObject }, heapType(type).pointee.ht_module] {
        if let o = o { let r = visit!(o, arg); if r != 0 { return r } }
    }
    return 0
}

func typeClear(_ s: PyObjectRef?) -> Int32 {
    let type = s!.asType
    PyType_Modified(type)
    if let d = type.pointee.tp_dict { PyDict_Clear(d) }
    let mro = type.pointee.tp_mro
    type.pointee.tp_mro = nil
    xdecref(mro)
    return 0
}

func typeIsGC(_ s: PyObjectRef?) -> Int32 { isHeapType(s!.asType) ? 1 : 0 }

// MARK: - attributes

/// "cannot set/delete 'X' attribute of immutable type 'T'" for static types.
func checkSetSpecialTypeAttr(_ type: PyTypeRef, _ value: PyObjectRef?, _ name: String) -> Bool {
    if typeHasFlag(type, UInt(Py_TPFLAGS_IMMUTABLETYPE)) {
        setError(PyExc_TypeError, "cannot set '\(name)' attribute of immutable type '\(typeNameString(type))'")
        return false
    }
    if value == nil {
        setError(PyExc_TypeError, "cannot delete '\(name)' attribute of immutable type '\(typeNameString(type))'")
        return false
    }
    return true
}

func typeGetName(_ s: PyObjectRef?, _ c: UnsafeMutableRawPointer?) -> PyObjectRef? {
    let type = s!.asType
    if isHeapType(type), let n = heapType(type).pointee.ht_name { return newRef(n) }
    return pyStr(typeShortName(type))
}

func typeSetName(_ s: PyObjectRef?, _ value: PyObjectRef?, _ c: UnsafeMutableRawPointer?) -> Int32 {
    let type = s!.asType
    guard checkSetSpecialTypeAttr(type, value, "__name__") else { return -1 }
    let v = value!
    if !isStrObject(v) {
        setError(PyExc_TypeError, "can only assign string to \(typeNameString(type)).__name__, not '\(typeName(of: v))'")
        return -1
    }
    var size = 0
    guard let utf8 = PyUnicode_AsUTF8AndSize(v, &size) else { return -1 }
    if strlen(utf8) != size {
        setError(PyExc_ValueError, "type name must not contain null characters")
        return -1
    }
    let ht = heapType(type)
    let oldName = ht.pointee._ht_tpname
    let newName = strdup(utf8)
    ht.pointee._ht_tpname = newName
    type.pointee.tp_name = UnsafePointer(newName)
    if let o = oldName { free(o) }
    let old = ht.pointee.ht_name
    ht.pointee.ht_name = newRef(v)
    xdecref(old)
    return 0
}

func typeGetQualname(_ s: PyObjectRef?, _ c: UnsafeMutableRawPointer?) -> PyObjectRef? {
    let type = s!.asType
    if isHeapType(type), let q = heapType(type).pointee.ht_qualname { return newRef(q) }
    return pyStr(typeShortName(type))
}

func typeSetQualname(_ s: PyObjectRef?, _ value: PyObjectRef?, _ c: UnsafeMutableRawPointer?) -> Int32 {
    let type = s!.asType
    guard checkSetSpecialTypeAttr(type, value, "__qualname__") else { return -1 }
    let v = value!
    if !isStrObject(v) {
        setError(PyExc_TypeError, "can only assign string to \(typeNameString(type)).__qualname__, not '\(typeName(of: v))'")
        return -1
    }
    let ht = heapType(type)
    let old = ht.pointee.ht_qualname
    ht.pointee.ht_qualname = newRef(v)
    xdecref(old)
    return 0
}

func typeGetModule(_ s: PyObjectRef?, _ c: UnsafeMutableRawPointer?) -> PyObjectRef? {
    let type = s!.asType
    if isHeapType(type) {
        guard let m = PyDict_GetItemWithError(type.pointee.tp_dict, pyName(.__module__)) else {
            if !errorOccurred() { PyErr_SetObject(PyExc_AttributeError, pyName(.__module__)) }
            return nil
        }
        return newRef(m)
    }
    return pyStr(typeModuleName(type) ?? "builtins")
}

func typeSetModule(_ s: PyObjectRef?, _ value: PyObjectRef?, _ c: UnsafeMutableRawPointer?) -> Int32 {
    let type = s!.asType
    guard checkSetSpecialTypeAttr(type, value, "__module__") else { return -1 }
    PyType_Modified(type)
    return PyDict_SetItem(type.pointee.tp_dict, pyName(.__module__), value)
}

func typeGetBases(_ s: PyObjectRef?, _ c: UnsafeMutableRawPointer?) -> PyObjectRef? {
    newRef(s!.asType.pointee.tp_bases ?? pyNone)
}

/// Recomputes the MRO of `type` and of every subclass (after __bases__ changed).
func mroHierarchy(_ type: PyTypeRef) -> Int32 {
    if mroInternal(type) < 0 { return -1 }
    PyType_Modified(type)
    for sub in subclassesOf(type) where mroHierarchy(sub) < 0 { return -1 }
    return 0
}

func typeSetBases(_ s: PyObjectRef?, _ value: PyObjectRef?, _ c: UnsafeMutableRawPointer?) -> Int32 {
    let type = s!.asType
    guard checkSetSpecialTypeAttr(type, value, "__bases__") else { return -1 }
    let v = value!
    let tn = typeNameString(type)
    if !isTupleObject(v) {
        setError(PyExc_TypeError, "can only assign tuple to \(tn).__bases__, not \(typeName(of: v))")
        return -1
    }
    if varSizeOf(v) == 0 {
        setError(PyExc_TypeError, "can only assign non-empty tuple to \(tn).__bases__, not ()")
        return -1
    }
    for i in 0..<varSizeOf(v) {
        let b = tupleItem(v, i)
        if !isTypeObject(b) {
            setError(PyExc_TypeError, "\(tn).__bases__ must be tuple of classes, not '\(typeName(of: b))'")
            return -1
        }
        if isSubtype(b.asType, type) {
            setError(PyExc_TypeError, "a __bases__ item causes an inheritance cycle")
            return -1
        }
    }
    guard let newBase = bestBase(v) else { return -1 }
    if !compatibleForAssignment(type.pointee.tp_base!, newBase) {
        setError(PyExc_TypeError, "__bases__ assignment: '\(typeNameString(newBase))' deallocator differs from '\(typeNameString(type.pointee.tp_base!))'")
        return -1
    }
    let oldBases = type.pointee.tp_bases!
    let oldBase = type.pointee.tp_base!
    let oldMro = type.pointee.tp_mro.map { newRef($0) }
    unregisterFromBases(type)
    type.pointee.tp_bases = newRef(v)
    type.pointee.tp_base = UnsafeMutablePointer(newRef(newBase.asObject).asType)
    if mroHierarchy(type) < 0 {
        // Restore.
        Py_DECREF(type.pointee.tp_bases!); type.pointee.tp_bases = oldBases
        Py_DECREF(newBase.asObject); type.pointee.tp_base = oldBase
        let m = type.pointee.tp_mro; type.pointee.tp_mro = oldMro; xdecref(m)
        registerWithBases(type)
        return -1
    }
    registerWithBases(type)
    Py_DECREF(oldBases)
    Py_DECREF(oldBase.asObject)
    xdecref(oldMro)
    return 0
}

func typeGetDict(_ s: PyObjectRef?, _ c: UnsafeMutableRawPointer?) -> PyObjectRef? {
    guard let d = s!.asType.pointee.tp_dict else { return pyNoneRef() }
    return PyDictProxy_New(d)
}

func typeGetDoc(_ s: PyObjectRef?, _ c: UnsafeMutableRawPointer?) -> PyObjectRef? {
    let type = s!.asType
    if !isHeapType(type), let doc = type.pointee.tp_doc { return docObject(doc) }
    guard let r = PyDict_GetItemWithError(type.pointee.tp_dict, pyName(.__doc__)) else {
        if errorOccurred() { return nil }
        return pyNoneRef()
    }
    if let f = r.type.pointee.tp_descr_get { return f(r, nil, s) }
    return newRef(r)
}

func typeSetDoc(_ s: PyObjectRef?, _ value: PyObjectRef?, _ c: UnsafeMutableRawPointer?) -> Int32 {
    let type = s!.asType
    guard checkSetSpecialTypeAttr(type, value, "__doc__") else { return -1 }
    PyType_Modified(type)
    return PyDict_SetItem(type.pointee.tp_dict, pyName(.__doc__), value)
}

func typeGetTextSignature(_ s: PyObjectRef?, _ c: UnsafeMutableRawPointer?) -> PyObjectRef? {
    textSignatureObject(s!.asType.pointee.tp_doc)
}

/// type.__abstractmethods__: only present when set on the class (never on `type` itself).
func typeGetAbstractMethods(_ s: PyObjectRef?, _ c: UnsafeMutableRawPointer?) -> PyObjectRef? {
    let type = s!.asType
    if type != SPyType_(), let d = type.pointee.tp_dict, let m = PyDict_GetItemWithError(d, pyName(.__abstractmethods__)) {
        return newRef(m)
    }
    if !errorOccurred() { PyErr_SetObject(PyExc_AttributeError, pyName(.__abstractmethods__)) }
    return nil
}

func typeSetAbstractMethods(_ s: PyObjectRef?, _ value: PyObjectRef?, _ c: UnsafeMutableRawPointer?) -> Int32 {
    let type = s!.asType
    var abstract = false
    var r: Int32
    if let v = value {
        let t = PyObject_IsTrue(v)
        if t < 0 { return -1 }
        abstract = t != 0
        r = PyDict_SetItem(type.pointee.tp_dict, pyName(.__abstractmethods__), v)
    } else {
        r = PyDict_DelItem(type.pointee.tp_dict, pyName(.__abstractmethods__))
        if r < 0 && errorMatches(PyExc_KeyError) {
            PyErr_Clear()
            PyErr_SetObject(PyExc_AttributeError, pyName(.__abstractmethods__))
            return -1
        }
    }
    if r < 0 { return -1 }
    PyType_Modified(type)
    if abstract { type.pointee.tp_flags |= UInt(Py_TPFLAGS_IS_ABSTRACT) } else { type.pointee.tp_flags &= ~UInt(Py_TPFLAGS_IS_ABSTRACT) }
    return 0
}

func typeGetAnnotations(_ s: PyObjectRef?, _ c: UnsafeMutableRawPointer?) -> PyObjectRef? {
    let type = s!.asType
    if !isHeapType(type) {
        setError(PyExc_AttributeError, "type object '\(typeNameString(type))' has no attribute '__annotations__'")
        return nil
    }
    let dict = type.pointee.tp_dict!
    if let a = PyDict_GetItemWithError(dict, pyName(.__annotations__)) {
        if let f = a.type.pointee.tp_descr_get { return f(a, nil, s) }
        return newRef(a)
    }
    if errorOccurred() { return nil }
    guard let d = PyDict_New() else { return nil }
    if PyDict_SetItem(dict, pyName(.__annotations__), d) < 0 { Py_DECREF(d); return nil }
    PyType_Modified(type)
    return d
}

func typeSetAnnotations(_ s: PyObjectRef?, _ value: PyObjectRef?, _ c: UnsafeMutableRawPointer?) -> Int32 {
    let type = s!.asType
    if typeHasFlag(type, UInt(Py_TPFLAGS_IMMUTABLETYPE)) {
        setError(PyExc_TypeError, "cannot set '__annotations__' attribute of immutable type '\(typeNameString(type))'")
        return -1
    }
    let dict = type.pointee.tp_dict!
    var r: Int32
    if let v = value {
        r = PyDict_SetItem(dict, pyName(.__annotations__), v)
    } else {
        r = PyDict_DelItem(dict, pyName(.__annotations__))
        if r < 0 && errorMatches(PyExc_KeyError) {
            PyErr_Clear()
            PyErr_SetObject(PyExc_AttributeError, pyName(.__annotations__))
            return -1
        }
    }
    if r == 0 { PyType_Modified(type) }
    return r
}

// MARK: - methods

func typeSubclasses(_ s: PyObjectRef?, _ u: PyObjectRef?) -> PyObjectRef? {
    makeListOf(subclassesOf(s!.asType).map { $0.asObject })
}

/// A new list holding new references to `items`.
func makeListOf(_ items: [PyObjectRef]) -> PyObjectRef? {
    guard let l = PyList_New(items.count) else { return nil }
    if items.isEmpty { return l }  // an empty list has no item array
    let p = listItemsOf(l)!
    for (i, o) in items.enumerated() { p[i] = newRef(o) }
    return l
}

func typePrepare(_ s: PyObjectRef?, _ args: UnsafePointer<PyObjectRef?>?, _ nargs: Int, _ kwnames: PyObjectRef?) -> PyObjectRef? {
    PyDict_New()
}

func typeInstanceCheck(_ s: PyObjectRef?, _ inst: PyObjectRef?) -> PyObjectRef? {
    let r = realIsInstance(inst!, s!)
    return r < 0 ? nil : pyBool(r != 0)
}

func typeSubclassCheck(_ s: PyObjectRef?, _ sub: PyObjectRef?) -> PyObjectRef? {
    let r = realIsSubclass(sub!, s!)
    return r < 0 ? nil : pyBool(r != 0)
}

func typeDir(_ s: PyObjectRef?, _ u: PyObjectRef?) -> PyObjectRef? {
    guard let d = PyDict_New() else { return nil }
    defer { Py_DECREF(d) }
    if mergeClassDict(d, s!) < 0 { return nil }
    return PyDict_Keys(d)
}

func typeSizeof(_ s: PyObjectRef?, _ u: PyObjectRef?) -> PyObjectRef? {
    let type = s!.asType
    var size = MemoryLayout<PyTypeObject>.size
    if isHeapType(type) {
        size = MemoryLayout<PyHeapTypeObject>.size
        if let slots = heapType(type).pointee.ht_slots { size += varSizeOf(slots) * MemoryLayout<PyMemberDef>.size }
    }
    return PyLong_FromSsize_t(size)
}

func initTypeType() {
    let t = SPyType_()
    t.pointee.tp_name = immortalCString("type")
    t.pointee.tp_basicsize = MemoryLayout<PyHeapTypeObject>.size
    t.pointee.tp_itemsize = MemoryLayout<PyMemberDef>.size
    t.pointee.tp_dealloc = typeDealloc
    t.pointee.tp_vectorcall_offset = MemoryLayout<PyTypeObject>.offset(of: \PyTypeObject.tp_vectorcall)!
    t.pointee.tp_repr = typeRepr
    t.pointee.tp_call = typeCall
    t.pointee.tp_getattro = typeGetAttro
    t.pointee.tp_setattro = typeSetAttro
    t.pointee.tp_flags = tpFlagsDefault | UInt(Py_TPFLAGS_HAVE_GC) | UInt(Py_TPFLAGS_BASETYPE)
        | UInt(Py_TPFLAGS_TYPE_SUBCLASS) | UInt(Py_TPFLAGS_HAVE_VECTORCALL)
    t.pointee.tp_doc = immortalCString("type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type")
    t.pointee.tp_traverse = typeTraverse
    t.pointee.tp_clear = typeClear
    t.pointee.tp_weaklistoffset = MemoryLayout<PyTypeObject>.offset(of: \PyTypeObject.tp_weaklist)!
    t.pointee.tp_dictoffset = MemoryLayout<PyTypeObject>.offset(of: \PyTypeObject.tp_dict)!
    t.pointee.tp_init = typeInit
    t.pointee.tp_alloc = PyType_GenericAlloc
    t.pointee.tp_new = typeNew
    t.pointee.tp_free = PyObject_GC_Del
    t.pointee.tp_is_gc = typeIsGC
    t.pointee.tp_vectorcall = typeVectorcall
    let nb = makeNumberMethods()
    nb.pointee.nb_or = unionTypeOr   // int | str
    t.pointee.tp_as_number = nb
    t.pointee.tp_methods = makeMethodTable([
        .noArgs("mro", typeMroMethod, doc: "mro($self, /)\n--\n\nReturn a type's method resolution order."),
        .noArgs("__subclasses__", typeSubclasses, doc: "__subclasses__($self, /)\n--\n\nReturn a list of immediate subclasses."),
        .fastKw("__prepare__", typePrepare, doc: "__prepare__() -> dict\nused to create the namespace for the class statement", extraFlags: METH_CLASS),
        .oneArg("__instancecheck__", typeInstanceCheck, doc: "__instancecheck__($self, instance, /)\n--\n\nCheck if an object is an instance."),
        .oneArg("__subclasscheck__", typeSubclassCheck, doc: "__subclasscheck__($self, subclass, /)\n--\n\nCheck if a class is a subclass."),
        .noArgs("__dir__", typeDir, doc: "__dir__($self, /)\n--\n\nSpecialized __dir__ implementation for types."),
        .noArgs("__sizeof__", typeSizeof, doc: "__sizeof__($self, /)\n--\n\nReturn memory consumption of the type object."),
    ])
    let L = MemoryLayout<PyTypeObject>.self
    t.pointee.tp_members = makeMemberTable([
        MemberSpec("__basicsize__", type: T_PYSSIZET, offset: L.offset(of: \PyTypeObject.tp_basicsize)!),
        MemberSpec("__itemsize__", type: T_PYSSIZET, offset: L.offset(of: \PyTypeObject.tp_itemsize)!),
        MemberSpec("__flags__", type: T_ULONG, offset: L.offset(of: \PyTypeObject.tp_flags)!),
        MemberSpec("__weakrefoffset__", type: T_PYSSIZET, offset: L.offset(of: \PyTypeObject.tp_weaklistoffset)!),
        MemberSpec("__base__", type: T_OBJECT, offset: L.offset(of: \PyTypeObject.tp_base)!),
        MemberSpec("__dictoffset__", type: T_PYSSIZET, offset: L.offset(of: \PyTypeObject.tp_dictoffset)!),
        MemberSpec("__mro__", type: T_OBJECT, offset: L.offset(of: \PyTypeObject.tp_mro)!),
    ])
    t.pointee.tp_getset = makeGetSetTable([
        GetSetSpec("__name__", get: typeGetName, set: typeSetName),
        GetSetSpec("__qualname__", get: typeGetQualname, set: typeSetQualname),
        GetSetSpec("__bases__", get: typeGetBases, set: typeSetBases),
        GetSetSpec("__module__", get: typeGetModule, set: typeSetModule),
        GetSetSpec("__abstractmethods__", get: typeGetAbstractMethods, set: typeSetAbstractMethods),
        GetSetSpec("__dict__", get: typeGetDict),
        GetSetSpec("__doc__", get: typeGetDoc, set: typeSetDoc),
        GetSetSpec("__text_signature__", get: typeGetTextSignature),
        GetSetSpec("__annotations__", get: typeGetAnnotations, set: typeSetAnnotations),
    ])
}

// MARK: - public helpers

@c @implementation public func PyType_GetFlags(_ type: PyTypeRef?) -> UInt { type?.pointee.tp_flags ?? 0 }

/// tp_new for types whose instances need no initialization beyond zeroed memory.
@c @implementation public func PyType_GenericNew(_ type: PyTypeRef?, _ args: PyObjectRef?, _ kwds: PyObjectRef?) -> PyObjectRef? {
    type!.pointee.tp_alloc!(type, 0)
}
