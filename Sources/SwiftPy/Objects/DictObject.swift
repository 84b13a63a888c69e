// dict: the object, its slots and the C API (table algorithms in DictTable.swift).
import CPython
import Glibc

private let dictFreeListMax = 80
nonisolated(unsafe) private var dictFreeList = UnsafeMutablePointer<PyObjectRef?>.allocate(capacity: dictFreeListMax)
nonisolated(unsafe) private var dictFreeCount = 0
/// Dicts parked on the free list (the leak check counts them as freed).
func dictFreeListParked() -> [PyObjectRef] { (0..<dictFreeCount).map { dictFreeList[$0]! } }

/// A new empty exact dict (GC-tracked); nil = MemoryError set.
public func dictNew() -> PyObjectRef? {
    let o: PyObjectRef
    if dictFreeCount > 0 {
        dictFreeCount -= 1
        o = dictFreeList[dictFreeCount]!
        o.pointee.ob_refcnt = 1
        o.pointee.ob_type = SPyType_Dict()
    } else {
        guard let n = _PyObject_GC_New(SPyType_Dict()) else { return nil }
        o = n
    }
    let mp = dictObj(o)
    mp.pointee.ma_used = 0
    mp.pointee.ma_keys = nil
    mp.pointee.ma_values = nil
    mp.pointee.ma_version_tag = nextDictVersion()
    PyObject_GC_Track(o)
    return o
}

/// A new dict with room for n items without resizing.
func dictNewPresized(_ n: Int) -> PyObjectRef? {
    guard let d = dictNew() else { return nil }
    if n > usableFraction(dictMinSize) {
        guard let k = dictKeysNew(dictKeysizeForItems(n)) else { Py_DECREF(d); return nil }
        dictObj(d).pointee.ma_keys = k
    }
    return d
}

/// A new exact dict with the same items as the dict o, in the same order.
func dictCopy(_ o: PyObjectRef) -> PyObjectRef? {
    let src = dictObj(o)
    guard let d = dictNew() else { return nil }
    if src.pointee.ma_used == 0 { return d }
    let dst = dictObj(d)
    if let sk = src.pointee.ma_keys, dkHeader(sk).pointee.nentries == src.pointee.ma_used {
        // No deleted entries: clone the whole block.
        let size = dkHeader(sk).pointee.size
        let bytes = MemoryLayout<DictKeysHeader>.size + size * 4 + usableFraction(size) * MemoryLayout<DictEntry>.stride
        guard let nk = malloc(bytes) else { Py_DECREF(d); return PyErr_NoMemory() }
        memcpy(nk, sk, bytes)
        let e = dkEntries(nk)
        for i in 0..<dkHeader(nk).pointee.nentries { Py_INCREF(e[i].key!); Py_INCREF(e[i].value!) }
        dst.pointee.ma_keys = nk
        dst.pointee.ma_used = src.pointee.ma_used
        return d
    }
    if dictMergeInternal(d, o, 1) < 0 { Py_DECREF(d); return nil }
    return d
}

// MARK: - Slots

private func dictDealloc(_ o: PyObjectRef?) {
    let o = o!
    PyObject_GC_UnTrack(o)
    let mp = dictObj(o)
    if let k = mp.pointee.ma_keys {
        mp.pointee.ma_keys = nil
        let e = dkEntries(k)
        for i in 0..<dkHeader(k).pointee.nentries {
            if let x = e[i].key { Py_DECREF(x) }
            if let x = e[i].value { Py_DECREF(x) }
        }
        free(k)
    }
    if dictFreeCount < dictFreeListMax && o.pointee.ob_type == SPyType_Dict() {
        dictFreeList[dictFreeCount] = o
        dictFreeCount += 1
        return
    }
    o.pointee.ob_type.pointee.tp_free!(UnsafeMutableRawPointer(o))
}

