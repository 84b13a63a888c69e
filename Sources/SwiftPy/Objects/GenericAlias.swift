// types.GenericAlias: the result of list[int] (PEP 585). `origin` and `args` (always a tuple) are
// owned; `parameters` (the type variables found in args) is computed on first use.
import CPython

@inline(__always) private func gaObj(_ o: PyObjectRef) -> UnsafeMutablePointer<gaobject> { o.cast(to: gaobject.self) }
@inline(__always) func isGenericAlias(_ o: PyObjectRef) -> Bool { isSubtype(o.type, SPyType_GenericAlias()) }

/// A new alias of `type` (GenericAlias or a subclass); a non-tuple `args` is wrapped in a 1-tuple.
func makeGenericAlias(_ type: PyTypeRef, _ origin: PyObjectRef, _ args: PyObjectRef, starred: Bool = false) -> PyObjectRef? {
    let argsTuple: PyObjectRef
    if isTupleObject(args) {
        argsTuple = newRef(args)
    } else {
        guard let t = tupleNew(1) else { return nil }
        tupleItemsOf(t)[0] = newRef(args)
        argsTuple = t
    }
    guard let alloc = type.pointee.tp_alloc, let o = alloc(type, 0) else { Py_DECREF(argsTuple); return nil }
    let g = gaObj(o)
    g.pointee.origin = newRef(origin)
    g.pointee.args = argsTuple
    g.pointee.parameters = nil
    g.pointee.starred = starred ? 1 : 0
    return o
}

@c @implementation public func Py_GenericAlias(_ origin: PyObjectRef?, _ args: PyObjectRef?) -> PyObjectRef? {
    makeGenericAlias(SPyType_GenericAlias(), origin!, args!)
}

/// `__class_getitem__` of the built-in generic classes (list, dict, tuple, ...): cls[item] -> alias.
var classGetItemSpec: MethodSpec {
    .oneArg("__class_getitem__", { cls, item in Py_GenericAlias(cls, item) }, doc: "See PEP 585", extraFlags: METH_CLASS)
}

private func gaNew(_ type: PyTypeRef?, _ args: PyObjectRef?, _ kwds: PyObjectRef?) -> PyObjectRef? {
    if let k = kwds, PyDict_Size(k) > 0 {
        setError(PyExc_TypeError, "GenericAlias() takes no keyword arguments")
        return nil
    }
    let n = varSizeOf(args!)
    if n != 2 {
        setError(PyExc_TypeError, "GenericAlias expected 2 arguments, got \(n)")
        return nil
    }
    return makeGenericAlias(type!, tupleItem(args!, 0), tupleItem(args!, 1))
}

private func gaDealloc(_ o: PyObjectRef?) {
    let o = o!
    PyObject_GC_UnTrack(UnsafeMutableRawPointer(o))
    let g = gaObj(o)
    xdecref(g.pointee.origin)
    xdecref(g.pointee.args)
    xdecref(g.pointee.parameters)
    o.type.pointee.tp_free!(UnsafeMutableRawPointer(o))
}

private func gaTraverse(_ o: PyObjectRef?, _ visit: visitproc?, _ arg: UnsafeMutableRawPointer?) -> Int32 {
    let g = gaObj(o!)
    for f in [g.pointee.origin, g.pointee.args, g.pointee.parameters] {
        if let f = f { let r = visit!(f, arg); if r != 0 { return r } }
    }
    return 0
}

// MARK: - repr

/// How an argument of an alias or union is shown: `...`, an alias by its repr, a class by its
/// (module-qualified) qualname, anything else by repr. nil = exception set.
func typeArgRepr(_ p: PyObjectRef) -> String? {
    if p == pyEllipsis { return "..." }
    let (origin, failed) = lookupAttr(p, pyName(.__origin__))
    if failed { return nil }
    if let o = origin {
        Py_DECREF(o)
        let (args, failed2) = lookupAttr(p, internedName("__args__"))
        if failed2 { return nil }
        if let a = args { Py_DECREF(a); return vmRepr(p) }
    }
    let (qualname, f1) = lookupAttr(p, pyName(.__qualname__))
    if f1 { return nil }
    guard let q = qualname else { return vmRepr(p) }
    defer { Py_DECREF(q) }
    let (module, f2) = lookupAttr(p, pyName(.__module__))
    if f2 { return nil }
    guard let m = module, m != pyNone else { xdecref(module); return vmRepr(p) }
    defer { Py_DECREF(m) }
    guard let qs = vmStr(q) else { return nil }
    if isStrObject(m) && swiftString(m) == "builtins" { return qs }
    guard let ms = vmStr(m) else { return nil }
    return ms + "." + qs
}

