# Keyword-only parameters: after *, after *args, required and defaulted, error messages.
def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, c=0, b=9), f(a=1, b=2))
for call in [lambda: f(1, 2), lambda: f(1), lambda: f(1, b=1, d=4), lambda: f(b=1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
def g(*args, sep="-", end="!"):
    return sep.join(map(str, args)) + end
print(g(1, 2, 3), g(1, 2, sep="+"), g(end="?"))
def h(*, x, y):
    return x - y
print(h(y=1, x=10))
try:
    h(10, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    h()
except TypeError as e:
    print("TypeError:", e)
try:
    h(x=1)
except TypeError as e:
    print("TypeError:", e)
def k(a, b=2, *rest, key, flag=False, **extra):
    return a, b, rest, key, flag, extra
print(k(1, key="k"))
print(k(1, 2, 3, 4, key="k", flag=True, other=0))
print(k.__kwdefaults__, k.__code__.co_kwonlyargcount, k.__code__.co_argcount)
class Config:
    def __init__(self, *, name, debug=False):
        self.name = name
        self.debug = debug
c = Config(name="svc", debug=True)
print(c.name, c.debug)
try:
    Config("svc")
except TypeError as e:
    print("TypeError:", e)
