# Descriptor protocol: data vs non-data descriptors, lookup precedence, __get__ with None instance.
class Verbose:
    def __init__(self, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return "class access via %s" % objtype.__name__
        return "get %s from %s" % (self.name, type(obj).__name__)
    def __set__(self, obj, value):
        print("set", self.name, "=", value)
        obj.__dict__["_" + self.name] = value
    def __delete__(self, obj):
        print("delete", self.name)
class NonData:
    def __get__(self, obj, objtype=None):
        return "non-data value"
class C:
    d = Verbose("d")
    n = NonData()
c = C()
print(c.d)
print(C.d)
c.d = 5
print(c.__dict__)
c.__dict__["d"] = "instance dict entry"
print(c.d)
del c.d
print(c.n)
c.n = "instance shadows non-data"
print(c.n)
del c.n
print(c.n)
class Typed:
    def __init__(self, name, kind):
        self.name, self.kind = name, kind
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s, not %s" % (self.name, self.kind.__name__, type(value).__name__))
        obj.__dict__[self.name] = value
class Person:
    name = Typed("name", str)
    age = Typed("age", int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
per = Person("ann", 30)
print(per.name, per.age, type(Person.name).__name__)
try:
    per.age = "old"
except TypeError as e:
    print("TypeError:", e)
class GetOnlyWithSet:
    def __get__(self, obj, t=None):
        return "from descriptor"
    def __set__(self, obj, v):
        raise AttributeError("read-only descriptor")
class D:
    ro = GetOnlyWithSet()
try:
    D().ro = 1
except AttributeError as e:
    print("AttributeError:", e)
def func(self):
    return "function is a non-data descriptor"
print(func.__get__(c, C)(), type(func.__get__(c, C)).__name__)
print(func.__get__(None, C) is func)
