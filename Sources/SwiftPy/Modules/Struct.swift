// The _struct module: conversion between Python values and C structs packed in bytes, with
// CPython 3.11's format language (byte order prefixes @ = < > !, native sizes and alignment under
// @, standard sizes otherwise) and its error texts. A format is parsed once into a StructLayout;
// _struct.Struct objects hold one, and the module functions cache Struct objects by format.
// CPython swaps in the native routines for '<'/'=' on a little-endian host where sizes agree
// (b B c s p h H i I q Q e): the errors of those codes then read like the native ones.
import CPython
import Glibc

nonisolated(unsafe) private var structError: PyObjectRef! = nil
nonisolated(unsafe) private var structType: PyTypeRef! = nil
nonisolated(unsafe) private var unpackIterType: PyTypeRef! = nil
/// The module definition of _struct: its state is the format -> Struct cache (as CPython's
/// module state), so the cache lives and dies with the module object.
nonisolated(unsafe) private var structModuleDef: UnsafeMutablePointer<PyModuleDef>! = nil
private let structCacheMax = 100

@inline(__always) private func fail(_ message: String) -> Bool { setError(structError, message); return false }

// MARK: - format parsing

/// How sizes, alignment and byte order are chosen.
private enum StructMode { case native, little, big }

/// One packed field: a format char, its byte offset and size (for s/p the whole field).
private struct StructCode {
    let char: UInt8
    let offset: Int
    let size: Int
}

/// A parsed format. `codes` has one entry per Python value (s and p take one value each).
private final class StructLayout {
    let mode: StructMode
    let codes: [StructCode]
    let size: Int
    init(mode: StructMode, codes: [StructCode], size: Int) { self.mode = mode; self.codes = codes; self.size = size }
}

/// Size and alignment of a format char in a mode; nil for a char the mode does not know.
private func itemSizeAlign(_ c: UInt8, _ mode: StructMode) -> (Int, Int)? {
    switch c {
    case UInt8(ascii: "x"), UInt8(ascii: "c"), UInt8(ascii: "b"), UInt8(ascii: "B"), UInt8(ascii: "?"),
         UInt8(ascii: "s"), UInt8(ascii: "p"):
        return (1, 1)
    case UInt8(ascii: "h"), UInt8(ascii: "H"), UInt8(ascii: "e"): return (2, 2)
    case UInt8(ascii: "i"), UInt8(ascii: "I"), UInt8(ascii: "f"): return (4, 4)
    case UInt8(ascii: "l"), UInt8(ascii: "L"): return mode == .native ? (8, 8) : (4, 4)
    case UInt8(ascii: "q"), UInt8(ascii: "Q"), UInt8(ascii: "d"): return (8, 8)
    case UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "P"): return mode == .native ? (8, 8) : nil
    default: return nil
    }
}

/// Parses a format (ASCII bytes, no NUL); nil with struct.error set.
private func parseFormat(_ fmt: [UInt8]) -> StructLayout? {
    var i = 0
    var mode = StructMode.native
    if let first = fmt.first {
        switch first {
        case UInt8(ascii: "<"), UInt8(ascii: "="): mode = .little; i = 1
        case UInt8(ascii: ">"), UInt8(ascii: "!"): mode = .big; i = 1
        case UInt8(ascii: "@"): i = 1
        default: break
        }
    }
    var codes: [StructCode] = []
    var size = 0
    let tooLong = "total struct size too long"
    while i < fmt.count {
        var c = fmt[i]; i += 1
        if c == 32 || (c >= 9 && c <= 13) { continue }
        var num = 1
        if c >= 48 && c <= 57 {
            num = Int(c - 48)
            while true {
                guard i < fmt.count else { _ = fail("repeat count given without format specifier"); return nil }
                c = fmt[i]; i += 1
                guard c >= 48 && c <= 57 else { break }
                let (m, o1) = num.multipliedReportingOverflow(by: 10)
                let (s, o2) = m.addingReportingOverflow(Int(c - 48))
                if o1 || o2 { _ = fail(tooLong); return nil }
                num = s
            }
        }
        guard let (itemSize, align) = itemSizeAlign(c, mode) else { _ = fail("bad char in struct format"); return nil }
        if mode == .native && align > 1 && size > 0 {
            let (s, o) = size.addingReportingOverflow((align - 1) - (size - 1) % align)
            if o { _ = fail(tooLong); return nil }
            size = s
        }
        let (span, o1) = num.multipliedReportingOverflow(by: itemSize)
        let (end, o2) = size.addingReportingOverflow(span)
        if o1 || o2 { _ = fail(tooLong); return nil }
        switch c {
        case UInt8(ascii: "s"), UInt8(ascii: "p"): codes.append(StructCode(char: c, offset: size, size: num))
        case UInt8(ascii: "x"): break
        default:
            codes.reserveCapacity(codes.count + num)
            for k in 0..<num { codes.append(StructCode(char: c, offset: size + k * itemSize, size: itemSize)) }
        }
        size = end
    }
    return StructLayout(mode: mode, codes: codes, size: size)
}

// MARK: - packing one value

