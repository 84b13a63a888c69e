# Numeric views: casting raw bytes to typed items.

raw = bytearray(32)
doubles = memoryview(raw).cast("d")
print(doubles.format, doubles.itemsize, len(doubles), doubles.shape, doubles.strides, doubles.nbytes)
for i in range(len(doubles)):
    doubles[i] = i * 1.5
print(doubles.tolist(), sum(doubles), max(doubles))

ints = memoryview(raw).cast("i")
print(ints.format, len(ints), ints[:2].tolist())

# the same memory seen as bytes and as 32-bit ints
words = memoryview(bytearray(16)).cast("I")
words[0] = 0x01020304
words[3] = 0xFFFFFFFF
as_bytes = words.cast("B")
print(as_bytes.tolist()[:4] in ([4, 3, 2, 1], [1, 2, 3, 4]), as_bytes[12:].tolist())
print(words.tolist(), words.obj is as_bytes.obj)

# every native format round-trips a value
fmts = {"b": -5, "B": 250, "h": -300, "H": 60000, "i": -70000, "I": 4000000000,
        "l": -2**40, "L": 2**63, "q": -2**62, "Q": 2**64 - 1, "n": -7, "N": 7,
        "f": 0.5, "d": -2.25, "?": True, "c": b"z"}
for f, val in fmts.items():
    mv = memoryview(bytearray(8)).cast(f)
    mv[0] = val
    print(f, mv.itemsize, mv[0], mv.tolist()[0] == val, mv.format)

# '@' prefix means native too
at = memoryview(bytearray(8)).cast("@h")
at[1] = 513
print(at.format, at.tolist())

# out-of-range and wrong-type stores
for f, val in [("B", 256), ("B", -1), ("b", 128), ("h", 2**15), ("H", -1), ("i", 2**31), ("I", 2**32),
               ("Q", -1), ("q", 2**63), ("B", 1.0), ("d", "1.0"), ("d", None), ("c", b"ab"), ("c", 1),
               ("f", 1e300)]:
    mv = memoryview(bytearray(8)).cast(f)
    try:
        mv[0] = val
        print(f, repr(val), "stored", mv[0])
    except (TypeError, ValueError, OverflowError) as e:
        print(f, repr(val), type(e).__name__, e)

# bools and index-like values
bools = memoryview(bytearray(b"\x00\x01\x02")).cast("?")
print(bools.tolist())
bools[0] = [1]
bools[1] = ""
print(bools.tolist())


class Idx:
    def __index__(self):
        return 42


b = memoryview(bytearray(2))
b[0] = Idx()
print(b.tolist(), b[True])

# floats: NaN never equals itself, -0.0 equals 0.0
fl = memoryview(bytearray(16)).cast("d")
fl[0] = float("nan")
other = memoryview(bytearray(16)).cast("d")
other[0] = float("nan")
print(fl == other, fl == fl, fl.tolist()[1])
z1 = memoryview(bytearray(8)).cast("d"); z1[0] = -0.0
z2 = memoryview(bytearray(8)).cast("d")
print(z1 == z2, z1.tobytes() == z2.tobytes())

# cast errors
m = memoryview(bytearray(12))
for args in [("x",), ("<i",), ("ii",), ("",), ("d",), ("B", (5,)), ("B", [3, 5])]:
    try:
        r = m.cast(*args)
        print(args, "->", r.format, r.shape)
    except (TypeError, ValueError) as e:
        print(args, type(e).__name__, e)
try:
    m.cast("i").cast("d")
except TypeError as e:
    print("TypeError:", e)
try:
    m.cast(b"B")
except TypeError as e:
    print("TypeError:", e)
print(m.cast("i").cast("c").format, m.cast("c").cast("h").shape)
