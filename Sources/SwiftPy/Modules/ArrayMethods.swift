// array.array methods and sequence/mapping slots (CPython 3.11's arraymodule.c behaviour).
import CPython
import Glibc

private func fullTypeName(_ o: PyObjectRef) -> String { String(cString: o.pointee.ob_type.pointee.tp_name) }

/// A copy of items [start, start + count) with `step`, as a new plain array.
private func arrSlice(_ o: PyObjectRef, _ start: Int, _ count: Int, _ step: Int = 1) -> PyObjectRef? {
    guard let r = newArray(arrayType!, arrTypecode(o), count) else { return nil }
    let size = arrItemSize(o)
    if step == 1 {
        if count > 0 { arrItemPtr(r, 0).copyMemory(from: arrItemPtr(o, start), byteCount: count * size) }
    } else {
        for i in 0..<count { arrItemPtr(r, i).copyMemory(from: arrItemPtr(o, start + i * step), byteCount: size) }
    }
    return r
}

/// Removes items [lo, hi) (step 1).
private func arrDelete(_ o: PyObjectRef, _ lo: Int, _ hi: Int) -> Bool {
    let n = arrCount(o), size = arrItemSize(o)
    if hi <= lo { return true }
    if arr(o).pointee.ob_exports > 0 {
        setError(PyExc_BufferError, "cannot resize an array that is exporting buffers"); return false
    }
    if hi < n { arrItemPtr(o, lo).copyMemory(from: arrItemPtr(o, hi), byteCount: (n - hi) * size) }
    return arrResize(o, n - (hi - lo))
}

// MARK: - sequence slots

private let array_length: lenfunc = { o in arrCount(o!) }

private let array_item: ssizeargfunc = { o, i in
    let o = o!
    if i < 0 || i >= arrCount(o) { setError(PyExc_IndexError, "array index out of range"); return nil }
    return arrGetItem(o, i)
}

private let array_ass_item: ssizeobjargproc = { o, i, v in
    let o = o!
    if i < 0 || i >= arrCount(o) { setError(PyExc_IndexError, "array assignment index out of range"); return -1 }
    guard let v else { return arrDelete(o, i, i + 1) ? 0 : -1 }
    return arrStore(arrTypecode(o), arrItemPtr(o, i), v) ? 0 : -1
}

private let array_contains: objobjproc = { o, v in
    let o = o!
    var i = 0
    while i < arrCount(o) {
        guard let x = arrGetItem(o, i) else { return -1 }
        let r = PyObject_RichCompareBool(x, v, Py_EQ)
        Py_DECREF(x)
        if r != 0 { return r }
        i += 1
    }
    return 0
}

private let array_concat: binaryfunc = { a, b in
    let a = a!, b = b!
    guard isArray(b) else {
        setError(PyExc_TypeError, "can only append array (not \"\(fullTypeName(b))\") to array"); return nil
    }
    if arrTypecode(a) != arrTypecode(b) { _ = PyErr_BadArgument(); return nil }
    let na = arrCount(a), nb = arrCount(b)
    guard let r = newArray(arrayType!, arrTypecode(a), na + nb) else { return nil }
    let size = arrItemSize(a)
    if na > 0 { arrItemPtr(r, 0).copyMemory(from: arrItemPtr(a, 0), byteCount: na * size) }
    if nb > 0 { arrItemPtr(r, na).copyMemory(from: arrItemPtr(b, 0), byteCount: nb * size) }
    return r
}

private let array_repeat: ssizeargfunc = { o, count in
    let o = o!
    let n = arrCount(o), k = max(count, 0)
    let (total, ovf) = n.multipliedReportingOverflow(by: k)
    if ovf { return PyErr_NoMemory() }
    guard let r = newArray(arrayType!, arrTypecode(o), total) else { return nil }
    let bytes = n * arrItemSize(o)
    for j in 0..<(n == 0 ? 0 : k) { arrItemPtr(r, j * n).copyMemory(from: arrItemPtr(o, 0), byteCount: bytes) }
    return r
}

