"""Differential check: Lib/functools.py against CPython's functools."""
import collections.abc as cabc
import functools as ref
import random
import sys

from _loader import load, Checker

ft = load("functools")
c = Checker("functools")
rng = random.Random(5)

for name in ref.__all__:
    c.true("has " + name, hasattr(ft, name))
c.eq("WRAPPER_ASSIGNMENTS", ft.WRAPPER_ASSIGNMENTS, ref.WRAPPER_ASSIGNMENTS)
c.eq("WRAPPER_UPDATES", ft.WRAPPER_UPDATES, ref.WRAPPER_UPDATES)


def f(a, b=2, *rest, k=3, **kw):
    "doc of f"
    return (a, b, rest, k, kw)


# partial
for args, kw, callargs, callkw in [((), {}, (1,), {}), ((1,), {}, (), {}),
                                   ((1, 2, 3), {"k": 9}, (4,), {"k": 10}),
                                   ((), {"b": 5}, (0,), {"z": 1})]:
    c.same("partial %r %r" % (args, kw),
           lambda: ft.partial(f, *args, **kw)(*callargs, **callkw),
           lambda: ref.partial(f, *args, **kw)(*callargs, **callkw))
    c.eq("partial repr", repr(ft.partial(f, *args, **kw)),
         repr(ref.partial(f, *args, **kw)))
p = ft.partial(ft.partial(f, 1, k=0), 2, x=1)
q = ref.partial(ref.partial(f, 1, k=0), 2, x=1)
c.eq("partial flatten", (p.func is f, p.args, p.keywords),
     (q.func is f, q.args, q.keywords))
c.eq("partial nested repr", repr(p), repr(q))
c.same("partial non-callable", lambda: ft.partial(5), lambda: ref.partial(5))
p.attr = 1
c.eq("partial attribute", p.attr, 1)


class MyPartial(ft.partial):
    pass


class RefPartial(ref.partial):
    pass


RefPartial.__name__ = RefPartial.__qualname__ = "MyPartial"
c.eq("partial subclass repr", repr(MyPartial(f, 1)), repr(RefPartial(f, 1)))


class Cell:
    def __init__(self):
        self.v = None

    def set(self, v, scale=1):
        self.v = v * scale
        return self.v

    set_two = ft.partialmethod(set, 2)
    set_scaled = ft.partialmethod(set, scale=10)

    @classmethod
    def cm(cls, x, y):
        return (cls.__name__, x, y)
    cm1 = ft.partialmethod(cm, 1)


cell = Cell()
c.eq("partialmethod", (cell.set_two(), cell.v, cell.set_scaled(3)), (2, 2, 30))
c.eq("partialmethod classmethod", Cell.cm1(5), ("Cell", 1, 5))
c.eq("partialmethod classmethod inst", cell.cm1(6), ("Cell", 1, 6))

# reduce
for seq in [[], [1], [1, 2, 3, 4], "abc", range(10)]:
    for init in ((), (100,), ("",)):
        c.same("reduce %r %r" % (seq, init),
               lambda: ft.reduce(lambda a, b: a + b, seq, *init),
               lambda: ref.reduce(lambda a, b: a + b, seq, *init))
c.same("reduce non-iterable", lambda: ft.reduce(max, 5),
       lambda: ref.reduce(max, 5))

# update_wrapper / wraps
def deco(mod):
    def outer(fn):
        @mod.wraps(fn)
        def inner(*a, **k):
            return fn(*a, **k)
        return inner
    return outer


def g(x: int) -> int:
    "g doc"
    return x + 1
g.extra = "e"
w1, w2 = deco(ft)(g), deco(ref)(g)
for attr in ("__name__", "__qualname__", "__doc__", "__module__",
             "__annotations__", "extra"):
    c.eq("wraps " + attr, getattr(w1, attr), getattr(w2, attr))
c.true("wraps __wrapped__", w1.__wrapped__ is g)
c.eq("wrapped call", w1(3), 4)


