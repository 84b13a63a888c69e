// open(), io.FileIO(...), io.TextIOWrapper(...) and the _io module that Lib/io.py builds on.
import CPython
import Glibc

/// Parsed open() arguments; nil fields are the defaults.
private struct OpenRequest {
    var file: PyObjectRef
    var mode = "r"
    var buffering = -1
    var encoding: PyObjectRef? = nil
    var errors: PyObjectRef? = nil
    var newline: PyObjectRef? = nil
    var closefd = true
    var opener: PyObjectRef? = nil
}

private func optionalStr(_ o: PyObjectRef?, _ what: String) -> Bool {
    guard let o, o != pyNone else { return true }
    if PyUnicode_Check(o) == 0 { setError(PyExc_TypeError, "open() argument '\(what)' must be str or None, not \(typeName(o))"); return false }
    return true
}

/// Calls io._TextIOWrapper (Lib/io.py) with positional args; nil with an exception set.
private func pythonTextWrapper(_ args: [PyObjectRef]) -> PyObjectRef? {
    guard let io = PyImport_ImportModule("io") else { return nil }
    defer { Py_DECREF(io) }
    guard let cls = PyObject_GetAttrString(io, "_TextIOWrapper") else { return nil }
    defer { Py_DECREF(cls) }
    guard let t = PyTuple_New(args.count) else { return nil }
    for (i, a) in args.enumerated() { Py_INCREF(a); PyTuple_SET_ITEM(t, i, a) }
    defer { Py_DECREF(t) }
    return PyObject_Call(cls, t, nil)
}

