"""Differential checks for the small modules: bisect, keyword, reprlib, types."""
import bisect as ref_bisect
import keyword as ref_keyword
import random
import reprlib as ref_reprlib
import sys
import types as ref_types

from _loader import load, Checker

bis = load("bisect")
kw = load("keyword")
rl = load("reprlib", deps=("itertools",))
ty = load("types")
c = Checker("bisect/keyword/reprlib/types")
rng = random.Random(2)

# bisect
for trial in range(400):
    a = sorted(rng.randrange(10) for _ in range(rng.randrange(12)))
    x = rng.randrange(-1, 11)
    lo = rng.randrange(0, len(a) + 1)
    hi = rng.choice([None, rng.randrange(lo, len(a) + 1)])
    for fn in ("bisect_left", "bisect_right", "bisect"):
        c.eq("%s %r %r" % (fn, a, x), getattr(bis, fn)(a, x, lo, hi),
             getattr(ref_bisect, fn)(a, x, lo, hi))
    keyed = [(v, str(v)) for v in a]
    for fn in ("bisect_left", "bisect_right"):
        c.eq("%s key" % fn, getattr(bis, fn)(keyed, x, key=lambda t: t[0]),
             getattr(ref_bisect, fn)(keyed, x, key=lambda t: t[0]))
    for fn in ("insort_left", "insort_right", "insort"):
        b1, b2 = list(keyed), list(keyed)
        item = (x, "new")
        getattr(bis, fn)(b1, item, key=lambda t: t[0])
        getattr(ref_bisect, fn)(b2, item, key=lambda t: t[0])
        c.eq("%s key" % fn, b1, b2)
        b1, b2 = list(a), list(a)
        getattr(bis, fn)(b1, x, lo, hi)
        getattr(ref_bisect, fn)(b2, x, lo, hi)
        c.eq(fn, b1, b2)
c.same("bisect lo<0", lambda: bis.bisect_left([1], 1, -1),
       lambda: ref_bisect.bisect_left([1], 1, -1))
c.same("insort lo<0", lambda: bis.insort([1], 1, -1),
       lambda: ref_bisect.insort([1], 1, -1))

# keyword
c.eq("kwlist", kw.kwlist, ref_keyword.kwlist)
c.eq("softkwlist", kw.softkwlist, ref_keyword.softkwlist)
for w in ref_keyword.kwlist + ref_keyword.softkwlist + ["print", "", "Match"]:
    c.eq("iskeyword " + w, kw.iskeyword(w), ref_keyword.iskeyword(w))
    c.eq("issoftkeyword " + w, kw.issoftkeyword(w), ref_keyword.issoftkeyword(w))
c.eq("keyword __all__", kw.__all__, ref_keyword.__all__)

# reprlib
class Big:
    def __repr__(self):
        return "<Big " + "x" * 50 + ">"


class Boom:
    def __repr__(self):
        raise RuntimeError


objects = [1, 10**50, -10**60, "short", "a" * 100, "q'uote" * 10, [1, 2],
           list(range(20)), tuple(range(10)), (1,), (), [], {}, set(), frozenset(),
           {i: str(i) for i in range(10)}, set(range(12)), frozenset(range(3)),
           [[[[[[[[1]]]]]]]], {"a": [1, {"b": (2, [3, [4, [5]]])}]}, Big(),
           [Big()] * 3, {3, "a"}, {1: 2, "x": 3}, b"bytes" * 20, 3.14159,
           __import__("collections").deque(range(9))]
for o in objects:
    c.eq("reprlib.repr %s" % type(o).__name__, rl.repr(o), ref_reprlib.repr(o))
for attrs in [{"maxlist": 2}, {"maxstring": 5}, {"maxlevel": 1},
              {"maxdict": 1, "fillvalue": "<>"}, {"maxlong": 4}, {"maxother": 8}]:
    r1, r2 = rl.Repr(), ref_reprlib.Repr()
    for k, v in attrs.items():
        setattr(r1, k, v)
        setattr(r2, k, v)
    for o in objects:
        c.eq("Repr %r %s" % (attrs, type(o).__name__), r1.repr(o), r2.repr(o))
c.eq("Repr Boom", rl.repr(Boom()).split(" at ")[0],
     ref_reprlib.repr(Boom()).split(" at ")[0])
c.eq("Repr defaults", vars(rl.Repr()), vars(ref_reprlib.Repr()))


def rec_class(mod):
    class Node:
        def __init__(self):
            self.kids = []

        @mod.recursive_repr()
        def __repr__(self):
            "node repr"
            return "Node(%r)" % self.kids
    n = Node()
    n.kids.append(n)
    n.kids.append(Node())
    return repr(n), Node.__repr__.__doc__, Node.__repr__.__name__


c.eq("recursive_repr", rec_class(rl), rec_class(ref_reprlib))

# types
for name in ref_types.__all__:
    if name in ("new_class", "resolve_bases", "prepare_class",
                "DynamicClassAttribute", "coroutine"):
        c.true("has " + name, hasattr(ty, name))
        continue
    c.true("types.%s identical" % name, getattr(ty, name) is getattr(ref_types, name))


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return {"prepared": kw}

    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class Base(metaclass=Meta):
    pass


class Entry:
    def __mro_entries__(self, bases):
        return (Base,)


for mod, tag in ((ty, "ours"), (ref_types, "ref")):
    pass


def nc(mod):
    C = mod.new_class("C", (Base,), {"flag": 1}, lambda ns: ns.update(x=5))
    D = mod.new_class("D", (Entry(),))
    meta, ns, kwds = mod.prepare_class("E", (Base,), {"flag": 2})
    return (type(C).__name__, C.x, C.prepared, type(D).__name__, D.__bases__ == (Base,),
            "__orig_bases__" in D.__dict__, meta.__name__, ns, kwds,
            mod.resolve_bases((int, Entry())) == (int, Base))


c.eq("new_class/prepare_class", nc(ty), nc(ref_types))


class M1(type):
    pass


class M2(type):
    pass


c.same("metaclass conflict",
       lambda: ty.new_class("X", (M1("A", (), {}), M2("B", (), {}))),
       lambda: ref_types.new_class("X", (M1("A", (), {}), M2("B", (), {}))))
ns = ty.SimpleNamespace(a=1, b=[2])
c.eq("SimpleNamespace", (repr(ns), ns == ref_types.SimpleNamespace(a=1, b=[2])),
     ("namespace(a=1, b=[2])", True))


class DCA:
    @ty.DynamicClassAttribute
    def name(self):
        "dyn doc"
        return "inst"


c.eq("DynamicClassAttribute instance", DCA().name, "inst")
c.raises("DynamicClassAttribute class", AttributeError, lambda: DCA.name)
c.true("coroutine returns func", callable(ty.coroutine(lambda: 1)))
sys.exit(c.summary())
