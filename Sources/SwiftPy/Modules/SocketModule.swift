// The _socket module: the socket type (SocketObject.swift), name resolution (getaddrinfo,
// gethostbyname, ...; GIL released), byte-order and inet_* helpers, default timeout, socketpair,
// exceptions and constants. Lib/socket.py builds the public module on it.
import CPython
import Glibc

private func newSocket(fd: Int32, family: Int32, type: Int32, proto: Int32) -> PyObjectRef? {
    guard let o = PyType_GenericAlloc(socketType, 0) else { Glibc.close(fd); return nil }
    if !initSocket(o, fd: fd, family: family, type: type, proto: proto) { Py_DECREF(o); return nil }
    return o
}

private func intArgOr(_ args: UnsafePointer<PyObjectRef?>?, _ nargs: Int, _ i: Int, _ dflt: Int32) -> Int32? {
    if nargs <= i || arg(args, i) == pyNone { return dflt }
    let v = PyLong_AsLong(arg(args, i))
    if v == -1 && PyErr_Occurred() != nil { return nil }
    return Int32(truncatingIfNeeded: v)
}

// socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0)
private let mod_socketpair: FastFn = { _, args, nargs in
    guard checkArgCount("socketpair", nargs, 0, 3) else { return nil }
    guard let fam = intArgOr(args, nargs, 0, AF_UNIX), let type = intArgOr(args, nargs, 1, Int32(SOCK_STREAM.rawValue)),
          let proto = intArgOr(args, nargs, 2, 0) else { return nil }
    var fds: [Int32] = [0, 0]
    if Glibc.socketpair(fam, type | Int32(SOCK_CLOEXEC.rawValue), proto, &fds) < 0 { return PyErr_SetFromErrno(PyExc_OSError) }
    guard let a = newSocket(fd: fds[0], family: fam, type: type, proto: proto) else { Glibc.close(fds[1]); return nil }
    guard let b = newSocket(fd: fds[1], family: fam, type: type, proto: proto) else { Py_DECREF(a); return nil }
    return vmTupleSteal([a, b])
}

private let mod_gethostname: NoArgsFn = { _, _ in
    var buf = [CChar](repeating: 0, count: 1025)
    if gethostname(&buf, 1024) < 0 { return PyErr_SetFromErrno(PyExc_OSError) }
    return pyStr(cString(buf))
}

/// getaddrinfo(host, port, family=0, type=0, proto=0, flags=0)
private let mod_getaddrinfo: FastKwFn = { _, args, nargs, kwnames in
    var kw = [PyObjectRef?](repeating: nil, count: 6)
    if nargs > 6 { setError(PyExc_TypeError, "getaddrinfo() takes at most 6 arguments (\(nargs) given)"); return nil }
    for i in 0..<nargs { kw[i] = arg(args, i) }
    guard matchKeywords("getaddrinfo", args, nargs, kwnames, ["host", "port", "family", "type", "proto", "flags"], &kw, positionalCount: 6)
    else { return nil }
    guard let hostObj = kw[0], let portObj = kw[1] else {
        setError(PyExc_TypeError, "getaddrinfo() missing required argument 'port' (pos 2)"); return nil
    }
    var host: [CChar]? = nil
    if hostObj != pyNone { guard let h = hostBytes(hostObj, "getaddrinfo() argument 1") else { return nil }; host = h }
    var port: [CChar]? = nil
    if PyLong_Check(portObj) != 0 {
        let v = PyLong_AsLong(portObj)
        if v == -1 && PyErr_Occurred() != nil { return nil }
        port = Array(String(v).utf8CString)
    } else if PyUnicode_Check(portObj) != 0 {
        port = Array(swiftString(portObj).utf8CString)
    } else if PyBytes_Check(portObj) != 0 {
        port = Array(String(cString: PyBytes_AsString(portObj)!).utf8CString)
    } else if portObj != pyNone {
        setError(PyExc_OSError, "Int or String expected"); return nil
    }
    var hints = addrinfo()
    var vals: [Int32] = [0, 0, 0, 0]
    for i in 0..<4 {
        guard let o = kw[i + 2] else { continue }
        let v = PyLong_AsLong(o)
        if v == -1 && PyErr_Occurred() != nil { return nil }
        vals[i] = Int32(truncatingIfNeeded: v)
    }
    hints.ai_family = vals[0]; hints.ai_socktype = vals[1]; hints.ai_protocol = vals[2]; hints.ai_flags = vals[3]
    var res: UnsafeMutablePointer<addrinfo>? = nil
    let save = PyEval_SaveThread()
    let rc: Int32 = host.withOptionalCString { h in port.withOptionalCString { p in getaddrinfo(h, p, &hints, &res) } }
    PyEval_RestoreThread(save)
    if rc != 0 { return raiseGaiError(rc) }
    defer { freeaddrinfo(res) }
    guard let list = PyList_New(0) else { return nil }
    var cur = res
    while let ai = cur {
        let a = ai.pointee
        guard let addr = makeSocketAddress(a.ai_addr, a.ai_addrlen) else { Py_DECREF(list); return nil }
        let canon = a.ai_canonname.map { String(cString: $0) } ?? ""
        guard let item = vmTupleSteal([pyInt(Int(a.ai_family)), pyInt(Int(a.ai_socktype)), pyInt(Int(a.ai_protocol)),
                                       pyStr(canon)!, addr]) else { Py_DECREF(list); return nil }
        _ = PyList_Append(list, item); Py_DECREF(item)
        cur = a.ai_next
    }
    return list
}

