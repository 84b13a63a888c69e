"""Differential check: Lib/queue.py against CPython's queue."""
import queue as ref
import random
import sys
import threading
import time

from _loader import load, Checker

ours = load("queue", deps=("heapq",))
c = Checker("queue")
rng = random.Random(3)


def script(mod, kind, ops):
    """Apply ops to a fresh queue; record every result or exception name."""
    q = getattr(mod, kind)(*([] if kind == "SimpleQueue" else [3]))
    out = []
    for op, arg in ops:
        try:
            if op == "put":
                out.append(q.put_nowait(arg))
            elif op == "get":
                out.append(q.get_nowait())
            elif op == "gett":
                out.append(q.get(timeout=0.001))
            elif op == "putt":
                out.append(q.put(arg, timeout=0.001))
            elif op == "size":
                out.append((q.qsize(), q.empty(),
                            None if kind == "SimpleQueue" else q.full()))
            elif op == "done":
                out.append(q.task_done())
        except Exception as e:
            out.append(type(e).__name__)
    return out


for kind in ("Queue", "LifoQueue", "PriorityQueue", "SimpleQueue"):
    for trial in range(60):
        ops = []
        for _ in range(25):
            op = rng.choice(["put", "get", "gett", "putt", "size", "done"]
                            if kind != "SimpleQueue"
                            else ["put", "get", "gett", "size"])
            ops.append((op, (rng.randrange(5), rng.randrange(100))))
        c.eq("%s script %d" % (kind, trial), script(ours, kind, ops),
             script(ref, kind, ops))

# Exceptions are distinct classes with the documented names.
c.true("Empty is Exception", issubclass(ours.Empty, Exception))
c.true("Full is Exception", issubclass(ours.Full, Exception))
c.raises("negative timeout", ValueError,
         lambda: ours.Queue().get(timeout=-1))
c.raises("negative timeout put", ValueError,
         lambda: ours.Queue(1).put(1) or ours.Queue(1).put(1, timeout=-1)
         if False else (lambda q: (q.put(1), q.put(2, timeout=-1)))(ours.Queue(1)))
q = ours.Queue()
try:
    q.task_done()
except ValueError as e:
    c.eq("task_done msg", str(e), "task_done() called too many times")
c.eq("class_getitem", ours.Queue[int], ours.Queue)

# Timeouts actually wait.
q = ours.Queue(1)
t0 = time.monotonic()
c.raises("get timeout", ours.Empty, lambda: q.get(timeout=0.05))
c.true("get waited", time.monotonic() - t0 >= 0.045)
q.put(1)
t0 = time.monotonic()
c.raises("put timeout", ours.Full, lambda: q.put(2, timeout=0.05))
c.true("put waited", time.monotonic() - t0 >= 0.045)
sq = ours.SimpleQueue()
c.raises("simple get timeout", ours.Empty, lambda: sq.get(timeout=0.02))

# Producer/consumer with join().
for kind in ("Queue", "LifoQueue", "PriorityQueue"):
    q = getattr(ours, kind)(maxsize=4)
    seen = []
    lock = threading.Lock()

    def consumer():
        while True:
            item = q.get()
            if item == -1:
                q.task_done()
                return
            with lock:
                seen.append(item)
            q.task_done()

    workers = [threading.Thread(target=consumer) for _ in range(3)]
    for w in workers:
        w.start()
    for i in range(200):
        q.put(i)
    q.join()
    c.eq(kind + " all consumed", sorted(seen), list(range(200)))
    for w in workers:
        q.put(-1)
    for w in workers:
        w.join()
    c.eq(kind + " unfinished", q.unfinished_tasks, 0)

sq = ours.SimpleQueue()
got = []
t = threading.Thread(target=lambda: [got.append(sq.get()) for _ in range(100)])
t.start()
for i in range(100):
    sq.put(i)
t.join()
c.eq("SimpleQueue threaded order", got, list(range(100)))

# Blocking put wakes when a consumer frees a slot.
q = ours.Queue(1)
q.put("a")
threading.Timer(0.05, q.get).start()
q.put("b", timeout=2)
c.eq("blocking put", q.get_nowait(), "b")
sys.exit(c.summary())
