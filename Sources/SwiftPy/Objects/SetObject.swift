// set and frozenset: objects, operators, methods, iterator and C API (table in SetTable.swift).
import CPython
import Glibc

/// A new empty set of the given type (set, frozenset or a subclass), filled from iterable if given.
func makeNewSet(_ type: PyTypeRef, _ iterable: PyObjectRef?) -> PyObjectRef? {
    guard let table = setAllocTable(setMinSize) else { return nil }
    guard let o = type.pointee.tp_alloc!(type, 0) else { free(table); return nil }
    let so = setObj(o)
    so.pointee.fill = 0
    so.pointee.used = 0
    so.pointee.mask = setMinSize - 1
    so.pointee.table = UnsafeMutableRawPointer(table)
    so.pointee.hash = -1
    so.pointee.finger = 0
    so.pointee.weakreflist = nil
    if let iterable, setUpdateInternal(so, iterable) != 0 { Py_DECREF(o); return nil }
    return o
}

/// set or frozenset (never a subclass), matching the kind of type.
func makeNewSetBasetype(_ type: PyTypeRef, _ iterable: PyObjectRef?) -> PyObjectRef? {
    var t = type
    if t != SPyType_Set() && t != SPyType_FrozenSet() {
        t = PyType_IsSubtype(t, SPyType_Set()) != 0 ? SPyType_Set() : SPyType_FrozenSet()
    }
    return makeNewSet(t, iterable)
}

private func makeNewFrozenset(_ type: PyTypeRef, _ iterable: PyObjectRef?) -> PyObjectRef? {
    if type != SPyType_FrozenSet() { return makeNewSet(type, iterable) }
    if let iterable, iterable.pointee.ob_type == SPyType_FrozenSet() { Py_INCREF(iterable); return iterable }
    return makeNewSet(type, iterable)
}

private func setCopy(_ o: PyObjectRef) -> PyObjectRef? { makeNewSetBasetype(o.pointee.ob_type, o) }

private func setSwapBodies(_ a: UnsafeMutablePointer<PySetObject>, _ b: UnsafeMutablePointer<PySetObject>) {
    swap(&a.pointee.fill, &b.pointee.fill)
    swap(&a.pointee.used, &b.pointee.used)
    swap(&a.pointee.mask, &b.pointee.mask)
    swap(&a.pointee.table, &b.pointee.table)
    if frozensetCheck(a.asPyObject) && frozensetCheck(b.asPyObject) {
        swap(&a.pointee.hash, &b.pointee.hash)
    } else {
        a.pointee.hash = -1
        b.pointee.hash = -1
    }
}

// MARK: - Slots

private func setDealloc(_ o: PyObjectRef?) {
    let o = o!
    PyObject_GC_UnTrack(o)
    let so = setObj(o)
    if so.pointee.weakreflist != nil { PyObject_ClearWeakRefs(o) }
    let t = setTable(so)
    var used = so.pointee.used
    var j = 0
    while used > 0 {
        if let k = t[j].key, k != setDummy { used -= 1; Py_DECREF(k) }
        j += 1
    }
    free(t)
    o.pointee.ob_type.pointee.tp_free!(UnsafeMutableRawPointer(o))
}

private func setTraverse(_ o: PyObjectRef?, _ visit: visitproc?, _ arg: UnsafeMutableRawPointer?) -> Int32 {
    let so = setObj(o!)
    var pos = 0
    while let e = setNext(so, &pos) { let r = visit!(e.pointee.key!, arg); if r != 0 { return r } }
    return 0
}

private func setClearSlot(_ o: PyObjectRef?) -> Int32 { setClearInternal(setObj(o!)); return 0 }

private func setRepr(_ o: PyObjectRef?) -> PyObjectRef? {
    let o = o!
    let name = containerTypeName(o)
    let status = Py_ReprEnter(o)
    if status != 0 { return status > 0 ? containerStr("\(name)(...)") : nil }
    defer { Py_ReprLeave(o) }
    if setObj(o).pointee.used == 0 { return containerStr("\(name)()") }
    guard let keys = listFromIterable(o) else { return nil }
    defer { Py_DECREF(keys) }
    guard var r = containerRepr(keys) else { return nil }
    r = String(r.dropFirst().dropLast())
    if setCheckExact(o) { return containerStr("{\(r)}") }
    return containerStr("\(name)({\(r)})")
}

private func setLength(_ o: PyObjectRef?) -> Int { setObj(o!).pointee.used }

/// key in so; an unhashable set key is looked up as a frozenset.
private func setContains(_ o: PyObjectRef?, _ key: PyObjectRef?) -> Int32 {
    let so = setObj(o!), key = key!
    var rv = setContainsKey(so, key)
    if rv < 0 {
        if !setCheck(key) || PyErr_ExceptionMatches(PyExc_TypeError) == 0 { return -1 }
        PyErr_Clear()
        guard let tmp = makeNewSet(SPyType_FrozenSet(), key) else { return -1 }
        rv = setContainsKey(so, tmp)
        Py_DECREF(tmp)
    }
    return rv
}

