# Exceptions raised inside except blocks: context chaining, handler exit, nested try inside except.
def f(n):
    try:
        return [1, 2][n]
    except IndexError as first:
        try:
            return {"a": 1}["b"]
        except KeyError as second:
            print("second.__context__ is first:", second.__context__ is first)
            raise ValueError("third") from None
try:
    f(5)
except ValueError as e:
    print(e, "| context:", type(e.__context__).__name__, "| suppress:", e.__suppress_context__)
def g():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
        raise
try:
    g()
except ZeroDivisionError as e:
    print("re-raised original:", e)
import sys
def info():
    return sys.exc_info()[0].__name__ if sys.exc_info()[0] else None
try:
    raise KeyError("k")
except KeyError:
    print("in handler:", info())
    try:
        raise ValueError("v")
    except ValueError:
        print("in nested handler:", info())
    print("back in outer handler:", info())
print("after all handlers:", info())
def handler_returns():
    for i in range(3):
        try:
            raise RuntimeError(i)
        except RuntimeError as e:
            if e.args[0] == 1:
                return "returned from handler %d" % i
            continue
print(handler_returns())
try:
    try:
        raise OSError("disk")
    except OSError as e:
        raise RuntimeError("wrapped %s" % e)
except RuntimeError as e:
    print(e, "|", repr(e.__context__))
