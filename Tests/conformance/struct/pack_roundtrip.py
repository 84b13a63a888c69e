# pack/unpack round trips, sizes, native alignment and byte orders.
import struct

print(struct.calcsize("@bi"), struct.calcsize("@ib"), struct.calcsize("bq0i"), struct.calcsize("b0q"))
print(struct.calcsize("bxe"), struct.calcsize("b?"), struct.calcsize("bP"), struct.calcsize("bn"),
      struct.calcsize("bN"), struct.calcsize("b d"), struct.calcsize("3s"), struct.calcsize("b3pq"))
for order in "@=<>!":
    sizes = []
    for code in "xcbB?hHiIlLqQefdsp":
        sizes.append("%s=%d" % (code, struct.calcsize(order + code)))
    print(order, " ".join(sizes))
print([struct.calcsize(f) for f in ("", "<", "10s", "10p", "0s", "3x", "ci", "<ci", "ihq", "  i  h ",
                                       "bhbibqbd", "!bhbibqbd", "2h3i", b"ii", "h0i", "c0l")])

samples = {
    "b": (-128, -1, 0, 127), "B": (0, 1, 255), "h": (-32768, -2, 32767), "H": (0, 65535),
    "i": (-2**31, -7, 2**31 - 1), "I": (0, 2**32 - 1), "l": (-2**31, 2**31 - 1), "L": (0, 2**32 - 1),
    "q": (-2**63, -1, 2**63 - 1), "Q": (0, 2**64 - 1), "?": (True, False),
    "e": (0.0, -0.0, 1.5, 65504.0, -2.0 ** -24, float("inf")), "f": (0.1, -3.25, 1e38),
    "d": (0.1, -1e308, 5e-324, float("-inf")), "c": (b"a", b"\x00", b"\xff"),
}
for order in "@=<>!":
    for code, vals in samples.items():
        for v in vals:
            data = struct.pack(order + code, v)
            back = struct.unpack(order + code, data)
            print(order + code, repr(v), data.hex(), back)
for code in "nNP":
    for v in (0, 1, 2**40):
        data = struct.pack(code, v)
        print(code, data.hex(), struct.unpack(code, data))
print(struct.unpack("n", struct.pack("n", -5)), struct.unpack("P", struct.pack("P", -1)))

# mixed formats, repeat counts, strings
fmt = "<3h2s5pxI?"
data = struct.pack(fmt, 1, -2, 3, b"hello", b"hi", 9, True)
print(data, struct.unpack(fmt, data), struct.calcsize(fmt), len(data))
fmt = "@bhiqbdc"
data = struct.pack(fmt, 1, 2, 3, 4, 5, 6.5, b"z")
print(data.hex(), struct.unpack(fmt, data))
fmt = ">10s0sx"
print(struct.unpack(fmt, struct.pack(fmt, b"abc", b"")))
print(struct.unpack("5p", b"\x09abcd"), struct.unpack("1p", b"\x09"), struct.unpack("3p", b"\x01xy"))
print(struct.unpack("?", b"\x02"), struct.unpack(">?", b"\x02"), struct.unpack("<2?", b"\x00\x05"))
print(struct.unpack("<e", b"\x01\x00"), struct.unpack("<e", b"\x00\x7c"), struct.unpack("<e", b"\x01\x7c"),
      struct.unpack(">e", b"\x7c\x00"), struct.unpack(">f", b"\x7f\x80\x00\x01"))
print(struct.unpack("<4B", bytearray(b"\x01\x02\x03\x04")), struct.unpack(">I", memoryview(b"\x00\x00\x01\x00")))
print(struct.pack("<i", True), struct.pack(">H", False))
print(struct.unpack(">hHiIlLqQ", struct.pack(">hHiIlLqQ", -1, 65535, -2**31, 2**32 - 1, -5, 7, -2**63, 2**64 - 1)))
print(struct.pack("0i"), struct.unpack("", b""), struct.pack(""), struct.pack("@"), struct.pack(">3x"))
import math
print(math.isnan(struct.unpack("d", struct.pack("d", float("nan")))[0]))
print(struct.pack("<1000i", *range(1000))[-8:], sum(struct.unpack("<1000i", struct.pack("<1000i", *range(1000)))))
