// The file and directory half of the posix module: stat, directories, renames, links, fsync,
// truncate, urandom, umask, uname (descriptor I/O and processes: PosixProcess.swift). Lib/os.py wraps the raw results (stat tuples, scandir
// rows) into os.stat_result / os.DirEntry. Failures raise OSError subclasses from errno with the
// path(s) attached, as CPython's path_converter-based functions do.
import CPython
import Glibc

/// A converted path argument: NUL-terminated file-system bytes and whether the caller passed bytes.
private struct FSPath {
    var bytes: [CChar]
    var isBytes: Bool
}

/// Converts str / bytes / os.PathLike to file-system bytes (nil with TypeError/ValueError set).
private func fsPath(_ fname: String, _ o: PyObjectRef, argName: String = "path") -> FSPath? {
    guard let p = fspathObject(o) else {
        if PyErr_ExceptionMatches(PyExc_TypeError) != 0 {
            PyErr_Clear()
            setError(PyExc_TypeError, "\(fname): \(argName) should be string, bytes or os.PathLike, not \(typeName(o))")
        }
        return nil
    }
    defer { Py_DECREF(p) }
    var bytes: [CChar]
    let asBytes = isBytes(p)
    if asBytes {
        let n = PyBytes_Size(p)
        bytes = (0..<n).map { CChar(bitPattern: bytesData(p)[$0]) } + [0]
    } else {
        guard let enc = PyUnicode_EncodeFSDefault(p) else { return nil }
        let n = PyBytes_Size(enc)
        bytes = (0..<n).map { CChar(bitPattern: bytesData(enc)[$0]) } + [0]
        Py_DECREF(enc)
    }
    if bytes.dropLast().contains(0) { setError(PyExc_ValueError, "\(fname): embedded null character in \(argName)"); return nil }
    return FSPath(bytes: bytes, isBytes: asBytes)
}

private func osError(_ path: PyObjectRef?, _ path2: PyObjectRef? = nil) -> PyObjectRef? {
    setOSErrorFromErrno(path, path2)
}

private func isIntObject(_ o: PyObjectRef) -> Bool { PyLong_Check(o) != 0 }

/// Runs a blocking system call with the GIL released.
@inline(__always) private func withoutGIL<T>(_ body: () -> T) -> T {
    let save = PyEval_SaveThread()
    let r = body()
    PyEval_RestoreThread(save)
    return r
}

/// UTIME_NOW of <sys/stat.h> (a macro Swift does not import).
private let utimeNow = (1 << 30) - 1

private func nanos(_ ts: timespec) -> Int64 { Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec) }

/// (mode, ino, dev, nlink, uid, gid, size, atime_ns, mtime_ns, ctime_ns, blksize, blocks, rdev)
private func statTuple(_ st: stat) -> PyObjectRef? {
    let values: [PyObjectRef?] = [
        PyLong_FromUnsignedLongLong(UInt64(st.st_mode)), PyLong_FromUnsignedLongLong(UInt64(st.st_ino)),
        PyLong_FromUnsignedLongLong(UInt64(st.st_dev)), PyLong_FromUnsignedLongLong(UInt64(st.st_nlink)),
        PyLong_FromUnsignedLongLong(UInt64(st.st_uid)), PyLong_FromUnsignedLongLong(UInt64(st.st_gid)),
        PyLong_FromLongLong(Int64(st.st_size)), PyLong_FromLongLong(nanos(st.st_atim)),
        PyLong_FromLongLong(nanos(st.st_mtim)), PyLong_FromLongLong(nanos(st.st_ctim)),
        PyLong_FromLongLong(Int64(st.st_blksize)), PyLong_FromLongLong(Int64(st.st_blocks)),
        PyLong_FromUnsignedLongLong(UInt64(st.st_rdev)),
    ]
    let items = values.compactMap { $0 }
    defer { items.forEach { Py_DECREF($0) } }
    if items.count != values.count { return nil }
    return makeTuple(items)
}

