# Queues and synchronization primitives shared with spawned children.
import multiprocessing as mp
import queue


def producer(q, start, n):
    for i in range(start, start + n):
        q.put(i * i)


def locker(lock, event, q):
    with lock:
        q.put("got the lock")
    event.wait()
    q.put("saw the event")


def counter(lock, q, n):
    for _ in range(n):
        with lock:
            q.put(1)


def consumer(jq, out):
    while True:
        item = jq.get()
        if item is None:
            jq.task_done()
            break
        out.put(item * 10)
        jq.task_done()


def sem_user(sem, q):
    ok = sem.acquire(timeout=0.2)
    q.put(("acquired", ok))


if __name__ == "__main__":
    mp.set_start_method("spawn")
    q = mp.Queue()
    ps = [mp.Process(target=producer, args=(q, k * 100, 100)) for k in range(3)]
    for p in ps:
        p.start()
    got = sorted(q.get(timeout=60) for _ in range(300))
    for p in ps:
        p.join()
    print("queue", len(got), sum(got), [p.exitcode for p in ps])
    try:
        q.get(timeout=0.1)
    except queue.Empty:
        print("empty queue raises queue.Empty")

    lock, event = mp.Lock(), mp.Event()
    lock.acquire()
    p = mp.Process(target=locker, args=(lock, event, q))
    p.start()
    try:
        q.get(timeout=0.5)
    except queue.Empty:
        print("child blocked on the lock")
    lock.release()
    print(q.get(timeout=60))
    event.set()
    print(q.get(timeout=60))
    p.join()
    try:
        lock.release()
    except ValueError as e:
        print("release unlocked:", e)