private func gaRepr(_ o: PyObjectRef?) -> PyObjectRef? {
    let g = gaObj(o!)
    guard let origin = typeArgRepr(g.pointee.origin!) else { return nil }
    var s = (g.pointee.starred != 0 ? "*" : "") + origin + "["
    let args = g.pointee.args!
    let n = varSizeOf(args)
    if n == 0 { s += "()" }
    for i in 0..<n {
        if i > 0 { s += ", " }
        guard let r = typeArgRepr(tupleItem(args, i)) else { return nil }
        s += r
    }
    return pyStr(s + "]")
}

// MARK: - attributes

/// Names an alias answers itself; every other attribute comes from the origin.
private let gaOwnAttributes: Set<String> = [
    "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__", "__typing_unpacked_tuple_args__",
    "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__",
]

private func gaGetAttro(_ o: PyObjectRef?, _ name: PyObjectRef?) -> PyObjectRef? {
    if let n = name, isStrObject(n), !gaOwnAttributes.contains(swiftString(n)) {
        return PyObject_GetAttr(gaObj(o!).pointee.origin, n)
    }
    return PyObject_GenericGetAttr(o, name)
}

/// Type variables among `args` (objects with __typing_subst__, or those of nested aliases), in order,
/// without duplicates. New tuple.
func makeTypeParameters(_ args: PyObjectRef) -> PyObjectRef? {
    var params: [PyObjectRef] = []   // new references
    defer { for p in params { Py_DECREF(p) } }
    func add(_ p: PyObjectRef) { if !params.contains(p) { params.append(newRef(p)) } }
    for i in 0..<varSizeOf(args) {
        let t = tupleItem(args, i)
        if isTypeObject(t) { continue }   // not a bare class's __parameters__ descriptor
        let (subst, failed) = lookupAttr(t, pyName(.__typing_subst__))
        if failed { return nil }
        if let s = subst { Py_DECREF(s); add(t); continue }
        let (sub, failed2) = lookupAttr(t, pyName(.__parameters__))
        if failed2 { return nil }
        if let sp = sub {
            if isTupleObject(sp) { for j in 0..<varSizeOf(sp) { add(tupleItem(sp, j)) } }
            Py_DECREF(sp)
        }
    }
    guard let t = tupleNew(params.count) else { return nil }
    for (i, p) in params.enumerated() { tupleItemsOf(t)[i] = newRef(p) }
    return t
}

/// Borrowed __parameters__ of an alias (computed once).
private func gaParameters(_ o: PyObjectRef) -> PyObjectRef? {
    let g = gaObj(o)
    if g.pointee.parameters == nil { g.pointee.parameters = makeTypeParameters(g.pointee.args!) }
    return g.pointee.parameters
}

private func gaGetParameters(_ o: PyObjectRef?, _ c: UnsafeMutableRawPointer?) -> PyObjectRef? {
    gaParameters(o!).map(newRef)
}

private func gaGetUnpackedTupleArgs(_ o: PyObjectRef?, _ c: UnsafeMutableRawPointer?) -> PyObjectRef? {
    let g = gaObj(o!)
    if g.pointee.starred != 0 && g.pointee.origin == SPyType_Tuple().asObject { return newRef(g.pointee.args!) }
    return pyNoneRef()
}

// MARK: - substitution: alias[...]

