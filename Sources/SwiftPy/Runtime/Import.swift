// The import system: builtins.__import__, sys.modules, finding .py modules and packages on
// sys.path (or a package's __path__), built-in modules written in Swift or C (inittab), and
// extension modules (.so, see CAPI/ExtensionLoader.swift). Semantics follow importlib._bootstrap.
import CPython
import Glibc

/// Built-in modules: name -> init function returning a new module (or nil with an exception).
nonisolated(unsafe) var builtinModuleTable: [String: () -> PyObjectRef?] = [:]
/// C init functions added with PyImport_AppendInittab (embedding).
nonisolated(unsafe) var inittab: [String: @convention(c) () -> PyObjectRef?] = [:]

func builtinModuleNames() -> [String] { ["builtins", "sys"] + Array(builtinModuleTable.keys) + Array(inittab.keys) }

/// Registers a module written in Swift (used by the runtime's own modules and by embedders).
public func registerBuiltinModule(_ name: String, _ initFunction: @escaping () -> PyObjectRef?) {
    builtinModuleTable[name] = initFunction
}

@c @implementation public func PyImport_AppendInittab(_ name: UnsafePointer<CChar>?, _ initfunc: (@convention(c) () -> PyObjectRef?)?) -> Int32 {
    guard let name, let initfunc else { return -1 }
    inittab[String(cString: name)] = initfunc
    return 0
}

@c @implementation public func PyImport_GetModuleDict() -> PyObjectRef? { mainInterp?.pointee.modules }

private func modulesDict() -> PyObjectRef { mainInterp!.pointee.modules! }

private func raiseModuleNotFound(_ name: String, message: String? = nil) {
    guard let msg = pyStr(message ?? "No module named '\(name)'"), let n = pyStr(name) else { return }
    guard let exc = PyObject_CallOneArg(PyExc_ModuleNotFoundError, msg) else { Py_DECREF(msg); Py_DECREF(n); return }
    Py_DECREF(msg)
    _ = PyObject_SetAttrString(exc, "name", n)
    Py_DECREF(n)
    PyErr_SetObject(PyExc_ModuleNotFoundError, exc)
    Py_DECREF(exc)
}

private func fileExists(_ path: String) -> Bool {
    var st = stat()
    return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG
}
private func dirExists(_ path: String) -> Bool {
    var st = stat()
    return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
}

/// Reads a whole file; nil with OSError set.
func readFileBytes(_ path: String) -> [UInt8]? {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    if fd < 0 { PyErr_SetFromErrnoWithFilename(PyExc_OSError, path); return nil }
    defer { close(fd) }
    var out = [UInt8]()
    var chunk = [UInt8](repeating: 0, count: 65536)
    while true {
        let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, 65536) }
        if n < 0 { if errno == EINTR { continue }; PyErr_SetFromErrnoWithFilename(PyExc_OSError, path); return nil }
        if n == 0 { break }
        out.append(contentsOf: chunk[0..<n])
    }
    return out
}

enum FoundModule {
    case source(path: String, isPackage: Bool, packageDir: String?)
    case extensionModule(path: String)
}

/// Extension-module file suffixes, most specific first.
let extensionSuffixes = [".swiftpy-311-x86_64-linux-gnu.so", ".cpython-311-x86_64-linux-gnu.so", ".abi3.so", ".so"]

/// Looks for `shortName` in the folders of `searchPath` (a list of str).
private func findModule(_ shortName: String, in searchPath: PyObjectRef) -> FoundModule? {
    guard let it = PyObject_GetIter(searchPath) else { PyErr_Clear(); return nil }
    defer { Py_DECREF(it) }
    while let entry = PyIter_Next(it) {
        defer { Py_DECREF(entry) }
        guard PyUnicode_Check(entry) != 0 else { continue }
        var dir = swiftString(entry)
        if dir.isEmpty { dir = currentDirectory() ?? "." }   // '' is the cwd; __file__ is absolute (FileFinder)
        let base = dir + "/" + shortName
        if dirExists(base) && fileExists(base + "/__init__.py") {
            return .source(path: base + "/__init__.py", isPackage: true, packageDir: base)
        }
        for suffix in extensionSuffixes where fileExists(base + suffix) {
            return .extensionModule(path: base + suffix)
        }
        if fileExists(base + ".py") { return .source(path: base + ".py", isPackage: false, packageDir: nil) }
    }
    PyErr_Clear()
    return nil
}

