// _select's primitives behind Lib/select.py's poll and epoll objects: one poll(2) call over a
// list of (fd, events) and epoll_create1/epoll_ctl/epoll_wait. Waits release the GIL; EINTR
// runs signal handlers and resumes with the time left (PEP 475).
import CPython
import Glibc

private func nowMilliseconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) * 1000 + Double(ts.tv_nsec) * 1e-6
}

/// Runs `wait(ms)` with the GIL released, `timeoutMs` < 0 meaning forever, until it stops
/// failing with EINTR. The result (>= 0), or nil with OSError or a handler's exception set.
private func waitRetrying(timeoutMs: Int, _ wait: (Int32) -> Int32) -> Int32? {
    let deadline = timeoutMs < 0 ? 0 : nowMilliseconds() + Double(timeoutMs)
    var ms = Int32(clamping: timeoutMs)
    while true {
        let save = PyEval_SaveThread()
        let r = wait(ms)
        let e = errno
        PyEval_RestoreThread(save)
        if r >= 0 { return r }
        if e != EINTR { errno = e; _ = PyErr_SetFromErrno(PyExc_OSError); return nil }
        if PyErr_CheckSignals() < 0 { return nil }
        if timeoutMs >= 0 { ms = Int32(clamping: Int(max(0, (deadline - nowMilliseconds()).rounded(.up)))) }
    }
}

private func pairList(_ pairs: [(Int, Int)]) -> PyObjectRef? {
    guard let list = PyList_New(0) else { return nil }
    for (a, b) in pairs {
        guard let x = PyLong_FromLong(a) else { Py_DECREF(list); return nil }
        guard let y = PyLong_FromLong(b) else { Py_DECREF(x); Py_DECREF(list); return nil }
        guard let t = vmTupleSteal([x, y]) else { Py_DECREF(list); return nil }
        let rc = PyList_Append(list, t)
        Py_DECREF(t)
        if rc < 0 { Py_DECREF(list); return nil }
    }
    return list
}

/// _poll(pairs, timeout_ms) -> [(fd, revents)] for the descriptors with events; pairs is a
/// sequence of (fd, events); timeout_ms < 0 waits forever.
private let select_poll_raw: FastFn = { _, args, nargs in
    guard checkArgCount("_poll", nargs, min: 2, max: 2), let timeout = intArg(arg(args, 1)),
          let fast = PySequence_Fast(arg(args, 0), "_poll expects a sequence") else { return nil }
    var fds: [pollfd] = []
    for i in 0..<PySequence_Size(fast) {
        guard let pair = PySequence_GetItem(fast, i) else { Py_DECREF(fast); return nil }
        defer { Py_DECREF(pair) }
        guard let a = PySequence_GetItem(pair, 0) else { Py_DECREF(fast); return nil }
        defer { Py_DECREF(a) }
        guard let b = PySequence_GetItem(pair, 1) else { Py_DECREF(fast); return nil }
        defer { Py_DECREF(b) }
        guard let fd = intArg(a), let ev = intArg(b) else { Py_DECREF(fast); return nil }
        fds.append(pollfd(fd: Int32(truncatingIfNeeded: fd), events: Int16(truncatingIfNeeded: ev), revents: 0))
    }
    Py_DECREF(fast)
    let count = fds.count
    let ready = fds.withUnsafeMutableBufferPointer { buf in
        waitRetrying(timeoutMs: timeout) { ms in poll(buf.baseAddress, nfds_t(count), ms) }
    }
    guard ready != nil else { return nil }
    return pairList(fds.filter { $0.revents != 0 }.map { (Int($0.fd), Int(UInt16(bitPattern: $0.revents))) })
}

/// epoll_create(flags) -> epoll descriptor (close-on-exec).
private let select_epoll_create: OneArgFn = { _, o in
    guard let flags = intArg(o!) else { return nil }
    let fd = epoll_create1(Int32(truncatingIfNeeded: flags) | 0o2000000)   // with EPOLL_CLOEXEC
    return fd < 0 ? PyErr_SetFromErrno(PyExc_OSError) : PyLong_FromLong(Int(fd))
}

/// epoll_ctl(epfd, op, fd, events)
private let select_epoll_ctl: FastFn = { _, args, nargs in
    guard checkArgCount("epoll_ctl", nargs, min: 4, max: 4), let epfd = intArg(arg(args, 0)), let op = intArg(arg(args, 1)),
          let fd = intArg(arg(args, 2)), let events = intArg(arg(args, 3)) else { return nil }
    let r = spy_epoll_ctl(Int32(truncatingIfNeeded: epfd), Int32(truncatingIfNeeded: op), Int32(truncatingIfNeeded: fd),
                          UInt32(truncatingIfNeeded: events))
    return r < 0 ? PyErr_SetFromErrno(PyExc_OSError) : pyNoneRef()
}

/// epoll_wait(epfd, timeout_ms, maxevents) -> [(fd, events)]
private let select_epoll_wait: FastFn = { _, args, nargs in
    guard checkArgCount("epoll_wait", nargs, min: 3, max: 3), let epfd = intArg(arg(args, 0)),
          let timeout = intArg(arg(args, 1)), let maxevents = intArg(arg(args, 2)) else { return nil }
    let n = max(1, min(maxevents, Int(Int32.max / 16)))
    var fds = [Int32](repeating: 0, count: n), masks = [UInt32](repeating: 0, count: n)
    let fd = Int32(truncatingIfNeeded: epfd)
    guard let got = waitRetrying(timeoutMs: timeout, { ms in spy_epoll_wait(fd, &fds, &masks, Int32(n), ms) }) else { return nil }
    return pairList((0..<Int(got)).map { (Int(fds[$0]), Int(masks[$0])) })
}

/// Adds poll/epoll primitives and their constants to _select.
func addSelectPollFunctions(_ m: PyObjectRef) {
    _ = PyModule_AddFunctions(m, makeMethodTable([
        .fast("_poll", select_poll_raw), .oneArg("epoll_create", select_epoll_create),
        .fast("epoll_ctl", select_epoll_ctl), .fast("epoll_wait", select_epoll_wait),
    ]))
    let constants: [(String, Int)] = [
        ("POLLRDNORM", Int(POLLRDNORM)), ("POLLRDBAND", Int(POLLRDBAND)), ("POLLWRNORM", Int(POLLWRNORM)),
        ("POLLWRBAND", Int(POLLWRBAND)), ("POLLMSG", 0x400), ("POLLRDHUP", 0x2000),
        // Linux ABI values (glibc declares them as enums Swift imports unevenly).
        ("EPOLLIN", 0x001), ("EPOLLPRI", 0x002), ("EPOLLOUT", 0x004), ("EPOLLERR", 0x008), ("EPOLLHUP", 0x010),
        ("EPOLLRDNORM", 0x040), ("EPOLLRDBAND", 0x080), ("EPOLLWRNORM", 0x100), ("EPOLLWRBAND", 0x200),
        ("EPOLLMSG", 0x400), ("EPOLLRDHUP", 0x2000), ("EPOLLEXCLUSIVE", 1 << 28), ("EPOLLONESHOT", 1 << 30),
        ("EPOLLET", 1 << 31), ("EPOLL_CLOEXEC", 0o2000000), ("EPOLL_CTL_ADD", 1), ("EPOLL_CTL_DEL", 2),
        ("EPOLL_CTL_MOD", 3), ("PIPE_BUF", 4096),
    ]
    for (name, value) in constants { _ = PyModule_AddIntConstant(m, name, value) }
}
