// Sequence iterators: the list/tuple iterators (index into the item array), PySeqIter_Type
// (iteration through __getitem__ until IndexError/StopIteration) and PyCallIter_Type
// (iter(callable, sentinel)). Layouts in containers.h; it_seq == NULL once exhausted.
import CPython

@inline(__always) func seqIterObj(_ o: PyObjectRef) -> UnsafeMutablePointer<_PySeqIterObject> { o.cast(to: _PySeqIterObject.self) }

/// A new iterator of the given type over seq, starting at index 0.
func seqIterNew(_ type: PyTypeRef, _ seq: PyObjectRef, index: Int = 0) -> PyObjectRef? {
    guard let o = _PyObject_GC_New(type) else { return nil }
    let it = seqIterObj(o)
    Py_INCREF(seq)
    it.pointee.it_seq = seq
    it.pointee.it_index = index
    PyObject_GC_Track(o)
    return o
}

/// next() for list/tuple iterators; `items` gives the sequence's current item array.
@inline(__always) func seqIterNext(_ o: PyObjectRef?, _ items: (PyObjectRef) -> UnsafeMutablePointer<PyObjectRef?>) -> PyObjectRef? {
    let it = seqIterObj(o!)
    guard let seq = it.pointee.it_seq else { return nil }
    let i = it.pointee.it_index
    if i < containerSize(seq) {
        let x = items(seq)[i]!
        it.pointee.it_index = i + 1
        Py_INCREF(x)
        return x
    }
    it.pointee.it_seq = nil
    Py_DECREF(seq)
    return nil
}

private func seqIterDealloc(_ o: PyObjectRef?) {
    let o = o!
    PyObject_GC_UnTrack(o)
    if let s = seqIterObj(o).pointee.it_seq { Py_DECREF(s) }
    PyObject_GC_Del(UnsafeMutableRawPointer(o))
}

private func seqIterTraverse(_ o: PyObjectRef?, _ visit: visitproc?, _ arg: UnsafeMutableRawPointer?) -> Int32 {
    if let s = seqIterObj(o!).pointee.it_seq { return visit!(s, arg) }
    return 0
}

private func seqIterLengthHint(_ o: PyObjectRef?, _ unused: PyObjectRef?) -> PyObjectRef? {
    let it = seqIterObj(o!)
    guard let s = it.pointee.it_seq else { return PyLong_FromSsize_t(0) }
    return PyLong_FromSsize_t(max(0, containerSize(s) - it.pointee.it_index))
}

private func seqIterSetState(_ o: PyObjectRef?, _ state: PyObjectRef?) -> PyObjectRef? {
    let it = seqIterObj(o!)
    var index = PyLong_AsSsize_t(state!)
    if index == -1 && PyErr_Occurred() != nil { return nil }
    if let s = it.pointee.it_seq {
        if index < 0 { index = 0 } else if index > containerSize(s) { index = containerSize(s) }
        it.pointee.it_index = index
    }
    return pyNoneRef()
}

/// Common set-up of an iterator type: GC object, generic getattr, self-iter.
func initIteratorType(_ t: PyTypeRef, name: String, basicsize: Int, dealloc: destructor, traverse: traverseproc?,
                      next: iternextfunc, methods: [MethodSpec] = []) {
    t.pointee.tp_name = immortalCString(name)
    t.pointee.tp_basicsize = basicsize
    t.pointee.tp_dealloc = dealloc
    t.pointee.tp_getattro = PyObject_GenericGetAttr
    t.pointee.tp_flags = UInt(Py_TPFLAGS_HAVE_VERSION_TAG) | (traverse != nil ? UInt(Py_TPFLAGS_HAVE_GC) : 0)
    t.pointee.tp_traverse = traverse
    t.pointee.tp_iter = PyObject_SelfIter
    t.pointee.tp_iternext = next
    if !methods.isEmpty { t.pointee.tp_methods = makeMethodTable(methods) }
}

/// list_iterator / tuple_iterator.
func initSeqIterType(_ t: PyTypeRef, name: String, next: iternextfunc) {
    initIteratorType(t, name: name, basicsize: MemoryLayout<_PySeqIterObject>.size,
                     dealloc: { seqIterDealloc($0) }, traverse: { seqIterTraverse($0, $1, $2) }, next: next,
                     methods: [.noArgs("__length_hint__", { seqIterLengthHint($0, $1) }, doc: "Private method returning an estimate of len(list(it))."),
                               .oneArg("__setstate__", { seqIterSetState($0, $1) }, doc: "Set state information for unpickling.")])
}

// MARK: - list_reverseiterator

private func listRevIterNext(_ o: PyObjectRef?) -> PyObjectRef? {
    let it = seqIterObj(o!)
    guard let seq = it.pointee.it_seq else { return nil }
    let i = it.pointee.it_index
    if i >= 0 && i < containerSize(seq) {
        let x = listItems(seq)[i]!
        it.pointee.it_index = i - 1
        Py_INCREF(x)
        return x
    }
    it.pointee.it_index = -1
    it.pointee.it_seq = nil
    Py_DECREF(seq)
    return nil
}

private func listRevIterLengthHint(_ o: PyObjectRef?, _ unused: PyObjectRef?) -> PyObjectRef? {
    let it = seqIterObj(o!)
    var len = it.pointee.it_index + 1
    if it.pointee.it_seq == nil || containerSize(it.pointee.it_seq!) < len { len = 0 }
    return PyLong_FromSsize_t(len)
}