private func shuffleBits(_ h: UInt) -> UInt { ((h ^ 89869747) ^ (h << 16)) &* 3644798167 }

private func frozensetHash(_ o: PyObjectRef?) -> Int {
    let so = setObj(o!)
    if so.pointee.hash != -1 { return so.pointee.hash }
    var hash: UInt = 0
    let t = setTable(so)
    for j in 0...so.pointee.mask { hash ^= shuffleBits(UInt(bitPattern: t[j].hash)) }
    if (so.pointee.mask + 1 - so.pointee.fill) & 1 != 0 { hash ^= shuffleBits(0) }
    if (so.pointee.fill - so.pointee.used) & 1 != 0 { hash ^= shuffleBits(UInt.max) }
    hash ^= (UInt(so.pointee.used) &+ 1) &* 1927868237
    hash ^= (hash >> 11) ^ (hash >> 25)
    hash = hash &* 69069 &+ 907133923
    if hash == UInt.max { hash = 590923713 }
    so.pointee.hash = Int(bitPattern: hash)
    return so.pointee.hash
}

private func setIterSlot(_ o: PyObjectRef?) -> PyObjectRef? {
    guard let it = _PyObject_GC_New(SPyType_SetIter()) else { return nil }
    let si = it.cast(to: _PySetIterObject.self)
    Py_INCREF(o!)
    si.pointee.si_set = o
    si.pointee.si_used = setObj(o!).pointee.used
    si.pointee.si_pos = 0
    si.pointee.len = setObj(o!).pointee.used
    PyObject_GC_Track(it)
    return it
}

// MARK: - Set algebra

private func setIssubset(_ o: PyObjectRef, _ other: PyObjectRef) -> PyObjectRef? {
    if !anySetCheck(other) {
        guard let tmp = makeNewSet(SPyType_Set(), other) else { return nil }
        defer { Py_DECREF(tmp) }
        return setIssubset(o, tmp)
    }
    let so = setObj(o)
    if so.pointee.used > setObj(other).pointee.used { return pyBool(false) }
    var pos = 0
    while let e = setNext(so, &pos) {
        let k = e.pointee.key!
        Py_INCREF(k)
        let rv = setContainsEntry(setObj(other), k, e.pointee.hash)
        Py_DECREF(k)
        if rv < 0 { return nil }
        if rv == 0 { return pyBool(false) }
    }
    return pyBool(true)
}

private func setIssuperset(_ o: PyObjectRef, _ other: PyObjectRef) -> PyObjectRef? {
    if anySetCheck(other) { return setIssubset(other, o) }
    guard let it = PyObject_GetIter(other) else { return nil }
    defer { Py_DECREF(it) }
    while let key = PyIter_Next(it) {
        let rv = setContainsKey(setObj(o), key)
        Py_DECREF(key)
        if rv < 0 { return nil }
        if rv == 0 { return pyBool(false) }
    }
    if PyErr_Occurred() != nil { return nil }
    return pyBool(true)
}

private func setRichCompare(_ v: PyObjectRef?, _ w: PyObjectRef?, _ op: Int32) -> PyObjectRef? {
    let v = v!, w = w!
    guard anySetCheck(w) else { return newNotImplemented() }
    let sv = setObj(v), sw = setObj(w)
    switch op {
    case Py_EQ:
        if sv.pointee.used != sw.pointee.used { return pyBool(false) }
        if sv.pointee.hash != -1 && sw.pointee.hash != -1 && sv.pointee.hash != sw.pointee.hash { return pyBool(false) }
        return setIssubset(v, w)
    case Py_NE:
        guard let r = setRichCompare(v, w, Py_EQ) else { return nil }
        let eq = r == pyTrue
        Py_DECREF(r)
        return pyBool(!eq)
    case Py_LE: return setIssubset(v, w)
    case Py_GE: return setIssuperset(v, w)
    case Py_LT:
        if sv.pointee.used >= sw.pointee.used { return pyBool(false) }
        return setIssubset(v, w)
    default:
        if sv.pointee.used <= sw.pointee.used { return pyBool(false) }
        return setIssuperset(v, w)
    }
}

private func setIntersection(_ oIn: PyObjectRef, _ otherIn: PyObjectRef) -> PyObjectRef? {
    var o = oIn, other = otherIn
    if o == other { return setCopy(o) }
    guard let result = makeNewSetBasetype(o.pointee.ob_type, nil) else { return nil }
    let rs = setObj(result)
    if anySetCheck(other) {
        if setObj(other).pointee.used > setObj(o).pointee.used { swap(&o, &other) }
        var pos = 0
        while let e = setNext(setObj(other), &pos) {
            let key = e.pointee.key!, hash = e.pointee.hash
            Py_INCREF(key)
            let rv = setContainsEntry(setObj(o), key, hash)
            if rv < 0 || (rv > 0 && setAddEntry(rs, key, hash) != 0) { Py_DECREF(key); Py_DECREF(result); return nil }
            Py_DECREF(key)
        }
        return result
    }
    guard let it = PyObject_GetIter(other) else { Py_DECREF(result); return nil }
    defer { Py_DECREF(it) }
    while let key = PyIter_Next(it) {
        let hash = setHashOf(key)
        var rv: Int32 = hash == -1 ? -1 : setContainsEntry(setObj(o), key, hash)
        if rv > 0 {
            if setAddEntry(rs, key, hash) != 0 { rv = -1 }
            else if rs.pointee.used >= setObj(o).pointee.used { Py_DECREF(key); break }
        }
        Py_DECREF(key)
        if rv < 0 { Py_DECREF(result); return nil }
    }
    if PyErr_Occurred() != nil { Py_DECREF(result); return nil }
    return result
}

