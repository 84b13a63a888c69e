// types.GenericAlias (CPython's genericaliasobject.c): what `list[int]` evaluates to. Holds the
// origin class, the argument tuple and the lazily computed tuple of type parameters.
// Layout (SwiftPy): PyObject header, then origin, args, parameters (nil until first asked), weaklist.
import CPython

private let originOff = MemoryLayout<PyObject>.size
private let argsOff = originOff + MemoryLayout<PyObjectRef?>.stride
private let paramsOff = argsOff + MemoryLayout<PyObjectRef?>.stride
private let weaklistOff = paramsOff + MemoryLayout<PyObjectRef?>.stride
private let aliasSize = weaklistOff + MemoryLayout<PyObjectRef?>.stride

@inline(__always) private func slot(_ o: PyObjectRef, _ off: Int) -> UnsafeMutablePointer<PyObjectRef?> {
    (UnsafeMutableRawPointer(o) + off).assumingMemoryBound(to: PyObjectRef?.self)
}
@inline(__always) private func origin(_ o: PyObjectRef) -> PyObjectRef { slot(o, originOff).pointee! }
@inline(__always) private func args(_ o: PyObjectRef) -> PyObjectRef { slot(o, argsOff).pointee! }

nonisolated(unsafe) var genericAliasType: PyTypeRef! = nil

private func isGenericAlias(_ o: PyObjectRef) -> Bool { PyObject_TypeCheck(o, genericAliasType) != 0 }

/// Py_GenericAlias: a new alias `origin[args]`; a non-tuple `args` becomes a 1-tuple.
func makeGenericAlias(_ type: PyTypeRef, _ originObj: PyObjectRef, _ argsObj: PyObjectRef) -> PyObjectRef? {
    let tuple: PyObjectRef
    if PyTuple_Check(argsObj) != 0 { Py_INCREF(argsObj); tuple = argsObj } else {
        guard let t = vmTuple([argsObj]) else { return nil }
        tuple = t
    }
    guard let o = PyType_GenericAlloc(type, 0) else { Py_DECREF(tuple); return nil }
    Py_INCREF(originObj)
    slot(o, originOff).pointee = originObj
    slot(o, argsOff).pointee = tuple
    return o
}

/// `__class_getitem__` of list, dict, tuple, set, frozenset, ... (a class method).
var classGetItemMethod: MethodSpec { MethodSpec.oneArg("__class_getitem__", { cls, item in
    makeGenericAlias(genericAliasType, cls!, item!)
}, doc: "See PEP 585", extraFlags: METH_CLASS) }

// MARK: repr

/// repr of one argument the way CPython's ga_repr_item writes it.
private func reprItem(_ p: PyObjectRef) -> String? {
    if p == pyEllipsis { return "..." }
    if isGenericAlias(p) { return vmRepr(p) }
    let (qualname, f1) = lookupAttr(p, pyIntern("__qualname__"))
    if f1 { return nil }
    let (module, f2) = lookupAttr(p, pyIntern("__module__"))
    if f2 { Py_XDECREF(qualname); return nil }
    defer { Py_XDECREF(qualname); Py_XDECREF(module) }
    let (hasOrigin, f3) = lookupAttr(p, pyIntern("__origin__"))
    if f3 { return nil }
    let (hasArgs, f4) = lookupAttr(p, pyIntern("__args__"))
    Py_XDECREF(hasOrigin); Py_XDECREF(hasArgs)
    if f4 { return nil }
    // Looks like a GenericAlias (typing's classes), or lacks a name: use repr().
    if (hasOrigin != nil && hasArgs != nil) || qualname == nil || module == nil { return vmRepr(p) }
    guard PyUnicode_Check(module!) != 0 else { return vmRepr(p) }
    let q = vmStr(qualname!) ?? ""
    if errorOccurred() { return nil }
    let m = swiftString(module!)
    return m == "builtins" ? q : m + "." + q
}

