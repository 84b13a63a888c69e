// The _imp module: the interpreter's import primitives that Lib/importlib builds its loaders on
// (as CPython's _imp). Callers hold the GIL; every function returns a new reference or nil with an
// exception set.
import CPython

/// The str attribute `name` of `spec` as a Swift string (nil with TypeError/AttributeError set).
private func specString(_ spec: PyObjectRef, _ name: String) -> String? {
    guard let v = PyObject_GetAttrString(spec, name) else { return nil }
    defer { Py_DECREF(v) }
    guard PyUnicode_Check(v) != 0 else { setError(PyExc_TypeError, "spec.\(name) must be a str"); return nil }
    return swiftString(v)
}

/// is_builtin(name) -> 1 for a module compiled into the interpreter (-1: sys/builtins, cannot re-init), else 0.
private let imp_is_builtin: FastFn = { _, args, nargs in
    guard checkArgCount("is_builtin", nargs, min: 1, max: 1) else { return nil }
    guard PyUnicode_Check(arg(args, 0)) != 0 else { setError(PyExc_TypeError, "is_builtin() argument must be str"); return nil }
    let name = swiftString(arg(args, 0))
    if name == "sys" || name == "builtins" { return pyInt(-1) }
    return pyInt(builtinModuleNames().contains(name) ? 1 : 0)
}

/// create_builtin(spec) -> the built-in module named spec.name (the existing one if already imported).
private let imp_create_builtin: FastFn = { _, args, nargs in
    guard checkArgCount("create_builtin", nargs, min: 1, max: 1), let name = specString(arg(args, 0), "name") else { return nil }
    guard builtinModuleNames().contains(name) else { setError(PyExc_ImportError, "no built-in module named \(name)"); return nil }
    return importAbsolute(name)
}

/// create_dynamic(spec[, file]) -> the extension module at spec.origin, initialised as spec.name.
private let imp_create_dynamic: FastFn = { _, args, nargs in
    guard checkArgCount("create_dynamic", nargs, min: 1, max: 2),
          let name = specString(arg(args, 0), "name"), let path = specString(arg(args, 0), "origin") else { return nil }
    return loadExtensionModule(name: name, path: path)
}

/// exec_builtin(mod) / exec_dynamic(mod) -> 0: our modules are fully initialised by create_*.
private let imp_exec: FastFn = { _, _, nargs in
    guard checkArgCount("exec_dynamic", nargs, min: 1, max: 1) else { return nil }
    return pyInt(0)
}

/// extension_suffixes() -> the file suffixes tried for extension modules, most specific first.
private let imp_extension_suffixes: FastFn = { _, _, nargs in
    guard checkArgCount("extension_suffixes", nargs, min: 0, max: 0), let l = PyList_New(0) else { return nil }
    for s in extensionSuffixes {
        guard let o = pyStr(s) else { Py_DECREF(l); return nil }
        _ = PyList_Append(l, o); Py_DECREF(o)
    }
    return l
}

func makeImpModule() -> PyObjectRef? {
    guard let m = PyModule_New("_imp") else { return nil }
    _ = PyModule_AddFunctions(m, makeMethodTable([
        .fast("is_builtin", imp_is_builtin), .fast("create_builtin", imp_create_builtin),
        .fast("create_dynamic", imp_create_dynamic), .fast("exec_builtin", imp_exec),
        .fast("exec_dynamic", imp_exec), .fast("extension_suffixes", imp_extension_suffixes),
    ]))
    return m
}
