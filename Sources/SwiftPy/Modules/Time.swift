// The time module: clocks, sleep (releases the GIL), struct_time (localtime/gmtime/mktime), strftime.
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

/// strftime(format[, t]): `t` is a struct_time or 9-sequence (default: localtime()).
private let time_strftime: FastFn = { _, args, nargs in
    guard checkArgCount("strftime", nargs, min: 1, max: 2) else { return nil }
    var tmv = tm()
    if nargs > 1 {
        guard let t = tmFromSequence("strftime", arg(args, 1)) else { return nil }
        tmv = t
    } else {
        var now = time(nil)
        localtime_r(&now, &tmv)
    }
    guard isStr(arg(args, 0)) else {
        setError(PyExc_TypeError, "strftime() argument 1 must be str, not \(typeName(arg(args, 0)))"); return nil
    }
    let fmt = swiftString(arg(args, 0))
    if fmt.isEmpty { return pyStr("") }
    var size = 1024
    while true {
        var buf = [CChar](repeating: 0, count: size)
        let n = strftime(&buf, size, fmt, &tmv)
        if n > 0 || size > 256 * fmt.utf8.count + 1024 { return PyUnicode_FromStringAndSize(buf, n) }
        size *= 4
    }
}

/// A C `tm` from a 9-item sequence (year, mon, mday, hour, min, sec, wday Mon=0, yday 1-based, isdst).
private func tmFromSequence(_ fname: String, _ o: PyObjectRef) -> tm? {
    guard let seq = PySequence_Tuple(o) else { return nil }
    defer { Py_DECREF(seq) }
    guard PyTuple_Size(seq) >= 9 else {
        setError(PyExc_TypeError, "\(fname)(): illegal time tuple argument"); return nil
    }
    var v = [Int](repeating: 0, count: 9)
    for i in 0..<9 {
        v[i] = PyLong_AsLong(PyTuple_GetItem(seq, i))
        if v[i] == -1 && PyErr_Occurred() != nil { return nil }
    }
    var t = tm()
    t.tm_year = Int32(v[0] - 1900); t.tm_mon = Int32(v[1] - 1); t.tm_mday = Int32(v[2])
    t.tm_hour = Int32(v[3]); t.tm_min = Int32(v[4]); t.tm_sec = Int32(v[5])
    t.tm_wday = Int32((v[6] + 1) % 7); t.tm_yday = Int32(v[7] - 1); t.tm_isdst = Int32(v[8])
    if t.tm_mon < 0 { t.tm_mon = 0 }
    if t.tm_mday < 1 { t.tm_mday = 1 }
    if t.tm_yday < 0 { t.tm_yday = 0 }
    return t
}

/// The 11 struct_time fields of `t` as a tuple (the Python layer wraps it in struct_time).
private func tmTuple(_ t: tm) -> PyObjectRef? {
    let zone: PyObjectRef? = t.tm_zone.map { PyUnicode_DecodeFSDefault($0) } ?? pyNoneRef()
    let vals = [Int(t.tm_year) + 1900, Int(t.tm_mon) + 1, Int(t.tm_mday), Int(t.tm_hour), Int(t.tm_min),
                Int(t.tm_sec), (Int(t.tm_wday) + 6) % 7, Int(t.tm_yday) + 1, Int(t.tm_isdst)]
    guard let zone, let tup = PyTuple_New(11) else { Py_XDECREF(zone); return nil }
    for (i, v) in vals.enumerated() { PyTuple_SET_ITEM(tup, i, PyLong_FromLong(v)) }
    PyTuple_SET_ITEM(tup, 9, zone)
    PyTuple_SET_ITEM(tup, 10, PyLong_FromLong(Int(t.tm_gmtoff)))
    return tup
}

private func secondsArg(_ args: UnsafePointer<PyObjectRef?>?, _ nargs: Int) -> time_t? {
    if nargs == 0 || arg(args, 0) == pyNone { return time(nil) }
    let d = PyFloat_AsDouble(arg(args, 0))
    if d == -1 && PyErr_Occurred() != nil { return nil }
    if !d.isFinite || abs(d) > 1e17 { setError(PyExc_OverflowError, "timestamp out of range for platform time_t"); return nil }
    return time_t(d.rounded(.down))
}

private let time_localtime_tuple: FastFn = { _, args, nargs in
    guard checkArgCount("localtime", nargs, min: 0, max: 1), var secs = secondsArg(args, nargs) else { return nil }
    var t = tm()
    guard localtime_r(&secs, &t) != nil else { return raiseErrno(nil) }
    return tmTuple(t)
}

