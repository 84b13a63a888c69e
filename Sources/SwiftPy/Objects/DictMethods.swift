// dict methods and the update/merge machinery (dict.update, PyDict_Merge, PyDict_MergeFromSeq2).
import CPython

nonisolated(unsafe) private var keysName: PyObjectRef? = nil

/// CPython's dict_update_arg: a dict or anything with keys() merges as a mapping, else pairs.
func dictUpdateArg(_ d: PyObjectRef, _ arg: PyObjectRef) -> Int32 {
    if dictCheckExact(arg) { return dictMergeInternal(d, arg, 1) }
    if keysName == nil { keysName = pyIntern("keys") }
    var fn: PyObjectRef? = nil
    if _PyObject_LookupAttr(arg, keysName, &fn) < 0 { return -1 }
    if let fn { Py_DECREF(fn); return dictMergeInternal(d, arg, 1) }
    return dictMergeFromSeq2(d, arg, 1)
}

/// dict.update / dict.__init__: (d, args tuple, kwargs dict). -1 = exception set.
func dictUpdateCommon(_ d: PyObjectRef, _ args: PyObjectRef?, _ kwargs: PyObjectRef?, _ name: String) -> Int32 {
    let (items, n) = argsTuple(args)
    if !checkPositionalCount(name, n, 0, 1) { return -1 }
    if n == 1 && dictUpdateArg(d, items[0]!) < 0 { return -1 }
    if let kwargs, dictCheck(kwargs), dictObj(kwargs).pointee.ma_used > 0 {
        var pos = 0
        while let ep = dictNextEntry(dictObj(kwargs), &pos) {
            if !strCheck(ep.pointee.key!) { setError(PyExc_TypeError, "keywords must be strings"); return -1 }
        }
        return dictMergeInternal(d, kwargs, 1)
    }
    return 0
}

/// Merges mapping b into dict a. override 0: keep existing keys; 1: replace; 2: KeyError on a duplicate.
func dictMergeInternal(_ a: PyObjectRef, _ b: PyObjectRef, _ override: Int32) -> Int32 {
    let ma = dictObj(a)
    if dictCheck(b) && unsafeBitCast(b.pointee.ob_type.pointee.tp_iter, to: UnsafeRawPointer?.self)
        == unsafeBitCast(SPyType_Dict().pointee.tp_iter, to: UnsafeRawPointer?.self) {
        if a == b { return 0 }
        let mb = dictObj(b)
        if mb.pointee.ma_used == 0 { return 0 }
        // Presize for the worst case of no overlap.
        let need = ma.pointee.ma_used + mb.pointee.ma_used
        if let k = ma.pointee.ma_keys {
            if dkHeader(k).pointee.usable < mb.pointee.ma_used && dictResize(ma, dictKeysizeForItems(need)) < 0 { return -1 }
        } else {
            guard let k = dictKeysNew(dictKeysizeForItems(need)) else { return -1 }
            ma.pointee.ma_keys = k
        }
        let origUsed = mb.pointee.ma_used
        var i = 0
        while let kb = mb.pointee.ma_keys, i < dkHeader(kb).pointee.nentries {
            let ep = dkEntries(kb) + i
            i += 1
            guard let value = ep.pointee.value else { continue }
            let key = ep.pointee.key!, hash = ep.pointee.hash
            Py_INCREF(key); Py_INCREF(value)
            var r: Int32
            if override == 1 {
                r = dictInsert(ma, key, hash, value)
            } else {
                var existing: PyObjectRef? = nil
                let ix = dictLookup(ma, key, hash, &existing)
                if ix == dkixError {
                    r = -1; Py_DECREF(key); Py_DECREF(value)
                } else if existing == nil {
                    r = dictInsert(ma, key, hash, value)
                } else {
                    if override != 0 { setKeyError(key) }
                    Py_DECREF(key); Py_DECREF(value)
                    if override != 0 { return -1 }
                    r = 0
                }
            }
            if r < 0 { return -1 }
            if mb.pointee.ma_used != origUsed {
                setError(PyExc_RuntimeError, "dict mutated during update")
                return -1
            }
        }
        return 0
    }
    // A generic mapping: iterate its keys().
    guard let keys = PyMapping_Keys(b) else { return -1 }
    defer { Py_DECREF(keys) }
    guard let it = PyObject_GetIter(keys) else { return -1 }
    defer { Py_DECREF(it) }
    while let key = PyIter_Next(it) {
        defer { Py_DECREF(key) }
        if override != 1 {
            let c = dictContains(a, key)
            if c < 0 { return -1 }
            if c > 0 {
                if override != 0 { setKeyError(key); return -1 }
                continue
            }
        }
        guard let value = PyObject_GetItem(b, key) else { return -1 }
        let r = dictSetItem(a, key, value)
        Py_DECREF(value)
        if r < 0 { return -1 }
    }
    return PyErr_Occurred() != nil ? -1 : 0
}

