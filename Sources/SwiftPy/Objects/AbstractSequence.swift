// Item access, the sequence protocol and the mapping protocol (CPython's abstract.c).
import CPython

@inline(never) func typeErrorFor(_ o: PyObjectRef, _ format: (String) -> String) -> Int32 {
    setError(PyExc_TypeError, format(typeName(of: o)))
    return -1
}

@c @implementation public func PyObject_Type(_ o: PyObjectRef?) -> PyObjectRef? { newRef(o!.type.asObject) }

@c @implementation public func PyObject_Size(_ o: PyObjectRef?) -> Int {
    let o = o!
    if let sq = o.type.pointee.tp_as_sequence, let f = sq.pointee.sq_length { return f(o) }
    return PyMapping_Size(o)
}
@c @implementation public func PyObject_Length(_ o: PyObjectRef?) -> Int { PyObject_Size(o) }

@c @implementation public func PyObject_GetItem(_ o: PyObjectRef?, _ key: PyObjectRef?) -> PyObjectRef? {
    let o = o!, key = key!
    let tp = o.type
    if let mp = tp.pointee.tp_as_mapping, let f = mp.pointee.mp_subscript { return f(o, key) }
    if let sq = tp.pointee.tp_as_sequence, sq.pointee.sq_item != nil {
        if PyIndex_Check(key) != 0 {
            let i = PyNumber_AsSsize_t(key, PyExc_IndexError)
            if i == -1 && errorOccurred() { return nil }
            return PySequence_GetItem(o, i)
        }
        setError(PyExc_TypeError, "sequence index must be integer, not '\(typeName(of: key))'")
        return nil
    }
    if isTypeObject(o) {
        // type[int] is an alias; other classes subscript through __class_getitem__ (PEP 560).
        if o == SPyType_().asObject { return Py_GenericAlias(o, key) }
        let (meth, failed) = lookupAttr(o, pyName(.__class_getitem__))
        if failed { return nil }
        if let m = meth {
            defer { Py_DECREF(m) }
            if m != pyNone { return PyObject_CallOneArg(m, key) }
        }
        setError(PyExc_TypeError, "type '\(typeNameString(o.asType))' is not subscriptable")
        return nil
    }
    setError(PyExc_TypeError, "'\(typeName(of: o))' object is not subscriptable")
    return nil
}

@c @implementation public func PyObject_SetItem(_ o: PyObjectRef?, _ key: PyObjectRef?, _ value: PyObjectRef?) -> Int32 {
    let o = o!, key = key!
    let tp = o.type
    if let mp = tp.pointee.tp_as_mapping, let f = mp.pointee.mp_ass_subscript { return f(o, key, value) }
    if let sq = tp.pointee.tp_as_sequence {
        if PyIndex_Check(key) != 0 {
            let i = PyNumber_AsSsize_t(key, PyExc_IndexError)
            if i == -1 && errorOccurred() { return -1 }
            return PySequence_SetItem(o, i, value)
        } else if sq.pointee.sq_ass_item != nil {
            return typeErrorFor(key) { "sequence index must be integer, not '\($0)'" }
        }
    }
    return typeErrorFor(o) { "'\($0)' object does not support item assignment" }
}

@c @implementation public func PyObject_DelItem(_ o: PyObjectRef?, _ key: PyObjectRef?) -> Int32 {
    let o = o!, key = key!
    let tp = o.type
    if let mp = tp.pointee.tp_as_mapping, let f = mp.pointee.mp_ass_subscript { return f(o, key, nil) }
    if let sq = tp.pointee.tp_as_sequence {
        if PyIndex_Check(key) != 0 {
            let i = PyNumber_AsSsize_t(key, PyExc_IndexError)
            if i == -1 && errorOccurred() { return -1 }
            return PySequence_DelItem(o, i)
        } else if sq.pointee.sq_ass_item != nil {
            return typeErrorFor(key) { "sequence index must be integer, not '\($0)'" }
        }
    }
    return typeErrorFor(o) { "'\($0)' object does not support item deletion" }
}

@c @implementation public func PyObject_DelItemString(_ o: PyObjectRef?, _ key: UnsafePointer<CChar>?) -> Int32 {
    guard let k = PyUnicode_FromString(key) else { return -1 }
    let r = PyObject_DelItem(o, k)
    Py_DECREF(k)
    return r
}

// MARK: - sequences

@c @implementation public func PySequence_Check(_ o: PyObjectRef?) -> Int32 {
    guard let o = o else { return 0 }
    if isDictObject(o) { return 0 }
    return o.type.pointee.tp_as_sequence?.pointee.sq_item != nil ? 1 : 0
}

