# type(name, bases, dict) creates classes dynamically; type(obj) returns the class.
def init(self, x):
    self.x = x
def describe(self):
    return "%s with x=%r" % (type(self).__name__, self.x)
Point = type("Point", (), {"__init__": init, "describe": describe, "dims": 2})
p = Point(5)
print(p.describe(), Point.dims, Point.__name__, Point.__bases__, type(p) is Point)
print(Point.__module__, Point.__qualname__)
Point3 = type("Point3", (Point,), {"dims": 3, "__repr__": lambda self: "P3(%r)" % self.x})
print(Point3(1), Point3(1).describe(), Point3.dims, issubclass(Point3, Point))
Empty = type("Empty", (), {})
print(Empty.__bases__, Empty.__dict__.get("__doc__"), isinstance(Empty(), object))
Documented = type("Documented", (), {"__doc__": "dynamic doc", "__slots__": ("a",)})
print(Documented.__doc__, hasattr(Documented(), "__dict__"))
print(type(1), type("s"), type([]), type(None), type(type), type(print), type(Point))
print(type(1).__name__, type(1.5).__qualname__, type(p).__mro__)
try:
    type("Bad", "not a tuple", {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("Bad", (), [])
except TypeError as e:
    print("TypeError:", e)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    type()
except TypeError as e:
    print("TypeError:", e)
def make_counter_class(start):
    def inc(self):
        self.n += 1
        return self
    return type("Counter%d" % start, (), {"n": start, "inc": inc})
C10 = make_counter_class(10)
c = C10().inc().inc()
print(type(c).__name__, c.n, C10.n)
WithMeta = type("WithMeta", (int,), {"double": lambda self: self * 2})
print(WithMeta(21).double(), type(WithMeta(1) + 1).__name__)
class Meta(type):
    pass
M = Meta("M", (), {"v": 1})
print(type(M).__name__, M.v)
print(type.__name__, object.__name__, type(object) is type, object.__bases__, type.__bases__)
