// The global interpreter lock: CPython's shape (mutex + condition variable over a `locked` flag,
// timed waits of one switch interval, a drop request on the eval breaker, forced switching) plus a
// fix for CPython's convoy effect (bpo-7946): a thread coming back from a blocking call is a
// *priority* waiter and posts the drop request at once instead of after a switch interval, so it
// gets the GIL at the holder's next eval-breaker check (microseconds), not 5 ms later.
//
// Invariants: `locked`, `holder`, `switchNumber`, `waiters` and `priorityWaiters` are only read or
// written with `mutex` held. A thread that does not hold the GIL touches no Python object.
import CPython
import Glibc

struct GILState {
    var mutex = pthread_mutex_t()
    var cond = pthread_cond_t()          // waiters wait here for `locked` to become false
    var switchCond = pthread_cond_t()    // a forced dropper waits here until a waiter took the GIL
    var locked = false
    var holder: UnsafeMutablePointer<PyThreadState>? = nil
    var switchNumber: UInt64 = 0         // incremented each time the GIL changes hands
    var waiters = 0
    var priorityWaiters = 0
    var intervalMicros: Int = 5000       // sys.setswitchinterval, in microseconds
    // statistics (-X gilstats)
    var takes: UInt64 = 0
    var forcedDrops: UInt64 = 0
    var priorityTakes: UInt64 = 0
}

/// The interpreter's one GIL (allocated once, never moves: pthread objects must not be copied).
nonisolated(unsafe) var theGIL: UnsafeMutablePointer<GILState>? = nil

func gilCreate() -> UnsafeMutablePointer<GILState> {
    let g = UnsafeMutablePointer<GILState>.allocate(capacity: 1)
    g.initialize(to: GILState())
    pthread_mutex_init(&g.pointee.mutex, nil)
    var attr = pthread_condattr_t()
    pthread_condattr_init(&attr)
    pthread_condattr_setclock(&attr, CLOCK_MONOTONIC)
    pthread_cond_init(&g.pointee.cond, &attr)
    pthread_cond_init(&g.pointee.switchCond, &attr)
    pthread_condattr_destroy(&attr)
    theGIL = g
    return g
}

@inline(__always) private func deadline(afterMicros us: Int) -> timespec {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    let ns = ts.tv_nsec + us * 1000
    ts.tv_sec += ns / 1_000_000_000
    ts.tv_nsec = ns % 1_000_000_000
    return ts
}

/// Takes the GIL for `tstate`. `priority`: the caller returns from a blocking call (convoy fix).
func gilTake(_ tstate: UnsafeMutablePointer<PyThreadState>, priority: Bool) {
    let g = theGIL!
    let interp = tstate.pointee.interp!
    pthread_mutex_lock(&g.pointee.mutex)
    var waitStart: UInt64 = 0
    if g.pointee.locked {
        waitStart = monotonicNanos()
        g.pointee.waiters += 1
        if priority { g.pointee.priorityWaiters += 1 }
        while g.pointee.locked {
            let seen = g.pointee.switchNumber
            if priority {
                // Ask the holder to drop at its next check; do not wait out an interval first.
                SPy_EvalBreakerSet(interp, SPY_BREAK_GIL_DROP_REQUEST)
                var ts = deadline(afterMicros: g.pointee.intervalMicros)
                pthread_cond_timedwait(&g.pointee.cond, &g.pointee.mutex, &ts)
            } else {
                var ts = deadline(afterMicros: g.pointee.intervalMicros)
                let rc = pthread_cond_timedwait(&g.pointee.cond, &g.pointee.mutex, &ts)
                // A whole interval passed with no switch: ask the holder to drop.
                if rc == ETIMEDOUT && g.pointee.locked && g.pointee.switchNumber == seen {
                    SPy_EvalBreakerSet(interp, SPY_BREAK_GIL_DROP_REQUEST)
                }
            }
        }
        g.pointee.waiters -= 1
        if priority { g.pointee.priorityWaiters -= 1; g.pointee.priorityTakes += 1 }
    }
    g.pointee.locked = true
    g.pointee.holder = tstate
    g.pointee.switchNumber &+= 1
    g.pointee.takes &+= 1
    gilStatsNoteTake(tstate, waitStart: waitStart, monotonicNanos())
    // The request that made the previous holder drop is satisfied; a priority waiter still
    // queued re-posts it, a plain waiter waits its interval first.
    if g.pointee.priorityWaiters > 0 {
        SPy_EvalBreakerSet(interp, SPY_BREAK_GIL_DROP_REQUEST)
    } else {
        SPy_EvalBreakerClear(interp, SPY_BREAK_GIL_DROP_REQUEST)
    }
    pthread_cond_signal(&g.pointee.switchCond)
    pthread_mutex_unlock(&g.pointee.mutex)
    tstate.pointee.holds_gil = 1
}

