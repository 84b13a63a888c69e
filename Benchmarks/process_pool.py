"""CPU-bound work over 8 items: sequential vs threads vs multiprocessing.Pool vs
ProcessPoolExecutor, plus process start-up time (spawn to the target's first instruction).

Run with each interpreter and compare, e.g.:
    python3 Benchmarks/process_pool.py
    .build/release/swiftpy Benchmarks/process_pool.py
(or `Benchmarks/process_pool.py --compare INTERP` to run both side by side and print ratios and
the pools' speedups; `--times` prints one interpreter's times; plain runs print a checksum only).
PP_N sets the loop length per item (default 200000 for plain runs; --compare defaults to 4000000,
about 2 s of sequential work, so the pools' fixed costs -- starting the workers, ~0.1 s -- do not
dominate their speedup figures). The bytecode cache must be writable for spawn start-up to be fast:
unset PYTHONDONTWRITEBYTECODE.
"""

import concurrent.futures as cf
import multiprocessing as mp
import os
import sys
import time

ITEMS = 8
N = int(os.environ.get("PP_N", "200000"))


def work(n):
    total = 0
    for i in range(n):
        total += (i * i) % 7
    return total


def first_instruction(q):
    q.put(time.time())


def measure():
    ctx = mp.get_context("spawn")
    ncpu = os.cpu_count()
    args = [N] * ITEMS
    results = {}
    t = time.perf_counter()
    seq = [work(a) for a in args]
    results["sequential"] = time.perf_counter() - t
    t = time.perf_counter()
    with cf.ThreadPoolExecutor(ncpu) as ex:
        assert list(ex.map(work, args)) == seq
    results["threads"] = time.perf_counter() - t
    t = time.perf_counter()
    with ctx.Pool(ncpu) as pool:
        assert pool.map(work, args) == seq
    results["Pool.map"] = time.perf_counter() - t
    t = time.perf_counter()
    with cf.ProcessPoolExecutor(ncpu, mp_context=ctx) as ex:
        assert list(ex.map(work, args)) == seq
    results["ProcessPoolExecutor"] = time.perf_counter() - t
    q = ctx.Queue()
    starts = []
    for _ in range(3):
        t = time.time()
        p = ctx.Process(target=first_instruction, args=(q,))
        p.start()
        starts.append(q.get() - t)
        p.join()
    results["process start-up"] = min(starts)
    return results, sum(seq)


def main():
    if len(sys.argv) > 2 and sys.argv[1] == "--compare":
        import subprocess
        outs = {}
        env = dict(os.environ, PP_N=os.environ.get("PP_N", "4000000"))
        for interp in ("python3", sys.argv[2]):
            out = subprocess.run([interp, __file__, "--times"], capture_output=True, text=True, check=True, env=env).stdout
            outs[interp] = dict(line.rsplit(" ", 1) for line in out.splitlines() if line.strip())
        names = list(outs["python3"])
        print("%-22s %10s %10s %8s" % ("", "python3", "swiftpy", "ratio"))
        for n in names:
            a, b = float(outs["python3"][n]), float(outs[sys.argv[2]][n])
            print("%-22s %10.3f %10.3f %8.2f" % (n, a, b, b / a))
        ncpu = os.cpu_count()
        for pool in ("Pool.map", "ProcessPoolExecutor"):
            sp = [float(outs[i]["sequential"]) / float(outs[i][pool]) for i in ("python3", sys.argv[2])]
            print("%s speedup over sequential: python3 %.2fx, swiftpy %.2fx (%d cores; target >= %.2fx)"
                  % (pool, sp[0], sp[1], ncpu, 0.85 * ncpu))
        return
    results, checksum = measure()
    if sys.argv[1:] == ["--times"]:
        for name, secs in results.items():
            print("%s %.4f" % (name, secs))
    else:   # what Benchmarks/run compares between interpreters: deterministic output only
        print("items", ITEMS, "checksum", checksum)


if __name__ == "__main__":
    main()
