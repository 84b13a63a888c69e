// memoryview item formats: the native single-character struct formats ("@"-prefix allowed) that
// memoryview reads and writes itself (CPython's get_native_fmtchar / unpack_single / pack_single).
import CPython

/// Size of native format char `c`, nil when memoryview does not handle it natively.
func nativeItemSize(_ c: UInt8) -> Int? {
    switch c {
    case UInt8(ascii: "c"), UInt8(ascii: "b"), UInt8(ascii: "B"), UInt8(ascii: "?"): return 1
    case UInt8(ascii: "h"), UInt8(ascii: "H"): return 2
    case UInt8(ascii: "i"), UInt8(ascii: "I"), UInt8(ascii: "f"): return 4
    case UInt8(ascii: "l"), UInt8(ascii: "L"), UInt8(ascii: "q"), UInt8(ascii: "Q"),
         UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "P"), UInt8(ascii: "d"): return 8
    default: return nil
    }
}

/// The format char of a "@x" or "x" format string, nil when not one native single char.
func nativeFormatChar(_ fmt: UnsafePointer<CChar>?) -> UInt8? {
    guard var p = fmt.map({ UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self) }) else { return UInt8(ascii: "B") }
    if p[0] == UInt8(ascii: "@") { p += 1 }
    guard p[0] != 0, p[1] == 0, nativeItemSize(p[0]) != nil else { return nil }
    return p[0]
}

@inline(__always) func isByteFormat(_ c: UInt8) -> Bool {
    c == UInt8(ascii: "b") || c == UInt8(ascii: "B") || c == UInt8(ascii: "c")
}

/// Immortal C strings "x" and "@x" for each format char (views made by cast point at them).
nonisolated(unsafe) private var formatStrings: [UInt16: UnsafePointer<CChar>] = [:]
func staticFormatString(_ c: UInt8, at: Bool) -> UnsafeMutablePointer<CChar> {
    let key = UInt16(c) | (at ? 0x100 : 0)
    if let s = formatStrings[key] { return UnsafeMutablePointer(mutating: s) }
    let s = immortalCString((at ? "@" : "") + String(UnicodeScalar(c)))
    formatStrings[key] = s
    return UnsafeMutablePointer(mutating: s)
}

func formatText(_ fmt: UnsafePointer<CChar>?) -> String { fmt.map { String(cString: $0) } ?? "B" }

/// The one item character of a view's format (CPython's adjust_fmt), nil with NotImplementedError.
func itemFormatChar(_ v: UnsafePointer<Py_buffer>) -> UInt8? {
    guard var p = v.pointee.format.map({ UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self) }) else { return UInt8(ascii: "B") }
    if p[0] == UInt8(ascii: "@") { p += 1 }
    if p[0] != 0 && p[1] == 0 { return p[0] }
    setError(PyExc_NotImplementedError, "memoryview: unsupported format \(formatText(v.pointee.format))")
    return nil
}

/// The item at `p` as a Python object (new reference), nil with an exception.
func unpackItem(_ p: UnsafeRawPointer, _ c: UInt8) -> PyObjectRef? {
    switch c {
    case UInt8(ascii: "B"): return pyInt(Int(p.load(as: UInt8.self)))
    case UInt8(ascii: "b"): return pyInt(Int(p.load(as: Int8.self)))
    case UInt8(ascii: "c"): return PyBytes_FromStringAndSize(p.assumingMemoryBound(to: CChar.self), 1)
    case UInt8(ascii: "?"): return pyBool(p.load(as: UInt8.self) != 0)
    case UInt8(ascii: "h"): return pyInt(Int(p.loadUnaligned(as: Int16.self)))
    case UInt8(ascii: "H"): return pyInt(Int(p.loadUnaligned(as: UInt16.self)))
    case UInt8(ascii: "i"): return pyInt(Int(p.loadUnaligned(as: Int32.self)))
    case UInt8(ascii: "I"): return pyInt(Int(p.loadUnaligned(as: UInt32.self)))
    case UInt8(ascii: "l"), UInt8(ascii: "q"), UInt8(ascii: "n"): return PyLong_FromLongLong(p.loadUnaligned(as: Int64.self))
    case UInt8(ascii: "L"), UInt8(ascii: "Q"), UInt8(ascii: "N"), UInt8(ascii: "P"):
        return PyLong_FromUnsignedLongLong(p.loadUnaligned(as: UInt64.self))
    case UInt8(ascii: "f"): return PyFloat_FromDouble(Double(p.loadUnaligned(as: Float.self)))
    case UInt8(ascii: "d"): return PyFloat_FromDouble(p.loadUnaligned(as: Double.self))
    default:
        setError(PyExc_NotImplementedError, "memoryview: format \(String(UnicodeScalar(c))) not supported")
        return nil
    }
}

