// memoryview operations: items (1-D and n-D), slicing (1-D, any step), item and slice assignment,
// cast, tolist/tobytes/hex, comparison, hash, iteration and the attributes, as CPython 3.11.
import CPython

// MARK: - walking a buffer

/// A buffer's layout with CPython's defaults filled in (no shape: 1-D bytes; no strides: C order).
struct BufferDims {
    var shape: [Int]
    var strides: [Int]
    var suboffsets: [Int]?
    init(_ v: UnsafePointer<Py_buffer>) {
        let nd = Int(v.pointee.ndim)
        let isz = max(v.pointee.itemsize, 1)
        guard nd > 0 else { shape = []; strides = []; suboffsets = nil; return }   // a scalar
        if let s = v.pointee.shape {
            shape = (0..<nd).map { s[$0] }
        } else {
            shape = [v.pointee.len / isz]
        }
        if let st = v.pointee.strides, v.pointee.shape != nil {
            strides = (0..<shape.count).map { st[$0] }
        } else {
            var st = [Int](repeating: v.pointee.itemsize, count: shape.count)
            var i = shape.count - 2
            while i >= 0 { st[i] = st[i + 1] * shape[i + 1]; i -= 1 }
            strides = st
        }
        suboffsets = v.pointee.suboffsets.flatMap { so in v.pointee.shape == nil ? nil : (0..<shape.count).map { so[$0] } }
    }
    var count: Int { shape.reduce(1, *) }
}

@inline(__always) private func adjustPointer(_ p: UnsafeMutableRawPointer, _ so: [Int]?, _ dim: Int) -> UnsafeMutableRawPointer {
    if let so, so[dim] >= 0 { return p.load(as: UnsafeMutableRawPointer.self) + so[dim] }
    return p
}

/// Calls `body` with each item's address in C order; stops (false) when body returns false.
func forEachItem(_ buf: UnsafeMutableRawPointer, _ d: BufferDims, _ dim: Int = 0,
                 _ body: (UnsafeMutableRawPointer) -> Bool) -> Bool {
    if dim == d.shape.count { return body(buf) }
    for i in 0..<d.shape[dim] {
        if !forEachItem(adjustPointer(buf + i * d.strides[dim], d.suboffsets, dim), d, dim + 1, body) { return false }
    }
    return true
}

private func itemPointers(_ v: UnsafePointer<Py_buffer>) -> [UnsafeMutableRawPointer] {
    var out: [UnsafeMutableRawPointer] = []
    guard let buf = v.pointee.buf else { return out }
    let d = BufferDims(v)
    out.reserveCapacity(d.count)
    _ = forEachItem(buf, d) { out.append($0); return true }
    return out
}

// MARK: - indexing

private func ptrFromIndex(_ v: UnsafeMutablePointer<Py_buffer>, _ index: Int) -> UnsafeMutableRawPointer? {
    var i = index
    let n = v.pointee.shape![0]
    if i < 0 { i += n }
    if i < 0 || i >= n { setError(PyExc_IndexError, "index out of bounds on dimension 1"); return nil }
    var p = v.pointee.buf! + v.pointee.strides![0] * i
    if let so = v.pointee.suboffsets, so[0] >= 0 { p = p.load(as: UnsafeMutableRawPointer.self) + so[0] }
    return p
}

private func ptrFromTuple(_ v: UnsafeMutablePointer<Py_buffer>, _ key: PyObjectRef) -> UnsafeMutableRawPointer? {
    let n = PyTuple_GET_SIZE(key), nd = Int(v.pointee.ndim)
    if n > nd {
        setError(PyExc_TypeError, "cannot index \(nd)-dimension view with \(n)-element tuple")
        return nil
    }
    var p = v.pointee.buf!
    for dim in 0..<nd {
        var i = PyNumber_AsSsize_t(PyTuple_GET_ITEM(key, dim), PyExc_IndexError)
        if i == -1 && errorOccurred() { return nil }
        let len = v.pointee.shape![dim]
        if i < 0 { i += len }
        if i < 0 || i >= len { setError(PyExc_IndexError, "index out of bounds on dimension \(dim + 1)"); return nil }
        p += v.pointee.strides![dim] * i
        if let so = v.pointee.suboffsets, so[dim] >= 0 { p = p.load(as: UnsafeMutableRawPointer.self) + so[dim] }
    }
    return p
}

