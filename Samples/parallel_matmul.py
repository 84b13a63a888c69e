"""Parallel speedup from a C extension that releases the GIL.

    python parallel_matmul.py [THREADS] [N] [PER_THREAD] [ROUNDS]

Runs THREADS x PER_THREAD matrix products of size N x N (same seeds, same total
work) two ways: all on one thread, and spread over THREADS threads; each way
ROUNDS times, alternating, keeping the best time of each (shared machines are
noisy). matmul.matmul
does its arithmetic between Py_BEGIN_ALLOW_THREADS and Py_END_ALLOW_THREADS, so
the threads really run at once; the extension counts how many threads are inside
that section together and the script prints the largest number seen.
"""
import sys
import threading
import time

import matmul


def run_products(seeds, results):
    for seed in seeds:
        results[seed] = matmul.matmul(N, seed)


def timed(partitions):
    """Run each list of seeds on its own thread (one list: the calling thread)."""
    results = [None] * TOTAL
    start = time.perf_counter()
    if len(partitions) == 1:
        run_products(partitions[0], results)
    else:
        threads = [threading.Thread(target=run_products, args=(p, results)) for p in partitions]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    elapsed = time.perf_counter() - start
    total = 0.0
    for value in results:  # fixed order, so both runs add in the same order
        total += value
    return elapsed, total


def arg(i, default):
    return int(sys.argv[i]) if len(sys.argv) > i else default


THREADS = arg(1, 2)
N = arg(2, 200)  # three 200x200 matrices fit in a core's L2, so threads do not fight over memory
PER_THREAD = arg(3, 30)
ROUNDS = arg(4, 3)
TOTAL = THREADS * PER_THREAD
if THREADS < 1 or N < 1 or PER_THREAD < 1 or ROUNDS < 1:
    sys.exit("usage: parallel_matmul.py [THREADS>=1] [N>=1] [PER_THREAD>=1] [ROUNDS>=1]")

print("%d products of %dx%d doubles: 1 thread vs %d thread%s, best of %d"
      % (TOTAL, N, N, THREADS, "" if THREADS == 1 else "s", ROUNDS))
matmul.matmul(N, 0)  # warm up caches and the allocator

serial_time = parallel_time = None
matmul.reset()
for _ in range(ROUNDS):
    t, serial_sum = timed([list(range(TOTAL))])
    serial_time = t if serial_time is None else min(serial_time, t)
    t, parallel_sum = timed([list(range(k, TOTAL, THREADS)) for k in range(THREADS)])
    parallel_time = t if parallel_time is None else min(parallel_time, t)
    if serial_sum != parallel_sum:
        break
seen_together = matmul.max_inside()

print("1 thread:   %.3f s" % serial_time)
print("%d thread%s: %.3f s" % (THREADS, "" if THREADS == 1 else "s", parallel_time))
print("speedup: %.2fx" % (serial_time / parallel_time))
print("max threads inside GIL-free section at once: %d" % seen_together)
print("checksum: %.6f" % parallel_sum)
if serial_sum != parallel_sum:
    print("checksums differ: 1 thread %.6f, %d threads %.6f" % (serial_sum, THREADS, parallel_sum))
    sys.exit(1)