/// CPython's _Py_subs_parameters without the typing-module hooks (TypeVarTuple unpacking).
func substituteTypeParameters(_ alias: PyObjectRef, _ args: PyObjectRef, _ params: PyObjectRef, _ item: PyObjectRef) -> PyObjectRef? {
    let nparams = varSizeOf(params)
    if nparams == 0 {
        guard let r = vmRepr(alias) else { return nil }
        setError(PyExc_TypeError, "\(r) is not a generic class")
        return nil
    }
    let items: [PyObjectRef] = isTupleObject(item) ? (0..<varSizeOf(item)).map { tupleItem(item, $0) } : [item]
    if items.count != nparams {
        guard let r = vmRepr(alias) else { return nil }
        setError(PyExc_TypeError, "Too \(items.count > nparams ? "many" : "few") arguments for \(r); actual \(items.count), expected \(nparams)")
        return nil
    }
    func paramIndex(_ p: PyObjectRef) -> Int? { (0..<nparams).first { tupleItem(params, $0) == p } }
    var out: [PyObjectRef] = []   // new references
    defer { for o in out { Py_DECREF(o) } }
    for i in 0..<varSizeOf(args) {
        let arg = tupleItem(args, i)
        if isTypeObject(arg) { out.append(newRef(arg)); continue }
        let (subst, failed) = lookupAttr(arg, pyName(.__typing_subst__))
        if failed { return nil }
        if let s = subst {
            defer { Py_DECREF(s) }
            guard let k = paramIndex(arg), let r = PyObject_CallOneArg(s, items[k]) else { return nil }
            out.append(r)
            continue
        }
        // A nested generic: substitute its own parameters (obj[sub-args]).
        let (sub, failed2) = lookupAttr(arg, pyName(.__parameters__))
        if failed2 { return nil }
        guard let sp = sub, isTupleObject(sp), varSizeOf(sp) > 0 else { xdecref(sub); out.append(newRef(arg)); continue }
        defer { Py_DECREF(sp) }
        guard let subargs = tupleNew(varSizeOf(sp)) else { return nil }
        for j in 0..<varSizeOf(sp) {
            let p = tupleItem(sp, j)
            tupleItemsOf(subargs)[j] = newRef(paramIndex(p).map { items[$0] } ?? p)
        }
        let r = PyObject_GetItem(arg, subargs)
        Py_DECREF(subargs)
        guard let r else { return nil }
        out.append(r)
    }
    guard let t = tupleNew(out.count) else { return nil }
    for (i, o) in out.enumerated() { tupleItemsOf(t)[i] = newRef(o) }
    return t
}

private func gaGetItem(_ o: PyObjectRef?, _ item: PyObjectRef?) -> PyObjectRef? {
    let o = o!, g = gaObj(o)
    guard let params = gaParameters(o),
          let newArgs = substituteTypeParameters(o, g.pointee.args!, params, item!) else { return nil }
    defer { Py_DECREF(newArgs) }
    return makeGenericAlias(SPyType_GenericAlias(), g.pointee.origin!, newArgs, starred: g.pointee.starred != 0)
}

// MARK: - comparison, hash, call

private func gaRichCompare(_ a: PyObjectRef?, _ b: PyObjectRef?, _ op: Int32) -> PyObjectRef? {
    let a = a!, b = b!
    guard isGenericAlias(b), op == Py_EQ || op == Py_NE else { return newRef(pyNotImplemented) }
    let ga = gaObj(a), gb = gaObj(b)
    var eq: Int32 = 0
    if ga.pointee.starred == gb.pointee.starred {
        eq = PyObject_RichCompareBool(ga.pointee.origin, gb.pointee.origin, Py_EQ)
        if eq < 0 { return nil }
        if eq != 0 {
            eq = PyObject_RichCompareBool(ga.pointee.args, gb.pointee.args, Py_EQ)
            if eq < 0 { return nil }
        }
    }
    return pyBool((eq != 0) == (op == Py_EQ))
}

private func gaHash(_ o: PyObjectRef?) -> Int {
    let g = gaObj(o!)
    let h0 = PyObject_Hash(g.pointee.origin)
    if h0 == -1 { return -1 }
    let h1 = PyObject_Hash(g.pointee.args)
    if h1 == -1 { return -1 }
    return h0 ^ h1
}

/// Calls the origin and records the alias as `__orig_class__` on the result where it can.
private func gaCall(_ o: PyObjectRef?, _ args: PyObjectRef?, _ kwds: PyObjectRef?) -> PyObjectRef? {
    guard let obj = PyObject_Call(gaObj(o!).pointee.origin, args, kwds) else { return nil }
    if PyObject_SetAttr(obj, internedName("__orig_class__"), o) < 0 {
        if !errorMatches(PyExc_AttributeError) && !errorMatches(PyExc_TypeError) { Py_DECREF(obj); return nil }
        PyErr_Clear()
    }
    return obj
}

