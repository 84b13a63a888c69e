// File objects: sys.stdin/stdout/stderr and open(). One C layout (SPyFileObject) behind three
// types named as CPython's (_io.TextIOWrapper for text, _io.BufferedReader/BufferedWriter for
// binary). Blocking reads and writes release the GIL (brief decision 3).
import CPython
import Glibc

/// Buffers of one file. Owned by the file object through an Unmanaged retain.
final class FileBuffer {
    var out: [UInt8] = []
    var inBuf: [UInt8] = []
    var inPos = 0
    var eof = false
}

nonisolated(unsafe) var textIOType: PyTypeRef! = nil
nonisolated(unsafe) var bufferedReaderType: PyTypeRef! = nil
nonisolated(unsafe) var bufferedWriterType: PyTypeRef! = nil

@inline(__always) private func fileObj(_ o: PyObjectRef) -> UnsafeMutablePointer<SPyFileObject> { o.cast(to: SPyFileObject.self) }
@inline(__always) private func buffers(_ f: UnsafeMutablePointer<SPyFileObject>) -> FileBuffer {
    Unmanaged<FileBuffer>.fromOpaque(f.pointee.state!).takeUnretainedValue()
}

/// New file object over `fd`; nil with an exception set.
func makeFile(fd: Int32, name: PyObjectRef, mode: String, readable: Bool, writable: Bool, binary: Bool,
              closefd: Bool, lineBuffered: Bool, append: Bool = false) -> PyObjectRef? {
    let type: PyTypeRef = binary ? (readable ? bufferedReaderType : bufferedWriterType) : textIOType
    guard let o = PyType_GenericAlloc(type, 0) else { return nil }
    let f = fileObj(o)
    f.pointee.fd = fd
    var flags: Int32 = 0
    if readable { flags |= SPY_FILE_READABLE }
    if writable { flags |= SPY_FILE_WRITABLE }
    if binary { flags |= SPY_FILE_BINARY }
    if closefd { flags |= SPY_FILE_CLOSEFD }
    if lineBuffered { flags |= SPY_FILE_LINEBUF }
    if append { flags |= SPY_FILE_APPEND }
    f.pointee.flags = flags
    f.pointee.state = Unmanaged.passRetained(FileBuffer()).toOpaque()
    Py_INCREF(name)
    f.pointee.name = name
    f.pointee.mode = pyStr(mode)
    f.pointee.encoding = binary ? nil : pyStr("utf-8")
    return o
}

/// Raises io.UnsupportedOperation: the class Lib/io.py defines (a subclass of OSError and
/// ValueError), so `except io.UnsupportedOperation` catches what the file objects raise.
private func setUnsupportedOperation(_ message: String) {
    guard let io = PyImport_ImportModule("io") else { return }
    let type = PyObject_GetAttrString(io, "UnsupportedOperation")
    Py_DECREF(io)
    guard let type else { return }
    setError(type, message)
    Py_DECREF(type)
}

private func checkOpen(_ f: UnsafeMutablePointer<SPyFileObject>) -> Bool {
    if f.pointee.flags & SPY_FILE_CLOSED != 0 { setError(PyExc_ValueError, "I/O operation on closed file."); return false }
    return true
}

/// Writes all of `bytes` to fd with the GIL released. Returns false with OSError set.
private func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
    var off = 0
    var err: Int32 = 0
    let save = PyEval_SaveThread()
    while off < bytes.count {
        let n = Glibc.write(fd, bytes.baseAddress! + off, bytes.count - off)
        if n < 0 { if errno == EINTR { continue }; err = errno; break }
        off += n
    }
    PyEval_RestoreThread(save)
    if err != 0 { errno = err; PyErr_SetFromErrno(PyExc_OSError); return false }
    return true
}

private func flushFile(_ f: UnsafeMutablePointer<SPyFileObject>) -> Bool {
    let b = buffers(f)
    if b.out.isEmpty { return true }
    let ok = b.out.withUnsafeBytes { writeAll(f.pointee.fd, $0) }
    b.out.removeAll(keepingCapacity: true)
    return ok
}

