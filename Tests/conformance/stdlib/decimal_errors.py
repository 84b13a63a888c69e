# Error cases: exception type and message, as scripts see them.
import decimal
from decimal import Decimal, Context, localcontext, getcontext
import math
from fractions import Fraction


def show(label, fn, message=True):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__module__, type(e).__name__, e if message else "")


show("syntax", lambda: Decimal("12abc"))
show("syntax2", lambda: Decimal("1 000"))
show("empty", lambda: Decimal(""))
show("div0", lambda: Decimal(1) / 0)
show("0/0", lambda: Decimal(0) / Decimal(0))
show("mod0", lambda: Decimal(5) % 0)
show("floordiv0", lambda: Decimal(5) // 0)
show("impossible", lambda: Decimal("1E+40") // 3)
show("divmod0", lambda: divmod(Decimal(5), 0))
show("overflow", lambda: Decimal("9E999999") * 100)
show("sqrt-1", lambda: Decimal(-1).sqrt())
show("ln0", lambda: Decimal(0).ln())
show("nan<", lambda: Decimal("NaN") < 1)
show("nan==", lambda: Decimal("NaN") == Decimal("NaN"))
show("snan==", lambda: Decimal("sNaN") == 1)
show("snan hash", lambda: hash(Decimal("sNaN")))
show("int nan", lambda: int(Decimal("NaN")))
show("int inf", lambda: int(Decimal("-Infinity")))
show("floor nan", lambda: math.floor(Decimal("NaN")))
show("round inf", lambda: round(Decimal("Infinity")))
show("round nan 2", lambda: round(Decimal("NaN"), 2))
show("round arg", lambda: round(Decimal("1.5"), "x"))
show("float snan", lambda: float(Decimal("sNaN")))
show("ratio nan", lambda: Decimal("NaN").as_integer_ratio())
show("ratio inf", lambda: Decimal("Inf").as_integer_ratio())
show("add str", lambda: Decimal(1) + "1")
show("add float", lambda: Decimal(1) + 1.5)
show("radd float", lambda: 1.5 * Decimal(1))
show("list", lambda: Decimal([1, 2]))
show("tuple sign", lambda: Decimal((2, (1,), 0)))
show("tuple digit", lambda: Decimal((0, (1, 10), 0)))
show("tuple exp", lambda: Decimal((0, (1,), "x")))
show("tuple ok", lambda: Decimal((1, (3, 1, 4), -2)))
show("object", lambda: Decimal(object()))
show("ctx add str", lambda: Context().add(1, "2"))
show("quantize str", lambda: Decimal(1).quantize("1"))
show("quantize big", lambda: Decimal("1E+30").quantize(Decimal("0.01")))
show("prec 0", lambda: Context(prec=0))
show("prec str", lambda: Context(prec="9"))
show("rounding bad", lambda: Context(rounding="ROUND_SIDEWAYS"))
show("Emax neg", lambda: Context(Emax=-1))
show("Emin pos", lambda: Context(Emin=1))
show("capitals 2", lambda: Context(capitals=2))
show("clamp 5", lambda: Context(clamp=5))
show("traps dict", lambda: Context(traps={decimal.Inexact: True}))
show("localcontext kw", lambda: localcontext(precision=5))
show("localcontext bad prec", lambda: localcontext(prec=-1))
show("setcontext", lambda: decimal.setcontext("x"))
show("format bad", lambda: format(Decimal(1), "x"))
show("format bad2", lambda: format(Decimal(1), ".f"))
show("lt complex", lambda: Decimal(1) < 1j)
show("eq complex", lambda: Decimal(1) == complex(1, 0))
show("from_float str", lambda: Decimal.from_float("1.5"))
show("pow mod", lambda: pow(Decimal(3), Decimal(4), Decimal(5)))
show("pow mod frac", lambda: pow(Decimal("3.5"), 2, 5))
show("fraction cmp", lambda: (Decimal("0.5") == Fraction(1, 2), Decimal("0.3") < Fraction(1, 3)))

with localcontext() as ctx:
    ctx.traps[decimal.InvalidOperation] = False
    show("untrapped syntax", lambda: Decimal("xyz"))
    show("untrapped 0/0", lambda: Decimal(0) / 0)
    show("flags", lambda: sorted(k.__name__ for k, v in ctx.flags.items() if v))
    try:
        Decimal(1) / 0
    except decimal.DivisionByZero as e:
        print("caught", type(e).__name__, repr(e), isinstance(e, ZeroDivisionError),
              isinstance(e, ArithmeticError))
    try:
        Decimal(7) / Decimal(0)
    except ZeroDivisionError as e:
        print("caught as ZeroDivisionError:", e)

print(getcontext())
