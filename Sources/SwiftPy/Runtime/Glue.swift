// Small pieces of start-up glue: the list of exception classes builtins exposes, types owned by
// modules, os.fspath, and the leak report.
import CPython
import Glibc

/// (name, class) of every standard exception, for the builtins namespace.
func allExceptionClasses() -> [(String, PyObjectRef)] {
    let all: [(String, PyObjectRef?)] = [
        ("BaseException", PyExc_BaseException), ("BaseExceptionGroup", PyExc_BaseExceptionGroup), ("Exception", PyExc_Exception),
        ("ArithmeticError", PyExc_ArithmeticError), ("AssertionError", PyExc_AssertionError), ("AttributeError", PyExc_AttributeError),
        ("BlockingIOError", PyExc_BlockingIOError), ("BrokenPipeError", PyExc_BrokenPipeError), ("BufferError", PyExc_BufferError),
        ("BytesWarning", PyExc_BytesWarning), ("ChildProcessError", PyExc_ChildProcessError),
        ("ConnectionAbortedError", PyExc_ConnectionAbortedError), ("ConnectionError", PyExc_ConnectionError),
        ("ConnectionRefusedError", PyExc_ConnectionRefusedError), ("ConnectionResetError", PyExc_ConnectionResetError),
        ("DeprecationWarning", PyExc_DeprecationWarning), ("EOFError", PyExc_EOFError), ("EncodingWarning", PyExc_EncodingWarning),
        ("EnvironmentError", PyExc_OSError), ("FileExistsError", PyExc_FileExistsError), ("FileNotFoundError", PyExc_FileNotFoundError),
        ("FloatingPointError", PyExc_FloatingPointError), ("FutureWarning", PyExc_FutureWarning), ("GeneratorExit", PyExc_GeneratorExit),
        ("IOError", PyExc_OSError), ("ImportError", PyExc_ImportError), ("ImportWarning", PyExc_ImportWarning),
        ("IndentationError", PyExc_IndentationError), ("IndexError", PyExc_IndexError), ("InterruptedError", PyExc_InterruptedError),
        ("IsADirectoryError", PyExc_IsADirectoryError), ("KeyError", PyExc_KeyError), ("KeyboardInterrupt", PyExc_KeyboardInterrupt),
        ("LookupError", PyExc_LookupError), ("MemoryError", PyExc_MemoryError), ("ModuleNotFoundError", PyExc_ModuleNotFoundError),
        ("NameError", PyExc_NameError), ("NotADirectoryError", PyExc_NotADirectoryError), ("NotImplementedError", PyExc_NotImplementedError),
        ("OSError", PyExc_OSError), ("OverflowError", PyExc_OverflowError), ("PendingDeprecationWarning", PyExc_PendingDeprecationWarning),
        ("PermissionError", PyExc_PermissionError), ("ProcessLookupError", PyExc_ProcessLookupError), ("RecursionError", PyExc_RecursionError),
        ("ReferenceError", PyExc_ReferenceError), ("ResourceWarning", PyExc_ResourceWarning), ("RuntimeError", PyExc_RuntimeError),
        ("RuntimeWarning", PyExc_RuntimeWarning), ("StopAsyncIteration", PyExc_StopAsyncIteration), ("StopIteration", PyExc_StopIteration),
        ("SyntaxError", PyExc_SyntaxError), ("SyntaxWarning", PyExc_SyntaxWarning), ("SystemError", PyExc_SystemError),
        ("SystemExit", PyExc_SystemExit), ("TabError", PyExc_TabError), ("TimeoutError", PyExc_TimeoutError), ("TypeError", PyExc_TypeError),
        ("UnboundLocalError", PyExc_UnboundLocalError), ("UnicodeDecodeError", PyExc_UnicodeDecodeError),
        ("UnicodeEncodeError", PyExc_UnicodeEncodeError), ("UnicodeError", PyExc_UnicodeError),
        ("UnicodeTranslateError", PyExc_UnicodeTranslateError), ("UnicodeWarning", PyExc_UnicodeWarning), ("UserWarning", PyExc_UserWarning),
        ("ValueError", PyExc_ValueError), ("Warning", PyExc_Warning), ("ZeroDivisionError", PyExc_ZeroDivisionError),
    ]
    var out = all.compactMap { name, cls in cls.map { (name, $0) } }
    if let eg = vmExceptionGroupType { out.append(("ExceptionGroup", eg)) }
    return out
}