/// Merges an iterable of 2-item sequences into d.
func dictMergeFromSeq2(_ d: PyObjectRef, _ seq2: PyObjectRef, _ override: Int32) -> Int32 {
    guard let it = PyObject_GetIter(seq2) else { return -1 }
    defer { Py_DECREF(it) }
    var i = 0
    while let item = PyIter_Next(it) {
        defer { Py_DECREF(item) }
        guard let fast = sequenceFast(item, "") else {
            if PyErr_ExceptionMatches(PyExc_TypeError) != 0 {
                setError(PyExc_TypeError, "cannot convert dictionary update sequence element #\(i) to a sequence")
            }
            return -1
        }
        defer { Py_DECREF(fast) }
        let (items, n) = fastItems(fast)
        if n != 2 {
            setError(PyExc_ValueError, "dictionary update sequence element #\(i) has length \(n); 2 is required")
            return -1
        }
        let key = items[0]!, value = items[1]!
        Py_INCREF(key); Py_INCREF(value)
        defer { Py_DECREF(key); Py_DECREF(value) }
        if override != 0 {
            if dictSetItem(d, key, value) < 0 { return -1 }
        } else {
            let c = dictContains(d, key)
            if c < 0 { return -1 }
            if c == 0 && dictSetItem(d, key, value) < 0 { return -1 }
        }
        i += 1
    }
    return PyErr_Occurred() != nil ? -1 : 0
}

// MARK: - Methods

private func dictGetMethod(_ o: PyObjectRef?, _ args: UnsafePointer<PyObjectRef?>?, _ nargs: Int) -> PyObjectRef? {
    if !checkPositionalCount("get", nargs, 1, 2) { return nil }
    let key = args![0]!
    let hash = containerHash(key)
    if hash == -1 { return nil }
    var v: PyObjectRef? = nil
    if dictLookup(dictObj(o!), key, hash, &v) == dkixError { return nil }
    let r = v ?? (nargs == 2 ? args![1]! : pyNone)
    Py_INCREF(r)
    return r
}

private func dictSetDefaultMethod(_ o: PyObjectRef?, _ args: UnsafePointer<PyObjectRef?>?, _ nargs: Int) -> PyObjectRef? {
    if !checkPositionalCount("setdefault", nargs, 1, 2) { return nil }
    guard let r = dictSetDefault(o!, args![0]!, nargs == 2 ? args![1]! : pyNone) else { return nil }
    Py_INCREF(r)
    return r
}

private func dictPopMethod(_ o: PyObjectRef?, _ args: UnsafePointer<PyObjectRef?>?, _ nargs: Int) -> PyObjectRef? {
    if !checkPositionalCount("pop", nargs, 1, 2) { return nil }
    return dictPop(o!, args![0]!, nargs == 2 ? args![1] : nil)
}