private func setDifferenceUpdateInternal(_ o: PyObjectRef, _ otherIn: PyObjectRef) -> Int32 {
    let so = setObj(o)
    if o == otherIn { return setClearInternal(so) }
    if anySetCheck(otherIn) {
        var other = otherIn
        if (setObj(other).pointee.used >> 3) > so.pointee.used {
            guard let i = setIntersection(o, other) else { return -1 }
            other = i
        } else {
            Py_INCREF(other)
        }
        defer { Py_DECREF(other) }
        var pos = 0
        while let e = setNext(setObj(other), &pos) {
            let key = e.pointee.key!
            Py_INCREF(key)
            let r = setDiscardEntry(so, key, e.pointee.hash)
            Py_DECREF(key)
            if r < 0 { return -1 }
        }
    } else {
        guard let it = PyObject_GetIter(otherIn) else { return -1 }
        defer { Py_DECREF(it) }
        while let key = PyIter_Next(it) {
            let r = setDiscardKey(so, key)
            Py_DECREF(key)
            if r < 0 { return -1 }
        }
        if PyErr_Occurred() != nil { return -1 }
    }
    if so.pointee.fill - so.pointee.used <= so.pointee.mask / 4 { return 0 }
    let u = so.pointee.used
    return setTableResize(so, u > 50000 ? u * 2 : u * 4)
}

private func setCopyAndDifference(_ o: PyObjectRef, _ other: PyObjectRef) -> PyObjectRef? {
    guard let r = setCopy(o) else { return nil }
    if setDifferenceUpdateInternal(r, other) == 0 { return r }
    Py_DECREF(r)
    return nil
}

private func setDifference(_ o: PyObjectRef, _ other: PyObjectRef) -> PyObjectRef? {
    let otherSize: Int
    if anySetCheck(other) { otherSize = setObj(other).pointee.used }
    else if dictCheckExact(other) { otherSize = dictObj(other).pointee.ma_used }
    else { return setCopyAndDifference(o, other) }
    let so = setObj(o)
    if (so.pointee.used >> 2) > otherSize { return setCopyAndDifference(o, other) }
    guard let result = makeNewSetBasetype(o.pointee.ob_type, nil) else { return nil }
    let isDict = dictCheckExact(other)
    var pos = 0
    while let e = setNext(so, &pos) {
        let key = e.pointee.key!, hash = e.pointee.hash
        Py_INCREF(key)
        let rv = isDict ? _PyDict_Contains_KnownHash(other, key, hash) : setContainsEntry(setObj(other), key, hash)
        if rv < 0 || (rv == 0 && setAddEntry(setObj(result), key, hash) != 0) { Py_DECREF(key); Py_DECREF(result); return nil }
        Py_DECREF(key)
    }
    return result
}

private func setSymmetricDifferenceUpdate(_ o: PyObjectRef, _ other: PyObjectRef) -> Int32 {
    let so = setObj(o)
    if o == other { return setClearInternal(so) }
    if dictCheckExact(other) {
        var pos = 0
        while let ep = dictNextEntry(dictObj(other), &pos) {
            let key = ep.pointee.key!, hash = ep.pointee.hash
            Py_INCREF(key)
            var rv = setDiscardEntry(so, key, hash)
            if rv == 0 { rv = setAddEntry(so, key, hash) == 0 ? 0 : -1 }
            Py_DECREF(key)
            if rv < 0 { return -1 }
        }
        return 0
    }
    let otherset: PyObjectRef
    if anySetCheck(other) { Py_INCREF(other); otherset = other }
    else { guard let s = makeNewSetBasetype(o.pointee.ob_type, other) else { return -1 }; otherset = s }
    defer { Py_DECREF(otherset) }
    var pos = 0
    while let e = setNext(setObj(otherset), &pos) {
        let key = e.pointee.key!, hash = e.pointee.hash
        Py_INCREF(key)
        var rv = setDiscardEntry(so, key, hash)
        if rv == 0 { rv = setAddEntry(so, key, hash) == 0 ? 0 : -1 }
        Py_DECREF(key)
        if rv < 0 { return -1 }
    }
    return 0
}

private func setSymmetricDifference(_ o: PyObjectRef, _ other: PyObjectRef) -> PyObjectRef? {
    guard let otherset = makeNewSetBasetype(o.pointee.ob_type, other) else { return nil }
    if setSymmetricDifferenceUpdate(otherset, o) < 0 { Py_DECREF(otherset); return nil }
    return otherset
}

