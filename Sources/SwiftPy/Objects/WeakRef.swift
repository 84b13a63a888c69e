// Weak references (CPython's weakrefobject.c): weakref.ref, proxies, and PyObject_ClearWeakRefs,
// which the deallocator of every weak-referenceable object and the cycle collector call.
// Invariant: a live referent's weaklist slot heads the list of all its PyWeakReference objects;
// a weakref's wr_object is borrowed and becomes Py_None when the referent dies.
import CPython

@inline(__always) private func wr(_ o: PyObjectRef) -> UnsafeMutablePointer<PyWeakReference> { o.cast(to: PyWeakReference.self) }
@inline(__always) private func isProxyType(_ t: PyTypeRef) -> Bool { t == SPyType_Weakref_Proxy() || t == SPyType_Weakref_CallableProxy() }

/// Address of `obj`'s weaklist slot, or nil if its type does not support weak references.
@inline(__always) func weaklistSlot(_ obj: PyObjectRef) -> UnsafeMutablePointer<UnsafeMutablePointer<PyWeakReference>?>? {
    let off = obj.pointee.ob_type.pointee.tp_weaklistoffset
    if off <= 0 { return nil }
    return (UnsafeMutableRawPointer(obj) + off).assumingMemoryBound(to: UnsafeMutablePointer<PyWeakReference>?.self)
}

private func unlink(_ r: UnsafeMutablePointer<PyWeakReference>) {
    guard let obj = r.pointee.wr_object, obj != pyNone, let slot = weaklistSlot(obj) else { return }
    if slot.pointee == r { slot.pointee = r.pointee.wr_next }
    r.pointee.wr_prev?.pointee.wr_next = r.pointee.wr_next
    r.pointee.wr_next?.pointee.wr_prev = r.pointee.wr_prev
    r.pointee.wr_prev = nil; r.pointee.wr_next = nil
    r.pointee.wr_object = pyNone
}

/// Makes a new weakref of `type` to `obj`; reuses an existing callback-less basic ref.
private func newWeakref(_ type: PyTypeRef, _ obj: PyObjectRef, _ callback: PyObjectRef?) -> PyObjectRef? {
    guard let slot = weaklistSlot(obj) else {
        setError(PyExc_TypeError, "cannot create weak reference to '\(typeName(obj))' object"); return nil
    }
    let cb = callback == pyNone ? nil : callback
    if cb == nil && (type == SPyType_Weakref_Ref() || isProxyType(type)) {
        var p = slot.pointee
        while let r = p {
            if r.pointee.wr_callback == nil && r.pointee.ob_base.ob_type == type { Py_INCREF(r.asPyObject); return r.asPyObject }
            p = r.pointee.wr_next
        }
    }
    guard let o = PyType_GenericAlloc(type, 0) else { return nil }
    let r = wr(o)
    r.pointee.wr_object = obj
    r.pointee.wr_callback = cb
    Py_XINCREF(cb)
    r.pointee.hash = -1
    r.pointee.vectorcall = nil
    r.pointee.wr_next = slot.pointee
    r.pointee.wr_prev = nil
    slot.pointee?.pointee.wr_prev = r
    slot.pointee = r
    return o
}

/// Clears every weak reference to `obj` and calls their callbacks (obj is being destroyed).
@c @implementation public func PyObject_ClearWeakRefs(_ obj: PyObjectRef?) {
    guard let obj, let slot = weaklistSlot(obj), slot.pointee != nil else { return }
    var callbacks: [(PyObjectRef, PyObjectRef)] = []
    while let r = slot.pointee {
        let ro = r.asPyObject
        unlink(r)
        if let cb = r.pointee.wr_callback, Py_REFCNT(ro) > 0 {
            r.pointee.wr_callback = nil
            Py_INCREF(ro)
            callbacks.append((ro, cb))   // cb: the reference the weakref owned
        }
    }
    if callbacks.isEmpty { return }
    let saved = PyErr_GetRaisedException()
    for (ro, cb) in callbacks {
        if let res = PyObject_CallOneArg(cb, ro) { Py_DECREF(res) } else { PyErr_WriteUnraisable(cb) }
        Py_DECREF(cb); Py_DECREF(ro)
    }
    PyErr_SetRaisedException(saved)
}

