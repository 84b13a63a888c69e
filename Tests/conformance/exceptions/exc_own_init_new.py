# Built-in exception classes carry their own __init__ / __new__ in __dict__ as CPython's do.
import builtins

classes = sorted((t for t in vars(builtins).values()
                  if isinstance(t, type) and issubclass(t, BaseException)), key=lambda t: t.__name__)
seen = set()
for t in classes:
    if t in seen:
        continue
    seen.add(t)
    print("%-26s init=%-5s new=%s" % (t.__name__, "__init__" in t.__dict__, "__new__" in t.__dict__))

print(ValueError.__dict__["__init__"])
print(type(ValueError.__dict__["__new__"]).__name__, type(OSError.__dict__["__new__"]).__name__)
print(KeyError.__init__ is ValueError.__init__, KeyError.__init__ == LookupError.__dict__["__init__"])

e = ValueError.__new__(ValueError, 1, 2)
print(type(e).__name__, e.args)
ValueError.__init__(e, "again")
print(e.args)
k = LookupError.__new__(KeyError, "k")
print(type(k).__name__, repr(k))
try:
    ValueError.__new__(int)
except TypeError as x:
    print("TypeError:", x)
try:
    ValueError.__new__(TypeError)
except TypeError as x:
    print("TypeError:", x)
try:
    ValueError.__init__(1)
except TypeError as x:
    print("TypeError:", x)


class MyError(ValueError):
    def __init__(self, code):
        ValueError.__init__(self, "code", code)
        self.code = code


class Plain(KeyError):
    pass


m = MyError(7)
print(m.args, m.code, str(Plain("x")), repr(Plain("x")))
f = OSError(2, "No such file")
print(type(f).__name__, f.errno, type(OSError.__new__(OSError, 2, "x")).__name__)
print(StopIteration(5).value, SystemExit(3).code, UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad").reason)