// Operators: NotImplemented unless both operands are sets.
private func setOr(_ a: PyObjectRef?, _ b: PyObjectRef?) -> PyObjectRef? {
    guard anySetCheck(a!), anySetCheck(b!) else { return newNotImplemented() }
    guard let r = setCopy(a!) else { return nil }
    if a == b { return r }
    if setUpdateInternal(setObj(r), b!) != 0 { Py_DECREF(r); return nil }
    return r
}
private func setAnd(_ a: PyObjectRef?, _ b: PyObjectRef?) -> PyObjectRef? {
    guard anySetCheck(a!), anySetCheck(b!) else { return newNotImplemented() }
    return setIntersection(a!, b!)
}
private func setSub(_ a: PyObjectRef?, _ b: PyObjectRef?) -> PyObjectRef? {
    guard anySetCheck(a!), anySetCheck(b!) else { return newNotImplemented() }
    return setDifference(a!, b!)
}
private func setXor(_ a: PyObjectRef?, _ b: PyObjectRef?) -> PyObjectRef? {
    guard anySetCheck(a!), anySetCheck(b!) else { return newNotImplemented() }
    return setSymmetricDifference(a!, b!)
}
private func setIor(_ a: PyObjectRef?, _ b: PyObjectRef?) -> PyObjectRef? {
    guard anySetCheck(b!) else { return newNotImplemented() }
    if setUpdateInternal(setObj(a!), b!) != 0 { return nil }
    Py_INCREF(a!); return a
}
private func setIand(_ a: PyObjectRef?, _ b: PyObjectRef?) -> PyObjectRef? {
    guard anySetCheck(b!) else { return newNotImplemented() }
    guard let tmp = setIntersection(a!, b!) else { return nil }
    setSwapBodies(setObj(a!), setObj(tmp))
    Py_DECREF(tmp)
    Py_INCREF(a!); return a
}
private func setIsub(_ a: PyObjectRef?, _ b: PyObjectRef?) -> PyObjectRef? {
    guard anySetCheck(b!) else { return newNotImplemented() }
    if setDifferenceUpdateInternal(a!, b!) != 0 { return nil }
    Py_INCREF(a!); return a
}
private func setIxor(_ a: PyObjectRef?, _ b: PyObjectRef?) -> PyObjectRef? {
    guard anySetCheck(b!) else { return newNotImplemented() }
    if setSymmetricDifferenceUpdate(a!, b!) < 0 { return nil }
    Py_INCREF(a!); return a
}

// MARK: - Methods

private func argsList(_ args: UnsafePointer<PyObjectRef?>?, _ n: Int) -> UnsafeBufferPointer<PyObjectRef?> {
    UnsafeBufferPointer(start: args, count: n)
}

private func mUnion(_ o: PyObjectRef?, _ args: UnsafePointer<PyObjectRef?>?, _ n: Int) -> PyObjectRef? {
    guard let r = setCopy(o!) else { return nil }
    for other in argsList(args, n) where other != o {
        if setUpdateInternal(setObj(r), other!) != 0 { Py_DECREF(r); return nil }
    }
    return r
}
private func mUpdate(_ o: PyObjectRef?, _ args: UnsafePointer<PyObjectRef?>?, _ n: Int) -> PyObjectRef? {
    for other in argsList(args, n) { if setUpdateInternal(setObj(o!), other!) != 0 { return nil } }
    return pyNoneRef()
}
private func intersectionMulti(_ o: PyObjectRef, _ args: UnsafePointer<PyObjectRef?>?, _ n: Int) -> PyObjectRef? {
    if n == 0 { return setCopy(o) }
    var result = o
    Py_INCREF(result)
    for other in argsList(args, n) {
        guard let r = setIntersection(result, other!) else { Py_DECREF(result); return nil }
        Py_DECREF(result)
        result = r
    }
    return result
}
private func mIntersection(_ o: PyObjectRef?, _ args: UnsafePointer<PyObjectRef?>?, _ n: Int) -> PyObjectRef? {
    intersectionMulti(o!, args, n)
}
private func mIntersectionUpdate(_ o: PyObjectRef?, _ args: UnsafePointer<PyObjectRef?>?, _ n: Int) -> PyObjectRef? {
    guard let tmp = intersectionMulti(o!, args, n) else { return nil }
    setSwapBodies(setObj(o!), setObj(tmp))
    Py_DECREF(tmp)
    return pyNoneRef()
}
private func mDifference(_ o: PyObjectRef?, _ args: UnsafePointer<PyObjectRef?>?, _ n: Int) -> PyObjectRef? {
    if n == 0 { return setCopy(o!) }
    guard let r = setDifference(o!, args![0]!) else { return nil }
    for other in argsList(args, n).dropFirst() {
        if setDifferenceUpdateInternal(r, other!) != 0 { Py_DECREF(r); return nil }
    }
    return r
}
private func mDifferenceUpdate(_ o: PyObjectRef?, _ args: UnsafePointer<PyObjectRef?>?, _ n: Int) -> PyObjectRef? {
    for other in argsList(args, n) { if setDifferenceUpdateInternal(o!, other!) != 0 { return nil } }
    return pyNoneRef()
}
private func mSymmetricDifference(_ o: PyObjectRef?, _ other: PyObjectRef?) -> PyObjectRef? { setSymmetricDifference(o!, other!) }
private func mSymmetricDifferenceUpdate(_ o: PyObjectRef?, _ other: PyObjectRef?) -> PyObjectRef? {
    if setSymmetricDifferenceUpdate(o!, other!) < 0 { return nil }
    return pyNoneRef()
}
private func mIsSubset(_ o: PyObjectRef?, _ other: PyObjectRef?) -> PyObjectRef? { setIssubset(o!, other!) }
private func mIsSuperset(_ o: PyObjectRef?, _ other: PyObjectRef?) -> PyObjectRef? { setIssuperset(o!, other!) }

