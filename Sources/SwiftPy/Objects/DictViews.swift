// dict views (dict_keys, dict_values, dict_items) and the six dict iterators (forward and reversed).
// Iterators raise RuntimeError when the dict changes size, or when its keys change under a
// constant size ("dictionary keys changed during iteration").
import CPython

@inline(__always) private func viewObj(_ o: PyObjectRef) -> UnsafeMutablePointer<_PyDictViewObject> { o.cast(to: _PyDictViewObject.self) }
@inline(__always) private func dictIterObj(_ o: PyObjectRef) -> UnsafeMutablePointer<_PyDictIterObject> { o.cast(to: _PyDictIterObject.self) }

// MARK: - Iterators

/// A new iterator of the given kind over the dict d.
func dictIterNew(_ d: PyObjectRef, _ type: PyTypeRef) -> PyObjectRef? {
    guard let o = _PyObject_GC_New(type) else { return nil }
    let it = dictIterObj(o)
    let mp = dictObj(d)
    Py_INCREF(d)
    it.pointee.di_dict = d
    it.pointee.di_used = mp.pointee.ma_used
    it.pointee.len = mp.pointee.ma_used
    it.pointee.di_result = nil
    let reversed = type == SPyType_DictRevIterKey() || type == SPyType_DictRevIterValue() || type == SPyType_DictRevIterItem()
    it.pointee.di_pos = reversed ? (mp.pointee.ma_keys.map { dkHeader($0).pointee.nentries } ?? 0) - 1 : 0
    PyObject_GC_Track(o)
    return o
}

private func dictIterDealloc(_ o: PyObjectRef?) {
    let o = o!
    PyObject_GC_UnTrack(o)
    let it = dictIterObj(o)
    if let d = it.pointee.di_dict { Py_DECREF(d) }
    if let r = it.pointee.di_result { Py_DECREF(r) }
    PyObject_GC_Del(UnsafeMutableRawPointer(o))
}

private func dictIterTraverse(_ o: PyObjectRef?, _ visit: visitproc?, _ arg: UnsafeMutableRawPointer?) -> Int32 {
    let it = dictIterObj(o!)
    if let d = it.pointee.di_dict { let r = visit!(d, arg); if r != 0 { return r } }
    if let r = it.pointee.di_result { return visit!(r, arg) }
    return 0
}

/// The next live entry for a forward (step 1) or reverse (step -1) iterator, with CPython's checks.
@inline(__always) private func dictIterNextEntry(_ o: PyObjectRef, _ reverse: Bool) -> UnsafeMutablePointer<DictEntry>? {
    let it = dictIterObj(o)
    guard let d = it.pointee.di_dict else { return nil }
    let mp = dictObj(d)
    if it.pointee.di_used != mp.pointee.ma_used {
        setError(PyExc_RuntimeError, "dictionary changed size during iteration")
        it.pointee.di_used = -1   // sticky
        return nil
    }
    var i = it.pointee.di_pos
    if let k = mp.pointee.ma_keys {
        let n = dkHeader(k).pointee.nentries
        let e = dkEntries(k)
        if reverse {
            if i >= n { i = n - 1 }
            while i >= 0 && e[i].value == nil { i -= 1 }
            if i >= 0 {
                it.pointee.di_pos = i - 1
                it.pointee.len -= 1
                return e + i
            }
        } else {
            while i < n && e[i].value == nil { i += 1 }
            if i < n {
                it.pointee.di_pos = i + 1
                if it.pointee.len == 0 { return keysChanged(it) }
                it.pointee.len -= 1
                return e + i
            }
        }
    }
    // Exhausted.
    it.pointee.di_dict = nil
    Py_DECREF(d)
    return nil
}

private func keysChanged(_ it: UnsafeMutablePointer<_PyDictIterObject>) -> UnsafeMutablePointer<DictEntry>? {
    setError(PyExc_RuntimeError, "dictionary keys changed during iteration")
    if let d = it.pointee.di_dict { it.pointee.di_dict = nil; Py_DECREF(d) }
    return nil
}

private func dictIterNextKey(_ o: PyObjectRef?, _ reverse: Bool) -> PyObjectRef? {
    guard let ep = dictIterNextEntry(o!, reverse) else { return nil }
    let k = ep.pointee.key!
    Py_INCREF(k)
    return k
}
private func dictIterNextValue(_ o: PyObjectRef?, _ reverse: Bool) -> PyObjectRef? {
    guard let ep = dictIterNextEntry(o!, reverse) else { return nil }
    let v = ep.pointee.value!
    Py_INCREF(v)
    return v
}
private func dictIterNextItem(_ o: PyObjectRef?, _ reverse: Bool) -> PyObjectRef? {
    guard let ep = dictIterNextEntry(o!, reverse) else { return nil }
    let k = ep.pointee.key!, v = ep.pointee.value!
    Py_INCREF(k); Py_INCREF(v)
    return tuplePair(stealing: k, v)
}

