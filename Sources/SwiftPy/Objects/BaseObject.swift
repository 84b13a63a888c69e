// `object` (CPython's PyBaseObject_Type) and the singleton types None, NotImplemented, Ellipsis.
import CPython

// MARK: - type names used by object.__repr__ and friends

/// type.__module__ as a Swift string (nil when unavailable): heap types store it in their dict,
/// static types take the dotted prefix of tp_name ("builtins" without a dot).
func typeModuleName(_ type: PyTypeRef) -> String? {
    if isHeapType(type) {
        guard let d = type.pointee.tp_dict, let m = PyDict_GetItemWithError(d, pyName(.__module__)), isStrObject(m) else { return nil }
        return swiftString(m)
    }
    let full = typeNameString(type)
    if let dot = full.lastIndex(of: ".") { return String(full[..<dot]) }
    return "builtins"
}

/// type.__qualname__ as a Swift string.
func typeQualName(_ type: PyTypeRef) -> String {
    if isHeapType(type) {
        let ht = UnsafeMutableRawPointer(type).assumingMemoryBound(to: PyHeapTypeObject.self)
        if let q = ht.pointee.ht_qualname, isStrObject(q) { return swiftString(q) }
    }
    return typeShortName(type)
}

// MARK: - object

func objectDealloc(_ s: PyObjectRef?) {
    let s = s!
    s.type.pointee.tp_free!(UnsafeMutableRawPointer(s))
}

@inline(__always) func hasExcessArgs(_ args: PyObjectRef?, _ kwds: PyObjectRef?) -> Bool {
    (args != nil && varSizeOf(args!) > 0) || (kwds != nil && PyDict_Size(kwds) > 0)
}

func objectNew(_ type: PyTypeRef?, _ args: PyObjectRef?, _ kwds: PyObjectRef?) -> PyObjectRef? {
    let type = type!
    if hasExcessArgs(args, kwds) {
        if fnAddress(type.pointee.tp_new) != cfp(objectNew as newfunc) {
            setError(PyExc_TypeError, "object.__new__() takes exactly one argument (the type to instantiate)")
            return nil
        }
        if fnAddress(type.pointee.tp_init) == cfp(objectInit as initproc) {
            setError(PyExc_TypeError, "\(typeNameString(type))() takes no arguments")
            return nil
        }
    }
    if typeHasFlag(type, UInt(Py_TPFLAGS_IS_ABSTRACT)) {
        raiseAbstractInstantiation(type)
        return nil
    }
    return type.pointee.tp_alloc!(type, 0)
}

/// "Can't instantiate abstract class X with abstract method(s) a, b"
func raiseAbstractInstantiation(_ type: PyTypeRef) {
    guard let methods = typeGetAbstractMethods(type.asObject, nil) else { return }
    defer { Py_DECREF(methods) }
    guard let sorted = PySequence_List(methods) else { return }
    defer { Py_DECREF(sorted) }
    if PyList_Sort(sorted) < 0 { return }
    guard let sep = pyStr(", "), let joined = PyUnicode_Join(sep, sorted) else { return }
    Py_DECREF(sep)
    defer { Py_DECREF(joined) }
    let count = varSizeOf(sorted)
    setError(PyExc_TypeError, "Can't instantiate abstract class \(typeNameString(type)) with abstract method\(count > 1 ? "s" : "") \(swiftString(joined))")
}

func objectInit(_ s: PyObjectRef?, _ args: PyObjectRef?, _ kwds: PyObjectRef?) -> Int32 {
    let type = s!.type
    if hasExcessArgs(args, kwds) {
        if fnAddress(type.pointee.tp_init) != cfp(objectInit as initproc) {
            setError(PyExc_TypeError, "object.__init__() takes exactly one argument (the instance to initialize)")
            return -1
        }
        if fnAddress(type.pointee.tp_new) == cfp(objectNew as newfunc) {
            setError(PyExc_TypeError, "\(typeNameString(type)).__init__() takes exactly one argument (the instance to initialize)")
            return -1
        }
    }
    return 0
}

