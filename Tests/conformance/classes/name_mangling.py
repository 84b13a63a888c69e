# Private name mangling: __name becomes _Class__name inside class bodies.
class Account:
    __count = 0
    def __init__(self, owner):
        self.__owner = owner
        Account.__count += 1
    def owner(self):
        return self.__owner
    @classmethod
    def count(cls):
        return cls.__count
    def __private_method(self):
        return "private"
    def call_private(self):
        return self.__private_method()
a = Account("ann")
print(a.owner(), Account.count(), a.call_private())
print(sorted(vars(a)), a._Account__owner)
try:
    a.__owner
except AttributeError as e:
    print("AttributeError:", e)
class Savings(Account):
    def __init__(self, owner):
        super().__init__(owner)
        self.__owner = "shadow " + owner
    def both(self):
        return self.__owner, self.owner()
s = Savings("bob")
print(s.both(), sorted(vars(s)))
class Dunder:
    def __init__(self):
        self.__both__ = "dunder names are not mangled"
        self._single = "single underscore not mangled"
print(sorted(vars(Dunder())))
class _Leading:
    def __init__(self):
        self.__x = 1
print(sorted(vars(_Leading())))
class M:
    def get(self):
        return getattr(self, "__hidden", "getattr string is not mangled")
    def set(self):
        self.__hidden = 1
m = M()
m.set()
print(m.get(), sorted(vars(m)))
class Outer:
    class __Inner:
        pass
    def inner_name(self):
        return self.__Inner.__name__
print(Outer().inner_name(), hasattr(Outer, "_Outer__Inner"))
class Closure:
    def f(self):
        __local = "locals are mangled too"
        return [k for k in locals() if "local" in k]
print(Closure().f())
