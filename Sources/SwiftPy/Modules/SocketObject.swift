// _socket.socket: a descriptor plus family/type/proto and a timeout (CPython's sock_timeout:
// <0 blocking, 0 non-blocking, >0 deadline). With a timeout the descriptor is O_NONBLOCK and every
// call first waits with poll(2). All waiting and every system call run with the GIL released;
// EINTR runs signal handlers and retries (PEP 475).
import CPython
import Glibc

nonisolated(unsafe) var socketType: PyTypeRef! = nil
nonisolated(unsafe) var socketDefaultTimeout: Double = -1

private let headerSize = MemoryLayout<PyObject>.size
private let socketBasicSize = headerSize + 5 * 8

// Fields after the header: fd, family, type, proto (Int), timeout (Double).
@inline(__always) private func field(_ o: PyObjectRef, _ k: Int) -> UnsafeMutablePointer<Int> {
    (UnsafeMutableRawPointer(o) + headerSize + k * 8).assumingMemoryBound(to: Int.self)
}
@inline(__always) func socketFD(_ o: PyObjectRef) -> Int32 { Int32(truncatingIfNeeded: field(o, 0).pointee) }
@inline(__always) private func setFD(_ o: PyObjectRef, _ fd: Int32) { field(o, 0).pointee = Int(fd) }
@inline(__always) private func family(_ o: PyObjectRef) -> Int32 { Int32(truncatingIfNeeded: field(o, 1).pointee) }
@inline(__always) private func timeoutPtr(_ o: PyObjectRef) -> UnsafeMutablePointer<Double> {
    (UnsafeMutableRawPointer(o) + headerSize + 4 * 8).assumingMemoryBound(to: Double.self)
}

private func monotonic() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
}

private func setNonBlocking(_ fd: Int32, _ on: Bool) -> Bool {
    let flags = fcntl(fd, F_GETFL)
    if flags < 0 { return false }
    let want = on ? flags | O_NONBLOCK : flags & ~O_NONBLOCK
    return want == flags || fcntl(fd, F_SETFL, want) == 0
}

/// Waits until `fd` is ready for `events` or `deadline` passes. 1 ready, 0 timed out, -1 exception set.
private func waitReady(_ fd: Int32, _ events: Int32, deadline: Double) -> Int32 {
    while true {
        let ms = Int32(max(0, min(Double(Int32.max), ((deadline - monotonic()) * 1000).rounded(.up))))
        var p = pollfd(fd: fd, events: Int16(events), revents: 0)
        let save = PyEval_SaveThread()
        let r = poll(&p, 1, ms)
        let e = errno
        PyEval_RestoreThread(save)
        if r > 0 { return 1 }
        if r == 0 { return 0 }
        if e != EINTR { errno = e; _ = PyErr_SetFromErrno(PyExc_OSError); return -1 }
        if PyErr_CheckSignals() < 0 { return -1 }
    }
}

/// Runs `op` (a system call returning -1 with errno) under the socket's timeout, GIL released.
/// Returns its result, or nil with OSError / TimeoutError("timed out") set.
func socketCall(_ s: PyObjectRef, writing: Bool, deadline given: Double? = nil, _ op: () -> Int) -> Int? {
    let timeout = timeoutPtr(s).pointee
    let deadline = given ?? (timeout > 0 ? monotonic() + timeout : 0)
    let fd = socketFD(s)
    while true {
        if timeout > 0 {
            let w = waitReady(fd, writing ? POLLOUT : POLLIN, deadline: deadline)
            if w < 0 { return nil }
            if w == 0 { setError(PyExc_TimeoutError, "timed out"); return nil }
        }
        let save = PyEval_SaveThread()
        let n = op()
        let e = errno
        PyEval_RestoreThread(save)
        if n >= 0 { return n }
        if e == EINTR { if PyErr_CheckSignals() < 0 { return nil }; continue }
        if timeout > 0 && (e == EAGAIN || e == EWOULDBLOCK) { continue }
        errno = e
        _ = PyErr_SetFromErrno(PyExc_OSError)
        return nil
    }
}

private func raiseErrno(_ e: Int32) -> PyObjectRef? { errno = e; return PyErr_SetFromErrno(PyExc_OSError) }

// MARK: - construction

private let sock_new: newfunc = { type, _, _ in
    guard let o = PyType_GenericAlloc(type!, 0) else { return nil }
    setFD(o, -1)
    timeoutPtr(o).pointee = -1
    return o
}

