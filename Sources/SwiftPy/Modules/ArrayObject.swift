// The array module (CPython 3.11's Modules/arraymodule.c semantics, our own code): array.array,
// a compact sequence of C numbers of one typecode, exporting its storage through the buffer
// protocol. This file: storage, item conversion, construction, the buffer, the iterator and the
// module; methods and sequence slots are in ArrayMethods.swift.
import CPython
import Glibc

let arrayTypecodes = "bBuhHiIlLqQfd"

nonisolated(unsafe) var arrayType: PyTypeRef? = nil
nonisolated(unsafe) private var arrayIterType: PyTypeRef? = nil

@inline(__always) func arr(_ o: PyObjectRef) -> UnsafeMutablePointer<SPyArrayObject> {
    UnsafeMutableRawPointer(o).assumingMemoryBound(to: SPyArrayObject.self)
}
@inline(__always) func arrCount(_ o: PyObjectRef) -> Int { arr(o).pointee.ob_base.ob_size }
@inline(__always) func arrTypecode(_ o: PyObjectRef) -> UInt8 { UInt8(arr(o).pointee.typecode) }
@inline(__always) func arrItemSize(_ o: PyObjectRef) -> Int { arr(o).pointee.itemsize }
@inline(__always) func arrItemPtr(_ o: PyObjectRef, _ i: Int) -> UnsafeMutableRawPointer {
    UnsafeMutableRawPointer(arr(o).pointee.ob_item!) + i * arrItemSize(o)
}
func isArray(_ o: PyObjectRef) -> Bool {
    o.pointee.ob_type == arrayType || PyType_IsSubtype(o.pointee.ob_type, arrayType) != 0
}

/// Item size of a typecode, nil when it is not one of bBuhHiIlLqQfd.
func arrayItemSize(_ tc: UInt8) -> Int? {
    switch tc {
    case UInt8(ascii: "b"), UInt8(ascii: "B"): return 1
    case UInt8(ascii: "h"), UInt8(ascii: "H"): return 2
    case UInt8(ascii: "u"), UInt8(ascii: "i"), UInt8(ascii: "I"), UInt8(ascii: "f"): return 4
    case UInt8(ascii: "l"), UInt8(ascii: "L"), UInt8(ascii: "q"), UInt8(ascii: "Q"), UInt8(ascii: "d"): return 8
    default: return nil
    }
}

/// Resizes to `n` items (contents kept up to min); refused with BufferError while exported.
func arrResize(_ o: PyObjectRef, _ n: Int) -> Bool {
    let a = arr(o)
    if a.pointee.ob_exports > 0 && n != a.pointee.ob_base.ob_size {
        setError(PyExc_BufferError, "cannot resize an array that is exporting buffers")
        return false
    }
    if a.pointee.allocated >= n && n >= a.pointee.allocated >> 1 {
        a.pointee.ob_base.ob_size = n
        return true
    }
    if n == 0 {
        free(a.pointee.ob_item); a.pointee.ob_item = nil
        a.pointee.allocated = 0; a.pointee.ob_base.ob_size = 0
        return true
    }
    // over-allocate like CPython: ~1/16 extra plus a little
    let want = (n >> 4) + (a.pointee.ob_base.ob_size < 8 ? 3 : 7) + n
    let (bytes, overflow) = want.multipliedReportingOverflow(by: a.pointee.itemsize)
    guard !overflow, let p = realloc(a.pointee.ob_item, bytes) else { _ = PyErr_NoMemory(); return false }
    a.pointee.ob_item = p.assumingMemoryBound(to: CChar.self)
    a.pointee.allocated = want
    a.pointee.ob_base.ob_size = n
    return true
}

/// A new empty array of `type` and typecode `tc` with room for `n` items (ob_size = n, zeroed).
func newArray(_ type: PyTypeRef, _ tc: UInt8, _ n: Int) -> PyObjectRef? {
    guard let o = type.pointee.tp_alloc!(type, 0) else { return nil }
    let a = arr(o)
    a.pointee.typecode = Int32(tc)
    a.pointee.itemsize = arrayItemSize(tc)!
    a.pointee.ob_base.ob_size = 0
    if n > 0 {
        let (bytes, overflow) = n.multipliedReportingOverflow(by: a.pointee.itemsize)
        guard !overflow, let p = calloc(1, bytes) else { Py_DECREF(o); return PyErr_NoMemory() }
        a.pointee.ob_item = p.assumingMemoryBound(to: CChar.self)
        a.pointee.allocated = n
        a.pointee.ob_base.ob_size = n
    }
    return o
}

// MARK: - items

