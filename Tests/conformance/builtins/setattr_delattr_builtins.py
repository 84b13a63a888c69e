# setattr/delattr/hasattr/getattr interplay with __slots__, properties, classes and modules.
import math
class Slotted:
    __slots__ = ("a",)
s = Slotted()
setattr(s, "a", 1)
print(getattr(s, "a"), hasattr(s, "b"))
try:
    setattr(s, "b", 2)
except AttributeError as e:
    print("AttributeError:", e)
delattr(s, "a")
print(hasattr(s, "a"), getattr(s, "a", "unset"))
class P:
    @property
    def value(self):
        return 1
try:
    setattr(P(), "value", 2)
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(P(), "value")
except AttributeError as e:
    print("AttributeError:", e)
class K:
    pass
setattr(K, "class_level", "on class")
k = K()
print(k.class_level, hasattr(K(), "class_level"))
delattr(K, "class_level")
print(hasattr(k, "class_level"))
setattr(math, "my_constant", 42)
print(math.my_constant, hasattr(math, "my_constant"))
delattr(math, "my_constant")
print(hasattr(math, "my_constant"))
try:
    delattr(math, "pi_missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(list, "new", 1)
except TypeError as e:
    print("TypeError:", e)
try:
    delattr(k)
except TypeError as e:
    print("TypeError:", e)
for name in ["alpha", "beta", "gamma"]:
    setattr(k, name, len(name))
print(sorted(vars(k).items()), [getattr(k, n) for n in ("alpha", "beta")])
print(getattr(k, "__class__").__name__, getattr(K, "__name__"), getattr(len, "__name__"))
