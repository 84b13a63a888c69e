# multiprocessing.Pool with spawn: map/imap/starmap/apply, chunksize, initializer, errors. (part 2)
import multiprocessing as mp

_base = 0


def init(base):
    global _base
    _base = base


def offset(x):
    return _base + x


def square(x):
    return x * x


def add(a, b):
    return a + b


def fails_on_three(x):
    if x == 3:
        raise ValueError("bad item %d" % x)
    return x


if __name__ == "__main__":
    mp.set_start_method("spawn")
    with mp.Pool(1, initializer=init, initargs=(1000,)) as pool:
        print(pool.map(offset, range(5)))
    pool = mp.Pool(2, maxtasksperchild=1)
    print(pool.map(square, range(4), chunksize=1))
    pool.close()
    pool.join()
    try:
        pool.map(square, [1])
    except ValueError as e:
        print("closed pool:", e)