func objectRepr(_ s: PyObjectRef?) -> PyObjectRef? {
    let s = s!
    let type = s.type
    let qual = typeQualName(type)
    if let m = typeModuleName(type), m != "builtins" {
        return pyStr("<\(m).\(qual) object at \(pointerString(s))>")
    }
    if errorOccurred() { return nil }
    return pyStr("<\(qual) object at \(pointerString(s))>")
}

func objectStr(_ s: PyObjectRef?) -> PyObjectRef? {
    let f = s!.type.pointee.tp_repr ?? objectRepr
    return f(s)
}

func objectHash(_ s: PyObjectRef?) -> Int { hashPointer(s!) }

func objectRichcompare(_ s: PyObjectRef?, _ other: PyObjectRef?, _ op: Int32) -> PyObjectRef? {
    let s = s!
    switch op {
    case Py_EQ:
        return newRef(s == other ? pyTrue : pyNotImplemented)
    case Py_NE:
        // Delegate to __eq__ and invert, unless it returns NotImplemented.
        guard let f = s.type.pointee.tp_richcompare else { return newRef(pyNotImplemented) }
        guard let r = f(s, other, Py_EQ) else { return nil }
        if r == pyNotImplemented { return r }
        let t = PyObject_IsTrue(r)
        Py_DECREF(r)
        if t < 0 { return nil }
        return pyBool(t == 0)
    default:
        return newRef(pyNotImplemented)
    }
}

func objectGetClass(_ s: PyObjectRef?, _ c: UnsafeMutableRawPointer?) -> PyObjectRef? { newRef(s!.type.asObject) }

/// Layout compatibility for __class__ assignment (same solid base and same added slots).
func compatibleForAssignment(_ old: PyTypeRef, _ new: PyTypeRef) -> Bool {
    var o = old, n = new
    while n.pointee.tp_base != nil && n.pointee.tp_basicsize == n.pointee.tp_base!.pointee.tp_basicsize
            && n.pointee.tp_itemsize == n.pointee.tp_base!.pointee.tp_itemsize && isHeapType(n) && !extraIvars(n, n.pointee.tp_base!) { n = n.pointee.tp_base! }
    while o.pointee.tp_base != nil && o.pointee.tp_basicsize == o.pointee.tp_base!.pointee.tp_basicsize
            && o.pointee.tp_itemsize == o.pointee.tp_base!.pointee.tp_itemsize && isHeapType(o) && !extraIvars(o, o.pointee.tp_base!) { o = o.pointee.tp_base! }
    if solidBase(old) != solidBase(new) { return false }
    return old.pointee.tp_basicsize == new.pointee.tp_basicsize && old.pointee.tp_itemsize == new.pointee.tp_itemsize
        && old.pointee.tp_dictoffset == new.pointee.tp_dictoffset && old.pointee.tp_weaklistoffset == new.pointee.tp_weaklistoffset
        && (old.pointee.tp_flags & UInt(Py_TPFLAGS_HAVE_GC)) == (new.pointee.tp_flags & UInt(Py_TPFLAGS_HAVE_GC))
}