/// Releases the GIL. `forced`: dropping because of a drop request; then wait until a waiter has
/// taken it, so the dropper cannot grab it straight back (forced switching).
func gilDrop(_ tstate: UnsafeMutablePointer<PyThreadState>, forced: Bool) {
    let g = theGIL!
    gilStatsNoteDrop(tstate, monotonicNanos())
    tstate.pointee.holds_gil = 0
    pthread_mutex_lock(&g.pointee.mutex)
    g.pointee.locked = false
    g.pointee.holder = nil
    pthread_cond_signal(&g.pointee.cond)
    if forced && g.pointee.waiters > 0 {
        g.pointee.forcedDrops &+= 1
        let seen = g.pointee.switchNumber
        while g.pointee.switchNumber == seen && g.pointee.waiters > 0 {
            pthread_cond_wait(&g.pointee.switchCond, &g.pointee.mutex)
        }
    }
    pthread_mutex_unlock(&g.pointee.mutex)
}

/// Answers a drop request (eval breaker, GIL held): hands the GIL to a waiter and takes it back once
/// it is free again. One sleep instead of gilDrop(forced:) + gilTake: the yielder does not wait to
/// see the waiter take the GIL (a wake-up for nothing); it waits until the GIL is free *and* has
/// changed hands since it dropped it, so it cannot grab it straight back (forced switching).
func gilYield(_ tstate: UnsafeMutablePointer<PyThreadState>) {
    let g = theGIL!
    let interp = tstate.pointee.interp!
    let dropped = monotonicNanos()
    gilStatsNoteDrop(tstate, dropped)
    tstate.pointee.holds_gil = 0
    pthread_mutex_lock(&g.pointee.mutex)
    let others = g.pointee.waiters
    g.pointee.locked = false
    g.pointee.holder = nil
    pthread_cond_signal(&g.pointee.cond)
    if others > 0 {
        g.pointee.forcedDrops &+= 1
        let seen = g.pointee.switchNumber
        g.pointee.waiters += 1
        // a plain waiter from here on: re-post the drop request only after a whole interval
        while g.pointee.locked || (g.pointee.switchNumber == seen && g.pointee.waiters > 1) {
            let before = g.pointee.switchNumber
            var ts = deadline(afterMicros: g.pointee.intervalMicros)
            let rc = pthread_cond_timedwait(&g.pointee.cond, &g.pointee.mutex, &ts)
            if rc == ETIMEDOUT && g.pointee.locked && g.pointee.switchNumber == before {
                SPy_EvalBreakerSet(interp, SPY_BREAK_GIL_DROP_REQUEST)
            }
        }
        g.pointee.waiters -= 1
        gilStatsNoteTake(tstate, waitStart: dropped, monotonicNanos())
    } else {
        gilStatsNoteTake(tstate, waitStart: 0, dropped)
    }
    g.pointee.locked = true
    g.pointee.holder = tstate
    g.pointee.switchNumber &+= 1
    g.pointee.takes &+= 1
    if g.pointee.priorityWaiters > 0 {
        SPy_EvalBreakerSet(interp, SPY_BREAK_GIL_DROP_REQUEST)
    } else {
        SPy_EvalBreakerClear(interp, SPY_BREAK_GIL_DROP_REQUEST)
    }
    pthread_mutex_unlock(&g.pointee.mutex)
    tstate.pointee.holds_gil = 1
}

/// sys.setswitchinterval / getswitchinterval (seconds).
func gilSetSwitchInterval(_ seconds: Double) {
    let g = theGIL!
    pthread_mutex_lock(&g.pointee.mutex)
    g.pointee.intervalMicros = max(1, Int(seconds * 1_000_000))
    pthread_mutex_unlock(&g.pointee.mutex)
}
func gilSwitchInterval() -> Double { Double(theGIL!.pointee.intervalMicros) / 1_000_000 }
