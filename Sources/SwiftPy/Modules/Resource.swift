// The _resource module: getrusage, getrlimit/setrlimit/prlimit and getpagesize, raw. Lib/resource.py
// converts arguments (CPython's TypeError/OverflowError texts) and wraps rusage rows into
// resource.struct_rusage. Limits travel as C longs (RLIM_INFINITY is -1, as CPython shows it).
import CPython
import Glibc

/// Names of the RLIMIT_* ids spy_rlimit_ids fills, in its order.
private let rlimitNames = ["RLIMIT_CPU", "RLIMIT_FSIZE", "RLIMIT_DATA", "RLIMIT_STACK", "RLIMIT_CORE", "RLIMIT_RSS",
                           "RLIMIT_NPROC", "RLIMIT_NOFILE", "RLIMIT_OFILE", "RLIMIT_MEMLOCK", "RLIMIT_AS",
                           "RLIMIT_SIGPENDING", "RLIMIT_MSGQUEUE", "RLIMIT_NICE", "RLIMIT_RTPRIO", "RLIMIT_RTTIME"]

/// A struct rusage row: (utime, stime, 14 counters) as a tuple (new reference or nil).
func rusageRow(_ times: [Double], _ counts: [Int]) -> PyObjectRef? {
    var items: [PyObjectRef] = []
    for t in times { guard let f = PyFloat_FromDouble(t) else { items.forEach { Py_DECREF($0) }; return nil }; items.append(f) }
    for c in counts { guard let v = PyLong_FromLong(c) else { items.forEach { Py_DECREF($0) }; return nil }; items.append(v) }
    return vmTupleSteal(items)
}

private func limitsPair(_ cur: Int, _ max: Int) -> PyObjectRef? {
    guard let a = PyLong_FromLong(cur) else { return nil }
    guard let b = PyLong_FromLong(max) else { Py_DECREF(a); return nil }
    return vmTupleSteal([a, b])
}

/// The errors of setrlimit/prlimit as CPython reports them.
private func limitError() -> PyObjectRef? {
    switch errno {
    case EINVAL: setError(PyExc_ValueError, "current limit exceeds maximum limit"); return nil
    case EPERM: setError(PyExc_ValueError, "not allowed to raise maximum limit"); return nil
    default: return PyErr_SetFromErrno(PyExc_OSError)
    }
}

private func validResource(_ r: Int) -> Int32? {
    if r < 0 || r >= Int(spy_rlimit_count()) { setError(PyExc_ValueError, "invalid resource specified"); return nil }
    return Int32(r)
}

/// getrusage(who) -> row
private let res_getrusage: OneArgFn = { _, o in
    guard let who = intArg(o!) else { return nil }
    var times = [Double](repeating: 0, count: 2), counts = [Int](repeating: 0, count: 14)
    if spy_getrusage(Int32(truncatingIfNeeded: who), &times, &counts) < 0 {
        if errno == EINVAL { setError(PyExc_ValueError, "invalid who parameter"); return nil }
        return PyErr_SetFromErrno(PyExc_OSError)
    }
    return rusageRow(times, counts)
}

/// getrlimit(resource) -> (cur, max)
private let res_getrlimit: OneArgFn = { _, o in
    guard let r = intArg(o!), let res = validResource(r) else { return nil }
    var cur = 0, max = 0
    if spy_getrlimit(res, &cur, &max) < 0 { return PyErr_SetFromErrno(PyExc_OSError) }
    return limitsPair(cur, max)
}

/// setrlimit(resource, cur, max)
private let res_setrlimit: FastFn = { _, args, nargs in
    guard checkArgCount("setrlimit", nargs, min: 3, max: 3), let r = intArg(arg(args, 0)), let res = validResource(r),
          let cur = intArg(arg(args, 1)), let max = intArg(arg(args, 2)) else { return nil }
    return spy_setrlimit(res, cur, max) < 0 ? limitError() : pyNoneRef()
}

/// prlimit(pid, resource[, cur, max]) -> the previous (cur, max)
private let res_prlimit: FastFn = { _, args, nargs in
    guard checkArgCount("prlimit", nargs, min: 2, max: 4), let pid = intArg(arg(args, 0)), let r = intArg(arg(args, 1)),
          let res = validResource(r) else { return nil }
    var cur = 0, max = 0
    let set = nargs == 4
    if set {
        guard let c = intArg(arg(args, 2)), let m = intArg(arg(args, 3)) else { return nil }
        cur = c; max = m
    }
    if spy_prlimit(Int32(truncatingIfNeeded: pid), res, set ? 1 : 0, &cur, &max) < 0 { return limitError() }
    return limitsPair(cur, max)
}

private let res_getpagesize: NoArgsFn = { _, _ in PyLong_FromLong(Int(sysconf(Int32(_SC_PAGESIZE)))) }

func makeResourceModule() -> PyObjectRef? {
    guard let m = PyModule_New("_resource") else { return nil }
    _ = PyModule_AddFunctions(m, makeMethodTable([
        .oneArg("getrusage", res_getrusage), .oneArg("getrlimit", res_getrlimit), .fast("setrlimit", res_setrlimit),
        .fast("prlimit", res_prlimit), .noArgs("getpagesize", res_getpagesize),
    ]))
    var ids = [Int32](repeating: 0, count: rlimitNames.count)
    spy_rlimit_ids(&ids)
    for (name, id) in zip(rlimitNames, ids) { _ = PyModule_AddIntConstant(m, name, Int(id)) }
    let constants: [(String, Int)] = [
        ("RLIM_INFINITY", spy_rlim_infinity()), ("RUSAGE_SELF", Int(spy_rusage_self())),
        ("RUSAGE_CHILDREN", Int(spy_rusage_children())), ("RUSAGE_THREAD", 1),   // Linux's value (a GNU name)
    ]
    for (name, value) in constants { _ = PyModule_AddIntConstant(m, name, value) }
    return m
}