private func dictTraverse(_ o: PyObjectRef?, _ visit: visitproc?, _ arg: UnsafeMutableRawPointer?) -> Int32 {
    guard let k = dictObj(o!).pointee.ma_keys else { return 0 }
    let e = dkEntries(k)
    for i in 0..<dkHeader(k).pointee.nentries where e[i].value != nil {
        var r = visit!(e[i].key!, arg); if r != 0 { return r }
        r = visit!(e[i].value!, arg); if r != 0 { return r }
    }
    return 0
}

private func dictClearSlot(_ o: PyObjectRef?) -> Int32 { dictClearInternal(dictObj(o!)); return 0 }

private func dictRepr(_ o: PyObjectRef?) -> PyObjectRef? {
    let o = o!
    let mp = dictObj(o)
    if mp.pointee.ma_used == 0 { return containerStr("{}") }
    let status = Py_ReprEnter(o)
    if status != 0 { return status > 0 ? containerStr("{...}") : nil }
    defer { Py_ReprLeave(o) }
    var s = "{"
    var pos = 0
    var first = true
    while let ep = dictNextEntry(mp, &pos) {
        let key = ep.pointee.key!, value = ep.pointee.value!
        Py_INCREF(key); Py_INCREF(value)
        defer { Py_DECREF(key); Py_DECREF(value) }
        if !first { s += ", " }
        first = false
        if Py_EnterRecursiveCall(" while getting the repr of an object") != 0 { return nil }
        let kr = containerRepr(key)
        let vr = kr == nil ? nil : containerRepr(value)
        Py_LeaveRecursiveCall()
        guard let kr, let vr else { return nil }
        s += kr + ": " + vr
    }
    s += "}"
    return containerStr(s)
}

private func dictLength(_ o: PyObjectRef?) -> Int { dictObj(o!).pointee.ma_used }

/// a == b for two dicts: 1, 0 or -1 (error).
func dictEqual(_ a: PyObjectRef, _ b: PyObjectRef) -> Int32 {
    let ma = dictObj(a), mb = dictObj(b)
    if ma.pointee.ma_used != mb.pointee.ma_used { return 0 }
    var i = 0
    while let k = ma.pointee.ma_keys, i < dkHeader(k).pointee.nentries {
        let ep = dkEntries(k) + i
        i += 1
        guard let aval = ep.pointee.value else { continue }
        let key = ep.pointee.key!
        let hash = ep.pointee.hash
        Py_INCREF(aval); Py_INCREF(key)
        var bval: PyObjectRef? = nil
        if dictLookup(mb, key, hash, &bval) == dkixError { Py_DECREF(aval); Py_DECREF(key); return -1 }
        guard let bv = bval else { Py_DECREF(aval); Py_DECREF(key); return 0 }
        Py_INCREF(bv)
        let cmp = containerEqual(aval, bv)
        Py_DECREF(aval); Py_DECREF(bv); Py_DECREF(key)
        if cmp <= 0 { return cmp }
    }
    return 1
}

private func dictRichCompare(_ v: PyObjectRef?, _ w: PyObjectRef?, _ op: Int32) -> PyObjectRef? {
    let v = v!, w = w!
    guard dictCheck(v), dictCheck(w), op == Py_EQ || op == Py_NE else { return newNotImplemented() }
    let c = dictEqual(v, w)
    if c < 0 { return nil }
    return pyBool((c == 1) == (op == Py_EQ))
}

/// d[key] with __missing__ for subclasses; new reference.
func dictSubscript(_ o: PyObjectRef, _ key: PyObjectRef) -> PyObjectRef? {
    let hash = containerHash(key)
    if hash == -1 { return nil }
    var v: PyObjectRef? = nil
    let ix = dictLookup(dictObj(o), key, hash, &v)
    if ix == dkixError { return nil }
    if let v { Py_INCREF(v); return v }
    if !dictCheckExact(o), let missing = _PyType_Lookup(o.pointee.ob_type, dictMissingName()) {
        Py_INCREF(missing)
        defer { Py_DECREF(missing) }
        var args: [PyObjectRef?] = [o, key]
        return args.withUnsafeMutableBufferPointer { PyObject_Vectorcall(missing, $0.baseAddress, 2, nil) }
    }
    setKeyError(key)
    return nil
}

