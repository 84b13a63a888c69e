// The _swiftpy module: private hooks for Lib/ modules that stand in for CPython's C types.
// Not a public API: only SwiftPy's own library imports it.
import CPython
import Glibc

/// set_type_name(cls, name): gives class `cls` the C-level tp_name `name` (e.g. 'datetime.date'),
/// the name CPython's C types show in messages built from tp_name ("unsupported operand type(s)",
/// "object has no attribute"). __name__, __qualname__ and repr(cls) are unchanged; assigning
/// cls.__name__ later resets tp_name to the new __name__, as for any class.
private let swiftpy_set_type_name: FastFn = { _, args, nargs in
    guard checkArgCount("set_type_name", nargs, min: 2, max: 2) else { return nil }
    let cls = arg(args, 0), name = arg(args, 1)
    guard PyType_Check(cls) != 0, isHeapType(cls.asType) else {
        setError(PyExc_TypeError, "set_type_name() argument 1 must be a class defined in Python, not \(typeName(of: cls))")
        return nil
    }
    guard isStr(name) else {
        setError(PyExc_TypeError, "set_type_name() argument 2 must be str, not \(typeName(of: name))")
        return nil
    }
    var size = 0
    guard let utf8 = PyUnicode_AsUTF8AndSize(name, &size) else { return nil }
    if strlen(utf8) != size { setError(PyExc_ValueError, "type name must not contain null characters"); return nil }
    let ht = heapType(cls.asType)
    let old = ht.pointee._ht_tpname
    ht.pointee._ht_tpname = strdup(utf8)
    cls.asType.pointee.tp_name = UnsafePointer(ht.pointee._ht_tpname)
    if let old { free(old) }
    return pyNoneRef()
}

func makeSwiftPyHelpersModule() -> PyObjectRef? {
    guard let m = PyModule_New("_swiftpy") else { return nil }
    _ = PyModule_AddFunctions(m, makeMethodTable([.fast("set_type_name", swiftpy_set_type_name)]))
    return m
}