/// reversed(list).
func listReversedIter(_ l: PyObjectRef) -> PyObjectRef? {
    seqIterNew(SPyType_ListRevIter(), l, index: containerSize(l) - 1)
}

func initListRevIterType() {
    initIteratorType(SPyType_ListRevIter(), name: "list_reverseiterator", basicsize: MemoryLayout<_PySeqIterObject>.size,
                     dealloc: { seqIterDealloc($0) }, traverse: { seqIterTraverse($0, $1, $2) }, next: { listRevIterNext($0) },
                     methods: [.noArgs("__length_hint__", { listRevIterLengthHint($0, $1) }, doc: "Private method returning an estimate of len(list(it)).")])
}

// MARK: - iterator (PySeqIter_Type): iteration through __getitem__

private func getItemIterNext(_ o: PyObjectRef?) -> PyObjectRef? {
    let it = seqIterObj(o!)
    guard let seq = it.pointee.it_seq else { return nil }
    if it.pointee.it_index == Int.max {
        setError(PyExc_OverflowError, "iter index too large")
        return nil
    }
    if let r = PySequence_GetItem(seq, it.pointee.it_index) {
        it.pointee.it_index += 1
        return r
    }
    if PyErr_ExceptionMatches(PyExc_IndexError) != 0 || PyErr_ExceptionMatches(PyExc_StopIteration) != 0 {
        PyErr_Clear()
        it.pointee.it_seq = nil
        Py_DECREF(seq)
    }
    return nil
}

private func getItemIterLengthHint(_ o: PyObjectRef?, _ unused: PyObjectRef?) -> PyObjectRef? {
    let it = seqIterObj(o!)
    guard let seq = it.pointee.it_seq else { return PyLong_FromSsize_t(0) }
    let size = PySequence_Size(seq)
    if size == -1 { return nil }
    return PyLong_FromSsize_t(max(0, size - it.pointee.it_index))
}

@c @implementation public func PySeqIter_New(_ seq: UnsafeMutablePointer<PyObject>?) -> UnsafeMutablePointer<PyObject>? {
    guard let seq else { PyErr_BadInternalCall_(); return nil }
    return seqIterNew(SPyType_SeqIter(), seq)
}

// MARK: - callable_iterator

@inline(__always) private func callIterObj(_ o: PyObjectRef) -> UnsafeMutablePointer<_PyCallIterObject> { o.cast(to: _PyCallIterObject.self) }

@c @implementation public func PyCallIter_New(_ callable: UnsafeMutablePointer<PyObject>?, _ sentinel: UnsafeMutablePointer<PyObject>?) -> UnsafeMutablePointer<PyObject>? {
    guard let o = _PyObject_GC_New(SPyType_CallIter()) else { return nil }
    let it = callIterObj(o)
    Py_XINCREF(callable); Py_XINCREF(sentinel)
    it.pointee.it_callable = callable
    it.pointee.it_sentinel = sentinel
    PyObject_GC_Track(o)
    return o
}

private func callIterClear(_ it: UnsafeMutablePointer<_PyCallIterObject>) {
    if let c = it.pointee.it_callable { it.pointee.it_callable = nil; Py_DECREF(c) }
    if let s = it.pointee.it_sentinel { it.pointee.it_sentinel = nil; Py_DECREF(s) }
}

private func callIterNext(_ o: PyObjectRef?) -> PyObjectRef? {
    let it = callIterObj(o!)
    guard let callable = it.pointee.it_callable else { return nil }
    let result = PyObject_CallNoArgs(callable)
    if let result, let sentinel = it.pointee.it_sentinel {
        let ok = PyObject_RichCompareBool(sentinel, result, Py_EQ)
        if ok == 0 { return result }
        if ok > 0 { callIterClear(it) }
    } else if result == nil && PyErr_ExceptionMatches(PyExc_StopIteration) != 0 {
        PyErr_Clear()
        callIterClear(it)
    }
    if let result { Py_DECREF(result) }
    return nil
}

private func callIterDealloc(_ o: PyObjectRef?) {
    PyObject_GC_UnTrack(o!)
    callIterClear(callIterObj(o!))
    PyObject_GC_Del(UnsafeMutableRawPointer(o!))
}

private func callIterTraverse(_ o: PyObjectRef?, _ visit: visitproc?, _ arg: UnsafeMutableRawPointer?) -> Int32 {
    let it = callIterObj(o!)
    if let c = it.pointee.it_callable { let r = visit!(c, arg); if r != 0 { return r } }
    if let s = it.pointee.it_sentinel { return visit!(s, arg) }
    return 0
}

func initSeqIterTypes() {
    initIteratorType(SPyType_SeqIter(), name: "iterator", basicsize: MemoryLayout<_PySeqIterObject>.size,
                     dealloc: { seqIterDealloc($0) }, traverse: { seqIterTraverse($0, $1, $2) }, next: { getItemIterNext($0) },
                     methods: [.noArgs("__length_hint__", { getItemIterLengthHint($0, $1) }, doc: "Private method returning an estimate of len(list(it)).")])
    initIteratorType(SPyType_CallIter(), name: "callable_iterator", basicsize: MemoryLayout<_PyCallIterObject>.size,
                     dealloc: { callIterDealloc($0) }, traverse: { callIterTraverse($0, $1, $2) }, next: { callIterNext($0) })
}
