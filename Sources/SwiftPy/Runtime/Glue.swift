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

/// `leaks: N` on stderr: objects still alive at exit beyond those alive after start-up.
func reportLeaks() {
    writeStderr("leaks: \(max(0, liveObjectCount() - liveObjectsAfterStartup))\n")
}
nonisolated(unsafe) var liveObjectsAfterStartup = 0
