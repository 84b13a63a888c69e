# Class statement forms: bases from expressions, keywords, nested classes, body execution.
print("before class")
class A:
    print("executing A body")
    x = 1
    y = x + 1
    def method(self):
        return self.y
print("after class", A.x, A.y, A().method())
def base_factory(n):
    class B:
        level = n
    return B
class C(base_factory(7)):
    pass
print(C.level, C.__bases__[0].__name__, C.__name__, C.__qualname__)
class Outer:
    class Inner:
        class Deepest:
            pass
print(Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__)
def f():
    class Local:
        pass
    return Local
print(f().__qualname__)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(kw.items()))
        cls = super().__new__(mcls, name, bases, ns)
        cls.kw = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class K(metaclass=Meta, flag=True, level=3):
    pass
print(K.kw, type(K).__name__)
bases = (int,)
class MyInt(*bases):
    pass
print(MyInt(5) + 1, MyInt.__mro__[1].__name__)
class Empty: pass
class Empty2(): pass
print(Empty.__bases__ == Empty2.__bases__ == (object,))
counter = 0
class Count:
    global counter
    counter += 1
    for i in range(3):
        counter += i
print(counter, Count.i)
print(sorted(k for k in A.__dict__ if not k.startswith("__")))