@c @implementation public func PyWeakref_NewRef(_ ob: PyObjectRef?, _ callback: PyObjectRef?) -> PyObjectRef? {
    newWeakref(SPyType_Weakref_Ref(), ob!, callback)
}
@c @implementation public func PyWeakref_NewProxy(_ ob: PyObjectRef?, _ callback: PyObjectRef?) -> PyObjectRef? {
    let t = PyCallable_Check(ob!) != 0 ? SPyType_Weakref_CallableProxy() : SPyType_Weakref_Proxy()
    return newWeakref(t, ob!, callback)
}
/// Borrowed referent, or None if dead.
@c @implementation public func PyWeakref_GetObject(_ ref: PyObjectRef?) -> PyObjectRef? {
    guard let ref, PyObject_TypeCheck(ref, SPyType_Weakref_Ref()) != 0 || isProxyType(ref.pointee.ob_type) else {
        _PyErr_BadInternalCall(nil, 0); return nil
    }
    return wr(ref).pointee.wr_object ?? pyNone
}

// ---- weakref.ref ----

private let ref_new: newfunc = { type, args, kwargs in
    guard let args, PyTuple_GET_SIZE(args) >= 1, PyTuple_GET_SIZE(args) <= 2 else {
        setError(PyExc_TypeError, "__new__ expected at least 1 argument, got 0"); return nil
    }
    return newWeakref(type!, PyTuple_GET_ITEM(args, 0)!, PyTuple_GET_SIZE(args) > 1 ? PyTuple_GET_ITEM(args, 1) : nil)
}
private let ref_init: initproc = { _, _, _ in 0 }
private let ref_call: ternaryfunc = { s, args, kw in
    if let args, PyTuple_GET_SIZE(args) > 0 { setError(PyExc_TypeError, "weakref() takes no arguments (\(PyTuple_GET_SIZE(args)) given)"); return nil }
    let o = wr(s!).pointee.wr_object ?? pyNone
    Py_INCREF(o); return o
}
private let ref_dealloc: destructor = { s in
    let s = s!
    PyObject_GC_UnTrack(UnsafeMutableRawPointer(s))
    unlink(wr(s))
    Py_XDECREF(wr(s).pointee.wr_callback)
    s.pointee.ob_type.pointee.tp_free!(UnsafeMutableRawPointer(s))
}
private let ref_traverse: traverseproc = { s, visit, a in
    if let cb = wr(s!).pointee.wr_callback { let r = visit!(cb, a); if r != 0 { return r } }
    return 0
}
private let ref_clear: inquiry = { s in
    unlink(wr(s!))
    let cb = wr(s!).pointee.wr_callback
    wr(s!).pointee.wr_callback = nil
    Py_XDECREF(cb)
    return 0
}
private let ref_hash: hashfunc = { s in
    let r = wr(s!)
    if r.pointee.hash != -1 { return r.pointee.hash }
    guard let o = r.pointee.wr_object, o != pyNone else { setError(PyExc_TypeError, "weak object has gone away"); return -1 }
    Py_INCREF(o)
    let h = PyObject_Hash(o)
    Py_DECREF(o)
    r.pointee.hash = h
    return h
}
private let ref_repr: reprfunc = { s in
    let r = wr(s!)
    let addr = "0x" + String(UInt(bitPattern: s!), radix: 16)
    guard let o = r.pointee.wr_object, o != pyNone else { return pyStr("<weakref at \(addr); dead>") }
    let oaddr = "0x" + String(UInt(bitPattern: o), radix: 16)
    var name: PyObjectRef? = nil
    if _PyObject_LookupAttr(o, pyIntern("__name__"), &name) < 0 { PyErr_Clear() }
    defer { Py_XDECREF(name) }
    if let n = name, PyUnicode_Check(n) != 0 {
        return pyStr("<weakref at \(addr); to '\(typeName(o))' at \(oaddr) (\(swiftString(n)))>")
    }
    return pyStr("<weakref at \(addr); to '\(typeName(o))' at \(oaddr)>")
}
@inline(__always) func notImplementedRef() -> PyObjectRef { Py_INCREF(pyNotImplemented); return pyNotImplemented }
private let ref_richcompare: richcmpfunc = { a, b, op in
    guard op == Py_EQ || op == Py_NE, let b, PyObject_TypeCheck(b, SPyType_Weakref_Ref()) != 0 else { return notImplementedRef() }
    let oa = wr(a!).pointee.wr_object ?? pyNone, ob = wr(b).pointee.wr_object ?? pyNone
    if oa == pyNone || ob == pyNone {
        let same = a == b
        return pyBool(op == Py_EQ ? same : !same)
    }
    Py_INCREF(oa); Py_INCREF(ob)
    defer { Py_DECREF(oa); Py_DECREF(ob) }
    return PyObject_RichCompare(oa, ob, op)
}
private let ref_get_callback: GetterFn = { s, _ in
    let cb = wr(s!).pointee.wr_callback ?? pyNone
    Py_INCREF(cb); return cb
}

