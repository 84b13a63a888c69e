// The _thread module: OS threads running Python callables, and locks. A thread blocked on a lock
// has released the GIL (brief decision 3); it re-takes it as a priority waiter when the lock is
// acquired, so a CPU-bound thread cannot convoy it.
import CPython
import Glibc

/// A binary semaphore usable from any thread (no GIL needed inside). Heap-allocated once and never
/// moved (pthread objects must not be copied); plain memory, so the lock paths do no ARC.
struct RawLockState {
    var mutex = pthread_mutex_t()
    var cond = pthread_cond_t()
    var locked = false
}
typealias RawLock = UnsafeMutablePointer<RawLockState>

func rawLockCreate() -> RawLock {
    let l = RawLock.allocate(capacity: 1)
    l.initialize(to: RawLockState())
    pthread_mutex_init(&l.pointee.mutex, nil)
    var attr = pthread_condattr_t()
    pthread_condattr_init(&attr)
    pthread_condattr_setclock(&attr, CLOCK_MONOTONIC)
    pthread_cond_init(&l.pointee.cond, &attr)
    pthread_condattr_destroy(&attr)
    return l
}

func rawLockDestroy(_ l: RawLock) {
    pthread_mutex_destroy(&l.pointee.mutex)
    pthread_cond_destroy(&l.pointee.cond)
    l.deinitialize(count: 1)
    l.deallocate()
}

extension UnsafeMutablePointer where Pointee == RawLockState {
    @inline(__always) var isLocked: Bool {
        pthread_mutex_lock(&pointee.mutex); defer { pthread_mutex_unlock(&pointee.mutex) }
        return pointee.locked
    }
    @inline(__always) func tryAcquire() -> Bool {
        pthread_mutex_lock(&pointee.mutex); defer { pthread_mutex_unlock(&pointee.mutex) }
        if pointee.locked { return false }
        pointee.locked = true; return true
    }
    /// Waits up to `timeout` seconds (negative: forever). Returns true if acquired.
    func acquire(timeout: Double) -> Bool {
        pthread_mutex_lock(&pointee.mutex); defer { pthread_mutex_unlock(&pointee.mutex) }
        if timeout < 0 {
            while pointee.locked { pthread_cond_wait(&pointee.cond, &pointee.mutex) }
        } else {
            var ts = timespec()
            clock_gettime(CLOCK_MONOTONIC, &ts)
            let ns = ts.tv_nsec + Int((timeout - Double(Int(timeout))) * 1e9)
            ts.tv_sec += Int(timeout) + ns / 1_000_000_000
            ts.tv_nsec = ns % 1_000_000_000
            while pointee.locked {
                if pthread_cond_timedwait(&pointee.cond, &pointee.mutex, &ts) == ETIMEDOUT { break }
            }
            if pointee.locked { return false }
        }
        pointee.locked = true
        return true
    }
    @inline(__always) func release() { _ = releaseIfLocked() }
    /// Unlocks and wakes one waiter; false (and no change) if it was not locked.
    @inline(__always) func releaseIfLocked() -> Bool {
        pthread_mutex_lock(&pointee.mutex)
        let was = pointee.locked
        if was {
            pointee.locked = false
            pthread_cond_signal(&pointee.cond)
        }
        pthread_mutex_unlock(&pointee.mutex)
        return was
    }
}

nonisolated(unsafe) var lockType: PyTypeRef! = nil
nonisolated(unsafe) var rlockType: PyTypeRef! = nil
let TIMEOUT_MAX = 4294967.0

@inline(__always) private func lockObj(_ o: PyObjectRef) -> UnsafeMutablePointer<SPyLockObject> { o.cast(to: SPyLockObject.self) }
@inline(__always) private func rawLock(_ o: PyObjectRef) -> RawLock { lockObj(o).pointee.impl!.assumingMemoryBound(to: RawLockState.self) }

@inline(__always) func currentThreadIdent() -> UInt { UInt(bitPattern: Int(bitPattern: UInt(pthread_self()))) }

