// The _select module (Lib/select.py adds poll/epoll objects): select() over poll(2) (no FD_SETSIZE limit). Waiting releases the GIL;
// EINTR runs signal handlers and resumes with the time left (PEP 475).
import CPython
import Glibc

/// The items of `seq` with their descriptors (nil with an exception set).
private func fdItems(_ seq: PyObjectRef) -> [(PyObjectRef, Int32)]? {
    guard let fast = PySequence_Fast(seq, "arguments 1-3 must be sequences") else { return nil }
    var out: [(PyObjectRef, Int32)] = []
    for i in 0..<PySequence_Size(fast) {
        guard let item = PySequence_GetItem(fast, i) else { Py_DECREF(fast); return nil }
        guard let fd = fdArg(item) else { Py_DECREF(item); Py_DECREF(fast); return nil }
        out.append((item, fd))   // owns item
    }
    Py_DECREF(fast)
    return out
}

private func monotonicNow() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
}

/// Polls `fds` until one is ready or `timeout` seconds pass (negative: forever). nil: exception set.
func pollDescriptors(_ fds: inout [pollfd], timeout: Double) -> Int32? {
    let deadline = timeout < 0 ? -1 : monotonicNow() + timeout
    while true {
        var ms: Int32 = -1
        if timeout >= 0 { ms = Int32(max(0, min(Double(Int32.max), ((deadline - monotonicNow()) * 1000).rounded(.up)))) }
        let count = fds.count
        let save = PyEval_SaveThread()
        let r = fds.withUnsafeMutableBufferPointer { poll($0.baseAddress, nfds_t(count), ms) }
        let e = errno
        PyEval_RestoreThread(save)
        if r >= 0 { return r }
        if e != EINTR { errno = e; _ = PyErr_SetFromErrno(PyExc_OSError); return nil }
        if PyErr_CheckSignals() < 0 { return nil }
    }
}

/// select(rlist, wlist, xlist[, timeout]) -> (ready to read, ready to write, exceptional).
private let select_select: FastFn = { _, args, nargs in
    guard checkArgCount("select", nargs, min: 3, max: 4) else { return nil }
    var timeout = -1.0
    if nargs > 3 && arg(args, 3) != pyNone {
        let t = PyFloat_AsDouble(arg(args, 3))
        if t == -1 && PyErr_Occurred() != nil {
            PyErr_Clear(); setError(PyExc_TypeError, "timeout must be a float or None"); return nil
        }
        if t < 0 { setError(PyExc_ValueError, "timeout must be non-negative"); return nil }
        timeout = t
    }
    var lists: [[(PyObjectRef, Int32)]] = []
    defer { for l in lists { for (o, _) in l { Py_DECREF(o) } } }
    for i in 0..<3 {
        guard let l = fdItems(arg(args, i)) else { return nil }
        lists.append(l)
    }
    let events: [Int16] = [Int16(POLLIN), Int16(POLLOUT), Int16(POLLPRI)]
    var fds: [pollfd] = []
    for (k, l) in lists.enumerated() {
        for (_, fd) in l { fds.append(pollfd(fd: fd, events: events[k], revents: 0)) }
    }
    guard pollDescriptors(&fds, timeout: timeout) != nil else { return nil }
    var results: [PyObjectRef] = []
    var idx = 0
    let readyMask: [Int16] = [Int16(POLLIN | POLLHUP | POLLERR), Int16(POLLOUT | POLLERR), Int16(POLLPRI)]
    for (k, l) in lists.enumerated() {
        guard let out = PyList_New(0) else { for r in results { Py_DECREF(r) }; return nil }
        for (o, _) in l {
            if fds[idx].revents & Int16(POLLNVAL) != 0 {
                Py_DECREF(out); for r in results { Py_DECREF(r) }
                errno = EBADF; return PyErr_SetFromErrno(PyExc_OSError)
            }
            if fds[idx].revents & readyMask[k] != 0 { _ = PyList_Append(out, o) }
            idx += 1
        }
        results.append(out)
    }
    return vmTupleSteal(results)
}

func makeSelectModule() -> PyObjectRef? {
    guard let m = PyModule_New("_select") else { return nil }
    _ = PyModule_AddFunctions(m, makeMethodTable([.fast("select", select_select)]))
    Py_INCREF(PyExc_OSError)
    _ = PyModule_AddObject(m, "error", PyExc_OSError)
    for (name, value) in [("POLLIN", POLLIN), ("POLLOUT", POLLOUT), ("POLLPRI", POLLPRI), ("POLLERR", POLLERR),
                          ("POLLHUP", POLLHUP), ("POLLNVAL", POLLNVAL)] {
        _ = PyModule_AddIntConstant(m, name, Int(value))
    }
    addSelectPollFunctions(m)
    return m
}