/// An int argument reduced to what the 64-bit packers need.
private enum IntArg { case small(Int), bigUnsigned(UInt), huge }

/// CPython's get_pylong: int, or __index__ result; anything else is a struct.error.
private func structIntArg(_ v: PyObjectRef) -> IntArg? {
    var o = v
    if !isInt(v) {
        guard let nb = v.pointee.ob_type.pointee.tp_as_number, nb.pointee.nb_index != nil else {
            _ = fail("required argument is not an integer"); return nil
        }
        guard let i = PyNumber_Index(v) else { return nil }
        o = i
    } else {
        Py_INCREF(o)
    }
    defer { Py_DECREF(o) }
    if let s = longSmall(o) { return .small(s) }
    if longSign(o) < 0 { return .huge }
    let m = longBig(o).magnitude
    return m.bitWidth <= 64 ? .bigUnsigned(m.words[0]) : .huge
}

/// get_long: a C long or "argument out of range".
private func signedArg(_ v: PyObjectRef) -> Int? {
    guard let a = structIntArg(v) else { return nil }
    if case .small(let s) = a { return s }
    _ = fail("argument out of range"); return nil
}

/// get_ulong: a C unsigned long or "argument out of range" (negative values included).
private func unsignedArg(_ v: PyObjectRef, message: String = "argument out of range") -> UInt? {
    guard let a = structIntArg(v) else { return nil }
    switch a {
    case .small(let s) where s >= 0: return UInt(s)
    case .bigUnsigned(let u): return u
    default: _ = fail(message); return nil
    }
}

/// PyFloat_AsDouble with CPython's struct.error on failure.
private func floatArg(_ v: PyObjectRef) -> Double? {
    let d = PyFloat_AsDouble(v)
    if d == -1 && PyErr_Occurred() != nil { _ = fail("required argument is not a float"); return nil }
    return d
}

/// Stores the low `n` bytes of `bits` at `p` in the mode's byte order.
@inline(__always) private func storeBits(_ bits: UInt64, _ n: Int, _ p: UnsafeMutableRawPointer, _ mode: StructMode) {
    for k in 0..<n {
        let byte = UInt8(truncatingIfNeeded: bits >> (8 * UInt64(k)))
        p.storeBytes(of: byte, toByteOffset: mode == .big ? n - 1 - k : k, as: UInt8.self)
    }
}

/// Whether the native routine handles `c` in this mode (CPython's table swap on little-endian).
@inline(__always) private func usesNativeRoutine(_ c: UInt8, _ mode: StructMode) -> Bool {
    switch mode {
    case .native: return true
    case .big: return false
    case .little:
        switch c {
        case UInt8(ascii: "l"), UInt8(ascii: "L"), UInt8(ascii: "?"), UInt8(ascii: "f"), UInt8(ascii: "d"): return false
        default: return true
        }
    }
}

/// Range check of the signed standard packers and native 'i': "'c' format requires lo <= number <= hi".
private func checkedSigned(_ v: PyObjectRef, _ c: UInt8, _ lo: Int, _ hi: Int, nativeName: String?) -> Int? {
    guard let x = signedArg(v) else { return nil }
    if x < lo || x > hi {
        if let nativeName { _ = fail("\(nativeName) format requires \(lo) <= number <= \(hi)") }
        else { _ = fail("'\(Character(Unicode.Scalar(c)))' format requires \(lo) <= number <= \(hi)") }
        return nil
    }
    return x
}

/// h i l of 2 or 4 bytes: get_long, then the range check of the code.
private func packSmallSigned(_ code: StructCode, _ v: PyObjectRef, _ p: UnsafeMutableRawPointer, _ order: StructMode,
                             shortName: Bool) -> Bool {
    let lo = code.size == 2 ? Int(Int16.min) : Int(Int32.min)
    let hi = code.size == 2 ? Int(Int16.max) : Int(Int32.max)
    guard let x = checkedSigned(v, code.char, lo, hi, nativeName: shortName ? "short" : nil) else { return false }
    storeBits(UInt64(bitPattern: Int64(x)), code.size, p, order)
    return true
}

/// H I L of 2 or 4 bytes: get_ulong, then "'c' format requires 0 <= number <= max".
private func packSmallUnsigned(_ code: StructCode, _ v: PyObjectRef, _ p: UnsafeMutableRawPointer, _ order: StructMode) -> Bool {
    guard let x = unsignedArg(v) else { return false }
    let hi: UInt = code.size == 2 ? 65535 : UInt(UInt32.max)
    if x > hi { return fail("'\(Character(Unicode.Scalar(code.char)))' format requires 0 <= number <= \(hi)") }
    storeBits(UInt64(x), code.size, p, order)
    return true
}

/// 8-byte signed: native get_long(long) or standard _PyLong_AsByteArray errors.
private func packSigned64(_ v: PyObjectRef, _ p: UnsafeMutableRawPointer, _ order: StructMode, native: Bool) -> Bool {
    if native {
        guard let x = signedArg(v) else { return false }
        storeBits(UInt64(bitPattern: Int64(x)), 8, p, order)
        return true
    }
    guard let a = structIntArg(v) else { return false }
    guard case .small(let x) = a else { return fail("int too large to convert") }
    storeBits(UInt64(bitPattern: Int64(x)), 8, p, order)
    return true
}