private let array_inplace_concat: binaryfunc = { a, b in
    let a = a!, b = b!
    guard isArray(b) else {
        setError(PyExc_TypeError, "can only extend array with array (not \"\(fullTypeName(b))\")"); return nil
    }
    if !arrExtend(a, b) { return nil }
    Py_INCREF(a)
    return a
}

private let array_inplace_repeat: ssizeargfunc = { o, count in
    let o = o!
    let n = arrCount(o)
    if n > 0 && count != 1 {
        if count <= 0 {
            if !arrResize(o, 0) { return nil }
        } else {
            let (total, ovf) = n.multipliedReportingOverflow(by: count)
            if ovf { return PyErr_NoMemory() }
            if !arrResize(o, total) { return nil }
            let bytes = n * arrItemSize(o)
            for j in 1..<count { arrItemPtr(o, j * n).copyMemory(from: arrItemPtr(o, 0), byteCount: bytes) }
        }
    }
    Py_INCREF(o)
    return o
}

// MARK: - mapping slots

private let array_subscript: binaryfunc = { o, key in
    let o = o!, key = key!
    if PyIndex_Check(key) != 0 {
        var i = PyNumber_AsSsize_t(key, PyExc_IndexError)
        if i == -1 && errorOccurred() { return nil }
        if i < 0 { i += arrCount(o) }
        return array_item(o, i)
    }
    if key.pointee.ob_type == SPyType_Slice() {
        var start = 0, stop = 0, step = 0
        if PySlice_Unpack(key, &start, &stop, &step) < 0 { return nil }
        let len = PySlice_AdjustIndices(arrCount(o), &start, &stop, step)
        return arrSlice(o, start, len, step)
    }
    setError(PyExc_TypeError, "array indices must be integers")
    return nil
}

private let array_ass_subscript: objobjargproc = { o, key, value in
    let o = o!, key = key!
    if PyIndex_Check(key) != 0 {
        var i = PyNumber_AsSsize_t(key, PyExc_IndexError)
        if i == -1 && errorOccurred() { return -1 }
        if i < 0 { i += arrCount(o) }
        return array_ass_item(o, i, value)
    }
    guard key.pointee.ob_type == SPyType_Slice() else {
        setError(PyExc_TypeError, "array indices must be integer"); return -1
    }
    // the new items, copied first (the value may be this array)
    var needed = 0
    var items: UnsafeMutableRawPointer? = nil
    defer { items?.deallocate() }
    let size = arrItemSize(o)
    if let value {
        guard isArray(value) else {
            setError(PyExc_TypeError, "can only assign array (not \"\(fullTypeName(value))\") to array slice"); return -1
        }
        if arrTypecode(value) != arrTypecode(o) { _ = PyErr_BadArgument(); return -1 }
        needed = arrCount(value)
        items = UnsafeMutableRawPointer.allocate(byteCount: max(needed * size, 1), alignment: 16)
        if needed > 0 { items!.copyMemory(from: arrItemPtr(value, 0), byteCount: needed * size) }
    }
    var start = 0, stop = 0, step = 0
    if PySlice_Unpack(key, &start, &stop, &step) < 0 { return -1 }
    let n = arrCount(o)
    let slicelength = PySlice_AdjustIndices(n, &start, &stop, step)
    if step == 1 {
        if slicelength != needed && arr(o).pointee.ob_exports > 0 {
            setError(PyExc_BufferError, "cannot resize an array that is exporting buffers"); return -1
        }
        let tail = n - start - slicelength
        let tmp = UnsafeMutableRawPointer.allocate(byteCount: max(tail * size, 1), alignment: 16)
        defer { tmp.deallocate() }
        if tail > 0 { tmp.copyMemory(from: arrItemPtr(o, start + slicelength), byteCount: tail * size) }
        if !arrResize(o, n - slicelength + needed) { return -1 }
        if needed > 0 { arrItemPtr(o, start).copyMemory(from: items!, byteCount: needed * size) }
        if tail > 0 { arrItemPtr(o, start + needed).copyMemory(from: tmp, byteCount: tail * size) }
        return 0
    }
    if value == nil {
        if slicelength == 0 { return 0 }
        if arr(o).pointee.ob_exports > 0 {
            setError(PyExc_BufferError, "cannot resize an array that is exporting buffers"); return -1
        }
        // keep the items that are not in the slice, in order
        var drop = Set<Int>()
        for k in 0..<slicelength { drop.insert(start + k * step) }
        var w = 0
        for i in 0..<n where !drop.contains(i) {
            if w != i { arrItemPtr(o, w).copyMemory(from: arrItemPtr(o, i), byteCount: size) }
            w += 1
        }
        return arrResize(o, w) ? 0 : -1
    }
    if needed != slicelength {
        setError(PyExc_ValueError, "attempt to assign array of size \(needed) to extended slice of size \(slicelength)")
        return -1
    }
    for k in 0..<slicelength { arrItemPtr(o, start + k * step).copyMemory(from: items! + k * size, byteCount: size) }
    return 0
}