private func dictPopItemMethod(_ o: PyObjectRef?, _ unused: PyObjectRef?) -> PyObjectRef? {
    let mp = dictObj(o!)
    guard mp.pointee.ma_used > 0, let k = mp.pointee.ma_keys else {
        setError(PyExc_KeyError, "popitem(): dictionary is empty")
        return nil
    }
    // Allocate the result first: it may run the GC, which cannot mutate this dict's items.
    guard let res = tupleNew(2) else { return nil }
    guard let k2 = mp.pointee.ma_keys, k2 == k, mp.pointee.ma_used > 0 else {
        Py_DECREF(res); setError(PyExc_KeyError, "popitem(): dictionary is empty"); return nil
    }
    let e = dkEntries(k)
    var i = dkHeader(k).pointee.nentries - 1
    while i >= 0 && e[i].value == nil { i -= 1 }
    let ep = e + i
    let slot = dictSlotOf(k, ep.pointee.hash, i)
    dkIndices(k)[slot] = Int32(dkixDummy)
    tupleItems(res)[0] = ep.pointee.key
    tupleItems(res)[1] = ep.pointee.value
    ep.pointee.key = nil
    ep.pointee.value = nil
    dkHeader(k).pointee.nentries = i   // the tail is free again (usable stays: the slot is a dummy)
    mp.pointee.ma_used -= 1
    mp.pointee.ma_version_tag = nextDictVersion()
    return res
}

private func dictKeysMethod(_ o: PyObjectRef?, _ unused: PyObjectRef?) -> PyObjectRef? { dictViewNew(o!, SPyType_DictKeys()) }
private func dictValuesMethod(_ o: PyObjectRef?, _ unused: PyObjectRef?) -> PyObjectRef? { dictViewNew(o!, SPyType_DictValues()) }
private func dictItemsMethod(_ o: PyObjectRef?, _ unused: PyObjectRef?) -> PyObjectRef? { dictViewNew(o!, SPyType_DictItems()) }

private func dictUpdateMethod(_ o: PyObjectRef?, _ args: PyObjectRef?, _ kwargs: PyObjectRef?) -> PyObjectRef? {
    if dictUpdateCommon(o!, args, kwargs, "update") < 0 { return nil }
    return pyNoneRef()
}

private func dictClearMethod(_ o: PyObjectRef?, _ unused: PyObjectRef?) -> PyObjectRef? {
    dictClearInternal(dictObj(o!))
    return pyNoneRef()
}

private func dictCopyMethod(_ o: PyObjectRef?, _ unused: PyObjectRef?) -> PyObjectRef? { dictCopy(o!) }

private func dictFromKeysMethod(_ cls: PyObjectRef?, _ args: UnsafePointer<PyObjectRef?>?, _ nargs: Int) -> PyObjectRef? {
    if !checkPositionalCount("fromkeys", nargs, 1, 2) { return nil }
    let iterable = args![0]!
    let value = nargs == 2 ? args![1]! : pyNone
    guard let d = PyObject_CallNoArgs(cls) else { return nil }
    let exact = dictCheckExact(d)
    if exact && dictObj(d).pointee.ma_used == 0 {
        if dictCheckExact(iterable) {
            var pos = 0
            while let ep = dictNextEntry(dictObj(iterable), &pos) {
                let k = ep.pointee.key!
                Py_INCREF(k); Py_INCREF(value)
                if dictInsert(dictObj(d), k, ep.pointee.hash, value) < 0 { Py_DECREF(d); return nil }
            }
            return d
        }
        if anySetCheckExact(iterable) {
            var pos = 0
            while let (k, h) = setNextEntry(iterable, &pos) {
                Py_INCREF(k); Py_INCREF(value)
                if dictInsert(dictObj(d), k, h, value) < 0 { Py_DECREF(d); return nil }
            }
            return d
        }
    }
    guard let it = PyObject_GetIter(iterable) else { Py_DECREF(d); return nil }
    defer { Py_DECREF(it) }
    while let key = PyIter_Next(it) {
        let r = exact ? dictSetItem(d, key, value) : PyObject_SetItem(d, key, value)
        Py_DECREF(key)
        if r < 0 { Py_DECREF(d); return nil }
    }
    if PyErr_Occurred() != nil { Py_DECREF(d); return nil }
    return d
}

