# In-place operators: __iadd__ and friends, fallback to binary operators, returning new vs same object.
class Acc:
    def __init__(self, items):
        self.items = list(items)
    def __iadd__(self, other):
        print("  __iadd__")
        self.items.extend(other)
        return self
    def __add__(self, other):
        print("  __add__")
        return Acc(self.items + list(other))
    def __repr__(self):
        return "Acc(%r)" % self.items
a = Acc([1])
alias = a
a += [2, 3]
print(a, alias is a)
b = a + [4]
print(b, b is a)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        print("  fallback __add__")
        return OnlyAdd(self.v + o)
x = OnlyAdd(1)
orig = x
x += 5
print(x.v, x is orig)
class AllInplace:
    def __init__(self):
        self.log = []
    def _mk(name):
        def f(self, o):
            self.log.append(name)
            return self
        return f
    for _n in ("iadd", "isub", "imul", "imatmul", "itruediv", "ifloordiv", "imod",
               "ipow", "ilshift", "irshift", "iand", "ior", "ixor"):
        locals()["__%s__" % _n] = _mk(_n)
    del _n, _mk
z = AllInplace()
z += 1; z -= 1; z *= 1; z @= 1; z /= 1; z //= 1; z %= 1
z **= 1; z <<= 1; z >>= 1; z &= 1; z |= 1; z ^= 1
print(z.log)
class NotImpl:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return "binary after NotImplemented"
n = NotImpl()
n += 1
print(n)
class ReturnsOther:
    def __iadd__(self, o):
        return "replaced"
r = ReturnsOther()
r += 1
print(r)
t = (1, 2)
try:
    t[0] += 1
except TypeError as e:
    print("TypeError:", e)
lt = ([1],)
try:
    lt[0] += [2]
except TypeError as e:
    print("TypeError:", e, lt)
try:
    s = "x"
    s -= "y"
except TypeError as e:
    print("TypeError:", e)
