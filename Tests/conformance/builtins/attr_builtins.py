# getattr, setattr, delattr, hasattr with defaults, properties, __getattr__ and errors.
class C:
    cls_attr = "class"
    def __init__(self):
        self.x = 1
    @property
    def prop(self):
        return "property value"
    @property
    def broken(self):
        raise ValueError("property raised ValueError")
c = C()
print(getattr(c, "x"), getattr(c, "cls_attr"), getattr(c, "prop"), getattr(c, "missing", None))
setattr(c, "y", 2)
setattr(c, "x", 10)
print(c.x, c.y, hasattr(c, "y"), hasattr(c, "nope"), hasattr(C, "prop"), hasattr(c, "__init__"))
delattr(c, "y")
print(hasattr(c, "y"), sorted(vars(c)))
try:
    getattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    hasattr(c, "broken")
except ValueError as e:
    print("hasattr propagates non-AttributeError:", e)
print(getattr(c, "broken", "default") if False else "skip")
for fn, args in [(getattr, (c, 1)), (setattr, (c, 2, 3)), (hasattr, (c, None)), (getattr, (c,))]:
    try:
        fn(*args)
    except TypeError as e:
        print(fn.__name__, "TypeError:", e)
class Dyn:
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:]
        raise AttributeError(name)
d = Dyn()
print(getattr(d, "auto_value"), hasattr(d, "auto_x"), hasattr(d, "manual"), getattr(d, "manual", "fallback"))
setattr(C, "added", lambda self: "added method")
print(c.added(), getattr(C, "added")(c))
print(getattr(1, "real"), getattr("s", "upper")(), getattr([], "__len__")(), getattr(str, "join")("-", "ab"))
try:
    setattr(1, "x", 2)
except AttributeError as e:
    print("AttributeError:", e)
name = "dynamic_name"
setattr(c, name, "set via variable")
print(c.dynamic_name, getattr(c, name))
