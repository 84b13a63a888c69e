// The _multiprocessing module: POSIX named semaphores (the cross-process locks of
// Lib/multiprocessing/synchronize.py) and POSIX shared memory mapped into memoryviews.
// A semaphore handle is the sem_t address as an int; waits release the GIL and run signal
// handlers on EINTR. Mappings are never unmapped while the process lives (views may outlive
// their owner), so a memoryview over one stays valid.
import CPython
import Glibc

private func semHandle(_ o: PyObjectRef) -> UnsafeMutablePointer<sem_t>? {
    let v = PyLong_AsVoidPtr(o)
    if v == nil { if PyErr_Occurred() == nil { setError(PyExc_ValueError, "invalid semaphore handle") }; return nil }
    return v!.assumingMemoryBound(to: sem_t.self)
}

/// sem_open(name, create, value) -> handle. create: fail if the name exists (O_EXCL).
private let mp_sem_open: FastFn = { _, args, nargs in
    guard checkArgCount("sem_open", nargs, min: 3, max: 3), isStr(arg(args, 0)) else {
        if PyErr_Occurred() == nil { setError(PyExc_TypeError, "sem_open: name must be str") }
        return nil
    }
    let name = swiftString(arg(args, 0))
    let create = PyObject_IsTrue(arg(args, 1))
    if create < 0 { return nil }
    guard let value = intArg(arg(args, 2)) else { return nil }
    let flags: Int32 = create != 0 ? O_CREAT | O_EXCL : 0
    guard let sem = spy_sem_open(name, flags, 0o600, UInt32(truncatingIfNeeded: value)), sem != SEM_FAILED else {
        return PyErr_SetFromErrnoWithFilenameObject(PyExc_OSError, arg(args, 0))
    }
    return PyLong_FromVoidPtr(sem)
}

private func deadlineTimespec(_ timeout: Double) -> timespec {
    var ts = timespec()
    clock_gettime(CLOCK_REALTIME, &ts)
    let whole = Int(timeout)
    let ns = ts.tv_nsec + Int((timeout - Double(whole)) * 1e9)
    ts.tv_sec += whole + ns / 1_000_000_000
    ts.tv_nsec = ns % 1_000_000_000
    return ts
}

/// sem_wait(handle, timeout) -> bool. timeout None: block; 0: try once.
private let mp_sem_wait: FastFn = { _, args, nargs in
    guard checkArgCount("sem_wait", nargs, min: 2, max: 2), let sem = semHandle(arg(args, 0)) else { return nil }
    var timeout = -1.0
    if arg(args, 1) != pyNone {
        timeout = PyFloat_AsDouble(arg(args, 1))
        if timeout == -1 && PyErr_Occurred() != nil { return nil }
        if timeout < 0 { timeout = 0 }
    }
    if sem_trywait(sem) == 0 { return pyBool(true) }
    if errno != EAGAIN && errno != EINTR { return PyErr_SetFromErrno(PyExc_OSError) }
    if timeout == 0 { return pyBool(false) }
    let deadline = deadlineTimespec(timeout)
    while true {
        var ts = deadline
        let save = PyEval_SaveThread()
        let r = timeout < 0 ? sem_wait(sem) : sem_timedwait(sem, &ts)
        let e = errno
        PyEval_RestoreThread(save)
        if r == 0 { return pyBool(true) }
        if e == ETIMEDOUT { return pyBool(false) }
        if e != EINTR { errno = e; return PyErr_SetFromErrno(PyExc_OSError) }
        if PyErr_CheckSignals() < 0 { return nil }
    }
}

private let mp_sem_post: OneArgFn = { _, o in
    guard let sem = semHandle(o!) else { return nil }
    return sem_post(sem) < 0 ? PyErr_SetFromErrno(PyExc_OSError) : pyNoneRef()
}

private let mp_sem_getvalue: OneArgFn = { _, o in
    guard let sem = semHandle(o!) else { return nil }
    var v: Int32 = 0
    if sem_getvalue(sem, &v) < 0 { return PyErr_SetFromErrno(PyExc_OSError) }
    return PyLong_FromLong(Int(max(v, 0)))
}

private let mp_sem_close: OneArgFn = { _, o in
    guard let sem = semHandle(o!) else { return nil }
    return sem_close(sem) < 0 ? PyErr_SetFromErrno(PyExc_OSError) : pyNoneRef()
}

private let mp_sem_unlink: OneArgFn = { _, o in
    guard isStr(o!) else { setError(PyExc_TypeError, "sem_unlink: name must be str"); return nil }
    return sem_unlink(swiftString(o!)) < 0 ? PyErr_SetFromErrnoWithFilenameObject(PyExc_OSError, o) : pyNoneRef()
}

/// shm_open(name, flags, mode) -> fd (close-on-exec).
private let mp_shm_open: FastFn = { _, args, nargs in
    guard checkArgCount("shm_open", nargs, min: 3, max: 3), isStr(arg(args, 0)),
          let flags = intArg(arg(args, 1)), let mode = intArg(arg(args, 2)) else {
        if PyErr_Occurred() == nil { setError(PyExc_TypeError, "shm_open: name must be str") }
        return nil
    }
    let fd = shm_open(swiftString(arg(args, 0)), Int32(truncatingIfNeeded: flags) | O_CLOEXEC, mode_t(truncatingIfNeeded: mode))
    return fd < 0 ? PyErr_SetFromErrnoWithFilenameObject(PyExc_OSError, arg(args, 0)) : PyLong_FromLong(Int(fd))
}

