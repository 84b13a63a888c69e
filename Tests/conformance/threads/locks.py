# Lock and RLock: mutual exclusion across threads, timeouts, ownership errors.
import threading

lock = threading.Lock()
print(lock.locked(), lock.acquire(), lock.locked())
print("non-blocking on held lock:", lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)

counter = 0
def add(n):
    global counter
    for _ in range(n):
        with lock:
            counter += 1
ts = [threading.Thread(target=add, args=(2000,)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print("counter:", counter)

# a lock released by another thread than the one that acquired it (allowed for Lock)
handoff = threading.Lock()
handoff.acquire()
t = threading.Thread(target=handoff.release)
t.start(); t.join()
print("released by other thread:", handoff.locked())

rl = threading.RLock()
with rl:
    with rl:
        print("reentrant depth 2 ok")
got = []
def try_rlock():
    got.append(rl.acquire(blocking=False))
rl.acquire()
t = threading.Thread(target=try_rlock); t.start(); t.join()
rl.release()
t = threading.Thread(target=try_rlock); t.start(); t.join()
print("other thread could acquire:", got)
try:
    rl.release()
except RuntimeError as e:
    print("RuntimeError:", e)

# waiting on a lock held by another thread blocks until it is released
order = []
gate = threading.Lock()
gate.acquire()
def waiter():
    with gate:
        order.append("waiter got gate")
t = threading.Thread(target=waiter)
t.start()
order.append("main releases")
gate.release()
t.join()
print(order)