private let time_gmtime_tuple: FastFn = { _, args, nargs in
    guard checkArgCount("gmtime", nargs, min: 0, max: 1), var secs = secondsArg(args, nargs) else { return nil }
    var t = tm()
    guard gmtime_r(&secs, &t) != nil else { return raiseErrno(nil) }
    return tmTuple(t)
}

private let time_mktime: OneArgFn = { _, o in
    guard var t = tmFromSequence("mktime", o!) else { return nil }
    t.tm_wday = -1
    let r = mktime(&t)
    if r == -1 && t.tm_wday == -1 { setError(PyExc_OverflowError, "mktime argument out of range"); return nil }
    return PyFloat_FromDouble(Double(r))
}

/// struct_time and the functions returning it, in Python over the tuple-returning natives.
private let timePythonPart = """
class struct_time(tuple):
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0
    _names = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst')

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        if not 9 <= len(seq) <= 11:
            raise TypeError('time.struct_time() takes an at least 9-sequence (%d-sequence given)' % len(seq))
        self = tuple.__new__(cls, seq[:9])
        extra = seq[9:] + (None,) * (11 - len(seq))
        self.__dict__['tm_zone'], self.__dict__['tm_gmtoff'] = extra
        return self

    def __setattr__(self, name, value):
        raise AttributeError('readonly attribute')

    def __repr__(self):
        return 'time.struct_time(%s)' % ', '.join('%s=%r' % (n, v) for n, v in zip(self._names, self))

    def __reduce__(self):
        return (struct_time, (tuple(self) + (self.tm_zone, self.tm_gmtoff),))

for _i, _n in enumerate(struct_time._names):
    setattr(struct_time, _n, property(lambda self, _i=_i: tuple.__getitem__(self, _i)))
struct_time.__module__ = 'time'
del _i, _n

def localtime(secs=None):
    return struct_time(_localtime(secs))

def gmtime(secs=None):
    return struct_time(_gmtime(secs))

_DAYS = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTHS = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')

def asctime(t=None):
    if t is None:
        t = localtime()
    return '%s %s %2d %02d:%02d:%02d %d' % (_DAYS[t[6]], _MONTHS[t[1] - 1], t[2], t[3], t[4], t[5], t[0])

def ctime(secs=None):
    return asctime(localtime(secs))

def _init_zone():
    global timezone, altzone, daylight, tzname
    jan = _localtime(0.0 + 15 * 86400)
    jul = _localtime(0.0 + 197 * 86400)
    timezone = -jan[10]
    altzone = -jul[10] if jul[8] > 0 else timezone
    daylight = int(jan[10] != jul[10])
    tzname = (jan[9], jul[9] if daylight else jan[9])
_init_zone()
del _init_zone
"""

func makeTimeModule() -> PyObjectRef? {
    guard let m = PyModule_New("time") else { return nil }
    _ = PyModule_AddFunctions(m, makeMethodTable([
        .noArgs("time", time_time), .noArgs("time_ns", time_time_ns), .noArgs("monotonic", time_monotonic),
        .noArgs("monotonic_ns", time_monotonic_ns), .noArgs("perf_counter", time_monotonic),
        .noArgs("perf_counter_ns", time_monotonic_ns), .noArgs("process_time", time_process_time),
        .noArgs("process_time_ns", time_process_time_ns), .noArgs("thread_time", time_thread_time),
        .oneArg("sleep", time_sleep), .fast("strftime", time_strftime),
        .fast("_localtime", time_localtime_tuple), .fast("_gmtime", time_gmtime_tuple), .oneArg("mktime", time_mktime),
    ]))
    tzset()
    guard let d = PyModule_GetDict(m), let r = PyRun_String(timePythonPart, Py_file_input, d, d) else { Py_DECREF(m); return nil }
    Py_DECREF(r)
    return m
}

/// Every module written in Swift that ships with the runtime.
func registerRuntimeModules() {
    registerBuiltinModule("time", makeTimeModule)
    registerBuiltinModule("math", makeMathModule)
    registerBuiltinModule("_struct", makeStructModule)
    registerBuiltinModule("gc", makeGCModule)
    registerBuiltinModule("_thread", makeThreadModule)
    registerBuiltinModule("_weakref", makeWeakrefModule)
    registerBuiltinModule("posix", makePosixModule)
    registerArrayModule()
    inittab["_ctypes"] = _SwiftPy_PyInit__ctypes   // CExtensions/runtime/ctypes_module.c
    registerBuiltinModule("_signal", makeSignalModule)
    registerBuiltinModule("select", makeSelectModule)
    registerBuiltinModule("_multiprocessing", makeMultiprocessingModule)
}
