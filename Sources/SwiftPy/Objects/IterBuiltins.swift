// The iterator types behind builtins: enumerate, reversed, zip (strict=), map, filter.
// All are GC types and subclassable (BASETYPE), as in CPython.
import CPython

/// Looks a special method up on the type and binds it to o (CPython's _PyObject_LookupSpecial).
/// nil without an exception = not found.
func lookupSpecialBound(_ o: PyObjectRef, _ name: PyObjectRef) -> PyObjectRef? {
    guard let res = _PyType_Lookup(o.pointee.ob_type, name) else { return nil }
    if let get = res.pointee.ob_type.pointee.tp_descr_get { return get(res, o, o.pointee.ob_type.asObject) }
    Py_INCREF(res)
    return res
}

/// Allocates an instance of an iterator type (static or subclass).
@inline(__always) private func allocIter(_ type: PyTypeRef) -> PyObjectRef? { type.pointee.tp_alloc!(type, 0) }

private let iterFlags = UInt(Py_TPFLAGS_HAVE_VERSION_TAG) | UInt(Py_TPFLAGS_HAVE_GC) | UInt(Py_TPFLAGS_BASETYPE)

/// Keyword arguments of a tp_new call as (name, value) pairs (kwargs: dict or NULL).
private func kwargPairs(_ kwargs: PyObjectRef?) -> [(String, PyObjectRef)] {
    guard let kwargs, dictCheck(kwargs) else { return [] }
    var out: [(String, PyObjectRef)] = []
    var pos = 0
    while let ep = dictNextEntry(dictObj(kwargs), &pos) {
        out.append((strCheck(ep.pointee.key!) ? swiftString(ep.pointee.key!) : "", ep.pointee.value!))
    }
    return out
}

// MARK: - enumerate

@inline(__always) private func enumObj(_ o: PyObjectRef) -> UnsafeMutablePointer<_PyEnumObject> { o.cast(to: _PyEnumObject.self) }

private func enumNew(_ type: PyTypeRef?, _ args: PyObjectRef?, _ kwargs: PyObjectRef?) -> PyObjectRef? {
    let (items, n) = argsTuple(args)
    var iterable: PyObjectRef? = n >= 1 ? items[0] : nil
    var start: PyObjectRef? = n >= 2 ? items[1] : nil
    if n > 2 { setError(PyExc_TypeError, "enumerate() takes at most 2 arguments (\(n) given)"); return nil }
    for (k, v) in kwargPairs(kwargs) {
        if k == "iterable" && n < 1 { iterable = v }
        else if k == "start" && n < 2 { start = v }
        else if k == "iterable" || k == "start" {
            setError(PyExc_TypeError, "argument for enumerate() given by name ('\(k)') and position (\(k == "iterable" ? 1 : 2))"); return nil
        } else {
            setError(PyExc_TypeError, "'\(k)' is an invalid keyword argument for enumerate()"); return nil
        }
    }
    guard let iterable else { setError(PyExc_TypeError, "enumerate() missing required argument 'iterable'"); return nil }
    var index = 0
    var longIndex: PyObjectRef? = nil
    if let start {
        guard let s = PyNumber_Index(start) else { return nil }
        if let v = smallIntValue(s) { index = v; Py_DECREF(s) }
        else { index = Int.max; longIndex = s }
    }
    guard let it = PyObject_GetIter(iterable) else { Py_XDECREF(longIndex); return nil }
    guard let o = allocIter(type!) else { Py_DECREF(it); Py_XDECREF(longIndex); return nil }
    let e = enumObj(o)
    e.pointee.en_index = index
    e.pointee.en_sit = it
    e.pointee.en_result = nil
    e.pointee.en_longindex = longIndex
    return o
}

private func enumNext(_ o: PyObjectRef?) -> PyObjectRef? {
    let e = enumObj(o!)
    let it = e.pointee.en_sit!
    guard let item = it.pointee.ob_type.pointee.tp_iternext!(it) else { return nil }
    let idx: PyObjectRef
    if e.pointee.en_index < Int.max {
        guard let i = PyLong_FromSsize_t(e.pointee.en_index) else { Py_DECREF(item); return nil }
        idx = i
        e.pointee.en_index += 1
    } else {
        if e.pointee.en_longindex == nil { e.pointee.en_longindex = PyLong_FromSsize_t(Int.max) }
        let cur = e.pointee.en_longindex!
        guard let one = PyLong_FromSsize_t(1), let next = PyNumber_Add(cur, one) else { Py_DECREF(item); return nil }
        Py_DECREF(one)
        idx = cur
        e.pointee.en_longindex = next
    }
    return tuplePair(stealing: idx, item)
}