/// Parses (blocking=True, timeout=-1) as CPython's lock_acquire_parse_args. Returns the timeout
/// in seconds (-1 = forever, 0 = non-blocking) or nil with an exception set.
@inline(__always)
private func parseAcquireArgs(_ args: UnsafePointer<PyObjectRef?>?, _ nargs: Int, _ kwnames: PyObjectRef?) -> Double? {
    if nargs == 0 && (kwnames == nil || vmTupleSize(kwnames!) == 0) { return -1 }   // acquire(), `with lock:`
    return parseAcquireArgsSlow(args, nargs, kwnames)
}
private func parseAcquireArgsSlow(_ args: UnsafePointer<PyObjectRef?>?, _ nargs: Int, _ kwnames: PyObjectRef?) -> Double? {
    var kw: [PyObjectRef?] = [nil, nil]
    for i in 0..<min(nargs, 2) { kw[i] = arg(args, i) }
    if nargs > 2 { setError(PyExc_TypeError, "acquire() takes at most 2 arguments (\(nargs) given)"); return nil }
    guard matchKeywords("acquire", args, nargs, kwnames, ["blocking", "timeout"], &kw, positionalCount: 2) else { return nil }
    var blocking = true
    if let b = kw[0] { let t = PyObject_IsTrue(b); if t < 0 { return nil }; blocking = t == 1 }
    var timeout = -1.0
    if let t = kw[1] {
        timeout = PyFloat_AsDouble(t)
        if timeout == -1 && PyErr_Occurred() != nil { return nil }
    }
    if !blocking && timeout != -1 { setError(PyExc_ValueError, "can't specify a timeout for a non-blocking call"); return nil }
    if timeout < 0 && timeout != -1 { setError(PyExc_ValueError, "timeout value must be a non-negative number"); return nil }
    if timeout > TIMEOUT_MAX { setError(PyExc_OverflowError, "timeout value is too large"); return nil }
    return blocking ? timeout : 0
}

/// Acquires with the GIL released while waiting; signals interrupt the wait (retried after the
/// handlers ran, as CPython). Returns 1 acquired, 0 timed out, -1 exception.
func acquireReleasingGIL(_ lock: RawLock, timeout: Double) -> Int32 {
    if lock.tryAcquire() { return 1 }
    if timeout == 0 { return 0 }
    var remaining = timeout
    var deadline = 0.0
    if timeout > 0 { var ts = timespec(); clock_gettime(CLOCK_MONOTONIC, &ts); deadline = Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9 + timeout }
    while true {
        // wait in slices so SIGINT in the main thread is noticed
        let slice = remaining < 0 ? 0.05 : min(remaining, 0.05)
        let save = PyEval_SaveThread()
        let got = lock.acquire(timeout: slice)
        PyEval_RestoreThread(save)
        if got { return 1 }
        if PyErr_CheckSignals() < 0 { return -1 }
        if timeout > 0 {
            var ts = timespec(); clock_gettime(CLOCK_MONOTONIC, &ts)
            remaining = deadline - (Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9)
            if remaining <= 0 { return lock.tryAcquire() ? 1 : 0 }
        }
    }
}

private let lock_acquire: FastKwFn = { s, args, nargs, kwnames in
    guard let timeout = parseAcquireArgs(args, nargs, kwnames) else { return nil }
    let r = acquireReleasingGIL(rawLock(s!), timeout: timeout)
    return r < 0 ? nil : pyBool(r == 1)
}
private let lock_release: FastFn = { s, _, _ in
    if !rawLock(s!).releaseIfLocked() { setError(PyExc_RuntimeError, "release unlocked lock"); return nil }
    return pyNoneRef()
}
private let lock_locked: NoArgsFn = { s, _ in
    pyBool(rawLock(s!).isLocked)
}
private let lock_at_fork_reinit: NoArgsFn = { s, _ in
    let o = lockObj(s!)
    rawLockDestroy(o.pointee.impl!.assumingMemoryBound(to: RawLockState.self))
    o.pointee.impl = UnsafeMutableRawPointer(rawLockCreate())
    return pyNoneRef()
}
private let lock_repr: reprfunc = { s in
    let l = rawLock(s!)
    let tn = String(cString: s!.pointee.ob_type.pointee.tp_name)
    let addr = String(UInt(bitPattern: s!), radix: 16)
    if s!.pointee.ob_type == rlockType {
        let o = lockObj(s!)
        return pyStr("<\(l.isLocked ? "locked" : "unlocked") \(tn) object owner=\(o.pointee.count > 0 ? o.pointee.owner : 0) count=\(o.pointee.count) at 0x\(addr)>")
    }
    return pyStr("<\(l.isLocked ? "locked" : "unlocked") \(tn) object at 0x\(addr)>")
}