nonisolated(unsafe) private var missingName: PyObjectRef? = nil
private func dictMissingName() -> PyObjectRef {
    if let m = missingName { return m }
    let m = pyIntern("__missing__")
    missingName = m
    return m
}

private func dictSubscriptSlot(_ o: PyObjectRef?, _ key: PyObjectRef?) -> PyObjectRef? { dictSubscript(o!, key!) }

private func dictAssSubscript(_ o: PyObjectRef?, _ key: PyObjectRef?, _ value: PyObjectRef?) -> Int32 {
    if let value { return dictSetItem(o!, key!, value) }
    return dictDelItem(o!, key!)
}

/// key in d: 1, 0 or -1.
func dictContains(_ o: PyObjectRef, _ key: PyObjectRef) -> Int32 {
    let hash = containerHash(key)
    if hash == -1 { return -1 }
    var v: PyObjectRef? = nil
    let ix = dictLookup(dictObj(o), key, hash, &v)
    if ix == dkixError { return -1 }
    return v != nil ? 1 : 0
}

private func dictContainsSlot(_ o: PyObjectRef?, _ key: PyObjectRef?) -> Int32 { dictContains(o!, key!) }

private func dictIterSlot(_ o: PyObjectRef?) -> PyObjectRef? { dictIterNew(o!, SPyType_DictIterKey()) }

private func dictNewSlot(_ type: PyTypeRef?, _ args: PyObjectRef?, _ kwargs: PyObjectRef?) -> PyObjectRef? {
    let type = type!
    if type == SPyType_Dict() { return dictNew() }
    guard let o = type.pointee.tp_alloc!(type, 0) else { return nil }
    let mp = dictObj(o)
    mp.pointee.ma_used = 0
    mp.pointee.ma_keys = nil
    mp.pointee.ma_values = nil
    mp.pointee.ma_version_tag = nextDictVersion()
    return o
}

private func dictInit(_ o: PyObjectRef?, _ args: PyObjectRef?, _ kwargs: PyObjectRef?) -> Int32 {
    dictUpdateCommon(o!, args, kwargs, "dict")
}

private func dictVectorcall(_ type: PyObjectRef?, _ args: UnsafePointer<PyObjectRef?>?, _ nargsf: Int, _ kwnames: PyObjectRef?) -> PyObjectRef? {
    let n = nargsf & Int.max
    if !checkPositionalCount("dict", n, 0, 1) { return nil }
    guard let d = dictNew() else { return nil }
    if n == 1 && dictUpdateArg(d, args![0]!) < 0 { Py_DECREF(d); return nil }
    if let kwnames {
        let names = tupleItems(kwnames)
        for i in 0..<containerSize(kwnames) {
            if dictSetItem(d, names[i]!, args![n + i]!) < 0 { Py_DECREF(d); return nil }
        }
    }
    return d
}

private func dictOr(_ a: PyObjectRef?, _ b: PyObjectRef?) -> PyObjectRef? {
    let a = a!, b = b!
    guard dictCheck(a), dictCheck(b) else { return newNotImplemented() }
    guard let r = dictCopy(a) else { return nil }
    if dictUpdateArg(r, b) < 0 { Py_DECREF(r); return nil }
    return r
}

private func dictInplaceOr(_ a: PyObjectRef?, _ b: PyObjectRef?) -> PyObjectRef? {
    if dictUpdateArg(a!, b!) < 0 { return nil }
    Py_INCREF(a!)
    return a
}

// MARK: - C API

@inline(__always) private func badDict(_ op: PyObjectRef?) -> Bool {
    guard let op, dictCheck(op) else { PyErr_BadInternalCall_(); return true }
    return false
}

