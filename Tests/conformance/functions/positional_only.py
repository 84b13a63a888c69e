# Positional-only parameters (/): calls, errors, name reuse in **kwargs.
def f(a, b, /, c, *, d):
    return a, b, c, d
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
try:
    f(1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError:", e)
try:
    f(a=1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError:", e)
def g(x, /, **kwargs):
    return x, kwargs
print(g(1, x=2))
def h(a, b=2, /, c=3):
    return a, b, c
print(h(1), h(1, 5), h(1, 5, 6), h(1, c=9))
try:
    h()
except TypeError as e:
    print("TypeError:", e)
try:
    h(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
def only(x, y, /):
    return x * y
print(only(3, 4))
try:
    only(3)
except TypeError as e:
    print("TypeError:", e)
print(only.__code__.co_posonlyargcount, f.__code__.co_posonlyargcount, f.__code__.co_argcount)
print(len("abc"), divmod(7, 2), pow(2, 5))
try:
    len(obj="abc")
except TypeError as e:
    print("TypeError:", e)
def mixed(p, /, q, *args, r, **kw):
    return p, q, args, r, kw
print(mixed(1, 2, 3, r=4, p=5, q2=6))
print(mixed(1, q=2, r=3))
class Pt:
    def __init__(self, x, y, /):
        self.x, self.y = x, y
    def dist(self, /):
        return abs(self.x) + abs(self.y)
print(Pt(3, -4).dist())
