# Barrier across 3 processes: wait indices, the action runs once per cycle, abort/reset/timeout.
import multiprocessing as mp
import threading
import time


def worker(b, v, q):
    i = b.wait()
    with v.get_lock():
        v.value += 1
    j = b.wait()
    q.put((i, j, v.value))


def waiter(b, q):
    try:
        b.wait()
        q.put('passed')
    except threading.BrokenBarrierError:
        q.put('broken')


if __name__ == '__main__':
    ctx = mp.get_context('spawn')
    b = ctx.Barrier(3)
    v = ctx.Value('i', 0)
    q = ctx.Queue()
    print(b.parties, b.n_waiting, b.broken)
    procs = [ctx.Process(target=worker, args=(b, v, q)) for _ in range(2)]
    for p in procs:
        p.start()
    i = b.wait()
    j = b.wait()
    results = [q.get() for _ in range(2)] + [(i, j, v.value)]
    for p in procs:
        p.join()
    print('indices', sorted(r[0] for r in results), sorted(r[1] for r in results))
    print('counts seen after the second wait', [r[2] for r in results], [p.exitcode for p in procs])

    # A child blocked in wait() sees abort() from the parent.
    b3 = ctx.Barrier(2)
    p = ctx.Process(target=waiter, args=(b3, q))
    p.start()
    while b3.n_waiting == 0:
        time.sleep(0.01)
    print('n_waiting', b3.n_waiting)
    b3.abort()
    print(q.get(), b3.broken)
    p.join()
    b3.reset()
    print('after reset', b3.broken, b3.n_waiting)
    p = ctx.Process(target=waiter, args=(b3, q))
    p.start()
    b3.wait()
    print(q.get())
    p.join()

    b2 = ctx.Barrier(2, timeout=0.2)
    try:
        b2.wait()
    except threading.BrokenBarrierError:
        print('broken by timeout', b2.broken)
    try:
        b2.wait()
    except threading.BrokenBarrierError:
        print('still broken')
    b2.reset()
    print('after reset', b2.broken)