// RLock: re-entrant; owner is the thread ident.
private let rlock_acquire: FastKwFn = { s, args, nargs, kwnames in
    guard let timeout = parseAcquireArgs(args, nargs, kwnames) else { return nil }
    let o = lockObj(s!)
    let me = currentThreadIdent()
    if o.pointee.count > 0 && o.pointee.owner == me {
        o.pointee.count += 1
        return pyBool(true)
    }
    let r = acquireReleasingGIL(rawLock(s!), timeout: timeout)
    if r < 0 { return nil }
    if r == 1 { o.pointee.owner = me; o.pointee.count = 1 }
    return pyBool(r == 1)
}
private let rlock_release: FastFn = { s, _, _ in
    let o = lockObj(s!)
    if o.pointee.count == 0 || o.pointee.owner != currentThreadIdent() {
        setError(PyExc_RuntimeError, "cannot release un-acquired lock"); return nil
    }
    o.pointee.count -= 1
    if o.pointee.count == 0 { o.pointee.owner = 0; rawLock(s!).release() }
    return pyNoneRef()
}
private let rlock_is_owned: NoArgsFn = { s, _ in
    let o = lockObj(s!)
    return pyBool(o.pointee.count > 0 && o.pointee.owner == currentThreadIdent())
}
// Condition support: release completely, returning (count, owner); restore from it.
private let rlock_release_save: NoArgsFn = { s, _ in
    let o = lockObj(s!)
    if o.pointee.count == 0 { setError(PyExc_RuntimeError, "cannot release un-acquired lock"); return nil }
    let count = o.pointee.count, owner = o.pointee.owner
    o.pointee.count = 0; o.pointee.owner = 0
    rawLock(s!).release()
    guard let t = PyTuple_New(2) else { return nil }
    PyTuple_SET_ITEM(t, 0, pyInt(count)); PyTuple_SET_ITEM(t, 1, PyLong_FromUnsignedLong(owner))
    return t
}
private let rlock_acquire_restore: OneArgFn = { s, state in
    guard let state, PyTuple_Check(state) != 0, PyTuple_GET_SIZE(state) == 2 else { setError(PyExc_TypeError, "expected (count, owner)"); return nil }
    let r = acquireReleasingGIL(rawLock(s!), timeout: -1)
    if r < 0 { return nil }
    let o = lockObj(s!)
    o.pointee.count = PyLong_AsSsize_t(PyTuple_GET_ITEM(state, 0))
    o.pointee.owner = PyLong_AsUnsignedLong(PyTuple_GET_ITEM(state, 1))
    return pyNoneRef()
}
private let rlock_recursion_count: NoArgsFn = { s, _ in
    let o = lockObj(s!)
    return pyInt(o.pointee.owner == currentThreadIdent() ? o.pointee.count : 0)
}

private let lock_exit: FastFn = { s, _, _ in
    if s!.pointee.ob_type == rlockType { return rlock_release(s, nil, 0) }
    return lock_release(s, nil, 0)
}

/// New lock object (lockType or rlockType); nil with MemoryError.
func newLock(_ type: PyTypeRef) -> PyObjectRef? {
    guard let o = PyType_GenericAlloc(type, 0) else { return nil }
    lockObj(o).pointee.impl = UnsafeMutableRawPointer(rawLockCreate())
    return o
}

private let lock_new: newfunc = { type, _, _ in newLock(type!) }
private let lock_dealloc: destructor = { s in
    let o = lockObj(s!)
    if o.pointee.weakreflist != nil { PyObject_ClearWeakRefs(s) }
    if let impl = o.pointee.impl { rawLockDestroy(impl.assumingMemoryBound(to: RawLockState.self)) }
    s!.pointee.ob_type.pointee.tp_free!(UnsafeMutableRawPointer(s!))
}

private func makeLockType(_ name: String, _ methods: [MethodSpec]) -> PyTypeRef {
    let t = calloc(1, MemoryLayout<PyTypeObject>.size)!.assumingMemoryBound(to: PyTypeObject.self)
    t.pointee.ob_base.ob_base.ob_refcnt = 1 << 30
    t.pointee.ob_base.ob_base.ob_type = SPyType_Type()
    t.pointee.tp_name = immortalCString(name)
    t.pointee.tp_basicsize = MemoryLayout<SPyLockObject>.size
    t.pointee.tp_flags = Py_TPFLAGS_DEFAULT
    t.pointee.tp_dealloc = lock_dealloc
    t.pointee.tp_repr = lock_repr
    t.pointee.tp_new = lock_new
    t.pointee.tp_weaklistoffset = MemoryLayout<SPyLockObject>.offset(of: \SPyLockObject.weakreflist)!
    t.pointee.tp_methods = makeMethodTable(methods)
    return t
}

