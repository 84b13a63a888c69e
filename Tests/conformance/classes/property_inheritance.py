# Overriding and extending properties in subclasses; properties vs instance attributes; abstract-like errors.
class Shape:
    @property
    def area(self):
        raise NotImplementedError("%s must implement area" % type(self).__name__)
    @property
    def name(self):
        return type(self).__name__.lower()
    def describe(self):
        return "%s with area %.2f" % (self.name, self.area)
class Square(Shape):
    def __init__(self, side):
        self.side = side
    @property
    def area(self):
        return self.side ** 2
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    @property
    def area(self):
        return 3.14159 * self.r ** 2
    @property
    def name(self):
        return "round " + super().name
for s in (Square(2), Circle(1)):
    print(s.describe())
try:
    Shape().describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
class Base:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, value):
        self._v = value
class Clamped(Base):
    @Base.v.setter
    def v(self, value):
        Base.v.fset(self, max(0, min(10, value)))
c = Clamped()
c.v = 50
print(c.v)
c.v = -3
print(c.v)
class ReadOnlyChild(Base):
    @property
    def v(self):
        return "child " + str(self._v)
r = ReadOnlyChild()
try:
    r.v = 5
except AttributeError as e:
    print("AttributeError:", e)
class PlainAttr(Base):
    v = "class attribute replaces property"
print(PlainAttr().v)
class Cached:
    def __init__(self):
        self.calls = 0
    @property
    def expensive(self):
        self.calls += 1
        return self.calls
ca = Cached()
print(ca.expensive, ca.expensive, ca.calls)
print(isinstance(Shape.area, property), Square.area.fget.__qualname__)
