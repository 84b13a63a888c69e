// _socket addresses: Python address objects <-> sockaddr (AF_INET (host, port), AF_INET6
// (host, port[, flowinfo[, scope_id]]), AF_UNIX path str/bytes), host-name resolution with the GIL
// released, and socket.gaierror.
import CPython
import Glibc

/// A socket address in C form.
struct SocketAddress {
    var storage = sockaddr_storage()
    var length: socklen_t = socklen_t(MemoryLayout<sockaddr_storage>.size)

    func withSockaddr<R>(_ body: (UnsafePointer<sockaddr>, socklen_t) -> R) -> R {
        withUnsafePointer(to: storage) { p in p.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, length) } }
    }
    mutating func withMutableSockaddr<R>(_ body: (UnsafeMutablePointer<sockaddr>, UnsafeMutablePointer<socklen_t>) -> R) -> R {
        var len = length
        let r = withUnsafeMutablePointer(to: &storage) { p in
            p.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, &len) }
        }
        length = len
        return r
    }
}

nonisolated(unsafe) var socketGaiError: PyObjectRef? = nil
nonisolated(unsafe) var socketHError: PyObjectRef? = nil

/// Raises socket.gaierror(code, gai_strerror(code)) (EAI_SYSTEM: the errno error). Returns nil.
func raiseGaiError(_ code: Int32) -> PyObjectRef? {
    if code == EAI_SYSTEM { return PyErr_SetFromErrno(PyExc_OSError) }
    let msg = String(cString: gai_strerror(code))
    guard let v = vmTupleSteal([pyInt(Int(code)), pyStr(msg)!]) else { return nil }
    PyErr_SetObject(socketGaiError, v)
    Py_DECREF(v)
    return nil
}

/// The bytes of a host argument (str: encoded as IDNA/ASCII; bytes as is); nil with an exception set.
func hostBytes(_ o: PyObjectRef, _ what: String) -> [CChar]? {
    if PyUnicode_Check(o) != 0 {
        let s = swiftString(o)
        if s.utf8.contains(where: { $0 >= 128 }) {
            setError(PyExc_UnicodeError, "encoding with 'idna' codec failed"); return nil
        }
        return Array(s.utf8CString)
    }
    if PyBytes_Check(o) != 0 || PyByteArray_Check(o) != 0 {
        var view = Py_buffer()
        if PyObject_GetBuffer(o, &view, 0) < 0 { return nil }
        defer { PyBuffer_Release(&view) }
        let p = view.buf!.assumingMemoryBound(to: CChar.self)
        return Array(UnsafeBufferPointer(start: p, count: view.len)) + [0]
    }
    setError(PyExc_TypeError, "\(what) must be str, bytes or bytearray, not \(typeName(of: o))")
    return nil
}

/// Resolves `name` for `family` into `addr` (port left 0), as CPython's setipaddr. false: exception set.
func resolveHost(_ name: [CChar], family: Int32, into addr: inout SocketAddress) -> Bool {
    let s = cString(name)
    if s.isEmpty || s == "<broadcast>" {
        if family == AF_INET6 && s.isEmpty {
            var a = sockaddr_in6(); a.sin6_family = sa_family_t(AF_INET6); a.sin6_addr = in6addr_any
            withUnsafeMutablePointer(to: &addr.storage) { $0.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { $0.pointee = a } }
            addr.length = socklen_t(MemoryLayout<sockaddr_in6>.size)
            return true
        }
        if family != AF_INET && family != AF_UNSPEC {
            setError(PyExc_OSError, "address family mismatched"); return false
        }
        var a = sockaddr_in(); a.sin_family = sa_family_t(AF_INET)
        a.sin_addr.s_addr = s.isEmpty ? INADDR_ANY.bigEndian : INADDR_BROADCAST.bigEndian
        withUnsafeMutablePointer(to: &addr.storage) { $0.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { $0.pointee = a } }
        addr.length = socklen_t(MemoryLayout<sockaddr_in>.size)
        return true
    }
    var hints = addrinfo()
    hints.ai_family = family
    var res: UnsafeMutablePointer<addrinfo>? = nil
    let save = PyEval_SaveThread()
    let rc = getaddrinfo(name, nil, &hints, &res)
    PyEval_RestoreThread(save)
    if rc != 0 { _ = raiseGaiError(rc); return false }
    defer { freeaddrinfo(res) }
    let ai = res!.pointee
    withUnsafeMutablePointer(to: &addr.storage) {
        UnsafeMutableRawPointer($0).copyMemory(from: ai.ai_addr, byteCount: Int(ai.ai_addrlen))
    }
    addr.length = ai.ai_addrlen
    return true
}

