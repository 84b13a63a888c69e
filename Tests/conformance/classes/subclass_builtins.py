# Subclassing builtin types: list, dict, str, int, tuple; overridden methods and which builtins respect them.
class MyList(list):
    def append(self, x):
        super().append(x * 10)
ml = MyList([1, 2])
ml.append(3)
ml.extend([4])
print(ml, type(ml).__name__, type(ml + [5]).__name__, type(ml[:1]).__name__, len(ml))
class UpperDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
ud = UpperDict()
ud["a"] = 1
ud.update(b=2)
print(ud, UpperDict(c=3))
class DefaultDict(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __missing__(self, key):
        self[key] = value = self.factory()
        return value
dd = DefaultDict(list)
dd["x"].append(1)
dd["x"].append(2)
dd["y"]
print(dd, dd.get("z"), "z" in dd)
class Str(str):
    def shout(self):
        return self.upper() + "!"
s = Str("hi")
print(s.shout(), type(s + "x").__name__, type(s.upper()).__name__, s == "hi", hash(s) == hash("hi"))
class Int(int):
    def __add__(self, o):
        return Int(int(self) + int(o) + 1000)
i = Int(1)
print(i + 1, 1 + i, type(i * 2).__name__, sum([Int(1), Int(2)]), isinstance(i, int))
class Tup(tuple):
    pass
t = Tup((1, 2))
print(t, type(t[0:1]).__name__, t + (3,), t.count(1))
class Cnt(dict):
    def __getitem__(self, k):
        return super().get(k, 0)
c = Cnt(a=1)
print(c["a"], c["zz"], c.get("zz"), dict(c))
class Frozen(frozenset):
    pass
f = Frozen([3, 1])
print(sorted(f), type(f | {5}).__name__, type(f).__name__)
class MyFloat(float):
    def __repr__(self):
        return "MyFloat(%s)" % float.__repr__(self)
print(repr(MyFloat(1.5)), MyFloat(1.5) * 2, str(MyFloat(2.0)))
class L2(list):
    def __len__(self):
        return 99
print(len(L2([1])), bool(L2()), list(L2([1, 2])))