/// _stat(path_or_fd, follow_symlinks) -> raw tuple (see statTuple).
private let posix_stat_raw: FastFn = { _, args, nargs in
    guard checkArgCount("stat", nargs, min: 2, max: 2) else { return nil }
    let target = arg(args, 0)
    let follow = PyObject_IsTrue(arg(args, 1)) != 0
    var st = stat()
    if isIntObject(target) {
        guard let fd = intArg(target) else { return nil }
        if withoutGIL({ fstat(Int32(truncatingIfNeeded: fd), &st) }) != 0 { return osError(nil) }
        return statTuple(st)
    }
    guard let p = fsPath("stat", target) else { return nil }
    let rc = withoutGIL { follow ? stat(p.bytes, &st) : lstat(p.bytes, &st) }
    if rc != 0 { return osError(target) }
    return statTuple(st)
}

/// One path argument, one int result of a libc call: 0 is success, else OSError(errno, path).
private func pathCall(_ fname: String, _ args: UnsafePointer<PyObjectRef?>?, _ nargs: Int,
                      _ body: ([CChar]) -> Int32) -> PyObjectRef? {
    guard checkArgCount(fname, nargs, min: 1, max: 1) else { return nil }
    guard let p = fsPath(fname, arg(args, 0)) else { return nil }
    if withoutGIL({ body(p.bytes) }) != 0 { return osError(arg(args, 0)) }
    return pyNoneRef()
}

private let posix_rmdir: FastFn = { _, args, nargs in pathCall("rmdir", args, nargs) { rmdir($0) } }

/// mkdir(path, mode=0o777)
private let posix_mkdir: FastFn = { _, args, nargs in
    guard checkArgCount("mkdir", nargs, min: 1, max: 2) else { return nil }
    guard let p = fsPath("mkdir", arg(args, 0)) else { return nil }
    var mode = 0o777
    if nargs > 1 { guard let m = intArg(arg(args, 1)) else { return nil }; mode = m }
    if withoutGIL({ mkdir(p.bytes, mode_t(truncatingIfNeeded: mode)) }) != 0 { return osError(arg(args, 0)) }
    return pyNoneRef()
}

/// chmod(path, mode, follow_symlinks)
private let posix_chmod_raw: FastFn = { _, args, nargs in
    guard checkArgCount("chmod", nargs, min: 3, max: 3) else { return nil }
    guard let mode = intArg(arg(args, 1)) else { return nil }
    let target = arg(args, 0)
    if isIntObject(target) {
        guard let fd = intArg(target) else { return nil }
        if fchmod(Int32(truncatingIfNeeded: fd), mode_t(truncatingIfNeeded: mode)) != 0 { return osError(nil) }
        return pyNoneRef()
    }
    guard let p = fsPath("chmod", target) else { return nil }
    let flags: Int32 = PyObject_IsTrue(arg(args, 2)) != 0 ? 0 : AT_SYMLINK_NOFOLLOW
    if fchmodat(AT_FDCWD, p.bytes, mode_t(truncatingIfNeeded: mode), flags) != 0 { return osError(target) }
    return pyNoneRef()
}

/// Two path arguments; errors name both paths.
private func twoPathCall(_ fname: String, _ args: UnsafePointer<PyObjectRef?>?, _ nargs: Int,
                         _ body: ([CChar], [CChar]) -> Int32) -> PyObjectRef? {
    guard checkArgCount(fname, nargs, min: 2, max: 2) else { return nil }
    guard let a = fsPath(fname, arg(args, 0), argName: "src"),
          let b = fsPath(fname, arg(args, 1), argName: "dst") else { return nil }
    if withoutGIL({ body(a.bytes, b.bytes) }) != 0 { return osError(arg(args, 0), arg(args, 1)) }
    return pyNoneRef()
}

