# Driver for objects_ext: concrete object API (int, float, str, bytes, bytearray, tuple, list, dict, set).
import objects_ext as m
from extshow import show, section


class Idx:
    def __index__(self):
        return 5


class SubInt(int):
    pass


section("int conversions")
for v in [0, -1, 7, 2**31, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64 - 1, 2**64, 2**1100, -2**1100,
          True, SubInt(12), 1.5, "1", Idx(), None]:
    r = m.long_conversions(v)
    print(repr(v) if type(v) in (int, bool, float, str, type(None)) else type(v).__name__)
    for key in sorted(r):
        print(f"  {key}: {r[key]!r}")
show("long_constructors", m.long_constructors)
for s, base in [("123", 10), ("  -0b101  ", 0), ("0o17", 0), ("ff", 16), ("1_0", 10), ("9" * 30, 10),
                ("", 10), ("12x", 10), ("1__0", 10), ("z", 37), ("010", 0), ("0", 0)]:
    show(f"long_from_string({s!r}, {base})", m.long_from_string, s, base)
for d in [0.5, -2.5, 1e30, float("inf"), float("-inf"), float("nan")]:
    show(f"long_from_double({d!r})", m.long_from_double, d)
show("bool_from_long 0", m.bool_from_long, 0)
show("bool_from_long 42", m.bool_from_long, 42)

section("float")


class F:
    def __float__(self):
        return 0.25


class BadF:
    def __float__(self):
        return "no"


for v in [1.5, -0.0, 3, 2**1100, "x", F(), BadF(), Idx(), float("inf")]:
    label = repr(v) if type(v) in (int, float, str) else type(v).__name__
    show(f"float_conversions({label})", m.float_conversions, v)
for s in ["1.25", " -3e2 ", "inf", "nan", "1_0.5", "abc", b"2.5", ""]:
    show(f"float_from_string({s!r})", m.float_from_string, s)

section("str")
for s in ["", "abc", "h\u00e9llo", "\u00ff\u0100", "\u20ac uro", "\U0001f600!", "a\0b"]:
    n, kind, cps, utf8, size, length, ascii_ = m.unicode_inspect(s)
    # SwiftPy never uses the 2-byte kind (BMP strings are kind 4); CPython does.
    k = "1" if kind == 1 else ("4" if kind == 4 and max(cps) > 0xFFFF else "2-or-4")
    print(f"unicode_inspect({s!r}) -> n={n} kind={k} cps={cps} utf8={utf8!r} size={size} len={length} ascii={ascii_}")
show("unicode_inspect bytes", m.unicode_inspect, b"x")
for cps in [[104, 105], [0xe9, 0x41], [0x20ac, 0x41], [0x1f600, 0x20ac, 0x41], []]:
    show(f"unicode_build({cps})", m.unicode_build, cps)
show("unicode_from_kind", m.unicode_from_kind)
show("unicode_format", m.unicode_format, "\u00e9t\u00e9", "C str")
show("unicode_format list", m.unicode_format, "x", "\u00e9")
show("unicode_decode", m.unicode_decode, "h\u00e9llo".encode(), None)
show("unicode_decode bad", m.unicode_decode, b"ab\xffc", None)
show("unicode_decode bad strict", m.unicode_decode, b"ab\xffc", "strict")
show("unicode_decode truncated", m.unicode_decode, b"\xe2\x82", None)
show("unicode_decode replace", m.unicode_decode, b"ab\xffc", "replace")
show("unicode_decode ignore", m.unicode_decode, b"ab\xffc", "ignore")
show("unicode_ops", m.unicode_ops, "a,bc,d,bc", "bc")
show("unicode_ops equal", m.unicode_ops, "abc", "abc")
show("unicode_ops type", m.unicode_ops, "abc", 1)
show("unicode_to_utf8", m.unicode_to_utf8, "\u00e9\U0001f600")
show("unicode_to_utf8 surrogate", m.unicode_to_utf8, "a\udc80")
show("unicode_to_utf8 bytes", m.unicode_to_utf8, b"x")
show("unicode_encode", m.unicode_encode, "caf\u00e9 \u20ac")

section("bytes / bytearray")
show("bytes_ops", m.bytes_ops)
show("bytes_as_c_string", m.bytes_as_c_string, b"plain")
show("bytes_as_c_string nul", m.bytes_as_c_string, b"a\0b")
show("bytes_as_c_string str", m.bytes_as_c_string, "s")
show("bytearray_ops", m.bytearray_ops)

section("tuple / list")
show("tuple_ops", m.tuple_ops)
show("list_ops", m.list_ops)

section("dict / set")
r = m.dict_ops()
for i, part in enumerate(r[0]):
    print(f"  dict_ops[{i}]: {part!r}")
print(f"  dict size after clear: {r[1]}")
show("dict_sum", m.dict_sum, {"a": 1, 2: 5, (3,): -2})
show("dict_sum bad value", m.dict_sum, {"a": "x"})
show("dict_sum list", m.dict_sum, [1])
show("set_ops", m.set_ops, [3, 1, 2, 3])
show("set_ops string", m.set_ops, "cab")
show("set_ops int", m.set_ops, 5)
