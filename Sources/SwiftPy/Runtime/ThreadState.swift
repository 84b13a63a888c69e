// Interpreter and thread states, and the C API that moves a thread in and out of the GIL.
// One PyThreadState per OS thread, kept in the C thread-local `_spy_tstate` (NULL while the
// thread does not hold the GIL, as in CPython). The main interpreter is the only interpreter.
import CPython
import Glibc

nonisolated(unsafe) var mainInterp: UnsafeMutablePointer<PyInterpreterState>? = nil
nonisolated(unsafe) var mainThreadID: pthread_t = pthread_self()
/// Thread state of this OS thread even while it has released the GIL (for PyGILState_*).
nonisolated(unsafe) private var tstateListLock = pthread_mutex_t()

func interpCreate() -> UnsafeMutablePointer<PyInterpreterState> {
    let raw = calloc(1, MemoryLayout<PyInterpreterState>.size)!
    let interp = raw.assumingMemoryBound(to: PyInterpreterState.self)
    interp.pointee.recursion_limit = 1000
    pthread_mutex_init(&tstateListLock, nil)
    mainInterp = interp
    return interp
}

/// Allocates a thread state linked into the interpreter's list (does not take the GIL). Linking
/// writes the list head (another thread's state): call with the GIL held, or pass link: false
/// and call tstateLink once the GIL is taken.
func tstateCreate(_ interp: UnsafeMutablePointer<PyInterpreterState>, link: Bool = true) -> UnsafeMutablePointer<PyThreadState> {
    let ts = calloc(1, MemoryLayout<PyThreadState>.size)!.assumingMemoryBound(to: PyThreadState.self)
    ts.pointee.interp = interp
    ts.pointee.thread_id = UInt(bitPattern: Int(bitPattern: UInt(pthread_self())))
    ts.pointee.native_thread_id = UInt(SPy_gettid())
    gilStatsAttach(ts)
    if link { tstateLink(ts) }
    return ts
}

func tstateLink(_ ts: UnsafeMutablePointer<PyThreadState>) {
    let interp = ts.pointee.interp!
    pthread_mutex_lock(&tstateListLock)
    ts.pointee.next = interp.pointee.tstate_head
    if let h = interp.pointee.tstate_head { h.pointee.prev = ts }
    interp.pointee.tstate_head = ts
    pthread_mutex_unlock(&tstateListLock)
}

func tstateUnlink(_ ts: UnsafeMutablePointer<PyThreadState>) {
    let interp = ts.pointee.interp!
    pthread_mutex_lock(&tstateListLock)
    if let p = ts.pointee.prev { p.pointee.next = ts.pointee.next } else { interp.pointee.tstate_head = ts.pointee.next }
    if let n = ts.pointee.next { n.pointee.prev = ts.pointee.prev }
    gilStatsDetach(ts)
    pthread_mutex_unlock(&tstateListLock)
}

/// Runs `body` with the thread-state list (and the ended threads' GIL stats) locked.
func withTStateListLocked<T>(_ body: () -> T) -> T {
    pthread_mutex_lock(&tstateListLock)
    defer { pthread_mutex_unlock(&tstateListLock) }
    return body()
}

/// The thread state of this OS thread, whether or not it holds the GIL.
private let gilstateKey: pthread_key_t = { var k = pthread_key_t(); pthread_key_create(&k, nil); return k }()
func setThisThreadState(_ ts: UnsafeMutablePointer<PyThreadState>?) { pthread_setspecific(gilstateKey, ts.map { UnsafeRawPointer($0) }) }
func thisThreadState() -> UnsafeMutablePointer<PyThreadState>? { pthread_getspecific(gilstateKey)?.assumingMemoryBound(to: PyThreadState.self) }

@c @implementation public func PyThreadState_Get() -> UnsafeMutablePointer<PyThreadState>? {
    guard let ts = SPy_TState() else { _Py_FatalErrorFunc("PyThreadState_Get", "the function must be called with the GIL held, but the GIL is released (the current Python thread state is NULL)") }
    return ts
}
@c @implementation public func _PyThreadState_UncheckedGet() -> UnsafeMutablePointer<PyThreadState>? { SPy_TState() }
@c @implementation public func PyThreadState_Swap(_ ts: UnsafeMutablePointer<PyThreadState>?) -> UnsafeMutablePointer<PyThreadState>? {
    let old = SPy_TState()
    _SPy_SetTState(ts)
    return old
}
@c @implementation public func PyInterpreterState_Get() -> UnsafeMutablePointer<PyInterpreterState>? { mainInterp }
@c @implementation public func PyThreadState_New(_ interp: UnsafeMutablePointer<PyInterpreterState>?) -> UnsafeMutablePointer<PyThreadState>? {
    tstateCreate(interp ?? mainInterp!)
}
@c @implementation public func PyThreadState_GetDict() -> PyObjectRef? {
    guard let ts = SPy_TState() else { return nil }
    if ts.pointee.dict == nil { ts.pointee.dict = PyDict_New() }
    return ts.pointee.dict
}
@c @implementation public func PyThreadState_Clear(_ ts: UnsafeMutablePointer<PyThreadState>?) {
    guard let ts else { return }
    Py_XDECREF(ts.pointee.curexc); ts.pointee.curexc = nil
    Py_XDECREF(ts.pointee.exc_info); ts.pointee.exc_info = nil
    Py_XDECREF(ts.pointee.dict); ts.pointee.dict = nil
    Py_XDECREF(ts.pointee.async_exc); ts.pointee.async_exc = nil
}
@c @implementation public func PyThreadState_Delete(_ ts: UnsafeMutablePointer<PyThreadState>?) {
    guard let ts else { return }
    tstateUnlink(ts)
    if thisThreadState() == ts { setThisThreadState(nil) }
    free(ts)
}
@c @implementation public func PyThreadState_DeleteCurrent() {
    guard let ts = SPy_TState() else { return }
    PyThreadState_Clear(ts)
    deleteCurrentThreadState(ts)
}

