// The builtins module: built-in functions (bltinmodule.c) and the names of the built-in types.
import CPython

/// new reference to sys.<name>, or nil with RuntimeError set ("lost sys.stdout").
func sysAttr(_ name: String) -> PyObjectRef? {
    guard let d = mainInterp?.pointee.sysdict, let v = PyDict_GetItemString(d, name) else {
        setError(PyExc_RuntimeError, "lost sys.\(name)")
        return nil
    }
    Py_INCREF(v)
    return v
}

/// Calls obj.name(arg); new reference or nil.
func callMethod1(_ obj: PyObjectRef, _ name: String, _ a: PyObjectRef) -> PyObjectRef? {
    var args: [PyObjectRef?] = [obj, a]
    return args.withUnsafeMutableBufferPointer {
        PyObject_VectorcallMethod(pyIntern(name), $0.baseAddress, 2 | PY_VECTORCALL_ARGUMENTS_OFFSET_SWIFT, nil)
    }
}
/// Calls obj.name(); new reference or nil.
func callMethod0(_ obj: PyObjectRef, _ name: String) -> PyObjectRef? {
    var args: [PyObjectRef?] = [obj]
    return args.withUnsafeMutableBufferPointer { PyObject_VectorcallMethod(pyIntern(name), $0.baseAddress, 1 | PY_VECTORCALL_ARGUMENTS_OFFSET_SWIFT, nil) }
}
let PY_VECTORCALL_ARGUMENTS_OFFSET_SWIFT: Int = Int(bitPattern: UInt(1) << 63)

// print(*objects, sep=' ', end='\n', file=None, flush=False)
private let builtin_print: FastKwFn = { _, args, nargs, kwnames in
    var kw: [PyObjectRef?] = [nil, nil, nil, nil]
    guard matchKeywords("print", args, nargs, kwnames, ["sep", "end", "file", "flush"], &kw) else { return nil }
    var sep = kw[0], end = kw[1]
    if let s = sep, s == pyNone { sep = nil }
    if let e = end, e == pyNone { end = nil }
    if let s = sep, PyUnicode_Check(s) == 0 { setError(PyExc_TypeError, "sep must be None or a string, not \(typeName(s))"); return nil }
    if let e = end, PyUnicode_Check(e) == 0 { setError(PyExc_TypeError, "end must be None or a string, not \(typeName(e))"); return nil }
    let file: PyObjectRef
    if let f = kw[2], f != pyNone { file = f; Py_INCREF(f) } else {
        guard let f = sysAttr("stdout") else { return nil }
        if f == pyNone { Py_DECREF(f); return pyNoneRef() }
        file = f
    }
    defer { Py_DECREF(file) }
    for i in 0..<nargs {
        if i > 0 {
            let s = sep ?? pyIntern(" ")
            guard let r = callMethod1(file, "write", s) else { return nil }
            Py_DECREF(r)
        }
        guard let s = PyObject_Str(arg(args, i)) else { return nil }
        let r = callMethod1(file, "write", s)
        Py_DECREF(s)
        guard let r else { return nil }
        Py_DECREF(r)
    }
    guard let r = callMethod1(file, "write", end ?? pyIntern("\n")) else { return nil }
    Py_DECREF(r)
    if let fl = kw[3] {
        let t = PyObject_IsTrue(fl)
        if t < 0 { return nil }
        if t == 1 { guard let r = callMethod0(file, "flush") else { return nil }; Py_DECREF(r) }
    }
    return pyNoneRef()
}

private let builtin_len: OneArgFn = { _, o in
    let n = PyObject_Size(o!)
    if n < 0 { return nil }
    return PyLong_FromSsize_t(n)
}
private let builtin_repr: OneArgFn = { _, o in PyObject_Repr(o!) }
private let builtin_ascii: OneArgFn = { _, o in PyObject_ASCII(o!) }
private let builtin_abs: OneArgFn = { _, o in PyNumber_Absolute(o!) }
private let builtin_hash: OneArgFn = { _, o in
    let h = PyObject_Hash(o!)
    if h == -1 && PyErr_Occurred() != nil { return nil }
    return PyLong_FromSsize_t(h)
}
private let builtin_id: OneArgFn = { _, o in PyLong_FromVoidPtr(UnsafeMutableRawPointer(o!)) }
private let builtin_callable: OneArgFn = { _, o in pyBool(PyCallable_Check(o!) != 0) }
private let builtin_bin: OneArgFn = { _, o in PyNumber_ToBase(o!, 2) }
private let builtin_oct: OneArgFn = { _, o in PyNumber_ToBase(o!, 8) }
private let builtin_hex: OneArgFn = { _, o in PyNumber_ToBase(o!, 16) }