private let posix_rename: FastFn = { _, args, nargs in twoPathCall("rename", args, nargs) { rename($0, $1) } }
private let posix_replace: FastFn = { _, args, nargs in twoPathCall("replace", args, nargs) { rename($0, $1) } }
private let posix_link: FastFn = { _, args, nargs in twoPathCall("link", args, nargs) { link($0, $1) } }
/// symlink(src, dst, target_is_directory=False, *, dir_fd=None): the flag only matters on Windows.
private let posix_symlink: FastKwFn = { _, args, nargs, kwnames in
    if nargs > 3 { setError(PyExc_TypeError, "symlink() takes at most 3 positional arguments (\(nargs) given)"); return nil }
    var values = [PyObjectRef?](repeating: nil, count: 4)
    for i in 0..<nargs { values[i] = arg(args, i) }
    guard matchKeywords("symlink", args, nargs, kwnames, ["src", "dst", "target_is_directory", "dir_fd"], &values,
                        positionalCount: 3) else { return nil }
    guard let src = values[0], let dst = values[1] else {
        setError(PyExc_TypeError, "symlink() missing required argument '\(values[0] == nil ? "src" : "dst")' (pos \(values[0] == nil ? 1 : 2))")
        return nil
    }
    if let flag = values[2], PyObject_IsTrue(flag) < 0 { return nil }
    var dirFD = AT_FDCWD
    if let d = values[3], d != pyNone { guard let fd = fdArg(d) else { return nil }; dirFD = fd }
    var pair: [PyObjectRef?] = [src, dst]
    return pair.withUnsafeMutableBufferPointer { buf in
        twoPathCall("symlink", UnsafePointer(buf.baseAddress), 2) { symlinkat($0, dirFD, $1) }
    }
}

/// readlink(path) -> str (bytes for a bytes path)
private let posix_readlink: FastFn = { _, args, nargs in
    guard checkArgCount("readlink", nargs, min: 1, max: 1) else { return nil }
    guard let p = fsPath("readlink", arg(args, 0)) else { return nil }
    var buf = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let n = readlink(p.bytes, &buf, buf.count)
    if n < 0 { return osError(arg(args, 0)) }
    return p.isBytes ? PyBytes_FromStringAndSize(buf, n) : PyUnicode_DecodeFSDefaultAndSize(buf, n)
}

/// _utime(path_or_fd, atime_ns or None, mtime_ns, follow_symlinks): None means "now".
private let posix_utime_raw: FastFn = { _, args, nargs in
    guard checkArgCount("utime", nargs, min: 4, max: 4) else { return nil }
    var times = [timespec(), timespec()]
    if arg(args, 1) == pyNone {
        times[0].tv_nsec = utimeNow; times[1].tv_nsec = utimeNow
    } else {
        for i in 0..<2 {
            let ns = PyLong_AsLongLong(arg(args, 1 + i))
            if ns == -1 && PyErr_Occurred() != nil { return nil }
            var sec = ns / 1_000_000_000, rem = ns % 1_000_000_000
            if rem < 0 { sec -= 1; rem += 1_000_000_000 }
            times[i] = timespec(tv_sec: Int(sec), tv_nsec: Int(rem))
        }
    }
    let target = arg(args, 0)
    if isIntObject(target) {
        guard let fd = intArg(target) else { return nil }
        if futimens(Int32(truncatingIfNeeded: fd), times) != 0 { return osError(nil) }
        return pyNoneRef()
    }
    guard let p = fsPath("utime", target) else { return nil }
    let flags: Int32 = PyObject_IsTrue(arg(args, 3)) != 0 ? 0 : AT_SYMLINK_NOFOLLOW
    if utimensat(AT_FDCWD, p.bytes, times, flags) != 0 { return osError(nil) }   // CPython names no file here
    return pyNoneRef()
}

