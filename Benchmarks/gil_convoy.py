"""Convoy-effect probe (bpo-7946): latency of a short GIL-releasing call while another thread spins.

One thread makes CALLS calls of time.sleep(50e-6) (a blocking call that releases the GIL) and
records each call's wall time; first alone, then with a second thread spinning in pure Python.
Under CPython 3.11 the call waits a whole switch interval (5 ms) behind the spinner to get the
GIL back; SwiftPy's GIL gives a thread returning from a blocking call priority.

Prints the median, 90th/99th-percentile and mean latency in microseconds, the loaded/unloaded ratio, and
how many loop iterations the spinner managed (it must keep making progress).
Usage: gil_convoy.py [CALLS=200]
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
    t.start()
    time.sleep(0.05)
    loaded = measure(CALLS)
    stop = True
    t.join()
    print("unloaded: median %.0f us, p90 %.0f us, p99 %.0f us, mean %.0f us" % unloaded)
    print("loaded:   median %.0f us, p90 %.0f us, p99 %.0f us, mean %.0f us" % loaded)
    print("ratio loaded/unloaded: median %.1fx, mean %.1fx" % (loaded[0] / unloaded[0], loaded[3] / unloaded[3]))
    print("spinner iterations while measuring: %d" % spins)


main()
