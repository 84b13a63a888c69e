# str.encode / bytes.decode with codecs and error handlers.
s = "héllo wörld ✓ 😀"
for enc in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-be", "latin-1", "ascii"):
    try:
        b = s.encode(enc)
        print(enc, len(b), b[:12], b.decode(enc) == s)
    except UnicodeEncodeError as e:
        print(enc, "UnicodeEncodeError:", e)
for errors in ("replace", "ignore", "backslashreplace", "xmlcharrefreplace", "namereplace"):
    print(errors, s.encode("ascii", errors))
print("é".encode("latin-1"), "é".encode("cp1252"), "€".encode("cp1252"), "é".encode("UTF8"), "é".encode("utf_8"))
print(s.encode() == s.encode("utf-8"), "".encode(), "abc".encode("utf-16")[:2] in (b"\xff\xfe", b"\xfe\xff"))
data = b"caf\xc3\xa9 \xff\xfe end"
for errors in ("strict", "replace", "ignore", "backslashreplace", "surrogateescape"):
    try:
        print(errors, repr(data.decode("utf-8", errors)))
    except UnicodeDecodeError as e:
        print(errors, "UnicodeDecodeError:", e)
print(b"\xe9t\xe9".decode("latin-1"), b"\x80\x81".decode("latin-1") == "\x80\x81")
try:
    b"\xc3".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e, e.start, e.end, e.reason, e.encoding)
try:
    "ü".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e, e.start, e.end, repr(e.object))
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
try:
    b"x".decode("utf-8", "bogus-handler")
except LookupError as e:
    print("LookupError:", e)
print(isinstance(UnicodeDecodeError("utf-8", b"", 0, 1, "r"), ValueError))
print(bytes("abc", "ascii"), str(b"\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"), str(b"x"))
print(bytearray("é", "utf-8"), "é".encode("utf-8").decode("latin-1"))
print("\ud800".encode("utf-8", "surrogatepass"), b"\xed\xa0\x80".decode("utf-8", "surrogatepass") == "\ud800")
try:
    "\ud800".encode("utf-8")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print([c.encode("utf-8") for c in "aé✓😀"], [len(c.encode("utf-16-le")) for c in "aé✓😀"])
