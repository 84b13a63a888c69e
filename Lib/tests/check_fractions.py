"""Differential check: Lib/fractions.py against CPython's fractions."""
import decimal
import fractions as ref
import math
import random
import sys

from _loader import load, Checker

fr = load("fractions", deps=("numbers", "operator", "abc"))
c = Checker("fractions")
rng = random.Random(44)


def outcome(fn):
    try:
        v = fn()
        if isinstance(v, (fr.Fraction, ref.Fraction)):
            v = ("F", v.numerator, v.denominator)
        elif isinstance(v, tuple):
            v = tuple(("F", x.numerator, x.denominator)
                      if isinstance(x, (fr.Fraction, ref.Fraction)) else x for x in v)
        nan = lambda x: "nan" if isinstance(x, float) and x != x else x
        if isinstance(v, tuple):
            v = tuple(nan(x) for x in v)
        return ("ok", type(v).__name__, nan(v))
    except Exception as e:
        return ("raise", type(e).__name__, str(e))


ctor_args = [(), (3,), (3, 4), (-6, 4), (6, -4), (0, 5), (1, 0), (2.5,), (-0.1,),
             (float("nan"),), (float("inf"),), (decimal.Decimal("1.25"),), ("3/4",),
             (" -7/14 ",), ("1.5e3",), ("-.5",), ("1_000",), ("1__0",), ("_1",),
             ("3 / 4",), ("3/ 4",), ("1e-3",), ("1.2.3",), ("",), ("abc",), ("5.",),
             (".",), ("+2E+2",), ("1/0",), (1.5, 2), (2, 1.5), ("3", 4), (True,),
             (None,), ([],), ("٣/٤",), ("1/_2",), ("0x10",), (" 1/2\n",)]
for args in ctor_args:
    c.eq("Fraction%r" % (args,), outcome(lambda: fr.Fraction(*args)),
         outcome(lambda: ref.Fraction(*args)))
    c.eq("repr/str Fraction%r" % (args,), outcome(lambda: (repr(fr.Fraction(*args)), str(fr.Fraction(*args)))),
         outcome(lambda: (repr(ref.Fraction(*args)), str(ref.Fraction(*args)))))


def rand_val(mod):
    k = rng.randrange(6)
    if k == 0:
        return rng.randrange(-20, 20)
    if k == 1:
        return rng.choice([0.5, -2.25, 1e300, 0.1, float("inf"), float("nan"), 0.0])
    if k == 2:
        return complex(rng.randrange(-3, 3), rng.choice([0, 1]))
    if k == 3:
        return True
    return ("F", rng.randrange(-30, 30), rng.randrange(1, 12))


def build(mod, v):
    if isinstance(v, tuple):
        return mod.Fraction(v[1], v[2])
    return v


ops = ["+", "-", "*", "/", "//", "%", "**", "==", "<", "<=", ">", ">=", "!="]
for t in range(6000):
    a, b = rand_val(fr), rand_val(fr)
    if not isinstance(a, tuple) and not isinstance(b, tuple):
        a = ("F", rng.randrange(-9, 9), rng.randrange(1, 5))
    op = rng.choice(ops + ["divmod"])
    if op == "**" and isinstance(b, tuple) and abs(b[1]) > 6:
        continue
    if op == "**" and isinstance(b, int) and abs(b) > 8:
        continue
    expr = "divmod(x, y)" if op == "divmod" else "x %s y" % op
    c.eq("%r %s %r" % (a, op, b),
         outcome(lambda: eval(expr, {"x": build(fr, a), "y": build(fr, b)})),
         outcome(lambda: eval(expr, {"x": build(ref, a), "y": build(ref, b)})))
for t in range(300):
    n, d = rng.randrange(-10**6, 10**6), rng.randrange(1, 10**6)
    f1, f2 = fr.Fraction(n, d), ref.Fraction(n, d)
    for fn in ["abs", "-", "+", "round", "round3", "round-1", "int", "float", "hash",
               "floor", "ceil", "trunc", "bool", "limit", "limit10", "ratio"]:
        calls = {"abs": abs, "-": lambda x: -x, "+": lambda x: +x, "round": round,
                 "round3": lambda x: round(x, 3), "round-1": lambda x: round(x, -1),
                 "int": int, "float": float, "hash": hash, "floor": math.floor,
                 "ceil": math.ceil, "trunc": math.trunc, "bool": bool,
                 "limit": lambda x: x.limit_denominator(),
                 "limit10": lambda x: x.limit_denominator(10),
                 "ratio": lambda x: x.as_integer_ratio()}
        c.eq("%s(%d/%d)" % (fn, n, d), outcome(lambda: calls[fn](f1)),
             outcome(lambda: calls[fn](f2)))
for x in [0.1, 1e-20, 3.0, -2.5]:
    c.eq("from_float %r" % x, outcome(lambda: fr.Fraction.from_float(x)),
         outcome(lambda: ref.Fraction.from_float(x)))
c.eq("from_float bad", outcome(lambda: fr.Fraction.from_float("x")),
     outcome(lambda: ref.Fraction.from_float("x")))
c.eq("from_decimal", outcome(lambda: fr.Fraction.from_decimal(decimal.Decimal("-3.14"))),
     outcome(lambda: ref.Fraction.from_decimal(decimal.Decimal("-3.14"))))
c.eq("limit bad", outcome(lambda: fr.Fraction(1, 3).limit_denominator(0)),
     outcome(lambda: ref.Fraction(1, 3).limit_denominator(0)))
c.eq("hash equal int", hash(fr.Fraction(6, 3)), hash(2))
c.eq("hash equal float", hash(fr.Fraction(1, 4)), hash(0.25))
c.eq("sum", sum([fr.Fraction(1, n) for n in range(1, 20)]).as_integer_ratio(),
     sum([ref.Fraction(1, n) for n in range(1, 20)]).as_integer_ratio())
sys.exit(c.summary())
