# concurrent.futures.ProcessPoolExecutor (spawn): results, errors, broken pools.
import concurrent.futures as cf
import multiprocessing as mp
import os
import sys


def square(x):
    return x * x


def raises(x):
    raise KeyError(x)


def exits(code):
    sys.exit(code)


def dies(code):
    os._exit(code)


_tag = None


def init(tag):
    global _tag
    _tag = tag


def tagged(x):
    return (_tag, x)


if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    with cf.ProcessPoolExecutor(max_workers=2, mp_context=ctx) as ex:
        print(list(ex.map(square, range(10))))
        print(list(ex.map(square, range(10), chunksize=3)))
        fs = [ex.submit(square, i) for i in range(6)]
        print(sorted(f.result() for f in cf.as_completed(fs, timeout=60)))
        f = ex.submit(raises, 7)
        try:
            f.result(timeout=60)
        except KeyError as e:
            print("KeyError", e, "| cause:", type(e.__cause__).__name__)
        print("exception()", repr(ex.submit(raises, "k").exception(timeout=60)))
    with cf.ProcessPoolExecutor(max_workers=1, mp_context=ctx, initializer=init, initargs=("T",)) as ex:
        print(list(ex.map(tagged, [1, 2])))