/// Sets the socket's timeout (<0 None) and the descriptor's blocking mode to match.
private func applyTimeout(_ o: PyObjectRef, _ t: Double) -> Bool {
    timeoutPtr(o).pointee = t
    let fd = socketFD(o)
    if fd >= 0 && !setNonBlocking(fd, t >= 0) { _ = PyErr_SetFromErrno(PyExc_OSError); return false }
    return true
}

/// Fills a new socket object around `fd` (owned).
func initSocket(_ o: PyObjectRef, fd: Int32, family fam: Int32, type: Int32, proto: Int32) -> Bool {
    setFD(o, fd)
    field(o, 1).pointee = Int(fam)
    let nonblock = type & Int32(SOCK_NONBLOCK.rawValue) != 0
    field(o, 2).pointee = Int(type & ~Int32(SOCK_NONBLOCK.rawValue | SOCK_CLOEXEC.rawValue))
    field(o, 3).pointee = Int(proto)
    return applyTimeout(o, nonblock ? 0 : socketDefaultTimeout)
}

private func optInt(_ o: PyObjectRef?, _ dflt: Int32) -> Int32? {
    guard let o, o != pyNone else { return dflt }
    let v = PyLong_AsLong(o)
    if v == -1 && PyErr_Occurred() != nil { return nil }
    return Int32(truncatingIfNeeded: v)
}

// socket(family=-1, type=-1, proto=-1, fileno=None)
private let sock_init: initproc = { s, args, kwargs in
    var vals = [PyObjectRef?](repeating: nil, count: 4)
    let n = PyTuple_GET_SIZE(args!)
    if n > 4 { setError(PyExc_TypeError, "socket() takes at most 4 arguments (\(n) given)"); return -1 }
    for i in 0..<n { vals[i] = PyTuple_GET_ITEM(args!, i) }
    if let kwargs {
        let names = ["family", "type", "proto", "fileno"]
        var pos = 0
        var key: PyObjectRef? = nil, value: PyObjectRef? = nil
        while PyDict_Next(kwargs, &pos, &key, &value) != 0 {
            let k = swiftString(key!)
            guard let i = names.firstIndex(of: k) else {
                setError(PyExc_TypeError, "socket() got an unexpected keyword argument '\(k)'"); return -1
            }
            vals[i] = value
        }
    }
    guard var fam = optInt(vals[0], -1), var type = optInt(vals[1], -1), var proto = optInt(vals[2], -1) else { return -1 }
    let o = s!
    if let f = vals[3], f != pyNone {
        let v = PyLong_AsLong(f)
        if v == -1 && PyErr_Occurred() != nil { return -1 }
        if v < 0 { setError(PyExc_ValueError, "negative file descriptor"); return -1 }
        let fd = Int32(v)
        var optval: Int32 = 0
        var len = socklen_t(4)
        if fam == -1 {
            if getsockopt(fd, SOL_SOCKET, SO_DOMAIN, &optval, &len) < 0 { _ = PyErr_SetFromErrno(PyExc_OSError); return -1 }
            fam = optval
        }
        if type == -1 {
            if getsockopt(fd, SOL_SOCKET, SO_TYPE, &optval, &len) < 0 { _ = PyErr_SetFromErrno(PyExc_OSError); return -1 }
            type = optval
        }
        if proto == -1 {
            if getsockopt(fd, SOL_SOCKET, SO_PROTOCOL, &optval, &len) < 0 { _ = PyErr_SetFromErrno(PyExc_OSError); return -1 }
            proto = optval
        }
        return initSocket(o, fd: fd, family: fam, type: type, proto: proto) ? 0 : -1
    }
    if fam == -1 { fam = AF_INET }
    if type == -1 { type = Int32(SOCK_STREAM.rawValue) }
    if proto == -1 { proto = 0 }
    let fd = Glibc.socket(fam, type | Int32(SOCK_CLOEXEC.rawValue), proto)
    if fd < 0 { _ = PyErr_SetFromErrno(PyExc_OSError); return -1 }
    return initSocket(o, fd: fd, family: fam, type: type, proto: proto) ? 0 : -1
}

private let sock_dealloc: destructor = { s in
    let fd = socketFD(s!)
    if fd >= 0 { Glibc.close(fd) }
    s!.pointee.ob_type.pointee.tp_free!(UnsafeMutableRawPointer(s!))
}

// MARK: - methods

private func addressArg(_ s: PyObjectRef, _ o: PyObjectRef, _ caller: String) -> SocketAddress? {
    parseSocketAddress(o, family: family(s), caller: caller)
}

