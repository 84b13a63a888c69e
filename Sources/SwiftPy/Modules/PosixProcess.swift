// posix: file descriptors (pipe, read, write, dup, inheritable flags), processes (spawn, waitpid,
// kill, wait-status helpers) and small system queries. New descriptors are close-on-exec, as in
// CPython (PEP 446). Blocking calls release the GIL and retry EINTR after running signal handlers
// (PEP 475). Children are started with posix_spawn (vfork-like: safe in a threaded process).
import CPython
import Glibc

/// A file descriptor: an int, or an object with fileno() (nil with an exception set).
func fdArg(_ o: PyObjectRef) -> Int32? {
    if PyLong_Check(o) != 0 {
        guard let v = intArg(o) else { return nil }
        if v < 0 { setError(PyExc_ValueError, "file descriptor cannot be a negative integer (\(v))"); return nil }
        return Int32(truncatingIfNeeded: v)
    }
    guard let r = PyObject_CallMethod0(o, "fileno") else { return nil }
    defer { Py_DECREF(r) }
    guard let v = intArg(r) else { return nil }
    return Int32(truncatingIfNeeded: v)
}

/// o.name() with no arguments; new reference or nil.
func PyObject_CallMethod0(_ o: PyObjectRef, _ name: String) -> PyObjectRef? {
    guard let m = PyObject_GetAttr(o, pyIntern(name)) else { return nil }
    defer { Py_DECREF(m) }
    return PyObject_CallNoArgs(m)
}

private func errnoError() -> PyObjectRef? { PyErr_SetFromErrno(PyExc_OSError) }

/// Runs `call` with the GIL released until it stops failing with EINTR; signal handlers run
/// between tries. Returns the result (errno kept), or nil when a handler raised.
func retryingEINTR<T: BinaryInteger>(_ call: () -> T) -> T? {
    while true {
        let save = PyEval_SaveThread()
        let r = call()
        let e = errno
        PyEval_RestoreThread(save)
        if r < 0 && e == EINTR {
            if PyErr_CheckSignals() < 0 { return nil }
            continue
        }
        errno = e
        return r
    }
}

private let posix_pipe: NoArgsFn = { _, _ in
    var fds: [Int32] = [0, 0]
    if spy_pipe2(&fds, O_CLOEXEC) < 0 { return errnoError() }
    guard let a = PyLong_FromLong(Int(fds[0])), let b = PyLong_FromLong(Int(fds[1])) else { return nil }
    return vmTupleSteal([a, b])
}

private let posix_read: FastFn = { _, args, nargs in
    guard checkArgCount("read", nargs, min: 2, max: 2), let fd = fdArg(arg(args, 0)), let n = intArg(arg(args, 1)) else { return nil }
    if n < 0 { setError(PyExc_ValueError, "negative length"); return nil }
    var buf = [UInt8](repeating: 0, count: n)
    guard let got = buf.withUnsafeMutableBytes({ b in retryingEINTR { Glibc.read(fd, b.baseAddress, n) } }) else { return nil }
    if got < 0 { return errnoError() }
    return buf.withUnsafeBufferPointer { b in
        b.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(n, 1)) { PyBytes_FromStringAndSize($0, got) }
    }
}

private let posix_write: FastFn = { _, args, nargs in
    guard checkArgCount("write", nargs, min: 2, max: 2), let fd = fdArg(arg(args, 0)) else { return nil }
    var view = Py_buffer()
    if PyObject_GetBuffer(arg(args, 1), &view, PyBUF_SIMPLE) < 0 { return nil }
    defer { PyBuffer_Release(&view) }
    let p = view.buf, len = view.len
    guard let n = retryingEINTR({ Glibc.write(fd, p, len) }) else { return nil }
    if n < 0 { return errnoError() }
    return PyLong_FromLong(n)
}

private let posix_close: OneArgFn = { _, o in
    guard let fd = fdArg(o!) else { return nil }
    if Glibc.close(fd) < 0 && errno != EINTR { return errnoError() }
    return pyNoneRef()
}

