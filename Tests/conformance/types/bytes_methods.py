# bytes methods: search, split, strip, case, predicates, join, replace, count, translate.
b = b"Hello, World! hello"
print(b.find(b"llo"), b.rfind(b"llo"), b.find(b"x"), b.index(b"W"), b.count(b"l"), b.count(ord("o")))
print(b.find(108), b.startswith(b"Hell"), b.endswith((b"x", b"lo")), b.find(b"", 3))
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
print(b.split(), b.split(b", "), b.split(b"l", 2), b.rsplit(b"l", 2), b"a\nb\r\nc".splitlines())
print(b.partition(b", "), b.rpartition(b"l"), b"  pad\t".strip(), b"xxhixx".strip(b"x"), b"  l".lstrip())
print(b"-".join([b"a", b"b", bytearray(b"c")]), b"".join([]), b.replace(b"l", b"L", 2), b.replace(b"", b"."))
print(b"abc".isalpha(), b"abc1".isalnum(), b"123".isdigit(), b" \t".isspace(), b"ABC".isupper(), b"abc".islower())
print(b"Title Case".istitle(), b"\xe9".isalpha(), b"".isdigit(), b"\x80".isascii(), b"abc".isascii())
print(b"abc".center(9, b"*"), b"abc".ljust(5), b"abc".rjust(5, b"0"), b"42".zfill(5), b"-4".zfill(4))
print(b"a\tb".expandtabs(4), b"x".translate(bytes.maketrans(b"x", b"y")), b"hello".translate(None, b"l"))
print(b"prefix-name".removeprefix(b"prefix-"), b"file.txt".removesuffix(b".txt"))
print(b"abc".hex(), b"\x00\xff".hex("-"), bytes.fromhex("de ad BE EF"), b"abcdef".hex(":", 2))
try:
    b"abc".find("a")
except TypeError as e:
    print("TypeError:", e)
try:
    b"abc" + "d"
except TypeError as e:
    print("TypeError:", e)
try:
    bytes.fromhex("zz")
except ValueError as e:
    print("ValueError:", e)
try:
    b"x".join([b"a", "b"])
except TypeError as e:
    print("TypeError:", e)
print(bytes(5), bytes([1, 2, 255]), bytes(b"copy"), bytes(bytearray(b"ba")), bytes("ü", "utf-8"), bytes())
try:
    bytes("text")
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([-1])
except ValueError as e:
    print("ValueError:", e)
try:
    bytes(-1)
except ValueError as e:
    print("ValueError:", e)
print(b"abc" < b"abd", b"" < b"\x00", b"b" > b"abc", sorted([b"b", b"a", b"\xff", b"A"]))
print(list(b"hi"), b"hi"[0], b"hi"[-1:], b"hello"[::-1], b"x" * 3, 3 * b"ab", len(b"\x00" * 4))
print(bytes.fromhex("") == b"", b"abc".decode(), b"a,b".split(b","), b"%b" % b"x")
