"""Parallel speedup from a C extension that releases the GIL.

    python parallel_matmul.py [THREADS] [N] [ROUNDS]

THREADS threads (default 4) each multiply two N x N float64 matrices (default
1000) through the extension's cache-blocked kernel, matmul.multiply. The same
THREADS products are first run one after another on one thread (sequential),
then one per thread at once (threaded); each way ROUNDS times (default 2),
alternating, keeping the best time of each (shared machines are noisy).
multiply does its arithmetic between Py_BEGIN_ALLOW_THREADS and
Py_END_ALLOW_THREADS, so the threads really run at once; the extension counts
how many threads are inside that section together and the script prints the
largest number seen. Both ways must compute the same products (checksums).
"""
import sys
import threading
import time
from array import array

import matmul


def arg(i, default):
    return int(sys.argv[i]) if len(sys.argv) > i else default


THREADS = arg(1, 4)
N = arg(2, 1000)
ROUNDS = arg(3, 2)
if THREADS < 1 or N < 1 or ROUNDS < 1:
    sys.exit("usage: parallel_matmul.py [THREADS>=1] [N>=1] [ROUNDS>=1]")


def matrix(seed=None):
    m = array("d", bytes(8 * N * N))
    if seed is not None:
        matmul.fill(m, seed)
    return m


# One job per thread: its own two inputs and its own output.
jobs = [(matrix(2 * k + 1), matrix(2 * k + 2), matrix()) for k in range(THREADS)]


def product(job):
    a, b, out = job
    matmul.multiply(a, b, out, N)


def sequential():
    for job in jobs:
        product(job)


def threaded():
    threads = [threading.Thread(target=product, args=(job,)) for job in jobs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def timed(run):
    for _, _, out in jobs:
        matmul.fill(out, 0)  # overwrite, so each run must recompute every product
    start = time.perf_counter()
    run()
    elapsed = time.perf_counter() - start
    return elapsed, [matmul.checksum(out, N) for _, _, out in jobs]


gflop = 2.0 * N * N * N * THREADS / 1e9
print("%d product%s of %dx%d float64 matrices (%.1f GFLOP): sequential vs %d thread%s, best of %d"
      % (THREADS, "" if THREADS == 1 else "s", N, N, gflop, THREADS, "" if THREADS == 1 else "s", ROUNDS))
seq_time = par_time = None
matmul.reset()
for _ in range(ROUNDS):
    t, seq_sums = timed(sequential)
    seq_time = t if seq_time is None else min(seq_time, t)
    t, par_sums = timed(threaded)
    par_time = t if par_time is None else min(par_time, t)
    if seq_sums != par_sums:
        break
seen_together = matmul.max_inside()

print("sequential: %.3f s (%.2f GFLOP/s)" % (seq_time, gflop / seq_time))
print("threaded:   %.3f s (%.2f GFLOP/s)" % (par_time, gflop / par_time))
print("speedup: %.2fx" % (seq_time / par_time))
print("max threads inside GIL-free section at once: %d" % seen_together)
print("checksum: %.6f" % sum(par_sums))
if seq_sums != par_sums:
    print("checksums differ: sequential %r, threaded %r" % (seq_sums, par_sums))
    sys.exit(1)
