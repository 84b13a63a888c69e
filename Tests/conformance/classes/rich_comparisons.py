# Rich comparisons: reflection (__lt__ <-> __gt__), NotImplemented, default ==/!= and error messages.
class C:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "C(%r)" % self.v
    def __lt__(self, o):
        print("  %r.__lt__(%r)" % (self, o))
        return self.v < o.v if isinstance(o, C) else NotImplemented
    def __eq__(self, o):
        print("  %r.__eq__(%r)" % (self, o))
        return self.v == o.v if isinstance(o, C) else NotImplemented
print(C(1) < C(2))
print(C(1) > C(2))
print(C(1) == C(1), C(1) != C(1))
print(C(1) == 1)
try:
    C(1) <= C(2)
except TypeError as e:
    print("TypeError:", e)
try:
    C(1) < 5
except TypeError as e:
    print("TypeError:", e)
print(C(2) > C(1))
class Plain:
    pass
p, q = Plain(), Plain()
print(p == p, p == q, p != q, p != p)
try:
    p < q
except TypeError as e:
    print("TypeError:", e)
class Sub(C):
    def __gt__(self, o):
        print("  Sub.__gt__ (reflected, subclass first)")
        return True
print(C(5) < Sub(0))
class AlwaysEq:
    def __eq__(self, o):
        return True
print(AlwaysEq() == 3, 3 == AlwaysEq(), AlwaysEq() != 3, [AlwaysEq()] == [1], 1 in [AlwaysEq()])
class NeOnly:
    def __ne__(self, o):
        return "custom ne"
print(NeOnly() != 1, NeOnly() == 1)
class Weird:
    def __eq__(self, o):
        return "truthy string"
print(Weird() == 1, Weird() != 1)
print(1 < 2.5, 2 == 2.0, "a" < "b", (1, 2) < (1, 3), [1, [2]] == [1, [2]])
try:
    1 < "a"
except TypeError as e:
    print("TypeError:", e)
try:
    [1] < (1,)
except TypeError as e:
    print("TypeError:", e)
