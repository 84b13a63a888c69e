# bytes literals, escapes, indexing and basic operations.
b = b"hello"
print(b, type(b).__name__, len(b), b[0], b[-1], b[1:3])
print(b'single', b"double", b'''triple''', rb"raw\n", br"\x41")
print(b"\x00\x01\xff", b"\n\t\\", b"\101", list(b"\x80\x7f"))
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\x7f\x1f"))
print(b"abc" + b"def", b"ab" * 3, b"a" in b"cat", 97 in b"cat")
print(bytes(3), bytes([65, 66]), bytes(range(5)), bytes("é", "utf-8"))
print(b"a" < b"b", b"abc" == b"abc", b"" == b"", b"a" != "a")
print(list(b"AZaz"), [chr(c) for c in b"xyz"])
print(b"x" b"y" rb"\z")
print(b"hello world".split(), b"a,b,,c".split(b","))
print(b"%d-%s-%x" % (5, b"str", 255))
print(b"Hello".upper(), b"Hello".lower(), b"  pad  ".strip())
ba = bytearray(b"abc")
ba[0] = 65
ba += b"d"
ba.append(0x21)
print(ba, len(ba), bytes(ba))
print(b"\xe4\xb8\xad".decode("utf-8"), "中".encode("utf-8"))
print(b"abc".hex(), bytes.fromhex("61 62 63"), b"\xde\xad".hex(":"))
print(b"abc"[::-1], b"abcdef"[::2], b"abc"[5:], b"abc"[-10:2])
try:
    b"abc"[3]
except IndexError as e:
    print("IndexError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
print(hash(b"abc") == hash(b"abc"), b"abc" == bytearray(b"abc"))