private func enumDealloc(_ o: PyObjectRef?) {
    PyObject_GC_UnTrack(o!)
    let e = enumObj(o!)
    Py_XDECREF(e.pointee.en_sit); Py_XDECREF(e.pointee.en_result); Py_XDECREF(e.pointee.en_longindex)
    o!.pointee.ob_type.pointee.tp_free!(UnsafeMutableRawPointer(o!))
}

private func enumTraverse(_ o: PyObjectRef?, _ visit: visitproc?, _ arg: UnsafeMutableRawPointer?) -> Int32 {
    let e = enumObj(o!)
    for x in [e.pointee.en_sit, e.pointee.en_result, e.pointee.en_longindex] { if let x { let r = visit!(x, arg); if r != 0 { return r } } }
    return 0
}

// MARK: - reversed

@inline(__always) private func revObj(_ o: PyObjectRef) -> UnsafeMutablePointer<_PyReversedObject> { o.cast(to: _PyReversedObject.self) }
nonisolated(unsafe) private var reversedName: PyObjectRef? = nil

private func reversedNew(_ type: PyTypeRef?, _ args: PyObjectRef?, _ kwargs: PyObjectRef?) -> PyObjectRef? {
    if type == SPyType_Reversed() && !checkNoKeywords("reversed", kwargs) { return nil }
    let (items, n) = argsTuple(args)
    if !checkPositionalCount("reversed", n, 1, 1) { return nil }
    let seq = items[0]!
    if listCheckExact(seq) && type == SPyType_Reversed() { return listReversedIter(seq) }
    if reversedName == nil { reversedName = pyIntern("__reversed__") }
    if let meth = lookupSpecialBound(seq, reversedName!) {
        if meth == pyNone {
            Py_DECREF(meth)
            setError(PyExc_TypeError, "'\(containerTypeName(seq))' object is not reversible")
            return nil
        }
        defer { Py_DECREF(meth) }
        return PyObject_CallNoArgs(meth)
    }
    if PyErr_Occurred() != nil { return nil }
    if PySequence_Check(seq) == 0 || dictCheck(seq) {
        setError(PyExc_TypeError, "'\(containerTypeName(seq))' object is not reversible")
        return nil
    }
    let size = PySequence_Size(seq)
    if size == -1 { return nil }
    guard let o = allocIter(type!) else { return nil }
    Py_INCREF(seq)
    revObj(o).pointee.seq = seq
    revObj(o).pointee.index = size - 1
    return o
}

private func reversedNext(_ o: PyObjectRef?) -> PyObjectRef? {
    let r = revObj(o!)
    let index = r.pointee.index
    if index >= 0, let seq = r.pointee.seq {
        if let item = PySequence_GetItem(seq, index) {
            r.pointee.index -= 1
            return item
        }
        if PyErr_ExceptionMatches(PyExc_IndexError) != 0 || PyErr_ExceptionMatches(PyExc_StopIteration) != 0 { PyErr_Clear() }
        else { return nil }
    }
    r.pointee.index = -1
    if let s = r.pointee.seq { r.pointee.seq = nil; Py_DECREF(s) }
    return nil
}

private func reversedLengthHint(_ o: PyObjectRef?, _ u: PyObjectRef?) -> PyObjectRef? {
    let r = revObj(o!)
    guard let seq = r.pointee.seq else { return PyLong_FromSsize_t(0) }
    let size = PySequence_Size(seq)
    if size == -1 { return nil }
    let position = r.pointee.index + 1
    return PyLong_FromSsize_t(size < position ? 0 : position)
}

private func reversedDealloc(_ o: PyObjectRef?) {
    PyObject_GC_UnTrack(o!)
    Py_XDECREF(revObj(o!).pointee.seq)
    o!.pointee.ob_type.pointee.tp_free!(UnsafeMutableRawPointer(o!))
}

