# dir() on modules, classes, instances and custom __dir__; result is sorted.
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst_attr = 3
names = dir(Child())
print([n for n in names if not n.startswith("__")])
print("__init__" in names, "__class__" in names, names == sorted(names))
print([n for n in dir(Child) if not n.startswith("__")])
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "alpha", "mid"]
print(dir(Custom()))
class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as e:
    print("TypeError:", e)
import math
m = dir(math)
print("sqrt" in m, "pi" in m, "__name__" in m, m == sorted(m))
def local_scope():
    a = 1
    b = 2
    return dir()
print(local_scope())
print(sorted(x for x in dir([]) if not x.startswith("_")))
print(sorted(x for x in dir({}) if not x.startswith("_")))
print(sorted(x for x in dir("") if not x.startswith("_"))[:12])
print(sorted(x for x in dir(int) if not x.startswith("_")))
print("__doc__" in dir(None), "real" in dir(1.0), "conjugate" in dir(1j))
def f():
    pass
f.custom = 1
print("custom" in dir(f), "__code__" in dir(f))
top = [n for n in dir() if not n.startswith("__")]
print(sorted(top))
