# concurrent.futures.ProcessPoolExecutor (spawn): results, errors, broken pools. (part 2)
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
    for fn, arg in ((dies, 1), (exits, 3)):
        ex = cf.ProcessPoolExecutor(max_workers=2, mp_context=ctx)
        f = ex.submit(fn, arg)
        try:
            f.result(timeout=60)
        except cf.process.BrokenProcessPool as e:
            print(fn.__name__, "BrokenProcessPool:", e)
        except SystemExit as e:
            print(fn.__name__, "SystemExit", e.code)
        try:
            ex.submit(square, 1)
            print("submit after", fn.__name__, "ok")
        except cf.process.BrokenProcessPool as e:
            print("submit after", fn.__name__, "BrokenProcessPool:", e)
        ex.shutdown()
    ex = cf.ProcessPoolExecutor(max_workers=1, mp_context=ctx)
    ex.shutdown()
    try:
        ex.submit(square, 2)
    except RuntimeError as e:
        print("after shutdown:", e)