/// Item `i` (in range) as a Python object.
func arrGetItem(_ o: PyObjectRef, _ i: Int) -> PyObjectRef? {
    let p = arrItemPtr(o, i)
    if arrTypecode(o) == UInt8(ascii: "u") { return PyUnicode_FromOrdinal(p.loadUnaligned(as: Int32.self)) }
    return unpackItem(p, arrTypecode(o))
}

private func overflow(_ msg: String) -> Bool { setError(PyExc_OverflowError, msg); return false }

/// An int value of `v` through __index__ as a C long (CPython's "l" conversion); nil with an error.
private func cLong(_ v: PyObjectRef) -> Int? {
    guard let ix = PyNumber_Index(v) else { return nil }
    defer { Py_DECREF(ix) }
    var ovf: Int32 = 0
    let x = PyLong_AsLongAndOverflow(ix, &ovf)
    if ovf != 0 { setError(PyExc_OverflowError, "Python int too large to convert to C long"); return nil }
    if x == -1 && errorOccurred() { return nil }
    return x
}
private func checkRange(_ x: Int, _ lo: Int, _ hi: Int, _ what: String) -> Bool {
    if x < lo { return overflow("\(what) is less than minimum") }
    if x > hi { return overflow("\(what) is greater than maximum") }
    return true
}

/// Converts `v` for typecode `tc` and stores it at `p` (CPython's *_setitem conversions and errors).
func arrStore(_ tc: UInt8, _ p: UnsafeMutableRawPointer, _ v: PyObjectRef) -> Bool {
    switch tc {
    case UInt8(ascii: "b"):
        guard let x = cLong(v), checkRange(x, Int(Int16.min), Int(Int16.max), "signed short integer"),
              checkRange(x, -128, 127, "signed char") else { return false }
        p.storeBytes(of: Int8(x), as: Int8.self)
    case UInt8(ascii: "B"):
        guard let x = cLong(v), checkRange(x, 0, 255, "unsigned byte integer") else { return false }
        p.storeBytes(of: UInt8(x), as: UInt8.self)
    case UInt8(ascii: "h"):
        guard let x = cLong(v), checkRange(x, Int(Int16.min), Int(Int16.max), "signed short integer") else { return false }
        p.storeBytes(of: Int16(x), toByteOffset: 0, as: Int16.self)
    case UInt8(ascii: "H"):
        guard let x = cLong(v), checkRange(x, Int(Int32.min), Int(Int32.max), "signed integer"),
              checkRange(x, 0, Int(UInt16.max), "unsigned short") else { return false }
        p.storeBytes(of: UInt16(x), toByteOffset: 0, as: UInt16.self)
    case UInt8(ascii: "i"):
        guard let x = cLong(v), checkRange(x, Int(Int32.min), Int(Int32.max), "signed integer") else { return false }
        p.storeBytes(of: Int32(x), toByteOffset: 0, as: Int32.self)
    case UInt8(ascii: "l"), UInt8(ascii: "q"):
        if tc == UInt8(ascii: "l") {
            guard let x = cLong(v) else { return false }
            p.storeBytes(of: Int64(x), toByteOffset: 0, as: Int64.self)
        } else {
            guard let ix = PyNumber_Index(v) else { return false }
            defer { Py_DECREF(ix) }
            var ovf: Int32 = 0
            let x = PyLong_AsLongLongAndOverflow(ix, &ovf)
            if ovf != 0 { return overflow("int too big to convert") }
            if x == -1 && errorOccurred() { return false }
            p.storeBytes(of: x, toByteOffset: 0, as: Int64.self)
        }
    case UInt8(ascii: "I"), UInt8(ascii: "L"), UInt8(ascii: "Q"):
        guard let ix = PyNumber_Index(v) else { return false }
        defer { Py_DECREF(ix) }
        let x: UInt64
        if tc == UInt8(ascii: "Q") { x = PyLong_AsUnsignedLongLong(ix) } else { x = UInt64(PyLong_AsUnsignedLong(ix)) }
        if x == UInt64.max && errorOccurred() { return false }
        if tc == UInt8(ascii: "I") {
            guard x <= UInt64(UInt32.max) else { return overflow("unsigned int is greater than maximum") }
            p.storeBytes(of: UInt32(x), toByteOffset: 0, as: UInt32.self)
        } else {
            p.storeBytes(of: x, toByteOffset: 0, as: UInt64.self)
        }
    case UInt8(ascii: "f"), UInt8(ascii: "d"):
        let d = PyFloat_AsDouble(v)
        if d == -1.0 && errorOccurred() { return false }
        if tc == UInt8(ascii: "f") { p.storeBytes(of: Float(d), toByteOffset: 0, as: Float.self) }
        else { p.storeBytes(of: d, toByteOffset: 0, as: Double.self) }
    case UInt8(ascii: "u"):
        guard isStr(v), strLen(v) == 1 else {
            setError(PyExc_TypeError, "array item must be unicode character"); return false
        }
        p.storeBytes(of: strAt(v, 0), toByteOffset: 0, as: UInt32.self)
    default:
        setError(PyExc_SystemError, "bad array typecode"); return false
    }
    return true
}