private func mIsDisjoint(_ o: PyObjectRef?, _ otherIn: PyObjectRef?) -> PyObjectRef? {
    var so = o!, other = otherIn!
    if so == other { return pyBool(setObj(so).pointee.used == 0) }
    if anySetCheckExact(other) {
        if setObj(other).pointee.used > setObj(so).pointee.used { swap(&so, &other) }
        var pos = 0
        while let e = setNext(setObj(other), &pos) {
            let key = e.pointee.key!
            Py_INCREF(key)
            let rv = setContainsEntry(setObj(so), key, e.pointee.hash)
            Py_DECREF(key)
            if rv < 0 { return nil }
            if rv > 0 { return pyBool(false) }
        }
        return pyBool(true)
    }
    guard let it = PyObject_GetIter(other) else { return nil }
    defer { Py_DECREF(it) }
    while let key = PyIter_Next(it) {
        let rv = setContainsKey(setObj(so), key)
        Py_DECREF(key)
        if rv < 0 { return nil }
        if rv > 0 { return pyBool(false) }
    }
    if PyErr_Occurred() != nil { return nil }
    return pyBool(true)
}

private func mAdd(_ o: PyObjectRef?, _ key: PyObjectRef?) -> PyObjectRef? {
    if setAddKey(setObj(o!), key!) != 0 { return nil }
    return pyNoneRef()
}

/// discard/remove with CPython's retry of an unhashable set key as a frozenset. 1, 0 or -1.
private func discardWithFrozenRetry(_ o: PyObjectRef, _ key: PyObjectRef) -> Int32 {
    var rv = setDiscardKey(setObj(o), key)
    if rv < 0 {
        if !setCheck(key) || PyErr_ExceptionMatches(PyExc_TypeError) == 0 { return -1 }
        PyErr_Clear()
        guard let tmp = makeNewSet(SPyType_FrozenSet(), key) else { return -1 }
        rv = setDiscardKey(setObj(o), tmp)
        Py_DECREF(tmp)
    }
    return rv
}

private func mRemove(_ o: PyObjectRef?, _ key: PyObjectRef?) -> PyObjectRef? {
    let rv = discardWithFrozenRetry(o!, key!)
    if rv < 0 { return nil }
    if rv == 0 { setKeyError(key!); return nil }
    return pyNoneRef()
}
private func mDiscard(_ o: PyObjectRef?, _ key: PyObjectRef?) -> PyObjectRef? {
    if discardWithFrozenRetry(o!, key!) < 0 { return nil }
    return pyNoneRef()
}

private func mPop(_ o: PyObjectRef?, _ unused: PyObjectRef?) -> PyObjectRef? {
    let so = setObj(o!)
    if so.pointee.used == 0 { setError(PyExc_KeyError, "pop from an empty set"); return nil }
    let t = setTable(so)
    let mask = so.pointee.mask
    var i = so.pointee.finger & mask
    while t[i].key == nil || t[i].key == setDummy {
        i += 1
        if i > mask { i = 0 }
    }
    let key = t[i].key!
    t[i].key = setDummy
    t[i].hash = -1
    so.pointee.used -= 1
    so.pointee.finger = i + 1
    return key
}

private func mClear(_ o: PyObjectRef?, _ unused: PyObjectRef?) -> PyObjectRef? {
    if setClearInternal(setObj(o!)) < 0 { return nil }
    return pyNoneRef()
}
private func mCopy(_ o: PyObjectRef?, _ unused: PyObjectRef?) -> PyObjectRef? { setCopy(o!) }
private func mFrozenCopy(_ o: PyObjectRef?, _ unused: PyObjectRef?) -> PyObjectRef? {
    if o!.pointee.ob_type == SPyType_FrozenSet() { Py_INCREF(o!); return o }
    return setCopy(o!)
}
private func mContains(_ o: PyObjectRef?, _ key: PyObjectRef?) -> PyObjectRef? {
    let rv = setContains(o, key)
    if rv < 0 { return nil }
    return pyBool(rv > 0)
}
private func mSizeof(_ o: PyObjectRef?, _ unused: PyObjectRef?) -> PyObjectRef? {
    PyLong_FromSsize_t(o!.pointee.ob_type.pointee.tp_basicsize + (setObj(o!).pointee.mask + 1) * MemoryLayout<SetEntry>.stride)
}
private func mReduce(_ o: PyObjectRef?, _ unused: PyObjectRef?) -> PyObjectRef? {
    let o = o!
    guard let keys = listFromIterable(o) else { return nil }
    guard let args = tupleNew(1) else { Py_DECREF(keys); return nil }
    tupleItems(args)[0] = keys
    var state: PyObjectRef? = nil
    if let dictPtr = _PyObject_GetDictPtr(o), let d = dictPtr.pointee { Py_INCREF(d); state = d }
    let cls = o.pointee.ob_type.asObject
    Py_INCREF(cls)
    guard let r = tupleNew(3) else { Py_DECREF(args); Py_DECREF(cls); if let state { Py_DECREF(state) }; return nil }
    tupleItems(r)[0] = cls
    tupleItems(r)[1] = args
    tupleItems(r)[2] = state ?? pyNoneRef()
    return r
}