private func isMultiIndex(_ key: PyObjectRef) -> Bool {
    guard sIsTuple(key) else { return false }
    for i in 0..<PyTuple_GET_SIZE(key) where PyIndex_Check(PyTuple_GET_ITEM(key, i)) == 0 { return false }
    return true
}
private func isMultiSlice(_ key: PyObjectRef) -> Bool {
    guard sIsTuple(key), PyTuple_GET_SIZE(key) > 0 else { return false }
    for i in 0..<PyTuple_GET_SIZE(key) where PyTuple_GET_ITEM(key, i)!.pointee.ob_type != SPyType_Slice() { return false }
    return true
}

/// Item `index` of a 1-D view (CPython's memory_item).
private func memoryItem(_ o: PyObjectRef, _ index: Int) -> PyObjectRef? {
    let v = mvView(o)
    guard let c = itemFormatChar(v) else { return nil }
    switch v.pointee.ndim {
    case 0: setError(PyExc_TypeError, "invalid indexing of 0-dim memory"); return nil
    case 1: return ptrFromIndex(v, index).flatMap { unpackItem($0, c) }
    default: setError(PyExc_NotImplementedError, "multi-dimensional sub-views are not implemented"); return nil
    }
}

/// Slices dimension `dim` of `v` in place by slice object `key`.
private func initSlice(_ v: UnsafeMutablePointer<Py_buffer>, _ key: PyObjectRef, _ dim: Int) -> Bool {
    var start = 0, stop = 0, step = 0
    if PySlice_Unpack(key, &start, &stop, &step) < 0 { return false }
    let n = PySlice_AdjustIndices(v.pointee.shape![dim], &start, &stop, step)
    v.pointee.buf = v.pointee.buf.map { $0 + v.pointee.strides![dim] * start }
    v.pointee.shape![dim] = n
    v.pointee.strides![dim] *= step
    return true
}
private func initLen(_ v: UnsafeMutablePointer<Py_buffer>) {
    var len = v.pointee.itemsize
    for i in 0..<Int(v.pointee.ndim) { len *= v.pointee.shape![i] }
    v.pointee.len = len
}

private let mv_subscript: binaryfunc = { o, key in
    guard let o = mvLive(o), let key else { return nil }
    let v = mvView(o)
    if v.pointee.ndim == 0 {
        if sIsTuple(key) && PyTuple_GET_SIZE(key) == 0 {
            guard let c = itemFormatChar(v) else { return nil }
            return unpackItem(v.pointee.buf!, c)
        }
        if key == SPy_Ellipsis() { Py_INCREF(o); return o }
        setError(PyExc_TypeError, "invalid indexing of 0-dim memory")
        return nil
    }
    if PyIndex_Check(key) != 0 {
        let i = PyNumber_AsSsize_t(key, PyExc_IndexError)
        if i == -1 && errorOccurred() { return nil }
        return memoryItem(o, i)
    }
    if key.pointee.ob_type == SPyType_Slice() {
        guard let s = mvCopyView(o) else { return nil }
        if !initSlice(mvView(s), key, 0) { Py_DECREF(s); return nil }
        initLen(mvView(s))
        initFlags(s)
        return s
    }
    if isMultiIndex(key) {
        guard let c = itemFormatChar(v) else { return nil }
        if PyTuple_GET_SIZE(key) < Int(v.pointee.ndim) {
            setError(PyExc_NotImplementedError, "sub-views are not implemented"); return nil
        }
        return ptrFromTuple(v, key).flatMap { unpackItem($0, c) }
    }
    if isMultiSlice(key) { setError(PyExc_NotImplementedError, "multi-dimensional slicing is not implemented"); return nil }
    setError(PyExc_TypeError, "memoryview: invalid slice key")
    return nil
}

private let mv_item: ssizeargfunc = { o, i in mvLive(o).flatMap { memoryItem($0, i) } }

// MARK: - assignment

