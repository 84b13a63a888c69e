// Running code as a program: __main__, uncaught exceptions, SystemExit and exit codes, the
// embedding entry points (PyRun_SimpleString, Py_CompileString), and printing errors.
import CPython
import SwiftPyFrontend
import Glibc

/// Exit code requested by an uncaught SystemExit (CPython's handle_system_exit); nil if the
/// pending exception is not SystemExit. Prints a non-integer code to stderr.
private func systemExitCode(_ exc: PyObjectRef) -> Int32? {
    guard PyErr_GivenExceptionMatches(exc.pointee.ob_type.asObject, PyExc_SystemExit) != 0 else { return nil }
    var code: PyObjectRef? = nil
    if _PyObject_LookupAttr(exc, pyIntern("code"), &code) < 0 { PyErr_Clear() }
    guard let c = code else { return 0 }
    defer { Py_DECREF(c) }
    if c == pyNone { return 0 }
    if PyLong_Check(c) != 0 {
        let v = PyLong_AsLong(c)
        if v == -1 && PyErr_Occurred() != nil { PyErr_Clear(); return 1 }
        return Int32(truncatingIfNeeded: v)
    }
    _ = flushStdFiles()
    if let s = PyObject_Str(c) {
        if let err = PySys_GetObject("stderr"), err != pyNone {
            if let r = callMethod1(err, "write", s) { Py_DECREF(r) }
            if let r = callMethod1(err, "write", pyIntern("\n")) { Py_DECREF(r) }
            if let r = callMethod0(err, "flush") { Py_DECREF(r) }
        } else { writeStderr(swiftString(s) + "\n") }
        Py_DECREF(s)
    }
    PyErr_Clear()
    return 1
}

/// Prints the pending exception through sys.excepthook and clears it. SystemExit exits the process.
@c @implementation public func PyErr_PrintEx(_ setSysLastVars: Int32) {
    guard let exc = PyErr_GetRaisedException() else { return }
    if let code = systemExitCode(exc) {
        Py_DECREF(exc)
        exitProcess(code)
    }
    if setSysLastVars != 0, let d = mainInterp?.pointee.sysdict {
        _ = PyDict_SetItemString(d, "last_type", exc.pointee.ob_type.asObject)
        _ = PyDict_SetItemString(d, "last_value", exc)
        let tb = PyException_GetTraceback(exc) ?? pyNoneRef()
        _ = PyDict_SetItemString(d, "last_traceback", tb); Py_DECREF(tb)
    }
    let tb = PyException_GetTraceback(exc) ?? pyNoneRef()
    defer { Py_DECREF(tb); Py_DECREF(exc) }
    if let hook = PySys_GetObject("excepthook"), hook != pyNone {
        var args: [PyObjectRef?] = [exc.pointee.ob_type.asObject, exc, tb]
        let r = args.withUnsafeMutableBufferPointer { PyObject_Vectorcall(hook, $0.baseAddress, 3, nil) }
        if let r { Py_DECREF(r); return }
        // the hook itself failed: print both, as CPython does
        let hookExc = PyErr_GetRaisedException()
        writeStderr("Error in sys.excepthook:\n")
        if let h = hookExc { PyErr_Display(nil, h, nil); Py_DECREF(h) }
        writeStderr("\nOriginal exception was:\n")
    } else {
        writeStderr("sys.excepthook is missing\n")
    }
    PyErr_Display(nil, exc, tb)
}
@c @implementation public func PyErr_Print() { PyErr_PrintEx(1) }

/// Prints an exception and its traceback chain to sys.stderr (CPython's default excepthook).

/// Flushes, runs exit hooks and ends the process with `code`.
func exitProcess(_ code: Int32) -> Never {
    runAtExitHooks()
    _ = flushStdFiles()
    if let hook = processExitHook { hook() }
    if countAllocations { tearDownForLeakCheck(); reportLeaks() }
    exit(code)
}
/// Set by the threading support to join non-daemon threads before exit.
nonisolated(unsafe) var processExitHook: (() -> Void)? = nil
/// atexit callbacks (owned references), run last-registered first.
nonisolated(unsafe) var atExitCallbacks: [PyObjectRef] = []
nonisolated(unsafe) private var atExitRan = false
func runAtExitHooks() {
    if atExitRan { return }
    atExitRan = true
    // Lib/atexit.py's registrations run first (they are the newest kind: Python-level).
    if let interp = mainInterp, let mod = PyDict_GetItemString(interp.pointee.modules, "atexit"),
       let run = PyObject_GetAttrString(mod, "_run_exitfuncs") {
        if let r = PyObject_CallNoArgs(run) { Py_DECREF(r) } else { PyErr_Print() }
        Py_DECREF(run)
    } else if PyErr_Occurred() != nil {
        PyErr_Clear()
    }
    while let cb = atExitCallbacks.popLast() {
        if let r = PyObject_CallNoArgs(cb) { Py_DECREF(r) } else { PyErr_Print() }
        Py_DECREF(cb)
    }
}