// MARK: - Construction

private func setNewSlot(_ type: PyTypeRef?, _ args: PyObjectRef?, _ kwargs: PyObjectRef?) -> PyObjectRef? {
    if type == SPyType_Set() && !checkNoKeywords("set", kwargs) { return nil }
    return makeNewSet(type!, nil)
}

private func setInit(_ o: PyObjectRef?, _ args: PyObjectRef?, _ kwargs: PyObjectRef?) -> Int32 {
    let o = o!
    if !checkNoKeywords("set", kwargs) { return -1 }
    let (items, n) = argsTuple(args)
    if !checkPositionalCount(containerTypeName(o), n, 0, 1) { return -1 }
    let so = setObj(o)
    if so.pointee.fill != 0 && setClearInternal(so) < 0 { return -1 }
    so.pointee.hash = -1
    if n == 0 { return 0 }
    return setUpdateInternal(so, items[0]!)
}

private func setVectorcall(_ type: PyObjectRef?, _ args: UnsafePointer<PyObjectRef?>?, _ nargsf: Int, _ kwnames: PyObjectRef?) -> PyObjectRef? {
    if !checkNoKwnames("set", kwnames) { return nil }
    let n = nargsf & Int.max
    if !checkPositionalCount("set", n, 0, 1) { return nil }
    return makeNewSet(type!.asType, n == 1 ? args![0] : nil)
}

private func frozensetNewSlot(_ type: PyTypeRef?, _ args: PyObjectRef?, _ kwargs: PyObjectRef?) -> PyObjectRef? {
    let type = type!
    if type == SPyType_FrozenSet() && !checkNoKeywords("frozenset", kwargs) { return nil }
    let (items, n) = argsTuple(args)
    if !checkPositionalCount(containerTypeName(type), n, 0, 1) { return nil }
    return makeNewFrozenset(type, n == 1 ? items[0] : nil)
}

private func frozensetVectorcall(_ type: PyObjectRef?, _ args: UnsafePointer<PyObjectRef?>?, _ nargsf: Int, _ kwnames: PyObjectRef?) -> PyObjectRef? {
    if !checkNoKwnames("frozenset", kwnames) { return nil }
    let n = nargsf & Int.max
    if !checkPositionalCount("frozenset", n, 0, 1) { return nil }
    return makeNewFrozenset(type!.asType, n == 1 ? args![0] : nil)
}

// MARK: - Iterator

private func setIterNext(_ o: PyObjectRef?) -> PyObjectRef? {
    let si = o!.cast(to: _PySetIterObject.self)
    guard let s = si.pointee.si_set else { return nil }
    let so = setObj(s)
    if si.pointee.si_used != so.pointee.used {
        setError(PyExc_RuntimeError, "Set changed size during iteration")
        si.pointee.si_used = -1
        return nil
    }
    var pos = si.pointee.si_pos
    if let e = setNext(so, &pos) {
        si.pointee.si_pos = pos
        si.pointee.len -= 1
        let k = e.pointee.key!
        Py_INCREF(k)
        return k
    }
    si.pointee.si_pos = pos
    si.pointee.si_set = nil
    Py_DECREF(s)
    return nil
}

private func setIterDealloc(_ o: PyObjectRef?) {
    PyObject_GC_UnTrack(o!)
    if let s = o!.cast(to: _PySetIterObject.self).pointee.si_set { Py_DECREF(s) }
    PyObject_GC_Del(UnsafeMutableRawPointer(o!))
}

private func setIterTraverse(_ o: PyObjectRef?, _ visit: visitproc?, _ arg: UnsafeMutableRawPointer?) -> Int32 {
    if let s = o!.cast(to: _PySetIterObject.self).pointee.si_set { return visit!(s, arg) }
    return 0
}

private func setIterLengthHint(_ o: PyObjectRef?, _ unused: PyObjectRef?) -> PyObjectRef? {
    let si = o!.cast(to: _PySetIterObject.self)
    var len = 0
    if let s = si.pointee.si_set, si.pointee.si_used == setObj(s).pointee.used { len = si.pointee.len }
    return PyLong_FromSsize_t(len)
}

