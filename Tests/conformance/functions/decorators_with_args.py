# Decorators with arguments, stacked decorators, class-based decorators, wrapper metadata copied by hand.
def repeat(times):
    def decorate(f):
        def wrapper(*args, **kwargs):
            return [f(*args, **kwargs) for _ in range(times)]
        wrapper.__name__ = f.__name__
        wrapper.__doc__ = f.__doc__
        wrapper.__wrapped__ = f
        return wrapper
    return decorate
@repeat(3)
def greet(name):
    "Say hello."
    return "hi " + name
print(greet("bob"), greet.__name__, greet.__doc__, greet.__wrapped__("x"))
def prefix(p):
    return lambda f: lambda *a: p + f(*a)
@prefix("<")
@prefix("[")
def word(w):
    return w
print(word("w"))
class CountCalls:
    def __init__(self, f):
        self.f = f
        self.calls = 0
    def __call__(self, *args):
        self.calls += 1
        return self.f(*args)
@CountCalls
def square(x):
    return x * x
print(square(3), square(4), square.calls, type(square).__name__)
def validate(**types):
    def deco(f):
        def wrapper(**kwargs):
            for k, t in types.items():
                if not isinstance(kwargs.get(k), t):
                    raise TypeError("%s must be %s" % (k, t.__name__))
            return f(**kwargs)
        return wrapper
    return deco
@validate(x=int, y=str)
def combine(x, y):
    return y * x
print(combine(x=2, y="ab"))
try:
    combine(x="2", y="ab")
except TypeError as e:
    print("TypeError:", e)
def tag(name):
    def deco(cls):
        cls.tag = name
        return cls
    return deco
@tag("model")
class Model:
    pass
print(Model.tag)
def trace(label):
    def deco(f):
        def w(*a):
            print("enter", label, a)
            r = f(*a)
            print("exit", label, r)
            return r
        return w
    return deco
@trace("fact")
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)
fact(3)