func registerThreadTypes() {
    lockType = makeLockType("_thread.lock", [
        .fastKw("acquire", lock_acquire), .fastKw("acquire_lock", lock_acquire), .fast("release", lock_release),
        .fast("release_lock", lock_release), .noArgs("locked", lock_locked), .noArgs("locked_lock", lock_locked),
        .fastKw("__enter__", lock_acquire), .fast("__exit__", lock_exit), .noArgs("_at_fork_reinit", lock_at_fork_reinit),
    ])
    rlockType = makeLockType("_thread.RLock", [
        .fastKw("acquire", rlock_acquire), .fast("release", rlock_release), .noArgs("_is_owned", rlock_is_owned),
        .noArgs("_release_save", rlock_release_save), .oneArg("_acquire_restore", rlock_acquire_restore),
        .noArgs("_recursion_count", rlock_recursion_count),
        .fastKw("__enter__", rlock_acquire), .fast("__exit__", lock_exit), .noArgs("_at_fork_reinit", lock_at_fork_reinit),
    ])
    extraStaticTypes += [lockType, rlockType]
}

// ---- threads ----

/// Number of Python threads started by _thread and still running (_thread._count()).
nonisolated(unsafe) var runningThreadCount = 0
nonisolated(unsafe) var threadStackSize = 0

private final class ThreadStart {
    let tstate: UnsafeMutablePointer<PyThreadState>
    let function: PyObjectRef, args: PyObjectRef, kwargs: PyObjectRef?
    init(_ t: UnsafeMutablePointer<PyThreadState>, _ f: PyObjectRef, _ a: PyObjectRef, _ k: PyObjectRef?) { tstate = t; function = f; args = a; kwargs = k }
}

/// Body of every Python thread: take the GIL, run, report an uncaught exception, clean up.
private func threadMain(_ boot: ThreadStart) {
    let ts = boot.tstate
    ts.pointee.thread_id = currentThreadIdent()
    ts.pointee.native_thread_id = UInt(SPy_gettid())
    setThisThreadState(ts)
    gilTake(ts, priority: false)
    _SPy_SetTState(ts)
    let r = PyObject_Call(boot.function, boot.args, boot.kwargs)
    if let r { Py_DECREF(r) } else if PyErr_ExceptionMatches(PyExc_SystemExit) != 0 {
        PyErr_Clear()
    } else {
        // _thread's default: "Exception ignored in thread started by: <func>" + traceback
        let exc = PyErr_GetRaisedException()
        if let repr = PyObject_Repr(boot.function) {
            if let err = PySys_GetObject("stderr"), err != pyNone, let msg = pyStr("Exception ignored in thread started by: \(swiftString(repr))\n") {
                if let w = callMethod1(err, "write", msg) { Py_DECREF(w) }
                Py_DECREF(msg)
            }
            Py_DECREF(repr)
        }
        PyErr_Clear()
        if let exc { PyErr_Display(nil, exc, nil); Py_DECREF(exc) }
    }
    Py_DECREF(boot.function); Py_DECREF(boot.args); Py_XDECREF(boot.kwargs)
    PyThreadState_Clear(ts)
    runningThreadCount -= 1   // after the thread's last reference is gone (the leak check waits on it)
    deleteCurrentThreadState(ts)
}

/// Starts an OS thread running function(*args, **kwargs). Returns its ident, or nil with an exception.
func startPythonThread(_ function: PyObjectRef, _ args: PyObjectRef, _ kwargs: PyObjectRef?) -> UInt? {
    let ts = tstateCreate(mainInterp!)
    Py_INCREF(function); Py_INCREF(args); Py_XINCREF(kwargs)
    let boot = ThreadStart(ts, function, args, kwargs)
    var attr = pthread_attr_t()
    pthread_attr_init(&attr)
    pthread_attr_setstacksize(&attr, threadStackSize > 0 ? threadStackSize : 256 << 20)
    pthread_attr_setdetachstate(&attr, Int32(PTHREAD_CREATE_DETACHED))
    var tid = pthread_t()
    runningThreadCount += 1
    let rc = pthread_create(&tid, &attr, { p in
        threadMain(Unmanaged<ThreadStart>.fromOpaque(p!).takeRetainedValue())
        return nil
    }, Unmanaged.passRetained(boot).toOpaque())
    pthread_attr_destroy(&attr)
    if rc != 0 {
        runningThreadCount -= 1
        Unmanaged<ThreadStart>.fromOpaque(Unmanaged.passUnretained(boot).toOpaque()).release()
        Py_DECREF(function); Py_DECREF(args); Py_XDECREF(kwargs)
        tstateUnlink(ts); free(ts)
        setError(PyExc_RuntimeError, "can't start new thread")
        return nil
    }
    return UInt(bitPattern: Int(bitPattern: UInt(tid)))
}

