# Interactions of return/raise in try, except and finally, and what the caller finally sees.
def a():
    try:
        raise ValueError("a")
    finally:
        print("a finally")
def b():
    try:
        return "b-try"
    finally:
        print("b finally")
def c():
    try:
        raise ValueError("c")
    except ValueError:
        return "c-except"
    finally:
        print("c finally")
def d():
    try:
        raise ValueError("d")
    except ValueError:
        raise KeyError("d2")
    finally:
        print("d finally")
def e():
    try:
        raise ValueError("e")
    finally:
        return "e-finally-return swallows"
def f():
    try:
        return "f-try"
    finally:
        raise RuntimeError("f-finally raise replaces return")
for fn in (a, b, c, d, e, f):
    try:
        print(fn.__name__, "->", fn())
    except Exception as ex:
        print(fn.__name__, "raised", type(ex).__name__, ex, "| context:", repr(ex.__context__))
def counter():
    count = 0
    for i in range(5):
        try:
            if i % 2:
                continue
            count += 1
        finally:
            count += 10
    return count
print(counter())