// MARK: - C API

@c @implementation public func PySet_New(_ iterable: UnsafeMutablePointer<PyObject>?) -> UnsafeMutablePointer<PyObject>? {
    makeNewSet(SPyType_Set(), iterable)
}

@c @implementation public func PyFrozenSet_New(_ iterable: UnsafeMutablePointer<PyObject>?) -> UnsafeMutablePointer<PyObject>? {
    makeNewSet(SPyType_FrozenSet(), iterable)
}

@c @implementation public func PySet_Size(_ anyset: UnsafeMutablePointer<PyObject>?) -> Int {
    guard let anyset, anySetCheck(anyset) else { PyErr_BadInternalCall_(); return -1 }
    return setObj(anyset).pointee.used
}

@c @implementation public func PySet_Clear(_ set: UnsafeMutablePointer<PyObject>?) -> Int32 {
    guard let set, setCheck(set) else { PyErr_BadInternalCall_(); return -1 }
    return setClearInternal(setObj(set))
}

@c @implementation public func PySet_Contains(_ anyset: UnsafeMutablePointer<PyObject>?, _ key: UnsafeMutablePointer<PyObject>?) -> Int32 {
    guard let anyset, anySetCheck(anyset), let key else { PyErr_BadInternalCall_(); return -1 }
    return setContainsKey(setObj(anyset), key)
}

@c @implementation public func PySet_Discard(_ set: UnsafeMutablePointer<PyObject>?, _ key: UnsafeMutablePointer<PyObject>?) -> Int32 {
    guard let set, setCheck(set), let key else { PyErr_BadInternalCall_(); return -1 }
    return setDiscardKey(setObj(set), key)
}

@c @implementation public func PySet_Add(_ anyset: UnsafeMutablePointer<PyObject>?, _ key: UnsafeMutablePointer<PyObject>?) -> Int32 {
    guard let anyset, let key, setCheck(anyset) || (frozensetCheck(anyset) && anyset.pointee.ob_refcnt == 1) else {
        PyErr_BadInternalCall_(); return -1
    }
    return setAddKey(setObj(anyset), key)
}

@c @implementation public func PySet_Pop(_ set: UnsafeMutablePointer<PyObject>?) -> UnsafeMutablePointer<PyObject>? {
    guard let set, setCheck(set) else { PyErr_BadInternalCall_(); return nil }
    return mPop(set, nil)
}

@c @implementation public func _PySet_Update(_ set: UnsafeMutablePointer<PyObject>?, _ iterable: UnsafeMutablePointer<PyObject>?) -> Int32 {
    guard let set, setCheck(set), let iterable else { PyErr_BadInternalCall_(); return -1 }
    return setUpdateInternal(setObj(set), iterable)
}

@c @implementation public func _PySet_NextEntry(_ set: UnsafeMutablePointer<PyObject>?, _ ppos: UnsafeMutablePointer<Int>?, _ pkey: UnsafeMutablePointer<UnsafeMutablePointer<PyObject>?>?, _ phash: UnsafeMutablePointer<Int>?) -> Int32 {
    guard let set, anySetCheck(set), let ppos else { PyErr_BadInternalCall_(); return -1 }
    var pos = ppos.pointee
    guard let e = setNext(setObj(set), &pos) else { ppos.pointee = pos; return 0 }
    ppos.pointee = pos
    pkey?.pointee = e.pointee.key
    phash?.pointee = e.pointee.hash
    return 1
}

// MARK: - Type set-up

private func commonSetMethods() -> [MethodSpec] {
    [
        classGetItemSpec,
        .oneArg("__contains__", { mContains($0, $1) }, doc: "x.__contains__(y) <==> y in x.", extraFlags: METH_COEXIST),
        .fast("difference", { mDifference($0, $1, $2) }, doc: "Return the difference of two or more sets as a new set.\n\n(i.e. all elements that are in this set but not the others.)"),
        .fast("intersection", { mIntersection($0, $1, $2) }, doc: "Return the intersection of two sets as a new set.\n\n(i.e. all elements that are in both sets.)"),
        .oneArg("isdisjoint", { mIsDisjoint($0, $1) }, doc: "Return True if two sets have a null intersection."),
        .oneArg("issubset", { mIsSubset($0, $1) }, doc: "Report whether another set contains this set."),
        .oneArg("issuperset", { mIsSuperset($0, $1) }, doc: "Report whether this set contains another set."),
        .noArgs("__reduce__", { mReduce($0, $1) }, doc: "Return state information for pickling."),
        .noArgs("__sizeof__", { mSizeof($0, $1) }, doc: "S.__sizeof__() -> size of S in memory, in bytes"),
        .oneArg("symmetric_difference", { mSymmetricDifference($0, $1) }, doc: "Return the symmetric difference of two sets as a new set.\n\n(i.e. all elements that are in exactly one of the sets.)"),
        .fast("union", { mUnion($0, $1, $2) }, doc: "Return the union of sets as a new set.\n\n(i.e. all elements that are in either set.)"),
    ]
}

