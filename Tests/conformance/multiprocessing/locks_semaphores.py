# Queues and synchronization primitives shared with spawned children. (part 2)
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
    sem = mp.Semaphore(0)
    p = mp.Process(target=sem_user, args=(sem, q))
    p.start()
    print(q.get(timeout=60))
    p.join()
    sem.release()
    p = mp.Process(target=sem_user, args=(sem, q))
    p.start()
    print(q.get(timeout=60))
    p.join()

    rl = mp.RLock()
    with rl:
        with rl:
            print("rlock reentrant")
    bs = mp.BoundedSemaphore(1)
    try:
        bs.release()
    except ValueError as e:
        print("bounded:", e)

    sq = mp.SimpleQueue()
    lock = mp.Lock()
    ps = [mp.Process(target=counter, args=(lock, sq, 50)) for _ in range(2)]
    for p in ps:
        p.start()
    total = sum(sq.get() for _ in range(100))
    for p in ps:
        p.join()
    print("simple queue total", total, sq.empty())

    jq, out = mp.JoinableQueue(), mp.Queue()
    p = mp.Process(target=consumer, args=(jq, out))
    p.start()
    for i in range(5):
        jq.put(i)
    jq.put(None)
    jq.join()
    print("joinable", sorted(out.get(timeout=60) for _ in range(5)))
    p.join()
