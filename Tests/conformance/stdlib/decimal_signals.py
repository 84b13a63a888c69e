# Special values, signals, flags and traps: a table of operations under an
# untrapped context (results + raised flags), then the same under traps.
import decimal
from decimal import (Decimal, Context, localcontext, ExtendedContext, BasicContext,
                     DefaultContext, InvalidOperation, DivisionByZero, Overflow,
                     Underflow, Inexact, Rounded, Subnormal, Clamped, FloatOperation,
                     DecimalException)

SIGNALS = [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow,
           Subnormal, Inexact, Rounded, Clamped]


def raised(ctx):
    return ",".join(s.__name__ for s in SIGNALS if ctx.flags[s]) or "-"


quiet = Context(prec=9, Emin=-20, Emax=20, traps=[])
ops = [
    ("1 / 0", lambda c: c.divide(1, 0)),
    ("0 / 0", lambda c: c.divide(0, 0)),
    ("-1 / 0", lambda c: c.divide(-1, 0)),
    ("inf - inf", lambda c: c.subtract(Decimal("Infinity"), Decimal("Infinity"))),
    ("inf * 0", lambda c: c.multiply(Decimal("-Infinity"), 0)),
    ("inf / inf", lambda c: c.divide(Decimal("inf"), Decimal("-inf"))),
    ("1 / inf", lambda c: c.divide(1, Decimal("inf"))),
    ("sqrt(-1)", lambda c: c.sqrt(-1)),
    ("sqrt(-0)", lambda c: c.sqrt(Decimal("-0"))),
    ("ln(0)", lambda c: c.ln(0)),
    ("ln(-1)", lambda c: c.ln(-1)),
    ("log10(1000)", lambda c: c.log10(1000)),
    ("exp(-inf)", lambda c: c.exp(Decimal("-inf"))),
    ("0 ** 0", lambda c: c.power(0, 0)),
    ("0 ** -1", lambda c: c.power(0, -1)),
    ("(-8) ** 0.5", lambda c: c.power(-8, Decimal("0.5"))),
    ("(-2) ** 3", lambda c: c.power(-2, 3)),
    ("10 ** 25", lambda c: c.power(10, 25)),
    ("1E-15 ** 2", lambda c: c.power(Decimal("1E-15"), 2)),
    ("9E20 * 10", lambda c: c.multiply(Decimal("9E20"), 10)),
    ("1E-20 / 3", lambda c: c.divide(Decimal("1E-20"), 3)),
    ("1E-28 / 1E+4", lambda c: c.divide(Decimal("1E-28"), Decimal("1E+4"))),
    ("1E-30 * 1E-10", lambda c: c.multiply(Decimal("1E-30"), Decimal("1E-10"))),
    ("sNaN + 1", lambda c: c.add(Decimal("sNaN42"), 1)),
    ("NaN + 1", lambda c: c.add(Decimal("-NaN7"), 1)),
    ("NaN compare", lambda c: c.compare(Decimal("NaN"), 1)),
    ("compare_signal", lambda c: c.compare_signal(Decimal("NaN"), 1)),
    ("max(NaN, 3)", lambda c: c.max(Decimal("NaN"), 3)),
    ("10 // 0", lambda c: c.divide_int(10, 0)),
    ("10 % 0", lambda c: c.remainder(10, 0)),
    ("1E+15 // 3", lambda c: c.divide_int(Decimal("1E+15"), 3)),
    ("divmod(7, -2)", lambda c: c.divmod(7, -2)),
    ("divmod(-7, 0)", lambda c: c.divmod(-7, 0)),
    ("remainder_near(10, 6)", lambda c: c.remainder_near(10, 6)),
    ("quantize(1.23456, 1E-3)", lambda c: c.quantize(Decimal("1.23456"), Decimal("1E-3"))),
    ("quantize(123456789, 1E-2)", lambda c: c.quantize(Decimal("123456789"), Decimal("1E-2"))),
    ("quantize(inf, 1)", lambda c: c.quantize(Decimal("inf"), Decimal(1))),
    ("to_integral_exact(2.5)", lambda c: c.to_integral_exact(Decimal("2.5"))),
    ("to_integral_value(2.5)", lambda c: c.to_integral_value(Decimal("2.5"))),
    ("create_decimal(1234567891234)", lambda c: c.create_decimal("1234567891234")),
    ("create_decimal(' 1')", lambda c: c.create_decimal(" 1")),
    ("create_decimal_from_float(0.1)", lambda c: c.create_decimal_from_float(0.1)),
    ("plus(-0)", lambda c: c.plus(Decimal("-0"))),
    ("minus(0)", lambda c: c.minus(Decimal("0"))),
    ("abs(-5.50)", lambda c: c.abs(Decimal("-5.50"))),
    ("normalize(120.00)", lambda c: c.normalize(Decimal("120.00"))),
    ("next_plus(1)", lambda c: c.next_plus(1)),
    ("next_minus(inf)", lambda c: c.next_minus(Decimal("inf"))),
    ("fma(2, 3, 4)", lambda c: c.fma(2, 3, 4)),
    ("logb(250)", lambda c: c.logb(250)),
    ("scaleb(7, 3)", lambda c: c.scaleb(7, 3)),
]
for label, fn in ops:
    quiet.clear_flags()
    r = fn(quiet)
    print("%-32s %-22s %s" % (label, r, raised(quiet)))

