# Cooperative multiple inheritance: every class calls super(), each __init__ runs exactly once.
log = []
class Root:
    def __init__(self, **kw):
        log.append("Root")
        super().__init__()
    def ping(self):
        return ["Root"]
class A(Root):
    def __init__(self, a=None, **kw):
        log.append("A(%s)" % a)
        super().__init__(**kw)
    def ping(self):
        return ["A"] + super().ping()
class B(Root):
    def __init__(self, b=None, **kw):
        log.append("B(%s)" % b)
        super().__init__(**kw)
    def ping(self):
        return ["B"] + super().ping()
class C(A, B):
    def __init__(self, c=None, **kw):
        log.append("C(%s)" % c)
        super().__init__(**kw)
    def ping(self):
        return ["C"] + super().ping()
obj = C(a=1, b=2, c=3)
print(log)
print(obj.ping())
print([k.__name__ for k in C.__mro__])
log.clear()
class D(B, A):
    pass
D(a="x", b="y")
print(log, D().ping())
class Counter:
    def count(self):
        return 1
class Doubler(Counter):
    def count(self):
        return 2 * super().count()
class Adder(Counter):
    def count(self):
        return 10 + super().count()
class Mixed(Doubler, Adder):
    pass
class Mixed2(Adder, Doubler):
    pass
print(Mixed().count(), Mixed2().count())
class Base:
    def method(self):
        return "Base"
class Mid1(Base):
    def method(self):
        return "Mid1>" + super().method()
class Mid2(Base):
    def method(self):
        return "Mid2>" + super().method()
class Leaf(Mid1, Mid2):
    def method(self):
        return "Leaf>" + super().method()
print(Leaf().method())
print(super(Mid1, Leaf()).method())
