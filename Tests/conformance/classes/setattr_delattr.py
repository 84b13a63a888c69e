# __setattr__ and __delattr__ hooks: validation, immutability, logging, object.__setattr__ bypass.
class Logged:
    def __setattr__(self, name, value):
        print("  set", name, "=", repr(value))
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("  del", name)
        super().__delattr__(name)
l = Logged()
l.a = 1
l.b = [2]
l.a += 10
del l.b
print(vars(l))
try:
    del l.zzz
except AttributeError as e:
    print("AttributeError:", e)
class Frozen:
    def __init__(self, x, y):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)
    def __setattr__(self, name, value):
        raise AttributeError("cannot assign to field %r" % name)
    def __delattr__(self, name):
        raise AttributeError("cannot delete field %r" % name)
fr = Frozen(1, 2)
print(fr.x, fr.y)
for action in (lambda: setattr(fr, "x", 5), lambda: delattr(fr, "y"), lambda: setattr(fr, "new", 0)):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
class Validated:
    def __setattr__(self, name, value):
        if name == "age" and not (0 <= value < 150):
            raise ValueError("age out of range: %r" % value)
        self.__dict__[name] = value
v = Validated()
v.age = 30
try:
    v.age = -1
except ValueError as e:
    print("ValueError:", e)
print(v.age, v.__dict__)
try:
    object().attr = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    (1).real = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(int, "new_attr", 1)
except TypeError as e:
    print("TypeError:", e)
class C:
    pass
c = C()
setattr(c, "with space", 1)
print(getattr(c, "with space"), sorted(vars(c)))
C.cls_attr = "added to class"
print(c.cls_attr)
delattr(C, "cls_attr")
print(hasattr(c, "cls_attr"))