private func openFile(_ r: OpenRequest) -> PyObjectRef? {
    let mode = r.mode
    var reading = false, writing = false, appending = false, creating = false, updating = false, binary = false, text = false
    var seen = Set<Character>()
    for c in mode {
        if !seen.insert(c).inserted { setError(PyExc_ValueError, "invalid mode: '\(mode)'"); return nil }
        switch c {
        case "r": reading = true
        case "w": writing = true
        case "a": appending = true
        case "x": creating = true
        case "+": updating = true
        case "b": binary = true
        case "t": text = true
        default: setError(PyExc_ValueError, "invalid mode: '\(mode)'"); return nil
        }
    }
    if binary && text { setError(PyExc_ValueError, "can't have text and binary mode at once"); return nil }
    if [reading, writing, appending, creating].filter({ $0 }).count != 1 {
        setError(PyExc_ValueError, "must have exactly one of create/read/write/append mode"); return nil
    }
    guard optionalStr(r.encoding, "encoding"), optionalStr(r.errors, "errors"), optionalStr(r.newline, "newline") else { return nil }
    if binary {
        if let e = r.encoding, e != pyNone { setError(PyExc_ValueError, "binary mode doesn't take an encoding argument"); return nil }
        if let e = r.errors, e != pyNone { setError(PyExc_ValueError, "binary mode doesn't take an errors argument"); return nil }
        if let e = r.newline, e != pyNone { setError(PyExc_ValueError, "binary mode doesn't take a newline argument"); return nil }
    } else if r.buffering == 0 {
        setError(PyExc_ValueError, "can't have unbuffered text I/O"); return nil
    }
    var flags: Int32 = O_CLOEXEC
    if reading { flags |= updating ? O_RDWR : O_RDONLY }
    if writing { flags |= (updating ? O_RDWR : O_WRONLY) | O_CREAT | O_TRUNC }
    if appending { flags |= (updating ? O_RDWR : O_WRONLY) | O_CREAT | O_APPEND }
    if creating { flags |= (updating ? O_RDWR : O_WRONLY) | O_CREAT | O_EXCL }
    let file = r.file
    var fd: Int32
    if PyLong_Check(file) != 0 {
        fd = Int32(PyLong_AsLong(file))
        if fd < 0 { if PyErr_Occurred() == nil { setError(PyExc_ValueError, "negative file descriptor") }; return nil }
    } else {
        if !r.closefd { setError(PyExc_ValueError, "Cannot use closefd=False with file name"); return nil }
        if let opener = r.opener, opener != pyNone {
            let t = PyTuple_New(2)!
            Py_INCREF(file); PyTuple_SET_ITEM(t, 0, file); PyTuple_SET_ITEM(t, 1, pyInt(Int(flags)))
            let res = PyObject_Call(opener, t, nil)
            Py_DECREF(t)
            guard let res else { return nil }
            fd = Int32(PyLong_AsLong(res)); Py_DECREF(res)
            if PyErr_Occurred() != nil { return nil }
            if fd < 0 { setError(PyExc_ValueError, "opener returned \(fd)"); return nil }
        } else {
            guard let pathObj = PyOS_FSPath(file) else { return nil }
            defer { Py_DECREF(pathObj) }
            let path = PyUnicode_Check(pathObj) != 0 ? swiftString(pathObj) : String(cString: PyBytes_AsString(pathObj)!)
            let save = PyEval_SaveThread()
            let rfd = Glibc.open(path, flags, 0o666)
            let e = errno
            PyEval_RestoreThread(save)
            if rfd < 0 { errno = e; PyErr_SetFromErrnoWithFilenameObject(PyExc_OSError, pathObj); return nil }
            fd = rfd
        }
        var st = stat()
        if fstat(fd, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR {
            Glibc.close(fd); errno = EISDIR
            // OSError.filename is the path as os.fspath() gives it (as CPython)
            let shown = PyLong_Check(file) != 0 ? nil : PyOS_FSPath(file)
            PyErr_SetFromErrnoWithFilenameObject(PyExc_OSError, shown ?? file); Py_XDECREF(shown); return nil
        }
    }
    let readable = reading || updating, writable = !reading || updating
    if binary {
        return makeFile(fd: fd, name: file, mode: mode, readable: readable, writable: writable, binary: true,
                        closefd: r.closefd, lineBuffered: false, append: appending, raw: r.buffering == 0)
    }
    let lineBuffered = r.buffering == 1 || (r.buffering < 0 && isatty(fd) != 0)
    var encName = r.encoding.flatMap { $0 == pyNone ? nil : swiftString($0) } ?? "UTF-8"
    if encName == "locale" { encName = "UTF-8" }   // the locale's encoding (C.UTF-8)
    if !isNativeTextEncoding(encName) {
        if Codec.lookup(encName) == nil && !registryHasTextEncoding(encName) {
            if r.closefd { Glibc.close(fd) }
            return nil
        }
        // a codec whose newlines are not single bytes (utf-16/32) or one from the codec registry:
        // Lib/io.py's TextIOWrapper over a native buffer
        guard let buf = makeFile(fd: fd, name: file, mode: rawMode(mode), readable: readable, writable: writable, binary: true,
                                 closefd: r.closefd, lineBuffered: false, append: appending) else { return nil }
        defer { Py_DECREF(buf) }
        guard let enc = pyStr(encName) else { return nil }
        defer { Py_DECREF(enc) }
        guard let w = pythonTextWrapper([buf, enc, r.errors ?? pyNone, r.newline ?? pyNone, pyBool(lineBuffered)]) else { return nil }
        let m = pyStr(mode)!
        _ = PyObject_SetAttrString(w, "mode", m); Py_DECREF(m)
        return w
    }
    guard let o = makeFile(fd: fd, name: file, mode: mode, readable: readable, writable: writable, binary: false,
                           closefd: r.closefd, lineBuffered: lineBuffered, append: appending) else { return nil }
    let f = fileObj(o)
    let nl: PyObjectRef?? = .some(r.newline)
    guard setTextEncoding(f, encName),
          configureText(f, encoding: nil, errors: r.errors, newline: nl, lineBuffering: nil, writeThrough: nil) else { Py_DECREF(o); return nil }
    let b = buffers(f)
    if b.sig {
        let here = lseek(fd, 0, SEEK_CUR)
        b.bomCheck = readable && here == 0
        b.writeBOM = writable && (appending ? lseek(fd, 0, SEEK_END) == 0 : here == 0)
        b.updatePlainWrite()
    }
    return o
}

// open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)
let builtin_open: FastKwFn = { _, args, nargs, kwnames in
    if nargs > 8 { setError(PyExc_TypeError, "open() takes at most 8 arguments (\(nargs) given)"); return nil }
    var kw = [PyObjectRef?](repeating: nil, count: 8)
    for i in 0..<min(nargs, 8) { kw[i] = arg(args, i) }
    guard matchKeywords("open", args, nargs, kwnames, ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"], &kw, positionalCount: 8) else { return nil }
    guard let file = kw[0] else { setError(PyExc_TypeError, "open() missing required argument 'file' (pos 1)"); return nil }
    var r = OpenRequest(file: file)
    if let m = kw[1] {
        guard PyUnicode_Check(m) != 0 else { setError(PyExc_TypeError, "open() argument 'mode' must be str, not \(typeName(m))"); return nil }
        r.mode = swiftString(m)
    }
    if let b = kw[2] {
        r.buffering = PyLong_AsLong(b)
        if r.buffering == -1 && PyErr_Occurred() != nil { return nil }
    }
    r.encoding = kw[3]; r.errors = kw[4]; r.newline = kw[5]
    if let c = kw[6] { r.closefd = PyObject_IsTrue(c) == 1 }
    r.opener = kw[7]
    return openFile(r)
}

/// io.FileIO(file, mode='r', closefd=True, opener=None): an unbuffered binary file.
let fileIONew: newfunc = { _, args, kwargs in
    var file: PyObjectRef? = nil, mode: PyObjectRef? = nil, closefd: PyObjectRef? = nil, opener: PyObjectRef? = nil
    let names = ["file", "mode", "closefd", "opener"]
    var slots = [PyObjectRef?](repeating: nil, count: 4)
    let n = PyTuple_GET_SIZE(args!)
    if n > 4 { setError(PyExc_TypeError, "FileIO() takes at most 4 arguments (\(n) given)"); return nil }
    for i in 0..<n { slots[i] = PyTuple_GET_ITEM(args!, i) }
    if let kwargs {
        var pos = 0
        var k: PyObjectRef? = nil, v: PyObjectRef? = nil
        while PyDict_Next(kwargs, &pos, &k, &v) != 0 {
            guard let idx = names.firstIndex(of: swiftString(k!)) else {
                setError(PyExc_TypeError, "'\(swiftString(k!))' is an invalid keyword argument for FileIO()"); return nil
            }
            slots[idx] = v
        }
    }
    file = slots[0]; mode = slots[1]; closefd = slots[2]; opener = slots[3]
    guard let file else { setError(PyExc_TypeError, "FileIO() missing required argument 'file' (pos 1)"); return nil }
    var r = OpenRequest(file: file)
    var m = mode.map { swiftString($0) } ?? "r"
    if m.contains("t") || m.contains("U") { setError(PyExc_ValueError, "invalid mode: \(m)"); return nil }
    if !m.contains("b") { m += "b" }
    r.mode = m
    r.buffering = 0
    if let closefd { r.closefd = PyObject_IsTrue(closefd) == 1 }
    r.opener = opener
    return openFile(r)
}

/// io.TextIOWrapper(buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False):
/// Lib/io.py's TextIOWrapper over any binary stream.
let textIOWrapperNew: newfunc = { _, args, kwargs in
    guard let io = PyImport_ImportModule("io") else { return nil }
    defer { Py_DECREF(io) }
    guard let cls = PyObject_GetAttrString(io, "_TextIOWrapper") else { return nil }
    defer { Py_DECREF(cls) }
    return PyObject_Call(cls, args!, kwargs)
}

/// The _io module: the native file types and open().
func makeIOModule() -> PyObjectRef? {
    guard let m = PyModule_New("_io") else { return nil }
    for (name, t) in [("TextIOWrapper", textIOType!), ("BufferedReader", bufferedReaderType!), ("BufferedWriter", bufferedWriterType!),
                      ("BufferedRandom", bufferedRandomType!), ("FileIO", fileIOType!)] {
        Py_INCREF(t.asObject)
        _ = PyModule_AddObject(m, name, t.asObject)
    }
    return m
}