private let thread_start_new_thread: FastFn = { _, args, nargs in
    guard checkArgCount("start_new_thread", nargs, min: 2, max: 3) else { return nil }
    let fn = arg(args, 0), fargs = arg(args, 1)
    guard PyCallable_Check(fn) != 0 else { setError(PyExc_TypeError, "first arg must be callable"); return nil }
    guard PyTuple_Check(fargs) != 0 else { setError(PyExc_TypeError, "2nd arg must be a tuple"); return nil }
    var kw: PyObjectRef? = nil
    if nargs == 3 {
        kw = arg(args, 2)
        if PyDict_Check(kw!) == 0 { setError(PyExc_TypeError, "optional 3rd arg must be a dictionary"); return nil }
    }
    guard let ident = startPythonThread(fn, fargs, kw) else { return nil }
    return PyLong_FromUnsignedLong(ident)
}
private let thread_allocate_lock: FastFn = { _, _, _ in newLock(lockType) }
private let thread_get_ident: NoArgsFn = { _, _ in PyLong_FromUnsignedLong(currentThreadIdent()) }
private let thread_get_native_id: NoArgsFn = { _, _ in PyLong_FromUnsignedLong(UInt(SPy_gettid())) }
private let thread_count: NoArgsFn = { _, _ in pyInt(runningThreadCount) }
private let thread_stack_size: FastFn = { _, args, nargs in
    guard checkArgCount("stack_size", nargs, min: 0, max: 1) else { return nil }
    let old = threadStackSize
    if nargs == 1 {
        let v = PyLong_AsSsize_t(arg(args, 0))
        if v == -1 && PyErr_Occurred() != nil { return nil }
        if v != 0 && v < 32768 { setError(PyExc_ValueError, "size not valid: \(v) bytes"); return nil }
        threadStackSize = v
    }
    return pyInt(old)
}
private let thread_interrupt_main: FastFn = { _, args, nargs in
    let sig = nargs > 0 ? Int32(PyLong_AsLong(arg(args, 0))) : SIGINT
    if PyErr_SetInterruptEx(sig) < 0 { setError(PyExc_ValueError, "signal number out of range"); return nil }
    return pyNoneRef()
}
private let thread_exit: NoArgsFn = { _, _ in PyErr_SetNone(PyExc_SystemExit); return nil }
private let thread_daemon_threads_allowed: NoArgsFn = { _, _ in pyBool(true) }

func makeThreadModule() -> PyObjectRef? {
    guard let m = PyModule_New("_thread") else { return nil }
    _ = PyModule_AddFunctions(m, makeMethodTable([
        .fast("start_new_thread", thread_start_new_thread), .fast("start_new", thread_start_new_thread),
        .fast("allocate_lock", thread_allocate_lock), .fast("allocate", thread_allocate_lock),
        .noArgs("get_ident", thread_get_ident), .noArgs("get_native_id", thread_get_native_id),
        .noArgs("_count", thread_count), .fast("stack_size", thread_stack_size),
        .fast("interrupt_main", thread_interrupt_main), .noArgs("exit", thread_exit),
        .noArgs("daemon_threads_allowed", thread_daemon_threads_allowed),
    ]))
    _ = PyModule_AddObjectRef(m, "LockType", lockType.asObject)
    _ = PyModule_AddObjectRef(m, "lock", lockType.asObject)
    _ = PyModule_AddObjectRef(m, "RLock", rlockType.asObject)
    _ = PyModule_AddObjectRef(m, "error", PyExc_RuntimeError)
    let tm = PyFloat_FromDouble(TIMEOUT_MAX)!
    _ = PyModule_AddObjectRef(m, "TIMEOUT_MAX", tm); Py_DECREF(tm)
    return m
}
