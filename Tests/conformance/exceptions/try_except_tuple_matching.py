# Matching handlers by tuple and base class, handler order, non-matching exceptions, dynamic tuples.
def which(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup-tuple:" + type(e).__name__
    except (ZeroDivisionError,) as e:
        return "single-tuple:" + type(e).__name__
    except ArithmeticError as e:
        return "arith-base:" + type(e).__name__
    except (TypeError, ValueError, OSError, RuntimeError) as e:
        return "nested-tuple:" + type(e).__name__
    except Exception as e:
        return "fallback:" + type(e).__name__
cases = [KeyError(), IndexError(), ZeroDivisionError(), OverflowError(), FloatingPointError(), TypeError(),
         UnicodeDecodeError("utf-8", b"", 0, 0, ""), FileNotFoundError(), RecursionError(), NameError(),
         LookupError(), StopIteration()]
for c in cases:
    print(type(c).__name__, "->", which(c))
handlers = [ValueError]
handlers.append(TypeError)
try:
    int([])
except tuple(handlers) as e:
    print("dynamic:", type(e).__name__)
try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("not here")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
def empty_tuple():
    try:
        raise ValueError("x")
    except ():
        return "empty tuple matched"
try:
    empty_tuple()
except ValueError:
    print("empty tuple matches nothing")
try:
    try:
        raise ValueError
    except (ValueError, 42):
        print("not reached")
except TypeError as e:
    print("TypeError:", e, "| context:", type(e.__context__).__name__)