@c @implementation public func PyDict_New() -> UnsafeMutablePointer<PyObject>? { dictNew() }

@c @implementation public func _PyDict_NewPresized(_ minused: Int) -> UnsafeMutablePointer<PyObject>? { dictNewPresized(minused) }

@c @implementation public func PyDict_GetItem(_ op: UnsafeMutablePointer<PyObject>?, _ key: UnsafeMutablePointer<PyObject>?) -> UnsafeMutablePointer<PyObject>? {
    guard let op, dictCheck(op), let key else { return nil }
    // Swallows errors but keeps an exception that was already set.
    let saved = PyErr_GetRaisedException()
    let v = dictGetItem(op, key)
    if PyErr_Occurred() != nil { PyErr_Clear() }
    if let saved { PyErr_SetRaisedException(saved) }
    return v
}

@c @implementation public func PyDict_GetItemWithError(_ op: UnsafeMutablePointer<PyObject>?, _ key: UnsafeMutablePointer<PyObject>?) -> UnsafeMutablePointer<PyObject>? {
    if badDict(op) { return nil }
    return dictGetItem(op!, key!)
}

@c @implementation public func _PyDict_GetItem_KnownHash(_ op: UnsafeMutablePointer<PyObject>?, _ key: UnsafeMutablePointer<PyObject>?, _ hash: Int) -> UnsafeMutablePointer<PyObject>? {
    if badDict(op) { return nil }
    var v: PyObjectRef? = nil
    _ = dictLookup(dictObj(op!), key!, hash, &v)
    return v
}

@c @implementation public func PyDict_GetItemString(_ op: UnsafeMutablePointer<PyObject>?, _ key: UnsafePointer<CChar>?) -> UnsafeMutablePointer<PyObject>? {
    guard let k = PyUnicode_FromString(key) else { PyErr_Clear(); return nil }
    defer { Py_DECREF(k) }
    return PyDict_GetItem(op, k)
}

@c @implementation public func _PyDict_GetItemStringWithError(_ op: UnsafeMutablePointer<PyObject>?, _ key: UnsafePointer<CChar>?) -> UnsafeMutablePointer<PyObject>? {
    guard let k = PyUnicode_FromString(key) else { return nil }
    defer { Py_DECREF(k) }
    return PyDict_GetItemWithError(op, k)
}

@c @implementation public func PyDict_SetDefault(_ op: UnsafeMutablePointer<PyObject>?, _ key: UnsafeMutablePointer<PyObject>?, _ deflt: UnsafeMutablePointer<PyObject>?) -> UnsafeMutablePointer<PyObject>? {
    if badDict(op) { return nil }
    return dictSetDefault(op!, key!, deflt!)
}

/// d.setdefault(key, deflt): borrowed result.
func dictSetDefault(_ d: PyObjectRef, _ key: PyObjectRef, _ deflt: PyObjectRef) -> PyObjectRef? {
    let hash = containerHash(key)
    if hash == -1 { return nil }
    let mp = dictObj(d)
    var v: PyObjectRef? = nil
    let ix = dictLookup(mp, key, hash, &v)
    if ix == dkixError { return nil }
    if let v { return v }
    Py_INCREF(key); Py_INCREF(deflt)
    if dictInsertNew(mp, key, hash, deflt) < 0 { return nil }
    return deflt
}

@c @implementation public func PyDict_SetItem(_ op: UnsafeMutablePointer<PyObject>?, _ key: UnsafeMutablePointer<PyObject>?, _ item: UnsafeMutablePointer<PyObject>?) -> Int32 {
    guard let op, dictCheck(op), let key, let item else { PyErr_BadInternalCall_(); return -1 }
    return dictSetItem(op, key, item)
}