private let posix_closerange: FastFn = { _, args, nargs in
    guard checkArgCount("closerange", nargs, min: 2, max: 2), let lo = intArg(arg(args, 0)), let hi = intArg(arg(args, 1)) else { return nil }
    if lo < hi { for fd in lo..<hi { _ = Glibc.close(Int32(truncatingIfNeeded: fd)) } }
    return pyNoneRef()
}

private let posix_dup: OneArgFn = { _, o in
    guard let fd = fdArg(o!) else { return nil }
    let r = fcntl(fd, F_DUPFD_CLOEXEC, 0)
    return r < 0 ? errnoError() : PyLong_FromLong(Int(r))
}

/// dup2(fd, fd2, inheritable=True)
private let posix_dup2: FastFn = { _, args, nargs in
    guard checkArgCount("dup2", nargs, min: 2, max: 3), let fd = fdArg(arg(args, 0)), let fd2 = fdArg(arg(args, 1)) else { return nil }
    var inheritable = true
    if nargs > 2 { let t = PyObject_IsTrue(arg(args, 2)); if t < 0 { return nil }; inheritable = t != 0 }
    let r = inheritable ? Glibc.dup2(fd, fd2) : spy_dup3(fd, fd2, O_CLOEXEC)
    return r < 0 ? errnoError() : PyLong_FromLong(Int(r))
}

private let posix_get_inheritable: OneArgFn = { _, o in
    guard let fd = fdArg(o!) else { return nil }
    let flags = fcntl(fd, F_GETFD)
    return flags < 0 ? errnoError() : pyBool(flags & FD_CLOEXEC == 0)
}

func setInheritable(_ fd: Int32, _ on: Bool) -> Bool {
    let flags = fcntl(fd, F_GETFD)
    if flags < 0 { return false }
    let new = on ? flags & ~FD_CLOEXEC : flags | FD_CLOEXEC
    return new == flags || fcntl(fd, F_SETFD, new) == 0
}

private let posix_set_inheritable: FastFn = { _, args, nargs in
    guard checkArgCount("set_inheritable", nargs, min: 2, max: 2), let fd = fdArg(arg(args, 0)) else { return nil }
    let t = PyObject_IsTrue(arg(args, 1)); if t < 0 { return nil }
    return setInheritable(fd, t != 0) ? pyNoneRef() : errnoError()
}

private let posix_get_blocking: OneArgFn = { _, o in
    guard let fd = fdArg(o!) else { return nil }
    let flags = fcntl(fd, F_GETFL)
    return flags < 0 ? errnoError() : pyBool(flags & O_NONBLOCK == 0)
}

private let posix_set_blocking: FastFn = { _, args, nargs in
    guard checkArgCount("set_blocking", nargs, min: 2, max: 2), let fd = fdArg(arg(args, 0)) else { return nil }
    let t = PyObject_IsTrue(arg(args, 1)); if t < 0 { return nil }
    let flags = fcntl(fd, F_GETFL)
    if flags < 0 { return errnoError() }
    return fcntl(fd, F_SETFL, t != 0 ? flags & ~O_NONBLOCK : flags | O_NONBLOCK) < 0 ? errnoError() : pyNoneRef()
}

/// open(path, flags, mode=0o777) -> fd (close-on-exec).
private let posix_open: FastFn = { _, args, nargs in
    guard checkArgCount("open", nargs, min: 2, max: 3), let path = posixPathBytes("open", arg(args, 0)),
          let flags = intArg(arg(args, 1)) else { return nil }
    var mode = 0o777
    if nargs > 2 { guard let m = intArg(arg(args, 2)) else { return nil }; mode = m }
    let oflag = Int32(truncatingIfNeeded: flags) | O_CLOEXEC
    guard let fd = retryingEINTR({ Glibc.open(path, oflag, mode_t(truncatingIfNeeded: mode)) }) else { return nil }
    if fd < 0 { return setOSErrorFromErrno(arg(args, 0)) }
    return PyLong_FromLong(Int(fd))
}

private let posix_unlink: OneArgFn = { _, o in
    guard let path = posixPathBytes("unlink", o!) else { return nil }
    return Glibc.unlink(path) < 0 ? setOSErrorFromErrno(o) : pyNoneRef()
}