/// _scandir(path) -> list of (name, d_type, inode); names are bytes for a bytes path.
private let posix_scandir_raw: FastFn = { _, args, nargs in
    guard checkArgCount("scandir", nargs, min: 1, max: 1) else { return nil }
    guard let p = fsPath("scandir", arg(args, 0)) else { return nil }
    guard let dir = withoutGIL({ opendir(p.bytes) }) else { return osError(arg(args, 0)) }
    defer { closedir(dir) }
    guard let list = PyList_New(0) else { return nil }
    while let entry = readdir(dir) {
        let name = withUnsafeBytes(of: entry.pointee.d_name) { raw -> [UInt8] in Array(raw.prefix { $0 != 0 }) }
        if name == [46] || name == [46, 46] { continue }
        let item: PyObjectRef? = name.withUnsafeBufferPointer { b in
            b.baseAddress!.withMemoryRebound(to: CChar.self, capacity: b.count) { c in
                p.isBytes ? PyBytes_FromStringAndSize(c, b.count) : PyUnicode_DecodeFSDefaultAndSize(c, b.count)
            }
        }
        guard let item, let kind = PyLong_FromLong(Int(entry.pointee.d_type)),
              let ino = PyLong_FromUnsignedLongLong(UInt64(entry.pointee.d_ino)) else { Py_DECREF(list); return nil }
        let row = makeTuple([item, kind, ino])
        Py_DECREF(item); Py_DECREF(kind); Py_DECREF(ino)
        guard let row else { Py_DECREF(list); return nil }
        _ = PyList_Append(list, row); Py_DECREF(row)
    }
    return list
}


private let posix_fsync: OneArgFn = { _, o in
    var target = o!
    var owned: PyObjectRef? = nil
    if !isIntObject(target) {
        guard let r = PyObject_CallMethodNoArgs(target, pyIntern("fileno")) else { return nil }
        owned = r; target = r
    }
    defer { Py_XDECREF(owned) }
    guard let fd = fdArg(target) else { return nil }
    if withoutGIL({ fsync(fd) }) != 0 { return osError(nil) }
    return pyNoneRef()
}

/// truncate(path_or_fd, length)
private let posix_truncate: FastFn = { _, args, nargs in
    guard checkArgCount("truncate", nargs, min: 2, max: 2) else { return nil }
    let len = PyLong_AsLongLong(arg(args, 1))
    if len == -1 && PyErr_Occurred() != nil { return nil }
    let target = arg(args, 0)
    if isIntObject(target) {
        guard let fd = fdArg(target) else { return nil }
        if ftruncate(fd, off_t(len)) != 0 { return osError(nil) }
        return pyNoneRef()
    }
    guard let p = fsPath("truncate", target) else { return nil }
    if truncate(p.bytes, off_t(len)) != 0 { return osError(target) }
    return pyNoneRef()
}

/// urandom(n) -> n bytes from the kernel's CSPRNG.
private let posix_urandom: OneArgFn = { _, o in
    guard let n = intArg(o!) else { return nil }
    if n < 0 { setError(PyExc_ValueError, "negative argument not allowed"); return nil }
    var buf = [UInt8](repeating: 0, count: n)
    let fd = Glibc.open("/dev/urandom", O_RDONLY | O_CLOEXEC)
    if fd < 0 { return osError(nil) }
    defer { close(fd) }
    var filled = 0
    while filled < n {
        let got = buf.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + filled, n - filled) }
        if got < 0 {
            if errno == EINTR { if PyErr_CheckSignals() < 0 { return nil }; continue }
            return osError(nil)
        }
        if got == 0 { setError(PyExc_OSError, "/dev/urandom returned no data"); return nil }
        filled += got
    }
    return buf.withUnsafeBufferPointer { b in
        b.baseAddress.map { $0.withMemoryRebound(to: CChar.self, capacity: n) { PyBytes_FromStringAndSize($0, n) } }
            ?? PyBytes_FromStringAndSize(nil, 0)
    }
}