// ---- proxies: forward attribute access, str, calls, comparisons, len, items, iteration ----

/// New reference to the live referent, or nil with ReferenceError.
private func proxyTarget(_ p: PyObjectRef) -> PyObjectRef? {
    guard let o = wr(p).pointee.wr_object, o != pyNone else {
        setError(PyExc_ReferenceError, "weakly-referenced object no longer exists"); return nil
    }
    Py_INCREF(o); return o
}
private let proxy_getattro: getattrofunc = { p, name in
    guard let o = proxyTarget(p!) else { return nil }
    defer { Py_DECREF(o) }
    return PyObject_GetAttr(o, name!)
}
private let proxy_setattro: setattrofunc = { p, name, v in
    guard let o = proxyTarget(p!) else { return -1 }
    defer { Py_DECREF(o) }
    return PyObject_SetAttr(o, name!, v)
}
private let proxy_str: reprfunc = { p in
    guard let o = proxyTarget(p!) else { return nil }
    defer { Py_DECREF(o) }
    return PyObject_Str(o)
}
private let proxy_repr: reprfunc = { p in
    let addr = "0x" + String(UInt(bitPattern: p!), radix: 16)
    guard let o = wr(p!).pointee.wr_object, o != pyNone else { return pyStr("<weakproxy at \(addr); dead>") }
    return pyStr("<weakproxy at \(addr); to '\(typeName(o))' at 0x\(String(UInt(bitPattern: o), radix: 16))>")
}
private let proxy_call: ternaryfunc = { p, args, kw in
    guard let o = proxyTarget(p!) else { return nil }
    defer { Py_DECREF(o) }
    return PyObject_Call(o, args!, kw)
}
private let proxy_richcompare: richcmpfunc = { a, b, op in
    guard let oa = proxyTarget(a!) else { return nil }
    defer { Py_DECREF(oa) }
    if isProxyType(b!.pointee.ob_type) {
        guard let ob = proxyTarget(b!) else { return nil }
        defer { Py_DECREF(ob) }
        return PyObject_RichCompare(oa, ob, op)
    }
    return PyObject_RichCompare(oa, b!, op)
}
private let proxy_bool: inquiry = { p in
    guard let o = proxyTarget(p!) else { return -1 }
    defer { Py_DECREF(o) }
    return PyObject_IsTrue(o)
}
private let proxy_len: lenfunc = { p in
    guard let o = proxyTarget(p!) else { return -1 }
    defer { Py_DECREF(o) }
    return PyObject_Size(o)
}
private let proxy_getitem: binaryfunc = { p, k in
    guard let o = proxyTarget(p!) else { return nil }
    defer { Py_DECREF(o) }
    return PyObject_GetItem(o, k!)
}
private let proxy_iter: getiterfunc = { p in
    guard let o = proxyTarget(p!) else { return nil }
    defer { Py_DECREF(o) }
    return PyObject_GetIter(o)
}

