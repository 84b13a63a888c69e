# __new__ vs __init__: call order, __new__ returning other types, singletons, immutable subclasses.
class Traced:
    def __new__(cls, *args):
        print("  __new__", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, *args):
        print("  __init__", args)
        self.args = args
t = Traced(1, 2)
print(t.args)
class Other:
    pass
class ReturnsOther:
    def __new__(cls):
        return Other()
    def __init__(self):
        print("  never called")
r = ReturnsOther()
print(type(r).__name__)
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            cls._inst.count = 0
        return cls._inst
    def __init__(self):
        self.count += 1
s1, s2 = Single(), Single()
print(s1 is s2, s1.count)
class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
u = Upper("hello")
print(u, type(u).__name__, u + "!", isinstance(u, str))
class Positive(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative: %d" % v)
        return super().__new__(cls, v)
print(Positive(5) + 1)
try:
    Positive(-1)
except ValueError as e:
    print("ValueError:", e)
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
pr = Pair(1, 2)
print(pr, pr.first, len(pr), pr == (1, 2))
class NoArgs:
    pass
try:
    NoArgs(1)
except TypeError as e:
    print("TypeError:", e)
class InitOnly:
    def __init__(self, x):
        self.x = x
try:
    InitOnly()
except TypeError as e:
    print("TypeError:", e)
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print("TypeError:", e)
obj = object.__new__(Traced)
print(hasattr(obj, "args"))
