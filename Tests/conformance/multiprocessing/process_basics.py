# multiprocessing.Process with the spawn start method: exit codes, signals, names, pipes, queues.
import multiprocessing as mp
import os
import sys
import time


def report(q, x, y=0):
    q.put(("ran", x, y, mp.current_process().name, mp.parent_process().name, __name__))


def raises():
    raise ValueError("raised in the child")


def exits(code):
    sys.exit(code)


def echo(conn):
    while True:
        item = conn.recv()
        if item is None:
            break
        conn.send(("echo", item))
    conn.close()


if __name__ == "__main__":
    mp.set_start_method("spawn")
    print("start method", mp.get_start_method())
    q = mp.Queue()
    p = mp.Process(target=report, args=(q, 1), kwargs={"y": 2})
    print("before start", p.exitcode, p.is_alive(), p.name)
    p.start()
    print(q.get(timeout=60))
    p.join()
    print("after join", p.exitcode, p.is_alive())
    for target, args in ((raises, ()), (exits, (3,)), (exits, (None,)), (exits, ("message",)), (os._exit, (4,))):
        p = mp.Process(target=target, args=args)
        p.start()
        p.join()
        print(target.__name__, args, "->", p.exitcode)