@c @implementation public func _PyDict_SetItem_KnownHash(_ op: UnsafeMutablePointer<PyObject>?, _ key: UnsafeMutablePointer<PyObject>?, _ item: UnsafeMutablePointer<PyObject>?, _ hash: Int) -> Int32 {
    guard let op, dictCheck(op), let key, let item else { PyErr_BadInternalCall_(); return -1 }
    Py_INCREF(key); Py_INCREF(item)
    return dictInsert(dictObj(op), key, hash, item)
}

@c @implementation public func PyDict_SetItemString(_ op: UnsafeMutablePointer<PyObject>?, _ key: UnsafePointer<CChar>?, _ item: UnsafeMutablePointer<PyObject>?) -> Int32 {
    guard let k = PyUnicode_FromString(key) else { return -1 }
    var kk: PyObjectRef? = k
    PyUnicode_InternInPlace(&kk)
    defer { Py_DECREF(kk!) }
    return PyDict_SetItem(op, kk, item)
}

@c @implementation public func PyDict_DelItem(_ op: UnsafeMutablePointer<PyObject>?, _ key: UnsafeMutablePointer<PyObject>?) -> Int32 {
    guard let op, dictCheck(op), let key else { PyErr_BadInternalCall_(); return -1 }
    return dictDelItem(op, key)
}

@c @implementation public func _PyDict_DelItem_KnownHash(_ op: UnsafeMutablePointer<PyObject>?, _ key: UnsafeMutablePointer<PyObject>?, _ hash: Int) -> Int32 {
    guard let op, dictCheck(op), let key else { PyErr_BadInternalCall_(); return -1 }
    return dictDelItem(op, key, hash: hash)
}

@c @implementation public func PyDict_DelItemString(_ op: UnsafeMutablePointer<PyObject>?, _ key: UnsafePointer<CChar>?) -> Int32 {
    guard let k = PyUnicode_FromString(key) else { return -1 }
    defer { Py_DECREF(k) }
    return PyDict_DelItem(op, k)
}

@c @implementation public func PyDict_Clear(_ op: UnsafeMutablePointer<PyObject>?) {
    guard let op, dictCheck(op) else { return }
    dictClearInternal(dictObj(op))
}

@c @implementation public func PyDict_Next(_ op: UnsafeMutablePointer<PyObject>?, _ ppos: UnsafeMutablePointer<Int>?, _ pkey: UnsafeMutablePointer<UnsafeMutablePointer<PyObject>?>?, _ pvalue: UnsafeMutablePointer<UnsafeMutablePointer<PyObject>?>?) -> Int32 {
    _PyDict_Next(op, ppos, pkey, pvalue, nil)
}

@c @implementation public func _PyDict_Next(_ op: UnsafeMutablePointer<PyObject>?, _ ppos: UnsafeMutablePointer<Int>?, _ pkey: UnsafeMutablePointer<UnsafeMutablePointer<PyObject>?>?, _ pvalue: UnsafeMutablePointer<UnsafeMutablePointer<PyObject>?>?, _ phash: UnsafeMutablePointer<Int>?) -> Int32 {
    guard let op, dictCheck(op), let ppos else { return 0 }
    var pos = ppos.pointee
    if pos < 0 { return 0 }
    guard let ep = dictNextEntry(dictObj(op), &pos) else { ppos.pointee = pos; return 0 }
    ppos.pointee = pos
    pkey?.pointee = ep.pointee.key
    pvalue?.pointee = ep.pointee.value
    phash?.pointee = ep.pointee.hash
    return 1
}

