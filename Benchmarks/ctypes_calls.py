"""ctypes call overhead and GIL-free kernel speedup, SwiftPy beside CPython.

    python3 Benchmarks/ctypes_calls.py --compare [--swiftpy .build/release/swiftpy]

builds Tests/ctypes_lib/kernels.c, runs this script under both interpreters in --measure mode and
prints a table: the cost of a trivial call (getppid) through CDLL (GIL released) and PyDLL (GIL
kept), and the speedup of 1..os.cpu_count() threads each running the C kernel k_spin through CDLL
(ideal: the thread count, up to the cores free), and the overlap probe: the most threads seen
inside k_overlap at once through CDLL (GIL released: up to the thread count) and PyDLL (GIL kept:
1). A run that fails is reported in the table, never as an error. Run plainly (as Benchmarks/run does) it makes
a fixed number of trivial calls and prints a deterministic line.
"""
import json
import os
import sys
import threading
import time
from ctypes import CDLL, PyDLL, c_double, c_long

CALLS = 100_000
SPIN = 20_000_000


def cpu_count():
    n = getattr(os, "cpu_count", lambda: None)()
    if n:
        return n
    libc = CDLL(None)
    libc.sysconf.restype = c_long
    return max(1, libc.sysconf(84))   # _SC_NPROCESSORS_ONLN


def per_call_ns(fn, n):
    best = None
    for _ in range(3):
        t0 = time.perf_counter()
        for _ in range(n):
            fn()
        dt = (time.perf_counter() - t0) / n * 1e9
        best = dt if best is None or dt < best else best
    return best


def kernel_seconds(lib, nthreads):
    lib.k_spin.restype = c_double
    lib.k_spin.argtypes = [c_long]
    ts = [threading.Thread(target=lib.k_spin, args=(SPIN,)) for _ in range(nthreads)]
    t0 = time.perf_counter()
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return time.perf_counter() - t0


def measure(libpath, maxthreads):
    libc, pylibc = CDLL(None), PyDLL(None)
    out = {"cdll_getppid_ns": per_call_ns(libc.getppid, CALLS),
           "pydll_getppid_ns": per_call_ns(pylibc.getppid, CALLS)}
    lib = CDLL(libpath)
    out["kernel"] = {n: min(kernel_seconds(lib, n) for _ in range(2)) for n in range(1, maxthreads + 1)}
    out["overlap_cdll"] = max_inside(lib, max(2, maxthreads))
    out["overlap_pydll"] = max_inside(PyDLL(libpath), max(2, maxthreads))
    print(json.dumps(out))


def max_inside(lib, nthreads):
    """The overlap counter of kernels.c: most threads inside k_overlap at once."""
    lib.k_overlap.argtypes = [c_double]
    lib.k_reset()
    ts = [threading.Thread(target=lib.k_overlap, args=(0.5,)) for _ in range(nthreads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return lib.k_max_inside()


def compare(swiftpy):
    import subprocess
    import tempfile
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    tmp = tempfile.mkdtemp()
    lib = os.path.join(tmp, "libkernels.so")
    subprocess.run(["cc", "-O2", "-fPIC", "-shared", "-pthread", os.path.join(root, "Tests/ctypes_lib/kernels.c"),
                    "-o", lib, "-lm"], check=True)
    n = os.cpu_count() or 1
    res = {}
    for name, exe in (("CPython", sys.executable), ("SwiftPy", swiftpy)):
        try:
            p = subprocess.run([exe, os.path.abspath(__file__), "--measure", lib, str(n)],
                               capture_output=True, text=True)
            res[name] = json.loads(p.stdout.strip().splitlines()[-1])
        except Exception as e:   # reported, never fatal
            print("%s: no figures (%s)" % (name, e))
            print(getattr(locals().get("p"), "stderr", "")[-2000:])
    if len(res) < 2:
        return
    c, s = res["CPython"], res["SwiftPy"]
    print("%-28s %12s %12s %8s" % ("", "CPython", "SwiftPy", "ratio"))
    for key, label in (("cdll_getppid_ns", "CDLL getppid() per call"), ("pydll_getppid_ns", "PyDLL getppid() per call")):
        print("%-28s %10.0fns %10.0fns %7.2fx" % (label, c[key], s[key], s[key] / c[key]))
    print("k_spin(%d) per thread through CDLL, %d cores:" % (SPIN, n))
    print("%-28s %12s %12s %8s" % ("threads: wall (speedup)", "CPython", "SwiftPy", "ratio"))
    c1, s1 = c["kernel"]["1"], s["kernel"]["1"]
    for t in sorted(c["kernel"], key=int):
        ct, st = c["kernel"][t], s["kernel"][t]
        print("%-28s %6.3fs (%.2f) %6.3fs (%.2f) %7.2fx" % (t, ct, int(t) * c1 / ct, st, int(t) * s1 / st, st / ct))
    print("overlap probe, max threads inside k_overlap at once (%d threads):" % max(2, n))
    print("%-28s %12d %12d" % ("CDLL (GIL released)", c["overlap_cdll"], s["overlap_cdll"]))
    print("%-28s %12d %12d" % ("PyDLL (GIL kept)", c["overlap_pydll"], s["overlap_pydll"]))


if __name__ == "__main__":
    a = sys.argv[1:]
    if a[:1] == ["--measure"]:
        measure(a[1], int(a[2]))
    elif a[:1] == ["--compare"]:
        sw = a[a.index("--swiftpy") + 1] if "--swiftpy" in a else \
            os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), ".build/debug/swiftpy")
        compare(sw)
    else:
        libc, pylibc = CDLL(None), PyDLL(None)
        pid = libc.getppid()
        same = all(libc.getppid() == pid for _ in range(CALLS // 5)) and all(pylibc.getppid() == pid for _ in range(CALLS // 5))
        print("getppid calls agree:", same)
