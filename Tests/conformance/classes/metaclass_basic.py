# Metaclasses: __new__/__init__/__call__ hooks, class attributes added by the metaclass, inheritance of metaclass.
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")))
        ns["added_by_meta"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kw):
        print("Meta.__call__", cls.__name__, args)
        inst = super().__call__(*args, **kw)
        inst.created_by_meta = True
        return inst
    def meta_method(cls):
        return "meta method on " + cls.__name__
class Base(metaclass=Meta):
    def __init__(self, v):
        print("Base.__init__", v)
        self.v = v
class Child(Base):
    x = 1
b = Child(5)
print(b.v, b.created_by_meta, Child.added_by_meta, type(Child).__name__)
print(Child.meta_method(), hasattr(b, "meta_method"))
class Singleton(type):
    _instances = {}
    def __call__(cls, *a):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self):
        print("Config created once")
print(Config() is Config())
class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("__prepare__", name)
        return {"prepared": True}
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))
class P(metaclass=Ordered):
    a = 1
print(P.prepared, P.a)
print(type(type), type(Meta), isinstance(Child, Meta), isinstance(Child, type))
class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class Both(A1, A2): pass
except TypeError as e:
    print("TypeError:", e)
class M3(M1): pass
class A3(metaclass=M3): pass
class Ok(A1, A3): pass
print(type(Ok).__name__)
