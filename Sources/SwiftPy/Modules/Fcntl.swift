// The _fcntl module: fcntl/ioctl with an int or a buffer argument, flock and record locks, raw.
// Lib/fcntl.py picks the form from the argument's type and converts descriptors and ints with
// CPython's messages. Every call releases the GIL (lock waits can block) and retries EINTR
// after running signal handlers (PEP 475).
import CPython
import Glibc

/// Buffer arguments are copied into a buffer of this size, as CPython's fcntl module does.
private let argBufferSize = 1024

private func int32Arg(_ o: PyObjectRef) -> Int32? { intArg(o).map { Int32(truncatingIfNeeded: $0) } }

/// Runs `call` on a private copy of `data`'s bytes; returns the result and the copy as bytes.
private func callOnCopy(_ fname: String, _ data: PyObjectRef, _ call: (UnsafeMutableRawPointer) -> Int32) -> PyObjectRef? {
    var view = Py_buffer()
    if PyObject_GetBuffer(data, &view, PyBUF_SIMPLE) < 0 { return nil }
    defer { PyBuffer_Release(&view) }
    let len = view.len
    if len > argBufferSize { setError(PyExc_ValueError, "\(fname) string arg too long"); return nil }
    let buf = UnsafeMutableRawPointer.allocate(byteCount: argBufferSize, alignment: 16)
    defer { buf.deallocate() }
    if len > 0 { buf.copyMemory(from: view.buf!, byteCount: len) }
    guard let r = retryingEINTR({ call(buf) }) else { return nil }
    if r < 0 { return PyErr_SetFromErrno(PyExc_OSError) }
    return PyBytes_FromStringAndSize(buf.assumingMemoryBound(to: CChar.self), len)
}

/// fcntl(fd, cmd, int) -> int
private let fcntl_int: FastFn = { _, args, nargs in
    guard checkArgCount("fcntl", nargs, min: 3, max: 3), let fd = int32Arg(arg(args, 0)), let cmd = int32Arg(arg(args, 1)),
          let value = int32Arg(arg(args, 2)) else { return nil }
    guard let r = retryingEINTR({ spy_fcntl_int(fd, cmd, value) }) else { return nil }
    return r < 0 ? PyErr_SetFromErrno(PyExc_OSError) : PyLong_FromLong(Int(r))
}

/// fcntl_buf(fd, cmd, bytes-like) -> bytes (the argument after the call)
private let fcntl_buf: FastFn = { _, args, nargs in
    guard checkArgCount("fcntl", nargs, min: 3, max: 3), let fd = int32Arg(arg(args, 0)), let cmd = int32Arg(arg(args, 1)) else { return nil }
    return callOnCopy("fcntl", arg(args, 2)) { spy_fcntl_ptr(fd, cmd, $0) }
}

/// ioctl(fd, request, int) -> int
private let ioctl_int: FastFn = { _, args, nargs in
    guard checkArgCount("ioctl", nargs, min: 3, max: 3), let fd = int32Arg(arg(args, 0)), let req = intArg(arg(args, 1)),
          let value = int32Arg(arg(args, 2)) else { return nil }
    guard let r = retryingEINTR({ spy_ioctl_int(fd, UInt(truncatingIfNeeded: req), value) }) else { return nil }
    return r < 0 ? PyErr_SetFromErrno(PyExc_OSError) : PyLong_FromLong(Int(r))
}

/// ioctl_buf(fd, request, buffer, mutate) -> int when a writable buffer is updated in place
/// (mutate true), else bytes holding the argument after the call.
private let ioctl_buf: FastFn = { _, args, nargs in
    guard checkArgCount("ioctl", nargs, min: 4, max: 4), let fd = int32Arg(arg(args, 0)), let r = intArg(arg(args, 1)) else { return nil }
    let req = UInt(truncatingIfNeeded: r)
    let data = arg(args, 2)
    let mutate = PyObject_IsTrue(arg(args, 3))
    if mutate < 0 { return nil }
    var view = Py_buffer()
    if mutate != 0 && PyObject_GetBuffer(data, &view, PyBUF_WRITABLE) == 0 {
        defer { PyBuffer_Release(&view) }
        let len = view.len, target = view.buf!
        let result: Int32?
        if len <= argBufferSize {
            // A private copy of at least argBufferSize bytes, as the request may write that far.
            let buf = UnsafeMutableRawPointer.allocate(byteCount: argBufferSize, alignment: 16)
            defer { buf.deallocate() }
            if len > 0 { buf.copyMemory(from: target, byteCount: len) }
            result = retryingEINTR { spy_ioctl_ptr(fd, req, buf) }
            if len > 0 { target.copyMemory(from: buf, byteCount: len) }
        } else {
            result = retryingEINTR { spy_ioctl_ptr(fd, req, target) }
        }
        guard let result else { return nil }
        return result < 0 ? PyErr_SetFromErrno(PyExc_OSError) : PyLong_FromLong(Int(result))
    }
    PyErr_Clear()
    return callOnCopy("ioctl", data) { spy_ioctl_ptr(fd, req, $0) }
}