private let sock_bind: OneArgFn = { s, a in
    guard var addr = addressArg(s!, a!, "bind") else { return nil }
    let fd = socketFD(s!)
    let r = addr.withMutableSockaddr { p, len in Glibc.bind(fd, p, len.pointee) }
    return r < 0 ? PyErr_SetFromErrno(PyExc_OSError) : pyNoneRef()
}

private let sock_listen: FastFn = { s, args, nargs in
    guard checkArgCount("listen", nargs, 0, 1) else { return nil }
    var backlog = Int32(min(SOMAXCONN, 128))
    if nargs == 1 { guard let v = optInt(arg(args, 0), 0) else { return nil }; backlog = max(v, 0) }
    let fd = socketFD(s!)
    let save = PyEval_SaveThread()
    let r = Glibc.listen(fd, backlog)
    let e = errno
    PyEval_RestoreThread(save)
    return r < 0 ? raiseErrno(e) : pyNoneRef()
}

/// connect() core: 0 on success, an errno value, or -1 with an exception set (timeout, signal).
private func connectSocket(_ s: PyObjectRef, _ addrObj: PyObjectRef, raising: Bool) -> Int32 {
    guard var addr = addressArg(s, addrObj, "connect") else { return -1 }
    let fd = socketFD(s)
    let timeout = timeoutPtr(s).pointee
    let save = PyEval_SaveThread()
    var r = addr.withMutableSockaddr { p, len in Glibc.connect(fd, p, len.pointee) }
    var e = errno
    PyEval_RestoreThread(save)
    if r == 0 { return 0 }
    let waitForIt = (e == EINTR && timeout != 0) || (e == EINPROGRESS && timeout > 0)
    if !waitForIt { return e }
    if e == EINTR && PyErr_CheckSignals() < 0 { return -1 }
    let w = waitReady(fd, POLLOUT, deadline: timeout > 0 ? monotonic() + timeout : .greatestFiniteMagnitude)
    if w < 0 { return -1 }
    if w == 0 {
        if raising { setError(PyExc_TimeoutError, "timed out"); return -1 }
        return EWOULDBLOCK
    }
    var err: Int32 = 0
    var len = socklen_t(4)
    r = getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len)
    e = r < 0 ? errno : err
    return e
}

private let sock_connect: OneArgFn = { s, a in
    let e = connectSocket(s!, a!, raising: true)
    if e < 0 { return nil }
    return e == 0 ? pyNoneRef() : raiseErrno(e)
}

private let sock_connect_ex: OneArgFn = { s, a in
    let e = connectSocket(s!, a!, raising: false)
    return e < 0 ? nil : pyInt(Int(e))
}

private let sock_accept: NoArgsFn = { s, _ in
    var addr = SocketAddress()
    let fd = socketFD(s!)
    guard let newFD = socketCall(s!, writing: false, {
        addr.withMutableSockaddr { p, len in Int(Glibc.accept(fd, p, len)) }
    }) else { return nil }
    _ = fcntl(Int32(newFD), F_SETFD, FD_CLOEXEC)
    guard let a = addr.withSockaddr({ makeSocketAddress($0, $1) }) else { Glibc.close(Int32(newFD)); return nil }
    return vmTupleSteal([pyInt(newFD), a])
}

/// The bytes of a bytes-like argument; nil with an exception set.
private func withBuffer<R>(_ o: PyObjectRef, _ body: (UnsafeRawBufferPointer) -> R?) -> R? {
    var view = Py_buffer()
    if PyObject_GetBuffer(o, &view, 0) < 0 { return nil }
    defer { PyBuffer_Release(&view) }
    return body(UnsafeRawBufferPointer(start: view.buf, count: view.len))
}

private func flagsArg(_ args: UnsafePointer<PyObjectRef?>?, _ nargs: Int, _ i: Int) -> Int32? {
    nargs > i ? optInt(arg(args, i), 0) : 0
}

private let sock_send: FastFn = { s, args, nargs in
    guard checkArgCount("send", nargs, 1, 2), let flags = flagsArg(args, nargs, 1) else { return nil }
    let fd = socketFD(s!)
    let n: Int? = withBuffer(arg(args, 0)) { b in
        socketCall(s!, writing: true) { Glibc.send(fd, b.baseAddress, b.count, flags | Int32(MSG_NOSIGNAL)) }
    }
    return n.map { pyInt($0) }
}

