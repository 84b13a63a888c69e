# Driver for argparse_ext: every PyArg_* format unit, its error messages, and Py_BuildValue.
import argparse_ext as m
from extshow import show, section

section("int units")
show("int_units ok", m.int_units, 255, -32768, -2**31, -2**63, 2**63 - 1, 2**64 - 1, 2**64 - 1, -2**63)
show("int_units k mask", m.int_units, 0, 0, 0, 0, 0, -1, -1, 0)
show("int_units k huge", m.int_units, 0, 0, 0, 0, 0, 2**64 + 5, 2**70 + 3, 0)
show("int_units count", m.int_units, 1, 2, 3)
show("int_units none", m.int_units)
for name, good, bad in [
    ("b", [0, 255], [-1, 256, 1.5, "x", None]),
    ("B", [0, 255, 256, -1, 2**40 + 7], [1.5, "x"]),
    ("h", [-32768, 32767], [-32769, 32768, 2.0]),
    ("H", [0, 65535, 65536, -1], [1.0]),
    ("i", [-2**31, 2**31 - 1, True], [-2**31 - 1, 2**31, 2**100, 3.0, "3", b"3"]),
    ("I", [0, 2**32 - 1, 2**32, -1], [1.5]),
    ("l", [-2**63, 2**63 - 1], [2**63, -2**63 - 1, 1.0]),
    ("n", [-2**63, 2**63 - 1], [2**63, -2**63 - 1, 1.0]),
    ("k", [0, 2**64 - 1, -1, 2**65 + 1], [1.0, "1"]),
    ("K", [0, 2**64 - 1, -1, 2**65 + 1], [1.0]),
    ("L", [-2**63, 2**63 - 1], [2**63, -2**63 - 1, 1.0, None]),
]:
    fn = getattr(m, "unit_" + name)
    for v in good + bad:
        show(f"unit_{name}({v!r})", fn, v)


class Idx:
    def __index__(self):
        return 77


class Flt:
    def __float__(self):
        return 2.5


show("unit_i(__index__)", m.unit_i, Idx())
show("unit_n(__index__)", m.unit_n, Idx())
show("unit_l(bool)", m.unit_l, False)

section("float units")
show("float_units", m.float_units, 0.1, 0.1, 1 + 2j)
show("float_units ints", m.float_units, 3, -4, 5)
show("float_units __float__", m.float_units, Flt(), Flt(), Flt())
show("float_units big f", m.float_units, 1e300, 1e300, 1j)
show("float_units str", m.float_units, "1", 1.0, 1j)
show("float_units d str", m.float_units, 1.0, "1", 1j)
show("float_units D str", m.float_units, 1.0, 1.0, "1j")

section("char units")
show("char_units", m.char_units, b"A", "\u20ac")
show("char_units bytearray", m.char_units, bytearray(b"z"), "a")
show("char_units long bytes", m.char_units, b"AB", "a")
show("char_units str for c", m.char_units, "A", "a")
show("char_units long str", m.char_units, b"A", "ab")
show("char_units int for C", m.char_units, b"A", 65)

section("str units")
show("str_units", m.str_units, "h\u00e9llo \U0001f600", None)
show("str_units z str", m.str_units, "a", "b")
show("str_units nul", m.str_units, "a\0b", None)
show("str_units bytes", m.str_units, b"a", None)
show("str_units z int", m.str_units, "a", 5)
show("str_units surrogate", m.str_units, "\ud800", None)
show("str_len_units", m.str_len_units, "a\0b\u00e9", b"x\0y")
show("str_len_units z None", m.str_len_units, b"raw", None)
show("str_len_units bytearray", m.str_len_units, bytearray(b"ba"), None)
show("str_len_units int", m.str_len_units, 5, None)