/// flock(fd, operation)
private let fcntl_flock: FastFn = { _, args, nargs in
    guard checkArgCount("flock", nargs, min: 2, max: 2), let fd = int32Arg(arg(args, 0)), let op = int32Arg(arg(args, 1)) else { return nil }
    guard let r = retryingEINTR({ spy_flock(fd, op) }) else { return nil }
    return r < 0 ? PyErr_SetFromErrno(PyExc_OSError) : pyNoneRef()
}

/// record_lock(fd, F_SETLK or F_SETLKW, lock type, len, start, whence)
private let fcntl_record_lock: FastFn = { _, args, nargs in
    guard checkArgCount("lockf", nargs, min: 6, max: 6), let fd = int32Arg(arg(args, 0)), let cmd = int32Arg(arg(args, 1)),
          let type = int32Arg(arg(args, 2)), let len = intArg(arg(args, 3)), let start = intArg(arg(args, 4)),
          let whence = int32Arg(arg(args, 5)) else { return nil }
    guard let r = retryingEINTR({ spy_record_lock(fd, cmd, type, len, start, whence) }) else { return nil }
    return r < 0 ? PyErr_SetFromErrno(PyExc_OSError) : pyNoneRef()
}

func makeFcntlModule() -> PyObjectRef? {
    guard let m = PyModule_New("_fcntl") else { return nil }
    _ = PyModule_AddFunctions(m, makeMethodTable([
        .fast("fcntl_int", fcntl_int), .fast("fcntl_buf", fcntl_buf), .fast("ioctl_int", ioctl_int),
        .fast("ioctl_buf", ioctl_buf), .fast("flock", fcntl_flock), .fast("record_lock", fcntl_record_lock),
    ]))
    let constants: [(String, Int32)] = [
        ("F_DUPFD", F_DUPFD), ("F_DUPFD_CLOEXEC", F_DUPFD_CLOEXEC), ("F_GETFD", F_GETFD), ("F_SETFD", F_SETFD),
        ("F_GETFL", F_GETFL), ("F_SETFL", F_SETFL), ("F_GETLK", F_GETLK), ("F_SETLK", F_SETLK), ("F_SETLKW", F_SETLKW),
        ("F_GETOWN", F_GETOWN), ("F_SETOWN", F_SETOWN), ("FD_CLOEXEC", FD_CLOEXEC),
        ("F_RDLCK", Int32(F_RDLCK)), ("F_WRLCK", Int32(F_WRLCK)), ("F_UNLCK", Int32(F_UNLCK)),
        ("LOCK_SH", LOCK_SH), ("LOCK_EX", LOCK_EX), ("LOCK_NB", LOCK_NB), ("LOCK_UN", LOCK_UN),
        // Linux ABI values of names glibc declares only with _GNU_SOURCE.
        ("F_GETLK64", F_GETLK), ("F_SETLK64", F_SETLK), ("F_SETLKW64", F_SETLKW),
        ("F_EXLCK", 4), ("F_SHLCK", 8), ("FASYNC", 0o20000),
        ("F_SETSIG", 10), ("F_GETSIG", 11), ("F_SETLEASE", 1024), ("F_GETLEASE", 1025), ("F_NOTIFY", 1026),
        ("F_SETPIPE_SZ", 1031), ("F_GETPIPE_SZ", 1032), ("F_ADD_SEALS", 1033), ("F_GET_SEALS", 1034),
        ("F_SEAL_SEAL", 1), ("F_SEAL_SHRINK", 2), ("F_SEAL_GROW", 4), ("F_SEAL_WRITE", 8),
        ("F_OFD_GETLK", 36), ("F_OFD_SETLK", 37), ("F_OFD_SETLKW", 38),
        ("DN_ACCESS", 1), ("DN_MODIFY", 2), ("DN_CREATE", 4), ("DN_DELETE", 8), ("DN_RENAME", 16), ("DN_ATTRIB", 32),
        ("LOCK_MAND", 32), ("LOCK_READ", 64), ("LOCK_WRITE", 128), ("LOCK_RW", 192),
    ]
    for (name, value) in constants { _ = PyModule_AddIntConstant(m, name, Int(value)) }
    _ = PyModule_AddIntConstant(m, "DN_MULTISHOT", 0x8000_0000)
    return m
}
