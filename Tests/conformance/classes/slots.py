# __slots__: restricted attributes, no __dict__, inheritance, slot descriptors, defaults via class attrs.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
del p.x
try:
    p.x
except AttributeError as e:
    print("AttributeError:", e)
p.x = 10
print(p.x, type(P.x).__name__, P.x.__name__)
class Q(P):
    pass
q = Q(1, 2)
q.extra = "subclass without slots has a dict"
print(q.extra, q.__dict__)
class R(P):
    __slots__ = ("z",)
r = R(1, 2)
r.z = 3
print(r.x, r.y, r.z, hasattr(r, "__dict__"))
try:
    r.w = 4
except AttributeError as e:
    print("AttributeError:", e)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)
class Single:
    __slots__ = "only"
s = Single()
s.only = "one string slot"
print(s.only, Single.__slots__)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 5
except ValueError as e:
    print("ValueError:", e)
class Empty:
    __slots__ = ()
try:
    Empty().anything = 1
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(k for k in P.__dict__ if not k.startswith("__")))
class Unset:
    __slots__ = ("v",)
try:
    Unset().v
except AttributeError as e:
    print("AttributeError:", e)