private let ga_repr: reprfunc = { o in
    let o = o!
    guard var s = reprItem(origin(o)) else { return nil }
    s += "["
    let a = args(o)
    let n = PyTuple_GET_SIZE(a)
    if n == 0 { s += "()" }
    for i in 0..<n {
        if i > 0 { s += ", " }
        let item = PyTuple_GET_ITEM(a, i)!
        if PyList_Check(item) != 0 {
            // a list of arguments, as in Callable[[int, str], str]
            s += "["
            for j in 0..<PyList_GET_SIZE(item) {
                if j > 0 { s += ", " }
                guard let r = reprItem(PyList_GET_ITEM(item, j)!) else { return nil }
                s += r
            }
            s += "]"
        } else {
            guard let r = reprItem(item) else { return nil }
            s += r
        }
    }
    s += "]"
    return pyStr(s)
}

// MARK: parameters and substitution

/// The type variables among `a` (CPython's _Py_make_parameters), deduplicated in order.
private func makeParameters(_ a: PyObjectRef) -> PyObjectRef? {
    guard let params = PyList_New(0) else { return nil }
    defer { Py_DECREF(params) }
    func add(_ t: PyObjectRef) -> Bool {
        let has = PySequence_Contains(params, t)
        if has < 0 { return false }
        return has == 1 || PyList_Append(params, t) == 0
    }
    for i in 0..<PyTuple_GET_SIZE(a) {
        let t = PyTuple_GET_ITEM(a, i)!
        if isTypeObject(t) { continue }
        let (subst, f1) = lookupAttr(t, pyIntern("__typing_subst__"))
        if f1 { return nil }
        if let subst { Py_DECREF(subst); if !add(t) { return nil }; continue }
        let (sub, f2) = lookupAttr(t, pyIntern("__parameters__"))
        if f2 { return nil }
        guard let sub else { continue }
        defer { Py_DECREF(sub) }
        if PyTuple_Check(sub) != 0 {
            for j in 0..<PyTuple_GET_SIZE(sub) where !add(PyTuple_GET_ITEM(sub, j)!) { return nil }
        }
    }
    return PyList_AsTuple(params)
}

/// Borrowed tuple of parameters, computed on first use.
private func parameters(_ o: PyObjectRef) -> PyObjectRef? {
    if let p = slot(o, paramsOff).pointee { return p }
    guard let p = makeParameters(args(o)) else { return nil }
    slot(o, paramsOff).pointee = p
    return p
}

/// self[item]: substitutes the type parameters (simple positional form of _Py_subs_parameters).
private let ga_getitem: binaryfunc = { o, item in
    let o = o!, item = item!
    guard let params = parameters(o) else { return nil }
    let np = PyTuple_GET_SIZE(params)
    if np == 0 {
        guard let r = vmRepr(o) else { return nil }
        setError(PyExc_TypeError, "\(r) is not a generic class")
        return nil
    }
    let items: PyObjectRef
    if PyTuple_Check(item) != 0 { Py_INCREF(item); items = item } else { items = vmTuple([item])! }
    defer { Py_DECREF(items) }
    let ni = PyTuple_GET_SIZE(items)
    if ni != np {
        guard let r = vmRepr(o) else { return nil }
        setError(PyExc_TypeError, "Too \(ni > np ? "many" : "few") arguments for \(r); actual \(ni), expected \(np)")
        return nil
    }
    let a = args(o)
    var out: [PyObjectRef] = []
    func fail() -> PyObjectRef? { for x in out { Py_DECREF(x) }; return nil }
    for i in 0..<PyTuple_GET_SIZE(a) {
        let arg = PyTuple_GET_ITEM(a, i)!
        var replaced: PyObjectRef? = nil
        for j in 0..<np where PyTuple_GET_ITEM(params, j)! == arg {
            replaced = PyTuple_GET_ITEM(items, j)!; Py_INCREF(replaced!); break
        }
        if replaced == nil && !isTypeObject(arg) {
            let (sub, failed) = lookupAttr(arg, pyIntern("__parameters__"))
            if failed { return fail() }
            if let sub {
                defer { Py_DECREF(sub) }
                if PyTuple_Check(sub) != 0 && PyTuple_GET_SIZE(sub) > 0 {
                    var subItems: [PyObjectRef] = []
                    for k in 0..<PyTuple_GET_SIZE(sub) {
                        let p = PyTuple_GET_ITEM(sub, k)!
                        var v = p
                        for j in 0..<np where PyTuple_GET_ITEM(params, j)! == p { v = PyTuple_GET_ITEM(items, j)! }
                        subItems.append(v)
                    }
                    guard let st = vmTuple(subItems) else { return fail() }
                    replaced = PyObject_GetItem(arg, st)
                    Py_DECREF(st)
                    if replaced == nil { return fail() }
                }
            }
        }
        if replaced == nil { Py_INCREF(arg); replaced = arg }
        out.append(replaced!)
    }
    guard let newArgs = vmTupleSteal(out) else { return nil }
    defer { Py_DECREF(newArgs) }
    return makeGenericAlias(o.pointee.ob_type, origin(o), newArgs)
}

