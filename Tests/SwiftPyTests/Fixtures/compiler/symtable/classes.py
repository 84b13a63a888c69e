class A:
    x = 1
    def m(self):
        return x
    def n(self):
        return super().n()
    def o(self):
        return __class__
    y = [x for _ in range(3)]
    def __private(self):
        self.__attr = 1
        __local = 2
        return __local
    z = lambda self: self

class B(A, metaclass=type):
    def f(self):
        def g():
            return super()
        return g

def factory(base):
    class C(base):
        attr = base
        def get(self):
            return base, attr
    return C

def free_class():
    x = 1
    class D:
        x = 2
        def m(self):
            return x
    return D

class __Under:
    __v = 1
    def f(self, __a):
        return __a

class Outer:
    class Inner:
        def m(self):
            return __class__
    def m(self):
        return super().m()

def classderef():
    y = 1
    class E:
        print(y)
        y = 2
    return E

class G:
    global gg
    gg = 1
    def f(self):
        return gg
