"""GIL fairness/overhead probe: a pure-Python counting loop run twice sequentially, then in two
threads at once. With a GIL the threaded run can at best equal the sequential one; the ratio
threaded/sequential shows what switching costs (CPython 3.11 on an idle multi-core box: ~1.0-1.3x;
the old bpo-7946 GIL was far worse).

Prints `key=value` lines: seq_s, threads_s, ratio (threads/seq), best of ROUNDS.
Usage: count_up.py [N=5000000] [ROUNDS=3]
"""
import sys
import threading
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 5_000_000
ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 3


def count_up(n):
    i = 0
    while i < n:
        i += 1
    return i


def sequential():
    t0 = time.perf_counter()
    count_up(N)
    count_up(N)
    return time.perf_counter() - t0


def threaded():
    ts = [threading.Thread(target=count_up, args=(N,)) for _ in range(2)]
    t0 = time.perf_counter()
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return time.perf_counter() - t0


def main():
    seq, thr = [], []
    for _ in range(ROUNDS):     # interleaved so machine load drift hits both
        seq.append(sequential())
        thr.append(threaded())
    s, t = min(seq), min(thr)
    print("seq_s=%.4f" % s)
    print("threads_s=%.4f" % t)
    print("ratio=%.3f" % (t / s))


main()