// MARK: - comparison and repr

private let array_richcompare: richcmpfunc = { v, w, op in
    let v = v!, w = w!
    guard isArray(v), isArray(w) else { Py_INCREF(pyNotImplemented); return pyNotImplemented }
    let nv = arrCount(v), nw = arrCount(w)
    if nv != nw && (op == Py_EQ || op == Py_NE) { return pyBool(op == Py_NE) }
    // the first index where the items differ
    var i = 0
    while i < nv && i < nw {
        guard let x = arrGetItem(v, i) else { return nil }
        guard let y = arrGetItem(w, i) else { Py_DECREF(x); return nil }
        let eq = PyObject_RichCompareBool(x, y, Py_EQ)
        if eq == 0 {
            defer { Py_DECREF(x); Py_DECREF(y) }
            if op == Py_EQ { return pyBool(false) }
            if op == Py_NE { return pyBool(true) }
            return PyObject_RichCompare(x, y, op)
        }
        Py_DECREF(x); Py_DECREF(y)
        if eq < 0 { return nil }
        i += 1
    }
    let r: Bool
    switch op {
    case Py_LT: r = nv < nw
    case Py_LE: r = nv <= nw
    case Py_EQ: r = nv == nw
    case Py_NE: r = nv != nw
    case Py_GT: r = nv > nw
    default: r = nv >= nw
    }
    return pyBool(r)
}

private func unicodeOf(_ o: PyObjectRef) -> PyObjectRef? {
    var b = UnicodeBuilder(capacity: arrCount(o))
    for i in 0..<arrCount(o) { b.append(arrItemPtr(o, i).loadUnaligned(as: UInt32.self)) }
    return b.finish()
}

private func listOf(_ o: PyObjectRef) -> PyObjectRef? {
    let n = arrCount(o)
    guard let l = PyList_New(n) else { return nil }
    for i in 0..<n {
        guard let x = arrGetItem(o, i) else { Py_DECREF(l); return nil }
        sListItems(l)[i] = x
    }
    return l
}

private let array_repr: reprfunc = { o in
    let o = o!
    let tc = String(UnicodeScalar(arrTypecode(o)))
    let name = typeName(o)
    if arrCount(o) == 0 { return pyStr("\(name)('\(tc)')") }
    guard let inner = arrTypecode(o) == UInt8(ascii: "u") ? unicodeOf(o) : listOf(o) else { return nil }
    defer { Py_DECREF(inner) }
    guard let r = PyObject_Repr(inner) else { return nil }
    defer { Py_DECREF(r) }
    return pyStr("\(name)('\(tc)', \(swiftString(r)))")
}

// MARK: - methods

private let array_append: OneArgFn = { o, v in arrAppend(o!, v!) ? pyNoneRef() : nil }
private let array_extend: OneArgFn = { o, v in arrExtend(o!, v!) ? pyNoneRef() : nil }

