"""Differential check: Lib/copy.py (with Lib/copyreg.py) against CPython."""
import copy as ref
import copyreg as ref_copyreg
import sys

from _loader import load, Checker

cp = load("copy", deps=("copyreg", "types"))
creg = load("copyreg")
c = Checker("copy")


class Plain:
    def __init__(self, v):
        self.v = v
        self.lst = [v, [v]]

    def __eq__(self, o):
        return type(o) is type(self) and vars(o) == vars(self)


class Slots:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = [1]
        self.b = {"k": [2]}


class WithCopy:
    def __init__(self):
        self.log = []

    def __copy__(self):
        n = WithCopy()
        n.log = self.log + ["copy"]
        return n

    def __deepcopy__(self, memo):
        n = WithCopy()
        n.log = self.log + ["deepcopy", type(memo).__name__]
        return n


class State:
    def __init__(self):
        self.x = [1]

    def __getstate__(self):
        return {"x": self.x, "extra": 1}

    def __setstate__(self, st):
        self.__dict__.update(st)
        self.restored = True


class Reduce:
    def __init__(self, a):
        self.a = a

    def __reduce__(self):
        return (Reduce, (self.a,))


class ListSub(list):
    pass


class DictSub(dict):
    pass


def describe(x, seen=None):
    """Structure of x with identity classes, to compare copies."""
    if seen is None:
        seen = {}
    if id(x) in seen:
        return ("@", seen[id(x)])
    seen[id(x)] = len(seen)
    if isinstance(x, (list, tuple, set, frozenset)):
        items = x if not isinstance(x, (set, frozenset)) else sorted(x, key=repr)
        return (type(x).__name__, [describe(i, seen) for i in items])
    if isinstance(x, dict):
        return ("dict", type(x).__name__,
                [(describe(k, seen), describe(v, seen)) for k, v in x.items()])
    if hasattr(x, "__dict__") and not isinstance(x, type):
        return (type(x).__name__, describe(vars(x), seen))
    if hasattr(x, "__slots__"):
        return (type(x).__name__, [describe(getattr(x, s, None), seen)
                                   for s in x.__slots__])
    return ("atom", repr(x) if not callable(x) else id(x))


def sharing(orig, dup):
    """Which top-level parts were shared (is) between orig and dup."""
    def parts(x):
        if isinstance(x, (list, tuple)):
            return list(x)
        if isinstance(x, dict):
            return list(x.values())
        if hasattr(x, "__dict__"):
            return list(vars(x).values())
        if hasattr(x, "__slots__"):
            return [getattr(x, s) for s in x.__slots__]
        return []
    return (dup is orig, [a is b for a, b in zip(parts(orig), parts(dup))])


rec = [1, 2]
rec.append(rec)
rect = ([],)
rect[0].append(rect)
shared = [1]
samples = [1, 2.5, "s", b"b", None, (1, 2), (1, [2]), [1, [2, 3]], {"a": [1]},
           {1, 2}, frozenset([1, (2,)]), bytearray(b"xy"), range(3), slice(1, 2),
           Plain(3), Slots(), WithCopy(), State(), Reduce([5]), ListSub([1, [2]]),
           DictSub(a=[1]), rec, rect, [shared, shared], len, Plain, int,
           complex(1, 2), property(), ((),), (frozenset([1]),), Ellipsis,
           NotImplemented, type(None), 10**30, True]
for x in samples:
    for fn in ("copy", "deepcopy"):
        g = getattr(cp, fn)(x)
        w = getattr(ref, fn)(x)
        c.eq("%s %s structure" % (fn, type(x).__name__), describe(g), describe(w))
        c.eq("%s %s sharing" % (fn, type(x).__name__), sharing(x, g), sharing(x, w))
        c.eq("%s %s type" % (fn, type(x).__name__), type(g), type(w))

d = cp.deepcopy(rec)
c.true("deepcopy recursive list", d[2] is d and d is not rec)
dt = cp.deepcopy(rect)
c.true("deepcopy recursive tuple", dt[0][0] is dt)
memo = {}
a = cp.deepcopy([shared, shared], memo)
c.true("deepcopy memo keeps sharing", a[0] is a[1] and a[0] is not shared)
c.true("memo filled", id(shared) in memo)
c.eq("WithCopy hooks", (cp.copy(WithCopy()).log, cp.deepcopy(WithCopy()).log),
     (["copy"], ["deepcopy", "dict"]))
c.true("State restored", cp.copy(State()).restored)


class NoCopy:
    def __reduce_ex__(self, proto):
        raise TypeError("nope")


c.same("uncopyable", lambda: cp.copy(NoCopy()), lambda: ref.copy(NoCopy()))
c.true("Error alias", cp.error is cp.Error)

# copyreg: dispatch_table is honoured by copy.
class Point:
    def __init__(self, x):
        self.x = x


calls = []
creg.pickle(Point, lambda p: (calls.append(1) or Point, (p.x * 10,)))
c.eq("copyreg dispatch used by copy", (cp.copy(Point(2)).x, len(calls)), (20, 1))
c.same("copyreg.pickle non-callable", lambda: creg.pickle(Point, 5),
       lambda: ref_copyreg.pickle(Point, 5))
for cls in (Slots, Plain, ListSub):
    if "__slotnames__" in cls.__dict__:
        del cls.__slotnames__
    c.eq("_slotnames %s" % cls.__name__, creg._slotnames(cls),
         ref_copyreg._slotnames(cls))


class Mangled:
    __slots__ = ("__priv", "pub", "__dict__")


c.eq("_slotnames mangled", creg._slotnames(Mangled), ["_Mangled__priv", "pub"])
c.eq("__newobj__", type(creg.__newobj__(ListSub)), ListSub)
c.eq("__newobj_ex__", creg.__newobj_ex__(complex, (1,), {"imag": 2}), 1 + 2j)
c.eq("_reduce_ex proto 1", creg._reduce_ex(Plain(1), 1)[0] is creg._reconstructor, True)
obj = creg._reconstructor(*creg._reduce_ex(Plain(1), 1)[1])
c.eq("_reconstructor", type(obj), Plain)
creg.add_extension("m", "n", 123)
c.same("add_extension dup", lambda: creg.add_extension("m", "x", 123),
       lambda: (_ for _ in ()).throw(ValueError(
           "code 123 is already in use for key ('m', 'n')")))
creg.remove_extension("m", "n", 123)
c.eq("extension removed", creg._extension_registry, {})
sys.exit(c.summary())
