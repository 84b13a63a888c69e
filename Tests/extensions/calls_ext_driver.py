# Driver for calls_ext: 100k calls leave every reference count and the tracked-object count
# unchanged; a pure-Python thread runs while another thread waits inside a GIL-free kernel.
import gc
import sys
import threading
import time
import calls_ext as m
from extshow import show, section

N = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000

section("results")
show("pair", m.pair, 1, "x")
show("boxed", m.boxed, 3)
show("kw", m.kw, 1, c=2)
show("fast", m.fast, 1, 2, 3)
show("fast none", m.fast)
show("failing", m.failing, "bad")

section("reference counts after %d calls of each" % N)
a, b, s, f = object(), [1, 2], "some text", 2.5
args = (a, b, s, f)


def calls(count):
    for i in range(count):
        m.pair(a, b)
        m.boxed(f)
        m.kw(a, b, c=i & 7)
        m.fast(a, b, s)
        try:
            m.failing(s)
        except ValueError:
            pass


def census():
    gc.collect()
    return [sys.getrefcount(args[k]) for k in range(4)], len(gc.get_objects())


calls(100)  # warm up: first calls may create lasting objects (interned names, caches)
refs_before, tracked_before = census()
calls(N)
refs_after, tracked_after = census()
print("refcount deltas:", [x - y for x, y in zip(refs_after, refs_before)])
# A leak of one container per call would add >= N; a few objects either way are the runtime's own.
print("tracked objects unchanged (within 50):", abs(tracked_after - tracked_before) <= 50)

section("pure-Python thread progresses while another waits in a GIL-free kernel")
TICKS = 200
box = {}


def waiter():
    box["kernel"] = m.wait_for_ticks(TICKS, 60000)


def ticker():
    done = 0
    while not m.waiting():  # start only once the other thread is inside the kernel
        time.sleep(0.001)
    while done < TICKS and "kernel" not in box:
        total = 0
        for k in range(200):  # pure Python work between ticks
            total += k * k
        m.tick()
        done += 1
    box["ticker"] = done


w = threading.Thread(target=waiter)
w.start()
t = threading.Thread(target=ticker)
t.start()
w.join()
t.join()
print("kernel (reached, ticks seen while inside):", box["kernel"])
print("ticker progressed:", box["ticker"])