/// Same format (ignoring '@') and itemsize, and the same shape (CPython's equiv_structure).
private func sameStructure(_ a: UnsafePointer<Py_buffer>, _ b: UnsafePointer<Py_buffer>) -> Bool {
    func stripped(_ f: UnsafePointer<CChar>?) -> String {
        let s = formatText(f)
        return s.hasPrefix("@") ? String(s.dropFirst()) : s
    }
    let da = BufferDims(a), db = BufferDims(b)
    var same = stripped(a.pointee.format) == stripped(b.pointee.format) && a.pointee.itemsize == b.pointee.itemsize
    if same { same = sameShape(da, db) }
    if !same { setError(PyExc_ValueError, "memoryview assignment: lvalue and rvalue have different structures") }
    return same
}
private func sameShape(_ a: BufferDims, _ b: BufferDims) -> Bool {
    if a.shape.count != b.shape.count { return false }
    for i in 0..<a.shape.count {
        if a.shape[i] != b.shape[i] { return false }
        if a.shape[i] == 0 { break }
    }
    return true
}

/// Copies src's items into dest's (same structure), through a temporary so overlap is harmless.
private func copyItems(_ dest: UnsafePointer<Py_buffer>, _ src: UnsafePointer<Py_buffer>) {
    let size = dest.pointee.itemsize
    let from = itemPointers(src), to = itemPointers(dest)
    let tmp = UnsafeMutableRawPointer.allocate(byteCount: max(from.count * size, 1), alignment: 16)
    defer { tmp.deallocate() }
    for (i, p) in from.enumerated() { (tmp + i * size).copyMemory(from: p, byteCount: size) }
    for (i, p) in to.enumerated() where i < from.count { p.copyMemory(from: tmp + i * size, byteCount: size) }
}

private let mv_ass_subscript: objobjargproc = { o, key, value in
    guard let o = mvLive(o), let key else { return -1 }
    let v = mvView(o)
    guard let c = itemFormatChar(v) else { return -1 }
    if v.pointee.readonly != 0 { setError(PyExc_TypeError, "cannot modify read-only memory"); return -1 }
    guard let value else { setError(PyExc_TypeError, "cannot delete memory"); return -1 }
    let nd = Int(v.pointee.ndim)
    if nd == 0 {
        if key == SPy_Ellipsis() || (sIsTuple(key) && PyTuple_GET_SIZE(key) == 0) {
            return packItem(v.pointee.buf!, value, c) ? 0 : -1
        }
        setError(PyExc_TypeError, "invalid indexing of 0-dim memory")
        return -1
    }
    if PyIndex_Check(key) != 0 {
        if nd > 1 { setError(PyExc_NotImplementedError, "sub-views are not implemented"); return -1 }
        let i = PyNumber_AsSsize_t(key, PyExc_IndexError)
        if i == -1 && errorOccurred() { return -1 }
        guard let p = ptrFromIndex(v, i) else { return -1 }
        return packItem(p, value, c) ? 0 : -1
    }
    if key.pointee.ob_type == SPyType_Slice() && nd == 1 {
        var src = Py_buffer()
        if PyObject_GetBuffer(value, &src, PyBUF_FULL_RO) < 0 { return -1 }
        defer { PyBuffer_Release(&src) }
        var dest = v.pointee
        var shape = v.pointee.shape![0], strides = v.pointee.strides![0]
        var suboffset = v.pointee.suboffsets?[0] ?? -1
        return withUnsafeMutablePointer(to: &shape) { sh in
            withUnsafeMutablePointer(to: &strides) { st in
                withUnsafeMutablePointer(to: &suboffset) { so in
                    dest.shape = sh; dest.strides = st
                    if dest.suboffsets != nil { dest.suboffsets = so }
                    return withUnsafeMutablePointer(to: &dest) { d in
                        if !initSlice(d, key, 0) { return -1 }
                        d.pointee.len = d.pointee.shape![0] * d.pointee.itemsize
                        if !sameStructure(d, &src) { return -1 }
                        copyItems(d, &src)
                        return 0
                    }
                }
            }
        }
    }
    if isMultiIndex(key) {
        if PyTuple_GET_SIZE(key) < nd { setError(PyExc_NotImplementedError, "sub-views are not implemented"); return -1 }
        guard let p = ptrFromTuple(v, key) else { return -1 }
        return packItem(p, value, c) ? 0 : -1
    }
    if key.pointee.ob_type == SPyType_Slice() || isMultiSlice(key) {
        setError(PyExc_NotImplementedError, "memoryview slice assignments are currently restricted to ndim = 1")
        return -1
    }
    setError(PyExc_TypeError, "memoryview: invalid slice key")
    return -1
}

// MARK: - cast