private func packUnsigned64(_ v: PyObjectRef, _ p: UnsafeMutableRawPointer, _ order: StructMode, native: Bool) -> Bool {
    guard let x = unsignedArg(v, message: native ? "argument out of range" : "int too large to convert") else { return false }
    storeBits(UInt64(x), 8, p, order)
    return true
}

private func packItem(_ code: StructCode, _ mode: StructMode, _ v: PyObjectRef, _ base: UnsafeMutableRawPointer) -> Bool {
    let p = base + code.offset
    let c = code.char
    let native = usesNativeRoutine(c, mode)
    let order: StructMode = mode == .native ? .little : mode
    switch c {
    case UInt8(ascii: "b"):
        guard let x = checkedSigned(v, c, -128, 127, nativeName: "byte") else { return false }
        p.storeBytes(of: UInt8(truncatingIfNeeded: x), as: UInt8.self)
    case UInt8(ascii: "B"):
        guard let x = checkedSigned(v, c, 0, 255, nativeName: "ubyte") else { return false }
        p.storeBytes(of: UInt8(truncatingIfNeeded: x), as: UInt8.self)
    case UInt8(ascii: "c"):
        guard PyBytes_Check(v) != 0, PyBytes_Size(v) == 1 else {
            return fail("char format requires a bytes object of length 1")
        }
        p.storeBytes(of: UInt8(bitPattern: PyBytes_AsString(v)![0]), as: UInt8.self)
    case UInt8(ascii: "?"):
        let t = PyObject_IsTrue(v)
        if t < 0 { return false }
        p.storeBytes(of: UInt8(t), as: UInt8.self)
    case UInt8(ascii: "h"), UInt8(ascii: "i"):
        return packSmallSigned(code, v, p, order, shortName: native && c == UInt8(ascii: "h"))
    case UInt8(ascii: "H") where native:
        guard let x = checkedSigned(v, c, 0, 65535, nativeName: "ushort") else { return false }
        storeBits(UInt64(x), 2, p, order)
    case UInt8(ascii: "H"), UInt8(ascii: "I"):
        return packSmallUnsigned(code, v, p, order)
    case UInt8(ascii: "l"):
        return code.size == 4 ? packSmallSigned(code, v, p, order, shortName: false) : packSigned64(v, p, order, native: native)
    case UInt8(ascii: "L"):
        return code.size == 4 ? packSmallUnsigned(code, v, p, order) : packUnsigned64(v, p, order, native: native)
    case UInt8(ascii: "q"), UInt8(ascii: "n"):
        return packSigned64(v, p, order, native: native)
    case UInt8(ascii: "Q"), UInt8(ascii: "N"):
        return packUnsigned64(v, p, order, native: native)
    case UInt8(ascii: "P"):
        guard let a = structIntArg(v) else { return false }
        switch a {
        case .small(let s): storeBits(UInt64(bitPattern: Int64(s)), 8, p, order)
        case .bigUnsigned(let u): storeBits(UInt64(u), 8, p, order)
        case .huge: return fail("int too large to convert")
        }
    case UInt8(ascii: "e"):
        guard let d = floatArg(v) else { return false }
        let h = Float16(d)
        if h.isInfinite && d.isFinite {
            setError(PyExc_OverflowError, "float too large to pack with e format"); return false
        }
        storeBits(UInt64(h.bitPattern), 2, p, order)
    case UInt8(ascii: "f"):
        guard let d = floatArg(v) else { return false }
        let f = Float(d)
        if mode != .native && f.isInfinite && d.isFinite {
            setError(PyExc_OverflowError, "float too large to pack with f format"); return false
        }
        storeBits(UInt64(f.bitPattern), 4, p, order)
    case UInt8(ascii: "d"):
        guard let d = floatArg(v) else { return false }
        storeBits(d.bitPattern, 8, p, order)
    case UInt8(ascii: "s"), UInt8(ascii: "p"):
        let isS = c == UInt8(ascii: "s")
        let data: UnsafePointer<CChar>?
        let n: Int
        if PyBytes_Check(v) != 0 { data = UnsafePointer(PyBytes_AsString(v)); n = PyBytes_Size(v) }
        else if PyByteArray_Check(v) != 0 { data = UnsafePointer(PyByteArray_AsString(v)); n = PyByteArray_Size(v) }
        else { return fail("argument for '\(isS ? "s" : "p")' must be a bytes object") }
        if isS {
            let k = min(n, code.size)
            if k > 0 { p.copyMemory(from: data!, byteCount: k) }
        } else if code.size > 0 {
            let k = min(n, code.size - 1)
            if k > 0 { (p + 1).copyMemory(from: data!, byteCount: k) }
            p.storeBytes(of: UInt8(min(k, 255)), as: UInt8.self)
        }
    default:
        return fail("bad char in struct format")
    }
    return true
}

// MARK: - unpacking one value

