# type() with one argument, isinstance/issubclass on builtins, object(), and type relationships.
values = [0, 1.5, 2j, "s", b"b", bytearray(), [], (), {}, set(), frozenset(), range(1), slice(1), None, True,
          ..., NotImplemented, len, type, object(), iter([]), (x for x in []), {}.keys()]
print([type(v).__name__ for v in values])
print(type(type(1)) is type, type(int) is type, type(object) is type, type(type) is type)
print(isinstance(True, (int, str)), isinstance(1, bool), isinstance(1.0, (int,)), isinstance([], (list, tuple)))
print(issubclass(bool, (int, float)), issubclass(float, int), issubclass(int, object), issubclass(type, object))
print(isinstance(object, object), isinstance(type, object), isinstance(object, type), issubclass(object, object))
o = object()
print(type(o).__name__, o == o, o != object(), hash(o) == hash(o), str(o) == repr(o))
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    type(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
print(type(1) == int, type(1) is int, type(True) is not int, type(True).__mro__)
print(int.__mro__, bool.__mro__, type.__mro__)
print([c.__name__ for c in (int, float, complex, str, bytes, list, tuple, dict, set) if issubclass(c, object)])
print(isinstance(1, object), isinstance(None, object), isinstance(len, object))
class A:
    pass
print(isinstance(A(), A), isinstance(A, A), isinstance(A, type), type(A()) is A, type(A).__name__)
print(issubclass(A, (int, (str, (A,)))), isinstance(3, (A, int)))
for args in [(1, int), ([], list), ("s", (int, str))]:
    print(isinstance(*args), end=" ")
print()
