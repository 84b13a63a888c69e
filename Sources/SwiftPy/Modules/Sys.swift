// The sys module.
import CPython
import Glibc

/// Options set by the command line before start-up (argv, -X options, flags).
public struct LaunchOptions: Sendable {
    public var argv: [String] = [""]
    public var xoptions: [String: String] = [:]
    /// -W options (and PYTHONWARNINGS entries), in order: sys.warnoptions.
    public var warnoptions: [String] = []
    public var executable: String = ""
    public var unbuffered = false
    public var isolated = false
    public var ignoreEnvironment = false
    public var inspect = false
    /// -B: the import system writes no __pycache__ files (sys.dont_write_bytecode).
    public var dontWriteBytecode = false
    public var scriptDirectory: String? = nil     // sys.path[0]: the script's folder, or "" for -c/REPL
    public init() {}
}
nonisolated(unsafe) var launchOptions = LaunchOptions()

/// Folder of SwiftPy's own Python library (Lib/ next to the executable's package, or $SWIFTPY_HOME/Lib).
func stdlibDirectory() -> String {
    if let home = getenv("SWIFTPY_HOME") { return String(cString: home) + "/Lib" }
    var exe = launchOptions.executable
    if exe.isEmpty { exe = CommandLine.arguments.first ?? "" }
    var buf = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    if let r = realpath(exe, &buf) { exe = String(cString: r) }
    // <root>/.build/<config>/swiftpy or <prefix>/bin/swiftpy: look upwards for a Lib folder.
    var dir = exe.deletingLastPathComponent
    for _ in 0..<4 {
        let candidate = dir + "/Lib"
        if access(candidate + "/README.md", F_OK) == 0 || access(candidate + "/os.py", F_OK) == 0 { return candidate }
        dir = dir.deletingLastPathComponent
    }
    return exe.deletingLastPathComponent + "/Lib"
}

/// Minimal path helper (Foundation is not used by the runtime).
extension String {
    var deletingLastPathComponent: String {
        guard let slash = lastIndex(of: "/") else { return "." }
        if slash == startIndex { return "/" }
        return String(self[..<slash])
    }
}

private func strList(_ items: [String]) -> PyObjectRef? {
    guard let l = PyList_New(0) else { return nil }
    for s in items { guard let o = pyStr(s) else { Py_DECREF(l); return nil }; _ = PyList_Append(l, o); Py_DECREF(o) }
    return l
}

