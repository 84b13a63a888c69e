# Functions as dict keys and set members; equality is identity; redefinition creates new objects.
def f():
    return 1
original = f
def f():
    return 2
print(original(), f(), original is f, original == f)
registry = {original: "first", f: "second"}
print(len(registry), registry[f])
fs = [lambda: i for i in range(3)]
print(len(set(fs)), fs[0] == fs[0], fs[0] == fs[1])
class K:
    def m(self):
        pass
a = K()
b = K()
print(a.m == a.m, a.m == b.m, K.m is K.m, hash(a.m) == hash(a.m))
d = {a.m: 1}
print(d[a.m])
def make():
    def inner():
        pass
    return inner
i1, i2 = make(), make()
print(i1 is i2, i1.__code__ is i2.__code__, i1.__qualname__ == i2.__qualname__)
print(id(f) == id(f))
print(sorted([len, abs, max], key=lambda fn: fn.__name__)[0].__name__)
table = {}
for name, fn in (("abs", abs), ("neg", lambda x: -x)):
    table[name] = fn
print(table["abs"](-3), table["neg"](3))
dispatch = {int: "int handler", str: "str handler"}
print([dispatch.get(type(v), "default") for v in (1, "s", 2.0)])
def counter():
    counter.calls += 1
    return counter.calls
counter.calls = 0
counter(); counter()
print(counter.calls)
print(f.__code__ is original.__code__)