@c @implementation public func PySequence_Size(_ o: PyObjectRef?) -> Int {
    let o = o!
    if let sq = o.type.pointee.tp_as_sequence, let f = sq.pointee.sq_length { return f(o) }
    if o.type.pointee.tp_as_mapping?.pointee.mp_length != nil {
        return Int(typeErrorFor(o) { "\($0) is not a sequence" })
    }
    return Int(typeErrorFor(o) { "object of type '\($0)' has no len()" })
}
@c @implementation public func PySequence_Length(_ o: PyObjectRef?) -> Int { PySequence_Size(o) }

@c @implementation public func PySequence_Concat(_ s: PyObjectRef?, _ o: PyObjectRef?) -> PyObjectRef? {
    let s = s!, o = o!
    if let sq = s.type.pointee.tp_as_sequence, let f = sq.pointee.sq_concat { return f(s, o) }
    if PySequence_Check(s) != 0 && PySequence_Check(o) != 0 {
        guard let r = binaryOp1(s, o, NB.add.rawValue) else { return nil }
        if r != pyNotImplemented { return r }
        Py_DECREF(r)
    }
    _ = typeErrorFor(s) { "'\($0)' object can't be concatenated" }
    return nil
}

@c @implementation public func PySequence_Repeat(_ o: PyObjectRef?, _ count: Int) -> PyObjectRef? {
    let o = o!
    if let sq = o.type.pointee.tp_as_sequence, let f = sq.pointee.sq_repeat { return f(o, count) }
    if PySequence_Check(o) != 0 {
        guard let n = PyLong_FromSsize_t(count) else { return nil }
        let r = binaryOp1(o, n, NB.multiply.rawValue)
        Py_DECREF(n)
        guard let res = r else { return nil }
        if res != pyNotImplemented { return res }
        Py_DECREF(res)
    }
    _ = typeErrorFor(o) { "'\($0)' object can't be repeated" }
    return nil
}

@c @implementation public func PySequence_InPlaceConcat(_ s: PyObjectRef?, _ o: PyObjectRef?) -> PyObjectRef? {
    let s = s!, o = o!
    if let sq = s.type.pointee.tp_as_sequence {
        if let f = sq.pointee.sq_inplace_concat { return f(s, o) }
        if let f = sq.pointee.sq_concat { return f(s, o) }
    }
    if PySequence_Check(s) != 0 && PySequence_Check(o) != 0 {
        guard let r = binaryIOp1(s, o, NB.inplaceAdd.rawValue, NB.add.rawValue) else { return nil }
        if r != pyNotImplemented { return r }
        Py_DECREF(r)
    }
    _ = typeErrorFor(s) { "'\($0)' object can't be concatenated" }
    return nil
}

@c @implementation public func PySequence_InPlaceRepeat(_ o: PyObjectRef?, _ count: Int) -> PyObjectRef? {
    let o = o!
    if let sq = o.type.pointee.tp_as_sequence {
        if let f = sq.pointee.sq_inplace_repeat { return f(o, count) }
        if let f = sq.pointee.sq_repeat { return f(o, count) }
    }
    if PySequence_Check(o) != 0 {
        guard let n = PyLong_FromSsize_t(count) else { return nil }
        let r = binaryIOp1(o, n, NB.inplaceMultiply.rawValue, NB.multiply.rawValue)
        Py_DECREF(n)
        guard let res = r else { return nil }
        if res != pyNotImplemented { return res }
        Py_DECREF(res)
    }
    _ = typeErrorFor(o) { "'\($0)' object can't be repeated" }
    return nil
}

@c @implementation public func PySequence_GetItem(_ s: PyObjectRef?, _ i: Int) -> PyObjectRef? {
    let s = s!
    if let sq = s.type.pointee.tp_as_sequence, let f = sq.pointee.sq_item {
        var i = i
        if i < 0, let len = sq.pointee.sq_length {
            let n = len(s)
            if n < 0 { return nil }
            i += n
        }
        return f(s, i)
    }
    if s.type.pointee.tp_as_mapping?.pointee.mp_subscript != nil {
        _ = typeErrorFor(s) { "\($0) is not a sequence" }
        return nil
    }
    _ = typeErrorFor(s) { "'\($0)' object does not support indexing" }
    return nil
}

@c @implementation public func PySequence_SetItem(_ s: PyObjectRef?, _ i: Int, _ o: PyObjectRef?) -> Int32 {
    let s = s!
    if let sq = s.type.pointee.tp_as_sequence, let f = sq.pointee.sq_ass_item {
        var i = i
        if i < 0, let len = sq.pointee.sq_length {
            let n = len(s)
            if n < 0 { return -1 }
            i += n
        }
        return f(s, i, o)
    }
    if s.type.pointee.tp_as_mapping?.pointee.mp_ass_subscript != nil {
        return typeErrorFor(s) { "\($0) is not a sequence" }
    }
    return typeErrorFor(s) { "'\($0)' object does not support item assignment" }
}

