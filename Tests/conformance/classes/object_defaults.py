# Behaviour inherited from object: default __eq__/__ne__/__hash__, __init_subclass__, __reduce__-free basics.
class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, a.__eq__(b), a.__ne__(a), a.__eq__(a))
print(object.__eq__(a, a), object.__ne__(a, b), a.__lt__(b))
print(type(a.__hash__()).__name__, hash(a) == a.__hash__())
print(Plain.__name__, Plain.__module__, Plain.__doc__, Plain.__dict__["__module__"])
print(sorted(n for n in ("__init__", "__repr__", "__str__", "__eq__", "__hash__", "__class__") if hasattr(a, n)))
print(a.__class__ is Plain, a.__class__.__class__ is type)
print(str(a) == repr(a), repr(Plain) == "<class '__main__.Plain'>", repr(object), repr(int))
print(object.__init__(a) is None, object.__new__(Plain).__class__.__name__)
o = object()
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
class InitArgs:
    def __init__(self, x):
        self.x = x
try:
    object.__new__(InitArgs).__init__()
except TypeError as e:
    print("TypeError:", e)
print(Plain() .__class__.__mro__, issubclass(Plain, object))
print(object.__subclasshook__(int), type(object.__dict__).__name__)
class Ne:
    def __eq__(self, o):
        return isinstance(o, Ne)
print(Ne() != Ne(), Ne() != 1, Ne().__ne__(Ne()))
class ReprUsesStrFallback:
    def __str__(self):
        return "only str"
x = ReprUsesStrFallback()
print(str(x), format(x), "%s" % x, repr(x).startswith("<__main__.ReprUsesStrFallback object at 0x"))
print(dir(Plain) == sorted(dir(Plain)), "__dict__" in dir(Plain), "__weakref__" in dir(Plain))
print(Plain.__qualname__, Plain.__dict__["__dict__"].__get__(a) == {})