private func dictIterLengthHint(_ o: PyObjectRef?, _ unused: PyObjectRef?) -> PyObjectRef? {
    let it = dictIterObj(o!)
    var len = 0
    if let d = it.pointee.di_dict, it.pointee.di_used == dictObj(d).pointee.ma_used { len = it.pointee.len }
    return PyLong_FromSsize_t(len)
}

private func initDictIterType(_ t: PyTypeRef, _ name: String, _ next: iternextfunc) {
    initIteratorType(t, name: name, basicsize: MemoryLayout<_PyDictIterObject>.size,
                     dealloc: { dictIterDealloc($0) }, traverse: { dictIterTraverse($0, $1, $2) }, next: next,
                     methods: [.noArgs("__length_hint__", { dictIterLengthHint($0, $1) }, doc: "Private method returning an estimate of len(list(it)).")])
}

// MARK: - Views

/// A new view of the given type on dict d.
func dictViewNew(_ d: PyObjectRef, _ type: PyTypeRef) -> PyObjectRef? {
    guard let o = _PyObject_GC_New(type) else { return nil }
    Py_INCREF(d)
    viewObj(o).pointee.dv_dict = d
    PyObject_GC_Track(o)
    return o
}

@inline(__always) private func viewDict(_ o: PyObjectRef) -> PyObjectRef { viewObj(o).pointee.dv_dict! }
@inline(__always) private func isKeysView(_ o: PyObjectRef) -> Bool { isSubtype(o, SPyType_DictKeys()) }
@inline(__always) private func isItemsView(_ o: PyObjectRef) -> Bool { isSubtype(o, SPyType_DictItems()) }
@inline(__always) private func isSetLikeView(_ o: PyObjectRef) -> Bool { isKeysView(o) || isItemsView(o) }

private func viewDealloc(_ o: PyObjectRef?) {
    PyObject_GC_UnTrack(o!)
    if let d = viewObj(o!).pointee.dv_dict { Py_DECREF(d) }
    PyObject_GC_Del(UnsafeMutableRawPointer(o!))
}

private func viewTraverse(_ o: PyObjectRef?, _ visit: visitproc?, _ arg: UnsafeMutableRawPointer?) -> Int32 {
    if let d = viewObj(o!).pointee.dv_dict { return visit!(d, arg) }
    return 0
}

private func viewLength(_ o: PyObjectRef?) -> Int { dictObj(viewDict(o!)).pointee.ma_used }

private func viewRepr(_ o: PyObjectRef?) -> PyObjectRef? {
    let o = o!
    let status = Py_ReprEnter(o)
    if status != 0 { return status > 0 ? containerStr("...") : nil }
    defer { Py_ReprLeave(o) }
    guard let seq = listFromIterable(o) else { return nil }
    defer { Py_DECREF(seq) }
    guard let r = containerRepr(seq) else { return nil }
    return containerStr("\(containerTypeName(o))(\(r))")
}

private func viewMapping(_ o: PyObjectRef?, _ unused: UnsafeMutableRawPointer?) -> PyObjectRef? {
    PyDictProxy_New(viewDict(o!))
}

private func keysIter(_ o: PyObjectRef?) -> PyObjectRef? { dictIterNew(viewDict(o!), SPyType_DictIterKey()) }
private func valuesIter(_ o: PyObjectRef?) -> PyObjectRef? { dictIterNew(viewDict(o!), SPyType_DictIterValue()) }
private func itemsIter(_ o: PyObjectRef?) -> PyObjectRef? { dictIterNew(viewDict(o!), SPyType_DictIterItem()) }
private func keysReversed(_ o: PyObjectRef?, _ u: PyObjectRef?) -> PyObjectRef? { dictIterNew(viewDict(o!), SPyType_DictRevIterKey()) }
private func valuesReversed(_ o: PyObjectRef?, _ u: PyObjectRef?) -> PyObjectRef? { dictIterNew(viewDict(o!), SPyType_DictRevIterValue()) }
private func itemsReversed(_ o: PyObjectRef?, _ u: PyObjectRef?) -> PyObjectRef? { dictIterNew(viewDict(o!), SPyType_DictRevIterItem()) }

private func keysContains(_ o: PyObjectRef?, _ key: PyObjectRef?) -> Int32 { dictContains(viewDict(o!), key!) }

