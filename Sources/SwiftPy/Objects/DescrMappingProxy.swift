// mappingproxy: a read-only view of a mapping (type.__dict__). `mapping` is owned.
import CPython

@inline(__always) func proxyMapping(_ o: PyObjectRef) -> PyObjectRef { o.cast(to: mappingproxyobject.self).pointee.mapping! }

func checkProxyMapping(_ m: PyObjectRef) -> Bool {
    if PyMapping_Check(m) == 0 || m.type.pointee.tp_flags & UInt(Py_TPFLAGS_LIST_SUBCLASS) != 0 || isTupleObject(m) {
        setError(PyExc_TypeError, "mappingproxy() argument must be a mapping, not \(typeName(of: m))")
        return false
    }
    return true
}

@c @implementation public func PyDictProxy_New(_ mapping: PyObjectRef?) -> PyObjectRef? {
    guard let m = mapping, checkProxyMapping(m) else { return nil }
    guard let p = _PyObject_GC_New(SPyType_DictProxy()) else { return nil }
    p.cast(to: mappingproxyobject.self).pointee.mapping = newRef(m)
    PyObject_GC_Track(UnsafeMutableRawPointer(p))
    return p
}

func proxyNew(_ type: PyTypeRef?, _ args: PyObjectRef?, _ kwds: PyObjectRef?) -> PyObjectRef? {
    var mapping: PyObjectRef? = nil
    let n = args.map { varSizeOf($0) } ?? 0
    if n > 1 { setError(PyExc_TypeError, "mappingproxy() takes at most 1 argument (\(n) given)"); return nil }
    if n == 1 { mapping = tupleItem(args!, 0) }
    if let k = kwds, PyDict_Size(k) > 0 {
        guard let m = PyDict_GetItemString(k, "mapping"), mapping == nil, PyDict_Size(k) == 1 else {
            setError(PyExc_TypeError, "mappingproxy() got an unexpected keyword argument")
            return nil
        }
        mapping = m
    }
    guard let m = mapping else {
        setError(PyExc_TypeError, "mappingproxy() missing required argument 'mapping' (pos 1)")
        return nil
    }
    return PyDictProxy_New(m)
}

func proxyLength(_ p: PyObjectRef?) -> Int { PyObject_Size(proxyMapping(p!)) }
func proxyGetItem(_ p: PyObjectRef?, _ key: PyObjectRef?) -> PyObjectRef? { PyObject_GetItem(proxyMapping(p!), key) }
func proxyContains(_ p: PyObjectRef?, _ key: PyObjectRef?) -> Int32 {
    let m = proxyMapping(p!)
    if m.pointee.ob_type == SPyType_Dict() { return PyDict_Contains(m, key) }
    return PySequence_Contains(m, key)
}
func proxyIter(_ p: PyObjectRef?) -> PyObjectRef? { PyObject_GetIter(proxyMapping(p!)) }
func proxyStr(_ p: PyObjectRef?) -> PyObjectRef? { PyObject_Str(proxyMapping(p!)) }
func proxyRepr(_ p: PyObjectRef?) -> PyObjectRef? {
    guard let r = PyObject_Repr(proxyMapping(p!)) else { return nil }
    defer { Py_DECREF(r) }
    return pyStr("mappingproxy(\(swiftString(r)))")
}
func proxyRichcompare(_ p: PyObjectRef?, _ w: PyObjectRef?, _ op: Int32) -> PyObjectRef? { PyObject_RichCompare(proxyMapping(p!), w, op) }
func proxyOr(_ a: PyObjectRef?, _ b: PyObjectRef?) -> PyObjectRef? {
    var a = a!, b = b!
    if a.pointee.ob_type == SPyType_DictProxy() { a = proxyMapping(a) }
    if b.pointee.ob_type == SPyType_DictProxy() { b = proxyMapping(b) }
    return PyNumber_Or(a, b)
}
func proxyInplaceOr(_ a: PyObjectRef?, _ b: PyObjectRef?) -> PyObjectRef? {
    setError(PyExc_TypeError, "'|=' is not supported by mappingproxy; use '|' instead")
    return nil
}