private let sys_exit: FastFn = { _, args, nargs in
    guard checkArgCount("exit", nargs, min: 0, max: 1) else { return nil }
    PyErr_SetObject(PyExc_SystemExit, nargs == 1 ? arg(args, 0) : pyNone)
    return nil
}
private let sys_getrecursionlimit: NoArgsFn = { _, _ in PyLong_FromLong(Int(mainInterp!.pointee.recursion_limit)) }
private let sys_setrecursionlimit: OneArgFn = { _, o in
    guard PyLong_Check(o!) != 0 else { setError(PyExc_TypeError, "'\(typeName(o!))' object cannot be interpreted as an integer"); return nil }
    let v = PyLong_AsLong(o!)
    if v == -1 && PyErr_Occurred() != nil { return nil }
    if v < 1 { setError(PyExc_ValueError, "recursion limit must be greater or equal than 1"); return nil }
    let depth = SPy_TState()!.pointee.recursion_depth
    if v <= depth {
        setError(PyExc_RecursionError, "cannot set the recursion limit to \(v) at the recursion depth \(depth): the limit is too low"); return nil
    }
    mainInterp!.pointee.recursion_limit = Int32(clamping: v)
    return pyNoneRef()
}
private let sys_getswitchinterval: NoArgsFn = { _, _ in PyFloat_FromDouble(gilSwitchInterval()) }
private let sys_setswitchinterval: OneArgFn = { _, o in
    let v = PyFloat_AsDouble(o!)
    if v == -1 && PyErr_Occurred() != nil { return nil }
    if v <= 0 { setError(PyExc_ValueError, "switch interval must be strictly positive"); return nil }
    gilSetSwitchInterval(v)
    return pyNoneRef()
}
private let sys_exc_info: NoArgsFn = { _, _ in
    let ts = SPy_TState()!
    guard let e = ts.pointee.exc_info, e != pyNone else { return PyTuple_Pack3(pyNone, pyNone, pyNone) }
    let tb = PyException_GetTraceback(e) ?? pyNoneRef()
    defer { Py_DECREF(tb) }
    return PyTuple_Pack3(e.pointee.ob_type.asObject, e, tb)
}
private let sys_exception: NoArgsFn = { _, _ in
    let e = SPy_TState()!.pointee.exc_info ?? pyNone
    Py_INCREF(e); return e
}
private let sys_getrefcount: OneArgFn = { _, o in PyLong_FromSsize_t(Py_REFCNT(o!)) }
private let sys_getsizeof: FastFn = { _, args, nargs in
    guard checkArgCount("getsizeof", nargs, min: 1, max: 2) else { return nil }
    let o = arg(args, 0)
    if let m = lookupSpecial(o, "__sizeof__") {
        defer { Py_DECREF(m) }
        guard let r = PyObject_CallNoArgs(m) else { return nil }
        let n = PyLong_AsSsize_t(r); Py_DECREF(r)
        if n == -1 && PyErr_Occurred() != nil { return nil }
        return PyLong_FromSsize_t(n + (PyObject_IS_GC(o) != 0 ? MemoryLayout<PyGC_Head>.size : 0))
    }
    return PyLong_FromSsize_t(o.pointee.ob_type.pointee.tp_basicsize)
}
private let sys_intern: OneArgFn = { _, o in
    guard PyUnicode_CheckExact(o!) != 0 else { setError(PyExc_TypeError, "intern() argument must be str, not \(typeName(o!))"); return nil }
    var s: PyObjectRef? = o
    Py_INCREF(o!)
    PyUnicode_InternInPlace(&s)
    return s
}
private let sys_displayhook: OneArgFn = { _, o in
    let o = o!
    if o == pyNone { return pyNoneRef() }
    guard let b = mainInterp?.pointee.builtins else { return nil }
    if PyDict_SetItemString(b, "_", pyNone) < 0 { return nil }
    guard let out = sysAttr("stdout") else { return nil }
    defer { Py_DECREF(out) }
    guard let r = PyObject_Repr(o) else { return nil }
    defer { Py_DECREF(r) }
    guard let w = callMethod1(out, "write", r) else { return nil }
    Py_DECREF(w)
    guard let w2 = callMethod1(out, "write", pyIntern("\n")) else { return nil }
    Py_DECREF(w2)
    if PyDict_SetItemString(b, "_", o) < 0 { return nil }
    return pyNoneRef()
}
private let sys_excepthook: FastFn = { _, args, nargs in
    guard checkArgCount("excepthook", nargs, min: 3, max: 3) else { return nil }
    PyErr_Display(arg(args, 0), arg(args, 1), arg(args, 2))
    return pyNoneRef()
}
private let sys_getframe: FastFn = { _, args, nargs in
    guard checkArgCount("_getframe", nargs, min: 0, max: 1) else { return nil }
    let depth = nargs == 1 ? PyLong_AsLong(arg(args, 0)) : 0
    if depth == -1 && PyErr_Occurred() != nil { return nil }
    var f = currentFrame()
    for _ in 0..<max(depth, 0) { f = f.flatMap { $0.pointee.f_back } }
    guard let frame = f else { setError(PyExc_ValueError, "call stack is not deep enough"); return nil }
    let o = frame.asPyObject
    Py_INCREF(o)
    return o
}
private let sys_getdefaultencoding: NoArgsFn = { _, _ in pyStr("utf-8") }
private let sys_getfilesystemencoding: NoArgsFn = { _, _ in pyStr("utf-8") }
private let sys_gilstats: NoArgsFn = { _, _ in
    let g = theGIL!.pointee
    return pyStr("takes=\(g.takes) forced_drops=\(g.forcedDrops) priority_takes=\(g.priorityTakes) interval_us=\(g.intervalMicros)")
}

