a = b = c = 1
a, (b, *c), [d, e] = 1, (2, 3, 4), [5, 6]
x = [*a, *b, 1, 2]
y = (*a, 3)
z = {*a, 1}
w = {**a, 'k': 1, **b}
v = {1: 2, 3: 4}
u = {'a': 1, 'b': 2}
t = f(*a, *b, k=1, **c)
s = f(1, *a)
r = f(**kw)
q = obj.meth(1, 2, key=3)
o = obj.meth(*a)
n = [1, 2, 3, 4]
m = {1, 2, 3}
l = -5, +3.0, ~7, not x, -(1 << 3)
k = lambda x, y=2, *a, z, w=3, **kw: (x, y, a, z, w, kw)
j = f"{a}{b!s}{c!a:{d}.{e}}" f"plain"
i = a[1:2, ::3, ...]
h = a if b else c
g = (yield_ := 3)
x.attr += 1
x[0] //= 2
x.attr.b[1] **= 3
del x.attr, x[0], (a, [b])
print(a and b or c, a < b, a != b, a >= b)
big = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, a, b]
bigcall = f(a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, a, k=1)
bigdict = {a: 1, a: 2, a: 3, a: 4, a: 5, a: 6, a: 7, a: 8, a: 9, a: 10, a: 11, a: 12, a: 13, a: 14, a: 15, a: 16, a: 17}
x: int = 5
y: "str"
obj.attr: int
obj[1:2]: float
__debug__ and print("debug")
b"bytes" + b"\x00\xff"
1j + 2.5e3 + 0xFF + 10**100 + 9223372036854775808 - -9223372036854775808
class A(**d): pass
class A(0, 1, 2, 3, 4, 5, 6, 7, **d): pass
class A(0, *range(1, 8), **d, foo='bar'): pass