/// Creates module `name`, registers it in sys.modules and runs `path` in it. New reference.
func execSourceModule(name: String, path: String, isPackage: Bool, packageDir: String?) -> PyObjectRef? {
    guard let code = loadModuleCode(path: path) else { return nil }
    defer { Py_DECREF(code) }
    guard let mod = PyModule_New(name) else { return nil }
    let d = PyModule_GetDict(mod)!
    guard let file = pyStr(path) else { Py_DECREF(mod); return nil }
    _ = PyDict_SetItemString(d, "__file__", file); Py_DECREF(file)
    _ = PyDict_SetItemString(d, "__cached__", pyNone)
    _ = PyDict_SetItemString(d, "__loader__", pyNone)
    if let builtinsMod = PyDict_GetItemString(modulesDict(), "builtins") { _ = PyDict_SetItemString(d, "__builtins__", builtinsMod) }
    let package: String
    if isPackage {
        package = name
        let p = PyList_New(0)!
        let dirObj = pyStr(packageDir!)!
        _ = PyList_Append(p, dirObj); Py_DECREF(dirObj)
        _ = PyDict_SetItemString(d, "__path__", p); Py_DECREF(p)
    } else {
        package = name.contains(".") ? String(name[..<name.lastIndex(of: ".")!]) : ""
    }
    let pk = pyStr(package)!
    _ = PyDict_SetItemString(d, "__package__", pk); Py_DECREF(pk)
    attachSpec(mod, name: name, origin: path, kind: 1, packageDir: isPackage ? packageDir : nil)
    if PyDict_SetItemString(modulesDict(), name, mod) < 0 { Py_DECREF(mod); return nil }
    guard let r = evalCode(code, globals: d, locals: d) else {
        _ = PyDict_DelItemString(modulesDict(), name)
        PyErr_Clear_KeepingCurrent()
        Py_DECREF(mod)
        return nil
    }
    Py_DECREF(r)
    // A module may replace itself in sys.modules.
    if let m = PyDict_GetItemString(modulesDict(), name) { Py_INCREF(m); Py_DECREF(mod); return m }
    return mod
}

/// No-op marker: a failed import leaves its exception set for the caller.
@inline(__always) private func PyErr_Clear_KeepingCurrent() {}

/// A ModuleSpec from the start-up bootstrap (_frozen_importlib._make_spec); kind 0 built-in,
/// 1 source file, 2 extension. New reference, or nil (without an exception) if unavailable.
func makeModuleSpec(name: String, origin: String?, kind: Int, packageDir: String?) -> PyObjectRef? {
    guard let boot = PyDict_GetItemString(modulesDict(), "_frozen_importlib"),
          let make = PyObject_GetAttrString(boot, "_make_spec") else { PyErr_Clear(); return nil }
    defer { Py_DECREF(make) }
    guard let n = pyStr(name) else { PyErr_Clear(); return nil }
    let o = origin.flatMap { pyStr($0) } ?? pyNoneRef()
    let k = pyInt(kind)
    let p = packageDir.flatMap { pyStr($0) } ?? pyNoneRef()
    var args: [PyObjectRef?] = [n, o, k, p]
    let spec = args.withUnsafeMutableBufferPointer { PyObject_Vectorcall(make, $0.baseAddress, 4, nil) }
    Py_DECREF(n); Py_DECREF(o); Py_DECREF(k); Py_DECREF(p)
    if spec == nil { PyErr_Clear() }
    return spec
}

/// Sets __spec__ and __loader__ on a freshly created module.
func attachSpec(_ module: PyObjectRef, name: String, origin: String?, kind: Int, packageDir: String?) {
    guard PyModule_Check(module) != 0, let spec = makeModuleSpec(name: name, origin: origin, kind: kind, packageDir: packageDir) else { return }
    let d = PyModule_GetDict(module)!
    _ = PyDict_SetItemString(d, "__spec__", spec)
    if let loader = PyObject_GetAttrString(spec, "loader") { _ = PyDict_SetItemString(d, "__loader__", loader); Py_DECREF(loader) } else { PyErr_Clear() }
    Py_DECREF(spec)
}