private let sock_sendall: FastFn = { s, args, nargs in
    guard checkArgCount("sendall", nargs, 1, 2), let flags = flagsArg(args, nargs, 1) else { return nil }
    let fd = socketFD(s!)
    let t = timeoutPtr(s!).pointee
    let deadline: Double? = t > 0 ? monotonic() + t : nil
    let ok: Bool? = withBuffer(arg(args, 0)) { b in
        var off = 0
        while off < b.count {
            guard let n = socketCall(s!, writing: true, deadline: deadline, {
                Glibc.send(fd, b.baseAddress! + off, b.count - off, flags | Int32(MSG_NOSIGNAL))
            }) else { return nil }
            off += n
            if PyErr_CheckSignals() < 0 { return nil }
        }
        return true
    }
    return ok == nil ? nil : pyNoneRef()
}

private let sock_sendto: FastFn = { s, args, nargs in
    guard checkArgCount("sendto", nargs, 2, 3) else { return nil }
    var flags: Int32 = 0
    if nargs == 3 { guard let f = optInt(arg(args, 1), 0) else { return nil }; flags = f }
    guard var addr = addressArg(s!, arg(args, nargs - 1), "sendto") else { return nil }
    let fd = socketFD(s!)
    let n: Int? = withBuffer(arg(args, 0)) { b in
        socketCall(s!, writing: true) {
            addr.withMutableSockaddr { p, len in Glibc.sendto(fd, b.baseAddress, b.count, flags | Int32(MSG_NOSIGNAL), p, len.pointee) }
        }
    }
    return n.map { pyInt($0) }
}

private func sizeArg(_ o: PyObjectRef, _ what: String) -> Int? {
    let v = PyLong_AsLong(o)
    if v == -1 && PyErr_Occurred() != nil { return nil }
    if v < 0 { setError(PyExc_ValueError, "negative buffersize in \(what)"); return nil }
    return v
}

private let sock_recv: FastFn = { s, args, nargs in
    guard checkArgCount("recv", nargs, 1, 2), let size = sizeArg(arg(args, 0), "recv"),
          let flags = flagsArg(args, nargs, 1) else { return nil }
    var buf = [UInt8](repeating: 0, count: max(size, 1))
    let fd = socketFD(s!)
    guard let n = socketCall(s!, writing: false, { buf.withUnsafeMutableBytes { Glibc.recv(fd, $0.baseAddress, size, flags) } })
    else { return nil }
    return buf.withUnsafeBytes { PyBytes_FromStringAndSize($0.baseAddress!.assumingMemoryBound(to: CChar.self), n) }
}

private let sock_recvfrom: FastFn = { s, args, nargs in
    guard checkArgCount("recvfrom", nargs, 1, 2), let size = sizeArg(arg(args, 0), "recvfrom"),
          let flags = flagsArg(args, nargs, 1) else { return nil }
    var buf = [UInt8](repeating: 0, count: max(size, 1))
    var addr = SocketAddress()
    let fd = socketFD(s!)
    guard let n = socketCall(s!, writing: false, {
        buf.withUnsafeMutableBytes { b in addr.withMutableSockaddr { p, len in Glibc.recvfrom(fd, b.baseAddress, size, flags, p, len) } }
    }) else { return nil }
    guard let data = buf.withUnsafeBytes({ PyBytes_FromStringAndSize($0.baseAddress!.assumingMemoryBound(to: CChar.self), n) })
    else { return nil }
    guard let a = addr.withSockaddr({ makeSocketAddress($0, $1) }) else { Py_DECREF(data); return nil }
    return vmTupleSteal([data, a])
}

// recv_into(buffer[, nbytes[, flags]])
private let sock_recv_into: FastKwFn = { s, args, nargs, kwnames in
    var kw = [PyObjectRef?](repeating: nil, count: 3)
    guard nargs <= 3 else { setError(PyExc_TypeError, "recv_into() takes at most 3 arguments (\(nargs) given)"); return nil }
    for i in 0..<nargs { kw[i] = arg(args, i) }
    guard matchKeywords("recv_into", args, nargs, kwnames, ["buffer", "nbytes", "flags"], &kw, positionalCount: 3) else { return nil }
    guard let target = kw[0] else { setError(PyExc_TypeError, "recv_into() missing required argument 'buffer' (pos 1)"); return nil }
    var nbytes = 0
    if let o = kw[1] { guard let v = sizeArg(o, "recv_into") else { return nil }; nbytes = v }
    guard let flags = optInt(kw[2], 0) else { return nil }
    var view = Py_buffer()
    if PyObject_GetBuffer(target, &view, PyBUF_WRITABLE) < 0 { return nil }
    defer { PyBuffer_Release(&view) }
    if nbytes == 0 { nbytes = view.len }
    if nbytes > view.len { setError(PyExc_ValueError, "buffer too small for requested bytes"); return nil }
    let fd = socketFD(s!)
    let p = view.buf
    guard let n = socketCall(s!, writing: false, { Glibc.recv(fd, p, nbytes, flags) }) else { return nil }
    return pyInt(n)
}

