# Calls with *iterables and **mappings, multiple unpackings, ordering of keyword args.
def show(*args, **kwargs):
    return "args=%r kwargs=%r" % (args, kwargs)
print(show(*[1, 2], *(3,), *"ab"))
print(show(**{"x": 1}, **{"y": 2}))
print(show(0, *[1, 2], 3, *range(4, 6), k=1, **{"m": 2}, z=3))
def f(a, b, c=3, *rest, d, e=5, **kw):
    return (a, b, c, rest, d, e, kw)
print(f(1, 2, d=4))
print(f(*range(6), d=0, extra="x"))
print(f(1, *[2], **{"d": 4, "e": 6, "z": 7}))
args = (1, 2)
kwargs = {"d": "D"}
print(f(*args, **kwargs))
try:
    show(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, 2, **{"a": 3}, d=1)
except TypeError as e:
    print("TypeError:", e)
try:
    show(*5)
except TypeError as e:
    print("TypeError:", e)
try:
    show(**[1])
except TypeError as e:
    print("TypeError:", e)
def gen():
    yield from "xyz"
print(show(*gen()))
print(show(*{"k1": 1, "k2": 2}))
print(max(*[3, 9, 2]), min(*"hello"))
print(*[1, 2, 3], sep="-")
print(*[], "only")
print(f(**{"a": 1, "b": 2, "d": 3}))
class M:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k.upper()
print(show(**M()))
