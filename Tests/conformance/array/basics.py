# array.array: construction, typecodes, sequence behaviour, methods and errors.
from array import array, typecodes, ArrayType
import copy

print(typecodes, ArrayType is array, array.__name__, array.__module__)
print([(c, array(c).itemsize) for c in typecodes])

# construction from the supported initializers
print(array("i"), array("i", [1, 2, 3]), array("d", (0.5, 1.5)), array("b", range(-2, 3)))
print(array("B", b"\x00\x7f\xff"), array("B", bytearray(b"AZ")), array("u", "héllo"))
print(array("h", array("h", [7, 8])), array("d", array("i", [1, 2])), array("q", (x * x for x in range(4))))
for args in [(), ("x",), (1,), ("ii",), ("i", "text"), ("i", array("u", "a")), ("u", array("i", [65])),
             ("h", b"\x00"), ("i", [1], 2), ("i", 5), ("i", [1.5]), ("f", ["x"]), ("u", ["ab"])]:
    try:
        print(args, "->", array(*args))
    except (TypeError, ValueError, OverflowError) as e:
        print(args, type(e).__name__, e)
try:
    array(typecode="i")
except TypeError as e:
    print("TypeError:", e)

# integer ranges per typecode
for tc, good, bad in [("b", [-128, 127], [128, -129]), ("B", [0, 255], [256, -1]), ("h", [-2**15, 2**15 - 1], [2**15]),
                      ("H", [0, 2**16 - 1], [2**16, -1]), ("i", [-2**31, 2**31 - 1], [2**31]),
                      ("I", [0, 2**32 - 1], [2**32, -1]), ("l", [-2**63, 2**63 - 1], [2**63]),
                      ("L", [0, 2**64 - 1], [2**64, -1]), ("q", [-2**63], [2**63, -2**63 - 1]),
                      ("Q", [2**64 - 1], [2**64, -5])]:
    a = array(tc, good)
    errors = []
    for v in bad:
        try:
            a.append(v)
        except OverflowError as e:
            errors.append(str(e))
    print(tc, a.tolist(), errors)

# floats: 'f' rounds to single precision
f = array("f", [0.1, 1e300, -2.5])
d = array("d", [0.1, 1, True])
print(f, d, f[0] == 0.1, d[0] == 0.1, array("f", [float("inf")]))

# sequence protocol
a = array("i", [5, 1, 4, 1, 5, 9, 2, 6])
print(len(a), a[0], a[-1], a[2:5], a[::3], a[::-1], a[10:], 4 in a, 7 in a, "x" in a)
print(list(a), sorted(a), sum(a), max(a), type(iter(a)).__name__)
for bad in (lambda: a[8], lambda: a["1"], lambda: a.__setitem__(8, 0), lambda: a.__delitem__(-9)):
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)

# mutation
a.append(3); a.extend([5, 8]); a.extend(array("i", [9])); a.insert(0, 100); a.insert(-1, -1); a.insert(99, 99)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a.count(5), a.index(5), a.index(5, 1), a.index(1, -5) if 1 in a[-5:] else None)
a.remove(9); a.reverse()
print(a)
a[0] = 42; a[1:3] = array("i", [7, 7, 7]); a[::2] = array("i", [0] * len(a[::2]))
print(a)
del a[1]; del a[::3]; del a[-2:]
print(a)
for bad in [lambda: a.index(12345), lambda: a.remove(12345), lambda: array("i").pop(), lambda: a.pop(50),
            lambda: a.extend(array("h")), lambda: a.extend(3), lambda: a.append("s"),
            lambda: a.__setitem__(slice(0, 1), [1]), lambda: a.__setitem__(slice(0, 1), array("d", [1])),
            lambda: a.__setitem__(slice(None, None, 2), array("i", [1]))]:
    try:
        bad()
    except (ValueError, IndexError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)

# arithmetic
x = array("h", [1, 2])
print(x + array("h", [3]), x * 3, 2 * x, x * 0, x * -1)
x += array("h", [9]); x *= 2
print(x)
for bad in (lambda: x + [1], lambda: x + array("i"), lambda: x.__iadd__((1,))):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

# comparison is by value, element-wise then by length
print(array("i", [1, 2]) == array("d", [1.0, 2.0]), array("i", [1, 2]) < array("i", [1, 3]),
      array("i", [1, 2]) < array("b", [1, 2, 0]), array("u", "ab") >= array("u", "aa"),
      array("i") == [], array("i", [1]) != array("i", [1]), array("d", [float("nan")]) == array("d", [float("nan")]))
try:
    array("i") < []
except TypeError as e:
    print("TypeError:", e)
try:
    hash(array("i"))
except TypeError as e:
    print("TypeError:", e)

# conversions
b = array("h", [1, -2, 300])
raw = b.tobytes()
c = array("h"); c.frombytes(raw)
print(c == b, len(raw), c.tolist())
c.fromlist([4, 5])
try:
    c.fromlist([6, "seven"])
except TypeError as e:
    print("TypeError:", e, c)
for bad in (lambda: c.frombytes(b"\x01"), lambda: c.frombytes("text"), lambda: c.fromlist((1,)),
            lambda: c.tounicode(), lambda: c.fromunicode("x"), lambda: array("u").fromunicode(5)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
u = array("u", "ab")
u.fromunicode("cd"); u[0] = "A"
print(u, u.tounicode(), u.tolist())
w = array("H", [1, 0x1234])
w.byteswap()
print(w, w.buffer_info()[1], w.typecode, w.itemsize, array("d", [1.0]).tobytes() == array("d", [1.0]).tobytes())
print(copy.copy(w), copy.deepcopy(w), copy.copy(w) is w)


class Samples(array):
    def mean(self):
        return sum(self) / len(self)


s = Samples("d", [1, 2, 3, 4])
print(s, s.mean(), isinstance(s, array), type(s[1:]).__name__, type(s + s).__name__)