private let builtin_chr: OneArgFn = { _, o in
    var overflow: Int32 = 0
    let v = PyLong_AsLongAndOverflow(o!, &overflow)
    if v == -1 && PyErr_Occurred() != nil { return nil }
    if overflow != 0 || v < 0 || v > 0x10ffff { setError(PyExc_ValueError, "chr() arg not in range(0x110000)"); return nil }
    return PyUnicode_FromOrdinal(Int32(v))
}

private let builtin_ord: OneArgFn = { _, o in
    let o = o!
    if PyUnicode_Check(o) != 0 {
        let n = PyUnicode_GetLength(o)
        if n == 1 { return PyLong_FromLong(Int(PyUnicode_ReadChar(o, 0))) }
        setError(PyExc_TypeError, "ord() expected a character, but string of length \(n) found"); return nil
    }
    if PyBytes_Check(o) != 0 || PyByteArray_Check(o) != 0 {
        let n = Py_SIZE(o)
        if n == 1 {
            let p = PyBytes_Check(o) != 0 ? PyBytes_AsString(o)! : PyByteArray_AsString(o)!
            return PyLong_FromLong(Int(UInt8(bitPattern: p[0])))
        }
        setError(PyExc_TypeError, "ord() expected a character, but string of length \(n) found"); return nil
    }
    setError(PyExc_TypeError, "ord() expected string of length 1, but \(typeName(o)) found")
    return nil
}

private let builtin_divmod: FastFn = { _, args, nargs in
    guard checkArgCount("divmod", nargs, min: 2, max: 2) else { return nil }
    return PyNumber_Divmod(arg(args, 0), arg(args, 1))
}

private let builtin_pow: FastKwFn = { _, args, nargs, kwnames in
    var kw: [PyObjectRef?] = [nil, nil, nil]
    for i in 0..<min(nargs, 3) { kw[i] = arg(args, i) }
    guard nargs <= 3 else { setError(PyExc_TypeError, "pow expected at most 3 arguments, got \(nargs)"); return nil }
    guard matchKeywords("pow", args, nargs, kwnames, ["base", "exp", "mod"], &kw, positionalCount: 3) else { return nil }
    guard let b = kw[0], let e = kw[1] else { setError(PyExc_TypeError, "pow() missing required argument '\(kw[0] == nil ? "base" : "exp")' (pos \(kw[0] == nil ? 1 : 2))"); return nil }
    return PyNumber_Power(b, e, kw[2] ?? pyNone)
}

private let builtin_getattr: FastFn = { _, args, nargs in
    guard nargs >= 2 && nargs <= 3 else {
        setError(PyExc_TypeError, nargs < 2 ? "getattr expected at least 2 arguments, got \(nargs)" : "getattr expected at most 3 arguments, got \(nargs)"); return nil
    }
    let name = arg(args, 1)
    guard PyUnicode_Check(name) != 0 else { setError(PyExc_TypeError, "attribute name must be string, not '\(typeName(name))'"); return nil }
    if nargs == 3 {
        var result: PyObjectRef? = nil
        if _PyObject_LookupAttr(arg(args, 0), name, &result) < 0 { return nil }
        if let r = result { return r }
        let d = arg(args, 2); Py_INCREF(d); return d
    }
    return PyObject_GetAttr(arg(args, 0), name)
}
private let builtin_setattr: FastFn = { _, args, nargs in
    guard checkArgCount("setattr", nargs, min: 3, max: 3) else { return nil }
    let name = arg(args, 1)
    guard PyUnicode_Check(name) != 0 else { setError(PyExc_TypeError, "attribute name must be string, not '\(typeName(name))'"); return nil }
    if PyObject_SetAttr(arg(args, 0), name, arg(args, 2)) < 0 { return nil }
    return pyNoneRef()
}
private let builtin_delattr: FastFn = { _, args, nargs in
    guard checkArgCount("delattr", nargs, min: 2, max: 2) else { return nil }
    let name = arg(args, 1)
    guard PyUnicode_Check(name) != 0 else { setError(PyExc_TypeError, "attribute name must be string, not '\(typeName(name))'"); return nil }
    if PyObject_SetAttr(arg(args, 0), name, nil) < 0 { return nil }
    return pyNoneRef()
}
private let builtin_hasattr: FastFn = { _, args, nargs in
    guard checkArgCount("hasattr", nargs, min: 2, max: 2) else { return nil }
    let name = arg(args, 1)
    guard PyUnicode_Check(name) != 0 else { setError(PyExc_TypeError, "attribute name must be string, not '\(typeName(name))'"); return nil }
    var result: PyObjectRef? = nil
    if _PyObject_LookupAttr(arg(args, 0), name, &result) < 0 { return nil }
    Py_XDECREF(result)
    return pyBool(result != nil)
}

