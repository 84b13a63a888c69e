# Function object attributes: names, qualnames, module, dict, code object counts.
def plain(a, b=1, *args, c, d=2, **kw):
    "doc string"
    x = a + b
    return x
print(plain.__name__, plain.__qualname__, plain.__module__, plain.__doc__)
print(plain.__defaults__, plain.__kwdefaults__)
co = plain.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount)
print(co.co_varnames[:7], co.co_nlocals)
class Outer:
    def method(self):
        def local():
            pass
        return local
    class Nested:
        def deep(self):
            pass
print(Outer.method.__qualname__, Outer().method().__qualname__, Outer.Nested.deep.__qualname__)
print((lambda: 0).__qualname__, [lambda: 0][0].__name__)
plain.custom = "attribute"
print(plain.custom, plain.__dict__)
plain.__name__ = "renamed"
print(plain.__name__, plain.__qualname__)
def g():
    pass
g.__qualname__ = "Fake.qual"
print(g.__qualname__)
print(callable(plain), callable(Outer), callable(Outer()), callable(len))
print(type(plain).__name__, type(len).__name__, type(Outer().method).__name__)
print(len.__name__, len.__qualname__, len.__module__ if hasattr(len, "__module__") else None)
def h():
    return h.counter
h.counter = 5
print(h())
try:
    plain.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
print(g.__globals__ is globals(), g.__closure__)
def with_ann(x: int) -> str:
    pass
print(with_ann.__annotations__)