/// Reads more bytes into the input buffer with the GIL released; false with OSError set.
private func fillInput(_ f: UnsafeMutablePointer<SPyFileObject>, _ b: FileBuffer) -> Bool {
    if b.inPos > 0 { b.inBuf.removeFirst(b.inPos); b.inPos = 0 }
    var chunk = [UInt8](repeating: 0, count: 65536)
    var n = 0
    var err: Int32 = 0
    let save = PyEval_SaveThread()
    repeat { n = chunk.withUnsafeMutableBytes { Glibc.read(f.pointee.fd, $0.baseAddress, 65536) } } while n < 0 && errno == EINTR
    if n < 0 { err = errno }
    PyEval_RestoreThread(save)
    if n < 0 { errno = err; PyErr_SetFromErrno(PyExc_OSError); return false }
    if n == 0 { b.eof = true } else { b.inBuf.append(contentsOf: chunk[0..<n]) }
    return true
}

/// Makes the result object (str for text files, bytes for binary) from raw bytes.
private func resultFromBytes(_ f: UnsafeMutablePointer<SPyFileObject>, _ bytes: ArraySlice<UInt8>) -> PyObjectRef? {
    let binary = f.pointee.flags & SPY_FILE_BINARY != 0
    return bytes.withUnsafeBytes { raw -> PyObjectRef? in
        let p = raw.baseAddress?.assumingMemoryBound(to: CChar.self)
        if binary { return PyBytes_FromStringAndSize(p, raw.count) }
        // universal newlines: \r\n and \r become \n
        if raw.contains(13) {
            var t = [UInt8](); t.reserveCapacity(raw.count)
            var i = 0
            while i < raw.count {
                if raw[i] == 13 { t.append(10); if i + 1 < raw.count && raw[i + 1] == 10 { i += 1 } } else { t.append(raw[i]) }
                i += 1
            }
            return t.withUnsafeBytes { PyUnicode_DecodeUTF8($0.baseAddress?.assumingMemoryBound(to: CChar.self), $0.count, "strict") }
        }
        return PyUnicode_DecodeUTF8(p, raw.count, "strict")
    }
}

private let file_write: OneArgFn = { s, o in
    let f = fileObj(s!), o = o!
    guard checkOpen(f) else { return nil }
    guard f.pointee.flags & SPY_FILE_WRITABLE != 0 else { setUnsupportedOperation("not writable"); return nil }
    let b = buffers(f)
    let binary = f.pointee.flags & SPY_FILE_BINARY != 0
    var count = 0
    if binary {
        var view = Py_buffer()
        if PyObject_GetBuffer(o, &view, PyBUF_SIMPLE) < 0 { return nil }
        b.out.append(contentsOf: UnsafeRawBufferPointer(start: view.buf, count: view.len))
        count = view.len
        PyBuffer_Release(&view)
    } else {
        guard PyUnicode_Check(o) != 0 else { setError(PyExc_TypeError, "write() argument must be str, not \(typeName(o))"); return nil }
        var n = 0
        guard let p = PyUnicode_AsUTF8AndSize(o, &n) else { return nil }
        b.out.append(contentsOf: UnsafeRawBufferPointer(start: p, count: n))
        count = PyUnicode_GetLength(o)
    }
    let lineBuf = f.pointee.flags & SPY_FILE_LINEBUF != 0
    if b.out.count >= 8192 || (lineBuf && b.out.contains(10)) {
        if !flushFile(f) { return nil }
    }
    return PyLong_FromSsize_t(count)
}

private let file_flush: NoArgsFn = { s, _ in
    let f = fileObj(s!)
    guard checkOpen(f) else { return nil }
    return flushFile(f) ? pyNoneRef() : nil
}

private let file_read: FastFn = { s, args, nargs in
    let f = fileObj(s!)
    guard checkOpen(f) else { return nil }
    guard f.pointee.flags & SPY_FILE_READABLE != 0 else { setUnsupportedOperation("not readable"); return nil }
    var limit = -1
    if nargs >= 1 && arg(args, 0) != pyNone {
        limit = PyLong_AsSsize_t(arg(args, 0))
        if limit == -1 && PyErr_Occurred() != nil { return nil }
    }
    let b = buffers(f)
    if f.pointee.flags & SPY_FILE_WRITABLE != 0 { if !flushFile(f) { return nil } }
    let binary = f.pointee.flags & SPY_FILE_BINARY != 0
    if limit < 0 {
        while !b.eof { if !fillInput(f, b) { return nil } }
        let r = resultFromBytes(f, b.inBuf[b.inPos...])
        b.inBuf.removeAll(); b.inPos = 0
        return r
    }
    if binary {
        while b.inBuf.count - b.inPos < limit && !b.eof { if !fillInput(f, b) { return nil } }
        let end = min(b.inBuf.count, b.inPos + limit)
        let r = resultFromBytes(f, b.inBuf[b.inPos..<end]); b.inPos = end
        return r
    }
    // text: `limit` code points; UTF-8 continuation bytes are not counted
    var chars = 0, i = b.inPos
    while true {
        while i < b.inBuf.count && chars < limit {
            i += 1
            while i < b.inBuf.count && b.inBuf[i] & 0xC0 == 0x80 { i += 1 }
            chars += 1
        }
        if chars >= limit || b.eof { break }
        let consumed = i - b.inPos
        if !fillInput(f, b) { return nil }
        i = b.inPos + consumed
    }
    let r = resultFromBytes(f, b.inBuf[b.inPos..<i]); b.inPos = i
    return r
}

