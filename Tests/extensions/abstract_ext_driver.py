# Driver for abstract_ext: the abstract object layer.
import abstract_ext as m
from extshow import show, section

section("attributes")


class Obj:
    cls_attr = "class level"

    def __init__(self):
        self.x = 1

    @property
    def prop(self):
        return "property value"

    @property
    def broken(self):
        raise ValueError("broken property")

    def method(self, *args, **kwargs):
        return ("method", args, tuple(sorted(kwargs.items())))


o = Obj()
show("getattr x", m.getattr, o, "x")
show("getattr cls_attr", m.getattr, o, "cls_attr")
show("getattr prop", m.getattr, o, "prop")
show("getattr missing", m.getattr, o, "missing")
show("getattr broken", m.getattr, o, "broken")
show("getattr nonstr", m.getattr, o, 5)
show("getattr_string", m.getattr_string, o, "x")
show("getattr_string int.real", m.getattr_string, 5, "real")
show("getattr_string missing", m.getattr_string, 5, "nope")
show("setattr y", m.setattr, o, "y", [1])
print("  o.y =", o.y)
show("delattr y", m.setattr, o, "y")
show("delattr y again", m.setattr, o, "y")
show("setattr on int", m.setattr, 5, "y", 1)
show("setattr prop", m.setattr, o, "prop", 1)
show("setattr_string", m.setattr_string, o, "z", "zz")
print("  o.z =", o.z)

section("calls")


def f(*args, **kwargs):
    return (args, tuple(sorted(kwargs.items())))


def fails(*args, **kwargs):
    raise KeyError("from callee")


show("call_all_ways pos", m.call_all_ways, f, (1, 2), None)
show("call_all_ways kw", m.call_all_ways, f, (1,), {"b": 2, "a": 3})
show("call_all_ways empty", m.call_all_ways, f, (), {})
show("call_all_ways builtin", m.call_all_ways, max, (3, 9, 2), None)
show("call_all_ways builtin kw", m.call_all_ways, sorted, ([3, 1, 2],), {"reverse": True})
show("call_all_ways type", m.call_all_ways, dict, (), {"a": 1})
show("call_all_ways bound", m.call_all_ways, o.method, (1,), {"k": 2})
show("call_all_ways fails", m.call_all_ways, fails, (), None)
show("call_all_ways not callable", m.call_all_ways, 5, (), None)
show("call_all_ways bad kw", m.call_all_ways, len, ([],), {"x": 1})
show("call_helpers", m.call_helpers, f)
show("call_methods", m.call_methods, o)
show("call_method_missing", m.call_method_missing, o)

section("compare, hash, truth, strings")
show("richcompare 1 2", m.richcompare, 1, 2)
show("richcompare str", m.richcompare, "b", "a")
show("richcompare list", m.richcompare, [1, 2], [1, 2])
show("richcompare mixed", m.richcompare, 1, "a")
show("richcompare none", m.richcompare, None, None)


class Cmp:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return "eq-result"

    def __lt__(self, other):
        raise RuntimeError("no ordering")


show("richcompare custom", m.richcompare, Cmp(1), Cmp(2))
show("hash int", m.hash, 12345)
show("hash -1", m.hash, -1)
show("hash str equal", lambda: m.hash("abc") == hash("abc"))
show("hash tuple", m.hash, (1, 2))
show("hash list", m.hash, [1])
show("hash float", m.hash, 1.5)
for v in [0, 1, "", "a", [], [0], None, 0.0, Cmp(1)]:
    show(f"truth {type(v).__name__} {v if not isinstance(v, Cmp) else 'Cmp'}", m.truth, v)
show("strings str", m.strings, "h\u00e9\n")
show("strings list", m.strings, [1, "a"])

section("items and iteration")
d = {"a": 1}
show("items get", m.items, d, "a")
show("items set", m.items, d, "b", 2)
show("items missing", m.items, d, "zz")
show("items list", m.items, [10, 20, 30], -1)
show("items list slice", m.items, [10, 20, 30], slice(0, 2))
show("items list bad index", m.items, [10], 5)
show("items list str index", m.items, [10], "a")
show("items int", m.items, 5, 0)
show("items unhashable", m.items, d, [])
show("delitem", m.delitem, d, "a")
show("delitem missing", m.delitem, d, "a")
show("iterate list", m.iterate, [1, 2, 3])
show("iterate dict", m.iterate, {"x": 1, "y": 2})
show("iterate str", m.iterate, "ab\u00e9")
show("iterate range", m.iterate, range(2, 10, 3))
show("iterate gen", m.iterate, (i * i for i in range(4)))