extension Optional where Wrapped == [CChar] {
    func withOptionalCString<R>(_ body: (UnsafePointer<CChar>?) -> R) -> R {
        switch self {
        case .none: return body(nil)
        case .some(let a): return a.withUnsafeBufferPointer { body($0.baseAddress) }
        }
    }
}

private let mod_gethostbyname: OneArgFn = { _, o in
    guard let host = hostBytes(o!, "gethostbyname() argument 1") else { return nil }
    var addr = SocketAddress()
    guard resolveHost(host, family: AF_INET, into: &addr) else { return nil }
    return addr.withSockaddr { p, _ in pyStr(numericHost(p)) }
}

/// gethostbyaddr(ip_or_name) -> (hostname, aliaslist, ipaddrlist)
private let mod_gethostbyaddr: OneArgFn = { _, o in
    guard let host = hostBytes(o!, "gethostbyaddr() argument 1") else { return nil }
    var addr = SocketAddress()
    guard resolveHost(host, family: AF_UNSPEC, into: &addr) else { return nil }
    var name = [CChar](repeating: 0, count: 1025)
    let save = PyEval_SaveThread()
    let rc = addr.withSockaddr { p, len in getnameinfo(p, len, &name, 1025, nil, 0, NI_NAMEREQD) }
    PyEval_RestoreThread(save)
    if rc != 0 {
        guard let v = vmTupleSteal([pyInt(1), pyStr("Unknown host")!]) else { return nil }
        PyErr_SetObject(socketHError, v); Py_DECREF(v); return nil
    }
    let ip = addr.withSockaddr { p, _ in numericHost(p) }
    guard let aliases = PyList_New(0), let ips = PyList_New(0), let ipStr = pyStr(ip) else { return nil }
    _ = PyList_Append(ips, ipStr); Py_DECREF(ipStr)
    return vmTupleSteal([pyStr(cString(name))!, aliases, ips])
}

/// getnameinfo(sockaddr, flags) -> (host, port)
private let mod_getnameinfo: FastFn = { _, args, nargs in
    guard checkArgCount("getnameinfo", nargs, 2, 2) else { return nil }
    let sa = arg(args, 0)
    if PyTuple_Check(sa) == 0 { setError(PyExc_TypeError, "getnameinfo() argument 1 must be a tuple"); return nil }
    guard let flags = intArgOr(args, nargs, 1, 0) else { return nil }
    let fam: Int32 = PyTuple_GET_SIZE(sa) > 2 ? AF_INET6 : AF_INET
    guard let addr = parseSocketAddress(sa, family: fam, caller: "getnameinfo") else { return nil }
    var host = [CChar](repeating: 0, count: 1025)
    var serv = [CChar](repeating: 0, count: 32)
    let save = PyEval_SaveThread()
    let rc = addr.withSockaddr { p, len in getnameinfo(p, len, &host, 1025, &serv, 32, flags) }
    PyEval_RestoreThread(save)
    if rc != 0 { return raiseGaiError(rc) }
    return vmTupleSteal([pyStr(cString(host))!, pyStr(cString(serv))!])
}