/// One line including its newline ('' / b'' at EOF).
private func readLine(_ f: UnsafeMutablePointer<SPyFileObject>) -> PyObjectRef? {
    let b = buffers(f)
    while true {
        if let nl = b.inBuf[b.inPos...].firstIndex(of: 10) {
            let r = resultFromBytes(f, b.inBuf[b.inPos...nl]); b.inPos = nl + 1
            return r
        }
        if b.eof {
            let r = resultFromBytes(f, b.inBuf[b.inPos...]); b.inBuf.removeAll(); b.inPos = 0
            return r
        }
        if !fillInput(f, b) { return nil }
    }
}

private let file_readline: FastFn = { s, _, _ in
    let f = fileObj(s!)
    guard checkOpen(f) else { return nil }
    guard f.pointee.flags & SPY_FILE_READABLE != 0 else { setUnsupportedOperation("not readable"); return nil }
    return readLine(f)
}

private let file_readlines: FastFn = { s, _, _ in
    let f = fileObj(s!)
    guard checkOpen(f) else { return nil }
    guard let list = PyList_New(0) else { return nil }
    while true {
        guard let line = readLine(f) else { Py_DECREF(list); return nil }
        if PyObject_Size(line) == 0 { Py_DECREF(line); break }
        _ = PyList_Append(list, line); Py_DECREF(line)
    }
    return list
}

private let file_iternext: iternextfunc = { s in
    let f = fileObj(s!)
    guard checkOpen(f) else { return nil }
    guard let line = readLine(f) else { return nil }
    if PyObject_Size(line) == 0 { Py_DECREF(line); return nil }
    return line
}

private let file_writelines: OneArgFn = { s, lines in
    guard let it = PyObject_GetIter(lines!) else { return nil }
    defer { Py_DECREF(it) }
    while let item = PyIter_Next(it) {
        let r = file_write(s, item); Py_DECREF(item)
        guard let r else { return nil }
        Py_DECREF(r)
    }
    return PyErr_Occurred() != nil ? nil : pyNoneRef()
}

/// Flushes and closes; idempotent.
private func closeFile(_ f: UnsafeMutablePointer<SPyFileObject>) -> Bool {
    if f.pointee.flags & SPY_FILE_CLOSED != 0 { return true }
    let ok = flushFile(f)
    f.pointee.flags |= SPY_FILE_CLOSED
    if f.pointee.flags & SPY_FILE_CLOSEFD != 0 && f.pointee.fd > 2 { Glibc.close(f.pointee.fd) }
    return ok
}
private let file_close: NoArgsFn = { s, _ in closeFile(fileObj(s!)) ? pyNoneRef() : nil }
private let file_enter: NoArgsFn = { s, _ in
    guard checkOpen(fileObj(s!)) else { return nil }
    Py_INCREF(s!); return s
}
private let file_exit: FastFn = { s, _, _ in closeFile(fileObj(s!)) ? pyNoneRef() : nil }
private let file_fileno: NoArgsFn = { s, _ in PyLong_FromLong(Int(fileObj(s!).pointee.fd)) }
private let file_isatty: NoArgsFn = { s, _ in pyBool(isatty(fileObj(s!).pointee.fd) != 0) }
private let file_readable: NoArgsFn = { s, _ in pyBool(fileObj(s!).pointee.flags & SPY_FILE_READABLE != 0) }
private let file_writable: NoArgsFn = { s, _ in pyBool(fileObj(s!).pointee.flags & SPY_FILE_WRITABLE != 0) }
private let file_seekable: NoArgsFn = { s, _ in pyBool(lseek(fileObj(s!).pointee.fd, 0, SEEK_CUR) >= 0) }
private let file_tell: NoArgsFn = { s, _ in
    let f = fileObj(s!)
    guard checkOpen(f), flushFile(f) else { return nil }
    let pos = lseek(f.pointee.fd, 0, SEEK_CUR)
    if pos < 0 { PyErr_SetFromErrno(PyExc_OSError); return nil }
    let b = buffers(f)
    return PyLong_FromLong(Int(pos) - (b.inBuf.count - b.inPos))
}
private let file_seek: FastFn = { s, args, nargs in
    let f = fileObj(s!)
    guard checkOpen(f), checkArgCount("seek", nargs, min: 1, max: 2), flushFile(f) else { return nil }
    let off = PyLong_AsLong(arg(args, 0))
    if off == -1 && PyErr_Occurred() != nil { return nil }
    let whence = nargs > 1 ? Int32(PyLong_AsLong(arg(args, 1))) : SEEK_SET
    let b = buffers(f)
    var target = off
    if whence == SEEK_CUR { target -= (b.inBuf.count - b.inPos) }
    b.inBuf.removeAll(); b.inPos = 0; b.eof = false
    let pos = lseek(f.pointee.fd, off_t(target), whence)
    if pos < 0 { PyErr_SetFromErrno(PyExc_OSError); return nil }
    return PyLong_FromLong(Int(pos))
}
private let file_truncate: FastFn = { s, args, nargs in
    let f = fileObj(s!)
    guard checkOpen(f), flushFile(f) else { return nil }
    let size = nargs > 0 && arg(args, 0) != pyNone ? PyLong_AsLong(arg(args, 0)) : Int(lseek(f.pointee.fd, 0, SEEK_CUR))
    if ftruncate(f.pointee.fd, off_t(size)) < 0 { PyErr_SetFromErrno(PyExc_OSError); return nil }
    return PyLong_FromLong(size)
}

