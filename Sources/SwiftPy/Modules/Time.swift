// The _time module under Lib/time.py: clocks, sleep (releases the GIL), and the libc calls for
// broken-down times (localtime/gmtime/mktime/strftime) on plain tuples; time.py adds struct_time.
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
private let time_thread_time_ns: NoArgsFn = { _, _ in clockNanos(CLOCK_THREAD_CPUTIME_ID) }

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

/// The C `tm` fields and zone of a broken-down time, as the 11-tuple Lib/time.py turns into
/// struct_time: (year, mon, mday, hour, min, sec, wday (Monday=0), yday (1-based), isdst, zone, gmtoff).
private func tmTuple(_ t: tm) -> PyObjectRef? {
    let ints = [Int(t.tm_year) + 1900, Int(t.tm_mon) + 1, Int(t.tm_mday), Int(t.tm_hour), Int(t.tm_min),
                Int(t.tm_sec), (Int(t.tm_wday) + 6) % 7, Int(t.tm_yday) + 1, Int(t.tm_isdst)]
    var items = ints.compactMap { PyLong_FromLong($0) }
    items.append(t.tm_zone.flatMap { PyUnicode_DecodeFSDefault($0) } ?? pyNoneRef())
    items.append(PyLong_FromLong(t.tm_gmtoff) ?? pyNoneRef())
    defer { items.forEach { Py_DECREF($0) } }
    return items.count == 11 ? makeTuple(items) : nil
}

/// Seconds since the epoch from an int/float argument (floor), or now for None.
private func epochSeconds(_ o: PyObjectRef?) -> time_t? {
    guard let o, o != pyNone else { return time(nil) }
    if PyFloat_Check(o) != 0 {
        let d = PyFloat_AsDouble(o)
        if d.isNaN { setError(PyExc_ValueError, "Invalid value NaN (not a number)"); return nil }
        let f = d.rounded(.down)
        if !(f >= -9.2e18 && f <= 9.2e18) { setError(PyExc_OverflowError, "timestamp out of range for platform time_t"); return nil }
        return time_t(f)
    }
    var overflow: Int32 = 0
    guard let idx = PyNumber_Index(o) else { return nil }
    defer { Py_DECREF(idx) }
    let v = PyLong_AsLongLongAndOverflow(idx, &overflow)
    if overflow != 0 { setError(PyExc_OverflowError, "timestamp out of range for platform time_t"); return nil }
    if v == -1 && PyErr_Occurred() != nil { return nil }
    return time_t(v)
}

private func brokenDown(_ args: UnsafePointer<PyObjectRef?>?, _ nargs: Int, _ name: String, local: Bool) -> PyObjectRef? {
    guard checkArgCount(name, nargs, min: 0, max: 1) else { return nil }
    guard var secs = epochSeconds(nargs > 0 ? arg(args, 0) : nil) else { return nil }
    var t = tm()
    let ok = local ? localtime_r(&secs, &t) != nil : gmtime_r(&secs, &t) != nil
    if !ok {
        if errno == EOVERFLOW || errno == 0 { setError(PyExc_OverflowError, "timestamp out of range for platform time_t"); return nil }
        return PyErr_SetFromErrno(PyExc_OSError)
    }
    return tmTuple(t)
}

private let time_localtime_raw: FastFn = { _, args, nargs in brokenDown(args, nargs, "localtime", local: true) }
private let time_gmtime_raw: FastFn = { _, args, nargs in brokenDown(args, nargs, "gmtime", local: false) }

/// A `tm` from the first 9 items of a sequence (year, mon, mday, hour, min, sec, wday, yday, isdst).
private func tmFrom(_ seq: PyObjectRef) -> tm? {
    let n = PySequence_Size(seq)
    if n < 0 { return nil }
    if n < 9 { setError(PyExc_TypeError, "function takes at least 9-sequence"); return nil }
    var v = [Int](repeating: 0, count: 9)
    for i in 0..<9 {
        guard let item = PySequence_GetItem(seq, i) else { return nil }
        v[i] = PyLong_AsLong(item)
        Py_DECREF(item)
        if v[i] == -1 && PyErr_Occurred() != nil { return nil }
    }
    var t = tm()
    t.tm_year = Int32(truncatingIfNeeded: v[0] - 1900); t.tm_mon = Int32(truncatingIfNeeded: v[1] - 1)
    t.tm_mday = Int32(truncatingIfNeeded: v[2]); t.tm_hour = Int32(truncatingIfNeeded: v[3])
    t.tm_min = Int32(truncatingIfNeeded: v[4]); t.tm_sec = Int32(truncatingIfNeeded: v[5])
    t.tm_wday = Int32(truncatingIfNeeded: (v[6] + 1) % 7); t.tm_yday = Int32(truncatingIfNeeded: v[7] - 1)
    t.tm_isdst = Int32(truncatingIfNeeded: v[8])
    return t
}

/// _mktime(tuple) -> float seconds since the epoch for a local broken-down time.
private let time_mktime_raw: OneArgFn = { _, o in
    guard var t = tmFrom(o!) else { return nil }
    t.tm_wday = -1
    let r = mktime(&t)
    if r == -1 && t.tm_wday == -1 { setError(PyExc_OverflowError, "mktime argument out of range"); return nil }
    return PyFloat_FromDouble(Double(r))
}