private func uintArg(_ o: PyObjectRef, max: UInt64, _ what: String) -> UInt64? {
    let v = PyLong_AsLong(o)
    if v == -1 && PyErr_Occurred() != nil { return nil }
    if v < 0 { setError(PyExc_OverflowError, "\(what): can't convert negative Python int to C \(max == 0xffff ? "16-bit unsigned integer" : "unsigned long")"); return nil }
    if UInt64(v) > max { setError(PyExc_OverflowError, "\(what): Python int too large to convert to C \(max == 0xffff ? "16-bit unsigned integer" : "unsigned long")"); return nil }
    return UInt64(v)
}
private let mod_htons: OneArgFn = { _, o in uintArg(o!, max: 0xffff, "htons").map { pyInt(Int(UInt16($0).bigEndian)) } }
private let mod_ntohs: OneArgFn = { _, o in uintArg(o!, max: 0xffff, "ntohs").map { pyInt(Int(UInt16(bigEndian: UInt16($0)))) } }
private let mod_htonl: OneArgFn = { _, o in uintArg(o!, max: 0xffff_ffff, "htonl").map { pyInt(Int(UInt32($0).bigEndian)) } }
private let mod_ntohl: OneArgFn = { _, o in uintArg(o!, max: 0xffff_ffff, "ntohl").map { pyInt(Int(UInt32(bigEndian: UInt32($0)))) } }

private let mod_inet_aton: OneArgFn = { _, o in
    guard PyUnicode_Check(o!) != 0 else { setError(PyExc_TypeError, "inet_aton() argument 1 must be str, not \(typeName(of: o!))"); return nil }
    var a = in_addr()
    if inet_aton(swiftString(o!), &a) == 0 { setError(PyExc_OSError, "illegal IP address string passed to inet_aton"); return nil }
    return withUnsafeBytes(of: &a) { PyBytes_FromStringAndSize($0.baseAddress!.assumingMemoryBound(to: CChar.self), 4) }
}

private func packedBytes(_ o: PyObjectRef) -> [UInt8]? {
    var view = Py_buffer()
    if PyObject_GetBuffer(o, &view, 0) < 0 { return nil }
    defer { PyBuffer_Release(&view) }
    return Array(UnsafeRawBufferPointer(start: view.buf, count: view.len))
}

private let mod_inet_ntoa: OneArgFn = { _, o in
    guard let b = packedBytes(o!) else { return nil }
    if b.count != 4 { setError(PyExc_OSError, "packed IP wrong length for inet_ntoa"); return nil }
    return pyStr(b.map { String($0) }.joined(separator: "."))
}

private let mod_inet_pton: FastFn = { _, args, nargs in
    guard checkArgCount("inet_pton", nargs, 2, 2), let fam = intArgOr(args, nargs, 0, 0) else { return nil }
    guard PyUnicode_Check(arg(args, 1)) != 0 else { setError(PyExc_TypeError, "inet_pton() argument 2 must be str, not \(typeName(of: arg(args, 1)))"); return nil }
    var buf = [UInt8](repeating: 0, count: 16)
    let r = inet_pton(fam, swiftString(arg(args, 1)), &buf)
    if r < 0 { return PyErr_SetFromErrno(PyExc_OSError) }
    if r == 0 { setError(PyExc_OSError, "illegal IP address string passed to inet_pton"); return nil }
    let n = fam == AF_INET ? 4 : 16
    return buf.withUnsafeBytes { PyBytes_FromStringAndSize($0.baseAddress!.assumingMemoryBound(to: CChar.self), n) }
}

private let mod_inet_ntop: FastFn = { _, args, nargs in
    guard checkArgCount("inet_ntop", nargs, 2, 2), let fam = intArgOr(args, nargs, 0, 0) else { return nil }
    guard var b = packedBytes(arg(args, 1)) else { return nil }
    if fam == AF_INET && b.count != 4 || fam == AF_INET6 && b.count != 16 {
        setError(PyExc_ValueError, "invalid length of packed IP address string"); return nil
    }
    if fam != AF_INET && fam != AF_INET6 { setError(PyExc_ValueError, "unknown address family \(fam)"); return nil }
    var out = [CChar](repeating: 0, count: 64)
    if inet_ntop(fam, &b, &out, 64) == nil { return PyErr_SetFromErrno(PyExc_OSError) }
    return pyStr(cString(out))
}