# lru_cache: identical call streams give identical stats and results.
def stream_stats(mod, maxsize, typed):
    calls = []

    @mod.lru_cache(maxsize=maxsize, typed=typed)
    def sq(x, y=0):
        calls.append((x, y))
        return x * x + y

    out = []
    r = random.Random(1)
    for _ in range(300):
        x = r.choice([1, 2, 3, 4, 5, 1.0, 2.0, True])
        if r.random() < 0.3:
            out.append(sq(x, y=r.randrange(2)))
        else:
            out.append(sq(x))
        out.append(tuple(sq.cache_info()))
    out.append(calls)
    out.append(repr(sq.cache_info()))
    out.append(sq.cache_parameters())
    sq.cache_clear()
    out.append(tuple(sq.cache_info()))
    return out


for maxsize in (None, 0, 1, 2, 3, 128):
    for typed in (False, True):
        c.eq("lru stream %r %r" % (maxsize, typed),
             stream_stats(ft, maxsize, typed), stream_stats(ref, maxsize, typed))


@ft.lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


c.eq("lru bare decorator fib", fib(80), 23416728348467685)
c.eq("lru fib info", tuple(fib.cache_info()), (78, 81, 128, 81))
c.eq("lru info fields", (fib.cache_info().hits, fib.cache_info().currsize),
     (78, 81))


@ft.cache
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)


c.eq("cache", (fact(20), fact.cache_info().maxsize), (2432902008176640000, None))
c.same("lru bad maxsize", lambda: ft.lru_cache("x"), lambda: ref.lru_cache("x"))
c.same("lru unhashable", lambda: fib([1]), lambda: ref.lru_cache(lambda x: x)([1]))


class Meth:
    def __init__(self):
        self.n = 0

    @ft.lru_cache(maxsize=None)
    def get(self, x):
        self.n += 1
        return x * 2


m = Meth()
c.eq("lru method", (m.get(2), m.get(2), m.n), (4, 4, 1))

# cached_property
class CP:
    count = 0

    @ft.cached_property
    def val(self):
        "val doc"
        CP.count += 1
        return 42


o = CP()
c.eq("cached_property", (o.val, o.val, CP.count, o.__dict__), (42, 42, 1, {"val": 42}))
del o.val
c.eq("cached_property recompute", (o.val, CP.count), (42, 2))
c.true("cached_property class access", isinstance(CP.val, ft.cached_property))
c.eq("cached_property doc", CP.val.__doc__, "val doc")


class Slotted:
    __slots__ = ()
    x = ft.cached_property(lambda self: 1)


class SlottedRef:
    __slots__ = ()
    x = ref.cached_property(lambda self: 1)


SlottedRef.__name__ = "Slotted"
c.same("cached_property no dict", lambda: Slotted().x, lambda: SlottedRef().x)
bare = ft.cached_property(lambda self: 1)
bare_ref = ref.cached_property(lambda self: 1)
c.same("cached_property no set_name", lambda: bare.__get__(o, CP),
       lambda: bare_ref.__get__(o, CP))

# total_ordering: every root, every comparison, incl. NotImplemented paths.
def make_classes(mod):
    out = {}
    for root in ("__lt__", "__le__", "__gt__", "__ge__"):
        def cmp(self, other, root=root):
            if not isinstance(other, type(self)):
                return NotImplemented
            return {"__lt__": self.v < other.v, "__le__": self.v <= other.v,
                    "__gt__": self.v > other.v, "__ge__": self.v >= other.v}[root]
        ns = {"__init__": lambda self, v: setattr(self, "v", v), root: cmp,
              "__eq__": lambda self, o: isinstance(o, type(self)) and self.v == o.v,
              "__hash__": None}
        out[root] = mod.total_ordering(type("T" + root, (), ns))
    return out


ours_cls, ref_cls = make_classes(ft), make_classes(ref)
for root in ours_cls:
    for a in range(3):
        for b in range(3):
            for opname in ("<", "<=", ">", ">="):
                expr = "x %s y" % opname
                c.eq("total_ordering %s %d%s%d" % (root, a, opname, b),
                     eval(expr, {"x": ours_cls[root](a), "y": ours_cls[root](b)}),
                     eval(expr, {"x": ref_cls[root](a), "y": ref_cls[root](b)}))
            for opname in ("<", "<=", ">", ">="):
                c.same("total_ordering mixed %s %s" % (root, opname),
                       lambda: eval("x %s 1" % opname, {"x": ours_cls[root](a)}),
                       lambda: eval("x %s 1" % opname, {"x": ref_cls[root](a)}))