private func fillWeakrefType(_ t: PyTypeRef, name: String, proxy: Bool, callable: Bool) {
    t.pointee.tp_name = immortalCString(name)
    t.pointee.tp_basicsize = MemoryLayout<PyWeakReference>.size
    t.pointee.tp_flags = Py_TPFLAGS_DEFAULT | UInt(Py_TPFLAGS_HAVE_GC) | (proxy ? 0 : UInt(Py_TPFLAGS_BASETYPE))
    t.pointee.tp_dealloc = ref_dealloc
    t.pointee.tp_traverse = ref_traverse
    t.pointee.tp_clear = ref_clear
    t.pointee.tp_free = PyObject_GC_Del
    if proxy {
        t.pointee.tp_getattro = proxy_getattro
        t.pointee.tp_setattro = proxy_setattro
        t.pointee.tp_str = proxy_str
        t.pointee.tp_repr = proxy_repr
        t.pointee.tp_richcompare = proxy_richcompare
        t.pointee.tp_iter = proxy_iter
        t.pointee.tp_hash = PyObject_HashNotImplemented
        let nm = UnsafeMutablePointer<PyNumberMethods>.allocate(capacity: 1)
        nm.initialize(to: PyNumberMethods())
        nm.pointee.nb_bool = proxy_bool
        let mp = UnsafeMutablePointer<PyMappingMethods>.allocate(capacity: 1)
        mp.initialize(to: PyMappingMethods(mp_length: proxy_len, mp_subscript: proxy_getitem, mp_ass_subscript: nil))
        t.pointee.tp_as_number = nm
        t.pointee.tp_as_mapping = mp
        if callable { t.pointee.tp_call = proxy_call }
    } else {
        t.pointee.tp_new = ref_new
        t.pointee.tp_init = ref_init
        t.pointee.tp_call = ref_call
        t.pointee.tp_hash = ref_hash
        t.pointee.tp_repr = ref_repr
        t.pointee.tp_richcompare = ref_richcompare
        t.pointee.tp_getset = makeGetSetTable([GetSetSpec("__callback__", get: ref_get_callback)])
    }
}

/// Fills the weakref static types (start-up, before PyType_Ready).
func registerWeakrefTypes() {
    fillWeakrefType(SPyType_Weakref_Ref(), name: "weakref.ReferenceType", proxy: false, callable: false)
    fillWeakrefType(SPyType_Weakref_Proxy(), name: "weakref.ProxyType", proxy: true, callable: false)
    fillWeakrefType(SPyType_Weakref_CallableProxy(), name: "weakref.CallableProxyType", proxy: true, callable: true)
    extraStaticTypes += [SPyType_Weakref_Ref(), SPyType_Weakref_Proxy(), SPyType_Weakref_CallableProxy()]
}

// ---- the _weakref module ----

private let weakref_getweakrefcount: OneArgFn = { _, o in
    var n = 0
    if let slot = weaklistSlot(o!) { var p = slot.pointee; while let r = p { n += 1; p = r.pointee.wr_next } }
    return pyInt(n)
}
private let weakref_getweakrefs: OneArgFn = { _, o in
    guard let l = PyList_New(0) else { return nil }
    if let slot = weaklistSlot(o!) { var p = slot.pointee; while let r = p { _ = PyList_Append(l, r.asPyObject); p = r.pointee.wr_next } }
    return l
}
private let weakref_proxy: FastFn = { _, args, nargs in
    guard checkArgCount("proxy", nargs, min: 1, max: 2) else { return nil }
    return PyWeakref_NewProxy(arg(args, 0), nargs > 1 ? arg(args, 1) : nil)
}

func makeWeakrefModule() -> PyObjectRef? {
    guard let m = PyModule_New("_weakref") else { return nil }
    _ = PyModule_AddFunctions(m, makeMethodTable([
        .oneArg("getweakrefcount", weakref_getweakrefcount), .oneArg("getweakrefs", weakref_getweakrefs),
        .fast("proxy", weakref_proxy),
    ]))
    _ = PyModule_AddObjectRef(m, "ref", SPyType_Weakref_Ref().asObject)
    _ = PyModule_AddObjectRef(m, "ReferenceType", SPyType_Weakref_Ref().asObject)
    _ = PyModule_AddObjectRef(m, "ProxyType", SPyType_Weakref_Proxy().asObject)
    _ = PyModule_AddObjectRef(m, "CallableProxyType", SPyType_Weakref_CallableProxy().asObject)
    return m
}