private let array_insert: FastFn = { o, args, nargs in
    let o = o!
    guard checkArgCount("insert", nargs, min: 2, max: 2) else { return nil }
    guard var i = argAsSsize(arg(args, 0)) else { return nil }
    let n = arrCount(o)
    if i < 0 { i = max(i + n, 0) }
    if i > n { i = n }
    var tmp: UInt64 = 0
    let ok = withUnsafeMutableBytes(of: &tmp) { arrStore(arrTypecode(o), $0.baseAddress!, arg(args, 1)) }
    if !ok || !arrResize(o, n + 1) { return nil }
    let size = arrItemSize(o)
    if i < n { arrItemPtr(o, i + 1).copyMemory(from: arrItemPtr(o, i), byteCount: (n - i) * size) }
    withUnsafeBytes(of: &tmp) { arrItemPtr(o, i).copyMemory(from: $0.baseAddress!, byteCount: size) }
    return pyNoneRef()
}

private let array_pop: FastFn = { o, args, nargs in
    let o = o!
    guard checkArgCount("pop", nargs, min: 0, max: 1) else { return nil }
    var i = -1
    if nargs == 1 { guard let x = argAsSsize(arg(args, 0)) else { return nil }; i = x }
    let n = arrCount(o)
    if n == 0 { setError(PyExc_IndexError, "pop from empty array"); return nil }
    if i < 0 { i += n }
    if i < 0 || i >= n { setError(PyExc_IndexError, "pop index out of range"); return nil }
    guard let x = arrGetItem(o, i) else { return nil }
    if !arrDelete(o, i, i + 1) { Py_DECREF(x); return nil }
    return x
}

/// Index of the first item equal to v in [start, stop), -1 when none, nil with an error.
private func findItem(_ o: PyObjectRef, _ v: PyObjectRef, _ start: Int = 0, _ stop: Int = Int.max) -> Int? {
    var i = start
    while i < min(stop, arrCount(o)) {
        guard let x = arrGetItem(o, i) else { return nil }
        let r = PyObject_RichCompareBool(x, v, Py_EQ)
        Py_DECREF(x)
        if r < 0 { return nil }
        if r > 0 { return i }
        i += 1
    }
    return -1
}

private let array_remove: OneArgFn = { o, v in
    guard let i = findItem(o!, v!) else { return nil }
    if i < 0 { setError(PyExc_ValueError, "array.remove(x): x not in array"); return nil }
    return arrDelete(o!, i, i + 1) ? pyNoneRef() : nil
}

private let array_index: FastFn = { o, args, nargs in
    let o = o!
    guard checkArgCount("index", nargs, min: 1, max: 3) else { return nil }
    let n = arrCount(o)
    var start = 0, stop = Int.max
    if nargs > 1 { guard let x = sliceIndexArg(args![1], 0) else { return nil }; start = x }
    if nargs > 2 { guard let x = sliceIndexArg(args![2], Int.max) else { return nil }; stop = x }
    if start < 0 { start = max(start + n, 0) }
    if stop < 0 { stop = max(stop + n, 0) }
    guard let i = findItem(o, arg(args, 0), start, stop) else { return nil }
    if i < 0 { setError(PyExc_ValueError, "array.index(x): x not in array"); return nil }
    return pyInt(i)
}

private let array_count: OneArgFn = { o, v in
    let o = o!
    var c = 0
    for i in 0..<arrCount(o) {
        guard let x = arrGetItem(o, i) else { return nil }
        let r = PyObject_RichCompareBool(x, v, Py_EQ)
        Py_DECREF(x)
        if r < 0 { return nil }
        c += Int(r)
    }
    return pyInt(c)
}

private let array_reverse: NoArgsFn = { o, _ in
    let o = o!
    let n = arrCount(o), size = arrItemSize(o)
    var tmp: UInt64 = 0
    withUnsafeMutableBytes(of: &tmp) { t in
        var i = 0, j = n - 1
        while i < j {
            t.baseAddress!.copyMemory(from: arrItemPtr(o, i), byteCount: size)
            arrItemPtr(o, i).copyMemory(from: arrItemPtr(o, j), byteCount: size)
            arrItemPtr(o, j).copyMemory(from: t.baseAddress!, byteCount: size)
            i += 1; j -= 1
        }
    }
    return pyNoneRef()
}

