// The way from the native codecs (Codecs.swift) to the Python codec registry in Lib/_codecs.py:
// encodings the interpreter does not know natively (codecs.register'ed ones, Lib/encodings) and
// error handlers registered with codecs.register_error. _codecs is imported at the first such use.
import CPython

extension Codec {
    /// The name Lib/_codecs.py's helpers take for the codec (utf-16/utf-32 mean "with a BOM").
    var canonicalName: String {
        switch self {
        case .utf8: return "utf-8"
        case .ascii: return "ascii"
        case .latin1: return "latin-1"
        case .utf16: return "utf-16"
        case .utf16le: return "utf-16-le"
        case .utf16be: return "utf-16-be"
        case .utf32: return "utf-32"
        case .utf32le: return "utf-32-le"
        case .utf32be: return "utf-32-be"
        case .cp1252: return "cp1252"
        }
    }
}

/// Calls Lib/_codecs.py's `function` with new references `args` (stolen, even on failure);
/// nil with an exception set.
private func callLibCodecs(_ function: String, _ args: [PyObjectRef?]) -> PyObjectRef? {
    guard args.allSatisfy({ $0 != nil }) else { for a in args { Py_XDECREF(a) }; return nil }
    let owned = args.map { $0! }
    guard let m = PyImport_ImportModule("_codecs") else { for a in owned { Py_DECREF(a) }; return nil }
    defer { Py_DECREF(m) }
    guard let f = PyObject_GetAttrString(m, function) else { for a in owned { Py_DECREF(a) }; return nil }
    defer { Py_DECREF(f) }
    guard let t = sTupleSteal(owned) else { return nil }
    defer { Py_DECREF(t) }
    return PyObject_Call(f, t, nil)
}

private func pyStrOrNone(_ s: String?) -> PyObjectRef? {
    guard let s else { Py_INCREF(pyNone); return pyNone }
    return pyStr(s)
}

/// str.encode for an encoding only the registry knows (LookupError when none does).
func encodeWithRegistry(_ o: PyObjectRef, encoding: String, errors: String?) -> PyObjectRef? {
    Py_INCREF(o)
    return callLibCodecs("_text_encode", [o, pyStr(encoding), pyStrOrNone(errors)])
}

/// bytes.decode for an encoding only the registry knows (LookupError when none does).
func decodeWithRegistry(_ p: UnsafePointer<UInt8>, _ n: Int, encoding: String, errors: String?) -> PyObjectRef? {
    callLibCodecs("_text_decode", [bytesFrom(p, n), pyStr(encoding), pyStrOrNone(errors)])
}

/// After a strict native encode failed (UnicodeEncodeError set): encodes again under the error
/// handler registered as `errors` (LookupError "unknown error handler name" when none is).
func encodeWithRegisteredHandler(_ o: PyObjectRef, _ codec: Codec, errors: String) -> PyObjectRef? {
    if PyErr_ExceptionMatches(PyExc_UnicodeEncodeError) == 0 { return nil }
    PyErr_Clear()
    Py_INCREF(o)
    return callLibCodecs("_native_encode_with_handler", [o, pyStr(codec.canonicalName), pyStr(errors)])
}

/// After a strict native decode failed (UnicodeDecodeError set): decodes again under the error
/// handler registered as `errors`.
func decodeWithRegisteredHandler(_ p: UnsafePointer<UInt8>, _ n: Int, _ codec: Codec, errors: String) -> PyObjectRef? {
    if PyErr_ExceptionMatches(PyExc_UnicodeDecodeError) == 0 { return nil }
    PyErr_Clear()
    return callLibCodecs("_native_decode_with_handler", [bytesFrom(p, n), pyStr(codec.canonicalName), pyStr(errors)])
}

/// True when the registry has a text codec named `encoding`; false with LookupError set otherwise
/// (CPython's messages, "... use codecs.open() to handle arbitrary codecs" for open()).
func registryHasTextEncoding(_ encoding: String) -> Bool {
    guard let r = callLibCodecs("_lookup_text_encoding", [pyStr(encoding), pyStr("codecs.open()")]) else { return false }
    Py_DECREF(r)
    return true
}
