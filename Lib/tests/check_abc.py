"""Differential check: Lib/abc.py against CPython's abc."""
import abc as ref
import gc
import sys

from _loader import load, Checker

ab = load("abc")
c = Checker("abc")

for name in ("ABC", "ABCMeta", "abstractmethod", "abstractclassmethod",
             "abstractstaticmethod", "abstractproperty", "get_cache_token",
             "update_abstractmethods"):
    c.true("has " + name, hasattr(ab, name))


def world(mod):
    """Build the same class hierarchy with one abc implementation."""
    out = {}

    class Shape(mod.ABC):
        @mod.abstractmethod
        def area(self):
            ...

        @property
        @mod.abstractmethod
        def name(self):
            ...

        def describe(self):
            return "shape"

    class Half(Shape):
        def area(self):
            return 1

    class Square(Half):
        name = "square"

    class Sized(metaclass=mod.ABCMeta):
        @classmethod
        def __subclasshook__(cls, C):
            if cls is Sized:
                return any("__len__" in B.__dict__ for B in C.__mro__)
            return NotImplemented

    class Plain:
        pass

    class PlainChild(Plain):
        pass

    class Other(mod.ABC):
        pass

    class OtherChild(Other):
        pass

    out.update(Shape=Shape, Half=Half, Square=Square, Sized=Sized,
               Plain=Plain, PlainChild=PlainChild, Other=Other,
               OtherChild=OtherChild)
    results = []
    for cname in ("Shape", "Half", "Square"):
        results.append((cname, sorted(out[cname].__abstractmethods__)))
        try:
            out[cname]()
            results.append("instantiated")
        except TypeError as e:
            results.append(str(e))
    checks = [(a, b) for a in out for b in out]
    values = [1, "s", [], Square(), Plain(), PlainChild()]

    def table():
        rows = []
        for a, b in checks:
            rows.append((a, b, issubclass(out[a], out[b])))
        for v in values:
            for b in out:
                rows.append((type(v).__name__, b, isinstance(v, out[b])))
        for t in (list, str, int, dict):
            rows.append((t.__name__, "Sized", issubclass(t, out["Sized"])))
        return rows

    results.append(table())
    token = mod.get_cache_token()
    results.append(out["Other"].register(out["Plain"]) is out["Plain"])
    results.append(mod.get_cache_token() != token)
    results.append(table())
    results.append(out["Other"].register(out["OtherChild"]) is out["OtherChild"])
    try:
        out["OtherChild"].register(out["Other"])
    except RuntimeError as e:
        results.append(str(e))
    try:
        out["Other"].register(5)
    except TypeError as e:
        results.append(str(e))

    @out["Shape"].register
    class Virtual:
        pass
    results.append((issubclass(Virtual, out["Shape"]),
                    isinstance(Virtual(), out["Shape"])))
    results.append(issubclass(bool, out["Sized"]))
    try:
        issubclass(5, out["Shape"])
    except TypeError as e:
        results.append(str(e))

    # abstract class/static methods and properties
    class Mixed(mod.ABC):
        @mod.abstractclassmethod
        def cm(cls):
            ...

        @mod.abstractstaticmethod
        def sm():
            ...

        @mod.abstractproperty
        def prop(self):
            ...

        @classmethod
        @mod.abstractmethod
        def cm2(cls):
            ...
    results.append(sorted(Mixed.__abstractmethods__))

    # update_abstractmethods after patching a method in
    class Late(mod.ABC):
        @mod.abstractmethod
        def go(self):
            ...
    Late.go = lambda self: 1
    mod.update_abstractmethods(Late)
    results.append((sorted(Late.__abstractmethods__), Late().go()))
    results.append(type(Mixed).__name__)
    results.append(mod.ABC.__slots__)
    return results


got, want = world(ab), world(ref)
c.eq("world length", len(got), len(want))
for i, (g, w) in enumerate(zip(got, want)):
    if isinstance(w, list) and w and isinstance(w[0], tuple) and len(w[0]) == 3:
        for row_g, row_w in zip(g, w):
            c.eq("world[%d] %r" % (i, row_w[:2]), row_g, row_w)
    else:
        c.eq("world[%d]" % i, g, w)

# Registries hold classes weakly.
class Reg(ab.ABC):
    pass


def make():
    class Temp:
        pass
    Reg.register(Temp)
    return len(Reg._abc_registry)


c.eq("registry grew", make(), 1)
gc.collect()
c.eq("registry forgets dead classes", len(list(Reg._abc_registry)), 0)
sys.exit(c.summary())