private let mod_getdefaulttimeout: NoArgsFn = { _, _ in timeoutObject(socketDefaultTimeout) }
private let mod_setdefaulttimeout: OneArgFn = { _, o in
    guard let t = parseTimeout(o!) else { return nil }
    socketDefaultTimeout = t
    return pyNoneRef()
}

private func socketConstants() -> [(String, Int)] {
    var c: [(String, Int)] = []
    func add<T: BinaryInteger>(_ name: String, _ v: T) { c.append((name, Int(v))) }
    add("AF_UNSPEC", AF_UNSPEC)
    add("AF_INET", AF_INET)
    add("AF_INET6", AF_INET6)
    add("AF_UNIX", AF_UNIX)
    add("SOCK_STREAM", SOCK_STREAM.rawValue)
    add("SOCK_DGRAM", SOCK_DGRAM.rawValue)
    add("SOCK_RAW", SOCK_RAW.rawValue)
    add("SOCK_SEQPACKET", SOCK_SEQPACKET.rawValue)
    add("SOCK_RDM", SOCK_RDM.rawValue)
    add("SOCK_NONBLOCK", SOCK_NONBLOCK.rawValue)
    add("SOCK_CLOEXEC", SOCK_CLOEXEC.rawValue)
    add("SOL_SOCKET", SOL_SOCKET)
    add("SO_REUSEADDR", SO_REUSEADDR)
    add("SO_REUSEPORT", SO_REUSEPORT)
    add("SO_KEEPALIVE", SO_KEEPALIVE)
    add("SO_BROADCAST", SO_BROADCAST)
    add("SO_LINGER", SO_LINGER)
    add("SO_SNDBUF", SO_SNDBUF)
    add("SO_RCVBUF", SO_RCVBUF)
    add("SO_ERROR", SO_ERROR)
    add("SO_TYPE", SO_TYPE)
    add("SO_RCVTIMEO", SO_RCVTIMEO)
    add("SO_SNDTIMEO", SO_SNDTIMEO)
    add("SO_ACCEPTCONN", SO_ACCEPTCONN)
    add("SO_DOMAIN", SO_DOMAIN)
    add("SO_PROTOCOL", SO_PROTOCOL)
    add("SO_OOBINLINE", SO_OOBINLINE)
    add("SOMAXCONN", SOMAXCONN)
    add("MSG_PEEK", MSG_PEEK)
    add("MSG_OOB", MSG_OOB)
    add("MSG_WAITALL", MSG_WAITALL)
    add("MSG_DONTWAIT", MSG_DONTWAIT)
    add("MSG_NOSIGNAL", MSG_NOSIGNAL)
    add("MSG_TRUNC", MSG_TRUNC)
    add("MSG_DONTROUTE", MSG_DONTROUTE)
    add("SHUT_RD", SHUT_RD)
    add("SHUT_WR", SHUT_WR)
    add("SHUT_RDWR", SHUT_RDWR)
    add("IPPROTO_IP", IPPROTO_IP)
    add("IPPROTO_TCP", IPPROTO_TCP)
    add("IPPROTO_UDP", IPPROTO_UDP)
    add("IPPROTO_IPV6", IPPROTO_IPV6)
    add("IPPROTO_ICMP", IPPROTO_ICMP)
    add("IPPROTO_RAW", IPPROTO_RAW)
    add("TCP_NODELAY", TCP_NODELAY)
    add("TCP_KEEPIDLE", TCP_KEEPIDLE)
    add("TCP_KEEPINTVL", TCP_KEEPINTVL)
    add("TCP_KEEPCNT", TCP_KEEPCNT)
    add("TCP_MAXSEG", TCP_MAXSEG)
    add("IPV6_V6ONLY", IPV6_V6ONLY)
    add("IP_TTL", IP_TTL)
    add("IP_MULTICAST_TTL", IP_MULTICAST_TTL)
    add("IP_MULTICAST_LOOP", IP_MULTICAST_LOOP)
    add("IP_ADD_MEMBERSHIP", IP_ADD_MEMBERSHIP)
    add("INADDR_ANY", 0)
    add("INADDR_BROADCAST", 0xffff_ffff)
    add("INADDR_LOOPBACK", 0x7f00_0001)
    add("INADDR_NONE", 0xffff_ffff)
    add("AI_PASSIVE", AI_PASSIVE)
    add("AI_CANONNAME", AI_CANONNAME)
    add("AI_NUMERICHOST", AI_NUMERICHOST)
    add("AI_NUMERICSERV", AI_NUMERICSERV)
    add("AI_V4MAPPED", AI_V4MAPPED)
    add("AI_ALL", AI_ALL)
    add("AI_ADDRCONFIG", AI_ADDRCONFIG)
    add("NI_NUMERICHOST", NI_NUMERICHOST)
    add("NI_NUMERICSERV", NI_NUMERICSERV)
    add("NI_NAMEREQD", NI_NAMEREQD)
    add("NI_NOFQDN", NI_NOFQDN)
    add("NI_DGRAM", NI_DGRAM)
    add("NI_MAXHOST", 1025)
    add("NI_MAXSERV", 32)
    add("EAI_AGAIN", EAI_AGAIN)
    add("EAI_BADFLAGS", EAI_BADFLAGS)
    add("EAI_FAIL", EAI_FAIL)
    add("EAI_FAMILY", EAI_FAMILY)
    add("EAI_MEMORY", EAI_MEMORY)
    add("EAI_NONAME", EAI_NONAME)
    add("EAI_SERVICE", EAI_SERVICE)
    add("EAI_SOCKTYPE", EAI_SOCKTYPE)
    add("EAI_SYSTEM", EAI_SYSTEM)
    add("EAI_OVERFLOW", EAI_OVERFLOW)
    return c
}

