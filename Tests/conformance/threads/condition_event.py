# Condition (wait, wait_for, notify, notify_all) and Event across threads.
import threading

cond = threading.Condition()
queue = []
consumed = []
def consumer(i):
    with cond:
        cond.wait_for(lambda: queue)
        consumed.append((i, queue.pop(0)))
ts = [threading.Thread(target=consumer, args=(i,)) for i in range(3)]
for t in ts: t.start()
for v in ("a", "b", "c"):
    with cond:
        queue.append(v)
        cond.notify()
for t in ts: t.join()
print(sorted(v for _, v in consumed), sorted(i for i, _ in consumed))

with cond:
    print("wait with timeout, nobody notifies:", cond.wait(timeout=0.01))
    print("wait_for false predicate:", cond.wait_for(lambda: False, timeout=0.01))
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)

ready = 0
go = False
c2 = threading.Condition(threading.Lock())
def runner():
    global ready
    with c2:
        ready += 1
        c2.notify_all()
        c2.wait_for(lambda: go)
ts = [threading.Thread(target=runner) for _ in range(4)]
for t in ts: t.start()
with c2:
    c2.wait_for(lambda: ready == 4)
    go = True
    c2.notify_all()
for t in ts: t.join()
print("all runners released:", ready, [t.is_alive() for t in ts])

ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
seen = []
def wait_event():
    seen.append(ev.wait(5))
ts = [threading.Thread(target=wait_event) for _ in range(3)]
for t in ts: t.start()
ev.set()
for t in ts: t.join()
print(seen, ev.is_set())
ev.clear()
print(ev.is_set(), ev.wait(timeout=0))
