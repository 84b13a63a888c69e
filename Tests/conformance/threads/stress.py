# Stress: 8 threads mutating shared lists and dicts, lock-protected counters with exact totals,
# 2000 short-lived threads, threads creating threads. Must finish with no crash, deadlock or
# lost update; the printed results are exact.
import threading

N_THREADS = 8
N_ITEMS = 5000

# Shared list and dict, each thread writing its own items (appends and stores are atomic).
shared_list = []
shared_dict = {}
scratch = []
def mutate(tid):
    for i in range(N_ITEMS):
        shared_list.append((tid, i))
        shared_dict[(tid, i)] = i * tid
        scratch.append(i)
        if i % 3 == 0:
            try:
                scratch.pop()
            except IndexError:
                pass
        if i % 100 == 0:
            shared_dict.pop((tid, i), None)
ts = [threading.Thread(target=mutate, args=(t,)) for t in range(N_THREADS)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("list:", len(shared_list), sorted(shared_list) == [(t, i) for t in range(N_THREADS) for i in range(N_ITEMS)])
print("list order per thread kept:", all(
    [i for (tid, i) in shared_list if tid == t] == list(range(N_ITEMS)) for t in range(N_THREADS)))
expected = {(t, i): i * t for t in range(N_THREADS) for i in range(N_ITEMS) if i % 100 != 0}
print("dict:", len(shared_dict), shared_dict == expected)
pops = (N_ITEMS + 2) // 3
print("scratch:", len(scratch), len(scratch) == N_THREADS * (N_ITEMS - pops))

# Lock-protected counters: exact totals.
lock = threading.Lock()
rlock = threading.RLock()
counter = {"plain": 0, "nested": 0}
def count(n):
    for _ in range(n):
        with lock:
            counter["plain"] += 1
        with rlock:
            with rlock:
                counter["nested"] += 2
ts = [threading.Thread(target=count, args=(10000,)) for _ in range(N_THREADS)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("counters:", counter)

# Condition-protected producer/consumer hand-off of every item exactly once.
cond = threading.Condition()
items = []
consumed = []
DONE = object()
def producer(base):
    for i in range(1000):
        with cond:
            items.append(base + i)
            cond.notify()
def consumer():
    while True:
        with cond:
            while not items:
                cond.wait()
            x = items.pop(0)
        if x is DONE:
            return
        consumed.append(x)
cons = [threading.Thread(target=consumer) for _ in range(4)]
prods = [threading.Thread(target=producer, args=(k * 1000,)) for k in range(4)]
for t in cons + prods:
    t.start()
for t in prods:
    t.join()
with cond:
    items.extend([DONE] * 4)
    cond.notify_all()
for t in cons:
    t.join()
print("producer/consumer:", len(consumed), sorted(consumed) == list(range(4000)))

# 2000 short-lived threads (200 alive at a time at most).
results = []
def short(i):
    results.append(i * 2)
started = 0
for batch in range(10):
    ts = [threading.Thread(target=short, args=(batch * 200 + k,)) for k in range(200)]
    for t in ts:
        t.start()
        started += 1
    for t in ts:
        t.join()
print("short-lived:", started, len(results), sum(results) == 2 * sum(range(2000)))
print("alive after join:", threading.active_count())

# Threads creating threads: a tree of fan-out 3 and depth 4 (1 + 3 + 9 + 27 + 81 nodes).
names = []
names_lock = threading.Lock()
def node(depth, path):
    with names_lock:
        names.append(path)
    if depth == 4:
        return
    kids = [threading.Thread(target=node, args=(depth + 1, path + str(k))) for k in range(3)]
    for k in kids:
        k.start()
    for k in kids:
        k.join()
root = threading.Thread(target=node, args=(0, "r"))
root.start()
root.join()
print("tree:", len(names), len(set(names)), sorted(names)[:5])
print("alive at end:", threading.active_count())
