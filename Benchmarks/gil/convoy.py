"""Convoy-effect probe (bpo-7946): latency of a short GIL-releasing call while another thread spins.

One thread makes CALLS calls of time.sleep(50e-6) (a blocking call that releases the GIL) and
records each call's wall time; first alone, then with a second thread spinning in pure Python.
Under CPython 3.11 the call waits a whole switch interval (5 ms) behind the spinner to get the
GIL back; SwiftPy's GIL gives a thread returning from a blocking call priority.

Prints `key=value` lines: unloaded/loaded median, p90, p99 and mean latency in microseconds, the
loaded/unloaded ratios of median and mean, and how many loop iterations the spinner managed, in all
and per millisecond (it must keep making progress: a "fix" that starves the spinner is no fix).
Usage: convoy.py [CALLS=200]
"""
import sys
import threading
import time

CALLS = int(sys.argv[1]) if len(sys.argv) > 1 else 200


def measure(calls):
    lat = []
    for _ in range(calls):
        t0 = time.perf_counter()
        time.sleep(50e-6)
        lat.append(time.perf_counter() - t0)
    lat.sort()
    return (lat[len(lat) // 2] * 1e6, lat[int(len(lat) * 0.9)] * 1e6,
            lat[int(len(lat) * 0.99)] * 1e6, sum(lat) / len(lat) * 1e6)


def main():
    unloaded = measure(CALLS)
    stop = False
    spins = 0

    def spin():
        nonlocal spins
        n = 0
        while not stop:
            n += 1
        spins = n

    t = threading.Thread(target=spin)
    t0 = time.perf_counter()
    t.start()
    time.sleep(0.05)
    loaded = measure(CALLS)
    stop = True
    t.join()
    spin_seconds = time.perf_counter() - t0
    for label, fig in (("unloaded", unloaded), ("loaded", loaded)):
        for key, value in zip(("median", "p90", "p99", "mean"), fig):
            print("%s_%s_us=%.1f" % (label, key, value))
    print("ratio_median=%.2f" % (loaded[0] / unloaded[0]))
    print("ratio_mean=%.2f" % (loaded[3] / unloaded[3]))
    print("spins=%d" % spins)
    print("spins_per_ms=%.0f" % (spins / spin_seconds / 1000))


main()