func makeSocketModule() -> PyObjectRef? {
    if socketType == nil {
        let t = makeSocketType()
        if PyType_Ready(t) < 0 { return nil }
        socketType = t
        socketGaiError = PyErr_NewException("socket.gaierror", PyExc_OSError, nil)
        socketHError = PyErr_NewException("socket.herror", PyExc_OSError, nil)
    }
    guard let m = PyModule_New("_socket") else { return nil }
    _ = PyModule_AddFunctions(m, makeMethodTable([
        .fast("socketpair", mod_socketpair), .noArgs("gethostname", mod_gethostname),
        .fastKw("getaddrinfo", mod_getaddrinfo), .oneArg("gethostbyname", mod_gethostbyname),
        .oneArg("gethostbyaddr", mod_gethostbyaddr), .fast("getnameinfo", mod_getnameinfo),
        .oneArg("htons", mod_htons), .oneArg("ntohs", mod_ntohs), .oneArg("htonl", mod_htonl), .oneArg("ntohl", mod_ntohl),
        .oneArg("inet_aton", mod_inet_aton), .oneArg("inet_ntoa", mod_inet_ntoa),
        .fast("inet_pton", mod_inet_pton), .fast("inet_ntop", mod_inet_ntop),
        .noArgs("getdefaulttimeout", mod_getdefaulttimeout), .oneArg("setdefaulttimeout", mod_setdefaulttimeout),
    ]))
    let typeObj = UnsafeMutableRawPointer(socketType!).assumingMemoryBound(to: PyObject.self)
    _ = PyModule_AddObjectRef(m, "socket", typeObj)
    _ = PyModule_AddObjectRef(m, "SocketType", typeObj)
    _ = PyModule_AddObjectRef(m, "error", PyExc_OSError)
    _ = PyModule_AddObjectRef(m, "timeout", PyExc_TimeoutError)
    _ = PyModule_AddObjectRef(m, "gaierror", socketGaiError)
    _ = PyModule_AddObjectRef(m, "herror", socketHError)
    _ = PyModule_AddObjectRef(m, "has_ipv6", pyTrue)
    for (name, value) in socketConstants() { _ = PyModule_AddIntConstant(m, name, value) }
    return m
}
