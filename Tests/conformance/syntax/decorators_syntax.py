# Decorator syntax: application order, arbitrary expressions, class decorators.
log = []
def deco(tag):
    log.append("make " + tag)
    def wrap(f):
        log.append("apply " + tag)
        def inner(*a, **k):
            return "%s(%s)" % (tag, f(*a, **k))
        inner.__name__ = f.__name__
        return inner
    return wrap
@deco("outer")
@deco("inner")
def base(x):
    return "base%d" % x
print(log)
print(base(1), base.__name__)
registry = {}
def register(f):
    registry[f.__name__] = f
    return f
@register
def alpha():
    return "A"
print(sorted(registry), registry["alpha"]())
decos = [lambda f: (lambda: f() + "!"), lambda f: (lambda: f() + "?")]
@decos[0]
@decos[1]
def shout():
    return "hey"
print(shout())
@(lambda cls: setattr(cls, "tagged", True) or cls)
class K:
    pass
print(K.tagged)
def add_method(cls):
    cls.greet = lambda self: "hello from " + type(self).__name__
    return cls
@add_method
class L:
    pass
print(L().greet())
class Holder:
    d = {"wrap": lambda f: (lambda: [f()])}
@Holder.d["wrap"]
def boxed():
    return 1
print(boxed())
def replace(f):
    return 42
@replace
def gone():
    pass
print(gone)