@inline(__always) private func loadBits(_ n: Int, _ p: UnsafeRawPointer, _ mode: StructMode) -> UInt64 {
    var bits: UInt64 = 0
    for k in 0..<n {
        let byte = p.load(fromByteOffset: mode == .big ? k : n - 1 - k, as: UInt8.self)
        bits = (bits << 8) | UInt64(byte)
    }
    return bits
}

@inline(__always) private func signExtend(_ bits: UInt64, _ n: Int) -> Int {
    let shift = UInt64(64 - 8 * n)
    return Int(Int64(bitPattern: bits << shift) >> shift)
}

private func unpackItem(_ code: StructCode, _ mode: StructMode, _ base: UnsafeRawPointer) -> PyObjectRef? {
    let p = base + code.offset
    let order: StructMode = mode == .native ? .little : mode
    switch code.char {
    case UInt8(ascii: "b"), UInt8(ascii: "h"), UInt8(ascii: "i"), UInt8(ascii: "l"), UInt8(ascii: "q"), UInt8(ascii: "n"):
        return pyInt(signExtend(loadBits(code.size, p, order), code.size))
    case UInt8(ascii: "B"), UInt8(ascii: "H"), UInt8(ascii: "I"), UInt8(ascii: "L"), UInt8(ascii: "Q"),
         UInt8(ascii: "N"), UInt8(ascii: "P"):
        return PyLong_FromUnsignedLongLong(loadBits(code.size, p, order))
    case UInt8(ascii: "c"):
        return PyBytes_FromStringAndSize(p.assumingMemoryBound(to: CChar.self), 1)
    case UInt8(ascii: "?"):
        return pyBool(loadBits(code.size, p, order) != 0)
    case UInt8(ascii: "e"):
        return pyFloat(Double(Float16(bitPattern: UInt16(loadBits(2, p, order)))))
    case UInt8(ascii: "f"):
        return pyFloat(Double(Float(bitPattern: UInt32(loadBits(4, p, order)))))
    case UInt8(ascii: "d"):
        return pyFloat(Double(bitPattern: loadBits(8, p, order)))
    case UInt8(ascii: "s"):
        return PyBytes_FromStringAndSize(p.assumingMemoryBound(to: CChar.self), code.size)
    case UInt8(ascii: "p"):
        if code.size == 0 {
            setError(PyExc_SystemError, "Negative size passed to PyBytes_FromStringAndSize"); return nil
        }
        let n = min(Int(p.load(as: UInt8.self)), code.size - 1)
        return PyBytes_FromStringAndSize((p + 1).assumingMemoryBound(to: CChar.self), n)
    default:
        _ = fail("bad char in struct format"); return nil
    }
}

/// Tuple of every value of `layout` read from `data` (at least layout.size bytes).
private func unpackAll(_ layout: StructLayout, _ data: UnsafeRawPointer) -> PyObjectRef? {
    guard let t = PyTuple_New(layout.codes.count) else { return nil }
    for (k, code) in layout.codes.enumerated() {
        guard let v = unpackItem(code, layout.mode, data) else { Py_DECREF(t); return nil }
        PyTuple_SET_ITEM(t, k, v)
    }
    return t
}

/// Packs values[0..<count] into `dest` (layout.size bytes, zeroed by the caller).
private func packAll(_ layout: StructLayout, _ values: UnsafePointer<PyObjectRef?>?, _ dest: UnsafeMutableRawPointer) -> Bool {
    for (k, code) in layout.codes.enumerated() {
        if !packItem(code, layout.mode, values![k]!, dest) { return false }
    }
    return true
}

// MARK: - Struct objects

private let headerSize = MemoryLayout<PyObject>.size
private let structBasicSize = headerSize + 3 * MemoryLayout<UnsafeRawPointer>.size
private let structWeakOffset = headerSize + 2 * MemoryLayout<UnsafeRawPointer>.size

/// Slot 0: retained StructLayout; slot 1: the format object (str).
@inline(__always) private func slot(_ o: PyObjectRef, _ k: Int) -> UnsafeMutablePointer<UnsafeMutableRawPointer?> {
    (UnsafeMutableRawPointer(o) + headerSize + k * MemoryLayout<UnsafeRawPointer>.size)
        .assumingMemoryBound(to: UnsafeMutableRawPointer?.self)
}
private func layoutOf(_ s: PyObjectRef) -> StructLayout {
    if let raw = slot(s, 0).pointee { return Unmanaged<StructLayout>.fromOpaque(raw).takeUnretainedValue() }
    return StructLayout(mode: .native, codes: [], size: 0)
}
private func formatOf(_ s: PyObjectRef) -> PyObjectRef? { slot(s, 1).pointee?.assumingMemoryBound(to: PyObject.self) }

/// Format bytes of a str (ASCII) or bytes object; nil with the error set.
private func formatBytes(_ f: PyObjectRef) -> [UInt8]? {
    let bytesObj: PyObjectRef
    if PyUnicode_Check(f) != 0 {
        guard let b = PyUnicode_AsASCIIString(f) else { return nil }
        bytesObj = b
    } else if PyBytes_Check(f) != 0 {
        bytesObj = newRef(f)
    } else {
        setError(PyExc_TypeError, "Struct() argument 1 must be a str or bytes object, not \(typeName(f))")
        return nil
    }
    defer { Py_DECREF(bytesObj) }
    let n = PyBytes_Size(bytesObj)
    let raw = UnsafeRawPointer(PyBytes_AsString(bytesObj)!)
    let out = [UInt8](UnsafeRawBufferPointer(start: raw, count: n))
    if out.contains(0) { _ = fail("embedded null character"); return nil }
    return out
}

