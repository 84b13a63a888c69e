# Barrier (indices, action, abort, reset) and Semaphore / BoundedSemaphore.
import threading

actions = []
b = threading.Barrier(3, action=lambda: actions.append("action"))
indices = []
lock = threading.Lock()
def party():
    for _ in range(2):
        i = b.wait()
        with lock:
            indices.append(i)
ts = [threading.Thread(target=party) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(indices), actions, b.parties, b.n_waiting, b.broken)

b2 = threading.Barrier(2, timeout=5)
errs = []
def broken_party():
    try:
        b2.wait()
    except threading.BrokenBarrierError:
        errs.append("broken")
t = threading.Thread(target=broken_party)
t.start()
while b2.n_waiting == 0:
    pass
b2.abort()
t.join()
print(errs, b2.broken)
b2.reset()
print("after reset:", b2.broken)
try:
    threading.Barrier(1).wait(timeout=1) 
    print("single-party barrier passes")
except threading.BrokenBarrierError:
    print("unexpected")

sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False), sem.acquire(timeout=0.01))
sem.release(2)
print(sem.acquire(blocking=False))
inside = 0
peak = 0
s3 = threading.Semaphore(2)
def limited():
    global inside, peak
    with s3:
        with lock:
            inside += 1
            peak = max(peak, inside)
        with lock:
            inside -= 1
ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print("peak <= 2:", peak <= 2, inside)
bs = threading.BoundedSemaphore(1)
bs.acquire(); bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError:", e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
