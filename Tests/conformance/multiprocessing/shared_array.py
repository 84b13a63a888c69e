# Array/RawArray in shared memory: children fill slices; indexing, slicing, len, strings.
import multiprocessing as mp
from multiprocessing import sharedctypes


def fill(arr, start, stop):
    for i in range(start, stop):
        arr[i] = i * i
    with arr.get_lock():
        arr[0] += 1


def scale(raw, factor):
    for i in range(len(raw)):
        raw[i] *= factor


def shout(s):
    s.value = s.value.upper()


if __name__ == '__main__':
    ctx = mp.get_context('spawn')
    arr = ctx.Array('i', 13)     # [0] counts workers, [1:] squares
    print(len(arr), arr[:], arr[3], arr[-1], type(arr).__name__)
    procs = [ctx.Process(target=fill, args=(arr, 1 + k * 4, 5 + k * 4)) for k in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print(arr[:])
    print(arr[2:6], arr[::3], list(arr), sum(arr))
    arr[1:3] = [7, 8]
    print(arr[0:4])

    raw = ctx.RawArray('d', [0.5, 1.5, 2.5])
    print(type(raw).__name__, raw[:], len(raw))
    p = ctx.Process(target=scale, args=(raw, 4))
    p.start()
    p.join()
    print(raw[:], list(raw))

    s = ctx.Array('c', b'hello world')
    print(s.value, s.raw, len(s), type(s).__name__)
    p = ctx.Process(target=shout, args=(s,))
    p.start()
    p.join()
    print(s.value, s[0], s[:5])

    for code in 'bBhHiIlLqQfd':
        a = sharedctypes.RawArray(code, [1, 2, 3])
        print(code, a[:], len(a))
    z = sharedctypes.RawArray('B', 5)
    print(z[:], mp.Array('b', range(-2, 3), lock=False)[:])
    try:
        arr[13]
    except IndexError as e:
        print('IndexError:', e)
