import sys
from os import path as p, sep

def f1(xs):
    for x in xs:
        try:
            if x == 1:
                continue
            if x == 2:
                break
            if x == 3:
                return x
        finally:
            print("finally", x)
    else:
        return -1
    return 0

def f2(n):
    while n:
        try:
            n -= 1
            if n == 5:
                return "five"
        except ValueError as e:
            return e
        except (TypeError, KeyError):
            break
        except:
            raise
        else:
            continue
        finally:
            if n == 2:
                return "finally-return"
    return None

def f3(a):
    with open(a) as f, open(a + "x") as (g, h):
        for line in f:
            if not line:
                return line
            with g:
                break
    with a:
        pass

def f4():
    try:
        try:
            raise ValueError("x")
        finally:
            return 1
    except ValueError:
        return 2

def f5(x):
    try:
        pass
    finally:
        for i in x:
            try:
                return i
            finally:
                continue

def f6(seq):
    total = 0
    for i in seq:
        for j in seq:
            if i < j < 10 or not (i and j):
                total += i if i > j else j
            elif i is None or j is not None and i in seq:
                total -= 1
            else:
                del i
                break
    return total

def f7():
    try:
        1 / 0
    except ZeroDivisionError as err:
        try:
            raise KeyError from err
        except KeyError as err2:
            return err2, sys.exc_info()
    assert f7, "message"
    assert not f7

def f8(x):
    while True:
        if x:
            break
    while x > 0:
        x -= 1
    else:
        x = 100
    return x

def f9(o):
    with o as a:
        try:
            return a
        except Exception:
            return None
        finally:
            print("x")

class Ctx:
    def __enter__(self): return self
    def __exit__(self, *a): return True

def f10():
    for x in range(3):
        with Ctx():
            try:
                continue
            finally:
                pass
    raise

if __name__ == "__main__":
    print(f1([1, 2, 3]))
