# __getattr__ (fallback only) versus __getattribute__ (every access), and AttributeError messages.
class Fallback:
    existing = "class attr"
    def __init__(self):
        self.inst = "instance attr"
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return "dynamic " + name[4:]
        raise AttributeError("%r has no %r" % (type(self).__name__, name))
f = Fallback()
print(f.existing, f.inst, f.dyn_value)
try:
    f.missing
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(f, "dyn_x"), getattr(f, "nope", "default"), hasattr(f, "nope"), hasattr(f, "dyn_y"))
class Everything:
    def __init__(self):
        self.real = 1
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        print("  getattribute", name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback for " + name
e = Everything()
print(e.real)
print(e.secret)
print(e.unknown)
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), len(p._target))
try:
    len(p)
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
try:
    Plain().x
except AttributeError as e:
    print("AttributeError:", e)
try:
    Plain.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    (5).x
except AttributeError as e:
    print("AttributeError:", e)
try:
    "s".nope()
except AttributeError as e:
    print("AttributeError:", e)
class Raises:
    def __getattribute__(self, name):
        raise AttributeError("blocked " + name)
    def __getattr__(self, name):
        return "__getattr__ rescued " + name
print(Raises().anything)
class Recursive:
    def __getattr__(self, name):
        return name.upper()
print(Recursive().abc, getattr(Recursive(), "xyz"))