/// Unlinks and frees the calling thread's state and releases the GIL, as CPython's
/// _PyThreadState_DeleteCurrent: the unlink happens while the GIL is still held, because it writes
/// the neighbouring states (another thread's) that their owners touch under the GIL.
func deleteCurrentThreadState(_ ts: UnsafeMutablePointer<PyThreadState>) {
    gilStatsNoteDrop(ts, monotonicNanos())  // its last holding, before the stats are archived
    tstateUnlink(ts)
    _SPy_SetTState(nil)
    gilDrop(ts, forced: false)
    if thisThreadState() == ts { setThisThreadState(nil) }
    free(ts)
}

// ---- GIL release around blocking or long-running native code ----

/// Releases the GIL; returns the thread state to hand back to PyEval_RestoreThread.
@c @implementation public func PyEval_SaveThread() -> UnsafeMutablePointer<PyThreadState>? {
    guard let ts = SPy_TState() else { _Py_FatalErrorFunc("PyEval_SaveThread", "the GIL is not held") }
    _SPy_SetTState(nil)
    gilDrop(ts, forced: false)
    return ts
}
/// Re-takes the GIL after a blocking call, as a priority waiter (no convoy behind CPU-bound threads).
@c @implementation public func PyEval_RestoreThread(_ ts: UnsafeMutablePointer<PyThreadState>?) {
    guard let ts else { _Py_FatalErrorFunc("PyEval_RestoreThread", "NULL thread state") }
    let saved = errno
    gilTake(ts, priority: true)
    _SPy_SetTState(ts)
    errno = saved
}
@c @implementation public func PyEval_AcquireThread(_ ts: UnsafeMutablePointer<PyThreadState>?) {
    guard let ts else { return }
    gilTake(ts, priority: true)
    _SPy_SetTState(ts)
}
@c @implementation public func PyEval_ReleaseThread(_ ts: UnsafeMutablePointer<PyThreadState>?) {
    guard let ts else { return }
    _SPy_SetTState(nil)
    gilDrop(ts, forced: false)
}
@c @implementation public func PyEval_InitThreads() {}
@c @implementation public func PyEval_ThreadsInitialized() -> Int32 { 1 }

// ---- PyGILState: any OS thread (e.g. one made by a C library) calling into Python ----

@c @implementation public func PyGILState_Ensure() -> PyGILState_STATE {
    if let ts = thisThreadState() {
        if SPy_TState() == ts { ts.pointee.gilstate_counter += 1; return PyGILState_LOCKED }
        gilTake(ts, priority: true)
        _SPy_SetTState(ts)
        ts.pointee.gilstate_counter += 1
        return PyGILState_UNLOCKED
    }
    let ts = tstateCreate(mainInterp!, link: false)
    setThisThreadState(ts)
    gilTake(ts, priority: true)
    tstateLink(ts)
    _SPy_SetTState(ts)
    ts.pointee.gilstate_counter = 1
    return PyGILState_UNLOCKED
}
@c @implementation public func PyGILState_Release(_ state: PyGILState_STATE) {
    guard let ts = SPy_TState() else { return }
    ts.pointee.gilstate_counter -= 1
    if state == PyGILState_UNLOCKED {
        _SPy_SetTState(nil)
        gilDrop(ts, forced: false)
    }
}
@c @implementation public func PyGILState_GetThisThreadState() -> UnsafeMutablePointer<PyThreadState>? { thisThreadState() }
@c @implementation public func PyGILState_Check() -> Int32 { SPy_TState() != nil ? 1 : 0 }

// ---- the eval breaker's slow path ----


/// Called by the eval loop (GIL held) when the eval-breaker word is non-zero, at function entry,
/// backward jumps and after calls. Returns 0, or -1 with an exception set.
public func handleEvalBreaker() -> Int32 {
    guard let ts = SPy_TState() else { return 0 }
    let interp = ts.pointee.interp!
    let bits = SPy_EvalBreakerLoad(interp)
    if bits & SPY_BREAK_SIGNALS != 0 && pthread_equal(pthread_self(), mainThreadID) != 0 {
        if PyErr_CheckSignals() < 0 { return -1 }
    }
    if bits & SPY_BREAK_GIL_DROP_REQUEST != 0 {
        if let s = gilStats(ts) { s.pointee.dropRequests &+= 1 }
        _SPy_SetTState(nil)
        gilYield(ts)
        _SPy_SetTState(ts)
    }
    if bits & SPY_BREAK_GC != 0 {
        SPy_EvalBreakerClear(interp, SPY_BREAK_GC)
        collectIfNeeded()
    }
    if bits & SPY_BREAK_ASYNC_EXC != 0, let exc = ts.pointee.async_exc {
        ts.pointee.async_exc = nil
        SPy_EvalBreakerClear(interp, SPY_BREAK_ASYNC_EXC)
        PyErr_SetNone(exc)
        Py_DECREF(exc)
        return -1
    }
    return 0
}