private let posix_lseek: FastFn = { _, args, nargs in
    guard checkArgCount("lseek", nargs, min: 3, max: 3), let fd = fdArg(arg(args, 0)),
          let pos = intArg(arg(args, 1)), let how = intArg(arg(args, 2)) else { return nil }
    let r = Glibc.lseek(fd, off_t(pos), Int32(truncatingIfNeeded: how))
    return r < 0 ? errnoError() : PyLong_FromLong(Int(r))
}

private let posix_ftruncate: FastFn = { _, args, nargs in
    guard checkArgCount("ftruncate", nargs, min: 2, max: 2), let fd = fdArg(arg(args, 0)), let len = intArg(arg(args, 1)) else { return nil }
    guard let r = retryingEINTR({ Glibc.ftruncate(fd, off_t(len)) }) else { return nil }
    return r < 0 ? errnoError() : pyNoneRef()
}

private let posix_isatty: OneArgFn = { _, o in
    guard let fd = fdArg(o!) else { return nil }
    return pyBool(Glibc.isatty(fd) != 0)
}

private let posix_cpu_count: NoArgsFn = { _, _ in
    let n = sysconf(Int32(_SC_NPROCESSORS_ONLN))
    return n < 1 ? pyNoneRef() : PyLong_FromLong(n)
}

private let posix_getppid: NoArgsFn = { _, _ in PyLong_FromLong(Int(getppid())) }
private let posix_getuid: NoArgsFn = { _, _ in PyLong_FromLong(Int(getuid())) }

private let posix_kill: FastFn = { _, args, nargs in
    guard checkArgCount("kill", nargs, min: 2, max: 2), let pid = intArg(arg(args, 0)), let sig = intArg(arg(args, 1)) else { return nil }
    if Glibc.kill(pid_t(truncatingIfNeeded: pid), Int32(truncatingIfNeeded: sig)) < 0 { return errnoError() }
    if PyErr_CheckSignals() < 0 { return nil }
    return pyNoneRef()
}

/// _exit(n): ends the process at once, without atexit handlers or flushing.
private let posix__exit: OneArgFn = { _, o in
    guard let n = intArg(o!) else { return nil }
    Glibc._exit(Int32(truncatingIfNeeded: n))
}

/// waitpid(pid, options) -> (pid, status), the GIL released while waiting.
private let posix_waitpid: FastFn = { _, args, nargs in
    guard checkArgCount("waitpid", nargs, min: 2, max: 2), let pid = intArg(arg(args, 0)), let options = intArg(arg(args, 1)) else { return nil }
    var status: Int32 = 0
    guard let r = retryingEINTR({ Glibc.waitpid(pid_t(truncatingIfNeeded: pid), &status, Int32(truncatingIfNeeded: options)) }) else { return nil }
    if r < 0 { return errnoError() }
    guard let a = PyLong_FromLong(Int(r)), let b = PyLong_FromLong(Int(status)) else { return nil }
    return vmTupleSteal([a, b])
}

private func statusArg(_ o: PyObjectRef?) -> Int32? {
    guard let v = intArg(o!) else { return nil }
    return Int32(truncatingIfNeeded: v)
}
private let posix_WIFEXITED: OneArgFn = { _, o in statusArg(o).map { pyBool(spy_wifexited($0) != 0) } }
private let posix_WEXITSTATUS: OneArgFn = { _, o in statusArg(o).flatMap { PyLong_FromLong(Int(spy_wexitstatus($0))) } }
private let posix_WIFSIGNALED: OneArgFn = { _, o in statusArg(o).map { pyBool(spy_wifsignaled($0) != 0) } }
private let posix_WTERMSIG: OneArgFn = { _, o in statusArg(o).flatMap { PyLong_FromLong(Int(spy_wtermsig($0))) } }
private let posix_WIFSTOPPED: OneArgFn = { _, o in statusArg(o).map { pyBool(spy_wifstopped($0) != 0) } }
private let posix_WSTOPSIG: OneArgFn = { _, o in statusArg(o).flatMap { PyLong_FromLong(Int(spy_wstopsig($0))) } }

