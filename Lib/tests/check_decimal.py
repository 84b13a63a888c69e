"""Differential check: Lib/decimal.py against CPython's decimal (_decimal).

Random operands and random contexts (precision, rounding, exponent limits,
clamp, traps) run through every Context operation on both modules; results
(str), the flags raised, and exceptions (type and message) must agree.
"""
import decimal as ref
import math
import random
import sys

from _loader import load, Checker

# CPython's numbers stays in place so that fractions.Fraction (registered
# there) is a numbers.Rational to our module as well
dm = load("decimal", deps=("contextvars",))
c = Checker("decimal")
rng = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 7)

ROUNDINGS = ["ROUND_UP", "ROUND_DOWN", "ROUND_CEILING", "ROUND_FLOOR",
             "ROUND_HALF_UP", "ROUND_HALF_DOWN", "ROUND_HALF_EVEN", "ROUND_05UP"]
SPECIALS = ["NaN", "-NaN", "sNaN", "NaN123", "Inf", "-Inf", "0", "-0",
            "0E-7", "0E+5", "1", "-1", "10", "2", "0.5"]


def rand_number():
    k = rng.randrange(10)
    if k == 0:
        return rng.choice(SPECIALS)
    ndig = rng.choice([1, 1, 2, 3, 5, 9, 15, 28, 40])
    digits = str(rng.randrange(10 ** ndig))
    if k == 1:
        digits = rng.choice(["1", "9", "5", "25", "99999"]) + "0" * rng.randrange(4)
    exp = rng.choice([0, 0, -1, -2, -5, 3, rng.randrange(-40, 40)])
    if k == 2:
        exp = rng.randrange(-120, 120)
    sign = rng.choice(["", "", "-"])
    return "%s%sE%d" % (sign, digits, exp)


def rand_context(mod):
    return dict(prec=rng.choice([1, 2, 3, 5, 9, 16, 28, 34]),
                rounding=rng.choice(ROUNDINGS),
                Emax=rng.choice([999999, 999999, 99, 20]),
                Emin=rng.choice([-999999, -999999, -99, -20]),
                clamp=rng.choice([0, 0, 1]),
                capitals=rng.choice([1, 1, 0]))


def flags_of(mod, ctx):
    return sorted(s.__name__ for s in (mod.InvalidOperation, mod.FloatOperation,
                                       mod.DivisionByZero, mod.Overflow,
                                       mod.Underflow, mod.Subnormal, mod.Inexact,
                                       mod.Rounded, mod.Clamped) if ctx.flags[s])


def outcome(mod, spec, fn):
    spec = dict(spec)
    trap_inexact = spec.pop("trap_inexact", False)
    ctx = mod.Context(**spec)
    ctx.traps[mod.Inexact] = trap_inexact
    try:
        v = fn(mod, ctx)
        if isinstance(v, tuple):
            v = tuple(str(x) for x in v)
        elif isinstance(v, mod.Decimal):
            v = ctx.to_sci_string(v)
        return ("ok", v, flags_of(mod, ctx))
    except Exception as e:  # noqa
        return ("raise", type(e).__name__,
                str(e).replace("swiftpy_decimal", "decimal"), flags_of(mod, ctx))


def same(label, spec, fn):
    got = outcome(dm, spec, fn)
    want = outcome(ref, spec, fn)
    c.eq(label, got, want)


BINARY = ["add", "subtract", "multiply", "divide", "divide_int", "remainder",
          "remainder_near", "divmod", "compare", "compare_signal", "max", "min",
          "max_mag", "min_mag", "quantize", "power", "compare_total",
          "next_toward", "scaleb", "same_quantum", "copy_sign"]
UNARY = ["plus", "minus", "abs", "sqrt", "exp", "ln", "log10", "normalize",
         "to_integral_exact", "to_integral_value", "next_plus", "next_minus",
         "logb", "number_class", "to_eng_string", "to_sci_string",
         "is_normal", "is_subnormal", "create_decimal"]

rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 1500
for i in range(rounds):
    spec = rand_context(None)
    spec["trap_inexact"] = rng.random() < 0.1
    a, b = rand_number(), rand_number()
    op = rng.choice(BINARY + UNARY)
    if op in ("exp", "ln", "log10", "power") and rng.random() < 0.6:
        # keep transcendental arguments in a sensible range
        a = "%s%dE-%d" % (rng.choice(["", "-"]) if op != "power" else "",
                          rng.randrange(1, 10 ** rng.randrange(1, 12)), rng.randrange(0, 8))
        if op == "power":
            b = rng.choice([str(rng.randrange(-12, 13)), "0.5", "-1.5", "1.25",
                            "%d.%d" % (rng.randrange(-3, 4), rng.randrange(1, 100))])
    if op == "scaleb":
        b = str(rng.randrange(-30, 30))
    if op in BINARY:
        fn = (lambda op, a, b: lambda mod, ctx: getattr(ctx, op)(mod.Decimal(a), mod.Decimal(b)))(op, a, b)
        same("%s(%s, %s) %r" % (op, a, b, spec), spec, fn)
    else:
        if op == "create_decimal":
            fn = (lambda a: lambda mod, ctx: ctx.create_decimal(a))(a)
        else:
            fn = (lambda op, a: lambda mod, ctx: getattr(ctx, op)(mod.Decimal(a)))(op, a)
        same("%s(%s) %r" % (op, a, spec), spec, fn)

# fused multiply-add
for i in range(200):
    spec = rand_context(None)
    a, b, d = rand_number(), rand_number(), rand_number()
    same("fma(%s, %s, %s) %r" % (a, b, d, spec), spec,
         lambda mod, ctx: ctx.fma(mod.Decimal(a), mod.Decimal(b), mod.Decimal(d)))

