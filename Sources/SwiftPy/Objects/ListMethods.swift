// list methods (append, extend, insert, pop, remove, index, count, clear, copy, reverse, sort, ...).
import CPython

private func listAppendMethod(_ o: PyObjectRef?, _ v: PyObjectRef?) -> PyObjectRef? {
    if listAppend(o!, v!) < 0 { return nil }
    return pyNoneRef()
}

private func listExtendMethod(_ o: PyObjectRef?, _ v: PyObjectRef?) -> PyObjectRef? {
    if listExtendInternal(o!, v!) < 0 { return nil }
    return pyNoneRef()
}

private func listClearMethod(_ o: PyObjectRef?, _ unused: PyObjectRef?) -> PyObjectRef? {
    listClearInternal(o!)
    return pyNoneRef()
}

private func listCopyMethod(_ o: PyObjectRef?, _ unused: PyObjectRef?) -> PyObjectRef? {
    listFromArray(listItems(o!), containerSize(o!))
}

private func listReverseMethod(_ o: PyObjectRef?, _ unused: PyObjectRef?) -> PyObjectRef? {
    let n = containerSize(o!)
    if n > 1 { reverseItems(listItems(o!), n) }
    return pyNoneRef()
}

/// An index argument as CPython's clinic converts it (__index__, OverflowError when too large).
private func ssizeArgument(_ o: PyObjectRef, _ out: inout Int) -> Bool {
    if let v = smallIntValue(o) { out = v; return true }
    guard let idx = PyNumber_Index(o) else { return false }
    defer { Py_DECREF(idx) }
    let v = PyNumber_AsSsize_t(idx, PyExc_OverflowError)
    if v == -1 && PyErr_Occurred() != nil { return false }
    out = v
    return true
}

private func listInsertMethod(_ o: PyObjectRef?, _ args: UnsafePointer<PyObjectRef?>?, _ nargs: Int) -> PyObjectRef? {
    if !checkPositionalCount("insert", nargs, 2, 2) { return nil }
    var index = 0
    if !ssizeArgument(args![0]!, &index) { return nil }
    if listInsert(o!, index, args![1]!) < 0 { return nil }
    return pyNoneRef()
}

private func listPopMethod(_ o: PyObjectRef?, _ args: UnsafePointer<PyObjectRef?>?, _ nargs: Int) -> PyObjectRef? {
    let o = o!
    if !checkPositionalCount("pop", nargs, 0, 1) { return nil }
    var index = -1
    if nargs == 1 && !ssizeArgument(args![0]!, &index) { return nil }
    let n = containerSize(o)
    if n == 0 { setError(PyExc_IndexError, "pop from empty list"); return nil }
    if index < 0 { index += n }
    if UInt(bitPattern: index) >= UInt(n) { setError(PyExc_IndexError, "pop index out of range"); return nil }
    let items = listItems(o)
    let v = items[index]!
    if index == n - 1 {
        _ = listResize(o, n - 1)
        return v
    }
    (items + index).update(from: items + index + 1, count: n - index - 1)
    _ = listResize(o, n - 1)
    return v   // the list's reference passes to the caller
}

private func listRemoveMethod(_ o: PyObjectRef?, _ value: PyObjectRef?) -> PyObjectRef? {
    let o = o!
    var i = 0
    while i < containerSize(o) {
        let x = listItems(o)[i]!
        Py_INCREF(x)
        let c = containerEqual(x, value!)
        Py_DECREF(x)
        if c > 0 {
            if listAssItem(o, i, nil) < 0 { return nil }
            return pyNoneRef()
        }
        if c < 0 { return nil }
        i += 1
    }
    setError(PyExc_ValueError, "list.remove(x): x not in list")
    return nil
}

private func listIndexMethod(_ o: PyObjectRef?, _ args: UnsafePointer<PyObjectRef?>?, _ nargs: Int) -> PyObjectRef? {
    let o = o!
    var start = 0, stop = Int.max
    if !parseIndexArgs("index", args, nargs, &start, &stop) { return nil }
    let value = args![0]!
    if start < 0 { start += containerSize(o); if start < 0 { start = 0 } }
    if stop < 0 { stop += containerSize(o); if stop < 0 { stop = 0 } }
    var i = start
    while i < stop && i < containerSize(o) {
        let x = listItems(o)[i]!
        Py_INCREF(x)
        let c = containerEqual(x, value)
        Py_DECREF(x)
        if c > 0 { return PyLong_FromSsize_t(i) }
        if c < 0 { return nil }
        i += 1
    }
    guard let r = containerRepr(value) else { return nil }
    setError(PyExc_ValueError, "\(r) is not in list")
    return nil
}

private func listCountMethod(_ o: PyObjectRef?, _ value: PyObjectRef?) -> PyObjectRef? {
    let o = o!
    var count = 0
    var i = 0
    while i < containerSize(o) {
        let x = listItems(o)[i]!
        if x == value { count += 1; i += 1; continue }
        Py_INCREF(x)
        let c = containerEqual(x, value!)
        Py_DECREF(x)
        if c > 0 { count += 1 } else if c < 0 { return nil }
        i += 1
    }
    return PyLong_FromSsize_t(count)
}

private func listReversedMethod(_ o: PyObjectRef?, _ unused: PyObjectRef?) -> PyObjectRef? { listReversedIter(o!) }

private func listSizeofMethod(_ o: PyObjectRef?, _ unused: PyObjectRef?) -> PyObjectRef? {
    PyLong_FromSsize_t(o!.pointee.ob_type.pointee.tp_basicsize + max(0, listObj(o!).pointee.allocated) * 8)
}

private func listGetItemMethod(_ o: PyObjectRef?, _ key: PyObjectRef?) -> PyObjectRef? {
    SPyType_List().pointee.tp_as_mapping!.pointee.mp_subscript!(o, key)
}

func listMethodSpecs() -> [MethodSpec] {
    var specs: [MethodSpec] = [
        .oneArg("__getitem__", { listGetItemMethod($0, $1) }, doc: "x.__getitem__(y) <==> x[y]", extraFlags: METH_COEXIST),
        .noArgs("__reversed__", { listReversedMethod($0, $1) }, doc: "Return a reverse iterator over the list."),
        .noArgs("__sizeof__", { listSizeofMethod($0, $1) }, doc: "Return the size of the list in memory, in bytes."),
        .noArgs("clear", { listClearMethod($0, $1) }, doc: "Remove all items from list."),
        .noArgs("copy", { listCopyMethod($0, $1) }, doc: "Return a shallow copy of the list."),
        .oneArg("append", { listAppendMethod($0, $1) }, doc: "Append object to the end of the list."),
        .fast("insert", { listInsertMethod($0, $1, $2) }, doc: "Insert object before index."),
        .oneArg("extend", { listExtendMethod($0, $1) }, doc: "Extend list by appending elements from the iterable."),
        .fast("pop", { listPopMethod($0, $1, $2) }, doc: "Remove and return item at index (default last).\n\nRaises IndexError if list is empty or index is out of range."),
        .oneArg("remove", { listRemoveMethod($0, $1) }, doc: "Remove first occurrence of value.\n\nRaises ValueError if the value is not present."),
        .fast("index", { listIndexMethod($0, $1, $2) }, doc: "Return first index of value.\n\nRaises ValueError if the value is not present."),
        .oneArg("count", { listCountMethod($0, $1) }, doc: "Return number of occurrences of value."),
        .noArgs("reverse", { listReverseMethod($0, $1) }, doc: "Reverse *IN PLACE*."),
        classGetItemSpec,
    ]
    specs += listSortMethodSpecs()
    return specs
}
