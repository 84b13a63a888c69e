# Class versus instance attributes: shadowing, shared mutable class attributes, assignment through instance.
class Counter:
    total = 0
    shared = []
    def __init__(self, name):
        self.name = name
        Counter.total += 1
        self.shared.append(name)
a = Counter("a")
b = Counter("b")
print(Counter.total, a.total, b.shared, a.shared is Counter.shared)
a.total = 100
print(a.total, b.total, Counter.total, "total" in vars(a))
del a.total
print(a.total)
a.shared = ["own list"]
print(a.shared, b.shared)
Counter.total = -1
print(b.total)
class Config:
    debug = False
    level = 1
class Dev(Config):
    debug = True
print(Config.debug, Dev.debug, Dev.level)
Config.level = 5
print(Dev.level)
Dev.level = 9
print(Config.level, Dev.level)
del Dev.level
print(Dev.level)
try:
    del Dev.level
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(k for k in vars(Dev) if not k.startswith("__")))
class Method:
    def m(self):
        return "method"
obj = Method()
obj.m = lambda: "instance override"
print(obj.m(), Method().m())
Method.m = lambda self: "patched class"
print(Method().m(), obj.m())
class Defaults:
    x = 1
    y = x * 2
    items = [x, y]
    del x
print(Defaults.y, Defaults.items, hasattr(Defaults, "x"))
class Const:
    PI = 3.14
    def area(self, r):
        return self.PI * r * r
c = Const()
c.PI = 3
print(Const().area(1), c.area(1))