private let sock_close: NoArgsFn = { s, _ in
    let fd = socketFD(s!)
    if fd >= 0 {
        setFD(s!, -1)
        let save = PyEval_SaveThread()
        let r = Glibc.close(fd)
        let e = errno
        PyEval_RestoreThread(save)
        if r < 0 && e != ECONNRESET { return raiseErrno(e) }
    }
    return pyNoneRef()
}

private let sock_detach: NoArgsFn = { s, _ in
    let fd = socketFD(s!)
    setFD(s!, -1)
    return pyInt(Int(fd))
}

private let sock_fileno: NoArgsFn = { s, _ in pyInt(Int(socketFD(s!))) }

private let sock_shutdown: OneArgFn = { s, a in
    guard let how = optInt(a, 0) else { return nil }
    let fd = socketFD(s!)
    let save = PyEval_SaveThread()
    let r = Glibc.shutdown(fd, how)
    let e = errno
    PyEval_RestoreThread(save)
    return r < 0 ? raiseErrno(e) : pyNoneRef()
}

private let sock_setsockopt: FastFn = { s, args, nargs in
    guard checkArgCount("setsockopt", nargs, 3, 4) else { return nil }
    guard let level = optInt(arg(args, 0), 0), let opt = optInt(arg(args, 1), 0) else { return nil }
    let fd = socketFD(s!)
    let value = arg(args, 2)
    var r: Int32
    if nargs == 4 {
        guard value == pyNone else { setError(PyExc_TypeError, "setsockopt() with optlen requires None as the value"); return nil }
        guard let len = optInt(arg(args, 3), 0) else { return nil }
        r = setsockopt(fd, level, opt, nil, socklen_t(len))
    } else if PyLong_Check(value) != 0 {
        guard var v = optInt(value, 0) else { return nil }
        r = setsockopt(fd, level, opt, &v, 4)
    } else {
        guard let rr: Int32 = withBuffer(value, { b in setsockopt(fd, level, opt, b.baseAddress, socklen_t(b.count)) }) else { return nil }
        r = rr
    }
    return r < 0 ? PyErr_SetFromErrno(PyExc_OSError) : pyNoneRef()
}

private let sock_getsockopt: FastFn = { s, args, nargs in
    guard checkArgCount("getsockopt", nargs, 2, 3) else { return nil }
    guard let level = optInt(arg(args, 0), 0), let opt = optInt(arg(args, 1), 0) else { return nil }
    let fd = socketFD(s!)
    if nargs == 2 {
        var v: Int32 = 0
        var len = socklen_t(4)
        if getsockopt(fd, level, opt, &v, &len) < 0 { return PyErr_SetFromErrno(PyExc_OSError) }
        return pyInt(Int(v))
    }
    guard let size = optInt(arg(args, 2), 0) else { return nil }
    if size <= 0 || size > 1024 { setError(PyExc_OSError, "getsockopt buflen out of range"); return nil }
    var buf = [UInt8](repeating: 0, count: Int(size))
    var len = socklen_t(size)
    if getsockopt(fd, level, opt, &buf, &len) < 0 { return PyErr_SetFromErrno(PyExc_OSError) }
    return buf.withUnsafeBytes { PyBytes_FromStringAndSize($0.baseAddress!.assumingMemoryBound(to: CChar.self), Int(len)) }
}

private func nameOf(_ s: PyObjectRef, peer: Bool) -> PyObjectRef? {
    var addr = SocketAddress()
    let fd = socketFD(s)
    let r = addr.withMutableSockaddr { p, len in peer ? getpeername(fd, p, len) : getsockname(fd, p, len) }
    if r < 0 { return PyErr_SetFromErrno(PyExc_OSError) }
    return addr.withSockaddr { makeSocketAddress($0, $1) }
}
private let sock_getsockname: NoArgsFn = { s, _ in nameOf(s!, peer: false) }
private let sock_getpeername: NoArgsFn = { s, _ in nameOf(s!, peer: true) }

