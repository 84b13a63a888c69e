# Struct objects, pack_into/unpack_from offsets, iter_unpack, and format/buffer errors.
import struct


def attempt(fn, *args, **kw):
    try:
        r = fn(*args, **kw)
        return list(r) if type(r).__name__ == "unpack_iterator" else r
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)


s = struct.Struct("ih")
print(s.format, s.size, type(s).__name__, type(s).__module__, s.pack(1, 2), s.unpack(b"\x01\x00\x00\x00\x02\x00"))
print(struct.Struct(b"<qq").format, struct.Struct(format=">h").size)
s.__init__("hh")
print(s.format, s.size, s.pack(1, 2))


class S(struct.Struct):
    pass


x = S(">h")
print(x.pack(3), x.format, [c.__name__ for c in type(x).__mro__], isinstance(x, struct.Struct))
print(struct.error.__module__, struct.error.__name__, issubclass(struct.error, Exception))
print(sorted(struct.__all__))

# format errors
for f in ("2", "2 i", "i\0", "99999999999999999999i", "9999999999999999999i", "i<", "<n", ">P", "=N",
          "z", "i\xff", b"i\xff", 5, None, " < i"):
    print(repr(f), attempt(struct.calcsize, f), attempt(struct.Struct, f))
print(attempt(struct.Struct), attempt(struct.calcsize), attempt(struct.Struct, "i", "h"))
print(attempt(struct.Struct, "i", bogus=1))

# buffers
print(attempt(struct.unpack, "i", b"abc"), attempt(struct.unpack, "i", b"abcde"))
print(attempt(struct.unpack, "i", "abcd"), attempt(struct.unpack, "i", 1), attempt(struct.unpack, "i", None))
print(attempt(struct.unpack), attempt(struct.unpack, "i"), attempt(struct.Struct("i").unpack, b"ab"))

# unpack_from
buf = b"abcdefgh"
for off in (0, 1, 4, 5, 6, 8, 100, -1, -3, -4, -8, -9, -10, 2**70, "x", 1.0):
    print("unpack_from", repr(off), attempt(struct.unpack_from, "i", buf, off),
          attempt(struct.unpack_from, "4i", buf, off))
print(struct.unpack_from("i", buffer=b"abcd"), struct.unpack_from("<h", b"abcd", offset=2))
print(struct.Struct("<h").unpack_from(b"abcd", 1), struct.Struct("<h").unpack_from(buffer=b"abcd", offset=2))
print(attempt(struct.unpack_from, "i", b"abcd", 0, 1), attempt(struct.unpack_from, "i"))
print(attempt(struct.Struct("i").unpack_from), attempt(struct.unpack_from, "i", b"abcd", bogus=1))

# pack_into
for off in (0, 4, 5, 6, 8, -1, -4, -8, -9, -20, 2**70, "x"):
    b = bytearray(8)
    r = attempt(struct.pack_into, "<i", b, off, 0x01020304)
    print("pack_into", repr(off), r, bytes(b))
b = bytearray(b"\xff" * 10)
struct.Struct(">hxh").pack_into(b, 2, 1, 2)
print(b)
print(attempt(struct.pack_into, "i", b"abcdefgh", 0, 1), attempt(struct.pack_into, "i", 5, 0, 1))
print(attempt(struct.pack_into, "i", bytearray(8), 0), attempt(struct.pack_into, "i", bytearray(8)),
      attempt(struct.pack_into, "i"), attempt(struct.pack_into, "ii", bytearray(8), 0, 1, 2, 3))
m = memoryview(bytearray(4))
struct.pack_into("<H", m, 1, 0xBEEF)
print(bytes(m))

# iter_unpack
it = struct.iter_unpack("<h", b"abcdef")
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(list(struct.iter_unpack(">bb", bytearray(b"\x01\x02\x03\x04"))), list(struct.iter_unpack("i", b"")))
print(list(struct.Struct("<2H").iter_unpack(b"\x01\x00\x02\x00\x03\x00\x04\x00")))
print(attempt(struct.iter_unpack, "", b""), attempt(struct.iter_unpack, "i", b"abcde"),
      attempt(struct.iter_unpack, "i", "abcd"), attempt(type(it)))
print(iter(it) is it)

# the cache does not change behaviour
for k in range(150):
    struct.calcsize("%di" % k)
print(struct.calcsize("7i"), struct.pack("2b", 1, 2))
print(struct.Struct("i").__sizeof__() > 0)