/// (Re)initialises a Struct from a format object.
private func structSetFormat(_ s: PyObjectRef, _ f: PyObjectRef) -> Bool {
    guard let bytes = formatBytes(f), let layout = parseFormat(bytes) else { return false }
    let fmtStr: PyObjectRef
    if PyUnicode_Check(f) != 0 { fmtStr = newRef(f) }
    else {
        guard let d = PyUnicode_DecodeASCII(PyBytes_AsString(f), PyBytes_Size(f), nil) else { return false }
        fmtStr = d
    }
    if let old = slot(s, 0).pointee { Unmanaged<StructLayout>.fromOpaque(old).release() }
    slot(s, 0).pointee = Unmanaged.passRetained(layout).toOpaque()
    let oldFmt = formatOf(s)
    slot(s, 1).pointee = UnsafeMutableRawPointer(fmtStr)
    if let oldFmt { Py_DECREF(oldFmt) }
    return true
}

private let struct_new: newfunc = { type, _, _ in
    guard let o = PyType_GenericAlloc(type!, 0) else { return nil }
    slot(o, 0).pointee = nil
    let empty = pyStr("")!
    slot(o, 1).pointee = UnsafeMutableRawPointer(empty)
    return o
}

/// Struct.__init__(format), with Argument Clinic's error texts.
private let struct_init: initproc = { s, args, kwargs in
    let npos = PyTuple_GET_SIZE(args!)
    let nkw = kwargs.map { PyDict_Size($0) } ?? 0
    if npos + nkw > 1 {
        setError(PyExc_TypeError, "Struct() takes at most 1 \(npos == 0 ? "keyword " : "")argument (\(npos + nkw) given)")
        return -1
    }
    var f: PyObjectRef? = npos == 1 ? PyTuple_GET_ITEM(args!, 0) : nil
    if f == nil, let kwargs { f = PyDict_GetItemString(kwargs, "format") }
    guard let f else { setError(PyExc_TypeError, "Struct() missing required argument 'format' (pos 1)"); return -1 }
    return structSetFormat(s!, f) ? 0 : -1
}

private let struct_dealloc: destructor = { s in
    let o = s!
    if slot(o, 2).pointee != nil { PyObject_ClearWeakRefs(o) }
    if let raw = slot(o, 0).pointee { Unmanaged<StructLayout>.fromOpaque(raw).release() }
    if let f = formatOf(o) { Py_DECREF(f) }
    o.pointee.ob_type.pointee.tp_free!(UnsafeMutableRawPointer(o))
}

/// The cache slot in module `m`'s state.
private func cacheSlot(_ m: PyObjectRef) -> UnsafeMutablePointer<PyObjectRef?> {
    PyModule_GetState(m)!.assumingMemoryBound(to: PyObjectRef?.self)
}

/// Struct for a format object, through module `m`'s cache (a new reference).
private func cachedStruct(_ m: PyObjectRef?, _ f: PyObjectRef) -> PyObjectRef? {
    guard let structCache = cacheSlot(m!).pointee else { setError(PyExc_SystemError, "_struct module state is cleared"); return nil }
    if let hit = PyDict_GetItemWithError(structCache, f) { return newRef(hit) }
    if PyErr_Occurred() != nil { return nil }
    guard let s = struct_new(structType, nil, nil) else { return nil }
    guard structSetFormat(s, f) else { Py_DECREF(s); return nil }
    if PyDict_Size(structCache) >= structCacheMax { PyDict_Clear(structCache) }
    if PyDict_SetItem(structCache, f, s) < 0 { Py_DECREF(s); return nil }
    return s
}

// MARK: - operations shared by methods and module functions

private func doPack(_ s: PyObjectRef, _ args: UnsafePointer<PyObjectRef?>?, _ nargs: Int) -> PyObjectRef? {
    let layout = layoutOf(s)
    if nargs != layout.codes.count {
        _ = fail("pack expected \(layout.codes.count) items for packing (got \(nargs))"); return nil
    }
    guard let out = PyBytes_FromStringAndSize(nil, layout.size) else { return nil }
    let dest = UnsafeMutableRawPointer(PyBytes_AsString(out)!)
    dest.initializeMemory(as: UInt8.self, repeating: 0, count: layout.size)
    if !packAll(layout, args, dest) { Py_DECREF(out); return nil }
    return out
}

