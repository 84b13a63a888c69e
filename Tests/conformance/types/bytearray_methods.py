# bytearray: mutation methods, slicing assignment, in-place ops, conversions.
ba = bytearray(b"hello")
ba[0] = 72
ba.append(33)
ba.extend(b" world")
ba.extend([1, 2])
print(ba, len(ba))
ba.insert(0, 62)
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord("l"))
print(ba)
del ba[-2:]
ba[1:3] = b"EE"
print(ba)
ba[0:1] = b""
ba[len(ba):] = b"!!"
print(ba)
ba.reverse()
print(ba)
ba.clear()
print(ba, bytearray(3), bytearray([65, 66]), bytearray("é", "utf-8"), bytearray(b"x") * 3)
b2 = bytearray(b"abc")
b2 += b"def"
b2 *= 2
print(b2, b2.copy() == b2, b2.copy() is b2, b2.count(b"abc"), b2.index(b"d"))
try:
    b2[0] = 256
except ValueError as e:
    print("ValueError:", e)
try:
    b2[0] = b"a"
except TypeError as e:
    print("TypeError:", e)
try:
    bytearray(b"").pop()
except IndexError as e:
    print("IndexError:", e)
try:
    bytearray(b"abc").remove(120)
except ValueError as e:
    print("ValueError:", e)
b3 = bytearray(b"0123456789")
b3[::2] = b"ABCDE"
print(b3)
try:
    b3[::2] = b"xy"
except ValueError as e:
    print("ValueError:", e)
del b3[::3]
print(b3, b3.upper(), b3.decode(), bytes(b3))
print(bytearray(b"  x ").strip(), bytearray(b"a,b").split(b","), type(bytearray(b"a,b").split(b",")[0]).__name__)
print(bytearray(b"abc") == b"abc", b"abc" == bytearray(b"abc"), bytearray(b"a") + b"b", b"a" + bytearray(b"b"))
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print("TypeError:", e)
print(bytearray.fromhex("41 42"), bytearray(b"ab").hex(), list(bytearray(b"\x00\xff")))
print(bytearray(range(5)), bytearray(b"x").isalpha(), bytearray(b"hi").replace(b"i", b"o"))