func objectSetClass(_ s: PyObjectRef?, _ value: PyObjectRef?, _ c: UnsafeMutableRawPointer?) -> Int32 {
    let s = s!
    guard let value = value else { setError(PyExc_TypeError, "can't delete __class__ attribute"); return -1 }
    if !isTypeObject(value) {
        setError(PyExc_TypeError, "__class__ must be set to a class, not '\(typeName(of: value))' object")
        return -1
    }
    let newTo = value.asType, oldTo = s.type
    let module = SPyType_Module()
    if !(isSubtype(newTo, module) && isSubtype(oldTo, module))
        && (typeHasFlag(newTo, UInt(Py_TPFLAGS_IMMUTABLETYPE)) || typeHasFlag(oldTo, UInt(Py_TPFLAGS_IMMUTABLETYPE))) {
        setError(PyExc_TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses")
        return -1
    }
    if !compatibleForAssignment(oldTo, newTo) {
        setError(PyExc_TypeError, "__class__ assignment: '\(typeNameString(newTo))' object layout differs from '\(typeNameString(oldTo))'")
        return -1
    }
    if isHeapType(newTo) { Py_INCREF(newTo.asObject) }
    s.pointee.ob_type = newTo
    if isHeapType(oldTo) { Py_DECREF(oldTo.asObject) }
    return 0
}

func objectFormat(_ s: PyObjectRef?, _ spec: PyObjectRef?) -> PyObjectRef? {
    let s = s!, spec = spec!
    if !isStrObject(spec) {
        setError(PyExc_TypeError, "__format__() argument must be str, not \(typeName(of: spec))")
        return nil
    }
    if PyUnicode_GetLength(spec) > 0 {
        setError(PyExc_TypeError, "unsupported format string passed to \(typeName(of: s)).__format__")
        return nil
    }
    return PyObject_Str(s)
}

func objectSizeof(_ s: PyObjectRef?, _ unused: PyObjectRef?) -> PyObjectRef? {
    let t = s!.type
    var res = t.pointee.tp_basicsize
    if t.pointee.tp_itemsize > 0 { res += abs(varSizeOf(s!)) * t.pointee.tp_itemsize }
    return PyLong_FromSsize_t(res)
}

func objectInitSubclass(_ cls: PyObjectRef?, _ unused: PyObjectRef?) -> PyObjectRef? { pyNoneRef() }
func objectSubclasshook(_ cls: PyObjectRef?, _ args: PyObjectRef?) -> PyObjectRef? { newRef(pyNotImplemented) }

/// Adds the keys of aclass.__dict__ and of all its bases (recursively) to dict.
func mergeClassDict(_ dict: PyObjectRef, _ aclass: PyObjectRef) -> Int32 {
    let (cd, f1) = lookupAttr(aclass, pyName(.__dict__))
    if f1 { return -1 }
    if let classdict = cd {
        let r = PyDict_Update(dict, classdict)
        Py_DECREF(classdict)
        if r < 0 { return -1 }
    }
    let (b, f2) = lookupAttr(aclass, pyName(.__bases__))
    if f2 { return -1 }
    if let bases = b {
        defer { Py_DECREF(bases) }
        let n = PySequence_Size(bases)
        if n < 0 { return -1 }
        for i in 0..<n {
            guard let base = PySequence_GetItem(bases, i) else { return -1 }
            let r = mergeClassDict(dict, base)
            Py_DECREF(base)
            if r < 0 { return -1 }
        }
    }
    return 0
}

func objectDir(_ s: PyObjectRef?, _ unused: PyObjectRef?) -> PyObjectRef? {
    let s = s!
    let (d, failed) = lookupAttr(s, pyName(.__dict__))
    if failed { return nil }
    var dict: PyObjectRef?
    if let dd = d, isDictObject(dd) { dict = PyDict_Copy(dd) } else { dict = PyDict_New() }
    xdecref(d)
    guard let result = dict else { return nil }
    defer { Py_DECREF(result) }
    let (cls, f2) = lookupAttr(s, pyName(.__class__))
    if f2 { return nil }
    if let c = cls {
        let r = mergeClassDict(result, c)
        Py_DECREF(c)
        if r < 0 { return nil }
    }
    return PyDict_Keys(result)
}

// MARK: - pickling support

/// (args, kwargs) from __getnewargs_ex__ or __getnewargs__; both nil when neither exists.
func getNewArguments(_ obj: PyObjectRef) -> (ok: Bool, args: PyObjectRef?, kwargs: PyObjectRef?) {
    if let f = lookupSpecial(obj, pyName(.__getnewargs_ex__)) {
        let r = PyObject_CallNoArgs(f)
        Py_DECREF(f)
        guard let res = r else { return (false, nil, nil) }
        defer { Py_DECREF(res) }
        if !isTupleObject(res) {
            setError(PyExc_TypeError, "__getnewargs_ex__ should return a tuple, not '\(typeName(of: res))'")
            return (false, nil, nil)
        }
        if varSizeOf(res) != 2 {
            setError(PyExc_ValueError, "__getnewargs_ex__ should return a tuple of length 2, not \(varSizeOf(res))")
            return (false, nil, nil)
        }
        let a = tupleItem(res, 0), k = tupleItem(res, 1)
        if !isTupleObject(a) {
            setError(PyExc_TypeError, "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '\(typeName(of: a))'")
            return (false, nil, nil)
        }
        if !isDictObject(k) {
            setError(PyExc_TypeError, "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '\(typeName(of: k))'")
            return (false, nil, nil)
        }
        return (true, newRef(a), newRef(k))
    }
    if errorOccurred() { return (false, nil, nil) }
    if let f = lookupSpecial(obj, pyName(.__getnewargs__)) {
        let r = PyObject_CallNoArgs(f)
        Py_DECREF(f)
        guard let res = r else { return (false, nil, nil) }
        if !isTupleObject(res) {
            setError(PyExc_TypeError, "__getnewargs__ should return a tuple, not '\(typeName(of: res))'")
            Py_DECREF(res)
            return (false, nil, nil)
        }
        return (true, res, nil)
    }
    if errorOccurred() { return (false, nil, nil) }
    return (true, nil, nil)
}

/// copyreg.<name> (new reference).
func copyregAttr(_ name: String) -> PyObjectRef? {
    guard let m = PyImport_ImportModule("copyreg") else { return nil }
    defer { Py_DECREF(m) }
    return PyObject_GetAttrString(m, name)
}

/// Slot names of a class (copyreg._slotnames, cached in __slotnames__).
func slotNames(_ cls: PyTypeRef) -> PyObjectRef? {
    if let d = cls.pointee.tp_dict, let cached = PyDict_GetItemWithError(d, pyName(.__slotnames__)) {
        if cached == pyNone || isTupleObject(cached) || cached.type.pointee.tp_flags & UInt(Py_TPFLAGS_LIST_SUBCLASS) != 0 { return newRef(cached) }
    }
    if errorOccurred() { return nil }
    guard let f = copyregAttr("_slotnames") else { return nil }
    defer { Py_DECREF(f) }
    return PyObject_CallOneArg(f, cls.asObject)
}

/// object.__getstate__ default: the instance dict (or None) plus a dict of __slots__ values.
func objectGetStateDefault(_ obj: PyObjectRef, required: Bool) -> PyObjectRef? {
    if required && obj.type.pointee.tp_itemsize != 0 {
        setError(PyExc_TypeError, "cannot pickle '\(typeName(of: obj))' object")
        return nil
    }
    var state: PyObjectRef
    if let p = objectDictPointer(obj), let d = p.pointee, PyDict_Size(d) > 0 {
        state = newRef(d)
    } else {
        state = pyNoneRef()
    }
    guard let names = slotNames(obj.type) else { Py_DECREF(state); return nil }
    defer { Py_DECREF(names) }
    let count = names == pyNone ? 0 : PySequence_Size(names)
    if count < 0 { Py_DECREF(state); return nil }
    if required {
        var basic = MemoryLayout<PyObject>.size
        if obj.type.pointee.tp_dictoffset != 0 { basic += 8 }
        if obj.type.pointee.tp_weaklistoffset != 0 { basic += 8 }
        basic += 8 * count
        if obj.type.pointee.tp_basicsize > basic {
            Py_DECREF(state)
            setError(PyExc_TypeError, "cannot pickle '\(typeName(of: obj))' object")
            return nil
        }
    }
    if count > 0 {
        guard let slots = PyDict_New() else { Py_DECREF(state); return nil }
        defer { Py_DECREF(slots) }
        for i in 0..<count {
            guard let name = PySequence_GetItem(names, i) else { Py_DECREF(state); return nil }
            defer { Py_DECREF(name) }
            let (v, failed) = lookupAttr(obj, name)
            if failed { Py_DECREF(state); return nil }
            if let value = v {
                let r = PyDict_SetItem(slots, name, value)
                Py_DECREF(value)
                if r < 0 { Py_DECREF(state); return nil }
            }
        }
        if PyDict_Size(slots) > 0 {
            let pair = makeTuple([state, slots])
            Py_DECREF(state)
            guard let p = pair else { return nil }
            state = p
        }
    }
    return state
}

func objectGetState(_ s: PyObjectRef?, _ unused: PyObjectRef?) -> PyObjectRef? { objectGetStateDefault(s!, required: false) }

/// __getstate__ through the attribute (so overrides are honoured).
func objectGetStateFor(_ obj: PyObjectRef, required: Bool) -> PyObjectRef? {
    guard let gs = PyObject_GetAttr(obj, pyName(.__getstate__)) else { return nil }
    defer { Py_DECREF(gs) }
    if gs.pointee.ob_type == SPyType_CFunction(), cfunctionFields(gs).pointee.m_self == obj,
       fnAddress(cfunctionFields(gs).pointee.m_ml.pointee.ml_meth) == cfp(objectGetState as PyCFunction) {
        return objectGetStateDefault(obj, required: required)
    }
    return PyObject_CallNoArgs(gs)
}

func reduceNewObj(_ obj: PyObjectRef) -> PyObjectRef? {
    let type = obj.type
    if type.pointee.tp_new == nil {
        setError(PyExc_TypeError, "cannot pickle '\(typeName(of: obj))' object")
        return nil
    }
    let (ok, args, kwargs) = getNewArguments(obj)
    if !ok { return nil }
    defer { xdecref(args); xdecref(kwargs) }
    let hasArgs = args != nil
    let newobj: PyObjectRef?
    let newargs: PyObjectRef?
    if kwargs == nil || PyDict_Size(kwargs) == 0 {
        newobj = copyregAttr("__newobj__")
        var items: [PyObjectRef] = [type.asObject]
        if let a = args { for i in 0..<varSizeOf(a) { items.append(tupleItem(a, i)) } }
        newargs = makeTuple(items)
    } else {
        newobj = copyregAttr("__newobj_ex__")
        newargs = makeTuple([type.asObject, args!, kwargs!])
    }
    guard let nobj = newobj, let nargs = newargs else { xdecref(newobj); xdecref(newargs); return nil }
    defer { Py_DECREF(nobj); Py_DECREF(nargs) }
    let isList = type.pointee.tp_flags & UInt(Py_TPFLAGS_LIST_SUBCLASS) != 0
    let isDict = isDictObject(obj)
    guard let state = objectGetStateFor(obj, required: !(hasArgs || isList || isDict)) else { return nil }
    defer { Py_DECREF(state) }
    var listitems = pyNoneRef(), dictitems = pyNoneRef()
    defer { Py_DECREF(listitems); Py_DECREF(dictitems) }
    if isList {
        guard let it = PyObject_GetIter(obj) else { return nil }
        Py_DECREF(listitems); listitems = it
    }
    if isDict {
        guard let items = PyObject_CallMethodNoArgs(obj, pyName(.items)) else { return nil }
        let it = PyObject_GetIter(items)
        Py_DECREF(items)
        guard let i = it else { return nil }
        Py_DECREF(dictitems); dictitems = i
    }
    return makeTuple([nobj, nargs, state, listitems, dictitems])
}

func commonReduce(_ s: PyObjectRef, _ proto: Int) -> PyObjectRef? {
    if proto >= 2 { return reduceNewObj(s) }
    guard let f = copyregAttr("_reduce_ex"), let p = PyLong_FromLong(proto) else { return nil }
    defer { Py_DECREF(f); Py_DECREF(p) }
    return callTwoArgs(f, s, p)
}

func objectReduce(_ s: PyObjectRef?, _ unused: PyObjectRef?) -> PyObjectRef? { commonReduce(s!, 0) }

func objectReduceEx(_ s: PyObjectRef?, _ protoArg: PyObjectRef?) -> PyObjectRef? {
    let s = s!
    let proto = PyLong_AsLong(protoArg)
    if proto == -1 && errorOccurred() { return nil }
    let (reduce, failed) = lookupAttr(s, pyName(.__reduce__))
    if failed { return nil }
    if let r = reduce {
        defer { Py_DECREF(r) }
        let objReduce = PyDict_GetItemWithError(SPyType_BaseObject().pointee.tp_dict, pyName(.__reduce__))
        guard let clsReduce = PyObject_GetAttr(s.type.asObject, pyName(.__reduce__)) else { return nil }
        let overridden = clsReduce != objReduce
        Py_DECREF(clsReduce)
        if overridden { return PyObject_CallNoArgs(r) }
    }
    return commonReduce(s, proto)
}

func initObjectType() {
    let t = SPyType_BaseObject()
    t.pointee.tp_name = immortalCString("object")
    t.pointee.tp_basicsize = MemoryLayout<PyObject>.size
    t.pointee.tp_dealloc = objectDealloc
    t.pointee.tp_repr = objectRepr
    t.pointee.tp_hash = objectHash
    t.pointee.tp_str = objectStr
    t.pointee.tp_getattro = PyObject_GenericGetAttr
    t.pointee.tp_setattro = PyObject_GenericSetAttr
    t.pointee.tp_flags = tpFlagsDefault | UInt(Py_TPFLAGS_BASETYPE)
    t.pointee.tp_doc = immortalCString("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n")
    t.pointee.tp_richcompare = objectRichcompare
    t.pointee.tp_init = objectInit
    t.pointee.tp_alloc = PyType_GenericAlloc
    t.pointee.tp_new = objectNew
    t.pointee.tp_free = PyObject_Free
    t.pointee.tp_methods = makeMethodTable([
        .oneArg("__reduce_ex__", objectReduceEx, doc: "__reduce_ex__($self, protocol, /)\n--\n\nHelper for pickle."),
        .noArgs("__reduce__", objectReduce, doc: "__reduce__($self, /)\n--\n\nHelper for pickle."),
        .noArgs("__getstate__", objectGetState, doc: "__getstate__($self, /)\n--\n\nHelper for pickle."),
        .varArgs("__subclasshook__", objectSubclasshook, doc: "Abstract classes can override this to customize issubclass().", extraFlags: METH_CLASS),
        .noArgs("__init_subclass__", objectInitSubclass, doc: "This method is called when a class is subclassed.", extraFlags: METH_CLASS),
        .oneArg("__format__", objectFormat, doc: "__format__($self, format_spec, /)\n--\n\nDefault object formatter."),
        .noArgs("__sizeof__", objectSizeof, doc: "__sizeof__($self, /)\n--\n\nSize of object in memory, in bytes."),
        .noArgs("__dir__", objectDir, doc: "__dir__($self, /)\n--\n\nDefault dir() implementation."),
    ])
    t.pointee.tp_getset = makeGetSetTable([GetSetSpec("__class__", get: objectGetClass, set: objectSetClass)])
}

// MARK: - None, NotImplemented, Ellipsis

func singletonDealloc(_ s: PyObjectRef?) {
    _Py_FatalErrorFunc("singletonDealloc", "deallocating \(typeName(of: s!))")
}
func noneRepr(_ s: PyObjectRef?) -> PyObjectRef? { pyStr("None") }
func noneBool(_ s: PyObjectRef?) -> Int32 { 0 }
func noneNew(_ type: PyTypeRef?, _ args: PyObjectRef?, _ kwds: PyObjectRef?) -> PyObjectRef? {
    if hasExcessArgs(args, kwds) { setError(PyExc_TypeError, "NoneType takes no arguments"); return nil }
    return pyNoneRef()
}
func notImplementedRepr(_ s: PyObjectRef?) -> PyObjectRef? { pyStr("NotImplemented") }
func notImplementedReduce(_ s: PyObjectRef?, _ u: PyObjectRef?) -> PyObjectRef? { pyStr("NotImplemented") }
func notImplementedBool(_ s: PyObjectRef?) -> Int32 {
    if PyErr_WarnEx(PyExc_DeprecationWarning, "NotImplemented should not be used in a boolean context", 1) < 0 { return -1 }
    return 1
}
func notImplementedNew(_ type: PyTypeRef?, _ args: PyObjectRef?, _ kwds: PyObjectRef?) -> PyObjectRef? {
    if hasExcessArgs(args, kwds) { setError(PyExc_TypeError, "NotImplementedType takes no arguments"); return nil }
    return newRef(pyNotImplemented)
}
func ellipsisRepr(_ s: PyObjectRef?) -> PyObjectRef? { pyStr("Ellipsis") }
func ellipsisReduce(_ s: PyObjectRef?, _ u: PyObjectRef?) -> PyObjectRef? { pyStr("Ellipsis") }
func ellipsisNew(_ type: PyTypeRef?, _ args: PyObjectRef?, _ kwds: PyObjectRef?) -> PyObjectRef? {
    if hasExcessArgs(args, kwds) { setError(PyExc_TypeError, "ellipsis takes no arguments"); return nil }
    return newRef(pyEllipsis)
}

/// A zeroed PyNumberMethods that lives forever.
func makeNumberMethods() -> UnsafeMutablePointer<PyNumberMethods> {
    let p = UnsafeMutablePointer<PyNumberMethods>.allocate(capacity: 1)
    p.initialize(to: PyNumberMethods())
    return p
}

func initSingletonTypes() {
    let n = SPyType_None()
    n.pointee.tp_name = immortalCString("NoneType")
    n.pointee.tp_basicsize = MemoryLayout<PyObject>.size
    n.pointee.tp_dealloc = singletonDealloc
    n.pointee.tp_repr = noneRepr
    let nb = makeNumberMethods()
    nb.pointee.nb_bool = noneBool
    n.pointee.tp_as_number = nb
    n.pointee.tp_flags = tpFlagsDefault
    n.pointee.tp_new = noneNew

    let ni = SPyType_NotImplemented()
    ni.pointee.tp_name = immortalCString("NotImplementedType")
    ni.pointee.tp_basicsize = MemoryLayout<PyObject>.size
    ni.pointee.tp_dealloc = singletonDealloc
    ni.pointee.tp_repr = notImplementedRepr
    let nib = makeNumberMethods()
    nib.pointee.nb_bool = notImplementedBool
    ni.pointee.tp_as_number = nib
    ni.pointee.tp_flags = tpFlagsDefault
    ni.pointee.tp_new = notImplementedNew
    ni.pointee.tp_methods = makeMethodTable([.noArgs("__reduce__", notImplementedReduce)])

    let e = SPyType_Ellipsis()
    e.pointee.tp_name = immortalCString("ellipsis")
    e.pointee.tp_basicsize = MemoryLayout<PyObject>.size
    e.pointee.tp_dealloc = singletonDealloc
    e.pointee.tp_repr = ellipsisRepr
    e.pointee.tp_getattro = PyObject_GenericGetAttr
    e.pointee.tp_flags = tpFlagsDefault
    e.pointee.tp_new = ellipsisNew
    e.pointee.tp_methods = makeMethodTable([.noArgs("__reduce__", ellipsisReduce)])
}
