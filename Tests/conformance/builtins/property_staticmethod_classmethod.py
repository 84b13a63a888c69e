# property, staticmethod and classmethod used as plain builtins (called, not as decorators).
class C:
    def __init__(self):
        self._v = 0
    def get_v(self):
        return self._v
    def set_v(self, value):
        self._v = value * 2
    def del_v(self):
        self._v = None
    v = property(get_v, set_v, del_v, "the v property")
    ro = property(lambda self: "read only")
    def plain(*args):
        return args
    s = staticmethod(plain)
    c = classmethod(plain)
obj = C()
obj.v = 5
print(obj.v, C.v.__doc__, C.ro.__doc__, obj.ro)
del obj.v
print(obj.v)
try:
    obj.ro = 1
except AttributeError as e:
    print("AttributeError:", e)
print(obj.s(1), C.s(2), obj.c(3)[0] is C, C.c(4)[1])
p = property()
print(p.fget, p.fset, p.fdel, p.__doc__)
class D:
    x = p
try:
    D().x
except AttributeError as e:
    print("AttributeError:", e)
p2 = property(lambda self: 1).setter(lambda self, v: None)
print(p2.fset is not None, type(p2).__name__)
sm = staticmethod(len)
cm = classmethod(lambda cls: cls.__name__)
print(sm("four"), type(sm).__name__, sm.__func__ is len, callable(sm))
class E:
    name = cm
print(E.name(), E().name())
print(isinstance(C.__dict__["v"], property), isinstance(C.__dict__["s"], staticmethod), isinstance(C.__dict__["c"], classmethod))
print(C.v.fget(obj) is None, C.v.fset.__name__, C.v.fdel.__name__)
g = property(C.get_v).getter(lambda self: "new getter")
print(g.fget(obj), g.__doc__)
