# classmethod and staticmethod: binding, inheritance, alternative constructors, access via instance.
class Date:
    count = 0
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        type(self).count += 1
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)
    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    def __repr__(self):
        return "%s(%d, %d, %d)" % (type(self).__name__, self.y, self.m, self.d)
class FancyDate(Date):
    pass
print(Date.from_string("2024-02-29"), FancyDate.from_string("1999-12-31"))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024))
print(Date.count, FancyDate.count)
cm = Date.__dict__["from_string"]
sm = Date.__dict__["is_leap"]
print(type(cm).__name__, type(sm).__name__)
print(cm.__func__.__name__, sm.__func__.__name__)
print(sm(2023), callable(sm))
bound = Date.from_string
print(bound.__self__ is Date, FancyDate.from_string.__self__ is FancyDate)
print(Date(2020, 1, 1).from_string.__self__ is Date)
class Registry:
    items = []
    @classmethod
    def add(cls, x):
        cls.items = cls.items + [x]
        return cls
class SubRegistry(Registry):
    pass
Registry.add(1)
SubRegistry.add(2)
print(Registry.items, SubRegistry.items)
def plain(*args):
    return args
class Holder:
    s = staticmethod(plain)
    c = classmethod(plain)
    f = plain
h = Holder()
print(h.s(1), h.c(1)[0].__name__, h.f(1)[0] is h)
print(Holder.s(2), Holder.c(2)[0] is Holder)
print(Holder.f(3))
