# **kwargs receives a fresh dict; mapping unpacking uses keys() and __getitem__; key type checks.
def f(**kw):
    kw["mutated"] = True
    return kw
source = {"a": 1}
result = f(**source)
print(source, result, result is source)
def g(**kw):
    return kw
r1 = g(x=1)
r2 = g(x=1)
print(r1 is r2, r1 == r2)
class Mapping:
    def __init__(self):
        self.log = []
    def keys(self):
        self.log.append("keys")
        return ["k1", "k2"]
    def __getitem__(self, k):
        self.log.append("get " + k)
        return k * 2
m = Mapping()
print(g(**m), m.log)
try:
    g(**{1: "int key"})
except TypeError as e:
    print("TypeError:", e)
def h(a, **rest):
    return a, rest
print(h(**{"a": 1, "b": 2}), h(1, **{"c": 3}))
try:
    h(1, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
def order(**kw):
    return ",".join(kw)
print(order(z=1, y=2, x=3), order(**dict(sorted({"z": 1, "a": 2}.items()))))
from_items = dict([("p", 1)], q=2)
print(from_items, g(**from_items, r=3))
def defaults_and_kwargs(x=10, **kw):
    return x, kw
print(defaults_and_kwargs(**{"x": 5, "y": 6}), defaults_and_kwargs(y=6))
class Callable:
    def __call__(self, **kw):
        return sorted(kw.items())
print(Callable()(b=2, a=1))
print(dict(**{"x": 1}, y=2), dict({"a": 1}, **{"b": 2}))
