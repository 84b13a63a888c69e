// types.UnionType: the result of int | str (PEP 604). `args` is owned, flattened (no nested unions,
// None stored as NoneType) and without duplicates; `parameters` is computed on first use.
import CPython

@inline(__always) private func unionObj(_ o: PyObjectRef) -> UnsafeMutablePointer<unionobject> { o.cast(to: unionobject.self) }
/// Borrowed __args__ tuple of a union.
@inline(__always) func unionArgs(_ o: PyObjectRef) -> PyObjectRef { unionObj(o).pointee.args! }

/// Operands `|` accepts to build a union: None, classes, aliases and unions.
private func isUnionable(_ o: PyObjectRef) -> Bool {
    o == pyNone || isTypeObject(o) || isGenericAlias(o) || o.pointee.ob_type == SPyType_Union()
}

/// The union of `items` (borrowed): flattened, None as NoneType, duplicates dropped (aliases by ==,
/// others by identity). A single remaining member is returned itself. New reference.
private func makeUnion(_ items: [PyObjectRef]) -> PyObjectRef? {
    var flat: [PyObjectRef] = []
    for a in items {
        if a.pointee.ob_type == SPyType_Union() {
            let args = unionArgs(a)
            for i in 0..<varSizeOf(args) { flat.append(tupleItem(args, i)) }
        } else {
            flat.append(a == pyNone ? SPyType_None().asObject : a)
        }
    }
    var kept: [PyObjectRef] = []
    for a in flat {
        var duplicate = false
        for k in kept {
            if isGenericAlias(a) && isGenericAlias(k) {
                let r = PyObject_RichCompareBool(a, k, Py_EQ)
                if r < 0 { return nil }
                duplicate = r != 0
            } else {
                duplicate = a == k
            }
            if duplicate { break }
        }
        if !duplicate { kept.append(a) }
    }
    if kept.count == 1 { return newRef(kept[0]) }
    guard let args = tupleNew(kept.count) else { return nil }
    for (i, a) in kept.enumerated() { tupleItemsOf(args)[i] = newRef(a) }
    guard let o = _PyObject_GC_New(SPyType_Union()) else { Py_DECREF(args); return nil }
    unionObj(o).pointee.args = args
    unionObj(o).pointee.parameters = nil
    PyObject_GC_Track(UnsafeMutableRawPointer(o))
    return o
}

/// nb_or of type, GenericAlias and UnionType: `a | b` when both are unionable.
func unionTypeOr(_ a: PyObjectRef?, _ b: PyObjectRef?) -> PyObjectRef? {
    let a = a!, b = b!
    guard isUnionable(a), isUnionable(b) else { return newRef(pyNotImplemented) }
    return makeUnion([a, b])
}

private func unionDealloc(_ o: PyObjectRef?) {
    let o = o!
    PyObject_GC_UnTrack(UnsafeMutableRawPointer(o))
    xdecref(unionObj(o).pointee.args)
    xdecref(unionObj(o).pointee.parameters)
    PyObject_GC_Del(UnsafeMutableRawPointer(o))
}

private func unionTraverse(_ o: PyObjectRef?, _ visit: visitproc?, _ arg: UnsafeMutableRawPointer?) -> Int32 {
    let u = unionObj(o!)
    if let a = u.pointee.args { let r = visit!(a, arg); if r != 0 { return r } }
    if let p = u.pointee.parameters { return visit!(p, arg) }
    return 0
}

private func unionRepr(_ o: PyObjectRef?) -> PyObjectRef? {
    let args = unionArgs(o!)
    var parts: [String] = []
    for i in 0..<varSizeOf(args) {
        let a = tupleItem(args, i)
        if a == SPyType_None().asObject { parts.append("None"); continue }
        guard let r = typeArgRepr(a) else { return nil }
        parts.append(r)
    }
    return pyStr(parts.joined(separator: " | "))
}