/// list(d.keys()) / values / items as a new list (what == 0, 1, 2).
func dictToList(_ d: PyObjectRef, _ what: Int) -> PyObjectRef? {
    let mp = dictObj(d)
    while true {
        let n = mp.pointee.ma_used
        guard let l = listNew(capacity: n) else { return nil }
        if n != mp.pointee.ma_used { Py_DECREF(l); continue }  // allocation ran Python code (GC)
        var pos = 0, j = 0
        let out = listItems(l)
        while let ep = dictNextEntry(mp, &pos) {
            let item: PyObjectRef
            switch what {
            case 0: item = ep.pointee.key!; Py_INCREF(item)
            case 1: item = ep.pointee.value!; Py_INCREF(item)
            default:
                let k = ep.pointee.key!, v = ep.pointee.value!
                Py_INCREF(k); Py_INCREF(v)
                guard let t = tuplePair(stealing: k, v) else { setContainerSize(l, j); Py_DECREF(l); return nil }
                item = t
            }
            out[j] = item
            j += 1
        }
        setContainerSize(l, j)
        return l
    }
}

@c @implementation public func PyDict_Keys(_ op: UnsafeMutablePointer<PyObject>?) -> UnsafeMutablePointer<PyObject>? {
    if badDict(op) { return nil }
    return dictToList(op!, 0)
}
@c @implementation public func PyDict_Values(_ op: UnsafeMutablePointer<PyObject>?) -> UnsafeMutablePointer<PyObject>? {
    if badDict(op) { return nil }
    return dictToList(op!, 1)
}
@c @implementation public func PyDict_Items(_ op: UnsafeMutablePointer<PyObject>?) -> UnsafeMutablePointer<PyObject>? {
    if badDict(op) { return nil }
    return dictToList(op!, 2)
}

@c @implementation public func PyDict_Size(_ op: UnsafeMutablePointer<PyObject>?) -> Int {
    if badDict(op) { return -1 }
    return dictObj(op!).pointee.ma_used
}

@c @implementation public func PyDict_Copy(_ op: UnsafeMutablePointer<PyObject>?) -> UnsafeMutablePointer<PyObject>? {
    if badDict(op) { return nil }
    return dictCopy(op!)
}

@c @implementation public func PyDict_Contains(_ op: UnsafeMutablePointer<PyObject>?, _ key: UnsafeMutablePointer<PyObject>?) -> Int32 {
    if badDict(op) { return -1 }
    return dictContains(op!, key!)
}

@c @implementation public func _PyDict_Contains_KnownHash(_ op: UnsafeMutablePointer<PyObject>?, _ key: UnsafeMutablePointer<PyObject>?, _ hash: Int) -> Int32 {
    if badDict(op) { return -1 }
    var v: PyObjectRef? = nil
    if dictLookup(dictObj(op!), key!, hash, &v) == dkixError { return -1 }
    return v != nil ? 1 : 0
}

@c @implementation public func PyDict_ContainsString(_ op: UnsafeMutablePointer<PyObject>?, _ key: UnsafePointer<CChar>?) -> Int32 {
    guard let k = PyUnicode_FromString(key) else { return -1 }
    defer { Py_DECREF(k) }
    return PyDict_Contains(op, k)
}

@c @implementation public func PyDict_Update(_ a: UnsafeMutablePointer<PyObject>?, _ b: UnsafeMutablePointer<PyObject>?) -> Int32 {
    PyDict_Merge(a, b, 1)
}

@c @implementation public func PyDict_Merge(_ a: UnsafeMutablePointer<PyObject>?, _ b: UnsafeMutablePointer<PyObject>?, _ override: Int32) -> Int32 {
    guard let a, dictCheck(a), let b else { PyErr_BadInternalCall_(); return -1 }
    return dictMergeInternal(a, b, override)
}

@c @implementation public func PyDict_MergeFromSeq2(_ d: UnsafeMutablePointer<PyObject>?, _ seq2: UnsafeMutablePointer<PyObject>?, _ override: Int32) -> Int32 {
    guard let d, dictCheck(d), let seq2 else { PyErr_BadInternalCall_(); return -1 }
    return dictMergeFromSeq2(d, seq2, override)
}

