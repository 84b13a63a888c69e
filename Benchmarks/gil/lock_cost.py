"""Uncontended lock cost: `with lock:` and explicit acquire()/release() on a threading.Lock no
other thread touches, minus the cost of the same loop with an empty body. No GIL switch happens;
this is the price of the lock object's fast path (CPython 3.11: ~35-60 ns per pair).

Prints `key=value` lines: with_ns, acquire_release_ns (per iteration, loop overhead removed).
Usage: lock_cost.py [N=2000000] [ROUNDS=3]
"""
import sys
import threading
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 2_000_000
ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 3


def empty(n, lock):
    t0 = time.perf_counter()
    for _ in range(n):
        pass
    return time.perf_counter() - t0


def with_lock(n, lock):
    t0 = time.perf_counter()
    for _ in range(n):
        with lock:
            pass
    return time.perf_counter() - t0


def acquire_release(n, lock):
    acquire, release = lock.acquire, lock.release
    t0 = time.perf_counter()
    for _ in range(n):
        acquire()
        release()
    return time.perf_counter() - t0


def main():
    lock = threading.Lock()
    base = min(empty(N, lock) for _ in range(ROUNDS))
    w = min(with_lock(N, lock) for _ in range(ROUNDS))
    ar = min(acquire_release(N, lock) for _ in range(ROUNDS))
    print("with_ns=%.1f" % ((w - base) / N * 1e9))
    print("acquire_release_ns=%.1f" % ((ar - base) / N * 1e9))


main()
