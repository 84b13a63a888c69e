"""Native extensions, SwiftPy beside CPython: kernel speedup with threads, the same matmul workload
under both interpreters, per-call overhead by calling convention, and GFLOP/s against numpy.

    python3 Benchmarks/ext_calls.py --compare [--swiftpy PATH] [--config PATH] [--n N] [--calls K]

    python3 Benchmarks/ext_calls.py --instructions [--swiftpy PATH] [--config PATH]

--compare builds Samples/matmul_ext/matmul.c and Benchmarks/ext/callbench.c twice, against CPython
(python3-config) and against SwiftPy (the swiftpy-config next to --swiftpy, default
.build/release/swiftpy), runs this script under each interpreter in --measure mode (the CPython
run imports the CPython build, the SwiftPy run the SwiftPy build) and prints:
  (a) SwiftPy's kernel speedup: T threads each multiplying two NxN float64 matrices
      (matmul.multiply, GIL released) against the same T products on one thread, T = 1..cpus (and 4);
  (b) the same workload's times under CPython and SwiftPy side by side (goal: within 5%);
  (c) nanoseconds per call of trivial METH_O / METH_FASTCALL / METH_FASTCALL|METH_KEYWORDS (one
      keyword argument) / METH_VARARGS / METH_NOARGS functions, after subtracting the empty loop (goal: SwiftPy <= 1.5x CPython);
  (d) single-threaded GFLOP/s of the kernel against numpy's matmul with one BLAS thread, if
      python3 can import numpy (the line is skipped otherwise).
--instructions prints (c) as instruction counts under valgrind's callgrind instead of times: the
same loops, deterministic, so a change of a few instructions per call shows (needs valgrind).
It prints and never fails on numbers: shared machines are noisy; compare ratios from one run.
Run plainly (as Benchmarks/run does) it makes a fixed number of calls into the extensions if they
are importable and prints a deterministic line.
"""
import json
import os
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def best(fn, repeat, clock=time.perf_counter):
    t = None
    for _ in range(repeat):
        start = clock()
        fn()
        d = clock() - start
        t = d if t is None or d < t else t
    return t


UNROLL = 8   # calls per loop iteration: the loop's own cost is spread over 8 calls

CALL_SOURCE = {   # loop bodies, keyed by the figure they measure
    "empty": "x",
    "METH_O": "o(x)",
    "METH_FASTCALL": "fast(x, y)",
    "FASTCALL|KW": "fastkw(x, y=y)",
    "METH_VARARGS": "varargs(x, y)",
    "METH_NOARGS": "noargs()",
    "obj.m METH_O": "obj.o(x)",
    "obj.m FASTCALL": "obj.fast(x, y)",
    "obj.m NOARGS": "obj.noargs()",
}


def call_loops():
    """name -> function(r) running UNROLL calls per iteration of range r; every name used is a
    local (default arguments), so the figures are the calls' cost."""
    import callbench as cb
    env = {"cb": cb}
    loops = {}
    for name, body in CALL_SOURCE.items():
        src = ("def loop(r, o=cb.o, fast=cb.fast, fastkw=cb.fastkw, varargs=cb.varargs, noargs=cb.noargs, obj=cb.Obj(),"
               " x=1, y=2.5):\n"
               "    for _ in r:\n" + ("        %s\n" % body) * UNROLL)
        exec(src, env)
        loops[name] = env["loop"]
    return loops