def bad_gen():
    yield 1
    raise ValueError("mid-iteration")


show("iterate failing", m.iterate, bad_gen())
show("iterate int", m.iterate, 5)


class OldSeq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


show("iterate __getitem__", m.iterate, OldSeq())
show("length list", m.length, [1, 2])
show("length int", m.length, 1)

section("numbers")
for a, b in [(7, 3), (-7, 2), (7.5, 2), (2, 0), ("ab", 3), ([1], [2]), (1, "x"), (2**70, 3), (True, True),
             ({1, 2}, {2, 3})]:
    print(f"number_binary({a!r}, {b!r})")
    for name, r in m.number_binary(a, b):
        print(f"  {name}: {r!r}")
show("number_unary int", m.number_unary, -5)
show("number_unary bool", m.number_unary, True)
show("number_unary float", m.number_unary, -2.5)
show("number_unary str", m.number_unary, "x")
lst = [1]
r = m.number_inplace(lst, [2], 2)
print("number_inplace list ->", r, "same object:", r[0] is lst)
show("number_inplace int", m.number_inplace, 3, 4, 5)
show("number_inplace str", m.number_inplace, "a", "b", 2)
show("number_inplace fails", m.number_inplace, "a", 1, 2)
show("number_power_mod", m.number_power_mod, 3, 200, 7)
show("number_power_mod float", m.number_power_mod, 3.0, 2, 7)


class Idx:
    def __index__(self):
        return 2**80


for v in [5, True, -3, 2**70, -2**70, Idx(), 1.5, "3"]:
    show(f"index_ops {v!r:.20}" if not isinstance(v, Idx) else "index_ops Idx", m.index_ops, v)
show("to_base 2", m.to_base, 10, 2)
show("to_base 8", m.to_base, -10, 8)
show("to_base 16", m.to_base, 255, 16)
show("to_base 10", m.to_base, 255, 10)
show("to_base 3", m.to_base, 255, 3)
show("to_base float", m.to_base, 1.0, 2)

section("sequences and mappings")
show("sequence_ops list", m.sequence_ops, [3, 1, 3, 2])
show("sequence_ops tuple", m.sequence_ops, ("a", "b", "c"))
show("sequence_ops str", m.sequence_ops, "hello")
show("sequence_ops empty", m.sequence_ops, [])
show("sequence_ops dict", m.sequence_ops, {1: 2})
show("sequence_fast_sum", m.sequence_fast_sum, [1, 2.5, 3])
show("sequence_fast_sum gen", m.sequence_fast_sum, (x / 2 for x in range(5)))
show("sequence_fast_sum int", m.sequence_fast_sum, 5)
show("sequence_fast_sum bad", m.sequence_fast_sum, [1, "x"])
show("sequence_mutate", m.sequence_mutate, [1, 2, 3, 4])
show("sequence_mutate tuple", m.sequence_mutate, (1, 2))
show("mapping_ops", m.mapping_ops, {"b": 1, "a": 2})
show("mapping_ops list", m.mapping_ops, [1])
show("mapping_get_missing", m.mapping_get_missing, {})
for v in [len, Obj, o, o.method, 5, iter([]), [], {}, "s", int]:
    name = v.__name__ if hasattr(v, "__name__") else type(v).__name__
    show(f"type_checks {name}", m.type_checks, v)

section("isinstance / issubclass")


class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == "magic"

    def __subclasscheck__(cls, sub):
        return sub is int


class Magic(metaclass=Meta):
    pass


class Sub(Obj):
    pass


show("isinstance 1 int", m.isinstance, 1, int)
show("isinstance True int", m.isinstance, True, int)
show("isinstance tuple", m.isinstance, 1.5, (str, float))
show("isinstance sub", m.isinstance, Sub(), Obj)
show("isinstance magic", m.isinstance, "magic", Magic)
show("isinstance not magic", m.isinstance, "other", Magic)
show("isinstance bad", m.isinstance, 1, 5)
show("issubclass bool int", m.issubclass, bool, int)
show("issubclass tuple", m.issubclass, Sub, (int, Obj))
show("issubclass magic", m.issubclass, int, Magic)
show("issubclass not class", m.issubclass, 1, int)

section("import, dir, format")
show("import math.pi", m.import_, "math", "pi")
show("import missing", m.import_, "no_such_module_xyz", "x")
show("import attr missing", m.import_, "math", "no_such_attr")
show("import_object", m.import_object, "abstract_ext")
show("dir", lambda: [n for n in m.dir(o) if not n.startswith("__")])
show("format", m.format, 3.14159, ".2f")
show("format int", m.format, 255, "#x")
show("format bad", m.format, 1, "q")
