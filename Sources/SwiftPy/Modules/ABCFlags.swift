// `_abc_tpflags`: the one thing Lib/abc.py cannot do in Python — set a class's
// Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING bits, which decide whether it matches sequence and
// mapping patterns (MATCH_SEQUENCE / MATCH_MAPPING). CPython's _abc does this for
// `__abc_tpflags__` (collections.abc.Sequence / Mapping) and on ABCMeta.register.

private let collectionFlags = UInt(Py_TPFLAGS_SEQUENCE) | UInt(Py_TPFLAGS_MAPPING)

/// set_collection_flags(cls, flags, replace): ORs (replace false) or replaces (replace true) the
/// collection bits of `cls` with `flags & (SEQUENCE | MAPPING)`. Immutable (built-in) types are
/// left alone. Returns whether the flags changed.
private let abcflags_set: FastFn = { _, args, nargs in
    guard checkArgCount("set_collection_flags", nargs, min: 3, max: 3) else { return nil }
    let o = arg(args, 0)
    guard isTypeObject(o) else { setError(PyExc_TypeError, "set_collection_flags() argument 1 must be a type"); return nil }
    let flags = PyLong_AsSsize_t(arg(args, 1))
    if flags == -1 && PyErr_Occurred() != nil { return nil }
    let replace = PyObject_IsTrue(arg(args, 2))
    if replace < 0 { return nil }
    let t = o.asType
    if typeHasFlag(t, UInt(Py_TPFLAGS_IMMUTABLETYPE)) { return pyBool(false) }
    let old = t.pointee.tp_flags
    let bits = UInt(bitPattern: flags) & collectionFlags
    if replace != 0 { t.pointee.tp_flags = (old & ~collectionFlags) | bits } else { t.pointee.tp_flags = old | bits }
    return pyBool(t.pointee.tp_flags != old)
}

func makeABCFlagsModule() -> PyObjectRef? {
    guard let m = PyModule_New("_abc_tpflags") else { return nil }
    _ = PyModule_AddFunctions(m, makeMethodTable([.fast("set_collection_flags", abcflags_set)]))
    _ = PyModule_AddIntConstant(m, "COLLECTION_FLAGS", Int(collectionFlags))
    return m
}
