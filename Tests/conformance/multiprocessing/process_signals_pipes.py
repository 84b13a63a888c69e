# multiprocessing.Process with the spawn start method: exit codes, signals, names, pipes, queues. (part 2)
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
    p = mp.Process(target=time.sleep, args=(60,), daemon=True)
    p.start()
    p.join(0.2)
    print("sleeping child alive", p.is_alive(), p.exitcode, p.daemon)
    p.terminate()
    p.join()
    print("terminated", p.exitcode)
    p = mp.Process(target=time.sleep, args=(60,))
    p.start()
    p.kill()
    p.join()
    print("killed", p.exitcode)
    p.close()
    try:
        p.exitcode
    except ValueError as e:
        print("closed:", e)
    a, b = mp.Pipe()
    p = mp.Process(target=echo, args=(b,))
    p.start()
    for item in (1, "two", [3, 4.5], {"k": (None, True)}):
        a.send(item)
        print(a.recv())
    a.send(None)
    p.join()
    print("echo exit", p.exitcode, "active", mp.active_children())
    c1, c2 = mp.Pipe(duplex=False)
    c2.send_bytes(b"raw bytes")
    print("poll", c1.poll(1), c1.recv_bytes(), c1.poll(0))
    try:
        p.start()
    except AssertionError as e:
        print("restart:", e)
