# super() as a builtin: zero-arg and explicit forms, unbound super, attribute access and errors.
class A:
    def who(self):
        return "A"
    @classmethod
    def cwho(cls):
        return "A.cwho(%s)" % cls.__name__
    x = "A.x"
class B(A):
    def who(self):
        return "B>" + super().who()
    x = "B.x"
class C(B):
    def who(self):
        return "C>" + super().who()
c = C()
print(c.who(), super(C, c).who(), super(B, c).who(), super(C, c).x, super(B, c).x)
print(super(C, C).cwho(), super(B, C).cwho(), C.cwho())
s = super(C, c)
print(type(s).__name__, s.__thisclass__.__name__, s.__self__ is c, s.__self_class__.__name__)
try:
    super(B, c).nonexistent
except AttributeError as e:
    print("AttributeError:", e)
try:
    super(C, A())
except TypeError as e:
    print("TypeError:", e)
try:
    super(1, c)
except TypeError as e:
    print("TypeError:", e)
def no_class():
    return super()
try:
    no_class()
except RuntimeError as e:
    print("RuntimeError:", e)
class D(A):
    def method(self):
        def inner():
            return super(D, self).who()
        return inner()
print(D().method())
class E(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
    def get_base(self):
        return super().get("k")
e = E()
e["k"] = 4
print(e, e.get_base())
class F(list):
    def append(self, v):
        super().append(v)
        super().append(v)
f = F()
f.append(1)
print(f, super(F, f).__len__())
