# gzip: files, text mode, headers, multi-member streams, seeking, errors.
import gzip, io, os, struct, tempfile, zlib

data = b"".join(b"line %d: %s\n" % (i, b"spam" * (i % 7)) for i in range(400))

def hdr(blob):
    magic, method, flags, mtime, xfl, osb = struct.unpack("<2sBBIBB", blob[:10])
    return magic, method, flags, mtime, xfl, osb

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "sample.txt.gz")
    with gzip.open(p, "wb", compresslevel=6) as f:
        print(type(f).__name__, f.mode, f.writable(), f.readable(), f.seekable())
        print(f.write(data[:1000]), f.write(memoryview(data[1000:])), f.tell())
    blob = open(p, "rb").read()
    print(hdr(blob)[:3], hdr(blob)[4:], blob[10:21])
    with gzip.open(p) as f:
        print(f.read(10), f.tell(), f.peek(1)[:1], f.read1(5))
        print(f.readline())
        print(len(f.readlines()), f.tell() == len(data))
        f.seek(5)
        print(f.read(5), f.seek(-3, io.SEEK_CUR), f.read(3))
        f.rewind()
        print(sum(1 for _ in f), f.mtime > 0, f.name == p)
    print(f.closed)
    # fixed mtime and text mode
    with gzip.GzipFile(p, "wb", mtime=1234567890) as f:
        f.write(b"abc")
    blob = open(p, "rb").read()
    print(hdr(blob), blob[10:21], len(blob))
    with gzip.GzipFile(p) as f:
        print(f.read(), f.mtime)
    with gzip.open(p, "wt", encoding="utf-8", newline="\r\n") as f:
        f.write("h\u00e9llo\nw\u00f6rld\n")
    with gzip.open(p, "rt", encoding="utf-8", newline="") as f:
        print(repr(f.read()))
    with gzip.open(p, "rt", encoding="utf-8") as f:
        print(f.readlines())
    # append makes a second member
    with gzip.open(p, "ab") as f:
        f.write(b"more\n")
    with gzip.open(p, "rb") as f:
        print(f.read())
    try:
        gzip.open(p, "xb")
    except FileExistsError as e:
        print("FileExistsError", e.errno)
    # trailing zero padding accepted, garbage rejected
    with open(p, "ab") as f:
        f.write(b"\0\0\0\0")
    with gzip.open(p) as f:
        print(len(f.read()))
    with open(p, "ab") as f:
        f.write(b"garbage")
    try:
        with gzip.open(p) as f:
            f.read()
    except gzip.BadGzipFile as e:
        print("BadGzipFile", e)

# whole-buffer functions
c = gzip.compress(data, mtime=0)
print(len(c) < len(data), hdr(c), gzip.decompress(c) == data)
for level in (0, 1, 6, 9):
    c2 = gzip.compress(b"xyz" * 50, level, mtime=99)
    print(level, hdr(c2), zlib.crc32(c2), gzip.decompress(c2 + c2) == b"xyz" * 100)
print(zlib.crc32(gzip.compress(data, mtime=5)))
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=7, filename="name.txt") as g:
    g.write(b"payload")
    g.flush()
    g.write(b" more")
print(buf.getvalue()[10:19], gzip.decompress(buf.getvalue()))
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=7) as g:
    g.write(data)
print(zlib.crc32(buf.getvalue()), buf.getvalue() == gzip.compress(data, mtime=7))
with gzip.GzipFile(fileobj=io.BytesIO(buf.getvalue())) as g:
    print(g.seek(0, io.SEEK_END), g.read(), g.seek(100), g.read(8))

# errors
def err(fn):
    try:
        r = fn()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

good = gzip.compress(b"hello world" * 10, mtime=1)
err(lambda: gzip.decompress(good[:-3]))
err(lambda: gzip.decompress(good[:20]))
err(lambda: gzip.decompress(b"PK\3\4 nope"))
bad_crc = good[:-8] + struct.pack("<I", 1) + good[-4:]
err(lambda: gzip.decompress(bad_crc))
bad_len = good[:-4] + struct.pack("<I", 3)
err(lambda: gzip.decompress(bad_len))
err(lambda: gzip.GzipFile(fileobj=io.BytesIO(bad_crc)).read())
err(lambda: gzip.GzipFile(fileobj=io.BytesIO(bad_len)).read())
err(lambda: gzip.GzipFile(fileobj=io.BytesIO(good[:-3])).read())
err(lambda: gzip.GzipFile(fileobj=io.BytesIO(good[:25])).read())
err(lambda: gzip.GzipFile(fileobj=io.BytesIO(b"\x1f\x8b\x07" + good[3:])).read())
err(lambda: gzip.GzipFile(fileobj=io.BytesIO(b"x")).read())
err(lambda: gzip.decompress(b""))
err(lambda: gzip.open("x", "rtb"))
err(lambda: gzip.open("x", "rb", encoding="utf-8"))
err(lambda: gzip.open("x", "rb", errors="strict"))
err(lambda: gzip.open("x", "rb", newline="\n"))
err(lambda: gzip.open(123))
err(lambda: gzip.GzipFile(fileobj=io.BytesIO(), mode="z"))
err(lambda: gzip.GzipFile(fileobj=io.BytesIO(), mode="rt"))
w = gzip.GzipFile(fileobj=io.BytesIO(), mode="wb")
err(lambda: w.read())
err(lambda: w.peek(1))
err(lambda: w.rewind())
err(lambda: w.seek(0, io.SEEK_END))
w.write(b"abc")
err(lambda: w.seek(1))
err(lambda: w.seek(5))
w.close()
err(lambda: w.write(b"x"))
r = gzip.GzipFile(fileobj=io.BytesIO(good))
err(lambda: r.write(b"x"))
r.close()
err(lambda: r.read())
print(issubclass(gzip.BadGzipFile, OSError))