private let mp_shm_unlink: OneArgFn = { _, o in
    guard isStr(o!) else { setError(PyExc_TypeError, "shm_unlink: name must be str"); return nil }
    return shm_unlink(swiftString(o!)) < 0 ? PyErr_SetFromErrnoWithFilenameObject(PyExc_OSError, o) : pyNoneRef()
}

/// map_shared(fd, size) -> address of `size` bytes mapped MAP_SHARED from fd (never unmapped).
private let mp_map_shared: FastFn = { _, args, nargs in
    guard checkArgCount("map_shared", nargs, min: 2, max: 2), let fd = fdArg(arg(args, 0)), let size = intArg(arg(args, 1)) else { return nil }
    if size <= 0 { setError(PyExc_ValueError, "cannot map an empty region"); return nil }
    guard let p = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0), p != MAP_FAILED else {
        return PyErr_SetFromErrno(PyExc_OSError)
    }
    return PyLong_FromVoidPtr(p)
}

/// view(address, size) -> writable memoryview over mapped memory.
private let mp_view: FastFn = { _, args, nargs in
    guard checkArgCount("view", nargs, min: 2, max: 2), let size = intArg(arg(args, 1)),
          let p = PyLong_AsVoidPtr(arg(args, 0)) else { return nil }
    return PyMemoryView_FromMemory(p.assumingMemoryBound(to: CChar.self), size, 0x200 /* PyBUF_WRITE */)
}

/// mem_read(address, offset, n) -> bytes copied from mapped memory.
private let mp_mem_read: FastFn = { _, args, nargs in
    guard checkArgCount("mem_read", nargs, min: 3, max: 3), let off = intArg(arg(args, 1)), let n = intArg(arg(args, 2)),
          let p = PyLong_AsVoidPtr(arg(args, 0)) else { return nil }
    return PyBytes_FromStringAndSize((p + off).assumingMemoryBound(to: CChar.self), n)
}

/// mem_write(address, offset, data): copies a bytes-like object into mapped memory.
private let mp_mem_write: FastFn = { _, args, nargs in
    guard checkArgCount("mem_write", nargs, min: 3, max: 3), let off = intArg(arg(args, 1)),
          let p = PyLong_AsVoidPtr(arg(args, 0)) else { return nil }
    var view = Py_buffer()
    if PyObject_GetBuffer(arg(args, 2), &view, PyBUF_SIMPLE) < 0 { return nil }
    defer { PyBuffer_Release(&view) }
    if view.len > 0 { memcpy(p + off, view.buf, view.len) }
    return pyNoneRef()
}

/// fstat_size(fd) -> size in bytes of the open file.
private let mp_fstat_size: OneArgFn = { _, o in
    guard let fd = fdArg(o!) else { return nil }
    var st = stat()
    return fstat(fd, &st) < 0 ? PyErr_SetFromErrno(PyExc_OSError) : PyLong_FromLong(Int(st.st_size))
}

/// watch_parent(fd): a plain OS thread (no Python thread state, no Python objects) reads `fd`
/// until end of file or an error — the parent's end of the task pipe closed — and then ends this
/// process with _exit(255). Being outside Python it never holds the GIL nor keeps objects alive.
private let mp_watch_parent: OneArgFn = { _, o in
    guard let fd = fdArg(o!) else { return nil }
    var tid = pthread_t()
    var attr = pthread_attr_t()
    pthread_attr_init(&attr)
    pthread_attr_setdetachstate(&attr, Int32(PTHREAD_CREATE_DETACHED))
    pthread_attr_setstacksize(&attr, 64 * 1024)
    let arg = UnsafeMutableRawPointer(bitPattern: Int(fd) + 1)
    let rc = pthread_create(&tid, &attr, { p in
        let fd = Int32(Int(bitPattern: p) - 1)
        var buf = [UInt8](repeating: 0, count: 256)
        while true {
            let n = buf.withUnsafeMutableBytes { read(fd, $0.baseAddress, 256) }
            if n > 0 { continue }
            if n < 0 && errno == EINTR { continue }
            _exit(255)
        }
    }, arg)
    pthread_attr_destroy(&attr)
    if rc != 0 { errno = rc; return PyErr_SetFromErrno(PyExc_OSError) }
    return pyNoneRef()
}

func makeMultiprocessingModule() -> PyObjectRef? {
    guard let m = PyModule_New("_multiprocessing") else { return nil }
    _ = PyModule_AddFunctions(m, makeMethodTable([
        .fast("sem_open", mp_sem_open), .fast("sem_wait", mp_sem_wait), .oneArg("sem_post", mp_sem_post),
        .oneArg("sem_getvalue", mp_sem_getvalue), .oneArg("sem_close", mp_sem_close),
        .oneArg("sem_unlink", mp_sem_unlink), .fast("shm_open", mp_shm_open), .oneArg("shm_unlink", mp_shm_unlink),
        .fast("map_shared", mp_map_shared), .fast("view", mp_view),
        .fast("mem_read", mp_mem_read), .fast("mem_write", mp_mem_write), .oneArg("fstat_size", mp_fstat_size),
        .oneArg("watch_parent", mp_watch_parent),
    ]))
    _ = PyModule_AddIntConstant(m, "SEM_VALUE_MAX", Int(Int32.max))
    return m
}