/// Appends `v` (converted first, so a failed conversion leaves the array unchanged).
func arrAppend(_ o: PyObjectRef, _ v: PyObjectRef) -> Bool {
    var tmp: UInt64 = 0
    let ok = withUnsafeMutableBytes(of: &tmp) { arrStore(arrTypecode(o), $0.baseAddress!, v) }
    if !ok { return false }
    let n = arrCount(o)
    if !arrResize(o, n + 1) { return false }
    withUnsafeBytes(of: &tmp) { arrItemPtr(o, n).copyMemory(from: $0.baseAddress!, byteCount: arrItemSize(o)) }
    return true
}

/// Appends raw items (count of them at p, already in this array's format).
func arrAppendRaw(_ o: PyObjectRef, _ p: UnsafeRawPointer?, _ count: Int) -> Bool {
    if count == 0 { return true }
    let n = arrCount(o)
    if !arrResize(o, n + count) { return false }
    arrItemPtr(o, n).copyMemory(from: p!, byteCount: count * arrItemSize(o))
    return true
}

/// Appends each item of an iterable.
func arrExtendIterable(_ o: PyObjectRef, _ src: PyObjectRef) -> Bool {
    guard let it = PyObject_GetIter(src) else { return false }
    defer { Py_DECREF(it) }
    while let x = PyIter_Next(it) {
        let ok = arrAppend(o, x)
        Py_DECREF(x)
        if !ok { return false }
    }
    return !errorOccurred()
}

/// array.extend core (CPython's array_do_extend): an array of the same typecode, or any iterable.
func arrExtend(_ o: PyObjectRef, _ src: PyObjectRef) -> Bool {
    if !isArray(src) { return arrExtendIterable(o, src) }
    if arrTypecode(src) != arrTypecode(o) {
        setError(PyExc_TypeError, "can only extend with array of same kind"); return false
    }
    let n = arrCount(src)
    if n == 0 { return true }
    if src == o {
        // copy first: the resize may move our own storage
        let tmp = UnsafeMutableRawPointer.allocate(byteCount: n * arrItemSize(o), alignment: 16)
        defer { tmp.deallocate() }
        tmp.copyMemory(from: arrItemPtr(o, 0), byteCount: n * arrItemSize(o))
        return arrAppendRaw(o, tmp, n)
    }
    return arrAppendRaw(o, arrItemPtr(src, 0), n)
}

/// frombytes core: any contiguous buffer whose length is a multiple of the item size.
func arrFromBuffer(_ o: PyObjectRef, _ src: PyObjectRef) -> Bool {
    var view = Py_buffer()
    if PyObject_GetBuffer(src, &view, PyBUF_SIMPLE) < 0 { return false }
    defer { PyBuffer_Release(&view) }
    if view.len % arrItemSize(o) != 0 {
        setError(PyExc_ValueError, "bytes length not a multiple of item size"); return false
    }
    return arrAppendRaw(o, view.buf, view.len / arrItemSize(o))
}

/// fromunicode core: the code points of a str as 'u' items.
func arrFromStr(_ o: PyObjectRef, _ s: PyObjectRef) -> Bool {
    let n = strLen(s)
    if n == 0 { return true }
    let base = arrCount(o)
    if !arrResize(o, base + n) { return false }
    for i in 0..<n { arrItemPtr(o, base + i).storeBytes(of: strAt(s, i), toByteOffset: 0, as: UInt32.self) }
    return true
}

// MARK: - construction