private func fillSetType(_ t: PyTypeRef, name: String, frozen: Bool) {
    t.pointee.tp_name = immortalCString(name)
    t.pointee.tp_basicsize = MemoryLayout<PySetObject>.size
    t.pointee.tp_dealloc = { setDealloc($0) }
    t.pointee.tp_repr = { setRepr($0) }
    if frozen { t.pointee.tp_hash = { frozensetHash($0) } } else { t.pointee.tp_hash = PyObject_HashNotImplemented }
    t.pointee.tp_getattro = PyObject_GenericGetAttr
    t.pointee.tp_flags = UInt(Py_TPFLAGS_HAVE_VERSION_TAG) | UInt(Py_TPFLAGS_HAVE_GC) | UInt(Py_TPFLAGS_BASETYPE)
    t.pointee.tp_traverse = { setTraverse($0, $1, $2) }
    t.pointee.tp_clear = { setClearSlot($0) }
    t.pointee.tp_richcompare = { setRichCompare($0, $1, $2) }
    t.pointee.tp_weaklistoffset = MemoryLayout<PySetObject>.offset(of: \PySetObject.weakreflist)!
    t.pointee.tp_iter = { setIterSlot($0) }
    t.pointee.tp_alloc = PyType_GenericAlloc
    t.pointee.tp_free = PyObject_GC_Del
    let sq = newSequenceMethods()
    sq.pointee.sq_length = { setLength($0) }
    sq.pointee.sq_contains = { setContains($0, $1) }
    t.pointee.tp_as_sequence = sq
    let nb = newNumberMethods()
    nb.pointee.nb_subtract = { setSub($0, $1) }
    nb.pointee.nb_and = { setAnd($0, $1) }
    nb.pointee.nb_xor = { setXor($0, $1) }
    nb.pointee.nb_or = { setOr($0, $1) }
    if !frozen {
        nb.pointee.nb_inplace_subtract = { setIsub($0, $1) }
        nb.pointee.nb_inplace_and = { setIand($0, $1) }
        nb.pointee.nb_inplace_xor = { setIxor($0, $1) }
        nb.pointee.nb_inplace_or = { setIor($0, $1) }
    }
    t.pointee.tp_as_number = nb
}

func initSetTypes() {
    let s = SPyType_Set()
    fillSetType(s, name: "set", frozen: false)
    s.pointee.tp_doc = immortalCString("set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an unordered collection of unique elements.")
    s.pointee.tp_init = { setInit($0, $1, $2) }
    s.pointee.tp_new = { setNewSlot($0, $1, $2) }
    s.pointee.tp_vectorcall = { setVectorcall($0, $1, $2, $3) }
    s.pointee.tp_methods = makeMethodTable(commonSetMethods() + [
        .oneArg("add", { mAdd($0, $1) }, doc: "Add an element to a set.\n\nThis has no effect if the element is already present."),
        .noArgs("clear", { mClear($0, $1) }, doc: "Remove all elements from this set."),
        .noArgs("copy", { mCopy($0, $1) }, doc: "Return a shallow copy of a set."),
        .oneArg("discard", { mDiscard($0, $1) }, doc: "Remove an element from a set if it is a member.\n\nUnlike set.remove(), the discard() method does not raise\nan exception when an element is missing from the set."),
        .fast("difference_update", { mDifferenceUpdate($0, $1, $2) }, doc: "Remove all elements of another set from this set."),
        .fast("intersection_update", { mIntersectionUpdate($0, $1, $2) }, doc: "Update a set with the intersection of itself and another."),
        .noArgs("pop", { mPop($0, $1) }, doc: "Remove and return an arbitrary set element.\nRaises KeyError if the set is empty."),
        .oneArg("remove", { mRemove($0, $1) }, doc: "Remove an element from a set; it must be a member.\n\nIf the element is not a member, raise a KeyError."),
        .oneArg("symmetric_difference_update", { mSymmetricDifferenceUpdate($0, $1) }, doc: "Update a set with the symmetric difference of itself and another."),
        .fast("update", { mUpdate($0, $1, $2) }, doc: "Update a set with the union of itself and others."),
    ])
    let f = SPyType_FrozenSet()
    fillSetType(f, name: "frozenset", frozen: true)
    f.pointee.tp_doc = immortalCString("frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\nBuild an immutable unordered collection of unique elements.")
    f.pointee.tp_new = { frozensetNewSlot($0, $1, $2) }
    f.pointee.tp_vectorcall = { frozensetVectorcall($0, $1, $2, $3) }
    f.pointee.tp_methods = makeMethodTable(commonSetMethods() + [
        .noArgs("copy", { mFrozenCopy($0, $1) }, doc: "Return a shallow copy of a set."),
    ])
    initIteratorType(SPyType_SetIter(), name: "set_iterator", basicsize: MemoryLayout<_PySetIterObject>.size,
                     dealloc: { setIterDealloc($0) }, traverse: { setIterTraverse($0, $1, $2) }, next: { setIterNext($0) },
                     methods: [.noArgs("__length_hint__", { setIterLengthHint($0, $1) }, doc: "Private method returning an estimate of len(list(it)).")])
}