/// A port number from `o` (0-65535, else OverflowError "<caller>(): port must be 0-65535.").
private func portArg(_ o: PyObjectRef, _ caller: String) -> UInt16? {
    if PyLong_Check(o) == 0 {
        setError(PyExc_TypeError, "'\(typeName(of: o))' object cannot be interpreted as an integer"); return nil
    }
    let v = PyLong_AsLong(o)
    if v == -1 && PyErr_Occurred() != nil { PyErr_Clear(); setError(PyExc_OverflowError, "\(caller)(): port must be 0-65535."); return nil }
    if v < 0 || v > 65535 { setError(PyExc_OverflowError, "\(caller)(): port must be 0-65535."); return nil }
    return UInt16(v)
}

/// Converts a Python address for a socket of `family` (CPython's getsockaddrarg). nil: exception set.
func parseSocketAddress(_ o: PyObjectRef, family: Int32, caller: String) -> SocketAddress? {
    switch family {
    case AF_UNIX:
        var path: [UInt8]
        if PyUnicode_Check(o) != 0 {
            guard let b = PyUnicode_EncodeFSDefault(o) else { return nil }
            defer { Py_DECREF(b) }
            path = Array(UnsafeRawBufferPointer(start: PyBytes_AsString(b), count: PyBytes_Size(b)))
        } else {
            var view = Py_buffer()
            if PyObject_GetBuffer(o, &view, 0) == 0 {
                path = Array(UnsafeRawBufferPointer(start: view.buf, count: view.len))
                PyBuffer_Release(&view)
                return unixAddress(path)
            }
            PyErr_Clear()
            setError(PyExc_TypeError, "\(caller)(): AF_UNIX address must be str or bytes, not \(typeName(of: o))"); return nil
        }
        return unixAddress(path)
    case AF_INET, AF_INET6:
        return inetAddress(o, family: family, caller: caller)
    default:
        setError(PyExc_OSError, "\(caller)(): bad family"); return nil
    }
}

private func unixAddress(_ path: [UInt8]) -> SocketAddress? {
        var addr = SocketAddress()
        var un = sockaddr_un()
        let cap = MemoryLayout.size(ofValue: un.sun_path)
        if path.count > cap || (path.count == cap && path.first != 0) {
            setError(PyExc_OSError, "AF_UNIX path too long"); return nil
        }
        un.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &un.sun_path) { raw in for (i, c) in path.enumerated() { raw[i] = c } }
        withUnsafeMutablePointer(to: &addr.storage) { $0.withMemoryRebound(to: sockaddr_un.self, capacity: 1) { $0.pointee = un } }
        addr.length = socklen_t(MemoryLayout<sa_family_t>.size + path.count + (path.first == 0 ? 0 : 1))
        return addr
}

