# Unary operator dunders and numeric conversion hooks.
import math
class U:
    def __init__(self, v):
        self.v = v
    def __neg__(self):
        return U(-self.v)
    def __pos__(self):
        return "pos(%r)" % self.v
    def __abs__(self):
        return U(abs(self.v))
    def __invert__(self):
        return "invert(%r)" % self.v
    def __round__(self, ndigits=None):
        return "round(%r, %r)" % (self.v, ndigits)
    def __trunc__(self):
        return "trunc"
    def __floor__(self):
        return "floor"
    def __ceil__(self):
        return "ceil"
    def __int__(self):
        return 42
    def __float__(self):
        return 2.5
    def __complex__(self):
        return 1j
    def __repr__(self):
        return "U(%r)" % self.v
u = U(-3)
print(-u, +u, abs(u), ~u, --u)
print(round(u), round(u, 2), math.trunc(u), math.floor(u), math.ceil(u))
print(int(u), float(u), complex(u))
class Bad:
    pass
for expr, fn in [("-", lambda: -Bad()), ("+", lambda: +Bad()), ("~", lambda: ~Bad()),
                 ("abs", lambda: abs(Bad())), ("int", lambda: int(Bad())),
                 ("float", lambda: float(Bad())), ("round", lambda: round(Bad()))]:
    try:
        fn()
    except TypeError as e:
        print(expr, "TypeError:", e)
class BadInt:
    def __int__(self):
        return "not an int"
try:
    int(BadInt())
except TypeError as e:
    print("TypeError:", e)
class IndexOnly:
    def __index__(self):
        return 7
print(int(IndexOnly()), float(IndexOnly()), complex(IndexOnly()))
print(-True, +False, ~True, -(-0), abs(-0.0), -0.0)
class FloatSub(float):
    pass
print(-FloatSub(1.5), type(-FloatSub(1.5)).__name__)
