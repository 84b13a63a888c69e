# zipfile: write/read/append archives (stored, deflated, levels), members, Path, errors.
import io, os, struct, tempfile, zipfile, zlib

DT = (2021, 6, 15, 12, 30, 44)
text = "".join("row %d %s\n" % (i, "abc" * (i % 5)) for i in range(300))

def info_line(zi):
    return (zi.filename, zi.date_time, zi.compress_type, zi.file_size, zi.compress_size,
            "%08x" % zi.CRC, oct(zi.external_attr >> 16), zi.external_attr & 0xFFFF,
            zi.is_dir(), zi.create_system, zi.extract_version, zi.flag_bits)

def err(fn):
    try:
        r = fn()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, str(e).replace(TMP, "D"))

TMP = "\0"

with tempfile.TemporaryDirectory() as d:
    TMP = d
    p = os.path.join(d, "a.zip")
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(zipfile.ZipInfo("hello.txt", DT), "hello world\n")
        zi = zipfile.ZipInfo("data/table.txt", DT)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zf.writestr(zi, text)
        zi = zipfile.ZipInfo("data/stored.bin", DT)
        zf.writestr(zi, bytes(range(256)) * 4, compress_type=zipfile.ZIP_STORED)
        zi = zipfile.ZipInfo("data/fast.txt", DT)
        zf.writestr(zi, text, compresslevel=1)
        zf.mkdir("empty")
        with zf.open(zipfile.ZipInfo("stream.txt", DT), "w") as w:
            print(repr(w)[:30], w.writable())
            for i in range(50):
                w.write(b"streamed line %d\n" % i)
        zi = zipfile.ZipInfo("caf\u00e9/na\u00efve.txt", DT)
        zf.writestr(zi, "unicode name")
        zf.comment = b"archive comment"
        print(repr(zf).replace(d, "D"))
    raw = open(p, "rb").read()
    print(len(raw), zlib.crc32(raw), raw[:4], raw[-17:])
    print(zipfile.is_zipfile(p), zipfile.is_zipfile(io.BytesIO(raw)), zipfile.is_zipfile(__file__))
    with zipfile.ZipFile(p) as zf:
        print(zf.namelist())
        for zi in zf.infolist():
            print(info_line(zi))
            print(repr(zi))
        print(zf.comment)
        print(zf.read("hello.txt"), len(zf.read("data/table.txt")) == len(text))
        print(zf.read("data/stored.bin")[250:260], zf.read("caf\u00e9/na\u00efve.txt"))
        with zf.open("data/table.txt") as f:
            print(repr(f))
            print(f.readline(), f.read(12), f.peek(4)[:4], f.read1(6), f.tell())
            f.seek(0)
            print(f.readline(), f.seek(-8, 2), f.read(), f.seek(100), f.read(10))
            f.seek(5, 1)
            print(f.tell(), len(f.readlines()))
        print(repr(f))
        with zf.open("stream.txt") as f:
            print(sum(1 for _ in f))
        out = io.StringIO()
        zf.printdir(file=out)
        print(out.getvalue())
        print(zf.testzip())
        x = os.path.join(d, "x")
        print(os.path.relpath(zf.extract("data/table.txt", x), d))
        zf.extractall(x)
        for root, dirs, files in sorted(os.walk(x)):
            print(os.path.relpath(root, d), sorted(dirs), sorted(files))
        print(open(os.path.join(x, "hello.txt")).read())
        err(lambda: zf.getinfo("nope"))
        err(lambda: zf.read("nope"))
        err(lambda: zf.writestr("z", b"z"))
        err(lambda: zf.open("hello.txt", "a"))
        # zipfile.Path
        root = zipfile.Path(zf)
        print(sorted(c.name for c in root.iterdir()))
        dd = root / "data"
        print(dd.is_dir(), dd.exists(), dd.name, repr(dd).replace(d, "D"))
        print(sorted(c.name for c in dd.iterdir()))
        t = root.joinpath("data", "table.txt")
        print(t.is_file(), t.suffix, t.stem, t.read_text()[:12], t.parent.name)
        print((root / "hello.txt").read_bytes(), (root / "missing").exists())
        with (root / "hello.txt").open() as f:
            print(f.read())
        err(lambda: (root / "missing").open())
        err(lambda: list((root / "hello.txt").iterdir()))
        err(lambda: dd.open())
    print(repr(zf))

    # append mode, then byte-level checks of an appended archive
    with zipfile.ZipFile(p, "a") as zf:
        zf.writestr(zipfile.ZipInfo("added.txt", DT), b"appended")
    with zipfile.ZipFile(p) as zf:
        print(zf.namelist()[-2:], zf.read("added.txt"), zf.comment)

    # write() from disk files: names and modes, fixed mtimes
    src = os.path.join(d, "src")
    os.makedirs(os.path.join(src, "sub"))
    for name, body in (("one.txt", b"1" * 100), ("sub/two.txt", b"two\n")):
        fn = os.path.join(src, name)
        with open(fn, "wb") as f:
            f.write(body)
        os.chmod(fn, 0o644)
        os.utime(fn, (1600000000, 1600000000))
    os.chmod(os.path.join(src, "sub"), 0o755)
    q = os.path.join(d, "b.zip")
    with zipfile.ZipFile(q, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.write(os.path.join(src, "one.txt"), "one.txt")
        zf.write(os.path.join(src, "sub"), "sub")
        zf.write(os.path.join(src, "sub", "two.txt"), "sub/two.txt", zipfile.ZIP_STORED)
    with zipfile.ZipFile(q) as zf:
        for zi in zf.infolist():
            print(zi.filename, zi.compress_type, zi.file_size, zi.compress_size,
                  "%08x" % zi.CRC, oct(zi.external_attr >> 16), zi.external_attr & 0xFFFF)
        print(zf.read("one.txt") == b"1" * 100)
    zi = zipfile.ZipInfo.from_file(os.path.join(src, "sub", "two.txt"), "x/y.txt")
    print(zi.filename, zi.file_size, oct(zi.external_attr >> 16))
    zi = zipfile.ZipInfo.from_file(os.path.join(src, "sub"))
    print(zi.filename.endswith("sub/"), zi.is_dir(), zi.external_attr & 0x10)

    # x mode refuses an existing file
    err(lambda: zipfile.ZipFile(q, "x"))

# in-memory archives, non-seekable output (data descriptors)
class Unseekable(io.RawIOBase):
    def __init__(self):
        self.buf = io.BytesIO()
    def writable(self):
        return True
    def write(self, b):
        return self.buf.write(b)
    def tell(self):
        raise OSError("no tell")
    def flush(self):
        pass
u = Unseekable()
with zipfile.ZipFile(u, "w", zipfile.ZIP_DEFLATED) as zf:
    zf.writestr(zipfile.ZipInfo("s.txt", DT), b"unseekable " * 20)
raw = u.buf.getvalue()
print(len(raw), zlib.crc32(raw))
with zipfile.ZipFile(io.BytesIO(raw)) as zf:
    zi = zf.getinfo("s.txt")
    print(zi.flag_bits, zi.file_size, zf.read("s.txt")[:22])

# many members, bytes identical across runs
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as zf:
    for i in range(40):
        zf.writestr(zipfile.ZipInfo("f%02d" % i, DT), str(i) * i)
print(len(buf.getvalue()), zlib.crc32(buf.getvalue()))

# corruption and errors
good = io.BytesIO()
with zipfile.ZipFile(good, "w", zipfile.ZIP_DEFLATED) as zf:
    zf.writestr(zipfile.ZipInfo("a.txt", DT), b"A" * 1000)
    zf.writestr(zipfile.ZipInfo("b.txt", DT), b"B" * 10, compress_type=zipfile.ZIP_STORED)
g = bytearray(good.getvalue())
i = g.index(b"BBBBBBBBBB")
g[i] = ord("C")
with zipfile.ZipFile(io.BytesIO(bytes(g))) as zf:
    print(zf.read("a.txt")[:3])
    err(lambda: zf.read("b.txt"))
    print(zf.testzip())
    with zf.open("a.txt") as f:
        print(f.read(5))
err(lambda: zipfile.ZipFile(io.BytesIO(b"not a zip file at all")))
err(lambda: zipfile.ZipFile(io.BytesIO(b"")))
err(lambda: zipfile.ZipFile(io.BytesIO(), "q"))
err(lambda: zipfile.ZipFile(io.BytesIO(), "w", compression=99))
err(lambda: zipfile.ZipFile(io.BytesIO(), "w", metadata_encoding="cp437"))
err(lambda: zipfile.ZipInfo("old", (1979, 1, 1, 0, 0, 0)))
z = zipfile.ZipFile(io.BytesIO(), "w")
err(lambda: setattr(z, "comment", "text"))
err(lambda: z.setpassword("pw"))
err(lambda: z.mkdir(zipfile.ZipInfo("notdir")))
err(lambda: z.mkdir(5))
w = z.open("w1", "w")
err(lambda: z.writestr("w2", b""))
err(lambda: z.open("w3", "w"))
err(lambda: z.close())
w.close()
err(lambda: z.open("w1", "w", pwd=b"x"))
z.close()
err(lambda: z.writestr("late", b""))
err(lambda: z.open("w1"))
print(repr(z))
# a member flagged as encrypted
enc = bytearray(good.getvalue())
for sig, off in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
    j = enc.index(sig)
    enc[j + off] |= 1
with zipfile.ZipFile(io.BytesIO(bytes(enc))) as zf:
    print(zf.getinfo("a.txt").flag_bits)
    err(lambda: zf.read("a.txt"))
# truncated deflate data
t = bytearray(good.getvalue())
with zipfile.ZipFile(io.BytesIO(bytes(t))) as zf:
    zi = zf.getinfo("a.txt")
    zi.compress_size -= 5
    err(lambda: zf.read("a.txt"))
print(zipfile.BadZipfile is zipfile.BadZipFile, issubclass(zipfile.LargeZipFile, Exception))