private let array_new: newfunc = { type, args, kwds in
    let type = type!
    if type == arrayType, let kwds, PyDict_Size(kwds) > 0 {
        setError(PyExc_TypeError, "array.array() takes no keyword arguments"); return nil
    }
    let n = PyTuple_GET_SIZE(args!)
    if n < 1 { setError(PyExc_TypeError, "array() takes at least 1 argument (0 given)"); return nil }
    if n > 2 { setError(PyExc_TypeError, "array() takes at most 2 arguments (\(n) given)"); return nil }
    let tcObj = PyTuple_GET_ITEM(args!, 0)!
    guard isStr(tcObj), strLen(tcObj) == 1 else {
        setError(PyExc_TypeError, "array() argument 1 must be a unicode character, not \(typeName(tcObj))"); return nil
    }
    let c = strAt(tcObj, 0)
    var initial: PyObjectRef? = n > 1 ? PyTuple_GET_ITEM(args!, 1) : nil
    let tcText = String(UnicodeScalar(c).map { Character($0) } ?? "?")
    if let ini = initial, c != UInt32(UInt8(ascii: "u")) {
        if isStr(ini) {
            setError(PyExc_TypeError, "cannot use a str to initialize an array with typecode '\(tcText)'"); return nil
        }
        if isArray(ini) && arrTypecode(ini) == UInt8(ascii: "u") {
            setError(PyExc_TypeError, "cannot use a unicode array to initialize an array with typecode '\(tcText)'"); return nil
        }
    }
    guard c < 128, let _ = arrayItemSize(UInt8(c)) else {
        setError(PyExc_ValueError, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)"); return nil
    }
    let tc = UInt8(c)
    var iterator: PyObjectRef? = nil
    if let ini = initial {
        let direct = sIsList(ini) || sIsTuple(ini) || isByteArray(ini) || sIsBytes(ini)
            || (tc == UInt8(ascii: "u") && isStr(ini)) || (isArray(ini) && arrTypecode(ini) == tc)
        if !direct {
            guard let it = PyObject_GetIter(ini) else { return nil }
            iterator = it
            initial = nil
        }
    }
    defer { if let it = iterator { Py_DECREF(it) } }
    guard let o = newArray(type, tc, 0) else { return nil }
    var ok = true
    if let ini = initial {
        if sIsList(ini) || sIsTuple(ini) {
            let count = PyObject_Size(ini)
            for i in 0..<count where ok {
                guard let x = PySequence_GetItem(ini, i) else { ok = false; break }
                ok = arrAppend(o, x)
                Py_DECREF(x)
            }
        } else if isByteArray(ini) || sIsBytes(ini) {
            ok = arrFromBuffer(o, ini)
        } else if isStr(ini) {
            ok = arrFromStr(o, ini)
        } else {
            ok = arrExtend(o, ini)
        }
    } else if let it = iterator {
        ok = arrExtendIterable(o, it)
    }
    if !ok { Py_DECREF(o); return nil }
    return o
}

private let array_dealloc: destructor = { o in
    let o = o!
    if arr(o).pointee.weakreflist != nil { PyObject_ClearWeakRefs(o) }
    free(arr(o).pointee.ob_item)
    arr(o).pointee.ob_item = nil
    o.pointee.ob_type.pointee.tp_free!(UnsafeMutableRawPointer(o))
}

// MARK: - buffer

nonisolated(unsafe) private var emptyBuffer: UInt64 = 0
nonisolated(unsafe) private var bufferFormats: [UInt8: UnsafeMutablePointer<CChar>] = [:]

private let array_getbuffer: getbufferproc = { o, view, flags in
    let o = o!
    guard let view else {
        setError(PyExc_BufferError, "array_buffer_getbuf: view==NULL argument is obsolete"); return -1
    }
    let a = arr(o)
    view.pointee.buf = a.pointee.ob_item.map { UnsafeMutableRawPointer($0) }
        ?? withUnsafeMutablePointer(to: &emptyBuffer) { UnsafeMutableRawPointer($0) }
    view.pointee.obj = o
    Py_INCREF(o)
    view.pointee.len = a.pointee.ob_base.ob_size * a.pointee.itemsize
    view.pointee.readonly = 0
    view.pointee.ndim = 1
    view.pointee.itemsize = a.pointee.itemsize
    view.pointee.suboffsets = nil
    view.pointee.shape = flags & PyBUF_ND == PyBUF_ND
        ? (UnsafeMutableRawPointer(a) + MemoryLayout<PyObject>.size).assumingMemoryBound(to: Int.self) : nil
    view.pointee.strides = flags & PyBUF_STRIDES == PyBUF_STRIDES
        ? (UnsafeMutableRawPointer(a) + MemoryLayout<SPyArrayObject>.offset(of: \SPyArrayObject.itemsize)!).assumingMemoryBound(to: Int.self)
        : nil
    view.pointee.format = nil
    if flags & PyBUF_FORMAT == PyBUF_FORMAT {
        // 'u' is exported as 'w' (a UCS4 code point), as CPython does
        let tc = arrTypecode(o) == UInt8(ascii: "u") ? UInt8(ascii: "w") : arrTypecode(o)
        if bufferFormats[tc] == nil { bufferFormats[tc] = UnsafeMutablePointer(mutating: immortalCString(String(UnicodeScalar(tc)))) }
        view.pointee.format = bufferFormats[tc]
    }
    view.pointee.`internal` = nil
    a.pointee.ob_exports += 1
    return 0
}
private let array_releasebuffer: releasebufferproc = { o, _ in arr(o!).pointee.ob_exports -= 1 }

