# __dict__ and vars(): instance namespaces, class mappingproxy, dir() contents.
class P:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = 2
    def method(self):
        pass
p = P()
print(p.__dict__, vars(p) is p.__dict__)
p.__dict__["c"] = 3
print(p.c, sorted(vars(p)))
p.__dict__.clear()
print(hasattr(p, "a"), p.cls_attr)
p.__dict__ = {"replaced": True}
print(p.replaced, vars(p))
try:
    p.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)
print(type(P.__dict__).__name__, "method" in P.__dict__, "cls_attr" in P.__dict__)
try:
    P.__dict__["x"] = 1
except TypeError as e:
    print("TypeError:", e)
d = dir(p)
print("method" in d, "cls_attr" in d, "replaced" in d, "__init__" in d, d == sorted(d))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
class Slotted:
    __slots__ = ("x",)
try:
    vars(Slotted())
except TypeError as e:
    print("TypeError:", e)
def f():
    pass
f.attr = 1
print(vars(f))
class Order:
    def __init__(self):
        self.z = 1
        self.a = 2
        self.m = 3
print(list(vars(Order())))
o = Order()
del o.a
o.a = 4
print(list(vars(o)))
print(sorted(k for k in dir(Order) if not k.startswith("_")), sorted(vars(Order()).keys()))