print(quiet)
print("special values:")
for s in ["NaN", "-NaN", "sNaN", "NaN123", "-sNaN9", "Infinity", "-Inf", "0", "-0", "0E-7", "1E+3"]:
    d = Decimal(s)
    print("%-8s %-10r %-6s %-5s %-5s %-5s %-5s %-5s %s" % (
        s, d, d.is_nan(), d.is_snan(), d.is_qnan(), d.is_infinite(), d.is_finite(),
        d.is_signed(), d.is_zero()), d.as_tuple(), d.number_class(quiet), d.adjusted())

print("traps:")
for sig in [DivisionByZero, InvalidOperation, Overflow, Underflow, Inexact, Rounded,
            Subnormal, Clamped]:
    ctx = Context(prec=9, Emin=-20, Emax=20, traps=[sig])
    for label, fn in ops:
        try:
            fn(ctx)
        except DecimalException as e:
            print("  %-14s %-32s %s %s %s" % (sig.__name__, label, type(e).__name__, e,
                                             raised(ctx)))
            break

# FloatOperation: flag by default, trap when asked
with localcontext() as c:
    c.clear_flags()
    print(Decimal(0.5) == 0.5, Decimal(1) < 1.5, c.flags[FloatOperation])
    c.traps[FloatOperation] = True
    print(Decimal.from_float(0.25), Decimal("0.5") == 0.5)
    for fn in (lambda: Decimal(0.5), lambda: Decimal(1) < 1.5):
        try:
            fn()
        except FloatOperation as e:
            print("FloatOperation", e, isinstance(e, TypeError))

# exception hierarchy
for cls in [DecimalException, InvalidOperation, DivisionByZero, Overflow, Underflow,
            FloatOperation, decimal.DivisionUndefined, decimal.ConversionSyntax,
            decimal.DivisionImpossible, decimal.InvalidContext, Clamped, Subnormal]:
    print(cls.__name__, [b.__name__ for b in cls.__mro__[1:]])
print(issubclass(DivisionByZero, ZeroDivisionError), issubclass(Overflow, Inexact))

# the predefined contexts and their reprs
print(BasicContext)
print(ExtendedContext)
print(DefaultContext)
ctx = Context(prec=5, traps=[Clamped, Inexact, Subnormal], flags=[Rounded, DivisionByZero])
print(ctx)
print(ctx.flags[Rounded], ctx.traps[Inexact], ctx.Etiny(), ctx.Etop())
ctx.clear_traps()
print(ctx.copy(), ctx.copy() is not ctx)
print(ExtendedContext.divide(1, 0), ExtendedContext.sqrt(-4))
