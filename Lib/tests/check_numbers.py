"""Differential check: Lib/numbers.py against CPython's numbers."""
import decimal
import fractions
import numbers as ref
import sys

from _loader import load, Checker

nb = load("numbers", deps=("abc",))
c = Checker("numbers")

values = [1, True, 2.5, 1j, decimal.Decimal(1), "x", None, [], 10**30]
for name in ("Number", "Complex", "Real", "Rational", "Integral"):
    for v in values:
        if isinstance(v, decimal.Decimal):
            continue                      # CPython registers Decimal itself
        c.eq("isinstance(%r, %s)" % (v, name), isinstance(v, getattr(nb, name)),
             isinstance(v, getattr(ref, name)))
    c.eq("abstracts " + name, sorted(getattr(nb, name).__abstractmethods__),
         sorted(getattr(ref, name).__abstractmethods__))
    c.eq("mro names " + name, [k.__name__ for k in getattr(nb, name).__mro__],
         [k.__name__ for k in getattr(ref, name).__mro__])


def make(mod):
    class MyInt(mod.Integral):
        def __init__(self, v):
            self.v = v
        for op in ("__int__", "__pow__", "__lshift__", "__rlshift__", "__rshift__",
                   "__rrshift__", "__and__", "__rand__", "__xor__", "__rxor__",
                   "__or__", "__ror__", "__invert__", "__trunc__", "__floor__",
                   "__ceil__", "__round__", "__floordiv__", "__rfloordiv__", "__mod__",
                   "__rmod__", "__lt__", "__le__", "__add__", "__radd__", "__neg__",
                   "__mul__", "__rmul__", "__truediv__", "__rtruediv__", "__rpow__",
                   "__abs__", "__eq__"):
            locals()[op] = lambda self, *a: 7
        del op

        def __pos__(self):
            return self.v
    x = MyInt(5)
    return (x.numerator, x.denominator, float(x), x.__index__(), x.real, x.imag,
            x.conjugate(), complex(x), bool(x), x - 1, divmod(x, 2))


c.eq("mixins", make(nb), make(ref))
c.true("Integral registered int", issubclass(int, nb.Integral))
sys.exit(c.summary())