/// sys._gil_stats(): per-thread GIL statistics (GILStats.swift).
private let sys__gil_stats: NoArgsFn = { _, _ in gilStatsDict() }

func PyTuple_Pack3(_ a: PyObjectRef, _ b: PyObjectRef, _ c: PyObjectRef) -> PyObjectRef? {
    guard let t = PyTuple_New(3) else { return nil }
    Py_INCREF(a); Py_INCREF(b); Py_INCREF(c)
    PyTuple_SET_ITEM(t, 0, a); PyTuple_SET_ITEM(t, 1, b); PyTuple_SET_ITEM(t, 2, c)
    return t
}

func makeSysModule() -> PyObjectRef? {
    guard let mod = PyModule_New("sys") else { return nil }
    let methods = makeMethodTable([
        .fast("exit", sys_exit), .noArgs("getrecursionlimit", sys_getrecursionlimit),
        .fastKw("set_asyncgen_hooks", sysSetAsyncgenHooks), .noArgs("get_asyncgen_hooks", sysGetAsyncgenHooks),
        .oneArg("setrecursionlimit", sys_setrecursionlimit), .noArgs("getswitchinterval", sys_getswitchinterval),
        .oneArg("setswitchinterval", sys_setswitchinterval), .noArgs("exc_info", sys_exc_info),
        .noArgs("exception", sys_exception), .oneArg("getrefcount", sys_getrefcount), .fast("getsizeof", sys_getsizeof),
        .oneArg("intern", sys_intern), .oneArg("displayhook", sys_displayhook), .fast("excepthook", sys_excepthook),
        .fast("_getframe", sys_getframe), .oneArg("_caret_anchors", sys_caret_anchors), .noArgs("getdefaultencoding", sys_getdefaultencoding),
        .noArgs("getfilesystemencoding", sys_getfilesystemencoding), .noArgs("_gilstats", sys_gilstats), .noArgs("_gil_stats", sys__gil_stats),
    ])
    _ = PyModule_AddFunctions(mod, methods)
    addSysAuditFunctions(mod)
    let d = PyModule_GetDict(mod)!
    func set(_ k: String, _ v: PyObjectRef?) { if let v { _ = PyDict_SetItemString(d, k, v); Py_DECREF(v) } }
    set("argv", strList(launchOptions.argv))
    set("orig_argv", strList(CommandLine.arguments))
    var path: [String] = []
    if let s = launchOptions.scriptDirectory { path.append(s) }
    if !launchOptions.ignoreEnvironment && !launchOptions.isolated, let pp = getenv("PYTHONPATH") {
        path += String(cString: pp).split(separator: ":").map(String.init).filter { !$0.isEmpty }
    }
    path.append(stdlibDirectory())
    set("path", strList(path))
    Py_INCREF(mainInterp!.pointee.modules!)
    set("modules", mainInterp!.pointee.modules)
    set("meta_path", PyList_New(0))
    set("path_hooks", PyList_New(0))
    set("path_importer_cache", PyDict_New())
    set("builtin_module_names", PySequence_Tuple(strList(builtinModuleNames().sorted())!))
    set("stdlib_module_names", PyFrozenSet_New(nil))
    set("version", pyStr("3.11.0 (SwiftPy 0.1, Swift) [Swift 6.3]"))
    set("hexversion", PyLong_FromLong(0x030B00F0))
    set("api_version", PyLong_FromLong(1013))
    set("platform", pyStr("linux"))
    set("byteorder", pyStr("little"))
    set("maxsize", PyLong_FromSsize_t(Int.max))
    set("maxunicode", PyLong_FromLong(0x10ffff))
    set("executable", pyStr(launchOptions.executable))
    set("_base_executable", pyStr(launchOptions.executable))
    set("prefix", pyStr(stdlibDirectory().deletingLastPathComponent))
    set("exec_prefix", pyStr(stdlibDirectory().deletingLastPathComponent))
    set("base_prefix", pyStr(stdlibDirectory().deletingLastPathComponent))
    set("copyright", pyStr("Copyright (c) SwiftPy authors."))
    // The import system writes __pycache__ files (Runtime/BytecodeCache.swift) unless told not to.
    let noBytecode = launchOptions.dontWriteBytecode
        || (!launchOptions.ignoreEnvironment && (getenv("PYTHONDONTWRITEBYTECODE").map { $0.pointee != 0 } ?? false))
    set("dont_write_bytecode", pyBool(noBytecode))
    set("pycache_prefix", pyNoneRef())
    set("abiflags", pyStr(""))
    // sys.version_info / implementation / flags are built by Lib/_sysinit.py-free code: tuples here.
    set("version_info", makeVersionInfo())
    var warnoptions: [String] = []
    if !launchOptions.ignoreEnvironment, let w = getenv("PYTHONWARNINGS") {
        warnoptions += String(cString: w).split(separator: ",").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
    }
    set("warnoptions", strList(warnoptions + launchOptions.warnoptions))
    if let xo = PyDict_New() {
        for (k, v) in launchOptions.xoptions { let o = v.isEmpty ? pyBool(true) : pyStr(v)!; _ = PyDict_SetItemString(xo, k, o); Py_DECREF(o) }
        set("_xoptions", xo)
    }
    let inStream = makeFile(fd: 0, name: pyStr("<stdin>")!, mode: "r", readable: true, writable: false, binary: false, closefd: false, lineBuffered: false)
    let outStream = makeFile(fd: 1, name: pyStr("<stdout>")!, mode: "w", readable: false, writable: true, binary: false, closefd: false,
                             lineBuffered: launchOptions.unbuffered || isatty(1) != 0)
    let errStream = makeFile(fd: 2, name: pyStr("<stderr>")!, mode: "w", readable: false, writable: true, binary: false, closefd: false, lineBuffered: true)
    // CPython under a C.UTF-8 locale: stdin/stdout surrogateescape, stderr backslashreplace
    for (stream, errors) in [(inStream, "surrogateescape"), (outStream, "surrogateescape"), (errStream, "backslashreplace")] {
        if let s = stream { buffers(fileObj(s)).errors = errors }
    }
    if let i = inStream { Py_INCREF(i); set("stdin", i); set("__stdin__", i) }
    if let o = outStream { Py_INCREF(o); set("stdout", o); set("__stdout__", o) }
    if let e = errStream { Py_INCREF(e); set("stderr", e); set("__stderr__", e) }
    if let dh = PyDict_GetItemString(d, "displayhook") { Py_INCREF(dh); set("__displayhook__", dh) }
    if let eh = PyDict_GetItemString(d, "excepthook") { Py_INCREF(eh); set("__excepthook__", eh) }
    return mod
}

private func makeVersionInfo() -> PyObjectRef? {
    guard let t = PyTuple_New(5) else { return nil }
    PyTuple_SET_ITEM(t, 0, pyInt(3)); PyTuple_SET_ITEM(t, 1, pyInt(11)); PyTuple_SET_ITEM(t, 2, pyInt(0))
    PyTuple_SET_ITEM(t, 3, pyStr("final")!); PyTuple_SET_ITEM(t, 4, pyInt(0))
    return t
}

@c @implementation public func PySys_GetObject(_ name: UnsafePointer<CChar>?) -> PyObjectRef? {
    guard let d = mainInterp?.pointee.sysdict, let name else { return nil }
    return PyDict_GetItemString(d, name)
}
@c @implementation public func PySys_SetObject(_ name: UnsafePointer<CChar>?, _ v: PyObjectRef?) -> Int32 {
    guard let d = mainInterp?.pointee.sysdict, let name else { return -1 }
    if let v { return PyDict_SetItemString(d, name, v) }
    return PyDict_DelItemString(d, name)
}
