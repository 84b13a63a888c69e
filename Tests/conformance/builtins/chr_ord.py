# chr and ord: ranges, non-ASCII, errors, round trips.
print(chr(65), chr(97), chr(48), chr(32) == " ", repr(chr(0)), repr(chr(127)), chr(233), chr(0x4e2d), chr(0x1F600))
print(ord("A"), ord("z"), ord("0"), ord(" "), ord("\n"), ord("é"), ord("中"), ord("😀"), ord("\U0010FFFF"))
print(ord(b"A"), ord(bytearray(b"z")), ord(b"\xff"))
print(all(ord(chr(i)) == i for i in range(0, 0x110000, 997)))
print("".join(chr(c) for c in range(ord("a"), ord("z") + 1)))
print([ord(c) - ord("a") for c in "hello"])
print("".join(chr((ord(c) - 97 + 13) % 26 + 97) for c in "uryyb"))
for bad in (-1, 0x110000, -2 ** 20):
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
for bad in ("", "ab", b"", 65, "😀😀"):
    try:
        ord(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    chr(1.5)
except TypeError as e:
    print("TypeError:", e)
print(chr(True), repr(chr(0xD800)), len(chr(0xD800)), repr(chr(0xFFFF)))
print(sorted("Hello World", key=ord)[:4], max("abc", key=ord), min("😀a", key=ord))