func proxyCallMethod(_ p: PyObjectRef, _ name: StaticName) -> PyObjectRef? { PyObject_CallMethodNoArgs(proxyMapping(p), pyName(name)) }
func proxyKeys(_ p: PyObjectRef?, _ u: PyObjectRef?) -> PyObjectRef? { proxyCallMethod(p!, .keys) }
func proxyValues(_ p: PyObjectRef?, _ u: PyObjectRef?) -> PyObjectRef? { proxyCallMethod(p!, .values) }
func proxyItems(_ p: PyObjectRef?, _ u: PyObjectRef?) -> PyObjectRef? { proxyCallMethod(p!, .items) }
func proxyCopy(_ p: PyObjectRef?, _ u: PyObjectRef?) -> PyObjectRef? { proxyCallMethod(p!, .copy) }
func proxyReversed(_ p: PyObjectRef?, _ u: PyObjectRef?) -> PyObjectRef? { PyObject_CallOneArg(SPyType_Reversed().asObject, proxyMapping(p!)) }
func proxyGet(_ p: PyObjectRef?, _ args: UnsafePointer<PyObjectRef?>?, _ nargs: Int) -> PyObjectRef? {
    if nargs < 1 || nargs > 2 {
        setError(PyExc_TypeError, nargs < 1 ? "get expected at least 1 argument, got \(nargs)" : "get expected at most 2 arguments, got \(nargs)")
        return nil
    }
    var stack: (PyObjectRef?, PyObjectRef?, PyObjectRef?) = (proxyMapping(p!), args![0], nargs == 2 ? args![1] : pyNone)
    return withUnsafePointer(to: &stack) {
        PyObject_VectorcallMethod(pyName(.get), UnsafeRawPointer($0).assumingMemoryBound(to: PyObjectRef?.self), 3, nil)
    }
}

func proxyDealloc(_ p: PyObjectRef?) {
    let p = p!
    PyObject_GC_UnTrack(UnsafeMutableRawPointer(p))
    xdecref(p.cast(to: mappingproxyobject.self).pointee.mapping)
    PyObject_GC_Del(UnsafeMutableRawPointer(p))
}
func proxyTraverse(_ p: PyObjectRef?, _ visit: visitproc?, _ arg: UnsafeMutableRawPointer?) -> Int32 {
    if let m = p!.cast(to: mappingproxyobject.self).pointee.mapping { return visit!(m, arg) }
    return 0
}

func initMappingProxyType() {
    let t = SPyType_DictProxy()
    t.pointee.tp_name = immortalCString("mappingproxy")
    t.pointee.tp_basicsize = MemoryLayout<mappingproxyobject>.size
    t.pointee.tp_dealloc = proxyDealloc
    t.pointee.tp_repr = proxyRepr
    let nb = makeNumberMethods()
    nb.pointee.nb_or = proxyOr
    nb.pointee.nb_inplace_or = proxyInplaceOr
    t.pointee.tp_as_number = nb
    let sq = UnsafeMutablePointer<PySequenceMethods>.allocate(capacity: 1)
    sq.initialize(to: PySequenceMethods())
    sq.pointee.sq_contains = proxyContains
    t.pointee.tp_as_sequence = sq
    let mp = UnsafeMutablePointer<PyMappingMethods>.allocate(capacity: 1)
    mp.initialize(to: PyMappingMethods())
    mp.pointee.mp_length = proxyLength
    mp.pointee.mp_subscript = proxyGetItem
    t.pointee.tp_as_mapping = mp
    t.pointee.tp_str = proxyStr
    t.pointee.tp_getattro = PyObject_GenericGetAttr
    t.pointee.tp_flags = tpFlagsDefault | UInt(Py_TPFLAGS_HAVE_GC) | UInt(Py_TPFLAGS_MAPPING)
    t.pointee.tp_traverse = proxyTraverse
    t.pointee.tp_richcompare = proxyRichcompare
    t.pointee.tp_iter = proxyIter
    t.pointee.tp_new = proxyNew
    t.pointee.tp_methods = makeMethodTable([
        .fast("get", proxyGet, doc: "D.get(k[,d]) -> D[k] if k in D, else d.  d defaults to None."),
        .noArgs("keys", proxyKeys, doc: "D.keys() -> a set-like object providing a view on D's keys"),
        .noArgs("values", proxyValues, doc: "D.values() -> an object providing a view on D's values"),
        .noArgs("items", proxyItems, doc: "D.items() -> a set-like object providing a view on D's items"),
        .noArgs("copy", proxyCopy, doc: "D.copy() -> a shallow copy of D"),
        .noArgs("__reversed__", proxyReversed, doc: "D.__reversed__() -> reverse iterator"),
        classGetItemSpec,
    ])
}