private func unionHash(_ o: PyObjectRef?) -> Int {
    guard let s = PyFrozenSet_New(unionArgs(o!)) else { return -1 }
    defer { Py_DECREF(s) }
    return PyObject_Hash(s)
}

/// Unions are equal when they hold the same members in any order.
private func unionRichCompare(_ a: PyObjectRef?, _ b: PyObjectRef?, _ op: Int32) -> PyObjectRef? {
    let a = a!, b = b!
    guard b.pointee.ob_type == SPyType_Union(), op == Py_EQ || op == Py_NE else { return newRef(pyNotImplemented) }
    guard let sa = PyFrozenSet_New(unionArgs(a)) else { return nil }
    defer { Py_DECREF(sa) }
    guard let sb = PyFrozenSet_New(unionArgs(b)) else { return nil }
    defer { Py_DECREF(sb) }
    return PyObject_RichCompare(sa, sb, op)
}

/// __module__ comes from the type (static types keep it out of their dict).
private func unionGetAttro(_ o: PyObjectRef?, _ name: PyObjectRef?) -> PyObjectRef? {
    if let n = name, isStrObject(n), swiftString(n) == "__module__" { return PyObject_GetAttr(o!.type.asObject, n) }
    return PyObject_GenericGetAttr(o, name)
}

private func unionParameters(_ o: PyObjectRef) -> PyObjectRef? {
    let u = unionObj(o)
    if u.pointee.parameters == nil { u.pointee.parameters = makeTypeParameters(u.pointee.args!) }
    return u.pointee.parameters
}

private func unionGetParameters(_ o: PyObjectRef?, _ c: UnsafeMutableRawPointer?) -> PyObjectRef? {
    unionParameters(o!).map(newRef)
}

/// (int | T)[str]: substitutes the type variables, then ors the results together.
private func unionGetItem(_ o: PyObjectRef?, _ item: PyObjectRef?) -> PyObjectRef? {
    let o = o!
    guard let params = unionParameters(o),
          let newArgs = substituteTypeParameters(o, unionArgs(o), params, item!) else { return nil }
    defer { Py_DECREF(newArgs) }
    let n = varSizeOf(newArgs)
    if n == 0 { return makeUnion([]) }
    var res = newRef(tupleItem(newArgs, 0))
    for i in 1..<n {
        guard let r = PyNumber_Or(res, tupleItem(newArgs, i)) else { Py_DECREF(res); return nil }
        Py_DECREF(res)
        res = r
    }
    return res
}

func initUnionType() {
    let t = SPyType_Union()
    t.pointee.tp_name = immortalCString("types.UnionType")
    t.pointee.tp_doc = immortalCString("Represent a PEP 604 union type\n\nE.g. for int | str")
    t.pointee.tp_basicsize = MemoryLayout<unionobject>.size
    t.pointee.tp_dealloc = unionDealloc
    t.pointee.tp_repr = unionRepr
    let nb = makeNumberMethods()
    nb.pointee.nb_or = unionTypeOr
    t.pointee.tp_as_number = nb
    let mp = UnsafeMutablePointer<PyMappingMethods>.allocate(capacity: 1)
    mp.initialize(to: PyMappingMethods())
    mp.pointee.mp_subscript = unionGetItem
    t.pointee.tp_as_mapping = mp
    t.pointee.tp_hash = unionHash
    t.pointee.tp_getattro = unionGetAttro
    t.pointee.tp_flags = tpFlagsDefault | UInt(Py_TPFLAGS_HAVE_GC)
    t.pointee.tp_traverse = unionTraverse
    t.pointee.tp_richcompare = unionRichCompare
    t.pointee.tp_free = PyObject_GC_Del
    t.pointee.tp_members = makeMemberTable([
        MemberSpec("__args__", type: T_OBJECT, offset: MemoryLayout<unionobject>.offset(of: \unionobject.args)!),
    ])
    t.pointee.tp_getset = makeGetSetTable([GetSetSpec("__parameters__", get: unionGetParameters)])
}
