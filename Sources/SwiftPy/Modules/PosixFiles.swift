// posix file-status and randomness calls: stat/lstat/fstat (as plain tuples that Lib/os.py wraps
// in os.stat_result) and urandom.
import CPython
import Glibc

/// The stat fields in os.stat_result order: the 10 sequence fields, then st_atime/st_mtime/st_ctime
/// as floats, st_atime_ns/st_mtime_ns/st_ctime_ns, st_blksize, st_blocks, st_rdev.
private func statTuple(_ st: stat) -> PyObjectRef? {
    func ns(_ t: timespec) -> Int64 { Int64(t.tv_sec) * 1_000_000_000 + Int64(t.tv_nsec) }
    func secs(_ t: timespec) -> Double { Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9 }
    let items: [PyObjectRef?] = [
        PyLong_FromLong(Int(st.st_mode)), PyLong_FromUnsignedLongLong(UInt64(st.st_ino)),
        PyLong_FromUnsignedLongLong(UInt64(st.st_dev)), PyLong_FromLong(Int(st.st_nlink)),
        PyLong_FromLong(Int(st.st_uid)), PyLong_FromLong(Int(st.st_gid)), PyLong_FromLongLong(Int64(st.st_size)),
        PyLong_FromLong(Int(st.st_atim.tv_sec)), PyLong_FromLong(Int(st.st_mtim.tv_sec)), PyLong_FromLong(Int(st.st_ctim.tv_sec)),
        PyFloat_FromDouble(secs(st.st_atim)), PyFloat_FromDouble(secs(st.st_mtim)), PyFloat_FromDouble(secs(st.st_ctim)),
        PyLong_FromLongLong(ns(st.st_atim)), PyLong_FromLongLong(ns(st.st_mtim)), PyLong_FromLongLong(ns(st.st_ctim)),
        PyLong_FromLong(Int(st.st_blksize)), PyLong_FromLongLong(Int64(st.st_blocks)),
        PyLong_FromUnsignedLongLong(UInt64(st.st_rdev)),
    ]
    guard let t = PyTuple_New(items.count) else { items.forEach { Py_XDECREF($0) }; return nil }
    for (i, o) in items.enumerated() {
        guard let o else { Py_DECREF(t); return nil }
        PyTuple_SET_ITEM(t, i, o)
    }
    return t
}

private func statPath(_ name: String, _ args: UnsafePointer<PyObjectRef?>?, _ nargs: Int, follow: Bool) -> PyObjectRef? {
    guard checkArgCount(name, nargs, min: 1, max: 1) else { return nil }
    let p = arg(args, 0)
    var st = stat()
    if PyLong_Check(p) != 0 {
        let fd = PyLong_AsLong(p)
        if fd == -1 && PyErr_Occurred() != nil { return nil }
        if fstat(Int32(truncatingIfNeeded: fd), &st) != 0 { return raiseErrno(nil) }
        return statTuple(st)
    }
    guard let path = pathBytes(name, p) else { return nil }
    let rc = fstatat(AT_FDCWD, path, &st, follow ? 0 : AT_SYMLINK_NOFOLLOW)
    if rc != 0 { return raiseErrno(p) }
    return statTuple(st)
}

private let posix_stat: FastFn = { _, args, nargs in statPath("stat", args, nargs, follow: true) }
private let posix_lstat: FastFn = { _, args, nargs in statPath("lstat", args, nargs, follow: false) }

/// urandom(size): `size` bytes from the kernel's random source.
private let posix_urandom: OneArgFn = { _, o in
    let n = PyLong_AsLong(o!)
    if n == -1 && PyErr_Occurred() != nil { return nil }
    if n < 0 { setError(PyExc_ValueError, "negative argument not allowed"); return nil }
    var buf = [UInt8](repeating: 0, count: n)
    let fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC)
    if fd < 0 { return raiseErrno(nil) }
    defer { close(fd) }
    var got = 0
    while got < n {
        let r = buf.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + got, n - got) }
        if r <= 0 {
            if r < 0 && errno == EINTR { if PyErr_CheckSignals() < 0 { return nil }; continue }
            return raiseErrno(nil)
        }
        got += r
    }
    return buf.withUnsafeBufferPointer { b in
        b.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(n, 1)) { PyBytes_FromStringAndSize($0, n) }
    }
}

nonisolated(unsafe) let posixFileMethods: [MethodSpec] = [
    .fast("_stat", posix_stat), .fast("_lstat", posix_lstat), .oneArg("urandom", posix_urandom),
]