private let mv_cast: FastKwFn = { o, args, nargs, kw in
    var out: [PyObjectRef?] = [nil, nil]
    if !parseArgs("cast", args, nargs, kw, ["format", "shape"], required: 1, out: &out) { return nil }
    guard let o = mvLive(o) else { return nil }
    let fmtObj = out[0]!
    if !isStr(fmtObj) {
        setError(PyExc_TypeError, "cast() argument 'format' must be str, not \(typeName(fmtObj))"); return nil
    }
    let v = mvView(o)
    let flags = mvObj(o).pointee.flags
    if flags & (mvCFlag | mvScalarFlag) == 0 {
        setError(PyExc_TypeError, "memoryview: casts are restricted to C-contiguous views"); return nil
    }
    let shapeObj = out[1]
    if shapeObj != nil || v.pointee.ndim != 1, (0..<Int(v.pointee.ndim)).contains(where: { v.pointee.shape![$0] == 0 }) {
        setError(PyExc_TypeError, "memoryview: cannot cast view with zeros in shape or strides"); return nil
    }
    var ndim = 1
    if let s = shapeObj {
        guard sIsList(s) || sIsTuple(s) else { setError(PyExc_TypeError, "shape must be a list or a tuple"); return nil }
        ndim = PyObject_Size(s)
        if ndim > Int(PyBUF_MAX_NDIM) {
            setError(PyExc_ValueError, "memoryview: number of dimensions must not exceed \(PyBUF_MAX_NDIM)"); return nil
        }
        if v.pointee.ndim != 1 && ndim != 1 {
            setError(PyExc_TypeError, "memoryview: cast must be 1D -> ND or ND -> 1D"); return nil
        }
    }
    // the destination format
    guard let ascii = PyUnicode_AsASCIIString(fmtObj) else { return nil }
    defer { Py_DECREF(ascii) }
    let fp = UnsafeRawPointer(bytesData(ascii)).assumingMemoryBound(to: CChar.self)
    guard let dc = nativeFormatChar(fp), bLen(ascii) > 0 else {
        setError(PyExc_ValueError, "memoryview: destination format must be a native single character format prefixed with an optional '@'")
        return nil
    }
    let itemsize = nativeItemSize(dc)!
    let sc = nativeFormatChar(v.pointee.format)
    if (sc == nil || !isByteFormat(sc!)) && !isByteFormat(dc) {
        setError(PyExc_TypeError, "memoryview: cannot cast between two non-byte formats"); return nil
    }
    if v.pointee.len % itemsize != 0 {
        setError(PyExc_TypeError, "memoryview: length is not a multiple of itemsize"); return nil
    }
    guard let r = mvAddIncompleteView(o, ndim: max(ndim, 1)) else { return nil }
    let d = mvView(r)
    d.pointee.format = staticFormatString(dc, at: bytesData(ascii)[0] == UInt8(ascii: "@"))
    d.pointee.itemsize = itemsize
    d.pointee.ndim = 1
    d.pointee.shape![0] = d.pointee.len / itemsize
    d.pointee.strides![0] = itemsize
    d.pointee.suboffsets = nil
    if let s = shapeObj {
        d.pointee.ndim = Int32(ndim)
        var len = itemsize
        if ndim == 0 {
            d.pointee.shape = nil; d.pointee.strides = nil
        } else {
            for i in 0..<ndim {
                guard let x = PySequence_GetItem(s, i) else { Py_DECREF(r); return nil }
                defer { Py_DECREF(x) }
                if !sIsInt(x) {
                    setError(PyExc_TypeError, "memoryview.cast(): elements of shape must be integers")
                    Py_DECREF(r); return nil
                }
                let n = PyLong_AsSsize_t(x)
                if n == -1 && errorOccurred() {
                    if PyErr_ExceptionMatches(PyExc_OverflowError) != 0 {
                        PyErr_Clear(); setError(PyExc_ValueError, "memoryview.cast(): product(shape) > SSIZE_MAX")
                    }
                    Py_DECREF(r); return nil
                }
                if n <= 0 {
                    setError(PyExc_ValueError, "memoryview.cast(): elements of shape must be integers > 0")
                    Py_DECREF(r); return nil
                }
                if n > Int.max / len {
                    setError(PyExc_ValueError, "memoryview.cast(): product(shape) > SSIZE_MAX")
                    Py_DECREF(r); return nil
                }
                len *= n
                d.pointee.shape![i] = n
            }
            initStridesFromShape(d)
        }
        if d.pointee.len != len {
            setError(PyExc_TypeError, "memoryview: product(shape) * itemsize != buffer size")
            Py_DECREF(r); return nil
        }
    }
    initFlags(r)
    return r
}

