// posix: process accounting and scheduling queries (times, load average, wait3/wait4 with
// rusage, CPU affinity, nice). Lib/os.py wraps the raw rows into posix.times_result and
// resource.struct_rusage. Waiting releases the GIL and retries EINTR (PEP 475).
import CPython
import Glibc

/// _times() -> (user, system, children_user, children_system, elapsed) in seconds.
private let posix_times_raw: NoArgsFn = { _, _ in
    var v = [Double](repeating: 0, count: 5)
    if spy_times(&v) < 0 { return PyErr_SetFromErrno(PyExc_OSError) }
    var items: [PyObjectRef] = []
    for x in v { guard let f = PyFloat_FromDouble(x) else { items.forEach { Py_DECREF($0) }; return nil }; items.append(f) }
    return vmTupleSteal(items)
}

/// getloadavg() -> (1 min, 5 min, 15 min)
private let posix_getloadavg: NoArgsFn = { _, _ in
    var avg = [Double](repeating: 0, count: 3)
    if getloadavg(&avg, 3) != 3 { setError(PyExc_OSError, "Load averages are unobtainable"); return nil }
    var items: [PyObjectRef] = []
    for x in avg { guard let f = PyFloat_FromDouble(x) else { items.forEach { Py_DECREF($0) }; return nil }; items.append(f) }
    return vmTupleSteal(items)
}

/// wait4 with the GIL released -> (pid, status, rusage row).
private func waitWithUsage(_ pid: Int32, _ options: Int32) -> PyObjectRef? {
    var status: Int32 = 0
    var times = [Double](repeating: 0, count: 2), counts = [Int](repeating: 0, count: 14)
    guard let r = retryingEINTR({ spy_wait4(pid, &status, options, &times, &counts) }) else { return nil }
    if r < 0 { return PyErr_SetFromErrno(PyExc_OSError) }
    guard let usage = rusageRow(times, counts) else { return nil }
    guard let a = PyLong_FromLong(Int(r)) else { Py_DECREF(usage); return nil }
    guard let b = PyLong_FromLong(Int(status)) else { Py_DECREF(a); Py_DECREF(usage); return nil }
    return vmTupleSteal([a, b, usage])
}

/// _wait3(options) / _wait4(pid, options)
private let posix_wait3_raw: OneArgFn = { _, o in
    guard let options = intArg(o!) else { return nil }
    return waitWithUsage(-1, Int32(truncatingIfNeeded: options))
}
private let posix_wait4_raw: FastFn = { _, args, nargs in
    guard checkArgCount("wait4", nargs, min: 2, max: 2), let pid = intArg(arg(args, 0)), let options = intArg(arg(args, 1)) else { return nil }
    return waitWithUsage(Int32(truncatingIfNeeded: pid), Int32(truncatingIfNeeded: options))
}

/// sched_getaffinity(pid) -> set of the CPUs the process may run on. The mask grows until the
/// kernel's fits (EINVAL means too small).
private let posix_sched_getaffinity: OneArgFn = { _, o in
    guard let pid = intArg(o!) else { return nil }
    var words = 16   // 1024 CPUs
    while true {
        var mask = [UInt](repeating: 0, count: words)
        let rc = mask.withUnsafeMutableBytes { b in
            sched_getaffinity(pid_t(truncatingIfNeeded: pid), b.count, b.baseAddress!.assumingMemoryBound(to: cpu_set_t.self))
        }
        if rc < 0 {
            if errno == EINVAL && words < 1 << 16 { words *= 2; continue }
            return PyErr_SetFromErrno(PyExc_OSError)
        }
        guard let set = PySet_New(nil) else { return nil }
        for (w, bits) in mask.enumerated() where bits != 0 {
            for bit in 0..<UInt.bitWidth where bits & (1 << UInt(bit)) != 0 {
                guard let n = PyLong_FromLong(w * UInt.bitWidth + bit) else { Py_DECREF(set); return nil }
                let added = PySet_Add(set, n)
                Py_DECREF(n)
                if added < 0 { Py_DECREF(set); return nil }
            }
        }
        return set
    }
}

/// nice(increment) -> the new niceness.
private let posix_nice: OneArgFn = { _, o in
    guard let inc = intArg(o!) else { return nil }
    errno = 0
    let v = Glibc.nice(Int32(truncatingIfNeeded: inc))
    if v == -1 && errno != 0 { return PyErr_SetFromErrno(PyExc_OSError) }
    return PyLong_FromLong(Int(v))
}

/// Adds the accounting functions to the posix module.
func addPosixSystemFunctions(_ m: PyObjectRef) {
    _ = PyModule_AddFunctions(m, makeMethodTable([
        .noArgs("_times", posix_times_raw), .noArgs("getloadavg", posix_getloadavg),
        .oneArg("_wait3", posix_wait3_raw), .fast("_wait4", posix_wait4_raw),
        .oneArg("sched_getaffinity", posix_sched_getaffinity), .oneArg("nice", posix_nice),
    ]))
}