private let array_tolist: NoArgsFn = { o, _ in listOf(o!) }

private let array_fromlist: OneArgFn = { o, list in
    let o = o!, list = list!
    guard sIsList(list) else { setError(PyExc_TypeError, "arg must be list"); return nil }
    let old = arrCount(o)
    var i = 0
    while i < PyObject_Size(list) {
        if !arrAppend(o, sListItems(list)[i]!) {
            // all or nothing
            if arrCount(o) != old { _ = arrResize(o, old) }
            return nil
        }
        i += 1
    }
    return pyNoneRef()
}

private let array_tobytes: NoArgsFn = { o, _ in
    let o = o!
    return PyBytes_FromStringAndSize(arr(o).pointee.ob_item, arrCount(o) * arrItemSize(o))
}

private let array_frombytes: OneArgFn = { o, b in
    let o = o!
    var view = Py_buffer()
    if PyObject_GetBuffer(b!, &view, PyBUF_SIMPLE) < 0 { return nil }
    defer { PyBuffer_Release(&view) }
    if view.itemsize != 1 { setError(PyExc_TypeError, "a bytes-like object is required"); return nil }
    if view.len % arrItemSize(o) != 0 { setError(PyExc_ValueError, "bytes length not a multiple of item size"); return nil }
    return arrAppendRaw(o, view.buf, view.len / arrItemSize(o)) ? pyNoneRef() : nil
}

private let array_tounicode: NoArgsFn = { o, _ in
    if arrTypecode(o!) != UInt8(ascii: "u") {
        setError(PyExc_ValueError, "tounicode() may only be called on unicode type arrays"); return nil
    }
    return unicodeOf(o!)
}

private let array_fromunicode: OneArgFn = { o, s in
    let o = o!, s = s!
    guard isStr(s) else { setError(PyExc_TypeError, "fromunicode() argument must be str, not \(typeName(s))"); return nil }
    if arrTypecode(o) != UInt8(ascii: "u") {
        setError(PyExc_ValueError, "fromunicode() may only be called on unicode type arrays"); return nil
    }
    return arrFromStr(o, s) ? pyNoneRef() : nil
}

private let array_byteswap: NoArgsFn = { o, _ in
    let o = o!
    let size = arrItemSize(o)
    for i in 0..<arrCount(o) {
        let p = arrItemPtr(o, i).assumingMemoryBound(to: UInt8.self)
        var a = 0, b = size - 1
        while a < b { let t = p[a]; p[a] = p[b]; p[b] = t; a += 1; b -= 1 }
    }
    return pyNoneRef()
}

private let array_buffer_info: NoArgsFn = { o, _ in
    let o = o!
    guard let addr = PyLong_FromVoidPtr(arr(o).pointee.ob_item.map { UnsafeMutableRawPointer($0) }) else { return nil }
    return vmTupleSteal([addr, pyInt(arrCount(o))])
}

private let array_copy: NoArgsFn = { o, _ in arrSlice(o!, 0, arrCount(o!)) }
private let array_deepcopy: OneArgFn = { o, _ in arrSlice(o!, 0, arrCount(o!)) }
private let array_sizeof: NoArgsFn = { o, _ in
    pyInt(o!.pointee.ob_type.pointee.tp_basicsize + arr(o!).pointee.allocated * arrItemSize(o!))
}

private func callMethod(_ o: PyObjectRef, _ name: String, _ argument: PyObjectRef) -> PyObjectRef? {
    guard let m = PyObject_GetAttrString(o, name) else { return nil }
    defer { Py_DECREF(m) }
    return PyObject_CallOneArg(m, argument)
}