/// Imports the module with absolute dotted `name` (importing parents first). New reference.
func importAbsolute(_ name: String) -> PyObjectRef? {
    let modules = modulesDict()
    if let m = PyDict_GetItemString(modules, name) {
        if m == pyNone { raiseModuleNotFound(name, message: "import of \(name) halted; None in sys.modules"); return nil }
        Py_INCREF(m); return m
    }
    var searchPath: PyObjectRef
    var parentModule: PyObjectRef? = nil
    let shortName: String
    if let dot = name.lastIndex(of: ".") {
        let parentName = String(name[..<dot])
        shortName = String(name[name.index(after: dot)...])
        guard let parent = importAbsolute(parentName) else { return nil }
        parentModule = parent
        // importing the parent may have imported us
        if let m = PyDict_GetItemString(modules, name) { Py_INCREF(m); Py_DECREF(parent); return m }
        var path: PyObjectRef? = nil
        if _PyObject_LookupAttr(parent, pyIntern("__path__"), &path) < 0 { Py_DECREF(parent); return nil }
        guard let p = path else {
            Py_DECREF(parent)
            guard let msg = pyStr("No module named '\(name)'; '\(parentName)' is not a package") else { return nil }
            PyErr_SetObject(PyExc_ModuleNotFoundError, msg); Py_DECREF(msg)
            return nil
        }
        searchPath = p
    } else {
        shortName = name
        if let initFn = builtinModuleTable[name] {
            guard let m = initFn() else { return nil }
            attachSpec(m, name: name, origin: nil, kind: 0, packageDir: nil)
            _ = PyDict_SetItemString(modules, name, m)
            return m
        }
        if let initFn = inittab[name] {
            guard let m = initExtensionModule(initFn, name: name, path: nil) else { return nil }
            _ = PyDict_SetItemString(modules, name, m)
            return m
        }
        guard let p = PySys_GetObject("path") else { setError(PyExc_ImportError, "sys.path must be a list of directories"); return nil }
        Py_INCREF(p)
        searchPath = p
    }
    defer { Py_DECREF(searchPath); Py_XDECREF(parentModule) }
    guard let found = findModule(shortName, in: searchPath) else {
        if PyErr_Occurred() == nil { raiseModuleNotFound(name) }
        return nil
    }
    let module: PyObjectRef?
    switch found {
    case let .source(path, isPackage, packageDir):
        module = execSourceModule(name: name, path: path, isPackage: isPackage, packageDir: packageDir)
    case let .extensionModule(path):
        module = loadExtensionModule(name: name, path: path)
        if let m = module {
            attachSpec(m, name: name, origin: path, kind: 2, packageDir: nil)
            _ = PyDict_SetItemString(modules, name, m)
        }
    }
    guard let module else { return nil }
    if let parent = parentModule, let child = pyStr(shortName) {
        _ = PyObject_SetAttr(parent, child, module)
        Py_DECREF(child)
        if PyErr_Occurred() != nil { PyErr_Clear() }
    }
    return module
}

/// Resolves a relative import against the importing module's globals (importlib's _calc___package__).
private func resolveName(_ name: String, globals: PyObjectRef?, level: Int) -> String? {
    guard let globals, PyDict_Check(globals) != 0 else {
        setError(PyExc_KeyError, "'__name__' not in globals"); return nil
    }
    var package: String? = nil
    if let p = PyDict_GetItemString(globals, "__package__"), p != pyNone {
        guard PyUnicode_Check(p) != 0 else { setError(PyExc_TypeError, "package must be a string"); return nil }
        package = swiftString(p)
    } else if let n = PyDict_GetItemString(globals, "__name__"), PyUnicode_Check(n) != 0 {
        let modName = swiftString(n)
        if PyDict_GetItemString(globals, "__path__") != nil { package = modName }
        else if let dot = modName.lastIndex(of: ".") { package = String(modName[..<dot]) }
        else { package = "" }
    }
    guard let pkg = package, !pkg.isEmpty else {
        setError(PyExc_ImportError, "attempted relative import with no known parent package"); return nil
    }
    var parts = pkg.split(separator: ".").map(String.init)
    if level - 1 >= parts.count {
        setError(PyExc_ImportError, "attempted relative import beyond top-level package"); return nil
    }
    parts.removeLast(level - 1)
    let base = parts.joined(separator: ".")
    return name.isEmpty ? base : base + "." + name
}

/// importlib's _handle_fromlist: imports submodules named in fromlist (and __all__ for '*').
private func handleFromlist(_ module: PyObjectRef, _ fromlist: PyObjectRef, recursive: Bool = false) -> Bool {
    guard let it = PyObject_GetIter(fromlist) else { return false }
    defer { Py_DECREF(it) }
    while let x = PyIter_Next(it) {
        defer { Py_DECREF(x) }
        guard PyUnicode_Check(x) != 0 else {
            setError(PyExc_TypeError, "Item in \(recursive ? "``module.__all__``" : "``from list``") must be str, not \(typeName(x))")
            return false
        }
        let xs = swiftString(x)
        if xs == "*" {
            if !recursive, let all = PyObject_GetAttrString(module, "__all__") {
                defer { Py_DECREF(all) }
                if !handleFromlist(module, all, recursive: true) { return false }
            } else { PyErr_Clear() }
            continue
        }
        var has: PyObjectRef? = nil
        if _PyObject_LookupAttr(module, x, &has) < 0 { return false }
        if let h = has { Py_DECREF(h); continue }
        guard let modName = PyObject_GetAttrString(module, "__name__") else { return false }
        let full = swiftString(modName) + "." + xs
        Py_DECREF(modName)
        if let sub = importAbsolute(full) { Py_DECREF(sub); continue }
        // A missing submodule is fine: IMPORT_FROM reports the missing name.
        if PyErr_ExceptionMatches(PyExc_ModuleNotFoundError) != 0 { PyErr_Clear(); continue }
        return false
    }
    return PyErr_Occurred() == nil
}