/// CPython's fix_error_int: a conversion's TypeError / OverflowError / ValueError becomes memoryview's.
private func packError(_ c: UInt8) -> Bool {
    let f = String(UnicodeScalar(c))
    if PyErr_ExceptionMatches(PyExc_TypeError) != 0 {
        PyErr_Clear(); setError(PyExc_TypeError, "memoryview: invalid type for format '\(f)'")
    } else if PyErr_ExceptionMatches(PyExc_OverflowError) != 0 || PyErr_ExceptionMatches(PyExc_ValueError) != 0 {
        PyErr_Clear(); setError(PyExc_ValueError, "memoryview: invalid value for format '\(f)'")
    }
    return false
}
private func rangeError(_ c: UInt8) -> Bool {
    setError(PyExc_ValueError, "memoryview: invalid value for format '\(String(UnicodeScalar(c)))'")
    return false
}

/// Stores `item` at `p` in format `c`; false with an exception (nothing written then).
func packItem(_ p: UnsafeMutableRawPointer, _ item: PyObjectRef, _ c: UInt8) -> Bool {
    switch c {
    case UInt8(ascii: "b"), UInt8(ascii: "h"), UInt8(ascii: "i"), UInt8(ascii: "l"), UInt8(ascii: "q"), UInt8(ascii: "n"):
        guard let ix = PyNumber_Index(item) else { return packError(c) }
        let v = PyLong_AsLongLong(ix)
        Py_DECREF(ix)
        if v == -1 && errorOccurred() { return packError(c) }
        switch c {
        case UInt8(ascii: "b"): guard let x = Int8(exactly: v) else { return rangeError(c) }; p.storeBytes(of: x, as: Int8.self)
        case UInt8(ascii: "h"): guard let x = Int16(exactly: v) else { return rangeError(c) }; p.storeBytes(of: x, toByteOffset: 0, as: Int16.self)
        case UInt8(ascii: "i"): guard let x = Int32(exactly: v) else { return rangeError(c) }; p.storeBytes(of: x, toByteOffset: 0, as: Int32.self)
        default: p.storeBytes(of: v, toByteOffset: 0, as: Int64.self)
        }
        return true
    case UInt8(ascii: "B"), UInt8(ascii: "H"), UInt8(ascii: "I"), UInt8(ascii: "L"), UInt8(ascii: "Q"), UInt8(ascii: "N"):
        guard let ix = PyNumber_Index(item) else { return packError(c) }
        let v = PyLong_AsUnsignedLongLong(ix)
        Py_DECREF(ix)
        if v == UInt64.max && errorOccurred() { return packError(c) }
        switch c {
        case UInt8(ascii: "B"): guard let x = UInt8(exactly: v) else { return rangeError(c) }; p.storeBytes(of: x, as: UInt8.self)
        case UInt8(ascii: "H"): guard let x = UInt16(exactly: v) else { return rangeError(c) }; p.storeBytes(of: x, toByteOffset: 0, as: UInt16.self)
        case UInt8(ascii: "I"): guard let x = UInt32(exactly: v) else { return rangeError(c) }; p.storeBytes(of: x, toByteOffset: 0, as: UInt32.self)
        default: p.storeBytes(of: v, toByteOffset: 0, as: UInt64.self)
        }
        return true
    case UInt8(ascii: "P"):
        // a pointer: any int that fits in 64 bits, negative ones in two's complement
        guard let ix = PyNumber_Index(item) else { return packError(c) }
        defer { Py_DECREF(ix) }
        var v = PyLong_AsUnsignedLongLong(ix)
        if v == UInt64.max && errorOccurred() {
            PyErr_Clear()
            let s = PyLong_AsLongLong(ix)
            if s == -1 && errorOccurred() { return packError(c) }
            v = UInt64(bitPattern: s)
        }
        p.storeBytes(of: v, toByteOffset: 0, as: UInt64.self)
        return true
    case UInt8(ascii: "f"), UInt8(ascii: "d"):
        let d = PyFloat_AsDouble(item)
        if d == -1.0 && errorOccurred() { return packError(c) }
        if c == UInt8(ascii: "f") { p.storeBytes(of: Float(d), toByteOffset: 0, as: Float.self) }
        else { p.storeBytes(of: d, toByteOffset: 0, as: Double.self) }
        return true
    case UInt8(ascii: "?"):
        let t = PyObject_IsTrue(item)
        if t < 0 { return false }
        p.storeBytes(of: UInt8(t), as: UInt8.self)
        return true
    case UInt8(ascii: "c"):
        guard item.pointee.ob_type == SPyType_Bytes() || PyType_IsSubtype(item.pointee.ob_type, SPyType_Bytes()) != 0 else {
            setError(PyExc_TypeError, "memoryview: invalid type for format 'c'")
            return false
        }
        if bLen(item) != 1 { return rangeError(c) }
        p.storeBytes(of: bPtr(item)[0], as: UInt8.self)
        return true
    default:
        setError(PyExc_NotImplementedError, "memoryview: format \(String(UnicodeScalar(c))) not supported")
        return false
    }
}