private let posix_waitstatus_to_exitcode: OneArgFn = { _, o in
    guard let s = statusArg(o) else { return nil }
    if spy_wifexited(s) != 0 { return PyLong_FromLong(Int(spy_wexitstatus(s))) }
    if spy_wifsignaled(s) != 0 { return PyLong_FromLong(-Int(spy_wtermsig(s))) }
    setError(PyExc_ValueError, "invalid wait status: \(s)")
    return nil
}

/// A list of str/bytes as NUL-terminated C strings (nil with an exception set).
private func cStringList(_ seq: PyObjectRef, _ what: String) -> [[CChar]]? {
    guard let fast = PySequence_Fast(seq, "\(what) must be a list or tuple") else { return nil }
    defer { Py_DECREF(fast) }
    var out: [[CChar]] = []
    let n = PySequence_Size(fast)
    for i in 0..<n {
        guard let item = PySequence_GetItem(fast, i) else { return nil }
        defer { Py_DECREF(item) }
        guard let b = posixPathBytes(what, item) else { return nil }
        out.append(b)
    }
    return out
}

/// _spawn(path, argv, env, passfds, dups[, cwd]) -> pid. env: list of "K=V" (None: this process's
/// environment); passfds: descriptors the child inherits at the same number; dups: (fd, target)
/// pairs dup2'ed in the child; cwd: the child's working directory (None: this one's), entered
/// after the dups and before exec, so a relative path is resolved from it. The child starts with default signal dispositions, empty mask.
private let posix__spawn: FastFn = { _, args, nargs in
    guard checkArgCount("_spawn", nargs, min: 5, max: 6), let path = posixPathBytes("_spawn", arg(args, 0)),
          let argv = cStringList(arg(args, 1), "argv") else { return nil }
    var envList: [[CChar]]? = nil
    if arg(args, 2) != pyNone { guard let e = cStringList(arg(args, 2), "env") else { return nil }; envList = e }
    var passfds: [Int32] = []
    guard let pf = PySequence_Fast(arg(args, 3), "passfds must be a sequence") else { return nil }
    defer { Py_DECREF(pf) }
    for i in 0..<PySequence_Size(pf) {
        guard let item = PySequence_GetItem(pf, i) else { return nil }
        defer { Py_DECREF(item) }
        guard let fd = fdArg(item) else { return nil }
        passfds.append(fd)
    }
    var dups: [(Int32, Int32)] = []
    guard let df = PySequence_Fast(arg(args, 4), "dups must be a sequence") else { return nil }
    defer { Py_DECREF(df) }
    for i in 0..<PySequence_Size(df) {
        guard let pair = PySequence_GetItem(df, i) else { return nil }
        defer { Py_DECREF(pair) }
        guard let a = PySequence_GetItem(pair, 0) else { return nil }
        defer { Py_DECREF(a) }
        guard let b = PySequence_GetItem(pair, 1) else { return nil }
        defer { Py_DECREF(b) }
        guard let fa = fdArg(a), let fb = fdArg(b) else { return nil }
        dups.append((fa, fb))
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    for (src, dst) in dups {
        if src == dst { passfds.append(src) } else { posix_spawn_file_actions_adddup2(&actions, src, dst) }
    }
    if nargs > 5 && arg(args, 5) != pyNone {
        guard let cwd = posixPathBytes("_spawn", arg(args, 5)) else { return nil }
        let rc = spy_spawn_addchdir(&actions, cwd)
        if rc != 0 { errno = rc; return errnoError() }
    }
    var attr = posix_spawnattr_t()
    posix_spawnattr_init(&attr)
    defer { posix_spawnattr_destroy(&attr) }
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for sig in 1..<Int32(32) where sig != SIGKILL && sig != SIGSTOP { sigaddset(&defaults, sig) }
    var mask = sigset_t()
    sigemptyset(&mask)
    posix_spawnattr_setsigdefault(&attr, &defaults)
    posix_spawnattr_setsigmask(&attr, &mask)
    posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
    // Descriptors to pass lose close-on-exec for the spawn only (the GIL is held throughout).
    var restore: [Int32] = []
    for fd in passfds {
        let flags = fcntl(fd, F_GETFD)
        if flags < 0 { return errnoError() }
        if flags & FD_CLOEXEC != 0 { _ = setInheritable(fd, true); restore.append(fd) }
    }
    defer { for fd in restore { _ = setInheritable(fd, false) } }
    var cArgv: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
    defer { for p in cArgv { free(p) } }
    var pid: pid_t = 0
    let rc: Int32
    if let envList {
        var cEnv: [UnsafeMutablePointer<CChar>?] = envList.map { strdup($0) } + [nil]
        defer { for p in cEnv { free(p) } }
        rc = posix_spawn(&pid, path, &actions, &attr, &cArgv, &cEnv)
    } else {
        rc = posix_spawn(&pid, path, &actions, &attr, &cArgv, environ)
    }
    if rc != 0 { errno = rc; return setOSErrorFromErrno(arg(args, 0)) }
    return PyLong_FromLong(Int(pid))
}

/// The file-system bytes of a path argument (nil with TypeError/ValueError set).
func posixPathBytes(_ fname: String, _ o: PyObjectRef) -> [CChar]? {
    guard let p = fspathObject(o) else { return nil }
    defer { Py_DECREF(p) }
    var bytes: [CChar]
    if isStr(p) {
        bytes = Array(swiftString(p).utf8CString)
    } else {
        let n = PyBytes_Size(p)
        bytes = (0..<n).map { CChar(bitPattern: bytesData(p)[$0]) } + [0]
    }
    if bytes.dropLast().contains(0) { setError(PyExc_ValueError, "\(fname): embedded null character in path"); return nil }
    return bytes
}

private let posix_chdir: OneArgFn = { _, o in
    guard let path = posixPathBytes("chdir", o!) else { return nil }
    return Glibc.chdir(path) < 0 ? setOSErrorFromErrno(o) : pyNoneRef()
}

/// Adds the descriptor and process functions and their constants to the posix module.
func addPosixProcessFunctions(_ m: PyObjectRef) {
    _ = PyModule_AddFunctions(m, makeMethodTable([
        .noArgs("pipe", posix_pipe), .fast("read", posix_read), .fast("write", posix_write),
        .oneArg("close", posix_close), .fast("closerange", posix_closerange), .oneArg("dup", posix_dup),
        .fast("dup2", posix_dup2), .oneArg("get_inheritable", posix_get_inheritable),
        .fast("set_inheritable", posix_set_inheritable), .oneArg("get_blocking", posix_get_blocking),
        .fast("set_blocking", posix_set_blocking), .fast("open", posix_open), .oneArg("unlink", posix_unlink),
        .oneArg("remove", posix_unlink), .fast("lseek", posix_lseek), .fast("ftruncate", posix_ftruncate),
        .oneArg("isatty", posix_isatty), .noArgs("cpu_count", posix_cpu_count),
        .noArgs("getppid", posix_getppid), .noArgs("getuid", posix_getuid), .fast("kill", posix_kill),
        .oneArg("_exit", posix__exit), .fast("waitpid", posix_waitpid),
        .oneArg("WIFEXITED", posix_WIFEXITED), .oneArg("WEXITSTATUS", posix_WEXITSTATUS),
        .oneArg("WIFSIGNALED", posix_WIFSIGNALED), .oneArg("WTERMSIG", posix_WTERMSIG),
        .oneArg("WIFSTOPPED", posix_WIFSTOPPED), .oneArg("WSTOPSIG", posix_WSTOPSIG),
        .oneArg("waitstatus_to_exitcode", posix_waitstatus_to_exitcode), .fast("_spawn", posix__spawn),
        .oneArg("chdir", posix_chdir),
    ]))
    // The O_* flags come with the file functions (PosixFiles.swift).
    let constants: [(String, Int32)] = [("WNOHANG", WNOHANG), ("WUNTRACED", WUNTRACED), ("EX_OK", 0)]
    for (name, value) in constants { _ = PyModule_AddIntConstant(m, name, Int(value)) }
}