/// Makes (or replaces) the __main__ module; returns its dict (borrowed).
func mainModuleDict(file: String?) -> PyObjectRef? {
    guard let mod = PyModule_New("__main__") else { return nil }
    let d = PyModule_GetDict(mod)!
    if let b = PyDict_GetItemString(mainInterp!.pointee.modules, "builtins") { _ = PyDict_SetItemString(d, "__builtins__", b) }
    if let file, let f = pyStr(file) { _ = PyDict_SetItemString(d, "__file__", f); Py_DECREF(f) }
    _ = PyDict_SetItemString(d, "__cached__", pyNone)
    _ = PyDict_SetItemString(d, "__loader__", pyNone)
    _ = PyDict_SetItemString(d, "__spec__", pyNone)
    _ = PyDict_SetItemString(d, "__package__", pyNone)
    _ = PyDict_SetItemString(mainInterp!.pointee.modules, "__main__", mod)
    Py_DECREF(mod)
    return d
}

/// Runs source as the __main__ program. Returns the process exit code (0, 1, or SystemExit's).
public func runMainSource(_ source: [UInt8], filename: String, mainFile: String?) -> Int32 {
    guard let d = mainModuleDict(file: mainFile) else { PyErr_Print(); return 1 }
    markLeakBaseline()
    // As CPython's pyrun_file: flush sys.stdout/sys.stderr before reporting an error.
    guard let code = compileSource(source, filename: filename, mode: .exec) else { flushPreservingError(); PyErr_Print(); return 1 }
    let result = evalCode(code, globals: d, locals: d)
    Py_DECREF(code)   // before PyErr_Print, which may exit (SystemExit), as CPython's run_mod
    guard let r = result else {
        if PyErr_ExceptionMatches(PyExc_KeyboardInterrupt) != 0 { unhandledKeyboardInterrupt = true }
        flushPreservingError()
        PyErr_Print()
        return 1
    }
    Py_DECREF(r)
    return 0
}

/// Flushes the standard files without disturbing the pending exception.
private func flushPreservingError() {
    let exc = PyErr_GetRaisedException()
    _ = flushStdFiles()
    PyErr_Clear()
    PyErr_SetRaisedException(exc)
}

/// Set when the program ended with an uncaught KeyboardInterrupt: after finalization the process
/// then ends by SIGINT, as CPython does (exit status 130 in a shell).
nonisolated(unsafe) var unhandledKeyboardInterrupt = false
func exitBySigint() -> Int32 {
    signal(SIGINT, SIG_DFL)
    kill(getpid(), SIGINT)
    return 128 + SIGINT
}

/// Runs a script file as __main__.
public func runMainFile(_ path: String) -> Int32 {
    // CPython runs a script under its absolute path (__file__, tracebacks), joined as given.
    var path = path
    if !path.hasPrefix("/") {
        if let cwd = getcwd(nil, 0) { path = String(cString: cwd) + "/" + path; free(cwd) }
    }
    guard let source = readFileBytes(path) else {
        let msg = PyErr_GetRaisedException()
        var reason = "No such file or directory"
        if let m = msg, let e = PyObject_GetAttrString(m, "strerror") { reason = swiftString(e); Py_DECREF(e) }
        Py_XDECREF(msg)
        PyErr_Clear()
        let exe = launchOptions.executable.isEmpty ? "swiftpy" : launchOptions.executable
        writeStderr("\(exe): can't open file '\(path)': [Errno \(ENOENT)] \(reason)\n")
        return 2
    }
    return runMainSource(source, filename: path, mainFile: path)
}