private let posix_umask: OneArgFn = { _, o in
    guard let m = intArg(o!) else { return nil }
    return PyLong_FromLong(Int(umask(mode_t(truncatingIfNeeded: m))))
}

/// A NUL-terminated fixed-size C char array (a utsname field) as str.
private func fixedCString(_ raw: UnsafeRawBufferPointer) -> PyObjectRef? {
    let bytes = Array(raw.prefix { $0 != 0 })
    return bytes.withUnsafeBufferPointer { b -> PyObjectRef? in
        guard let base = b.baseAddress else { return pyStr("") }
        return base.withMemoryRebound(to: CChar.self, capacity: b.count) { PyUnicode_DecodeFSDefaultAndSize($0, b.count) }
    }
}

/// _uname() -> (sysname, nodename, release, version, machine)
private let posix_uname_raw: NoArgsFn = { _, _ in
    var u = utsname()
    if uname(&u) != 0 { return osError(nil) }
    let parts: [PyObjectRef?] = [
        withUnsafeBytes(of: u.sysname, fixedCString), withUnsafeBytes(of: u.nodename, fixedCString),
        withUnsafeBytes(of: u.release, fixedCString), withUnsafeBytes(of: u.version, fixedCString),
        withUnsafeBytes(of: u.machine, fixedCString),
    ]
    let ok = parts.compactMap { $0 }
    defer { ok.forEach { Py_DECREF($0) } }
    return ok.count == parts.count ? makeTuple(ok) : nil
}

private let posix_geteuid: NoArgsFn = { _, _ in PyLong_FromLong(Int(geteuid())) }
private let posix_getgid: NoArgsFn = { _, _ in PyLong_FromLong(Int(getgid())) }
private let posix_getegid: NoArgsFn = { _, _ in PyLong_FromLong(Int(getegid())) }

/// Adds the file/directory functions and constants to the posix module.
func addPosixFileFunctions(_ m: PyObjectRef) {
    _ = PyModule_AddFunctions(m, makeMethodTable([
        .fast("_stat", posix_stat_raw), .fast("rmdir", posix_rmdir), .fast("mkdir", posix_mkdir),
        .fast("_chmod", posix_chmod_raw), .fast("rename", posix_rename), .fast("replace", posix_replace),
        .fast("link", posix_link), .fastKw("symlink", posix_symlink), .fast("readlink", posix_readlink),
        .fast("_utime", posix_utime_raw), .fast("_scandir", posix_scandir_raw), .oneArg("fsync", posix_fsync),
        .fast("truncate", posix_truncate), .oneArg("urandom", posix_urandom), .oneArg("umask", posix_umask),
        .noArgs("_uname", posix_uname_raw), .noArgs("geteuid", posix_geteuid), .noArgs("getgid", posix_getgid),
        .noArgs("getegid", posix_getegid),
    ]))
    let constants: [(String, Int32)] = [
        ("O_RDONLY", O_RDONLY), ("O_WRONLY", O_WRONLY), ("O_RDWR", O_RDWR), ("O_APPEND", O_APPEND),
        ("O_CREAT", O_CREAT), ("O_EXCL", O_EXCL), ("O_TRUNC", O_TRUNC), ("O_NOFOLLOW", O_NOFOLLOW),
        ("O_CLOEXEC", O_CLOEXEC), ("O_DIRECTORY", O_DIRECTORY), ("O_NONBLOCK", O_NONBLOCK),
        ("O_SYNC", O_SYNC), ("O_NOCTTY", O_NOCTTY), ("O_ACCMODE", O_ACCMODE),
        ("SEEK_SET", SEEK_SET), ("SEEK_CUR", SEEK_CUR), ("SEEK_END", SEEK_END),
    ]
    for (name, value) in constants { _ = PyModule_AddIntConstant(m, name, Int(value)) }
}
