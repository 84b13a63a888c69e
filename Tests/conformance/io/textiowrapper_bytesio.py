# io.TextIOWrapper over in-memory and other binary streams.
import io

b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="utf-8", newline="\r\n")
t.write("alpha\nbeta\n")
t.write("gamma")
t.flush()
print(b.getvalue())
print(t.encoding, t.errors, t.line_buffering, t.buffer is b)

t = io.TextIOWrapper(io.BytesIO("x=1\r\ny=\u00e9\rz=3\n".encode("utf-8")))
print(t.readline(), t.readline(), t.read(), repr(t.newlines), t.encoding)

t = io.TextIOWrapper(io.BytesIO("x=1\r\ny=2\rz=3\n".encode()), newline="")
print([t.readline() for _ in range(4)], t.newlines)

for enc in ["utf-16", "utf-16-be", "utf-32-le", "latin-1", "cp1252"]:
    data = "ab\u00e9\u20ac\n" if enc not in ("latin-1",) else "ab\u00e9\n"
    buf = io.BytesIO()
    w = io.TextIOWrapper(buf, encoding=enc)
    w.write(data * 3)
    w.flush()
    raw = buf.getvalue()
    r = io.TextIOWrapper(io.BytesIO(raw), encoding=enc)
    lines = list(r)
    print(enc, len(raw), raw[:6], lines == [data] * 3)

# small reads across multi-byte characters and chunk edges
big = ("\u00e9\u4e2d\U0001f600x\r\n" * 3000).encode("utf-16")
r = io.TextIOWrapper(io.BytesIO(big), encoding="utf-16")
parts = []
while True:
    s = r.read(7)
    if not s:
        break
    parts.append(s)
text = "".join(parts)
print(len(text), text.count("\n"), text[:5] == "\u00e9\u4e2d\U0001f600x\n")

r = io.TextIOWrapper(io.BytesIO(b"line1\nline2\nline3"), encoding="ascii")
print(r.readline(3), r.readline(), r.readlines())
r.seek(0)
print(r.read(4), r.tell())
r.seek(r.tell())
print(r.read())

try:
    io.TextIOWrapper(io.BytesIO(), encoding="nope")
except LookupError as e:
    print("LookupError:", e)
try:
    io.TextIOWrapper(io.BytesIO(), newline="\n\n")
except ValueError as e:
    print("ValueError:", e)
w = io.TextIOWrapper(io.BytesIO())
try:
    w.write(b"bytes")
except TypeError as e:
    print("TypeError:", e)
w.detach()
try:
    w.write("x")
except ValueError as e:
    print("ValueError:", e)