# conversions, reprs, hashing, comparisons with other types
for i in range(600):
    a = rand_number()
    for label, fn in [
            ("repr", lambda mod, ctx: repr(mod.Decimal(a))),
            ("eng", lambda mod, ctx: mod.Decimal(a).to_eng_string()),
            ("tuple", lambda mod, ctx: mod.Decimal(a).as_tuple()),
            ("ratio", lambda mod, ctx: mod.Decimal(a).as_integer_ratio()),
            ("int", lambda mod, ctx: int(mod.Decimal(a))),
            ("float", lambda mod, ctx: repr(float(mod.Decimal(a)))),
            ("hash", lambda mod, ctx: hash(mod.Decimal(a)) if not mod.Decimal(a).is_qnan() else 0),
            ("round", lambda mod, ctx: round(mod.Decimal(a))),
            ("round2", lambda mod, ctx: str(round(mod.Decimal(a), 2))),
            ("floor", lambda mod, ctx: math.floor(mod.Decimal(a))),
            ("ceil", lambda mod, ctx: math.ceil(mod.Decimal(a))),
            ("lt int", lambda mod, ctx: mod.Decimal(a) < 3),
            ("eq float", lambda mod, ctx: mod.Decimal(a) == 0.5),
            ("adjusted", lambda mod, ctx: mod.Decimal(a).adjusted()),
    ]:
        if label in ("int", "round", "floor", "ceil") and "E" in a and abs(int(a.split("E")[1])) > 60:
            continue
        same("%s(%s)" % (label, a), {}, fn)

# floats, strings
for f in [0.1, -0.0, 1e300, 5e-324, float("inf"), float("-nan"), 2.5, 1 / 3]:
    same("from_float(%r)" % f, {}, lambda mod, ctx: str(mod.Decimal.from_float(f)))
    same("Decimal(%r)" % f, {}, lambda mod, ctx: str(mod.Decimal(f)))
for s in ["1_000", " 1.5 ", "1e", "-.5", "nan1e2", "١٢", "infinity", "x", "1.2.3",
          "+sNaN7", "0e-5", "-0.000e3", ".", "1 0"]:
    same("Decimal(%r)" % s, {}, lambda mod, ctx: repr(mod.Decimal(s)))

# __format__
SPECS = ["", ".3", ",.2f", "f", ".0f", "e", ".2e", "E", "g", ".4g", "G", "%", ".1%",
         ">12.3f", "<10", "^11,.1f", "+", " .2f", "012.2f", "0=15,.3f", "#.0f",
         "_.2f", "*^20.4e", "n", ".3n", "z.1f", "x", ".f"]
for i in range(400):
    a = rand_number()
    spec = rng.choice(SPECS)
    same("format(%s, %r)" % (a, spec), {}, lambda mod, ctx: format(mod.Decimal(a), spec))

# operators with mixed operand types under the current context
from fractions import Fraction
import copy
import pickle
OTHERS = [3, -2, 0, True, 0.5, Fraction(1, 3), "7", None, 2 ** 70]
OPS = [("+", lambda x, y: x + y), ("-", lambda x, y: x - y), ("*", lambda x, y: x * y),
       ("/", lambda x, y: x / y), ("//", lambda x, y: x // y), ("%", lambda x, y: x % y),
       ("divmod", divmod), ("**", lambda x, y: x ** y), ("<", lambda x, y: x < y),
       ("==", lambda x, y: x == y), (">=", lambda x, y: x >= y), ("!=", lambda x, y: x != y)]


def op_outcome(mod, fn):
    try:
        v = fn(mod)
        if isinstance(v, tuple):
            v = tuple(str(x) for x in v)
        elif isinstance(v, mod.Decimal):
            v = ("D", str(v))
        return ("ok", v)
    except Exception as e:  # noqa
        return ("raise", type(e).__name__,
                str(e).replace("swiftpy_decimal", "decimal").replace("decimal.Decimal", "Decimal"))


for i in range(1500):
    a = rand_number()
    other = rng.choice(OTHERS)
    name, fn = rng.choice(OPS)
    reverse = rng.random() < 0.5
    if name == "**" and isinstance(other, int) and abs(other) > 100:
        continue

    def run(mod, a=a, other=other, fn=fn, reverse=reverse):
        with mod.localcontext(prec=rng_prec, traps=[]) as ctx:
            d = mod.Decimal(a)
            r = fn(other, d) if reverse else fn(d, other)
            return r
    rng_prec = rng.choice([5, 28])
    c.eq("%r %s %r rev=%s" % (a, name, other, reverse), op_outcome(dm, run), op_outcome(ref, run))

# hashes agree with equal ints, floats, Fractions; pickling and copying
for s in ["1", "1.0", "0.5", "-2.25", "1E+3", "12345678901234567890", "0", "-0", "Inf", "-Inf", "1E-3", "0.1"]:
    d = dm.Decimal(s)
    c.eq("hash " + s, hash(d), hash(ref.Decimal(s)))
    if d.is_finite():
        c.eq("hash frac " + s, hash(d), hash(Fraction(*d.as_integer_ratio())))
    back = pickle.loads(pickle.dumps(d))
    c.eq("pickle " + s, (type(back) is dm.Decimal, str(back)), (True, str(ref.Decimal(s))))
    c.true("copy " + s, copy.copy(d) is d and copy.deepcopy(d) is d)

# contexts: reprs, flags dicts, localcontext keywords
for i in range(200):
    spec = rand_context(None)
    same("repr ctx %r" % spec, spec, lambda mod, ctx: repr(ctx.divide(1, 7)) + repr(ctx))

sys.exit(c.summary())