private let builtin_isinstance: FastFn = { _, args, nargs in
    guard checkArgCount("isinstance", nargs, min: 2, max: 2) else { return nil }
    let r = PyObject_IsInstance(arg(args, 0), arg(args, 1))
    return r < 0 ? nil : pyBool(r == 1)
}
private let builtin_issubclass: FastFn = { _, args, nargs in
    guard checkArgCount("issubclass", nargs, min: 2, max: 2) else { return nil }
    let r = PyObject_IsSubclass(arg(args, 0), arg(args, 1))
    return r < 0 ? nil : pyBool(r == 1)
}

private let builtin_iter: FastFn = { _, args, nargs in
    guard checkArgCount("iter", nargs, min: 1, max: 2) else { return nil }
    if nargs == 1 { return PyObject_GetIter(arg(args, 0)) }
    guard PyCallable_Check(arg(args, 0)) != 0 else { setError(PyExc_TypeError, "iter(v, w): v must be callable"); return nil }
    return PyCallIter_New(arg(args, 0), arg(args, 1))
}

private let builtin_next: FastFn = { _, args, nargs in
    guard checkArgCount("next", nargs, min: 1, max: 2) else { return nil }
    let it = arg(args, 0)
    guard let nextFn = it.pointee.ob_type.pointee.tp_iternext, PyIter_Check(it) != 0 else {
        setError(PyExc_TypeError, "'\(typeName(it))' object is not an iterator"); return nil
    }
    if let r = nextFn(it) { return r }
    if let exc = PyErr_Occurred() {
        if nargs == 1 || PyErr_GivenExceptionMatches(exc, PyExc_StopIteration) == 0 { return nil }
        PyErr_Clear()
    }
    if nargs == 2 { let d = arg(args, 1); Py_INCREF(d); return d }
    PyErr_SetNone(PyExc_StopIteration)
    return nil
}

/// all()/any(): iterate, stop at the first item whose truth equals `stopOn`.
private func allAny(_ o: PyObjectRef, stopOn: Bool) -> PyObjectRef? {
    guard let it = PyObject_GetIter(o) else { return nil }
    defer { Py_DECREF(it) }
    while let item = PyIter_Next(it) {
        let t = PyObject_IsTrue(item)
        Py_DECREF(item)
        if t < 0 { return nil }
        if (t == 1) == stopOn { return pyBool(stopOn) }
    }
    if PyErr_Occurred() != nil { return nil }
    return pyBool(!stopOn)
}
private let builtin_all: OneArgFn = { _, o in allAny(o!, stopOn: false) }
private let builtin_any: OneArgFn = { _, o in allAny(o!, stopOn: true) }