@c @implementation public func PyImport_ImportModuleLevelObject(_ nameObj: PyObjectRef?, _ globals: PyObjectRef?, _ locals: PyObjectRef?, _ fromlist: PyObjectRef?, _ level: Int32) -> PyObjectRef? {
    guard let nameObj else { setError(PyExc_ValueError, "Empty module name"); return nil }
    guard PyUnicode_Check(nameObj) != 0 else { setError(PyExc_TypeError, "module name must be str, not \(typeName(nameObj))"); return nil }
    if level < 0 { setError(PyExc_ValueError, "level must be >= 0"); return nil }
    let name = swiftString(nameObj)
    var absName = name
    if level > 0 {
        guard let r = resolveName(name, globals: globals, level: Int(level)) else { return nil }
        absName = r
    } else if name.isEmpty { setError(PyExc_ValueError, "Empty module name"); return nil }
    guard let module = importAbsolute(absName) else { return nil }
    let hasFromlist = fromlist != nil && fromlist! != pyNone && PyObject_IsTrue(fromlist!) == 1
    if !hasFromlist {
        if level == 0 || !name.isEmpty {
            let first = name.split(separator: ".", maxSplits: 1).first.map(String.init) ?? name
            if level == 0 {
                if first == absName { return module }
                Py_DECREF(module)
                return importAbsolute(first)
            }
            // relative "from . import x" style without fromlist: return the top of what `name` named
            let cut = name.count - first.count
            let target = String(absName.dropLast(cut))
            Py_DECREF(module)
            return importAbsolute(target)
        }
        return module
    }
    var path: PyObjectRef? = nil
    if _PyObject_LookupAttr(module, pyIntern("__path__"), &path) < 0 { Py_DECREF(module); return nil }
    if let p = path {
        Py_DECREF(p)
        if !handleFromlist(module, fromlist!) { Py_DECREF(module); return nil }
    }
    return module
}

@c @implementation public func PyImport_ImportModuleLevel(_ name: UnsafePointer<CChar>?, _ globals: PyObjectRef?, _ locals: PyObjectRef?, _ fromlist: PyObjectRef?, _ level: Int32) -> PyObjectRef? {
    guard let name, let n = PyUnicode_FromString(name) else { return nil }
    defer { Py_DECREF(n) }
    return PyImport_ImportModuleLevelObject(n, globals, locals, fromlist, level)
}

@c @implementation public func PyImport_ImportModule(_ name: UnsafePointer<CChar>?) -> PyObjectRef? {
    guard let name, let n = PyUnicode_FromString(name) else { return nil }
    defer { Py_DECREF(n) }
    return PyImport_Import(n)
}

/// Imports through builtins.__import__ (honours a replaced __import__), returning the named module.
@c @implementation public func PyImport_Import(_ name: PyObjectRef?) -> PyObjectRef? {
    guard let name else { return nil }
    guard let top = PyImport_ImportModuleLevelObject(name, nil, nil, nil, 0) else { return nil }
    Py_DECREF(top)
    guard let m = PyDict_GetItem(modulesDict(), name) else { raiseModuleNotFound(swiftString(name)); return nil }
    Py_INCREF(m)
    return m
}

@c @implementation public func PyImport_AddModule(_ name: UnsafePointer<CChar>?) -> PyObjectRef? {
    guard let name else { return nil }
    if let m = PyDict_GetItemString(modulesDict(), name) { return m }
    guard let m = PyModule_New(name) else { return nil }
    _ = PyDict_SetItemString(modulesDict(), name, m)
    Py_DECREF(m)
    return m
}

// __import__(name, globals=None, locals=None, fromlist=(), level=0)
let builtin_import: FastKwFn = { _, args, nargs, kwnames in
    var kw = [PyObjectRef?](repeating: nil, count: 5)
    for i in 0..<min(nargs, 5) { kw[i] = arg(args, i) }
    guard matchKeywords("__import__", args, nargs, kwnames, ["name", "globals", "locals", "fromlist", "level"], &kw, positionalCount: 5) else { return nil }
    guard let name = kw[0] else { setError(PyExc_TypeError, "__import__() missing required argument 'name' (pos 1)"); return nil }
    var level: Int32 = 0
    if let l = kw[4] { level = Int32(PyLong_AsLong(l)); if level == -1 && PyErr_Occurred() != nil { return nil } }
    return PyImport_ImportModuleLevelObject(name, kw[1], kw[2], kw[3], level)
}

/// The process's working folder, or nil if it cannot be read.
func currentDirectory() -> String? {
    var buf = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    guard getcwd(&buf, buf.count) != nil else { return nil }
    return String(decoding: buf.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
}
