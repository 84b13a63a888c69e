# isinstance and issubclass with tuples, nested tuples, bool/int relations, ABC-like hooks.
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, int))
print(isinstance(1, (str, int)), isinstance("s", (int, (float, (str,)))), isinstance(None, ()))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, (str, object)), issubclass(int, int))
print(isinstance(int, type), isinstance(type, type), isinstance(type, object), isinstance(object, type))
print(issubclass(type, object), issubclass(object, type))
class A: pass
class B(A): pass
class C: pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, (C, A)), issubclass(C, (A, B)))
print(isinstance(None, type(None)), isinstance([], (tuple, list)), isinstance((), list))
try:
    isinstance(1, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(int, (int, 5))
except TypeError as e:
    print("TypeError:", e)
print(issubclass(int, (int, 5)) if False else "first match short-circuits:", isinstance(1, (int, 5)))
class Meta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")
class Duck(metaclass=Meta):
    pass
class Robot:
    quack = True
print(isinstance(Robot(), Duck), isinstance(1, Duck), issubclass(Robot, Duck), issubclass(int, Duck))
print(isinstance(Duck(), Duck))
class Proxy:
    @property
    def __class__(self):
        return A
print(isinstance(Proxy(), A), type(Proxy()).__name__, Proxy().__class__.__name__)
print(isinstance(3, (list, (tuple, (set, (int,))))))
print([type(v).__name__ for v in (1, 1.0, 1j, "1", b"1", [1], (1,), {1}, {1: 1}, None, True)])
print(isinstance(A, type), isinstance(A(), type), issubclass(A, object))
import sys
print(isinstance(sys, object), type(sys).__name__)