/// Types defined by runtime modules, created before PyType_Ready runs over allStaticTypes().
func registerModuleTypes() {
    registerIOTypes()
    registerThreadTypes()
    registerWeakrefTypes()
    registerMemoryViewType()
    registerRuntimeModules()
}

@c @implementation public func PyOS_FSPath(_ path: PyObjectRef?) -> PyObjectRef? {
    guard let path else { return nil }
    if PyUnicode_Check(path) != 0 || PyBytes_Check(path) != 0 { Py_INCREF(path); return path }
    guard let f = lookupSpecial(path, "__fspath__") else {
        if PyErr_Occurred() == nil { setError(PyExc_TypeError, "expected str, bytes or os.PathLike object, not \(typeName(path))") }
        return nil
    }
    defer { Py_DECREF(f) }
    guard let r = PyObject_CallNoArgs(f) else { return nil }
    if PyUnicode_Check(r) == 0 && PyBytes_Check(r) == 0 {
        setError(PyExc_TypeError, "expected \(typeName(path)).__fspath__() to return str or bytes, not \(typeName(r))")
        Py_DECREF(r); return nil
    }
    return r
}

/// bytes(obj) for the C API.
@c @implementation public func PyBytes_FromObject(_ o: PyObjectRef?) -> PyObjectRef? {
    guard let o else { return nil }
    if PyBytes_CheckExact(o) != 0 { Py_INCREF(o); return o }
    // CPython: buffer, list, tuple or any non-str iterable of ints; never __bytes__ or an int count.
    if isStr(o) { return strRaise(PyExc_TypeError, "cannot convert 'str' object to bytes") }
    return bytesFromObjectNoInt(o, typeWord: "bytes")
}

/// Issues a warning: through warnings.warn when the warnings module is loaded, else printed as
/// CPython's default filter shows it ("file:line: Category: message") once per call site.
@c @implementation public func PyErr_WarnEx(_ category: PyObjectRef?, _ message: UnsafePointer<CChar>?, _ stackLevel: Int) -> Int32 {
    let cat = category ?? PyExc_RuntimeWarning!
    let text = message.map { String(cString: $0) } ?? ""
    if let warnings = PyDict_GetItemString(mainInterp!.pointee.modules, "warnings"),
       let warn = PyObject_GetAttrString(warnings, "warn") {
        defer { Py_DECREF(warn) }
        guard let msg = pyStr(text) else { return -1 }
        let level = pyInt(max(stackLevel, 1))
        var args: [PyObjectRef?] = [msg, cat, level]
        let r = args.withUnsafeMutableBufferPointer { PyObject_Vectorcall(warn, $0.baseAddress, 3, nil) }
        Py_DECREF(msg); Py_DECREF(level)
        guard let r else { return -1 }
        Py_DECREF(r)
        return 0
    }
    PyErr_Clear()
    var location = "sys:1"
    if let f = currentFrame(), let code = f.pointee.f_code {
        let c = code
        location = "\(swiftString(c.pointee.co_filename!)):\(PyFrame_GetLineNumber(f))"
    }
    let key = location + text
    if warnedOnce.contains(key) { return 0 }
    warnedOnce.insert(key)
    _ = flushStdFiles()
    let name = shortTypeName(cat.asType)
    let line = "\(location): \(name): \(text)\n"
    if let err = PySys_GetObject("stderr"), err != pyNone, let s = pyStr(line) {
        if let r = callMethod1(err, "write", s) { Py_DECREF(r) } else { PyErr_Clear() }
        Py_DECREF(s)
    } else { writeStderr(line) }
    return 0
}
nonisolated(unsafe) private var warnedOnce = Set<String>()
