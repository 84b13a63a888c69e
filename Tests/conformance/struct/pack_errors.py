# struct.pack range and type errors for every integer code in every byte order,
# plus float, char, string and bool packing errors (CPython's exact messages).
import struct


def attempt(fmt, *args):
    try:
        return struct.pack(fmt, *args)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


class Idx:
    def __index__(self):
        return 7


class Flt:
    def __float__(self):
        return 2.5


values = (-2**70, -2**64, -2**63 - 1, -2**63, -2**31 - 1, -2**31, -32769, -129, -1, 0,
          127, 255, 256, 32767, 65535, 65536, 2**31 - 1, 2**31, 2**32 - 1, 2**32,
          2**63 - 1, 2**63, 2**64 - 1, 2**64, 2**70, 1.5, "x", None, True, Idx())
for order in "@=<>!":
    for code in "bBhHiIlLqQnNP":
        seen = []
        for v in values:
            r = attempt(order + code, v)
            label = v if isinstance(v, (int, float, str, type(None))) else type(v).__name__
            print(order + code, label, r)

for code in "efd":
    for order in "@<>":
        for v in (1e300, -1e300, 65519.0, 65520.0, 3.4e38, 3.5e38, 3, 2**2000, "x", None,
                  float("inf"), -float("inf"), float("nan"), -float("nan"), Flt(), Idx(),
                  1e-8, 5.960464477539063e-08, 2.9802322387695312e-08, 0.1, -0.0):
            label = v if isinstance(v, (int, float, str, type(None))) else type(v).__name__
            print(order + code, label, attempt(order + code, v))

for fmt, v in (("c", b"ab"), ("c", "a"), ("c", bytearray(b"a")), ("c", b""), ("c", 1), ("c", b"z"),
               ("s", "x"), ("p", "x"), ("s", 5), ("3p", bytearray(b"abcdef")), ("0p", b"a"),
               ("0s", b"a"), ("5s", b"ab"), ("2s", b"abcd"), ("3p", b""), ("s", bytearray(b"q")),
               ("?", []), ("?", [0]), (">?", "a"), ("<?", 0.0), ("?", None)):
    print(fmt, repr(v), attempt(fmt, v))
print(struct.pack("300p", b"a" * 299)[:3], len(struct.pack("300p", b"a" * 299)))
print(struct.pack("260p", b"b" * 1000)[:3])


class Bad:
    def __bool__(self):
        raise ValueError("no truth")


print(attempt("?", Bad()))


class BadIndex:
    def __index__(self):
        raise RuntimeError("bad index")


print(attempt("i", BadIndex()))
print(attempt("i", 1, 2), attempt("ii", 1), attempt("2i", 1), attempt("3s", b"a", b"b"))
print(attempt("xq", 1), attempt("x"), attempt("3x"))
print(attempt("i"))
