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

/// Runs an extension's PyInit function. New reference to the module, or nil with an exception.
func initExtensionModule(_ initFn: @convention(c) () -> PyObjectRef?, name: String, path: String?) -> PyObjectRef? {
    let result = initFn()
    guard let result else {
        if PyErr_Occurred() == nil { setError(PyExc_SystemError, "initialization of \(name) failed without raising an exception") }
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

/// dlopens `path` and initialises extension module `name`. New reference, or nil with ImportError.
func loadExtensionModule(name: String, path: String) -> PyObjectRef? {
    guard let handle = dlopen(path, RTLD_NOW | RTLD_LOCAL) else {
        let msg = dlerror().map { String(cString: $0) } ?? "dlopen failed"
        setError(PyExc_ImportError, msg)
        return nil
    }
    let shortName = name.split(separator: ".").last.map(String.init) ?? name
    guard let sym = dlsym(handle, "PyInit_" + shortName) else {
        setError(PyExc_ImportError, "dynamic module does not define module export function (PyInit_\(shortName))")
        return nil
    }
    let initFn = unsafeBitCast(sym, to: (@convention(c) () -> PyObjectRef?).self)
    return initExtensionModule(initFn, name: name, path: path)
}