private func doPackInto(_ s: PyObjectRef, _ args: UnsafePointer<PyObjectRef?>?, _ nargs: Int) -> PyObjectRef? {
    let layout = layoutOf(s)
    if nargs != layout.codes.count + 2 {
        if nargs == 0 { _ = fail("pack_into expected buffer argument") }
        else if nargs == 1 { _ = fail("pack_into expected offset argument") }
        else { _ = fail("pack_into expected \(layout.codes.count) items for packing (got \(nargs - 2))") }
        return nil
    }
    var view = Py_buffer()
    if PyObject_GetBuffer(arg(args, 0), &view, PyBUF_WRITABLE) < 0 {
        PyErr_Clear()
        setError(PyExc_TypeError, "argument must be read-write bytes-like object, not \(typeName(arg(args, 0)))")
        return nil
    }
    defer { PyBuffer_Release(&view) }
    var offset = PyNumber_AsSsize_t(arg(args, 1), PyExc_IndexError)
    if offset == -1 && PyErr_Occurred() != nil { return nil }
    let len = view.len
    if offset < 0 {
        if offset + layout.size > 0 { _ = fail("no space to pack \(layout.size) bytes at offset \(offset)"); return nil }
        if offset + len < 0 { _ = fail("offset \(offset) out of range for \(len)-byte buffer"); return nil }
        offset += len
    }
    if len - offset < layout.size {
        _ = fail("pack_into requires a buffer of at least \(layout.size + offset) bytes for packing \(layout.size) bytes at offset \(offset) (actual buffer size is \(len))")
        return nil
    }
    let dest = view.buf! + offset
    dest.initializeMemory(as: UInt8.self, repeating: 0, count: layout.size)
    if !packAll(layout, args.map { $0 + 2 }, dest) { return nil }
    return pyNoneRef()
}

private func withReadBuffer(_ o: PyObjectRef, _ body: (UnsafeRawPointer, Int) -> PyObjectRef?) -> PyObjectRef? {
    var view = Py_buffer()
    if PyObject_GetBuffer(o, &view, PyBUF_SIMPLE) < 0 { return nil }
    defer { PyBuffer_Release(&view) }
    return body(UnsafeRawPointer(view.buf ?? UnsafeMutableRawPointer(bitPattern: 1)!), view.len)
}

private func doUnpack(_ s: PyObjectRef, _ buffer: PyObjectRef) -> PyObjectRef? {
    let layout = layoutOf(s)
    return withReadBuffer(buffer) { data, len in
        if len != layout.size { _ = fail("unpack requires a buffer of \(layout.size) bytes"); return nil }
        return unpackAll(layout, data)
    }
}

private func doUnpackFrom(_ s: PyObjectRef, _ buffer: PyObjectRef, _ offsetObj: PyObjectRef?) -> PyObjectRef? {
    let layout = layoutOf(s)
    var offset = 0
    if let offsetObj {
        guard let i = PyNumber_Index(offsetObj) else { return nil }
        offset = PyLong_AsSsize_t(i)
        Py_DECREF(i)
        if offset == -1 && PyErr_Occurred() != nil { return nil }
    }
    return withReadBuffer(buffer) { data, len in
        if offset < 0 {
            if offset + layout.size > 0 { _ = fail("not enough data to unpack \(layout.size) bytes at offset \(offset)"); return nil }
            if offset + len < 0 { _ = fail("offset \(offset) out of range for \(len)-byte buffer"); return nil }
            offset += len
        }
        if len - offset < layout.size {
            _ = fail("unpack_from requires a buffer of at least \(layout.size + offset) bytes for unpacking \(layout.size) bytes at offset \(offset) (actual buffer size is \(len))")
            return nil
        }
        return unpackAll(layout, data + offset)
    }
}

// MARK: - unpack_iterator

/// State of an unpack_iterator: its Struct, the held buffer view, the next byte offset.
private final class UnpackIterState {
    let structObj: PyObjectRef
    var view = Py_buffer()
    var offset = 0
    var released = false
    init(_ s: PyObjectRef) { structObj = newRef(s) }
    func release() { if !released { released = true; PyBuffer_Release(&view) } }
    deinit { release(); Py_DECREF(structObj) }
}

private func iterState(_ o: PyObjectRef) -> UnpackIterState {
    Unmanaged<UnpackIterState>.fromOpaque(slot(o, 0).pointee!).takeUnretainedValue()
}

private func doIterUnpack(_ s: PyObjectRef, _ buffer: PyObjectRef) -> PyObjectRef? {
    let layout = layoutOf(s)
    if layout.size == 0 { _ = fail("cannot iteratively unpack with a struct of length 0"); return nil }
    let state = UnpackIterState(s)
    if PyObject_GetBuffer(buffer, &state.view, PyBUF_SIMPLE) < 0 { state.released = true; return nil }
    if state.view.len % layout.size != 0 {
        _ = fail("iterative unpacking requires a buffer of a multiple of \(layout.size) bytes"); return nil
    }
    guard let it = PyType_GenericAlloc(unpackIterType, 0) else { return nil }
    slot(it, 0).pointee = Unmanaged.passRetained(state).toOpaque()
    return it
}

private let unpackiter_next: iternextfunc = { o in
    let st = iterState(o!)
    if st.released { return nil }
    let layout = layoutOf(st.structObj)
    if st.offset + layout.size > st.view.len { st.release(); return nil }
    let r = unpackAll(layout, UnsafeRawPointer(st.view.buf!) + st.offset)
    st.offset += layout.size
    return r
}