private let file_get_closed: GetterFn = { s, _ in pyBool(fileObj(s!).pointee.flags & SPY_FILE_CLOSED != 0) }
private let file_get_name: GetterFn = { s, _ in let n = fileObj(s!).pointee.name!; Py_INCREF(n); return n }
private let file_get_mode: GetterFn = { s, _ in let n = fileObj(s!).pointee.mode!; Py_INCREF(n); return n }
private let file_get_encoding: GetterFn = { s, _ in
    guard let e = fileObj(s!).pointee.encoding else { setError(PyExc_AttributeError, "'\(typeName(s!))' object has no attribute 'encoding'"); return nil }
    Py_INCREF(e); return e
}

private let file_repr: reprfunc = { s in
    let f = fileObj(s!)
    guard let nameRepr = PyObject_Repr(f.pointee.name!) else { return nil }
    defer { Py_DECREF(nameRepr) }
    let tn = String(cString: s!.pointee.ob_type.pointee.tp_name)
    if f.pointee.flags & SPY_FILE_BINARY != 0 { return pyStr("<\(tn) name=\(swiftString(nameRepr))>") }
    return pyStr("<\(tn) name=\(swiftString(nameRepr)) mode='\(swiftString(f.pointee.mode!))' encoding='utf-8'>")
}

private let file_dealloc: destructor = { s in
    let f = fileObj(s!)
    _ = closeFile(f)
    if PyErr_Occurred() != nil { PyErr_Clear() }
    if let st = f.pointee.state { Unmanaged<FileBuffer>.fromOpaque(st).release() }
    Py_XDECREF(f.pointee.name); Py_XDECREF(f.pointee.mode); Py_XDECREF(f.pointee.dict); Py_XDECREF(f.pointee.encoding)
    s!.pointee.ob_type.pointee.tp_free!(UnsafeMutableRawPointer(s!))
}

private func makeFileType(_ name: String) -> PyTypeRef {
    let t = calloc(1, MemoryLayout<PyTypeObject>.size)!.assumingMemoryBound(to: PyTypeObject.self)
    t.pointee.ob_base.ob_base.ob_refcnt = 1 << 30
    t.pointee.ob_base.ob_base.ob_type = SPyType_Type()
    t.pointee.tp_name = immortalCString(name)
    t.pointee.tp_basicsize = MemoryLayout<SPyFileObject>.size
    t.pointee.tp_flags = Py_TPFLAGS_DEFAULT
    t.pointee.tp_dealloc = file_dealloc
    t.pointee.tp_repr = file_repr
    t.pointee.tp_iter = { s in Py_INCREF(s!); return s }
    t.pointee.tp_iternext = file_iternext
    t.pointee.tp_dictoffset = MemoryLayout<SPyFileObject>.offset(of: \SPyFileObject.dict)!
    t.pointee.tp_methods = fileMethods
    t.pointee.tp_getset = fileGetSets
    return t
}
nonisolated(unsafe) private var fileMethods: UnsafeMutablePointer<PyMethodDef>! = nil
nonisolated(unsafe) private var fileGetSets: UnsafeMutablePointer<PyGetSetDef>! = nil