private func itemsContains(_ o: PyObjectRef?, _ item: PyObjectRef?) -> Int32 {
    let item = item!
    guard tupleCheck(item), containerSize(item) == 2 else { return 0 }
    let key = tupleItems(item)[0]!, value = tupleItems(item)[1]!
    guard let found = dictGetItem(viewDict(o!), key) else { return PyErr_Occurred() != nil ? -1 : 0 }
    Py_INCREF(found)
    defer { Py_DECREF(found) }
    return PyObject_RichCompareBool(found, value, Py_EQ)
}

/// Every element of self is in other (both sized containers).
private func allContainedIn(_ a: PyObjectRef, _ b: PyObjectRef) -> Int32 {
    guard let it = PyObject_GetIter(a) else { return -1 }
    defer { Py_DECREF(it) }
    while let x = PyIter_Next(it) {
        let c = PySequence_Contains(b, x)
        Py_DECREF(x)
        if c <= 0 { return c }
    }
    return PyErr_Occurred() != nil ? -1 : 1
}

private func viewRichCompare(_ a: PyObjectRef?, _ b: PyObjectRef?, _ op: Int32) -> PyObjectRef? {
    let a = a!, b = b!
    guard anySetCheck(b) || isSetLikeView(b) else { return newNotImplemented() }
    let la = PyObject_Size(a), lb = PyObject_Size(b)
    if la < 0 || lb < 0 { return nil }
    var ok: Int32 = 0
    switch op {
    case Py_NE, Py_EQ:
        if la == lb { ok = allContainedIn(a, b) }
        if op == Py_NE && ok >= 0 { ok = ok == 0 ? 1 : 0 }
    case Py_LT: if la < lb { ok = allContainedIn(a, b) }
    case Py_LE: if la <= lb { ok = allContainedIn(a, b) }
    case Py_GT: if la > lb { ok = allContainedIn(b, a) }
    default: if la >= lb { ok = allContainedIn(b, a) }
    }
    if ok < 0 { return nil }
    return pyBool(ok != 0)
}

/// set(view) for a set-like view (or any iterable).
private func viewToSet(_ o: PyObjectRef) -> PyObjectRef? {
    if isKeysView(o) { return PySet_New(viewDict(o)) }
    return PySet_New(o)
}

private func viewSetOp(_ a: PyObjectRef?, _ b: PyObjectRef?, _ method: String) -> PyObjectRef? {
    var a = a!, b = b!
    if !isSetLikeView(a) { swap(&a, &b) }   // reflected operand
    guard let result = viewToSet(a) else { return nil }
    let name = pyIntern(method)
    var args: [PyObjectRef?] = [result, b]
    guard let r = args.withUnsafeMutableBufferPointer({ PyObject_VectorcallMethod(name, $0.baseAddress, 2, nil) }) else {
        Py_DECREF(result); return nil
    }
    Py_DECREF(r)
    return result
}

private func viewSub(_ a: PyObjectRef?, _ b: PyObjectRef?) -> PyObjectRef? {
    // Not symmetric: the left operand is the one copied.
    guard let result = isSetLikeView(a!) ? viewToSet(a!) : PySet_New(a!) else { return nil }
    let name = pyIntern("difference_update")
    var args: [PyObjectRef?] = [result, b]
    guard let r = args.withUnsafeMutableBufferPointer({ PyObject_VectorcallMethod(name, $0.baseAddress, 2, nil) }) else {
        Py_DECREF(result); return nil
    }
    Py_DECREF(r)
    return result
}

private func viewAnd(_ a: PyObjectRef?, _ b: PyObjectRef?) -> PyObjectRef? {
    var selfView = a!, other = b!
    if !isSetLikeView(selfView) { swap(&selfView, &other) }
    let lenSelf = dictObj(viewDict(selfView)).pointee.ma_used
    if setCheckExact(other) && lenSelf <= PySet_GET_SIZE_(other) {
        let name = pyIntern("intersection")
        var args: [PyObjectRef?] = [other, selfView]
        return args.withUnsafeMutableBufferPointer { PyObject_VectorcallMethod(name, $0.baseAddress, 2, nil) }
    }
    if isSetLikeView(other) && dictObj(viewDict(other)).pointee.ma_used > lenSelf { swap(&selfView, &other) }
    guard let result = PySet_New(nil) else { return nil }
    guard let it = PyObject_GetIter(other) else { Py_DECREF(result); return nil }
    defer { Py_DECREF(it) }
    let keys = isKeysView(selfView)
    while let x = PyIter_Next(it) {
        let c = keys ? keysContains(selfView, x) : itemsContains(selfView, x)
        if c < 0 || (c > 0 && PySet_Add(result, x) < 0) { Py_DECREF(x); Py_DECREF(result); return nil }
        Py_DECREF(x)
    }
    if PyErr_Occurred() != nil { Py_DECREF(result); return nil }
    return result
}

