"""Behaviour check: Lib/concurrent/futures against CPython's package."""
import concurrent.futures as ref
import sys
import threading
import time

from _loader import load, Checker

cf = load("concurrent.futures", deps=("queue", "heapq"))
c = Checker("concurrent.futures")


def square(x):
    return x * x


def boom(x):
    raise KeyError(x)


def slow(x, delay=0.05):
    time.sleep(delay)
    return x


for name in ref.__all__:
    c.true("exports " + name, hasattr(cf, name))
c.eq("constants", (cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION, cf.ALL_COMPLETED),
     (ref.FIRST_COMPLETED, ref.FIRST_EXCEPTION, ref.ALL_COMPLETED))
c.true("TimeoutError builtin", cf.TimeoutError is TimeoutError)
c.true("BrokenExecutor RuntimeError", issubclass(cf.BrokenExecutor, RuntimeError))

for mod, tag in ((cf, "ours"), (ref, "ref")):
    pass

# Behaviour compared through identical scenarios on both implementations.
def scenario(mod):
    out = []
    with mod.ThreadPoolExecutor(max_workers=3) as ex:
        out.append(list(ex.map(square, range(10))))
        out.append(list(ex.map(square, range(10), chunksize=4)))
        out.append(list(ex.map(pow, [2, 3], [5, 6])))
        f = ex.submit(boom, 5)
        try:
            f.result()
        except KeyError as e:
            out.append(("KeyError", e.args))
        out.append(type(f.exception()).__name__)
        out.append((f.done(), f.cancelled(), f.running()))
        f2 = ex.submit(square, 7)
        out.append(f2.result(timeout=5))
        out.append(f2.exception())
        fs = [ex.submit(slow, i, 0.01 * (5 - i)) for i in range(5)]
        out.append(sorted(f.result() for f in mod.as_completed(fs)))
        done, not_done = mod.wait(fs)
        out.append((len(done), len(not_done)))
    out.append(ex._shutdown)
    try:
        ex.submit(square, 1)
    except RuntimeError as e:
        out.append(str(e))
    try:
        mod.ThreadPoolExecutor(max_workers=0)
    except ValueError as e:
        out.append(str(e))
    # map re-raises the worker's exception from the iterator
    with mod.ThreadPoolExecutor(2) as ex:
        it = ex.map(lambda x: 1 // x, [1, 0, 2])
        out.append(next(it))
        try:
            next(it)
        except ZeroDivisionError as e:
            out.append(str(e))
    # Bare futures
    f = mod.Future()
    out.append((f.done(), f.running(), f.cancelled()))
    out.append(f.cancel())
    out.append(f.cancel())
    out.append((f.done(), f.cancelled()))
    try:
        f.result()
    except mod.CancelledError as e:
        out.append("CancelledError")
    try:
        f.exception()
    except mod.CancelledError as e:
        out.append("CancelledError")
    f = mod.Future()
    out.append(f.set_running_or_notify_cancel())
    out.append(f.running())
    out.append(f.cancel())
    f.set_result(42)
    out.append(f.result())
    try:
        f.set_result(43)
    except Exception as e:
        out.append(type(e).__name__)
    f = mod.Future()
    try:
        f.result(timeout=0.01)
    except TimeoutError:
        out.append("TimeoutError")
    calls = []
    f.add_done_callback(lambda fut: calls.append(("cb1", fut.result())))
    f.set_result("x")
    f.add_done_callback(lambda fut: calls.append(("cb2", fut.result())))
    out.append(calls)
    g = mod.Future()
    g.set_exception(ValueError("bad"))
    out.append(repr(g.exception()))
    out.append(repr(f).split(" state=")[1])
    out.append(repr(g).split(" state=")[1])
    out.append(repr(mod.Future()).split(" state=")[1])
    # wait() return_when variants
    with mod.ThreadPoolExecutor(4) as ex:
        fast = ex.submit(slow, "fast", 0.01)
        slowf = ex.submit(slow, "slow", 0.4)
        done, not_done = mod.wait([fast, slowf],
                                  return_when=mod.FIRST_COMPLETED)
        out.append(([x.result() for x in done], len(not_done)))
        bad = ex.submit(boom, 1)
        slow2 = ex.submit(slow, "s", 0.4)
        done, not_done = mod.wait([bad, slow2],
                                  return_when=mod.FIRST_EXCEPTION)
        out.append((bad in done, slow2 in not_done))
        done, not_done = mod.wait([slow2], timeout=0.01)
        out.append((len(done), len(not_done)))
        r = mod.wait([fast])
        out.append((type(r).__name__, len(r.done), len(r.not_done)))
    # as_completed timeout
    with mod.ThreadPoolExecutor(1) as ex:
        fs = [ex.submit(slow, 1, 0.3)]
        try:
            for _ in mod.as_completed(fs, timeout=0.02):
                pass
        except TimeoutError as e:
            out.append(("as_completed timeout", str(e)))
    # map timeout
    with mod.ThreadPoolExecutor(1) as ex:
        try:
            list(ex.map(slow, [1, 2], timeout=0.02))
        except TimeoutError:
            out.append("map timeout")
    # shutdown(cancel_futures=True)
    ex = mod.ThreadPoolExecutor(1)
    first = ex.submit(slow, 1, 0.1)
    rest = [ex.submit(slow, i, 0.1) for i in range(5)]
    time.sleep(0.02)
    ex.shutdown(wait=True, cancel_futures=True)
    out.append((first.result(), [f.cancelled() for f in rest]))
    # initializer
    local = threading.local()

    def init(v):
        local.v = v

    with mod.ThreadPoolExecutor(2, initializer=init, initargs=(9,)) as ex:
        out.append(ex.submit(lambda: local.v).result())

    def badinit():
        raise OSError("nope")

    import io, contextlib
    with contextlib.redirect_stderr(io.StringIO()):
        ex = mod.ThreadPoolExecutor(1, initializer=badinit)
        f = ex.submit(square, 2)
        try:
            f.result(timeout=5)
        except mod.BrokenExecutor as e:
            out.append(("broken", type(e).__name__, str(e)))
        ex.shutdown()
    try:
        mod.ThreadPoolExecutor(initializer=5)
    except TypeError as e:
        out.append(str(e))
    # thread names
    with mod.ThreadPoolExecutor(1, thread_name_prefix="pfx") as ex:
        out.append(ex.submit(lambda: threading.current_thread().name).result())
    return out


got = scenario(cf)
want = scenario(ref)
c.eq("scenario length", len(got), len(want))
for i, (g, w) in enumerate(zip(got, want)):
    c.eq("scenario item %d" % i, g, w)

ex = cf.ThreadPoolExecutor()
c.true("default max_workers", 5 <= ex._max_workers <= 32)
ex.shutdown()

# ProcessPoolExecutor itself runs under swiftpy (Tests/conformance/multiprocessing); here, only
# its argument checks, which need no worker processes.
try:
    cf.ProcessPoolExecutor(max_workers=0)
except ValueError as e:
    c.eq("process max_workers=0", str(e), "max_workers must be greater than 0")
else:
    c.true("process max_workers=0 raises", False)

# Many tasks, many workers: results are all there and in order for map.
with cf.ThreadPoolExecutor(8) as ex:
    c.eq("map 500", list(ex.map(square, range(500))),
         [x * x for x in range(500)])
    fs = {ex.submit(square, i): i for i in range(300)}
    c.eq("as_completed 300", sorted(f.result() for f in cf.as_completed(fs)),
         sorted(i * i for i in range(300)))

# Without threading._register_atexit (SwiftPy's case) idle workers poll and
# leave after the main thread ends; queued work still runs first.
import os, subprocess
child = """
import sys, threading, time
sys.path.insert(0, %r)
del threading._register_atexit
from _loader import load
cf = load("concurrent.futures", deps=("queue", "heapq"))
ex = cf.ThreadPoolExecutor(2)
for i in range(4):
    ex.submit(lambda i=i: (time.sleep(0.05), print("task", i, flush=True)))
print("main done", cf.thread._POLL, flush=True)
""" % os.path.dirname(os.path.abspath(__file__))
t0 = time.monotonic()
proc = subprocess.run([sys.executable, "-c", child], capture_output=True,
                      text=True, timeout=30)
lines = proc.stdout.split("\n")
c.eq("poll mode exit", (proc.returncode, lines[0],
                        sorted(l for l in lines if l.startswith("task"))),
     (0, "main done 0.05", ["task 0", "task 1", "task 2", "task 3"]))
c.true("poll mode exits promptly", time.monotonic() - t0 < 10)
sys.exit(c.summary())
