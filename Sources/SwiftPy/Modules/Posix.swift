// The posix module (what Lib/os.py builds on): process and file-system basics over Glibc.
// Paths are str (or bytes, or objects with __fspath__); failures raise OSError from errno with
// the filename attached, as CPython's path_converter-based functions do.
import CPython
import Glibc

/// os.fspath(p): str and bytes as they are, else the result of type(p).__fspath__(p).
func fspathObject(_ o: PyObjectRef) -> PyObjectRef? {
    if isStr(o) || isBytes(o) { Py_INCREF(o); return o }
    var method: PyObjectRef? = nil
    if _PyObject_LookupAttr(PyObject_Type_Borrowed(o), pyIntern("__fspath__"), &method) < 0 { return nil }
    guard let method else {
        setError(PyExc_TypeError, "expected str, bytes or os.PathLike object, not \(typeName(o))")
        return nil
    }
    defer { Py_DECREF(method) }
    var argv: [PyObjectRef?] = [o]
    guard let r = argv.withUnsafeMutableBufferPointer({ PyObject_Vectorcall(method, $0.baseAddress, 1, nil) }) else { return nil }
    if isStr(r) || isBytes(r) { return r }
    setError(PyExc_TypeError, "expected \(typeName(o)).__fspath__() to return str or bytes, not \(typeName(r))")
    Py_DECREF(r)
    return nil
}

@inline(__always) private func PyObject_Type_Borrowed(_ o: PyObjectRef) -> PyObjectRef {
    UnsafeMutableRawPointer(o.pointee.ob_type).assumingMemoryBound(to: PyObject.self)
}

/// The file-system bytes of a path argument (nil with TypeError/ValueError set).
func pathBytes(_ fname: String, _ o: PyObjectRef) -> [CChar]? {
    guard let p = fspathObject(o) else {
        if PyErr_ExceptionMatches(PyExc_TypeError) != 0 {
            PyErr_Clear()
            setError(PyExc_TypeError, "\(fname): path should be string, bytes or os.PathLike, not \(typeName(o))")
        }
        return nil
    }
    defer { Py_DECREF(p) }
    var bytes: [CChar]
    if isStr(p) {
        bytes = Array(swiftString(p).utf8CString)
    } else {
        let n = PyBytes_Size(p)
        bytes = (0..<n).map { CChar(bitPattern: bytesData(p)[$0]) } + [0]
    }
    if bytes.dropLast().contains(0) { setError(PyExc_ValueError, "\(fname): embedded null character in path"); return nil }
    return bytes
}

func raiseErrno(_ path: PyObjectRef?) -> PyObjectRef? { setOSErrorFromErrno(path) }

/// Sets OSError (its errno subclass) from errno; filename/filename2 are os.fspath() of the path
/// arguments as given (str or bytes, never the PathLike object), as CPython's path_converter keeps.
/// Returns nil for `return setOSErrorFromErrno(...)` in functions.
@discardableResult
func setOSErrorFromErrno(_ path: PyObjectRef?, _ path2: PyObjectRef? = nil) -> PyObjectRef? {
    let saved = errno
    guard let path else { return PyErr_SetFromErrno(PyExc_OSError) }
    func shown(_ o: PyObjectRef) -> PyObjectRef {
        if let p = fspathObject(o) { return p }
        PyErr_Clear()
        return newRef(o)
    }
    let p1 = shown(path)
    let p2 = path2.map(shown)
    defer { Py_DECREF(p1); xdecref(p2) }
    errno = saved
    return PyErr_SetFromErrnoWithFilenameObjects(PyExc_OSError, p1, p2)
}

private let posix_strerror: OneArgFn = { _, o in
    let code = PyLong_AsLong(o!)
    if code == -1 && PyErr_Occurred() != nil { return nil }
    guard let s = strerror(Int32(truncatingIfNeeded: code)) else {
        setError(PyExc_ValueError, "strerror() argument out of range"); return nil
    }
    return PyUnicode_FromString(s)
}

private let posix_getcwd: NoArgsFn = { _, _ in
    var buf = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    guard getcwd(&buf, buf.count) != nil else { return raiseErrno(nil) }
    return PyUnicode_FromString(buf)
}

private let posix_getpid: NoArgsFn = { _, _ in PyLong_FromLong(Int(getpid())) }

private let posix_fspath: OneArgFn = { _, o in fspathObject(o!) }