// MARK: slots

private let ga_new: newfunc = { type, a, kw in
    if let kw, PyDict_Size(kw) > 0 { setError(PyExc_TypeError, "GenericAlias() takes no keyword arguments"); return nil }
    let n = PyTuple_GET_SIZE(a!)
    if n != 2 { setError(PyExc_TypeError, "GenericAlias expected 2 arguments, got \(n)"); return nil }
    return makeGenericAlias(type!, PyTuple_GET_ITEM(a!, 0)!, PyTuple_GET_ITEM(a!, 1)!)
}

private let ga_dealloc: destructor = { o in
    let o = o!
    PyObject_GC_UnTrack(UnsafeMutableRawPointer(o))
    if slot(o, weaklistOff).pointee != nil { PyObject_ClearWeakRefs(o) }
    Py_XDECREF(slot(o, originOff).pointee)
    Py_XDECREF(slot(o, argsOff).pointee)
    Py_XDECREF(slot(o, paramsOff).pointee)
    o.pointee.ob_type.pointee.tp_free!(UnsafeMutableRawPointer(o))
}

private let ga_traverse: traverseproc = { o, visit, arg in
    for off in [originOff, argsOff, paramsOff] {
        if let v = slot(o!, off).pointee { let r = visit!(v, arg); if r != 0 { return r } }
    }
    return 0
}

private let ga_hash: hashfunc = { o in
    let h0 = PyObject_Hash(origin(o!))
    if h0 == -1 { return -1 }
    let h1 = PyObject_Hash(args(o!))
    if h1 == -1 { return -1 }
    return h0 ^ h1
}

private let ga_richcompare: richcmpfunc = { a, b, op in
    let a = a!, b = b!
    guard isGenericAlias(b), op == Py_EQ || op == Py_NE else { Py_INCREF(pyNotImplemented); return pyNotImplemented }
    let eq = PyObject_RichCompareBool(origin(a), origin(b), Py_EQ)
    if eq < 0 { return nil }
    if eq == 0 { return pyBool(op == Py_NE) }
    return PyObject_RichCompare(args(a), args(b), op)
}

private let ga_call: ternaryfunc = { o, a, kw in
    guard let r = PyObject_Call(origin(o!), a, kw) else { return nil }
    if PyObject_SetAttrString(r, "__orig_class__", o!) < 0 {
        if PyErr_ExceptionMatches(PyExc_AttributeError) == 0 && PyErr_ExceptionMatches(PyExc_TypeError) == 0 {
            Py_DECREF(r); return nil
        }
        PyErr_Clear()
    }
    return r
}

/// Names looked up on the alias itself; every other attribute comes from the origin.
private let ownAttributes: Set<String> = [
    "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__", "__typing_unpacked_tuple_args__",
    "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__",
]

private let ga_getattro: getattrofunc = { o, name in
    if PyUnicode_Check(name!) != 0, !ownAttributes.contains(swiftString(name!)) {
        return PyObject_GetAttr(origin(o!), name)
    }
    return PyObject_GenericGetAttr(o, name)
}