private let array_fromfile: FastFn = { o, args, nargs in
    let o = o!
    guard checkArgCount("fromfile", nargs, min: 2, max: 2) else { return nil }
    guard let n = argAsSsize(arg(args, 1)) else { return nil }
    if n < 0 { setError(PyExc_ValueError, "negative count"); return nil }
    let (nbytes, ovf) = n.multipliedReportingOverflow(by: arrItemSize(o))
    if ovf { return PyErr_NoMemory() }
    guard let want = PyLong_FromSsize_t(nbytes) else { return nil }
    defer { Py_DECREF(want) }
    guard let b = callMethod(arg(args, 0), "read", want) else { return nil }
    defer { Py_DECREF(b) }
    guard sIsBytes(b) else { setError(PyExc_TypeError, "read() didn't return bytes"); return nil }
    let got = bLen(b)
    let whole = got - got % arrItemSize(o)
    if !arrAppendRaw(o, bytesData(b), whole / arrItemSize(o)) { return nil }
    if got != nbytes { setError(PyExc_EOFError, "read() didn't return enough bytes"); return nil }
    return pyNoneRef()
}

private let array_tofile: OneArgFn = { o, f in
    let o = o!
    let total = arrCount(o) * arrItemSize(o)
    let block = 64 * 1024
    var off = 0
    while off < total {
        let len = min(block, total - off)
        guard let chunk = PyBytes_FromStringAndSize(arr(o).pointee.ob_item! + off, len) else { return nil }
        let r = callMethod(f!, "write", chunk)
        Py_DECREF(chunk)
        guard let r else { return nil }
        Py_DECREF(r)
        off += len
    }
    return pyNoneRef()
}

private let array_get_typecode: GetterFn = { o, _ in pyStr(String(UnicodeScalar(arrTypecode(o!)))) }
private let array_get_itemsize: GetterFn = { o, _ in pyInt(arrItemSize(o!)) }

/// array.array's slots, methods and attributes.
func fillArrayMethods(_ t: PyTypeRef) {
    t.pointee.tp_repr = array_repr
    t.pointee.tp_richcompare = array_richcompare
    let sq = UnsafeMutablePointer<PySequenceMethods>.allocate(capacity: 1)
    sq.initialize(to: PySequenceMethods())
    sq.pointee.sq_length = array_length
    sq.pointee.sq_concat = array_concat
    sq.pointee.sq_repeat = array_repeat
    sq.pointee.sq_item = array_item
    sq.pointee.sq_ass_item = array_ass_item
    sq.pointee.sq_contains = array_contains
    sq.pointee.sq_inplace_concat = array_inplace_concat
    sq.pointee.sq_inplace_repeat = array_inplace_repeat
    t.pointee.tp_as_sequence = sq
    let mp = UnsafeMutablePointer<PyMappingMethods>.allocate(capacity: 1)
    mp.initialize(to: PyMappingMethods(mp_length: array_length, mp_subscript: array_subscript, mp_ass_subscript: array_ass_subscript))
    t.pointee.tp_as_mapping = mp
    t.pointee.tp_methods = makeMethodTable([
        .oneArg("append", array_append), .oneArg("extend", array_extend), .fast("insert", array_insert),
        .fast("pop", array_pop), .oneArg("remove", array_remove), .fast("index", array_index),
        .oneArg("count", array_count), .noArgs("reverse", array_reverse), .noArgs("tolist", array_tolist),
        .oneArg("fromlist", array_fromlist), .noArgs("tobytes", array_tobytes), .oneArg("frombytes", array_frombytes),
        .noArgs("tounicode", array_tounicode), .oneArg("fromunicode", array_fromunicode),
        .noArgs("byteswap", array_byteswap), .noArgs("buffer_info", array_buffer_info),
        .fast("fromfile", array_fromfile), .oneArg("tofile", array_tofile),
        .noArgs("__copy__", array_copy), .oneArg("__deepcopy__", array_deepcopy), .noArgs("__sizeof__", array_sizeof),
    ])
    t.pointee.tp_getset = makeGetSetTable([
        GetSetSpec("typecode", get: array_get_typecode), GetSetSpec("itemsize", get: array_get_itemsize),
    ])
}