private let unpackiter_length_hint: NoArgsFn = { o, _ in
    let st = iterState(o!)
    if st.released { return pyInt(0) }
    let size = layoutOf(st.structObj).size
    return pyInt((st.view.len - st.offset) / size)
}

private let unpackiter_dealloc: destructor = { o in
    if let raw = slot(o!, 0).pointee { Unmanaged<UnpackIterState>.fromOpaque(raw).release() }
    o!.pointee.ob_type.pointee.tp_free!(UnsafeMutableRawPointer(o!))
}

private let unpackiter_new: newfunc = { type, _, _ in
    setError(PyExc_TypeError, "Cannot create 'unpack_iterator objects"); return nil
}

// MARK: - Struct methods

private let struct_pack: FastFn = { s, args, nargs in doPack(s!, args, nargs) }
private let struct_pack_into: FastFn = { s, args, nargs in doPackInto(s!, args, nargs) }
private let struct_unpack: OneArgFn = { s, b in doUnpack(s!, b!) }
private let struct_iter_unpack: OneArgFn = { s, b in doIterUnpack(s!, b!) }

/// Parses (buffer, offset=0) of unpack_from; `skip` leading positionals belong to the caller.
private func unpackFromArgs(_ fname: String, _ args: UnsafePointer<PyObjectRef?>?, _ nargs: Int, _ kwnames: PyObjectRef?,
                            skip: Int) -> (PyObjectRef, PyObjectRef?)? {
    var vals: [PyObjectRef?] = [nil, nil]
    let npos = nargs - skip
    if npos > 2 {
        setError(PyExc_TypeError, "\(fname)() takes at most \(2 + skip) arguments (\(nargs + (kwnames.map { PyTuple_GET_SIZE($0) } ?? 0)) given)")
        return nil
    }
    for k in 0..<max(npos, 0) { vals[k] = arg(args, skip + k) }
    guard matchKeywords(fname, args.map { $0 + skip }, npos, kwnames, ["buffer", "offset"], &vals, positionalCount: 2) else { return nil }
    guard let buffer = vals[0] else {
        setError(PyExc_TypeError, "\(fname)() missing required argument 'buffer' (pos \(1 + skip))"); return nil
    }
    return (buffer, vals[1])
}

private let struct_unpack_from: FastKwFn = { s, args, nargs, kwnames in
    guard let (b, off) = unpackFromArgs("unpack_from", args, nargs, kwnames, skip: 0) else { return nil }
    return doUnpackFrom(s!, b, off)
}

private let struct_sizeof: NoArgsFn = { s, _ in
    pyInt(Int(s!.pointee.ob_type.pointee.tp_basicsize) + layoutOf(s!).codes.count * MemoryLayout<StructCode>.stride)
}

private let struct_get_format: GetterFn = { s, _ in newRef(formatOf(s!) ?? pyNoneRef()) }
private let struct_get_size: GetterFn = { s, _ in pyInt(layoutOf(s!).size) }

// MARK: - module functions

/// The cached Struct of args[0] (a new reference); "missing format argument" when absent.
private func structFor(_ m: PyObjectRef?, _ args: UnsafePointer<PyObjectRef?>?, _ nargs: Int) -> PyObjectRef? {
    if nargs < 1 { setError(PyExc_TypeError, "missing format argument"); return nil }
    return cachedStruct(m, arg(args, 0))
}

private let mod_pack: FastFn = { m, args, nargs in
    guard let s = structFor(m, args, nargs) else { return nil }
    defer { Py_DECREF(s) }
    return doPack(s, args.map { $0 + 1 }, nargs - 1)
}
private let mod_pack_into: FastFn = { m, args, nargs in
    guard let s = structFor(m, args, nargs) else { return nil }
    defer { Py_DECREF(s) }
    return doPackInto(s, args.map { $0 + 1 }, nargs - 1)
}
private let mod_unpack: FastFn = { m, args, nargs in
    guard checkArgCount("unpack", nargs, min: 2, max: 2), let s = cachedStruct(m, arg(args, 0)) else { return nil }
    defer { Py_DECREF(s) }
    return doUnpack(s, arg(args, 1))
}
private let mod_iter_unpack: FastFn = { m, args, nargs in
    guard checkArgCount("iter_unpack", nargs, min: 2, max: 2), let s = cachedStruct(m, arg(args, 0)) else { return nil }
    defer { Py_DECREF(s) }
    return doIterUnpack(s, arg(args, 1))
}
private let mod_unpack_from: FastKwFn = { m, args, nargs, kwnames in
    if nargs < 1 {
        setError(PyExc_TypeError, "unpack_from() missing required argument 'format' (pos 1)"); return nil
    }
    guard let (b, off) = unpackFromArgs("unpack_from", args, nargs, kwnames, skip: 1) else { return nil }
    guard let s = cachedStruct(m, arg(args, 0)) else { return nil }
    defer { Py_DECREF(s) }
    return doUnpackFrom(s, b, off)
}
private let mod_calcsize: FastFn = { m, args, nargs in
    if nargs != 1 { setError(PyExc_TypeError, "_struct.calcsize() takes exactly one argument (\(nargs) given)"); return nil }
    guard let s = cachedStruct(m, arg(args, 0)) else { return nil }
    defer { Py_DECREF(s) }
    return pyInt(layoutOf(s).size)
}
private let mod_clearcache: NoArgsFn = { m, _ in
    if let c = cacheSlot(m!).pointee { PyDict_Clear(c) }
    return pyNoneRef()
}