private func reversedTraverse(_ o: PyObjectRef?, _ visit: visitproc?, _ arg: UnsafeMutableRawPointer?) -> Int32 {
    if let s = revObj(o!).pointee.seq { return visit!(s, arg) }
    return 0
}

// MARK: - zip

@inline(__always) private func zipObj(_ o: PyObjectRef) -> UnsafeMutablePointer<_PyZipObject> { o.cast(to: _PyZipObject.self) }

private func zipNew(_ type: PyTypeRef?, _ args: PyObjectRef?, _ kwargs: PyObjectRef?) -> PyObjectRef? {
    var strict = false
    for (k, v) in kwargPairs(kwargs) {
        guard k == "strict" else { setError(PyExc_TypeError, "'\(k)' is an invalid keyword argument for zip()"); return nil }
        let t = PyObject_IsTrue(v)
        if t < 0 { return nil }
        strict = t != 0
    }
    let (items, n) = argsTuple(args)
    guard let ittuple = tupleNew(n) else { return nil }
    for i in 0..<n {
        guard let it = PyObject_GetIter(items[i]!) else { Py_DECREF(ittuple); return nil }
        tupleItems(ittuple)[i] = it
    }
    guard let o = allocIter(type!) else { Py_DECREF(ittuple); return nil }
    let z = zipObj(o)
    z.pointee.ittuple = ittuple
    z.pointee.tuplesize = n
    z.pointee.result = nil
    z.pointee.strict = strict ? 1 : 0
    return o
}

private func zipNext(_ o: PyObjectRef?) -> PyObjectRef? {
    let z = zipObj(o!)
    let n = z.pointee.tuplesize
    if n == 0 { return nil }
    let its = tupleItems(z.pointee.ittuple!)
    guard let result = tupleNew(n) else { return nil }
    for i in 0..<n {
        let it = its[i]!
        guard let item = it.pointee.ob_type.pointee.tp_iternext!(it) else {
            Py_DECREF(result)
            if z.pointee.strict != 0 { zipStrictCheck(z, i) }
            return nil
        }
        tupleItems(result)[i] = item
    }
    return result
}

/// After iterator i stopped in strict mode: ValueError unless every iterator stops together.
private func zipStrictCheck(_ z: UnsafeMutablePointer<_PyZipObject>, _ stopped: Int) {
    if PyErr_Occurred() != nil {
        if PyErr_ExceptionMatches(PyExc_StopIteration) == 0 { return }
        PyErr_Clear()
    }
    if stopped > 0 {
        let plural = stopped == 1 ? " " : "s 1-"
        setError(PyExc_ValueError, "zip() argument \(stopped + 1) is shorter than argument\(plural)\(stopped)")
        return
    }
    let its = tupleItems(z.pointee.ittuple!)
    for i in 1..<max(1, z.pointee.tuplesize) {
        let it = its[i]!
        if let item = it.pointee.ob_type.pointee.tp_iternext!(it) {
            Py_DECREF(item)
            let plural = i == 1 ? " " : "s 1-"
            setError(PyExc_ValueError, "zip() argument \(i + 1) is longer than argument\(plural)\(i)")
            return
        }
        if PyErr_Occurred() != nil {
            if PyErr_ExceptionMatches(PyExc_StopIteration) == 0 { return }
            PyErr_Clear()
        }
    }
}

private func zipDealloc(_ o: PyObjectRef?) {
    PyObject_GC_UnTrack(o!)
    Py_XDECREF(zipObj(o!).pointee.ittuple); Py_XDECREF(zipObj(o!).pointee.result)
    o!.pointee.ob_type.pointee.tp_free!(UnsafeMutableRawPointer(o!))
}

private func zipTraverse(_ o: PyObjectRef?, _ visit: visitproc?, _ arg: UnsafeMutableRawPointer?) -> Int32 {
    let z = zipObj(o!)
    for x in [z.pointee.ittuple, z.pointee.result] { if let x { let r = visit!(x, arg); if r != 0 { return r } } }
    return 0
}

// MARK: - map

