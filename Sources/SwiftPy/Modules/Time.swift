// The time module: clocks, sleep (releases the GIL), and basic struct_time-free formatting.
import CPython
import Glibc

private func clockSeconds(_ id: clockid_t) -> Double {
    var ts = timespec()
    clock_gettime(id, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
}
private func clockNanos(_ id: clockid_t) -> PyObjectRef? {
    var ts = timespec()
    clock_gettime(id, &ts)
    return PyLong_FromLongLong(Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec))
}

private let time_time: NoArgsFn = { _, _ in PyFloat_FromDouble(clockSeconds(CLOCK_REALTIME)) }
private let time_time_ns: NoArgsFn = { _, _ in clockNanos(CLOCK_REALTIME) }
private let time_monotonic: NoArgsFn = { _, _ in PyFloat_FromDouble(clockSeconds(CLOCK_MONOTONIC)) }
private let time_monotonic_ns: NoArgsFn = { _, _ in clockNanos(CLOCK_MONOTONIC) }
private let time_process_time: NoArgsFn = { _, _ in PyFloat_FromDouble(clockSeconds(CLOCK_PROCESS_CPUTIME_ID)) }
private let time_process_time_ns: NoArgsFn = { _, _ in clockNanos(CLOCK_PROCESS_CPUTIME_ID) }
private let time_thread_time: NoArgsFn = { _, _ in PyFloat_FromDouble(clockSeconds(CLOCK_THREAD_CPUTIME_ID)) }

/// sleep(secs): releases the GIL while sleeping; SIGINT interrupts it with KeyboardInterrupt.
private let time_sleep: OneArgFn = { _, o in
    let secs = PyFloat_AsDouble(o!)
    if secs == -1 && PyErr_Occurred() != nil { return nil }
    if secs < 0 { setError(PyExc_ValueError, "sleep length must be non-negative"); return nil }
    if secs.isNaN { setError(PyExc_ValueError, "Invalid value NaN (not a number)"); return nil }
    var deadline = clockSeconds(CLOCK_MONOTONIC) + secs
    while true {
        let remaining = deadline - clockSeconds(CLOCK_MONOTONIC)
        if remaining <= 0 { break }
        var ts = timespec(tv_sec: Int(remaining), tv_nsec: Int((remaining - Double(Int(remaining))) * 1e9))
        let save = PyEval_SaveThread()
        let rc = nanosleep(&ts, nil)
        let e = errno
        PyEval_RestoreThread(save)
        if rc != 0 && e == EINTR {
            if PyErr_CheckSignals() < 0 { return nil }
            continue
        }
        break
    }
    deadline = 0
    return pyNoneRef()
}

private let time_strftime: FastFn = { _, args, nargs in
    guard checkArgCount("strftime", nargs, min: 1, max: 2) else { return nil }
    var t = time(nil)
    var tmv = tm()
    localtime_r(&t, &tmv)
    var buf = [CChar](repeating: 0, count: 1024)
    let n = strftime(&buf, 1024, swiftString(arg(args, 0)), &tmv)
    return PyUnicode_FromStringAndSize(buf, n)
}

func makeTimeModule() -> PyObjectRef? {
    guard let m = PyModule_New("time") else { return nil }
    _ = PyModule_AddFunctions(m, makeMethodTable([
        .noArgs("time", time_time), .noArgs("time_ns", time_time_ns), .noArgs("monotonic", time_monotonic),
        .noArgs("monotonic_ns", time_monotonic_ns), .noArgs("perf_counter", time_monotonic),
        .noArgs("perf_counter_ns", time_monotonic_ns), .noArgs("process_time", time_process_time),
        .noArgs("process_time_ns", time_process_time_ns), .noArgs("thread_time", time_thread_time),
        .oneArg("sleep", time_sleep), .fast("strftime", time_strftime),
    ]))
    return m
}

/// Every module written in Swift that ships with the runtime.
func registerRuntimeModules() {
    registerBuiltinModule("time", makeTimeModule)
    registerBuiltinModule("math", makeMathModule)
    registerBuiltinModule("gc", makeGCModule)
    registerBuiltinModule("_thread", makeThreadModule)
    registerBuiltinModule("_weakref", makeWeakrefModule)
    registerBuiltinModule("posix", makePosixModule)
}