private let ga_mro_entries: OneArgFn = { o, _ in vmTuple([origin(o!)]) }
private let ga_instancecheck: OneArgFn = { _, _ in
    setError(PyExc_TypeError, "isinstance() argument 2 cannot be a parameterized generic"); return nil
}
private let ga_subclasscheck: OneArgFn = { _, _ in
    setError(PyExc_TypeError, "issubclass() argument 2 cannot be a parameterized generic"); return nil
}
private let ga_reduce: NoArgsFn = { o, _ in
    guard let inner = vmTuple([origin(o!), args(o!)]) else { return nil }
    return vmTupleSteal([{ let t = o!.pointee.ob_type.asObject; Py_INCREF(t); return t }(), inner])
}
private let ga_dir: NoArgsFn = { o, _ in
    guard let d = PyObject_Dir(origin(o!)) else { return nil }
    for n in ownAttributes.sorted() {
        guard let s = pyStr(n) else { Py_DECREF(d); return nil }
        let has = PySequence_Contains(d, s)
        if has == 0 { _ = PyList_Append(d, s) }
        Py_DECREF(s)
    }
    return d
}
private let ga_get_parameters: GetterFn = { o, _ in
    guard let p = parameters(o!) else { return nil }
    Py_INCREF(p); return p
}
private let ga_get_unpacked: GetterFn = { _, _ in pyBool(false) }

/// Creates the type (start-up, before PyType_Ready runs over the static types).
func registerGenericAliasType() {
    let t = calloc(1, MemoryLayout<PyTypeObject>.size)!.assumingMemoryBound(to: PyTypeObject.self)
    t.pointee.ob_base.ob_base.ob_refcnt = 1 << 30
    t.pointee.ob_base.ob_base.ob_type = SPyType_Type()
    t.pointee.tp_name = immortalCString("types.GenericAlias")
    t.pointee.tp_doc = immortalCString("Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).")
    t.pointee.tp_basicsize = aliasSize
    t.pointee.tp_flags = Py_TPFLAGS_DEFAULT | UInt(Py_TPFLAGS_HAVE_GC) | UInt(Py_TPFLAGS_BASETYPE)
    t.pointee.tp_dealloc = ga_dealloc
    t.pointee.tp_traverse = ga_traverse
    t.pointee.tp_free = PyObject_GC_Del
    t.pointee.tp_alloc = PyType_GenericAlloc
    t.pointee.tp_new = ga_new
    t.pointee.tp_repr = ga_repr
    t.pointee.tp_hash = ga_hash
    t.pointee.tp_call = ga_call
    t.pointee.tp_getattro = ga_getattro
    t.pointee.tp_richcompare = ga_richcompare
    t.pointee.tp_weaklistoffset = weaklistOff
    let mp = UnsafeMutablePointer<PyMappingMethods>.allocate(capacity: 1)
    mp.initialize(to: PyMappingMethods(mp_length: nil, mp_subscript: ga_getitem, mp_ass_subscript: nil))
    t.pointee.tp_as_mapping = mp
    t.pointee.tp_methods = makeMethodTable([
        .oneArg("__mro_entries__", ga_mro_entries), .oneArg("__instancecheck__", ga_instancecheck),
        .oneArg("__subclasscheck__", ga_subclasscheck), .noArgs("__reduce__", ga_reduce), .noArgs("__dir__", ga_dir),
    ])
    t.pointee.tp_members = makeMemberTable([
        MemberSpec("__origin__", type: T_OBJECT, offset: originOff), MemberSpec("__args__", type: T_OBJECT, offset: argsOff),
    ])
    t.pointee.tp_getset = makeGetSetTable([
        GetSetSpec("__parameters__", get: ga_get_parameters), GetSetSpec("__unpacked__", get: ga_get_unpacked),
    ])
    genericAliasType = t
    extraStaticTypes.append(t)
}