/// Creates the file types (start-up, before PyType_Ready).
func registerIOTypes() {
    fileMethods = makeMethodTable([
        .oneArg("write", file_write), .noArgs("flush", file_flush), .fast("read", file_read),
        .fast("readline", file_readline), .fast("readlines", file_readlines), .oneArg("writelines", file_writelines),
        .noArgs("close", file_close), .noArgs("__enter__", file_enter), .fast("__exit__", file_exit),
        .noArgs("fileno", file_fileno), .noArgs("isatty", file_isatty), .noArgs("readable", file_readable),
        .noArgs("writable", file_writable), .noArgs("seekable", file_seekable), .noArgs("tell", file_tell),
        .fast("seek", file_seek), .fast("truncate", file_truncate),
    ])
    fileGetSets = makeGetSetTable([
        GetSetSpec("closed", get: file_get_closed), GetSetSpec("name", get: file_get_name),
        GetSetSpec("mode", get: file_get_mode), GetSetSpec("encoding", get: file_get_encoding),
    ])
    textIOType = makeFileType("_io.TextIOWrapper")
    bufferedReaderType = makeFileType("_io.BufferedReader")
    bufferedWriterType = makeFileType("_io.BufferedWriter")
    extraStaticTypes += [textIOType, bufferedReaderType, bufferedWriterType]
}

/// Flushes sys.stdout and sys.stderr (at exit). Returns 0, or -1 if a flush failed.
func flushStdFiles() -> Int32 {
    var rc: Int32 = 0
    for name in ["stdout", "stderr"] {
        guard let d = mainInterp?.pointee.sysdict, let f = PyDict_GetItemString(d, name), f != pyNone else { continue }
        if let r = callMethod0(f, "flush") { Py_DECREF(r) } else { PyErr_Clear(); rc = -1 }
    }
    return rc
}

// open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)
let builtin_open: FastKwFn = { _, args, nargs, kwnames in
    var kw = [PyObjectRef?](repeating: nil, count: 8)
    for i in 0..<min(nargs, 8) { kw[i] = arg(args, i) }
    guard matchKeywords("open", args, nargs, kwnames, ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"], &kw, positionalCount: 8) else { return nil }
    guard let file = kw[0] else { setError(PyExc_TypeError, "open() missing required argument 'file' (pos 1)"); return nil }
    let mode = kw[1].map { swiftString($0) } ?? "r"
    var reading = false, writing = false, appending = false, creating = false, updating = false, binary = false, text = false
    for c in mode {
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
    if [reading, writing, appending, creating].filter({ $0 }).count != 1 || (binary && text) {
        setError(PyExc_ValueError, "must have exactly one of create/read/write/append mode"); return nil
    }
    var flags: Int32 = O_CLOEXEC
    if reading { flags |= updating ? O_RDWR : O_RDONLY }
    if writing { flags |= (updating ? O_RDWR : O_WRONLY) | O_CREAT | O_TRUNC }
    if appending { flags |= (updating ? O_RDWR : O_WRONLY) | O_CREAT | O_APPEND }
    if creating { flags |= (updating ? O_RDWR : O_WRONLY) | O_CREAT | O_EXCL }
    let fd: Int32
    var closefd = true
    if PyLong_Check(file) != 0 {
        fd = Int32(PyLong_AsLong(file))
        if let c = kw[6] { closefd = PyObject_IsTrue(c) == 1 }
    } else {
        guard let pathObj = PyOS_FSPath(file) else { return nil }
        defer { Py_DECREF(pathObj) }
        let path = PyUnicode_Check(pathObj) != 0 ? swiftString(pathObj) : String(cString: PyBytes_AsString(pathObj)!)
        let save = PyEval_SaveThread()
        let r = Glibc.open(path, flags, 0o666)
        let e = errno
        PyEval_RestoreThread(save)
        if r < 0 { errno = e; PyErr_SetFromErrnoWithFilenameObject(PyExc_OSError, pathObj); return nil }
        var st = stat()
        if fstat(r, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR {
            Glibc.close(r); errno = EISDIR; PyErr_SetFromErrnoWithFilenameObject(PyExc_OSError, pathObj); return nil
        }
        fd = r
    }
    let name: PyObjectRef = file
    return makeFile(fd: fd, name: name, mode: mode, readable: reading || updating, writable: !reading || updating,
                    binary: binary, closefd: closefd, lineBuffered: false, append: appending)
}
