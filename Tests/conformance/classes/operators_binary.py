# Every binary operator dunder on a user class, with results showing which method ran.
class V:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "V(%r)" % (self.v,)
    def _op(name):
        def method(self, other):
            o = other.v if isinstance(other, V) else other
            return "%s(%r, %r)" % (name, self.v, o)
        method.__name__ = name
        return method
    for _n in ("add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "divmod",
               "pow", "lshift", "rshift", "and", "or", "xor"):
        locals()["__%s__" % _n] = _op(_n)
    del _n, _op
a, b = V(7), V(2)
print(a + b)
print(a - b)
print(a * b)
print(a @ b)
print(a / b)
print(a // b)
print(a % b)
print(divmod(a, b))
print(a ** b)
print(pow(a, b))
print(a << b)
print(a >> b)
print(a & b)
print(a | b)
print(a ^ b)
print(a + 1, a * "s")
try:
    1 + a
except TypeError as e:
    print("TypeError:", e)
try:
    a < b
except TypeError as e:
    print("TypeError:", e)
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        if not isinstance(o, Vec):
            return NotImplemented
        return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)
    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)
print(Vec(1, 2) + Vec(3, 4), Vec(1, 2) * 3, Vec(1, 2) * Vec(3, 4))
try:
    Vec(1, 2) + 5
except TypeError as e:
    print("TypeError:", e)
try:
    Vec(1, 2) - Vec(0, 0)
except TypeError as e:
    print("TypeError:", e)