/// A timeout argument: None -> -1, else a non-negative float (CPython's socket_parse_timeout).
func parseTimeout(_ o: PyObjectRef) -> Double? {
    if o == pyNone { return -1 }
    let t = PyFloat_AsDouble(o)
    if t == -1 && PyErr_Occurred() != nil { return nil }
    if t.isNaN { setError(PyExc_ValueError, "Invalid value NaN (not a number)"); return nil }
    if t < 0 { setError(PyExc_ValueError, "Timeout value out of range"); return nil }
    return t
}

func timeoutObject(_ t: Double) -> PyObjectRef? { t < 0 ? pyNoneRef() : PyFloat_FromDouble(t) }

private let sock_settimeout: OneArgFn = { s, a in
    guard let t = parseTimeout(a!) else { return nil }
    return applyTimeout(s!, t) ? pyNoneRef() : nil
}
private let sock_gettimeout: NoArgsFn = { s, _ in timeoutObject(timeoutPtr(s!).pointee) }
private let sock_setblocking: OneArgFn = { s, a in
    let b = PyObject_IsTrue(a!)
    if b < 0 { return nil }
    return applyTimeout(s!, b != 0 ? -1 : 0) ? pyNoneRef() : nil
}
private let sock_getblocking: NoArgsFn = { s, _ in pyBool(timeoutPtr(s!).pointee != 0) }

private let sock_get_family: GetterFn = { s, _ in pyInt(field(s!, 1).pointee) }
private let sock_get_type: GetterFn = { s, _ in pyInt(field(s!, 2).pointee) }
private let sock_get_proto: GetterFn = { s, _ in pyInt(field(s!, 3).pointee) }
private let sock_get_timeout: GetterFn = { s, _ in timeoutObject(timeoutPtr(s!).pointee) }

private let sock_repr: reprfunc = { s in
    let o = s!
    return pyStr("<socket object, fd=\(socketFD(o)), family=\(field(o, 1).pointee), type=\(field(o, 2).pointee), proto=\(field(o, 3).pointee)>")
}

/// Creates _socket.socket (start-up, before PyType_Ready).
func makeSocketType() -> PyTypeRef {
    let t = calloc(1, MemoryLayout<PyTypeObject>.size)!.assumingMemoryBound(to: PyTypeObject.self)
    t.pointee.ob_base.ob_base.ob_refcnt = 1 << 30
    t.pointee.ob_base.ob_base.ob_type = SPyType_Type()
    t.pointee.tp_name = immortalCString("_socket.socket")
    t.pointee.tp_basicsize = socketBasicSize
    t.pointee.tp_flags = Py_TPFLAGS_DEFAULT | UInt(Py_TPFLAGS_BASETYPE)
    t.pointee.tp_dealloc = sock_dealloc
    t.pointee.tp_repr = sock_repr
    t.pointee.tp_new = sock_new
    t.pointee.tp_init = sock_init
    t.pointee.tp_doc = immortalCString("socket(family=AF_INET, type=SOCK_STREAM, proto=0, fileno=None) -> socket object")
    t.pointee.tp_methods = makeMethodTable([
        .oneArg("bind", sock_bind), .fast("listen", sock_listen), .oneArg("connect", sock_connect),
        .oneArg("connect_ex", sock_connect_ex), .noArgs("_accept", sock_accept), .fast("send", sock_send),
        .fast("sendall", sock_sendall), .fast("sendto", sock_sendto), .fast("recv", sock_recv),
        .fastKw("recv_into", sock_recv_into), .fast("recvfrom", sock_recvfrom), .noArgs("close", sock_close),
        .noArgs("detach", sock_detach), .noArgs("fileno", sock_fileno), .oneArg("shutdown", sock_shutdown),
        .fast("setsockopt", sock_setsockopt), .fast("getsockopt", sock_getsockopt),
        .noArgs("getsockname", sock_getsockname), .noArgs("getpeername", sock_getpeername),
        .oneArg("settimeout", sock_settimeout), .noArgs("gettimeout", sock_gettimeout),
        .oneArg("setblocking", sock_setblocking), .noArgs("getblocking", sock_getblocking),
    ])
    t.pointee.tp_getset = makeGetSetTable([
        GetSetSpec("family", get: sock_get_family, doc: "the socket family"),
        GetSetSpec("type", get: sock_get_type, doc: "the socket type"),
        GetSetSpec("proto", get: sock_get_proto, doc: "the socket protocol"),
        GetSetSpec("timeout", get: sock_get_timeout, doc: "the socket timeout"),
    ])
    return t
}