// MARK: - methods

private func gaMroEntries(_ o: PyObjectRef?, _ bases: PyObjectRef?) -> PyObjectRef? {
    guard let t = tupleNew(1) else { return nil }
    tupleItemsOf(t)[0] = newRef(gaObj(o!).pointee.origin!)
    return t
}

private func gaInstanceCheck(_ o: PyObjectRef?, _ x: PyObjectRef?) -> PyObjectRef? {
    setError(PyExc_TypeError, "isinstance() argument 2 cannot be a parameterized generic")
    return nil
}

private func gaSubclassCheck(_ o: PyObjectRef?, _ x: PyObjectRef?) -> PyObjectRef? {
    setError(PyExc_TypeError, "issubclass() argument 2 cannot be a parameterized generic")
    return nil
}

private func gaReduce(_ o: PyObjectRef?, _ u: PyObjectRef?) -> PyObjectRef? {
    let g = gaObj(o!)
    guard let inner = vmTuple([g.pointee.origin!, g.pointee.args!]) else { return nil }
    let cls = o!.type.asObject
    Py_INCREF(cls)
    return tuplePair(stealing: cls, inner)
}

/// dir(alias): the origin's names plus the alias's own.
private func gaDir(_ o: PyObjectRef?, _ u: PyObjectRef?) -> PyObjectRef? {
    guard let d = PyObject_Dir(gaObj(o!).pointee.origin) else { return nil }
    for name in gaOwnAttributes.sorted() {
        let n = internedName(name)
        let r = PySequence_Contains(d, n)
        if r < 0 { Py_DECREF(d); return nil }
        if r == 0 && PyList_Append(d, n) < 0 { Py_DECREF(d); return nil }
    }
    return d
}

func initGenericAliasType() {
    let t = SPyType_GenericAlias()
    t.pointee.tp_name = immortalCString("types.GenericAlias")
    t.pointee.tp_doc = immortalCString("Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).")
    t.pointee.tp_basicsize = MemoryLayout<gaobject>.size
    t.pointee.tp_dealloc = gaDealloc
    t.pointee.tp_repr = gaRepr
    let nb = makeNumberMethods()
    nb.pointee.nb_or = unionTypeOr
    t.pointee.tp_as_number = nb
    let mp = UnsafeMutablePointer<PyMappingMethods>.allocate(capacity: 1)
    mp.initialize(to: PyMappingMethods())
    mp.pointee.mp_subscript = gaGetItem
    t.pointee.tp_as_mapping = mp
    t.pointee.tp_hash = gaHash
    t.pointee.tp_call = gaCall
    t.pointee.tp_getattro = gaGetAttro
    t.pointee.tp_flags = tpFlagsDefault | UInt(Py_TPFLAGS_HAVE_GC) | UInt(Py_TPFLAGS_BASETYPE)
    t.pointee.tp_traverse = gaTraverse
    t.pointee.tp_richcompare = gaRichCompare
    t.pointee.tp_alloc = PyType_GenericAlloc
    t.pointee.tp_new = gaNew
    t.pointee.tp_free = PyObject_GC_Del
    t.pointee.tp_methods = makeMethodTable([
        .oneArg("__mro_entries__", gaMroEntries),
        .oneArg("__instancecheck__", gaInstanceCheck),
        .oneArg("__subclasscheck__", gaSubclassCheck),
        .noArgs("__reduce__", gaReduce),
        .noArgs("__dir__", gaDir),
    ])
    let L = MemoryLayout<gaobject>.self
    t.pointee.tp_members = makeMemberTable([
        MemberSpec("__origin__", type: T_OBJECT, offset: L.offset(of: \gaobject.origin)!),
        MemberSpec("__args__", type: T_OBJECT, offset: L.offset(of: \gaobject.args)!),
        MemberSpec("__unpacked__", type: T_BOOL, offset: L.offset(of: \gaobject.starred)!),
    ])
    t.pointee.tp_getset = makeGetSetTable([
        GetSetSpec("__parameters__", get: gaGetParameters),
        GetSetSpec("__typing_unpacked_tuple_args__", get: gaGetUnpackedTupleArgs),
    ])
}
