# Value/RawValue in shared memory: workers increment a Value under its lock to an exact total.
import ctypes
import multiprocessing as mp
import pickle
from multiprocessing import sharedctypes


def add(counter, total, n):
    for i in range(n):
        with counter.get_lock():
            counter.value += 1
            total.value += 0.5      # total shares counter's (recursive) lock
    with counter:
        pass


def add_raw(raw, lock, n):
    for _ in range(n):
        with lock:
            raw.value += 2


if __name__ == '__main__':
    mp.set_start_method('spawn')
    counter = mp.Value('i', 0)
    print(counter, counter.value, type(counter).__name__)
    print(type(counter.get_lock()).__name__, type(counter.get_obj()).__name__)
    total = mp.Value(ctypes.c_double, 1.25, lock=counter.get_lock())
    print(total.get_lock() is counter.get_lock(), total.value)
    procs = [mp.Process(target=add, args=(counter, total, 150)) for _ in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print('counter', counter.value, 'exitcodes', [p.exitcode for p in procs])
    print('total is 1.25 + 0.5 * 450:', total.value == 1.25 + 0.5 * 450 or total.value)

    raw = mp.RawValue('q', 10)
    print(raw, raw.value, type(raw).__name__)
    lock = mp.Lock()
    procs = [mp.Process(target=add_raw, args=(raw, lock, 100)) for _ in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print('raw', raw.value)

    plain = mp.Value('h', -3, lock=False)
    print(type(plain).__name__, plain.value)
    for code, init in [('b', -5), ('B', 250), ('H', 65535), ('l', -2**40), ('L', 2**40),
                       ('Q', 2**63), ('f', 0.5), ('d', 1e300), ('c', b'x')]:
        v = sharedctypes.RawValue(code, init)
        print(code, type(v).__name__, v.value, ctypes.sizeof(v))
    try:
        pickle.dumps(counter)
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        mp.Value('i', 0, lock=42)
    except AttributeError as e:
        print('AttributeError:', e)
