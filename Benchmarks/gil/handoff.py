"""GIL handoff probe: two threads ping-pong through two locks used as binary semaphores. Every
half round trip blocks one thread (GIL released) and wakes the other, which must take the GIL
back: the figure is the cost of a wake-up plus a GIL handoff, both ways.

Prints `key=value` lines: round_trip_us (best of ROUNDS), trips.
Usage: handoff.py [TRIPS=20000] [ROUNDS=3]
"""
import sys
import threading
import time

TRIPS = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 3


def one_round():
    ping, pong = threading.Lock(), threading.Lock()
    ping.acquire()
    pong.acquire()

    def partner():
        for _ in range(TRIPS):
            ping.acquire()
            pong.release()

    t = threading.Thread(target=partner)
    t.start()
    t0 = time.perf_counter()
    for _ in range(TRIPS):
        ping.release()
        pong.acquire()
    elapsed = time.perf_counter() - t0
    t.join()
    return elapsed / TRIPS * 1e6


def main():
    best = min(one_round() for _ in range(ROUNDS))
    print("round_trip_us=%.2f" % best)
    print("trips=%d" % TRIPS)


main()