@c @implementation public func PySequence_DelItem(_ s: PyObjectRef?, _ i: Int) -> Int32 {
    let s = s!
    if let sq = s.type.pointee.tp_as_sequence, let f = sq.pointee.sq_ass_item {
        var i = i
        if i < 0, let len = sq.pointee.sq_length {
            let n = len(s)
            if n < 0 { return -1 }
            i += n
        }
        return f(s, i, nil)
    }
    if s.type.pointee.tp_as_mapping?.pointee.mp_ass_subscript != nil {
        return typeErrorFor(s) { "\($0) is not a sequence" }
    }
    return typeErrorFor(s) { "'\($0)' object doesn't support item deletion" }
}

/// A new slice object for [i1:i2].
func sliceFromIndices(_ i1: Int, _ i2: Int) -> PyObjectRef? {
    guard let a = PyLong_FromSsize_t(i1), let b = PyLong_FromSsize_t(i2) else { return nil }
    let s = PySlice_New(a, b, nil)
    Py_DECREF(a); Py_DECREF(b)
    return s
}

@c @implementation public func PySequence_GetSlice(_ s: PyObjectRef?, _ i1: Int, _ i2: Int) -> PyObjectRef? {
    let s = s!
    if let mp = s.type.pointee.tp_as_mapping, let f = mp.pointee.mp_subscript {
        guard let slice = sliceFromIndices(i1, i2) else { return nil }
        let r = f(s, slice)
        Py_DECREF(slice)
        return r
    }
    _ = typeErrorFor(s) { "'\($0)' object is unsliceable" }
    return nil
}

@c @implementation public func PySequence_SetSlice(_ s: PyObjectRef?, _ i1: Int, _ i2: Int, _ o: PyObjectRef?) -> Int32 {
    let s = s!
    if let mp = s.type.pointee.tp_as_mapping, let f = mp.pointee.mp_ass_subscript {
        guard let slice = sliceFromIndices(i1, i2) else { return -1 }
        let r = f(s, slice, o)
        Py_DECREF(slice)
        return r
    }
    return typeErrorFor(s) { "'\($0)' object doesn't support slice assignment" }
}

@c @implementation public func PySequence_DelSlice(_ s: PyObjectRef?, _ i1: Int, _ i2: Int) -> Int32 {
    let s = s!
    if let mp = s.type.pointee.tp_as_mapping, let f = mp.pointee.mp_ass_subscript {
        guard let slice = sliceFromIndices(i1, i2) else { return -1 }
        let r = f(s, slice, nil)
        Py_DECREF(slice)
        return r
    }
    return typeErrorFor(s) { "'\($0)' object doesn't support slice deletion" }
}

@c @implementation public func PySequence_List(_ v: PyObjectRef?) -> PyObjectRef? {
    let v = v!
    if isTupleObject(v) || v.type.pointee.tp_flags & UInt(Py_TPFLAGS_LIST_SUBCLASS) != 0 {
        let isTuple = isTupleObject(v)
        let n = varSizeOf(v)
        guard let l = PyList_New(n) else { return nil }
        if n == 0 { return l }  // an empty list has no item array
        let dst = listItemsOf(l)!
        let src = isTuple ? tupleItemsOf(v) : listItemsOf(v)!
        for i in 0..<n { dst[i] = newRef(src[i]!) }
        return l
    }
    guard let it = PyObject_GetIter(v) else { return nil }
    defer { Py_DECREF(it) }
    guard let l = PyList_New(0) else { return nil }
    while let item = PyIter_Next(it) {
        let r = PyList_Append(l, item)
        Py_DECREF(item)
        if r < 0 { Py_DECREF(l); return nil }
    }
    if errorOccurred() { Py_DECREF(l); return nil }
    return l
}

@c @implementation public func PySequence_Tuple(_ v: PyObjectRef?) -> PyObjectRef? {
    let v = v!
    if v.pointee.ob_type == SPyType_Tuple() { return newRef(v) }
    if v.type.pointee.tp_flags & UInt(Py_TPFLAGS_LIST_SUBCLASS) != 0 { return PyList_AsTuple(v) }
    guard let l = PySequence_List(v) else { return nil }
    let t = PyList_AsTuple(l)
    Py_DECREF(l)
    return t
}