private func inetAddress(_ o: PyObjectRef, family: Int32, caller: String) -> SocketAddress? {
        var addr = SocketAddress()
        let fname = family == AF_INET ? "AF_INET" : "AF_INET6"
        if PyTuple_Check(o) == 0 {
            setError(PyExc_TypeError, "\(caller)(): \(fname) address must be tuple, not \(typeName(of: o))"); return nil
        }
        let n = PyTuple_GET_SIZE(o)
        if family == AF_INET && n != 2 || family == AF_INET6 && (n < 2 || n > 4) {
            setError(PyExc_TypeError, family == AF_INET ? "AF_INET address must be a pair (host, port)"
                     : "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])"); return nil
        }
        guard let host = hostBytes(PyTuple_GET_ITEM(o, 0)!, "str, bytes or bytearray expected") else { return nil }
        guard let port = portArg(PyTuple_GET_ITEM(o, 1)!, caller) else { return nil }
        guard resolveHost(host, family: family, into: &addr) else { return nil }
        if family == AF_INET {
            withUnsafeMutablePointer(to: &addr.storage) { $0.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { $0.pointee.sin_port = port.bigEndian } }
        } else {
            var flow: UInt32 = 0, scope: UInt32 = 0
            if n > 2 {
                let v = PyLong_AsLong(PyTuple_GET_ITEM(o, 2)!)
                if v == -1 && PyErr_Occurred() != nil { return nil }
                if v < 0 || v > 0xfffff { setError(PyExc_OverflowError, "\(caller)(): flowinfo must be 0-1048575."); return nil }
                flow = UInt32(v)
            }
            if n > 3 {
                let v = PyLong_AsLong(PyTuple_GET_ITEM(o, 3)!)
                if v == -1 && PyErr_Occurred() != nil { return nil }
                scope = UInt32(truncatingIfNeeded: v)
            }
            withUnsafeMutablePointer(to: &addr.storage) {
                $0.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) {
                    $0.pointee.sin6_port = port.bigEndian; $0.pointee.sin6_flowinfo = flow.bigEndian; $0.pointee.sin6_scope_id = scope
                }
            }
        }
        return addr
}

/// The text form of an IPv4/IPv6 address.
func numericHost(_ sa: UnsafePointer<sockaddr>) -> String {
    var buf = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN) + 1)
    if Int32(sa.pointee.sa_family) == AF_INET {
        sa.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { p in
            var a = p.pointee.sin_addr
            _ = inet_ntop(AF_INET, &a, &buf, socklen_t(buf.count))
        }
    } else {
        sa.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { p in
            var a = p.pointee.sin6_addr
            _ = inet_ntop(AF_INET6, &a, &buf, socklen_t(buf.count))
        }
    }
    return cString(buf)
}

/// The Python form of a C socket address (CPython's makesockaddr).
func makeSocketAddress(_ sa: UnsafePointer<sockaddr>, _ len: socklen_t) -> PyObjectRef? {
    if len == 0 { return pyNoneRef() }
    switch Int32(sa.pointee.sa_family) {
    case AF_INET:
        let port = sa.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { UInt16(bigEndian: $0.pointee.sin_port) }
        return vmTupleSteal([pyStr(numericHost(sa))!, pyInt(Int(port))])
    case AF_INET6:
        let (port, flow, scope) = sa.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) {
            (UInt16(bigEndian: $0.pointee.sin6_port), UInt32(bigEndian: $0.pointee.sin6_flowinfo), $0.pointee.sin6_scope_id)
        }
        return vmTupleSteal([pyStr(numericHost(sa))!, pyInt(Int(port)), pyInt(Int(flow)), pyInt(Int(scope))])
    case AF_UNIX:
        let offset = MemoryLayout<sa_family_t>.size
        let n = Int(len) - offset
        if n <= 0 { return pyStr("") }
        let raw = UnsafeRawPointer(sa) + offset
        let bytes = raw.assumingMemoryBound(to: CChar.self)
        if bytes[0] == 0 { return PyBytes_FromStringAndSize(bytes, n) }   // Linux abstract namespace
        return PyUnicode_DecodeFSDefaultAndSize(bytes, strnlen(bytes, n))
    default:
        return vmTupleSteal([pyInt(Int(sa.pointee.sa_family)), PyBytes_FromStringAndSize(nil, 0)!])
    }
}

/// A NUL-terminated C string buffer as a String.
func cString(_ a: [CChar]) -> String { a.withUnsafeBufferPointer { String(cString: $0.baseAddress!) } }
