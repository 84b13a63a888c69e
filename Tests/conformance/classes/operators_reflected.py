# Reflected operators: NotImplemented fallback, subclass priority, and both sides failing.
class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.v)
    def __add__(self, o):
        print("  %r.__add__(%r)" % (self, o))
        if isinstance(o, (int, Num)):
            return type(self)(self.v + (o.v if isinstance(o, Num) else o))
        return NotImplemented
    def __radd__(self, o):
        print("  %r.__radd__(%r)" % (self, o))
        if isinstance(o, int):
            return type(self)(o + self.v)
        return NotImplemented
    def __rsub__(self, o):
        return "rsub: %r - %r" % (o, self)
    def __rmul__(self, o):
        return "rmul: %r * %r" % (o, self)
    def __rtruediv__(self, o):
        return "rtruediv"
    def __rfloordiv__(self, o):
        return "rfloordiv"
    def __rmod__(self, o):
        return "rmod"
    def __rpow__(self, o):
        return "rpow %r" % (o,)
    def __rlshift__(self, o):
        return "rlshift"
    def __rrshift__(self, o):
        return "rrshift"
    def __rand__(self, o):
        return "rand"
    def __ror__(self, o):
        return "ror"
    def __rxor__(self, o):
        return "rxor"
    def __rmatmul__(self, o):
        return "rmatmul"
    def __rdivmod__(self, o):
        return "rdivmod"
class SubNum(Num):
    pass
print(Num(1) + 2)
print(3 + Num(1))
print(Num(1) + SubNum(2))
print(SubNum(2) + Num(1))
print(10 - Num(1), 10 * Num(1), 10 / Num(1), 10 // Num(1), 10 % Num(1))
print(2 ** Num(1), pow(2, Num(1)), 1 << Num(1), 1 >> Num(1))
print(1 & Num(1), 1 | Num(1), 1 ^ Num(1), divmod(1, Num(1)))
print([1] @ Num(1) if False else "skip", "s" - Num(0))
try:
    "str" + Num(1)
except TypeError as e:
    print("TypeError:", e)
class Other:
    def __repr__(self):
        return "Other()"
    def __radd__(self, o):
        print("  Other.__radd__")
        return "other wins"
print(Num(1) + Other())
class Override(Num):
    def __radd__(self, o):
        print("  Override.__radd__ tried first")
        return "subclass reflected first"
print(Num(5) + Override(6))
class Left:
    def __add__(self, o):
        return NotImplemented
class Right:
    def __radd__(self, o):
        return NotImplemented
try:
    Left() + Right()
except TypeError as e:
    print("TypeError:", e)