@inline(__always) private func mapObj(_ o: PyObjectRef) -> UnsafeMutablePointer<_PyMapObject> { o.cast(to: _PyMapObject.self) }

private func mapNew(_ type: PyTypeRef?, _ args: PyObjectRef?, _ kwargs: PyObjectRef?) -> PyObjectRef? {
    if type == SPyType_Map() && !checkNoKeywords("map", kwargs) { return nil }
    let (items, n) = argsTuple(args)
    if n < 2 { setError(PyExc_TypeError, "map() must have at least two arguments."); return nil }
    guard let iters = tupleNew(n - 1) else { return nil }
    for i in 1..<n {
        guard let it = PyObject_GetIter(items[i]!) else { Py_DECREF(iters); return nil }
        tupleItems(iters)[i - 1] = it
    }
    guard let o = allocIter(type!) else { Py_DECREF(iters); return nil }
    Py_INCREF(items[0]!)
    mapObj(o).pointee.func = items[0]
    mapObj(o).pointee.iters = iters
    return o
}

private func mapNext(_ o: PyObjectRef?) -> PyObjectRef? {
    let m = mapObj(o!)
    let iters = m.pointee.iters!
    let n = containerSize(iters)
    return withUnsafeTemporaryAllocation(of: PyObjectRef?.self, capacity: n) { buf -> PyObjectRef? in
        let its = tupleItems(iters)
        for i in 0..<n {
            let it = its[i]!
            guard let x = it.pointee.ob_type.pointee.tp_iternext!(it) else {
                for j in 0..<i { Py_DECREF(buf[j]!) }
                return nil
            }
            buf[i] = x
        }
        let r = PyObject_Vectorcall(m.pointee.func!, UnsafePointer(buf.baseAddress), n, nil)
        for j in 0..<n { Py_DECREF(buf[j]!) }
        return r
    }
}

private func mapDealloc(_ o: PyObjectRef?) {
    PyObject_GC_UnTrack(o!)
    Py_XDECREF(mapObj(o!).pointee.iters); Py_XDECREF(mapObj(o!).pointee.func)
    o!.pointee.ob_type.pointee.tp_free!(UnsafeMutableRawPointer(o!))
}

private func mapTraverse(_ o: PyObjectRef?, _ visit: visitproc?, _ arg: UnsafeMutableRawPointer?) -> Int32 {
    let m = mapObj(o!)
    for x in [m.pointee.iters, m.pointee.func] { if let x { let r = visit!(x, arg); if r != 0 { return r } } }
    return 0
}

// MARK: - filter

@inline(__always) private func filterObj(_ o: PyObjectRef) -> UnsafeMutablePointer<_PyFilterObject> { o.cast(to: _PyFilterObject.self) }

private func filterNew(_ type: PyTypeRef?, _ args: PyObjectRef?, _ kwargs: PyObjectRef?) -> PyObjectRef? {
    if type == SPyType_Filter() && !checkNoKeywords("filter", kwargs) { return nil }
    let (items, n) = argsTuple(args)
    if !checkPositionalCount("filter", n, 2, 2) { return nil }
    guard let it = PyObject_GetIter(items[1]!) else { return nil }
    guard let o = allocIter(type!) else { Py_DECREF(it); return nil }
    Py_INCREF(items[0]!)
    filterObj(o).pointee.func = items[0]
    filterObj(o).pointee.it = it
    return o
}

private func filterNext(_ o: PyObjectRef?) -> PyObjectRef? {
    let f = filterObj(o!)
    let it = f.pointee.it!
    let next = it.pointee.ob_type.pointee.tp_iternext!
    let fn = f.pointee.func!
    let checkTrue = fn == pyNone || fn == SPyType_Bool().asObject
    while true {
        guard let item = next(it) else { return nil }
        var ok: Int32
        if checkTrue {
            ok = PyObject_IsTrue(item)
        } else {
            guard let good = PyObject_CallOneArg(fn, item) else { Py_DECREF(item); return nil }
            ok = PyObject_IsTrue(good)
            Py_DECREF(good)
        }
        if ok > 0 { return item }
        Py_DECREF(item)
        if ok < 0 { return nil }
    }
}