private func viewOr(_ a: PyObjectRef?, _ b: PyObjectRef?) -> PyObjectRef? { viewSetOp(a, b, "update") }
private func viewXor(_ a: PyObjectRef?, _ b: PyObjectRef?) -> PyObjectRef? { viewSetOp(a, b, "symmetric_difference_update") }

private func viewIsDisjoint(_ o: PyObjectRef?, _ other: PyObjectRef?) -> PyObjectRef? {
    var selfView = o!, other = other!
    if selfView == other { return pyBool(dictObj(viewDict(selfView)).pointee.ma_used == 0) }
    // Iterate over the shorter object (only if other is a set, as it is cheap to know its length).
    if anySetCheck(other) || isSetLikeView(other) {
        let lo = PyObject_Size(other)
        if lo < 0 { return nil }
        if dictObj(viewDict(selfView)).pointee.ma_used > lo { swap(&selfView, &other) }
    }
    guard let it = PyObject_GetIter(other) else { return nil }
    defer { Py_DECREF(it) }
    while let x = PyIter_Next(it) {
        let c = PySequence_Contains(selfView, x)
        Py_DECREF(x)
        if c < 0 { return nil }
        if c > 0 { return pyBool(false) }
    }
    if PyErr_Occurred() != nil { return nil }
    return pyBool(true)
}

private func initViewType(_ t: PyTypeRef, _ name: String, setLike: Bool, iter: getiterfunc, contains: objobjproc?,
                          reversed: NoArgsFn) {
    t.pointee.tp_name = immortalCString(name)
    t.pointee.tp_basicsize = MemoryLayout<_PyDictViewObject>.size
    t.pointee.tp_dealloc = { viewDealloc($0) }
    t.pointee.tp_repr = { viewRepr($0) }
    t.pointee.tp_getattro = PyObject_GenericGetAttr
    t.pointee.tp_flags = UInt(Py_TPFLAGS_HAVE_VERSION_TAG) | UInt(Py_TPFLAGS_HAVE_GC)
    t.pointee.tp_traverse = { viewTraverse($0, $1, $2) }
    t.pointee.tp_iter = iter
    let sq = newSequenceMethods()
    sq.pointee.sq_length = { viewLength($0) }
    sq.pointee.sq_contains = contains
    t.pointee.tp_as_sequence = sq
    var methods: [MethodSpec] = [.noArgs("__reversed__", reversed, doc: "Return a reverse iterator over the dict keys.")]
    if setLike {
        t.pointee.tp_richcompare = { viewRichCompare($0, $1, $2) }
        let nb = newNumberMethods()
        nb.pointee.nb_subtract = { viewSub($0, $1) }
        nb.pointee.nb_and = { viewAnd($0, $1) }
        nb.pointee.nb_xor = { viewXor($0, $1) }
        nb.pointee.nb_or = { viewOr($0, $1) }
        t.pointee.tp_as_number = nb
        methods.append(.oneArg("isdisjoint", { viewIsDisjoint($0, $1) }, doc: "Return True if the view and the given iterable have a null intersection."))
    }
    t.pointee.tp_methods = makeMethodTable(methods)
    t.pointee.tp_getset = makeGetSetTable([GetSetSpec("mapping", get: { viewMapping($0, $1) }, doc: "dictionary that this view refers to")])
}

func initDictViewTypes() {
    initViewType(SPyType_DictKeys(), "dict_keys", setLike: true, iter: { keysIter($0) }, contains: { keysContains($0, $1) },
                 reversed: { keysReversed($0, $1) })
    initViewType(SPyType_DictItems(), "dict_items", setLike: true, iter: { itemsIter($0) }, contains: { itemsContains($0, $1) },
                 reversed: { itemsReversed($0, $1) })
    initViewType(SPyType_DictValues(), "dict_values", setLike: false, iter: { valuesIter($0) }, contains: nil,
                 reversed: { valuesReversed($0, $1) })
    initDictIterType(SPyType_DictIterKey(), "dict_keyiterator", { dictIterNextKey($0, false) })
    initDictIterType(SPyType_DictIterValue(), "dict_valueiterator", { dictIterNextValue($0, false) })
    initDictIterType(SPyType_DictIterItem(), "dict_itemiterator", { dictIterNextItem($0, false) })
    initDictIterType(SPyType_DictRevIterKey(), "dict_reversekeyiterator", { dictIterNextKey($0, true) })
    initDictIterType(SPyType_DictRevIterValue(), "dict_reversevalueiterator", { dictIterNextValue($0, true) })
    initDictIterType(SPyType_DictRevIterItem(), "dict_reverseitemiterator", { dictIterNextItem($0, true) })
}