// MARK: - conversions

private func tolistRec(_ buf: UnsafeMutableRawPointer, _ d: BufferDims, _ dim: Int, _ c: UInt8) -> PyObjectRef? {
    let n = d.shape[dim]
    guard let list = PyList_New(n) else { return nil }
    for i in 0..<n {
        let p = adjustPointer(buf + i * d.strides[dim], d.suboffsets, dim)
        let item = dim == d.shape.count - 1 ? unpackItem(p, c) : tolistRec(p, d, dim + 1, c)
        guard let item else { Py_DECREF(list); return nil }
        sListItems(list)[i] = item
    }
    return list
}

private let mv_tolist: NoArgsFn = { o, _ in
    guard let o = mvLive(o) else { return nil }
    let v = mvView(o)
    guard let c = itemFormatChar(v) else { return nil }
    if v.pointee.ndim == 0 { return unpackItem(v.pointee.buf!, c) }
    guard let buf = v.pointee.buf else { return PyList_New(0) }
    return tolistRec(buf, BufferDims(v), 0, c)
}

/// The view's bytes in `order` ('C', 'F' or 'A') as a new bytes object.
func memoryBytes(_ o: PyObjectRef, order: CChar = CChar(UInt8(ascii: "C"))) -> PyObjectRef? {
    let v = mvView(o)
    guard let b = PyBytes_FromStringAndSize(nil, v.pointee.len) else { return nil }
    if v.pointee.len > 0 && PyBuffer_ToContiguous(UnsafeMutableRawPointer(bytesData(b)), v, v.pointee.len, order) < 0 {
        Py_DECREF(b); return nil
    }
    return b
}

private let mv_tobytes: FastKwFn = { o, args, nargs, kw in
    var out: [PyObjectRef?] = [nil]
    if !parseArgs("tobytes", args, nargs, kw, ["order"], required: 0, out: &out) { return nil }
    guard let o = mvLive(o) else { return nil }
    var order = CChar(UInt8(ascii: "C"))
    if let ob = out[0], ob != SPy_None() {
        guard isStr(ob) else {
            setError(PyExc_TypeError, "tobytes() argument 'order' must be str or None, not \(typeName(ob))"); return nil
        }
        switch swiftString(ob) {
        case "C": break
        case "F": order = CChar(UInt8(ascii: "F"))
        case "A": order = CChar(UInt8(ascii: "A"))
        default: setError(PyExc_ValueError, "order must be 'C', 'F' or 'A'"); return nil
        }
    }
    return memoryBytes(o, order: order)
}

private let mv_hex: FastKwFn = { o, args, nargs, kw in
    var out: [PyObjectRef?] = [nil, nil]
    if !parseArgs("hex", args, nargs, kw, ["sep", "bytes_per_sep"], required: 0, out: &out) { return nil }
    guard let o = mvLive(o), let b = memoryBytes(o) else { return nil }
    defer { Py_DECREF(b) }
    return hexString(bytesData(b), bLen(b), out[0], out[1])
}

private let mv_toreadonly: NoArgsFn = { o, _ in
    guard let o = mvLive(o), let r = mvCopyView(o) else { return nil }
    mvView(r).pointee.readonly = 1
    return r
}
private let mv_release: NoArgsFn = { o, _ in memoryRelease(o!) < 0 ? nil : pyNoneRef() }
private let mv_enter: NoArgsFn = { o, _ in guard let o = mvLive(o) else { return nil }; Py_INCREF(o); return o }
private let mv_exit: FastFn = { o, _, _ in memoryRelease(o!) < 0 ? nil : pyNoneRef() }

// MARK: - comparison, hash, repr, iteration

