# __init_subclass__: automatic registration, keyword arguments, implicit classmethod, chaining with super().
class Plugin:
    registry = {}
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        Plugin.registry[key] = cls
        print("registered", key)
class Alpha(Plugin):
    pass
class Beta(Plugin, name="b"):
    pass
class Gamma(Beta):
    pass
print(sorted(Plugin.registry), Plugin.registry["b"] is Beta)
class Strict:
    def __init_subclass__(cls, **kwargs):
        if "required" not in cls.__dict__:
            raise TypeError("%s must define 'required'" % cls.__name__)
        super().__init_subclass__(**kwargs)
class Good(Strict):
    required = True
try:
    class Bad(Strict):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Unknown(Alpha, unexpected=1):
        pass
except TypeError as e:
    print("TypeError:", e)
class Tracker:
    subclasses = []
    def __init_subclass__(cls):
        Tracker.subclasses.append(cls.__name__)
class T1(Tracker): pass
class T2(T1): pass
class T3(T1, Tracker): pass
print(Tracker.subclasses)
class Counted:
    def __init_subclass__(cls, /, start=0, **kw):
        cls.counter = start
class C1(Counted, start=10): pass
class C2(Counted): pass
print(C1.counter, C2.counter, hasattr(Counted, "counter"))
try:
    class Direct(object, flag=True):
        pass
except TypeError as e:
    print("TypeError:", e)
print(type(Plugin.__dict__["__init_subclass__"]).__name__)