// MARK: - iterator

private struct ArrayIterObject {
    var ob_base: PyObject
    var array: PyObjectRef?
    var index: Int
}
private let arrayiter_next: iternextfunc = { o in
    let it = UnsafeMutableRawPointer(o!).assumingMemoryBound(to: ArrayIterObject.self)
    guard let a = it.pointee.array else { return nil }
    if it.pointee.index < arrCount(a) {
        it.pointee.index += 1
        return arrGetItem(a, it.pointee.index - 1)
    }
    it.pointee.array = nil
    Py_DECREF(a)
    return nil
}
private let arrayiter_dealloc: destructor = { o in
    let it = UnsafeMutableRawPointer(o!).assumingMemoryBound(to: ArrayIterObject.self)
    if let a = it.pointee.array { it.pointee.array = nil; Py_DECREF(a) }
    o!.pointee.ob_type.pointee.tp_free!(UnsafeMutableRawPointer(o!))
}
let array_iter: getiterfunc = { o in
    guard let it = PyType_GenericAlloc(arrayIterType!, 0) else { return nil }
    let p = UnsafeMutableRawPointer(it).assumingMemoryBound(to: ArrayIterObject.self)
    Py_INCREF(o!)
    p.pointee.array = o
    p.pointee.index = 0
    return it
}

// MARK: - module

private func makeStaticType(_ name: String, size: Int) -> PyTypeRef {
    let t = calloc(1, MemoryLayout<PyTypeObject>.size)!.assumingMemoryBound(to: PyTypeObject.self)
    t.pointee.ob_base.ob_base.ob_refcnt = 1 << 30
    t.pointee.ob_base.ob_base.ob_type = SPyType_Type()
    t.pointee.tp_name = immortalCString(name)
    t.pointee.tp_basicsize = size
    t.pointee.tp_flags = Py_TPFLAGS_DEFAULT
    t.pointee.tp_alloc = PyType_GenericAlloc
    t.pointee.tp_free = PyObject_Free
    t.pointee.tp_getattro = PyObject_GenericGetAttr
    return t
}

private func makeArrayModule() -> PyObjectRef? {
    guard let m = PyModule_New("array") else { return nil }
    if PyModule_AddObjectRef(m, "array", arrayType!.asObject) < 0 || PyModule_AddObjectRef(m, "ArrayType", arrayType!.asObject) < 0 {
        Py_DECREF(m); return nil
    }
    guard let codes = pyStr(arrayTypecodes), PyModule_AddObject(m, "typecodes", codes) == 0 else { Py_DECREF(m); return nil }
    return m
}

/// Creates array.array and its iterator type (start-up) and registers the module.
func registerArrayModule() {
    let t = makeStaticType("array.array", size: MemoryLayout<SPyArrayObject>.size)
    t.pointee.tp_flags = Py_TPFLAGS_DEFAULT | UInt(Py_TPFLAGS_BASETYPE) | UInt(Py_TPFLAGS_SEQUENCE)
    t.pointee.tp_doc = immortalCString("array(typecode [, initializer]) -> array\n\nReturn a new array whose items are restricted by typecode, and\ninitialized from the optional initializer value, which must be a list,\na bytes-like object, or iterable over elements of the appropriate type.")
    t.pointee.tp_new = array_new
    t.pointee.tp_dealloc = array_dealloc
    t.pointee.tp_weaklistoffset = MemoryLayout<SPyArrayObject>.offset(of: \SPyArrayObject.weakreflist)!
    t.pointee.tp_iter = array_iter
    t.pointee.tp_hash = PyObject_HashNotImplemented
    let bp = UnsafeMutablePointer<PyBufferProcs>.allocate(capacity: 1)
    bp.initialize(to: PyBufferProcs(bf_getbuffer: array_getbuffer, bf_releasebuffer: array_releasebuffer))
    t.pointee.tp_as_buffer = bp
    fillArrayMethods(t)
    arrayType = t

    let it = makeStaticType("array.arrayiterator", size: MemoryLayout<ArrayIterObject>.size)
    it.pointee.tp_iternext = arrayiter_next
    it.pointee.tp_iter = PyObject_SelfIter
    it.pointee.tp_dealloc = arrayiter_dealloc
    arrayIterType = it

    extraStaticTypes += [t, it]
    registerBuiltinModule("array", makeArrayModule)
}
