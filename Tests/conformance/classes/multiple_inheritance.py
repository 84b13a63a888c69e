# Multiple inheritance: attribute resolution order, mixins, diamond shape.
class A:
    def who(self):
        return "A"
    def only_a(self):
        return "only in A"
class B(A):
    def who(self):
        return "B"
class C(A):
    def who(self):
        return "C"
    def only_c(self):
        return "only in C"
class D(B, C):
    pass
class E(C, B):
    pass
d, e = D(), E()
print(d.who(), e.who(), d.only_c(), d.only_a())
print([k.__name__ for k in D.__mro__])
print([k.__name__ for k in E.__mro__])
class JsonMixin:
    def to_json(self):
        items = ", ".join('"%s": %r' % (k, v) for k, v in sorted(vars(self).items()))
        return "{" + items + "}"
class ReprMixin:
    def __repr__(self):
        return "%s(%s)" % (type(self).__name__,
                           ", ".join("%s=%r" % kv for kv in sorted(vars(self).items())))
class Point(JsonMixin, ReprMixin):
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(p.to_json(), repr(p))
class X:
    attr = "X"
class Y:
    attr = "Y"
    other = "Y other"
class Z(X, Y):
    pass
print(Z.attr, Z.other, Z.__bases__)
class Left:
    def __init__(self):
        self.log = getattr(self, "log", []) + ["Left"]
class Right:
    def __init__(self):
        self.log = getattr(self, "log", []) + ["Right"]
class Both(Left, Right):
    def __init__(self):
        Left.__init__(self)
        Right.__init__(self)
print(Both().log)
print(isinstance(d, (B, C)), issubclass(D, C), D.mro() == list(D.__mro__))