private let structModuleTraverse: traverseproc = { m, visit, arg in
    if let c = cacheSlot(m!).pointee { return visit!(c, arg) }
    return 0
}
private let structModuleClear: inquiry = { m in
    let slot = cacheSlot(m!)
    let c = slot.pointee
    slot.pointee = nil
    if let c { Py_DECREF(c) }
    return 0
}
private let structModuleFree: freefunc = { m in _ = structModuleClear(m?.assumingMemoryBound(to: PyObject.self)) }

// MARK: - types and module

private func makeStructTypes() {
    let t = calloc(1, MemoryLayout<PyTypeObject>.size)!.assumingMemoryBound(to: PyTypeObject.self)
    t.pointee.ob_base.ob_base.ob_refcnt = 1 << 30
    t.pointee.ob_base.ob_base.ob_type = SPyType_Type()
    t.pointee.tp_name = immortalCString("_struct.Struct")
    t.pointee.tp_basicsize = structBasicSize
    t.pointee.tp_flags = Py_TPFLAGS_DEFAULT | UInt(Py_TPFLAGS_BASETYPE)
    t.pointee.tp_dealloc = struct_dealloc
    t.pointee.tp_new = struct_new
    t.pointee.tp_init = struct_init
    t.pointee.tp_weaklistoffset = structWeakOffset
    t.pointee.tp_doc = immortalCString("Struct(format)\n--\n\nCreate a compiled struct object.")
    t.pointee.tp_methods = makeMethodTable([
        .fast("pack", struct_pack), .fast("pack_into", struct_pack_into), .oneArg("unpack", struct_unpack),
        .fastKw("unpack_from", struct_unpack_from), .oneArg("iter_unpack", struct_iter_unpack),
        .noArgs("__sizeof__", struct_sizeof),
    ])
    t.pointee.tp_getset = makeGetSetTable([
        GetSetSpec("format", get: struct_get_format, doc: "struct format string"),
        GetSetSpec("size", get: struct_get_size, doc: "struct size in bytes"),
    ])
    structType = t

    let it = calloc(1, MemoryLayout<PyTypeObject>.size)!.assumingMemoryBound(to: PyTypeObject.self)
    it.pointee.ob_base.ob_base.ob_refcnt = 1 << 30
    it.pointee.ob_base.ob_base.ob_type = SPyType_Type()
    it.pointee.tp_name = immortalCString("_struct.unpack_iterator")
    it.pointee.tp_basicsize = headerSize + MemoryLayout<UnsafeRawPointer>.size
    it.pointee.tp_flags = Py_TPFLAGS_DEFAULT
    it.pointee.tp_dealloc = unpackiter_dealloc
    it.pointee.tp_new = unpackiter_new
    it.pointee.tp_iter = PyObject_SelfIter
    it.pointee.tp_iternext = unpackiter_next
    it.pointee.tp_methods = makeMethodTable([.noArgs("__length_hint__", unpackiter_length_hint)])
    unpackIterType = it
}

func makeStructModule() -> PyObjectRef? {
    if structType == nil {
        makeStructTypes()
        if PyType_Ready(structType) < 0 || PyType_Ready(unpackIterType) < 0 { return nil }
        // Process-wide, as the types it goes with: runtime state, not the program's.
        structError = PyErr_NewException("struct.error", nil, nil)
        guard let e = structError else { return nil }
        registerRuntimeOwned(e)
        let def = calloc(1, MemoryLayout<PyModuleDef>.size)!.assumingMemoryBound(to: PyModuleDef.self)
        def.pointee.m_name = immortalCString("_struct")
        def.pointee.m_size = MemoryLayout<PyObjectRef?>.size
        def.pointee.m_traverse = structModuleTraverse
        def.pointee.m_clear = structModuleClear
        def.pointee.m_free = structModuleFree
        structModuleDef = def
    }
    guard let m = PyModule_Create2(structModuleDef, 1013) else { return nil }
    guard let cache = PyDict_New() else { Py_DECREF(m); return nil }
    cacheSlot(m).pointee = cache
    _ = PyModule_AddFunctions(m, makeMethodTable([
        .fast("pack", mod_pack), .fast("pack_into", mod_pack_into), .fast("unpack", mod_unpack),
        .fastKw("unpack_from", mod_unpack_from), .fast("iter_unpack", mod_iter_unpack),
        .fast("calcsize", mod_calcsize), .noArgs("_clearcache", mod_clearcache),
    ]))
    _ = PyModule_AddObjectRef(m, "Struct", UnsafeMutableRawPointer(structType).assumingMemoryBound(to: PyObject.self))
    _ = PyModule_AddObjectRef(m, "error", structError)
    return m
}