private func dictContainsMethod(_ o: PyObjectRef?, _ key: PyObjectRef?) -> PyObjectRef? {
    let c = dictContains(o!, key!)
    if c < 0 { return nil }
    return pyBool(c != 0)
}

private func dictGetItemMethod(_ o: PyObjectRef?, _ key: PyObjectRef?) -> PyObjectRef? { dictSubscript(o!, key!) }

private func dictSizeofMethod(_ o: PyObjectRef?, _ unused: PyObjectRef?) -> PyObjectRef? {
    var size = o!.pointee.ob_type.pointee.tp_basicsize
    if let k = dictObj(o!).pointee.ma_keys {
        let s = dkHeader(k).pointee.size
        size += MemoryLayout<DictKeysHeader>.size + s * 4 + usableFraction(s) * MemoryLayout<DictEntry>.stride
    }
    return PyLong_FromSsize_t(size)
}

private func dictReversedMethod(_ o: PyObjectRef?, _ unused: PyObjectRef?) -> PyObjectRef? {
    dictIterNew(o!, SPyType_DictRevIterKey())
}

func dictMethodSpecs() -> [MethodSpec] {
    [
        classGetItemSpec,
        .oneArg("__contains__", { dictContainsMethod($0, $1) }, doc: "True if the dictionary has the specified key, else False.", extraFlags: METH_COEXIST),
        .oneArg("__getitem__", { dictGetItemMethod($0, $1) }, doc: "x.__getitem__(y) <==> x[y]", extraFlags: METH_COEXIST),
        .noArgs("__sizeof__", { dictSizeofMethod($0, $1) }, doc: "D.__sizeof__() -> size of D in memory, in bytes"),
        .fast("get", { dictGetMethod($0, $1, $2) }, doc: "Return the value for key if key is in the dictionary, else default."),
        .fast("setdefault", { dictSetDefaultMethod($0, $1, $2) }, doc: "Insert key with a value of default if key is not in the dictionary.\n\nReturn the value for key if key is in the dictionary, else default."),
        .fast("pop", { dictPopMethod($0, $1, $2) }, doc: "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.\n\nIf the key is not found, return the default if given; otherwise,\nraise a KeyError."),
        .noArgs("popitem", { dictPopItemMethod($0, $1) }, doc: "Remove and return a (key, value) pair as a 2-tuple.\n\nPairs are returned in LIFO (last-in, first-out) order.\nRaises KeyError if the dict is empty."),
        .noArgs("keys", { dictKeysMethod($0, $1) }, doc: "D.keys() -> a set-like object providing a view on D's keys"),
        .noArgs("items", { dictItemsMethod($0, $1) }, doc: "D.items() -> a set-like object providing a view on D's items"),
        .noArgs("values", { dictValuesMethod($0, $1) }, doc: "D.values() -> an object providing a view on D's values"),
        .varArgsKw("update", { dictUpdateMethod($0, $1, $2) }, doc: "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F.\nIf E is present and has a .keys() method, then does:  for k in E: D[k] = E[k]\nIf E is present and lacks a .keys() method, then does:  for k, v in E: D[k] = v\nIn either case, this is followed by: for k in F:  D[k] = F[k]"),
        .fast("fromkeys", { dictFromKeysMethod($0, $1, $2) }, doc: "Create a new dictionary with keys from iterable and values set to value.", extraFlags: METH_CLASS),
        .noArgs("clear", { dictClearMethod($0, $1) }, doc: "D.clear() -> None.  Remove all items from D."),
        .noArgs("copy", { dictCopyMethod($0, $1) }, doc: "D.copy() -> a shallow copy of D"),
        .noArgs("__reversed__", { dictReversedMethod($0, $1) }, doc: "Return a reverse iterator over the dict keys."),
    ]
}
