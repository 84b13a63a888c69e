# __class_getitem__ and subscripting builtin generic types.
class Box:
    def __class_getitem__(cls, item):
        return "%s[%s]" % (cls.__name__, item.__name__ if isinstance(item, type) else repr(item))
print(Box[int], Box["x"], Box[Box])
class Sub(Box):
    pass
print(Sub[str])
print(type(Box.__dict__["__class_getitem__"]).__name__)
alias = list[int]
print(alias, alias.__origin__, alias.__args__, alias([1, 2]))
print(dict[str, list[int]], tuple[int, ...], type[int])
print(list[int] == list[int], list[int] == list[str])
try:
    Box()[0]
except TypeError as e:
    print("TypeError:", e)
class NotGeneric:
    pass
try:
    NotGeneric[int]
except TypeError as e:
    print("TypeError:", e)
class Meta(type):
    def __getitem__(cls, key):
        return "Meta.__getitem__ wins: %r" % (key,)
class WithMeta(metaclass=Meta):
    def __class_getitem__(cls, key):
        return "class_getitem"
print(WithMeta[1])
class Sized:
    sizes = {}
    def __class_getitem__(cls, n):
        if n not in cls.sizes:
            cls.sizes[n] = type("Sized%d" % n, (cls,), {"n": n})
        return cls.sizes[n]
S3 = Sized[3]
print(S3.__name__, S3.n, Sized[3] is S3, issubclass(S3, Sized))
print(isinstance([1], list), repr(list[int]), str(set[str]))