private func filterDealloc(_ o: PyObjectRef?) {
    PyObject_GC_UnTrack(o!)
    Py_XDECREF(filterObj(o!).pointee.func); Py_XDECREF(filterObj(o!).pointee.it)
    o!.pointee.ob_type.pointee.tp_free!(UnsafeMutableRawPointer(o!))
}

private func filterTraverse(_ o: PyObjectRef?, _ visit: visitproc?, _ arg: UnsafeMutableRawPointer?) -> Int32 {
    let f = filterObj(o!)
    for x in [f.pointee.func, f.pointee.it] { if let x { let r = visit!(x, arg); if r != 0 { return r } } }
    return 0
}

// MARK: - Type set-up

private func fillBuiltinIter(_ t: PyTypeRef, _ name: String, _ basicsize: Int, _ doc: String, dealloc: destructor,
                             traverse: traverseproc, next: iternextfunc, new: newfunc, methods: [MethodSpec] = []) {
    initIteratorType(t, name: name, basicsize: basicsize, dealloc: dealloc, traverse: traverse, next: next, methods: methods)
    t.pointee.tp_flags = iterFlags
    t.pointee.tp_doc = immortalCString(doc)
    t.pointee.tp_new = new
    t.pointee.tp_alloc = PyType_GenericAlloc
    t.pointee.tp_free = PyObject_GC_Del
}

func initBuiltinIterTypes() {
    fillBuiltinIter(SPyType_Enum(), "enumerate", MemoryLayout<_PyEnumObject>.size,
                    "Return an enumerate object.\n\n  iterable\n    an object supporting iteration\n\nThe enumerate object yields pairs containing a count (from start, which\ndefaults to zero) and a value yielded by the iterable argument.\n\nenumerate is useful for obtaining an indexed list:\n    (0, seq[0]), (1, seq[1]), (2, seq[2]), ...",
                    dealloc: { enumDealloc($0) }, traverse: { enumTraverse($0, $1, $2) }, next: { enumNext($0) }, new: { enumNew($0, $1, $2) },
                    methods: [classGetItemSpec])
    fillBuiltinIter(SPyType_Reversed(), "reversed", MemoryLayout<_PyReversedObject>.size,
                    "Return a reverse iterator over the values of the given sequence.",
                    dealloc: { reversedDealloc($0) }, traverse: { reversedTraverse($0, $1, $2) }, next: { reversedNext($0) },
                    new: { reversedNew($0, $1, $2) },
                    methods: [.noArgs("__length_hint__", { reversedLengthHint($0, $1) }, doc: "Private method returning an estimate of len(list(it)).")])
    fillBuiltinIter(SPyType_Zip(), "zip", MemoryLayout<_PyZipObject>.size,
                    "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.\n\n   >>> list(zip('abcdefg', range(3), range(4)))\n   [('a', 0, 0), ('b', 1, 1), ('c', 2, 2)]\n\nThe zip object yields n-length tuples, where n is the number of iterables\npassed as positional arguments to zip().  The i-th element in every tuple\ncomes from the i-th iterable argument to zip().  This continues until the\nshortest argument is exhausted.\n\nIf strict is true and one of the arguments is exhausted before the others,\nraise a ValueError.",
                    dealloc: { zipDealloc($0) }, traverse: { zipTraverse($0, $1, $2) }, next: { zipNext($0) }, new: { zipNew($0, $1, $2) })
    fillBuiltinIter(SPyType_Map(), "map", MemoryLayout<_PyMapObject>.size,
                    "map(func, *iterables) --> map object\n\nMake an iterator that computes the function using arguments from\neach of the iterables.  Stops when the shortest iterable is exhausted.",
                    dealloc: { mapDealloc($0) }, traverse: { mapTraverse($0, $1, $2) }, next: { mapNext($0) }, new: { mapNew($0, $1, $2) })
    fillBuiltinIter(SPyType_Filter(), "filter", MemoryLayout<_PyFilterObject>.size,
                    "filter(function or None, iterable) --> filter object\n\nReturn an iterator yielding those items of iterable for which function(item)\nis true. If function is None, return the items that are true.",
                    dealloc: { filterDealloc($0) }, traverse: { filterTraverse($0, $1, $2) }, next: { filterNext($0) }, new: { filterNew($0, $1, $2) })
}