/// Runs module `name` as __main__ (-m): finds it on sys.path and executes it as __main__.
public func runMainModule(_ name: String) -> Int32 {
    // import the parent package first, then run the module's source as __main__
    if let dot = name.lastIndex(of: ".") {
        guard let p = importAbsolute(String(name[..<dot])) else { PyErr_Print(); return 1 }
        Py_DECREF(p)
    }
    guard let path = locateModuleSource(name) else {
        if PyErr_Occurred() != nil { PyErr_Print(); return 1 }
        let exe = launchOptions.executable.isEmpty ? "swiftpy" : launchOptions.executable
        writeStderr("\(exe): No module named \(name)\n")
        return 1
    }
    if let argv = PySys_GetObject("argv"), PyList_Check(argv) != 0, PyList_GET_SIZE(argv) > 0 {
        _ = PyList_SetItem(argv, 0, pyStr(path)!)
    }
    guard let source = readFileBytes(path) else { PyErr_Print(); return 1 }
    return runMainSource(source, filename: path, mainFile: path)
}

/// The source path of module `name` (a package's __main__.py for packages), or nil.
private func locateModuleSource(_ name: String) -> String? {
    var dirs: [String] = []
    if let dot = name.lastIndex(of: ".") {
        guard let parent = PyDict_GetItemString(mainInterp!.pointee.modules, String(name[..<dot])),
              let path = PyObject_GetAttrString(parent, "__path__") else { PyErr_Clear(); return nil }
        defer { Py_DECREF(path) }
        let n = PySequence_Size(path)
        for i in 0..<max(n, 0) { if let p = PySequence_GetItem(path, i) { dirs.append(swiftString(p)); Py_DECREF(p) } }
    } else if let sp = PySys_GetObject("path") {
        for i in 0..<max(PyList_Size(sp), 0) { if let p = PyList_GetItem(sp, i), PyUnicode_Check(p) != 0 { dirs.append(swiftString(p)) } }
    }
    let short = String(name.split(separator: ".").last ?? "")
    for d in dirs {
        let base = (d.isEmpty ? "." : d) + "/" + short
        if access(base + "/__main__.py", R_OK) == 0 { return base + "/__main__.py" }
        if access(base + ".py", R_OK) == 0 { return base + ".py" }
    }
    return nil
}

@c @implementation public func PyRun_SimpleString(_ command: UnsafePointer<CChar>?) -> Int32 {
    guard let command else { return -1 }
    let d = PyDict_GetItemString(mainInterp!.pointee.modules, "__main__").flatMap { PyModule_GetDict($0) } ?? mainModuleDict(file: nil)!
    let bytes = Array(UnsafeBufferPointer(start: UnsafeRawPointer(command).assumingMemoryBound(to: UInt8.self), count: strlen(command)))
    guard let code = compileSource(bytes, filename: "<string>", mode: .exec) else { PyErr_Print(); return -1 }
    let result = evalCode(code, globals: d, locals: d)
    Py_DECREF(code)   // before PyErr_Print, which may exit (SystemExit), as CPython's run_mod
    guard let r = result else { PyErr_Print(); return -1 }
    Py_DECREF(r)
    return 0
}

private func parseMode(_ start: Int32) -> ParseMode {
    start == Py_eval_input ? .eval : (start == Py_single_input ? .single : .exec)
}

@c @implementation public func Py_CompileString(_ str: UnsafePointer<CChar>?, _ filename: UnsafePointer<CChar>?, _ start: Int32) -> PyObjectRef? {
    guard let str else { return nil }
    let bytes = Array(UnsafeBufferPointer(start: UnsafeRawPointer(str).assumingMemoryBound(to: UInt8.self), count: strlen(str)))
    return compileSource(bytes, filename: filename.map { String(cString: $0) } ?? "<string>", mode: parseMode(start))
}

@c @implementation public func PyRun_String(_ str: UnsafePointer<CChar>?, _ start: Int32, _ globals: PyObjectRef?, _ locals: PyObjectRef?) -> PyObjectRef? {
    guard let code = Py_CompileString(str, "<string>", start), let globals else { return nil }
    defer { Py_DECREF(code) }
    return evalCode(code, globals: globals, locals: locals ?? globals)
}

@c @implementation public func Py_GetVersion() -> UnsafePointer<CChar>? { versionCString }
nonisolated(unsafe) private let versionCString = immortalCString("3.11.0 (SwiftPy 0.1)")
