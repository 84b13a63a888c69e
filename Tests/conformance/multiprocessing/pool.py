# multiprocessing.Pool with spawn: map/imap/starmap/apply, chunksize, initializer, errors.
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
    with mp.Pool(2) as pool:
        print(pool.map(square, range(10)))
        print(pool.map(square, range(23), chunksize=4))
        print(pool.map(square, []))
        print(pool.starmap(add, [(1, 2), (3, 4), (5, 6)]))
        print(list(pool.imap(square, range(6))))
        print(list(pool.imap(square, range(9), chunksize=2)))
        print(sorted(pool.imap_unordered(square, range(6))))
        print(pool.apply(add, (5, 6)), pool.apply_async(square, (9,)).get(timeout=60))
        r = pool.map_async(square, [1, 2, 3])
        print(r.get(timeout=60), r.ready(), r.successful())
        seen = []
        pool.apply_async(add, (1, 1), callback=seen.append).wait(60)
        print("callback", seen)
        try:
            pool.map(fails_on_three, range(6))
        except ValueError as e:
            print("ValueError:", e, "| cause:", type(e.__cause__).__name__)
        r = pool.apply_async(fails_on_three, (3,))
        r.wait(60)
        print("successful", r.successful())
