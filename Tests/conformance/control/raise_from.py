# raise ... from ...: __cause__, __context__, __suppress_context__.
def show(e):
    print(type(e).__name__, e)
    print("  cause:", repr(e.__cause__))
    print("  context:", repr(e.__context__))
    print("  suppress_context:", e.__suppress_context__)
try:
    try:
        int("abc")
    except ValueError as exc:
        raise RuntimeError("conversion failed") from exc
except RuntimeError as e:
    show(e)
    print("  cause is context:", e.__cause__ is e.__context__)
try:
    try:
        {}["k"]
    except KeyError:
        raise LookupError("no key") from None
except LookupError as e:
    show(e)
try:
    raise ValueError("direct") from TypeError("unrelated cause")
except ValueError as e:
    show(e)
try:
    raise ValueError("class cause") from IndexError
except ValueError as e:
    show(e)
try:
    raise ValueError("bad") from 42
except TypeError as e:
    print("TypeError:", e)
e = RuntimeError("manual")
e.__cause__ = KeyError("set by hand")
print(e.__suppress_context__)
e2 = RuntimeError("x")
try:
    raise e2 from None
except RuntimeError as caught:
    print(caught.__cause__, caught.__suppress_context__)
    caught.__cause__ = None
    print(caught.__suppress_context__)
try:
    raise KeyError("bare class") from None
except KeyError as e:
    print(repr(e), e.__cause__)
