# Class decorators that add methods, wrap classes and generate dunders (dataclass-like, by hand).
def auto_repr(cls):
    fields = cls.fields
    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join("%s=%r" % (f, getattr(self, f)) for f in fields))
    cls.__repr__ = __repr__
    return cls
def auto_init(cls):
    fields = cls.fields
    def __init__(self, *args, **kwargs):
        if len(args) > len(fields):
            raise TypeError("too many arguments")
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name in fields[len(args):]:
            setattr(self, name, kwargs.pop(name, None))
        if kwargs:
            raise TypeError("unexpected %s" % ", ".join(sorted(kwargs)))
    cls.__init__ = __init__
    return cls
def auto_eq(cls):
    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in cls.fields)
    cls.__eq__ = __eq__
    cls.__hash__ = lambda self: hash(tuple(getattr(self, f) for f in cls.fields))
    return cls
@auto_eq
@auto_repr
@auto_init
class Point:
    fields = ("x", "y")
p = Point(1, y=2)
print(p, p == Point(1, 2), p == Point(2, 1), p != (1, 2), len({p, Point(1, 2)}))
print(Point(5))
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, z=3, w=4)
except TypeError as e:
    print("TypeError:", e)
instances = []
def track(cls):
    orig_init = cls.__init__
    def __init__(self, *a, **k):
        orig_init(self, *a, **k)
        instances.append(self)
    cls.__init__ = __init__
    return cls
@track
class Thing:
    def __init__(self, name):
        self.name = name
Thing("a"); Thing("b")
print([t.name for t in instances])
def singleton(cls):
    inst = cls()
    return inst
@singleton
class Settings:
    debug = True
print(type(Settings).__name__, Settings.debug)
