"""Differential check: Lib/operator.py against CPython's operator."""
import operator as ref
import sys

from _loader import load, Checker

op = load("operator")
c = Checker("operator")

for name in dir(ref):
    if not name.startswith("_") or (name.startswith("__") and name != "__builtins__"
                                     and callable(getattr(ref, name))):
        if name in ("__loader__", "__spec__"):
            continue
        c.true("has " + name, hasattr(op, name))
c.eq("__all__", sorted(op.__all__), sorted(ref.__all__))

values = [0, 1, -7, 2**70, 3.5, -0.0, True, 1j, "ab", b"xy", [1, 2], (3,),
          {1: 2}, {4, 5}, None, frozenset([1])]
binary = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift",
          "rshift", "and_", "or_", "xor", "lt", "le", "eq", "ne", "ge", "gt",
          "is_", "is_not", "concat", "contains", "countOf", "indexOf",
          "getitem", "matmul", "iadd", "isub", "imul", "itruediv",
          "ifloordiv", "imod", "ilshift", "irshift", "iand", "ior", "ixor",
          "iconcat", "imatmul"]
unary = ["abs", "neg", "pos", "inv", "invert", "not_", "truth", "index",
         "length_hint"]


def fresh(v):
    return list(v) if isinstance(v, list) else (
        dict(v) if isinstance(v, dict) else (set(v) if isinstance(v, set) else v))


for name in binary:
    for a in values:
        for b in values:
            if name == "pow" and isinstance(a, int) and isinstance(b, int) \
                    and abs(b) > 100:
                continue
            if name in ("lshift", "ilshift") and isinstance(b, int) and b > 1000:
                continue
            c.same("%s(%r, %r)" % (name, a, b),
                   lambda: getattr(op, name)(fresh(a), fresh(b)),
                   lambda: getattr(ref, name)(fresh(a), fresh(b)))
for name in unary:
    for a in values + [iter([1, 2]), range(5), iter(range(3))]:
        c.same("%s(%r)" % (name, a), lambda: getattr(op, name)(a),
               lambda: getattr(ref, name)(a))


class Hint:
    def __init__(self, v):
        self.v = v

    def __length_hint__(self):
        return self.v


for v in (3, -1, "x", NotImplemented, 2.0):
    c.same("length_hint custom %r" % (v,), lambda: op.length_hint(Hint(v)),
           lambda: ref.length_hint(Hint(v)))
c.same("length_hint default", lambda: op.length_hint(object(), 9),
       lambda: ref.length_hint(object(), 9))
c.same("length_hint bad default", lambda: op.length_hint(object(), "9"),
       lambda: ref.length_hint(object(), "9"))

# in-place on mutables mutates and returns the same object
lst = [1]
c.true("iadd list identity", op.iadd(lst, [2]) is lst and lst == [1, 2])
lst = [1]
c.true("iconcat identity", op.iconcat(lst, (3,)) is lst and lst == [1, 3])
d = {1: 2}
op.setitem(d, 3, 4)
op.delitem(d, 1)
c.eq("setitem/delitem", d, {3: 4})
l2 = list(range(10))
op.setitem(l2, slice(2, 5), ["x"])
op.delitem(l2, slice(0, 1))
c.eq("slice items", l2, [1, "x", 5, 6, 7, 8, 9])
c.eq("call", op.call(max, 1, 5, key=lambda x: -x), 1)


class P:
    def __init__(self):
        self.a = 1
        self.b = type("Q", (), {"c": 2, "d": type("R", (), {"e": 3})()})()

    def m(self, x, y=0):
        return x * 10 + y


p = P()
for names in [("a",), ("a", "b.c"), ("b.d.e",), ("b.c", "a", "b.d.e"), ("zz",),
              ("b.zz",)]:
    c.same("attrgetter %r" % (names,), lambda: op.attrgetter(*names)(p),
           lambda: ref.attrgetter(*names)(p))
    c.eq("attrgetter repr %r" % (names,),
         repr(op.attrgetter(*names)).replace("swiftpy_", ""),
         repr(ref.attrgetter(*names)))
c.same("attrgetter bad", lambda: op.attrgetter(1), lambda: ref.attrgetter(1))
c.same("attrgetter none", lambda: op.attrgetter(), lambda: ref.attrgetter())
for keys in [(0,), (1, 0), (slice(1, 3),), (-1, 0, 2), (9,)]:
    for obj in ([5, 6, 7], "abc"):
        c.same("itemgetter %r %r" % (keys, obj), lambda: op.itemgetter(*keys)(obj),
               lambda: ref.itemgetter(*keys)(obj))
    c.eq("itemgetter repr %r" % (keys,),
         repr(op.itemgetter(*keys)).replace("swiftpy_", ""),
         repr(ref.itemgetter(*keys)))
c.same("itemgetter dict", lambda: op.itemgetter("k", "j")({"k": 1, "j": 2}),
       lambda: ref.itemgetter("k", "j")({"k": 1, "j": 2}))
for args, kw in [((1,), {}), ((1,), {"y": 2}), ((), {}), ((1, 2, 3), {})]:
    c.same("methodcaller %r %r" % (args, kw),
           lambda: op.methodcaller("m", *args, **kw)(p),
           lambda: ref.methodcaller("m", *args, **kw)(p))
    c.eq("methodcaller repr", repr(op.methodcaller("m", *args, **kw))
         .replace("swiftpy_", ""), repr(ref.methodcaller("m", *args, **kw)))
c.same("methodcaller bad", lambda: op.methodcaller(3), lambda: ref.methodcaller(3))
c.eq("sorted with itemgetter", sorted([(2, "b"), (1, "z"), (2, "a")],
                                       key=op.itemgetter(0)),
     [(1, "z"), (2, "b"), (2, "a")])
c.eq("dunder alias", op.__add__(2, 3), 5)
c.eq("doc", op.add.__doc__, ref.add.__doc__)
sys.exit(c.summary())
