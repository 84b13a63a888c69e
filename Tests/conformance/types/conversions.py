# Conversions between builtin types via constructors.
print(int("12"), int(12.9), int(-12.9), int(True), int(" 0b11 ", 0), int("+0"), int("٥"))
print(float("1.5"), float(2), float(True), float(" -0 "), float("1e-2"), float(10 ** 20))
print(str(12), str(1.50), str([1, "2"]), str(("a",)), str({1}), str(b"\x00"), str(None))
print(list("abc"), list((1, 2)), list({"a": 1}.items()), list(range(3)), list(b"ab"), list({3}))
print(tuple([1, 2]), tuple("hi"), tuple({1: 2}), tuple(range(2)), tuple(x for x in "xy"))
print(sorted(set([1, 1, 2])), sorted(set("aab")), sorted(frozenset((3, 1))), dict([(1, 2), (3, 4)]))
print(dict(a=1), dict(zip([1, 2], "ab")), dict({"x": 1}.items()), dict([["k", "v"]]))
print(bool([]), bool([0]), bool(""), bool("False"), bool(0.0), bool(-0.0), bool(1e-320))
print(bytes([104, 105]), bytes("hi", "ascii"), bytes(2), bytearray(b"x"), bytes(bytearray(b"y")))
print(complex("3+4j"), complex(2), complex(1.5, -2), int(float("1e3")), float(int("7")))
print(chr(65), ord("A"), chr(0x263A), ord("\u263a"), hex(ord("z")), chr(ord("a") + 25))
print(list(map(int, "1 2 3".split())), [float(x) for x in ("1", "2.5", "-inf")])
print(int("7" * 30) % 97, str(10 ** 30)[::-1][:5], float("0." + "3" * 20))
print(repr(str(1.0)), repr(str(-0.0)), int(-0.0), float(-0))
print(list(str(12345)), int("".join(reversed("12345"))), sum(map(int, str(2 ** 100))))
print(tuple(list(tuple([1, 2]))), list(dict.fromkeys([3, 1, 3])), set(()) == set([]))
for value, target in [("abc", int), ("1.5", int), ([1, 2], dict), (None, float), ("12", bytes), (1.5, list)]:
    try:
        target(value)
    except (ValueError, TypeError) as e:
        print(target.__name__, repr(value), type(e).__name__ + ":", e)
