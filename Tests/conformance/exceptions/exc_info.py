# sys.exc_info() and sys.exception() inside and outside handlers, in generators and functions.
import sys
print(sys.exc_info(), sys.exception())
try:
    raise ValueError("first")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, type(tb).__name__, sys.exception() is v, tb.tb_lineno > 0)
print(sys.exc_info(), sys.exception())
def inner():
    return sys.exc_info()[1]
try:
    raise KeyError("in caller")
except KeyError as e:
    print(inner() is e, repr(inner()))
def gen():
    yield sys.exc_info()[0]
try:
    raise TypeError
except TypeError:
    g = gen()
    print(next(g))
print(sys.exc_info()[0])
try:
    try:
        raise IndexError("a")
    finally:
        print("in finally:", sys.exc_info()[0].__name__)
except IndexError:
    pass
try:
    raise RuntimeError("with tb")
except RuntimeError as e:
    print(e.__traceback__ is sys.exc_info()[2], type(e.__traceback__).__name__)
    saved = e
print(saved.__traceback__ is not None, sys.exc_info() == (None, None, None))
e2 = ValueError("fresh")
print(e2.__traceback__, e2.with_traceback(None) is e2)
def depth():
    try:
        1 / 0
    except ZeroDivisionError as e:
        tb = e.__traceback__
        n = 0
        while tb is not None:
            n += 1
            tb = tb.tb_next
        return n
print(depth())