section("bytes units")
show("bytes_units", m.bytes_units, b"abc", b"d\0e")
show("bytes_units nul", m.bytes_units, b"a\0c", b"")
show("bytes_units str", m.bytes_units, "abc", b"")
show("bytes_units bytearray y", m.bytes_units, bytearray(b"abc"), b"")
show("bytes_units bytearray y#", m.bytes_units, b"abc", bytearray(b"q"))
show("buffer_units", m.buffer_units, bytearray(b"ba"), "str\u00e9")
show("buffer_units memoryview", m.buffer_units, memoryview(b"mv"), b"x")
show("buffer_units str for y*", m.buffer_units, "s", b"x")
show("buffer_units int", m.buffer_units, 1, b"x")
ba = bytearray(b"hello, World")
show("writable_unit", m.writable_unit, ba)
print("  after:", ba)
mv = memoryview(bytearray(b"abc"))
show("writable_unit memoryview", m.writable_unit, mv)
print("  after:", bytes(mv))
show("writable_unit bytes", m.writable_unit, b"abc")
show("writable_unit str", m.writable_unit, "abc")

section("object units")
show("object_units", m.object_units, 1.5, [1], b"b", "s")
show("object_units O! tuple", m.object_units, 1, (1,), b"b", "s")
show("object_units S str", m.object_units, 1, [], "s", "s")
show("object_units U bytes", m.object_units, 1, [], b"b", b"s")


class MyList(list):
    pass


show("object_units O! subclass", m.object_units, None, MyList([2]), b"", "")
show("converter_unit", m.converter_unit, 12)
show("converter_unit negative", m.converter_unit, -3)
show("converter_unit str", m.converter_unit, "x")
show("predicate_unit", m.predicate_unit, 0, [], "x")
show("predicate_unit 2", m.predicate_unit, None, 3.5, ())


class BadBool:
    def __bool__(self):
        raise RuntimeError("no truth")


show("predicate_unit error", m.predicate_unit, 1, BadBool(), 1)

section("optional, names, messages")
show("optional_units 1", m.optional_units, 1)
show("optional_units 3", m.optional_units, 1, 2, "three")
show("optional_units 4", m.optional_units, 1, 2, "three", [4])
show("optional_units 5", m.optional_units, 1, 2, "three", [4], 5)
show("optional_units 0", m.optional_units)
show("optional_units kw", m.optional_units, 1, b=2)
show("custom_message ok", m.custom_message, 2, 3)
show("custom_message count", m.custom_message, 2)
show("custom_message type", m.custom_message, 2, "x")
show("anonymous count", m.anonymous)
show("anonymous type", m.anonymous, "x")
show("nested_tuple", m.nested_tuple, (3, 4), "s")
show("nested_tuple list", m.nested_tuple, [3, 4], "s")
show("nested_tuple short", m.nested_tuple, (3,), "s")
show("nested_tuple int", m.nested_tuple, 3, "s")

section("keywords")
show("keywords a", m.keywords, 1)
show("keywords a b", m.keywords, 1, 5)
show("keywords all kw", m.keywords, a=1, b=5, c=1.5, name="n")
show("keywords kwonly", m.keywords, 1, c=9)
show("keywords kwonly positional", m.keywords, 1, 2, 3.0)
show("keywords missing", m.keywords)
show("keywords missing with kw", m.keywords, b=1)
show("keywords unexpected", m.keywords, 1, d=4)
show("keywords duplicate", m.keywords, 1, a=1)
show("keywords type", m.keywords, 1, c="x")
show("keywords name None", m.keywords, 1, name=None)
show("posonly", m.posonly, "x", 4)
show("posonly kw y", m.posonly, "x", y=4)
show("posonly by name", m.posonly, x=1)
show("posonly none", m.posonly)
show("unpack 1", m.unpack, 1)
show("unpack 3", m.unpack, 1, 2, 3)
show("unpack 0", m.unpack)
show("unpack 4", m.unpack, 1, 2, 3, 4)
show("unpack kw", m.unpack, 1, x=2)
show("meth_o", m.meth_o, [1, 2])
show("meth_o none", m.meth_o)
show("meth_o two", m.meth_o, 1, 2)
show("meth_noargs", m.meth_noargs)
show("meth_noargs arg", m.meth_noargs, 1)
show("meth_noargs kw", m.meth_noargs, x=1)

section("Py_BuildValue")
for i, v in enumerate(m.build_values()):
    print(f"  {i}: {v!r} ({type(v).__name__})")
show("build_bad_format", m.build_bad_format)
show("build_null", m.build_null)
show("build_null_with_error", m.build_null_with_error)