/// listdir(path='.'): names in the folder, without '.' and '..'; bytes names for a bytes path.
private let posix_listdir: FastFn = { _, args, nargs in
    guard checkArgCount("listdir", nargs, min: 0, max: 1) else { return nil }
    let pathObj: PyObjectRef? = nargs > 0 && arg(args, 0) != pyNone ? arg(args, 0) : nil
    var path: [CChar] = Array(".".utf8CString)
    var asBytes = false
    if let p = pathObj {
        guard let b = pathBytes("listdir", p) else { return nil }
        path = b
        if let f = fspathObject(p) { asBytes = isBytes(f); Py_DECREF(f) } else { return nil }
    }
    guard let dir = opendir(path) else {
        guard let shown = pathObj.map({ Py_INCREF($0); return $0 }) ?? pyStr(".") else { return nil }
        defer { Py_DECREF(shown) }
        return raiseErrno(shown)
    }
    defer { closedir(dir) }
    guard let list = PyList_New(0) else { return nil }
    errno = 0
    while let entry = readdir(dir) {
        // d_name in place: readdir's record may be shorter than sizeof(dirent) (d_reclen), so the
        // 256-byte field must not be copied whole.
        let cName = (UnsafeRawPointer(entry) + MemoryLayout<dirent>.offset(of: \dirent.d_name)!).assumingMemoryBound(to: CChar.self)
        let name = Array(UnsafeRawBufferPointer(start: cName, count: strlen(cName)).bindMemory(to: UInt8.self))
        if name == [46] || name == [46, 46] { continue }
        let item: PyObjectRef? = name.withUnsafeBufferPointer { b in
            b.baseAddress!.withMemoryRebound(to: CChar.self, capacity: b.count) { c in
                asBytes ? PyBytes_FromStringAndSize(c, b.count)
                        : PyUnicode_DecodeFSDefaultAndSize(c, b.count)
            }
        }
        guard let item else { Py_DECREF(list); return nil }
        _ = PyList_Append(list, item); Py_DECREF(item)
    }
    return list
}

/// access(path, mode): True when the calling process may access `path` in `mode`.
private let posix_access: FastFn = { _, args, nargs in
    guard checkArgCount("access", nargs, min: 2, max: 2) else { return nil }
    guard let path = pathBytes("access", arg(args, 0)) else { return nil }
    let mode = PyLong_AsLong(arg(args, 1))
    if mode == -1 && PyErr_Occurred() != nil { return nil }
    return pyBool(access(path, Int32(truncatingIfNeeded: mode)) == 0)
}

/// The process environment as CPython's posix.environ: a dict of bytes to bytes.
private func makeEnviron() -> PyObjectRef? {
    guard let d = PyDict_New() else { return nil }
    var p = environ
    while let entry = p.pointee {
        let s = UnsafeRawPointer(entry).assumingMemoryBound(to: UInt8.self)
        let n = strlen(entry)
        if let eq = (0..<n).first(where: { s[$0] == 61 }), eq > 0 {
            let k = PyBytes_FromStringAndSize(entry, eq)
            let v = PyBytes_FromStringAndSize(entry + eq + 1, n - eq - 1)
            if let k, let v, PyDict_GetItem(d, k) == nil { _ = PyDict_SetItem(d, k, v) }
            Py_XDECREF(k); Py_XDECREF(v)
        }
        p += 1
    }
    return d
}

/// An environment name or value (str, bytes or os.PathLike) as C bytes; nil with the error set.
private func envBytes(_ o: PyObjectRef) -> [CChar]? {
    guard let p = fspathObject(o) else { return nil }
    defer { Py_DECREF(p) }
    var bytes: [CChar]
    if isStr(p) {
        guard let enc = PyUnicode_EncodeFSDefault(p) else { return nil }
        bytes = (0..<PyBytes_Size(enc)).map { CChar(bitPattern: bytesData(enc)[$0]) }
        Py_DECREF(enc)
    } else {
        bytes = (0..<PyBytes_Size(p)).map { CChar(bitPattern: bytesData(p)[$0]) }
    }
    if bytes.contains(0) { setError(PyExc_ValueError, "embedded null byte"); return nil }
    return bytes + [0]
}

/// putenv(name, value): changes the process environment (seen by getenv, tzset and children).
private let posix_putenv: FastFn = { _, args, nargs in
    guard checkArgCount("putenv", nargs, min: 2, max: 2),
          let name = envBytes(arg(args, 0)), let value = envBytes(arg(args, 1)) else { return nil }
    if name.dropLast().contains(61) { setError(PyExc_ValueError, "illegal environment variable name"); return nil }
    return setenv(name, value, 1) != 0 ? setOSErrorFromErrno(nil) : pyNoneRef()
}

/// unsetenv(name): removes `name` from the process environment.
private let posix_unsetenv: OneArgFn = { _, o in
    guard let name = envBytes(o!) else { return nil }
    return unsetenv(name) != 0 ? setOSErrorFromErrno(nil) : pyNoneRef()
}

func makePosixModule() -> PyObjectRef? {
    guard let m = PyModule_New("posix") else { return nil }
    _ = PyModule_AddFunctions(m, makeMethodTable([
        .oneArg("strerror", posix_strerror), .noArgs("getcwd", posix_getcwd), .noArgs("getpid", posix_getpid),
        .oneArg("fspath", posix_fspath), .fast("listdir", posix_listdir), .fast("access", posix_access),
        .fast("putenv", posix_putenv), .oneArg("unsetenv", posix_unsetenv),
    ]))
    addPosixFileFunctions(m)
    if let env = makeEnviron() { _ = PyModule_AddObject(m, "environ", env) }
    addPosixProcessFunctions(m)
    addPosixSystemFunctions(m)
    for (name, value) in [("F_OK", F_OK), ("R_OK", R_OK), ("W_OK", W_OK), ("X_OK", X_OK)] {
        _ = PyModule_AddIntConstant(m, name, Int(value))
    }
    return m
}
