# weakref.ref semantics: hashing, equality, callable-ness, subclasses, bound methods (WeakMethod).
import weakref
class K:
    def method(self):
        return "method result"
k1, k2 = K(), K()
r1, r2 = weakref.ref(k1), weakref.ref(k2)
print(r1() is k1, r1 == weakref.ref(k1), r1 != r2, callable(r1))
d = {r1: "one"}
print(d[weakref.ref(k1)])
print(hash(r1) == hash(k1))
class RefWithData(weakref.ref):
    def __new__(cls, obj, label):
        return super().__new__(cls, obj)
    def __init__(self, obj, label):
        super().__init__(obj)
        self.label = label
rr = RefWithData(k1, "labelled")
print(rr.label, rr() is k1, isinstance(rr, weakref.ref))
wr_bound = weakref.ref(k1.method)
print("weakref to a temporary bound method dies at once:", wr_bound() is None)
wm = weakref.WeakMethod(k1.method)
print(wm()(), type(wm()).__name__)
del k1
print(r1(), rr(), wm())
try:
    hash(weakref.ref(K()))
except TypeError as e:
    print("TypeError:", e)
dead = weakref.ref(K())
print(dead(), dead == dead, repr(dead).startswith("<weakref at"))
for obj in (1, "s", (1,), [1], {}, None):
    try:
        weakref.ref(obj)
        print(type(obj).__name__, "weakrefable")
    except TypeError:
        print(type(obj).__name__, "not weakrefable")
class Slotted:
    __slots__ = ("v",)
try:
    weakref.ref(Slotted())
except TypeError as e:
    print("TypeError:", e)
class SlottedWeak:
    __slots__ = ("v", "__weakref__")
print(weakref.ref(SlottedWeak())() is None)