/// _strftime(format, tuple11): tuple as made by tmTuple (zone and gmtoff used for %Z / %z).
private let time_strftime_raw: FastFn = { _, args, nargs in
    guard checkArgCount("strftime", nargs, min: 2, max: 2) else { return nil }
    guard var t = tmFrom(arg(args, 1)) else { return nil }
    let fmtObj = arg(args, 0)
    guard isStr(fmtObj) else { setError(PyExc_TypeError, "strftime() argument 1 must be str, not \(typeName(fmtObj))"); return nil }
    let tuple = arg(args, 1)
    var zone: [CChar] = [0]
    if PyTuple_Check(tuple) != 0 && PyTuple_GET_SIZE(tuple) >= 11 {
        let z = PyTuple_GET_ITEM(tuple, 9)!
        if isStr(z) { zone = Array(swiftString(z).utf8CString) }
        let off = PyTuple_GET_ITEM(tuple, 10)!
        if off != pyNone { t.tm_gmtoff = PyLong_AsLong(off); if PyErr_Occurred() != nil { return nil } }
    }
    let fmt = swiftString(fmtObj)
    if fmt.isEmpty { return pyStr("") }
    return zone.withUnsafeMutableBufferPointer { zb -> PyObjectRef? in
        t.tm_zone = UnsafePointer(zb.baseAddress)
        var size = 1024
        // strftime returns 0 both for "buffer too small" and for an empty result: grow a few times.
        while size <= 256 * 1024 + fmt.utf8.count * 64 {
            var buf = [CChar](repeating: 0, count: size)
            let n = strftime(&buf, size, fmt, &t)
            if n > 0 { return PyUnicode_DecodeFSDefaultAndSize(buf, n) }
            size *= 4
        }
        return pyStr("")
    }
}

/// _tzinfo() -> (timezone, altzone, daylight, (stdname, dstname)) as CPython's init_timezone:
/// from the local offsets of January 1 and July 1 of the current year.
private let time_tzinfo_raw: NoArgsFn = { _, _ in
    tzset()
    var now = time(nil)
    var t = tm()
    localtime_r(&now, &t)
    let year = t.tm_year
    func probe(_ mon: Int32) -> (Int, String) {
        var p = tm(); p.tm_year = year; p.tm_mon = mon; p.tm_mday = 1; p.tm_hour = 12; p.tm_isdst = -1
        var secs = mktime(&p)
        var q = tm()
        localtime_r(&secs, &q)
        return (-q.tm_gmtoff, q.tm_zone.map { String(cString: $0) } ?? "")
    }
    let (janOff, janName) = probe(0), (julOff, julName) = probe(6)
    let (stdOff, stdName, dstOff, dstName) = janOff < julOff
        ? (julOff, julName, janOff, janName)    // southern hemisphere: DST in January
        : (janOff, janName, julOff, julName)
    guard let a = PyLong_FromLong(stdOff), let b = PyLong_FromLong(dstOff), let c = PyLong_FromLong(janOff != julOff ? 1 : 0),
          let n1 = pyStr(stdName), let n2 = pyStr(dstName) else { return nil }
    guard let names = makeTuple([n1, n2]) else { return nil }
    Py_DECREF(n1); Py_DECREF(n2)
    let r = makeTuple([a, b, c, names])
    Py_DECREF(a); Py_DECREF(b); Py_DECREF(c); Py_DECREF(names)
    return r
}

private let time_tzset: NoArgsFn = { _, _ in tzset(); return pyNoneRef() }

func makeTimeModule() -> PyObjectRef? {
    guard let m = PyModule_New("_time") else { return nil }
    _ = PyModule_AddFunctions(m, makeMethodTable([
        .noArgs("time", time_time), .noArgs("time_ns", time_time_ns), .noArgs("monotonic", time_monotonic),
        .noArgs("monotonic_ns", time_monotonic_ns), .noArgs("perf_counter", time_monotonic),
        .noArgs("perf_counter_ns", time_monotonic_ns), .noArgs("process_time", time_process_time),
        .noArgs("process_time_ns", time_process_time_ns), .noArgs("thread_time", time_thread_time),
        .noArgs("thread_time_ns", time_thread_time_ns), .oneArg("sleep", time_sleep),
        .fast("_localtime", time_localtime_raw), .fast("_gmtime", time_gmtime_raw), .oneArg("_mktime", time_mktime_raw),
        .fast("_strftime", time_strftime_raw), .noArgs("_tzinfo", time_tzinfo_raw), .noArgs("_tzset", time_tzset),
    ]))
    return m
}

/// Every module written in Swift that ships with the runtime.
func registerRuntimeModules() {
    registerBuiltinModule("_time", makeTimeModule)
    registerBuiltinModule("math", makeMathModule)
    registerBuiltinModule("_struct", makeStructModule)
    registerBuiltinModule("gc", makeGCModule)
    registerBuiltinModule("_thread", makeThreadModule)
    registerBuiltinModule("_weakref", makeWeakrefModule)
    registerBuiltinModule("_abc_tpflags", makeABCFlagsModule)
    registerBuiltinModule("posix", makePosixModule)
    registerBuiltinModule("_zlib", makeZlibModule)
    registerBuiltinModule("_hashlib", makeHashlibModule)
    registerBuiltinModule("_io", makeIOModule)
    registerArrayModule()
    inittab["_ctypes"] = _SwiftPy_PyInit__ctypes   // CExtensions/runtime/ctypes_module.c
    inittab["_re_vm"] = _SwiftPy_PyInit__re_vm     // CExtensions/runtime/re_vm.c
    registerBuiltinModule("_signal", makeSignalModule)
    registerBuiltinModule("_select", makeSelectModule)
    registerBuiltinModule("_multiprocessing", makeMultiprocessingModule)
    registerBuiltinModule("_socket", makeSocketModule)
    registerBuiltinModule("_imp", makeImpModule)
    registerBuiltinModule("_swiftpy", makeSwiftPyHelpersModule)
    registerBuiltinModule("_pwdgrp", makePwdGrpModule)
    registerBuiltinModule("_resource", makeResourceModule)
    registerBuiltinModule("_fcntl", makeFcntlModule)
}
