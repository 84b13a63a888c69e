# property: getter/setter/deleter via decorators and property(), read-only errors, docstrings.
class Temperature:
    def __init__(self, celsius=0.0):
        self._c = celsius
    @property
    def celsius(self):
        "Temperature in Celsius."
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value
    @celsius.deleter
    def celsius(self):
        print("deleting celsius")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.celsius = -40
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 10
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(t._c)
print(Temperature.celsius.__doc__, type(Temperature.celsius).__name__)
class Old:
    def _get(self):
        return self._x * 2
    def _set(self, v):
        self._x = v
    x = property(_get, _set, None, "x doubled")
o = Old()
o.x = 21
print(o.x, Old.x.__doc__, Old.x.fget.__name__, Old.x.fdel)
class Lazy:
    computed = 0
    @property
    def value(self):
        Lazy.computed += 1
        return 42
l = Lazy()
print(l.value, l.value, Lazy.computed)
l.__dict__["value"] = "instance dict"
print(l.value)
class Child(Temperature):
    @Temperature.celsius.getter
    def celsius(self):
        return "child sees %s" % self._c
c = Child(5)
print(c.celsius)
c.celsius = 7
print(c.celsius)
