# Default reprs of classes, functions, methods, modules and builtins (stable parts only).
class K:
    def m(self):
        pass
    class Inner:
        pass
print(repr(K), repr(K.Inner), str(K))
print(repr(int), repr(type), repr(object), repr(type(None)), repr(BaseException))
print(repr(K.m).startswith("<function K.m at 0x"))
print(repr(K().m).startswith("<bound method K.m of <__main__.K object at 0x"))
print(repr(len), repr(print), repr([].append).startswith("<built-in method append of list object at 0x"))
import sys, math
print(repr(math).startswith("<module 'math'"), repr(sys))
print(repr(None), repr(True), repr(NotImplemented), repr(Ellipsis))
print(repr(lambda: 0).startswith("<function <lambda> at 0x"))
def outer():
    def inner():
        pass
    return inner
print(repr(outer()).startswith("<function outer.<locals>.inner at 0x"))
print(repr(str.upper), repr(dict.__dict__["fromkeys"]).startswith("<method 'fromkeys'"))
print(repr(property()).startswith("<property object at 0x"), repr(K.__dict__["m"]).startswith("<function"))
g = (x for x in [])
print(repr(g).startswith("<generator object <genexpr> at 0x"))
print(repr(iter([])).startswith("<list_iterator object at 0x"), repr(range(3)), repr(slice(1, 2)))
print(repr(staticmethod(len)).startswith("<staticmethod("), repr(classmethod(len)).startswith("<classmethod("))
print(repr({}.keys()), repr({"a": 1}.values()), repr({"a": 1}.items()))
print(repr(frozenset()), repr(set()), repr(frozenset([1])), repr(bytearray()), repr(b""))
print(repr(type("X", (), {})), repr(type("Y", (), {"__module__": "custom.mod"})))
class Q:
    __qualname__ = "Custom.Qual"
print(repr(Q), Q.__name__)
print(repr(ValueError("a", 1)), repr(KeyError()), str(KeyError("k")), str(ValueError()))
print(repr(1j), repr(-0.0), repr(1e100), repr(float("inf")), repr(complex(1, -0.0)))
