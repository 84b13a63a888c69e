// Loading native extension modules: dlopen(RTLD_NOW) the .so, find PyInit_<name>, call it.
// The extension resolves the C API against this executable's exported symbols
// (--export-dynamic on the SwiftPy target). Single-phase init returns the module; multi-phase
// init returns a PyModuleDef that we turn into a module (PyModule_FromDefAndSpec + ExecDef).
import CPython
import Glibc

/// A spec object for multi-phase init: anything with `name` and `origin` attributes.
private func makeSpec(name: String, path: String?) -> PyObjectRef? {
    if let spec = makeModuleSpec(name: name, origin: path, kind: path == nil ? 0 : 2, packageDir: nil) { return spec }
    guard let spec = PyModule_New("__spec__") else { return nil }
    for (attr, value) in [("name", pyStr(name)), ("origin", path.flatMap { pyStr($0) } ?? pyNoneRef())] {
        guard let value else { Py_DECREF(spec); return nil }
        let r = PyObject_SetAttrString(spec, attr, value)
        Py_DECREF(value)
        if r < 0 { Py_DECREF(spec); return nil }
    }
    return spec
}

/// Set (with the GIL) when an init function returned NULL without an exception, so that the file
/// loader can turn inittab's SystemError into an ImportError naming the file.
nonisolated(unsafe) private var pendingInitFailure = false

/// The dotted name of the extension module being initialised from a file inside a package, for
/// PyModule_Create (CPython's _Py_PackageContext). GIL-protected.
nonisolated(unsafe) var extensionPackageContext: String? = nil

/// Runs an extension's PyInit function. New reference to the module, or nil with an exception.
func initExtensionModule(_ initFn: @convention(c) () -> PyObjectRef?, name: String, path: String?) -> PyObjectRef? {
    let result = initFn()
    guard let result else {
        if PyErr_Occurred() == nil {
            setError(PyExc_SystemError, "initialization of \(name) failed without raising an exception")
            pendingInitFailure = true
        }
        return nil
    }
    if PyErr_Occurred() != nil {
        Py_DECREF(result)
        setError(PyExc_SystemError, "initialization of \(name) raised unreported exception"); return nil
    }
    let module: PyObjectRef
    if result.pointee.ob_type == SPyType_ModuleDef() {
        let def = UnsafeMutableRawPointer(result).assumingMemoryBound(to: PyModuleDef.self)
        guard let spec = makeSpec(name: name, path: path) else { return nil }
        defer { Py_DECREF(spec) }
        guard let m = PyModule_FromDefAndSpec2(def, spec, PYTHON_API_VERSION) else { return nil }
        if PyModule_Check(m) != 0 && PyModule_ExecDef(m, def) < 0 { Py_DECREF(m); return nil }
        module = m
    } else {
        module = result
    }
    if let path, PyModule_Check(module) != 0, let p = pyStr(path) {
        _ = PyObject_SetAttrString(module, "__file__", p); Py_DECREF(p)
    }
    return module
}

/// The SDK ABI version this interpreter implements (SWIFTPY_ABI_VERSION in pyport.h).
let sdkABIVersion = UInt32(SWIFTPY_ABI_VERSION)

/// Raises ImportError(message, name=name, path=path).
private func raiseImportError(_ message: String, name: String, path: String) {
    guard let m = pyStr(message), let n = pyStr(name), let p = pyStr(path) else { return }
    _ = PyErr_SetImportError(m, n, p)
    Py_DECREF(m); Py_DECREF(n); Py_DECREF(p)
}

/// dlopens `path` and initialises extension module `name` (dotted for a module inside a package;
/// the init function is PyInit_<last component>). New reference, or nil with an exception: an
/// ImportError naming the file for a load failure (dlerror's text), a module built without SwiftPy's
/// SDK or for another SDK ABI version, a missing PyInit_ function, or an init function that returned
/// NULL without an exception; an exception raised by the init function itself propagates.
func loadExtensionModule(name: String, path: String) -> PyObjectRef? {
    guard let handle = dlopen(path, RTLD_NOW | RTLD_LOCAL) else {
        var msg = dlerror().map { String(cString: $0) } ?? "dlopen failed"
        if !msg.contains(path) { msg = "\(path): \(msg)" }
        raiseImportError(msg, name: name, path: path)
        return nil
    }
    // The handle stays open for the life of the process once a module is initialised (as CPython).
    guard let marker = dlsym(handle, "_SwiftPy_ABI_version") else {
        dlclose(handle)
        raiseImportError("\(path): not built with SwiftPy's SDK (no _SwiftPy_ABI_version symbol; "
            + "a module built against CPython's headers?): rebuild it with swiftpy-config", name: name, path: path)
        return nil
    }
    let version = marker.load(as: UInt32.self)
    guard version == sdkABIVersion else {
        dlclose(handle)
        raiseImportError("\(path): built for SwiftPy SDK ABI version \(version), but this interpreter "
            + "implements version \(sdkABIVersion): rebuild it with swiftpy-config", name: name, path: path)
        return nil
    }
    let shortName = name.split(separator: ".").last.map(String.init) ?? name
    guard let sym = dlsym(handle, "PyInit_" + shortName) else {
        dlclose(handle)
        raiseImportError("dynamic module does not define module export function (PyInit_\(shortName)): \(path)",
                         name: name, path: path)
        return nil
    }
    let initFn = unsafeBitCast(sym, to: (@convention(c) () -> PyObjectRef?).self)
    let savedContext = extensionPackageContext
    extensionPackageContext = name.contains(".") ? name : nil
    let module = initExtensionModule(initFn, name: name, path: path)
    extensionPackageContext = savedContext
    if module == nil && pendingInitFailure {
        pendingInitFailure = false
        PyErr_Clear()
        raiseImportError("initialization of \(name) failed without raising an exception (PyInit_\(shortName) "
            + "returned NULL): \(path)", name: name, path: path)
    }
    return module
}