/// Item-wise equality of two buffers (CPython's memory_richcompare core); nil with an exception.
private func buffersEqual(_ a: UnsafePointer<Py_buffer>, _ b: UnsafePointer<Py_buffer>) -> Bool? {
    let da = BufferDims(a), db = BufferDims(b)
    if !sameShape(da, db) { return false }
    let ca = nativeFormatChar(a.pointee.format), cb = nativeFormatChar(b.pointee.format)
    let pa = itemPointers(a), pb = itemPointers(b)
    if pa.count != pb.count { return false }
    guard let ca, let cb else {
        // formats memoryview cannot unpack itself: equal only as identical items of one format
        func stripped(_ f: UnsafePointer<CChar>?) -> String {
            let s = formatText(f); return s.hasPrefix("@") ? String(s.dropFirst()) : s
        }
        if stripped(a.pointee.format) != stripped(b.pointee.format) || a.pointee.itemsize != b.pointee.itemsize { return false }
        for i in 0..<pa.count where memcmp(pa[i], pb[i], a.pointee.itemsize) != 0 { return false }
        return true
    }
    let floating = ca == UInt8(ascii: "f") || ca == UInt8(ascii: "d")
    if ca == cb && !floating {
        let size = a.pointee.itemsize
        for i in 0..<pa.count where memcmp(pa[i], pb[i], size) != 0 { return false }
        return true
    }
    for i in 0..<pa.count {
        guard let x = unpackItem(pa[i], ca) else { return nil }
        guard let y = unpackItem(pb[i], cb) else { Py_DECREF(x); return nil }
        let r = PyObject_RichCompareBool(x, y, Py_EQ)
        Py_DECREF(x); Py_DECREF(y)
        if r < 0 { return nil }
        if r == 0 { return false }
    }
    return true
}

private let mv_richcompare: richcmpfunc = { v, w, op in
    guard let v, let w, op == Py_EQ || op == Py_NE else { Py_INCREF(pyNotImplemented); return pyNotImplemented }
    func result(_ equal: Bool) -> PyObjectRef { pyBool(equal == (op == Py_EQ)) }
    if mvInaccessible(v) { return result(v == w) }
    if isMemoryView(w) {
        if mvInaccessible(w) { return result(v == w) }
        guard let eq = buffersEqual(mvView(v), mvView(w)) else { return nil }
        return result(eq)
    }
    var wb = Py_buffer()
    if PyObject_GetBuffer(w, &wb, PyBUF_FULL_RO) < 0 { PyErr_Clear(); Py_INCREF(pyNotImplemented); return pyNotImplemented }
    defer { PyBuffer_Release(&wb) }
    guard let eq = buffersEqual(mvView(v), &wb) else { return nil }
    return result(eq)
}