@c @implementation public func _PyDict_Pop(_ op: UnsafeMutablePointer<PyObject>?, _ key: UnsafeMutablePointer<PyObject>?, _ deflt: UnsafeMutablePointer<PyObject>?) -> UnsafeMutablePointer<PyObject>? {
    if badDict(op) { return nil }
    return dictPop(op!, key!, deflt)
}

/// d.pop(key[, deflt]); new reference.
func dictPop(_ d: PyObjectRef, _ key: PyObjectRef, _ deflt: PyObjectRef?) -> PyObjectRef? {
    let mp = dictObj(d)
    if mp.pointee.ma_used == 0 {
        if let deflt { Py_INCREF(deflt); return deflt }
        setKeyError(key)
        return nil
    }
    let hash = containerHash(key)
    if hash == -1 { return nil }
    var v: PyObjectRef? = nil
    let ix = dictLookup(mp, key, hash, &v)
    if ix == dkixError { return nil }
    guard let value = v else {
        if let deflt { Py_INCREF(deflt); return deflt }
        setKeyError(key)
        return nil
    }
    Py_INCREF(value)
    dictDeleteEntry(mp, hash, ix)
    return value
}

// MARK: - Type set-up

func initDictType() {
    dictFreeList.initialize(repeating: nil, count: dictFreeListMax)
    let t = SPyType_Dict()
    t.pointee.tp_name = immortalCString("dict")
    t.pointee.tp_basicsize = MemoryLayout<PyDictObject>.size
    t.pointee.tp_dealloc = { dictDealloc($0) }
    t.pointee.tp_repr = { dictRepr($0) }
    t.pointee.tp_hash = PyObject_HashNotImplemented
    t.pointee.tp_getattro = PyObject_GenericGetAttr
    t.pointee.tp_flags = UInt(Py_TPFLAGS_HAVE_VERSION_TAG) | UInt(Py_TPFLAGS_HAVE_GC) | UInt(Py_TPFLAGS_BASETYPE)
        | UInt(Py_TPFLAGS_DICT_SUBCLASS) | UInt(Py_TPFLAGS_MAPPING)
    t.pointee.tp_doc = immortalCString("dict() -> new empty dictionary\ndict(mapping) -> new dictionary initialized from a mapping object's\n    (key, value) pairs\ndict(iterable) -> new dictionary initialized as if via:\n    d = {}\n    for k, v in iterable:\n        d[k] = v\ndict(**kwargs) -> new dictionary initialized with the name=value pairs\n    in the keyword argument list.  For example:  dict(one=1, two=2)")
    t.pointee.tp_traverse = { dictTraverse($0, $1, $2) }
    t.pointee.tp_clear = { dictClearSlot($0) }
    t.pointee.tp_richcompare = { dictRichCompare($0, $1, $2) }
    t.pointee.tp_iter = { dictIterSlot($0) }
    t.pointee.tp_init = { dictInit($0, $1, $2) }
    t.pointee.tp_new = { dictNewSlot($0, $1, $2) }
    t.pointee.tp_alloc = PyType_GenericAlloc
    t.pointee.tp_free = PyObject_GC_Del
    t.pointee.tp_vectorcall = { dictVectorcall($0, $1, $2, $3) }
    let sq = newSequenceMethods()
    sq.pointee.sq_contains = { dictContainsSlot($0, $1) }
    t.pointee.tp_as_sequence = sq
    let mp = newMappingMethods()
    mp.pointee.mp_length = { dictLength($0) }
    mp.pointee.mp_subscript = { dictSubscriptSlot($0, $1) }
    mp.pointee.mp_ass_subscript = { dictAssSubscript($0, $1, $2) }
    t.pointee.tp_as_mapping = mp
    let nb = newNumberMethods()
    nb.pointee.nb_or = { dictOr($0, $1) }
    nb.pointee.nb_inplace_or = { dictInplaceOr($0, $1) }
    t.pointee.tp_as_number = nb
    t.pointee.tp_methods = makeMethodTable(dictMethodSpecs())
    initDictViewTypes()
}