@c @implementation public func PySequence_Fast(_ v: PyObjectRef?, _ m: UnsafePointer<CChar>?) -> PyObjectRef? {
    guard let v = v else { return nil }
    if v.pointee.ob_type == SPyType_List() || v.pointee.ob_type == SPyType_Tuple() { return newRef(v) }
    guard let it = PyObject_GetIter(v) else {
        if errorMatches(PyExc_TypeError), let m = m { PyErr_SetString(PyExc_TypeError, m) }
        return nil
    }
    let l = PySequence_List(it)
    Py_DECREF(it)
    return l
}

@c @implementation public func PySequence_Count(_ s: PyObjectRef?, _ o: PyObjectRef?) -> Int { sequenceIterSearch(s!, o!, .count) }
@c @implementation public func PySequence_Index(_ s: PyObjectRef?, _ o: PyObjectRef?) -> Int { sequenceIterSearch(s!, o!, .index) }

@c @implementation public func PySequence_Contains(_ seq: PyObjectRef?, _ ob: PyObjectRef?) -> Int32 {
    let seq = seq!
    if let sq = seq.type.pointee.tp_as_sequence, let f = sq.pointee.sq_contains { return f(seq, ob) }
    return Int32(truncatingIfNeeded: sequenceIterSearch(seq, ob!, .contains))
}

// MARK: - mappings

@c @implementation public func PyMapping_Check(_ o: PyObjectRef?) -> Int32 {
    guard let o = o else { return 0 }
    return o.type.pointee.tp_as_mapping?.pointee.mp_subscript != nil ? 1 : 0
}

@c @implementation public func PyMapping_Size(_ o: PyObjectRef?) -> Int {
    let o = o!
    if let mp = o.type.pointee.tp_as_mapping, let f = mp.pointee.mp_length { return f(o) }
    if o.type.pointee.tp_as_sequence?.pointee.sq_length != nil {
        return Int(typeErrorFor(o) { "\($0) is not a mapping" })
    }
    return Int(typeErrorFor(o) { "object of type '\($0)' has no len()" })
}
@c @implementation public func PyMapping_Length(_ o: PyObjectRef?) -> Int { PyMapping_Size(o) }

@c @implementation public func PyMapping_GetItemString(_ o: PyObjectRef?, _ key: UnsafePointer<CChar>?) -> PyObjectRef? {
    guard let k = PyUnicode_FromString(key) else { return nil }
    let r = PyObject_GetItem(o, k)
    Py_DECREF(k)
    return r
}

@c @implementation public func PyMapping_SetItemString(_ o: PyObjectRef?, _ key: UnsafePointer<CChar>?, _ value: PyObjectRef?) -> Int32 {
    guard let k = PyUnicode_FromString(key) else { return -1 }
    let r = PyObject_SetItem(o, k, value)
    Py_DECREF(k)
    return r
}

@c @implementation public func PyMapping_HasKey(_ o: PyObjectRef?, _ key: PyObjectRef?) -> Int32 {
    guard let v = PyObject_GetItem(o, key) else { PyErr_Clear(); return 0 }
    Py_DECREF(v)
    return 1
}

@c @implementation public func PyMapping_HasKeyString(_ o: PyObjectRef?, _ key: UnsafePointer<CChar>?) -> Int32 {
    guard let v = PyMapping_GetItemString(o, key) else { PyErr_Clear(); return 0 }
    Py_DECREF(v)
    return 1
}

/// o.<name>() as a list (keys/values/items of non-dict mappings).
func mappingMethodAsList(_ o: PyObjectRef, _ name: StaticName) -> PyObjectRef? {
    guard let out = PyObject_CallMethodNoArgs(o, pyName(name)) else { return nil }
    defer { Py_DECREF(out) }
    if out.pointee.ob_type == SPyType_List() { return newRef(out) }
    guard let it = PyObject_GetIter(out) else {
        if errorMatches(PyExc_TypeError) {
            PyErr_Clear()
            setError(PyExc_TypeError, "\(typeName(of: o)).\(String(describing: name))() returned a non-iterable (type \(typeName(of: out)))")
        }
        return nil
    }
    let l = PySequence_List(it)
    Py_DECREF(it)
    return l
}

@c @implementation public func PyMapping_Keys(_ o: PyObjectRef?) -> PyObjectRef? {
    let o = o!
    if o.pointee.ob_type == SPyType_Dict() { return PyDict_Keys(o) }
    return mappingMethodAsList(o, .keys)
}
@c @implementation public func PyMapping_Values(_ o: PyObjectRef?) -> PyObjectRef? {
    let o = o!
    if o.pointee.ob_type == SPyType_Dict() { return PyDict_Values(o) }
    return mappingMethodAsList(o, .values)
}
@c @implementation public func PyMapping_Items(_ o: PyObjectRef?) -> PyObjectRef? {
    let o = o!
    if o.pointee.ob_type == SPyType_Dict() { return PyDict_Items(o) }
    return mappingMethodAsList(o, .items)
}