c.same("total_ordering none", lambda: ft.total_ordering(type("E", (), {})),
       lambda: ref.total_ordering(type("E", (), {})))
for root in ours_cls:
    for opn in ("__lt__", "__le__", "__gt__", "__ge__"):
        c.eq("total_ordering names %s %s" % (root, opn),
             getattr(ours_cls[root], opn).__name__,
             getattr(ref_cls[root], opn).__name__)

# cmp_to_key
data = [rng.randrange(50) for _ in range(100)]
cmpf = lambda a, b: (a % 7 > b % 7) - (a % 7 < b % 7)
c.eq("cmp_to_key sort", sorted(data, key=ft.cmp_to_key(cmpf)),
     sorted(data, key=ref.cmp_to_key(cmpf)))
K = ft.cmp_to_key(cmpf)
c.raises("cmp_to_key hash", TypeError, lambda: hash(K(1)))
c.eq("cmp_to_key eq", (K(7) == K(14), K(1) < K(2), K(2) >= K(9)), (True, True, True))


# singledispatch
def build_sd(mod):
    @mod.singledispatch
    def show(x):
        "generic"
        return "object"

    @show.register(int)
    def _(x):
        return "int"

    @show.register
    def _(x: list):
        return "list"

    show.register(float, lambda x: "float")

    @show.register(cabc.Mapping)
    def _(x):
        return "mapping"

    @show.register(cabc.Sequence)
    def _(x):
        return "sequence"

    @show.register(str)
    def _(x):
        return "str"

    @show.register(int | bytes)
    def _(x):
        return "int|bytes"
    return show


s1, s2 = build_sd(ft), build_sd(ref)


class MyDict(dict):
    pass


class MyList(list):
    pass


class Seq(cabc.Sequence):
    def __getitem__(self, i):
        raise IndexError

    def __len__(self):
        return 0


samples = [1, True, 2.5, "s", b"b", [1], MyList(), (1,), {}, MyDict(), Seq(),
           None, object(), range(3), frozenset()]
for v in samples:
    c.same("singledispatch %r" % (type(v),), lambda: s1(v), lambda: s2(v))
c.eq("singledispatch doc", s1.__doc__, "generic")
c.eq("singledispatch registry keys", set(s1.registry), set(s2.registry))
c.true("singledispatch dispatch", s1.dispatch(bool) is s1.registry[int])
c.same("singledispatch no args", lambda: s1(), lambda: s2())
c.same("register bad", lambda: s1.register(5, lambda x: 1),
       lambda: s2.register(5, lambda x: 1))
lam = lambda x: 1
c.same("register unannotated", lambda: s1.register(lam),
       lambda: s2.register(lam))


class Later:
    pass


cabc_ = cabc


class Disp:
    @ft.singledispatchmethod
    def go(self, arg):
        return "default"

    @go.register
    def _(self, arg: int):
        return "int %d" % arg

    @go.register(str)
    def _(self, arg):
        return "str " + arg

    @ft.singledispatchmethod
    @classmethod
    def cgo(cls, arg):
        return ("cls default", cls.__name__)

    @cgo.register(int)
    @classmethod
    def _(cls, arg):
        return ("cls int", cls.__name__)


d = Disp()
c.eq("singledispatchmethod", (d.go(1), d.go("x"), d.go(2.0)),
     ("int 1", "str x", "default"))
c.eq("singledispatchmethod classmethod", (Disp.cgo(1), Disp.cgo("a")),
     (("cls int", "Disp"), ("cls default", "Disp")))

# Registering an ABC-registered virtual subclass after first dispatch.
def abc_late(mod):
    import abc

    class Shape(abc.ABC):
        pass

    class Square:
        pass

    @mod.singledispatch
    def area(x):
        return "generic"

    @area.register(Shape)
    def _(x):
        return "shape"

    first = area(Square())
    Shape.register(Square)
    return first, area(Square())


c.eq("singledispatch abc cache invalidation", abc_late(ft), abc_late(ref))
sys.exit(c.summary())