// sum(iterable, /, start=0)
private let builtin_sum: FastKwFn = { _, args, nargs, kwnames in
    guard nargs >= 1 && nargs <= 2 else { setError(PyExc_TypeError, nargs == 0 ? "sum() takes at least 1 positional argument (0 given)" : "sum() takes at most 2 arguments (\(nargs) given)"); return nil }
    var kw: [PyObjectRef?] = [nil]
    guard matchKeywords("sum", args, nargs, kwnames, ["start"], &kw) else { return nil }
    var start: PyObjectRef? = nargs == 2 ? arg(args, 1) : kw[0]
    if let s = start {
        if PyUnicode_Check(s) != 0 { setError(PyExc_TypeError, "sum() can't sum strings [use ''.join(seq) instead]"); return nil }
        if PyBytes_Check(s) != 0 { setError(PyExc_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]"); return nil }
        if PyByteArray_Check(s) != 0 { setError(PyExc_TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]"); return nil }
        Py_INCREF(s)
    } else { start = PyLong_FromLong(0) }
    guard var acc = start else { return nil }
    guard let it = PyObject_GetIter(arg(args, 0)) else { Py_DECREF(acc); return nil }
    defer { Py_DECREF(it) }
    while let item = PyIter_Next(it) {
        let r = PyNumber_Add(acc, item)
        Py_DECREF(item); Py_DECREF(acc)
        guard let r else { return nil }
        acc = r
    }
    if PyErr_Occurred() != nil { Py_DECREF(acc); return nil }
    return acc
}

// min/max(iterable, *, key=None, default=...) and min/max(a, b, *args, key=None)
private func minMax(_ name: String, _ args: UnsafePointer<PyObjectRef?>?, _ nargs: Int, _ kwnames: PyObjectRef?, op: Int32) -> PyObjectRef? {
    var kw: [PyObjectRef?] = [nil, nil]
    guard matchKeywords(name, args, nargs, kwnames, ["key", "default"], &kw) else { return nil }
    guard nargs > 0 else { setError(PyExc_TypeError, "\(name) expected at least 1 argument, got 0"); return nil }
    let key = kw[0] == pyNone ? nil : kw[0]
    let it: PyObjectRef
    if nargs == 1 {
        guard let i = PyObject_GetIter(arg(args, 0)) else { return nil }
        it = i
    } else {
        if kw[1] != nil { setError(PyExc_TypeError, "Cannot specify a default for \(name)() with multiple positional arguments"); return nil }
        guard let t = PyTuple_New(nargs) else { return nil }
        for i in 0..<nargs { let a = arg(args, i); Py_INCREF(a); PyTuple_SET_ITEM(t, i, a) }
        let i = PyObject_GetIter(t); Py_DECREF(t)
        guard let i else { return nil }
        it = i
    }
    defer { Py_DECREF(it) }
    var best: PyObjectRef? = nil, bestKey: PyObjectRef? = nil
    while let item = PyIter_Next(it) {
        var k = item
        if let key {
            guard let kv = PyObject_CallOneArg(key, item) else { Py_DECREF(item); Py_XDECREF(best); Py_XDECREF(bestKey); return nil }
            k = kv
        } else { Py_INCREF(k) }
        if let bk = bestKey {
            let c = PyObject_RichCompareBool(k, bk, op)
            if c < 0 { Py_DECREF(item); Py_DECREF(k); Py_XDECREF(best); Py_XDECREF(bestKey); return nil }
            if c == 1 { Py_DECREF(bk); Py_DECREF(best!); best = item; bestKey = k } else { Py_DECREF(item); Py_DECREF(k) }
        } else { best = item; bestKey = k }
    }
    Py_XDECREF(bestKey)
    if PyErr_Occurred() != nil { Py_XDECREF(best); return nil }
    if let best { return best }
    if let d = kw[1] { Py_INCREF(d); return d }
    setError(PyExc_ValueError, "\(name)() arg is an empty sequence")
    return nil
}
private let builtin_min: FastKwFn = { _, args, nargs, kwnames in minMax("min", args, nargs, kwnames, op: Py_LT) }
private let builtin_max: FastKwFn = { _, args, nargs, kwnames in minMax("max", args, nargs, kwnames, op: Py_GT) }

// sorted(iterable, /, *, key=None, reverse=False)
private let builtin_sorted: FastKwFn = { _, args, nargs, kwnames in
    guard nargs == 1 else { setError(PyExc_TypeError, nargs == 0 ? "sorted expected 1 argument, got 0" : "sorted expected 1 argument, got \(nargs)"); return nil }
    guard let list = PySequence_List(arg(args, 0)) else { return nil }
    guard let sort = PyObject_GetAttrString(list, "sort") else { Py_DECREF(list); return nil }
    let kwcount = kwnames.map { PyTuple_GET_SIZE($0) } ?? 0
    let r = PyObject_Vectorcall(sort, args.map { $0 + 1 }, 0, kwcount > 0 ? kwnames : nil)
    Py_DECREF(sort)
    guard let r else { Py_DECREF(list); return nil }
    Py_DECREF(r)
    return list
}

// round(number, ndigits=None)
private let builtin_round: FastKwFn = { _, args, nargs, kwnames in
    var kw: [PyObjectRef?] = [nil, nil]
    for i in 0..<min(nargs, 2) { kw[i] = arg(args, i) }
    guard nargs <= 2 else { setError(PyExc_TypeError, "round() takes at most 2 arguments (\(nargs) given)"); return nil }
    guard matchKeywords("round", args, nargs, kwnames, ["number", "ndigits"], &kw, positionalCount: 2) else { return nil }
    guard let number = kw[0] else { setError(PyExc_TypeError, "round() missing required argument 'number' (pos 1)"); return nil }
    guard let method = lookupSpecial(number, "__round__") else {
        if PyErr_Occurred() == nil { setError(PyExc_TypeError, "type \(typeName(number)) doesn't define __round__ method") }
        return nil
    }
    defer { Py_DECREF(method) }
    if let nd = kw[1], nd != pyNone { return PyObject_CallOneArg(method, nd) }
    return PyObject_CallNoArgs(method)
}

/// Looks `name` up on type(obj) and binds it (CPython's _PyObject_LookupSpecial); nil without
/// an exception when absent.

private let builtin_format: FastFn = { _, args, nargs in
    guard checkArgCount("format", nargs, min: 1, max: 2) else { return nil }
    if nargs == 2, PyUnicode_Check(arg(args, 1)) == 0 {
        setError(PyExc_TypeError, "format() argument 2 must be str, not \(vmTypeName(arg(args, 1).pointee.ob_type))")
        return nil
    }
    return PyObject_Format(arg(args, 0), nargs == 2 ? arg(args, 1) : pyIntern(""))
}

private let builtin_dir: FastFn = { _, args, nargs in
    guard checkArgCount("dir", nargs, min: 0, max: 1) else { return nil }
    if nargs == 0 {
        guard let locals = PyEval_GetLocals() else { return nil }
        guard let keys = PyMapping_Keys(locals) else { return nil }
        if PyList_Sort(keys) < 0 { Py_DECREF(keys); return nil }
        return keys
    }
    return PyObject_Dir(arg(args, 0))
}

private let builtin_globals: NoArgsFn = { _, _ in
    guard let g = PyEval_GetGlobals() else { return nil }
    Py_INCREF(g); return g
}
private let builtin_locals: NoArgsFn = { _, _ in
    guard let l = PyEval_GetLocals() else { return nil }
    Py_INCREF(l); return l
}
private let builtin_vars: FastFn = { _, args, nargs in
    guard checkArgCount("vars", nargs, min: 0, max: 1) else { return nil }
    if nargs == 0 { guard let l = PyEval_GetLocals() else { return nil }; Py_INCREF(l); return l }
    var d: PyObjectRef? = nil
    if _PyObject_LookupAttr(arg(args, 0), pyIntern("__dict__"), &d) < 0 { return nil }
    if d == nil { setError(PyExc_TypeError, "vars() argument must have __dict__ attribute") }
    return d
}

private let builtin_input: FastFn = { _, args, nargs in
    guard checkArgCount("input", nargs, min: 0, max: 1) else { return nil }
    if nargs == 1 {
        guard let out = sysAttr("stdout") else { return nil }
        defer { Py_DECREF(out) }
        guard let s = PyObject_Str(arg(args, 0)) else { return nil }
        let r = callMethod1(out, "write", s); Py_DECREF(s)
        guard let r else { return nil }; Py_DECREF(r)
        if let f = callMethod0(out, "flush") { Py_DECREF(f) } else { PyErr_Clear() }
    }
    guard let inp = sysAttr("stdin") else { return nil }
    defer { Py_DECREF(inp) }
    guard let line = callMethod0(inp, "readline") else { return nil }
    defer { Py_DECREF(line) }
    guard PyUnicode_Check(line) != 0 else { setError(PyExc_TypeError, "object.readline() returned non-string"); return nil }
    let n = PyUnicode_GetLength(line)
    if n == 0 { setError(PyExc_EOFError, "EOF when reading a line"); return nil }
    if PyUnicode_ReadChar(line, n - 1) == 10 { return PyUnicode_Substring(line, 0, n - 1) }
    Py_INCREF(line); return line
}

private let builtin_breakpoint: FastKwFn = { _, _, _, _ in pyNoneRef() }

/// Names of the built-in types exposed by builtins.
private func builtinTypes() -> [(String, PyTypeRef)] {
    [("object", SPyType_BaseObject()), ("type", SPyType_Type()), ("int", SPyType_Long()), ("bool", SPyType_Bool()),
     ("float", SPyType_Float()), ("complex", SPyType_Complex()), ("str", SPyType_Unicode()), ("bytes", SPyType_Bytes()),
     ("bytearray", SPyType_ByteArray()), ("list", SPyType_List()), ("tuple", SPyType_Tuple()), ("dict", SPyType_Dict()),
     ("set", SPyType_Set()), ("frozenset", SPyType_FrozenSet()), ("range", SPyType_Range()), ("slice", SPyType_Slice()),
     ("enumerate", SPyType_Enum()), ("reversed", SPyType_Reversed()), ("zip", SPyType_Zip()), ("map", SPyType_Map()),
     ("filter", SPyType_Filter()), ("super", SPyType_Super()), ("property", SPyType_Property()),
     ("classmethod", SPyType_ClassMethod()), ("staticmethod", SPyType_StaticMethod())] + extraBuiltinTypes
}
/// Types from other modules that builtins also names (memoryview, ...), registered before start-up.
nonisolated(unsafe) var extraBuiltinTypes: [(String, PyTypeRef)] = []

func makeBuiltinsModule() -> PyObjectRef? {
    let methods = makeMethodTable([
        .fastKw("print", builtin_print, doc: "Prints the values to a stream, or to sys.stdout by default."),
        .oneArg("len", builtin_len), .oneArg("repr", builtin_repr), .oneArg("ascii", builtin_ascii),
        .oneArg("abs", builtin_abs), .oneArg("hash", builtin_hash), .oneArg("id", builtin_id),
        .oneArg("callable", builtin_callable), .oneArg("bin", builtin_bin), .oneArg("oct", builtin_oct),
        .oneArg("hex", builtin_hex), .oneArg("chr", builtin_chr), .oneArg("ord", builtin_ord),
        .fast("divmod", builtin_divmod), .fastKw("pow", builtin_pow), .fast("getattr", builtin_getattr),
        .fast("setattr", builtin_setattr), .fast("delattr", builtin_delattr), .fast("hasattr", builtin_hasattr),
        .fast("isinstance", builtin_isinstance), .fast("issubclass", builtin_issubclass), .fast("iter", builtin_iter),
        .fast("next", builtin_next), .oneArg("aiter", builtinAiter), .fast("anext", builtinAnext), .oneArg("all", builtin_all), .oneArg("any", builtin_any),
        .fastKw("sum", builtin_sum), .fastKw("min", builtin_min), .fastKw("max", builtin_max),
        .fastKw("sorted", builtin_sorted), .fastKw("round", builtin_round), .fast("format", builtin_format),
        .fast("dir", builtin_dir), .noArgs("globals", builtin_globals), .noArgs("locals", builtin_locals),
        .fast("vars", builtin_vars), .fast("input", builtin_input), .fastKw("breakpoint", builtin_breakpoint),
        .fastKw("__import__", builtin_import), .fastKw("compile", builtin_compile), .fast("exec", builtin_exec),
        .fast("eval", builtin_eval), .fastKw("open", builtin_open), .fastKw("__build_class__", builtinBuildClass),
    ])
    guard let mod = PyModule_New("builtins") else { return nil }
    _ = PyModule_AddFunctions(mod, methods)
    let d = PyModule_GetDict(mod)!
    for (name, t) in builtinTypes() { _ = PyDict_SetItemString(d, name, t.asObject) }
    _ = PyDict_SetItemString(d, "None", pyNone)
    _ = PyDict_SetItemString(d, "Ellipsis", pyEllipsis)
    _ = PyDict_SetItemString(d, "NotImplemented", pyNotImplemented)
    _ = PyDict_SetItemString(d, "True", pyTrue)
    _ = PyDict_SetItemString(d, "False", pyFalse)
    _ = PyDict_SetItemString(d, "__debug__", pyTrue)
    for (name, exc) in allExceptionClasses() { _ = PyDict_SetItemString(d, name, exc) }
    return mod
}