def per_call_ns(calls):
    loops = call_loops()
    r = range(calls // UNROLL)
    cpu = time.process_time   # one thread: CPU time is steadier than wall time on a busy machine
    base = best(lambda: loops["empty"](r), 7, cpu)
    out = {"loop": base / calls * 1e9}
    for name, loop in loops.items():
        if name != "empty":
            out[name] = max(0.0, best(lambda: loop(r), 7, cpu) - base) / calls * 1e9
    return out


def kernel(n, thread_counts):
    from array import array
    import matmul

    def matrix(seed):
        m = array("d", bytes(8 * n * n))
        matmul.fill(m, seed)
        return m

    jobs = [(matrix(2 * k + 1), matrix(2 * k + 2), matrix(0)) for k in range(max(thread_counts))]
    matmul.multiply(jobs[0][0], jobs[0][1], jobs[0][2], n)  # warm up
    out = {}
    for t in thread_counts:
        mine = jobs[:t]

        def sequential():
            for a, b, c in mine:
                matmul.multiply(a, b, c, n)

        def threaded():
            ts = [threading.Thread(target=matmul.multiply, args=(a, b, c, n)) for a, b, c in mine]
            for th in ts:
                th.start()
            for th in ts:
                th.join()

        seq = par = seq_cpu = par_cpu = None
        for _ in range(2):   # alternate, keep the best of each
            c0 = time.process_time()
            s = best(sequential, 1)
            c1 = time.process_time()
            p = best(threaded, 1)
            c2 = time.process_time()
            seq = s if seq is None or s < seq else seq
            par = p if par is None or p < par else par
            seq_cpu = c1 - c0 if seq_cpu is None or c1 - c0 < seq_cpu else seq_cpu
            par_cpu = c2 - c1 if par_cpu is None or c2 - c1 < par_cpu else par_cpu
        out[str(t)] = {"sequential": seq, "threaded": par, "sequential_cpu": seq_cpu, "threaded_cpu": par_cpu}
    return out


def measure(n, calls, maxthreads):
    counts = sorted(set(range(1, maxthreads + 1)) | {4})
    print(json.dumps({"calls": per_call_ns(calls), "kernel": kernel(n, counts)}))


def numpy_gflops(n):
    """Single-threaded numpy matmul GFLOP/s under python3, or None if numpy is not importable."""
    import subprocess
    code = ("import numpy as np, time\n"
            "a = np.random.default_rng(1).random((%d, %d)); b = a.T.copy()\n"
            "t = min((lambda s: (a @ b, time.perf_counter() - s)[1])(time.perf_counter()) for _ in range(3))\n"
            "print(2.0 * %d ** 3 / t / 1e9)\n" % (n, n, n))
    env = dict(os.environ, OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1", MKL_NUM_THREADS="1")
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    return float(p.stdout.strip()) if p.returncode == 0 and p.stdout.strip() else None


def merge_min(a, b):
    """Element-wise minimum of two measurement trees (dicts of numbers)."""
    if a is None:
        return b
    if isinstance(b, dict):
        return {k: merge_min(a[k], b[k]) for k in b}
    return min(a, b)


def build(config, outdir):
    import subprocess
    env = dict(os.environ, CONFIG=config)
    subprocess.run(["bash", os.path.join(ROOT, "Samples/matmul_ext/build.sh"), outdir], check=True, env=env,
                   stdout=subprocess.DEVNULL)
    flags = subprocess.run([config, "--cflags"], check=True, capture_output=True, text=True).stdout.split()
    suffix = subprocess.run([config, "--extension-suffix"], check=True, capture_output=True, text=True).stdout.strip()
    subprocess.run(["cc"] + flags + ["-O2", "-fPIC", "-shared", os.path.join(HERE, "ext/callbench.c"),
                    "-o", os.path.join(outdir, "callbench" + suffix)], check=True)


def compare(swiftpy, config, n, calls):
    import subprocess
    import tempfile
    tmp = tempfile.mkdtemp()
    cpus = os.cpu_count() or 1
    runs = {}
    interpreters = (("CPython", sys.executable, "python3-config"), ("SwiftPy", swiftpy, config))
    for name, exe, cfg in interpreters:
        build(cfg, os.path.join(tmp, name))
    for _ in range(2):   # alternate the interpreters; keep the best figure of each
        for name, exe, cfg in interpreters:
            env = dict(os.environ, PYTHONPATH=os.path.join(tmp, name))
            p = subprocess.run([exe, os.path.abspath(__file__), "--measure", str(n), str(calls), str(cpus)],
                               capture_output=True, text=True, env=env)
            if p.returncode != 0:
                print("%s failed (status %d):\n%s" % (name, p.returncode, p.stderr[-3000:]))
                return
            runs[name] = merge_min(runs.get(name), json.loads(p.stdout.strip().splitlines()[-1]))
    c, s = runs["CPython"], runs["SwiftPy"]
    print("SwiftPy %s vs CPython %s; %d cpus; load average %s" % (swiftpy, sys.version.split()[0], cpus,
                                                                 " ".join("%.1f" % x for x in os.getloadavg())))
    print()
    print("(a) kernel speedup under SwiftPy (best of 4): T threads x one %dx%d float64 product each, vs the same T on one thread" % (n, n))
    print("%8s %12s %12s %9s" % ("threads", "sequential", "threaded", "speedup"))
    for t in sorted(s["kernel"], key=int):
        k = s["kernel"][t]
        print("%8s %11.3fs %11.3fs %8.2fx" % (t, k["sequential"], k["threaded"], k["sequential"] / k["threaded"]))
    print()
    print("(b) the same workload, CPython (extension built with python3-config) vs SwiftPy (swiftpy-config)")
    for label, suffix in (("wall time", ""), ("CPU time (all threads; steadier on a busy machine)", "_cpu")):
        print("    %s" % label)
        print("%8s %22s %22s %16s" % ("threads", "CPython seq / thr", "SwiftPy seq / thr", "ratio seq / thr"))
        for t in sorted(s["kernel"], key=int):
            ck, sk = c["kernel"][t], s["kernel"][t]
            cs, ct, ss, st = ck["sequential" + suffix], ck["threaded" + suffix], sk["sequential" + suffix], sk["threaded" + suffix]
            rs, rt = ss / cs, st / ct
            print("%8s %10.3fs / %7.3fs %10.3fs / %7.3fs %7.3fx / %.3fx%s" % (
                t, cs, ct, ss, st, rs, rt, "" if max(rs, rt) <= 1.05 else "   (goal <= 1.05x)"))
    print()
    print("(c) per call (ns, CPU time; loops of %d calls per iteration, minus the same loop with a local's load in place of"
          " each call; %d calls, best of 14)" % (UNROLL, calls))
    print("%-15s %10s %10s %8s   %s" % ("", "CPython", "SwiftPy", "ratio", "with the loop: CPython SwiftPy ratio"))
    cl, sl = c["calls"]["loop"], s["calls"]["loop"]
    print("%-15s %10.1f %10.1f %7.2fx" % ("loop share", cl, sl, sl / cl))
    for k in CALL_SOURCE:
        if k == "empty":
            continue
        r = s["calls"][k] / c["calls"][k] if c["calls"][k] > 0 else float("inf")
        print("%-15s %10.1f %10.1f %7.2fx   %24.1f %7.1f %5.2fx%s" % (
            k, c["calls"][k], s["calls"][k], r, cl + c["calls"][k], sl + s["calls"][k],
            (sl + s["calls"][k]) / (cl + c["calls"][k]), "" if r <= 1.5 else "   (goal <= 1.5x per call)"))
    print()
    gf = 2.0 * n ** 3 / s["kernel"]["1"]["sequential"] / 1e9
    npg = numpy_gflops(n)
    if npg is None:
        print("(d) numpy not importable by %s: skipped" % sys.executable)
    else:
        print("(d) single thread, %dx%d: matmul.multiply under SwiftPy %.2f GFLOP/s, numpy (1 BLAS thread) %.2f GFLOP/s (%.0f%%)"
              % (n, n, gf, npg, 100.0 * gf / npg))


def count_calls(kind, calls):
    """Runs `calls` calls of one kind (for the instruction counts below)."""
    call_loops()[kind](range(calls // UNROLL))


def instructions(swiftpy, config, calls=80000):
    """Deterministic figures: instructions per call under valgrind's callgrind (the difference between
    runs of 2*calls and calls, so start-up cancels), minus the same for the loop with a local's load."""
    import shutil
    import subprocess
    import tempfile
    if shutil.which("valgrind") is None:
        print("valgrind not installed: no instruction counts")
        return
    tmp = tempfile.mkdtemp()
    exes = {"CPython": os.path.realpath(sys.executable), "SwiftPy": swiftpy}
    if swiftpy.endswith("/swiftpy"):
        # valgrind cannot read the debug info the Swift toolchain writes: count a copy without it
        stripped = os.path.join(tmp, "swiftpy")
        subprocess.run(["strip", "--strip-debug", "-o", stripped, swiftpy], check=True)
        exes["SwiftPy"] = stripped
    for name, cfg in (("CPython", "python3-config"), ("SwiftPy", config)):
        build(cfg, os.path.join(tmp, name))
    # a fixed hash seed: the same str hashes (dict layouts) in every run of both interpreters
    env_home = dict(os.environ, SWIFTPY_HOME=os.environ.get("SWIFTPY_HOME", ROOT), PYTHONHASHSEED="0")

    def count(name, kind, n):
        env = dict(env_home, PYTHONPATH=os.path.join(tmp, name))
        out = os.path.join(tmp, "cg.out")
        p = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out, exes[name],
                            os.path.abspath(__file__), "--count-calls", kind, str(n)],
                           capture_output=True, text=True, env=env)
        for line in p.stderr.splitlines():
            if "Collected :" in line:
                return int(line.split()[-1])
        raise RuntimeError("callgrind failed for %s %s:\n%s" % (name, kind, p.stderr[-2000:]))

    per = {}
    for name in exes:
        for kind in CALL_SOURCE:
            per[name, kind] = (count(name, kind, 2 * calls) - count(name, kind, calls)) / calls
    print("(c') instructions per call (callgrind; deterministic), loop share subtracted")
    print("%-15s %10s %10s %8s" % ("", "CPython", "SwiftPy", "ratio"))
    print("%-15s %10.1f %10.1f %7.2fx" % ("loop share", per["CPython", "empty"], per["SwiftPy", "empty"],
                                         per["SwiftPy", "empty"] / per["CPython", "empty"]))
    for kind in CALL_SOURCE:
        if kind == "empty":
            continue
        c = per["CPython", kind] - per["CPython", "empty"]
        s = per["SwiftPy", kind] - per["SwiftPy", "empty"]
        print("%-15s %10.1f %10.1f %7.2fx%s" % (kind, c, s, s / c, "" if s / c <= 1.5 else "   (goal <= 1.5x per call)"))


def arg(args, flag, default):
    return args[args.index(flag) + 1] if flag in args else default


if __name__ == "__main__":
    a = sys.argv[1:]
    if a[:1] == ["--measure"]:
        measure(int(a[1]), int(a[2]), int(a[3]))
    elif a[:1] == ["--count-calls"]:
        count_calls(a[1], int(a[2]))
    elif a[:1] == ["--compare"] or a[:1] == ["--instructions"]:
        sw = os.path.abspath(arg(a, "--swiftpy", os.path.join(ROOT, ".build/release/swiftpy")))
        cfg = arg(a, "--config", os.path.join(os.path.dirname(sw), "swiftpy-config"))
        if a[0] == "--compare":
            compare(sw, cfg, int(arg(a, "--n", "500")), int(arg(a, "--calls", "500000")))
        else:
            instructions(sw, cfg)
    else:
        try:
            import callbench
            import matmul
        except ImportError:
            print("extensions not on sys.path: run Benchmarks/ext_calls.py --compare")
        else:
            total = 0
            for i in range(20000):
                total += callbench.o(i) + callbench.fast(i, 1) + callbench.varargs(1, i)
            print("calls:", total, "matmul checksum: %.6f" % matmul.matmul(64, 1))
