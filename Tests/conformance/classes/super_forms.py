# super(): zero-argument form, explicit two-argument form, in classmethods, properties, and __class__.
class Base:
    def greet(self):
        return "Base.greet(%s)" % type(self).__name__
    @classmethod
    def create(cls):
        return "Base.create(%s)" % cls.__name__
    @staticmethod
    def util():
        return "Base.util"
    @property
    def value(self):
        return 10
class Child(Base):
    def greet(self):
        return "Child+" + super().greet()
    @classmethod
    def create(cls):
        return "Child+" + super().create()
    @staticmethod
    def util():
        return "Child+" + super(Child, Child).util()
    @property
    def value(self):
        return super().value + 1
class GrandChild(Child):
    def greet(self):
        return "Grand+" + super().greet()
    def skip(self):
        return super(Child, self).greet()
g = GrandChild()
print(g.greet())
print(g.skip())
print(GrandChild.create(), Child.util(), g.value)
print(super(GrandChild, g).greet())
s = super(Child, g)
print(type(s).__name__, s.greet())
def outside(self):
    return super(Child, self).greet()
print(outside(g))
class WithClassCell(Base):
    def which(self):
        return __class__.__name__
print(WithClassCell().which())
class Sub(WithClassCell):
    pass
print(Sub().which())
class InitChain:
    def __init__(self, **kw):
        self.extra = kw
class Named(InitChain):
    def __init__(self, name, **kw):
        super().__init__(**kw)
        self.name = name
n = Named("n", color="red")
print(n.name, n.extra)
try:
    super(int, "string")
except TypeError as e:
    print("TypeError:", e)
class NoArgSuperInLambda(Base):
    greet = lambda self: "lambda"
print(NoArgSuperInLambda().greet())