private let mv_hash: hashfunc = { o in
    let o = o!
    let m = mvObj(o)
    if m.pointee.hash != -1 { return m.pointee.hash }
    guard mvLive(o) != nil else { return -1 }
    let v = mvView(o)
    if v.pointee.readonly == 0 { setError(PyExc_ValueError, "cannot hash writable memoryview object"); return -1 }
    guard let c = nativeFormatChar(v.pointee.format), isByteFormat(c) else {
        setError(PyExc_ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'"); return -1
    }
    if let obj = v.pointee.obj, PyObject_Hash(obj) == -1 { return -1 }
    guard let b = memoryBytes(o) else { return -1 }
    let h = PyObject_Hash(b)
    Py_DECREF(b)
    if h != -1 { m.pointee.hash = h }
    return h
}

private let mv_repr: reprfunc = { o in
    let o = o!
    let addr = "0x" + String(UInt(bitPattern: Int(bitPattern: UnsafeRawPointer(o))), radix: 16)
    return pyStr(mvObj(o).pointee.flags & mvReleasedFlag != 0 ? "<released memory at \(addr)>" : "<memory at \(addr)>")
}

private let mv_iter: getiterfunc = { o in
    guard let o = mvLive(o) else { return nil }
    let v = mvView(o)
    if v.pointee.ndim == 0 { setError(PyExc_TypeError, "invalid indexing of 0-dim memory"); return nil }
    if v.pointee.ndim != 1 {
        setError(PyExc_NotImplementedError, "multi-dimensional sub-views are not implemented"); return nil
    }
    guard itemFormatChar(v) != nil else { return nil }
    return PySeqIter_New(o)
}

private let mv_length: lenfunc = { o in
    guard let o = mvLive(o) else { return -1 }
    let v = mvView(o)
    return v.pointee.ndim == 0 ? 1 : v.pointee.shape![0]
}

// MARK: - attributes

private func intTuple(_ p: UnsafeMutablePointer<Int>?, _ n: Int) -> PyObjectRef? {
    guard let p else { return PyTuple_New(0) }
    return vmTupleSteal((0..<n).map { pyInt(p[$0]) })
}
private let mv_get_obj: GetterFn = { o, _ in
    mvLive(o).map { o in let x = mvView(o).pointee.obj ?? SPy_None(); Py_INCREF(x); return x }
}
private let mv_get_nbytes: GetterFn = { o, _ in mvLive(o).map { pyInt(mvView($0).pointee.len) } }
private let mv_get_readonly: GetterFn = { o, _ in mvLive(o).map { pyBool(mvView($0).pointee.readonly != 0) } }
private let mv_get_itemsize: GetterFn = { o, _ in mvLive(o).map { pyInt(mvView($0).pointee.itemsize) } }
private let mv_get_format: GetterFn = { o, _ in mvLive(o).flatMap { pyStr(formatText(mvView($0).pointee.format)) } }
private let mv_get_ndim: GetterFn = { o, _ in mvLive(o).map { pyInt(Int(mvView($0).pointee.ndim)) } }
private let mv_get_shape: GetterFn = { o, _ in
    mvLive(o).flatMap { intTuple(mvView($0).pointee.shape, Int(mvView($0).pointee.ndim)) }
}
private let mv_get_strides: GetterFn = { o, _ in
    mvLive(o).flatMap { intTuple(mvView($0).pointee.strides, Int(mvView($0).pointee.ndim)) }
}
private let mv_get_suboffsets: GetterFn = { o, _ in
    mvLive(o).flatMap { intTuple(mvView($0).pointee.suboffsets, Int(mvView($0).pointee.ndim)) }
}
private let mv_get_c_contiguous: GetterFn = { o, _ in
    mvLive(o).map { pyBool(mvObj($0).pointee.flags & (mvCFlag | mvScalarFlag) != 0) }
}
private let mv_get_f_contiguous: GetterFn = { o, _ in
    mvLive(o).map { pyBool(mvObj($0).pointee.flags & (mvFortranFlag | mvScalarFlag) != 0) }
}
private let mv_get_contiguous: GetterFn = { o, _ in
    mvLive(o).map { pyBool(mvObj($0).pointee.flags & (mvCFlag | mvFortranFlag | mvScalarFlag) != 0) }
}

/// The memoryview type's protocol slots, methods and attributes.
func fillMemoryViewOps(_ t: PyTypeRef) {
    t.pointee.tp_richcompare = mv_richcompare
    t.pointee.tp_hash = mv_hash
    t.pointee.tp_repr = mv_repr
    t.pointee.tp_iter = mv_iter
    let mp = UnsafeMutablePointer<PyMappingMethods>.allocate(capacity: 1)
    mp.initialize(to: PyMappingMethods(mp_length: mv_length, mp_subscript: mv_subscript, mp_ass_subscript: mv_ass_subscript))
    t.pointee.tp_as_mapping = mp
    let sq = UnsafeMutablePointer<PySequenceMethods>.allocate(capacity: 1)
    sq.initialize(to: PySequenceMethods())
    sq.pointee.sq_length = mv_length
    sq.pointee.sq_item = mv_item
    t.pointee.tp_as_sequence = sq
    t.pointee.tp_methods = makeMethodTable([
        .fastKw("tobytes", mv_tobytes), .noArgs("tolist", mv_tolist), .fastKw("hex", mv_hex),
        .noArgs("toreadonly", mv_toreadonly), .fastKw("cast", mv_cast),
        .noArgs("release", mv_release), .noArgs("__enter__", mv_enter), .fast("__exit__", mv_exit),
    ])
    t.pointee.tp_getset = makeGetSetTable([
        GetSetSpec("obj", get: mv_get_obj), GetSetSpec("nbytes", get: mv_get_nbytes),
        GetSetSpec("readonly", get: mv_get_readonly), GetSetSpec("itemsize", get: mv_get_itemsize),
        GetSetSpec("format", get: mv_get_format), GetSetSpec("ndim", get: mv_get_ndim),
        GetSetSpec("shape", get: mv_get_shape), GetSetSpec("strides", get: mv_get_strides),
        GetSetSpec("suboffsets", get: mv_get_suboffsets),
        GetSetSpec("c_contiguous", get: mv_get_c_contiguous), GetSetSpec("f_contiguous", get: mv_get_f_contiguous),
        GetSetSpec("contiguous", get: mv_get_contiguous),
    ])
}
