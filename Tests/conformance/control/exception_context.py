# Implicit exception chaining: __context__ is set when raising inside except/finally.
def chain(e):
    parts = []
    while e is not None:
        parts.append("%s(%s)" % (type(e).__name__, e))
        e = e.__cause__ if e.__cause__ is not None else e.__context__
    return " <- ".join(parts)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        [].pop()
except IndexError as e:
    print(chain(e))
try:
    try:
        try:
            raise KeyError("a")
        except KeyError:
            raise ValueError("b")
    except ValueError:
        raise TypeError("c")
except TypeError as e:
    print(chain(e))
try:
    try:
        raise ValueError("first")
    finally:
        raise OSError("from finally")
except OSError as e:
    print(chain(e))
try:
    try:
        raise ValueError("handled")
    except ValueError:
        pass
    raise KeyError("after handler")
except KeyError as e:
    print(chain(e), e.__context__)
def raiser():
    raise NameError("in function")
try:
    try:
        raise ValueError("outer")
    except ValueError:
        raiser()
except NameError as e:
    print(chain(e))
err = ValueError("reraised")
try:
    try:
        raise err
    except ValueError as e:
        raise e
except ValueError as e:
    print(chain(e), e.__context__ is None)
try:
    try:
        raise KeyError(1)
    except KeyError as k:
        raise k from ValueError("cause wins")
except KeyError as e:
    print(chain(e))
