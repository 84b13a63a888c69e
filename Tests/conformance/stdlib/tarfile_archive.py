# tarfile: write/read archives in every format and compression, members, filters, errors.
import io, os, stat, tarfile, tempfile, zlib

MT = 1600000000

def fix(ti):
    ti.uid = ti.gid = 1000
    ti.uname, ti.gname = "alice", "staff"
    ti.mtime = MT
    return ti

def show(ti):
    return (ti.name, ti.size, ti.mtime, oct(ti.mode), ti.type, ti.linkname, ti.uid, ti.gid,
            ti.uname, ti.gname, ti.isfile(), ti.isdir(), ti.issym(), ti.islnk())

def err(fn):
    try:
        r = fn()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, str(e).replace(TMP, "D"))

TMP = "\0"

def member(name, data=b"", **kw):
    ti = tarfile.TarInfo(name)
    ti.size = len(data)
    ti.mtime = MT
    for k, v in kw.items():
        setattr(ti, k, v)
    return ti, io.BytesIO(data)

long_name = "deep/" + "/".join("component%02d" % i for i in range(12)) + "/file.txt"
for fmt in (tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT, tarfile.PAX_FORMAT):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=fmt) as tf:
        tf.addfile(*member("hello.txt", b"hello world\n", uname="bob", gname="users"))
        tf.addfile(*member("dir", type=tarfile.DIRTYPE, mode=0o755))
        tf.addfile(*member("dir/link", type=tarfile.SYMTYPE, linkname="../hello.txt"))
        tf.addfile(*member("dir/hard", type=tarfile.LNKTYPE, linkname="hello.txt"))
        tf.addfile(*member(long_name, b"x" * 700))
        if fmt != tarfile.USTAR_FORMAT:
            tf.addfile(*member("caf\u00e9-" + "n" * 100, b"unicode"))
            tf.addfile(*member("big-uid", b"", uid=8 ** 8))
    raw = buf.getvalue()
    print("format", fmt, len(raw), zlib.crc32(raw))
    buf.seek(0)
    with tarfile.open(fileobj=buf) as tf:
        for ti in tf:
            print(show(ti))
        print(tf.extractfile("hello.txt").read(), tf.extractfile("dir/link").read(),
              tf.extractfile("dir/hard").read(), tf.extractfile("dir"))
        f = tf.extractfile(long_name)
        print(f.read(5), f.tell(), f.seek(695), f.read(), f.readable(), f.seekable())
        if fmt == tarfile.PAX_FORMAT:
            print(sorted(tf.getmember("big-uid").pax_headers.items()))

# USTAR limits
def ustar(ti):
    return ti.tobuf(tarfile.USTAR_FORMAT)
err(lambda: ustar(tarfile.TarInfo("a" * 101)))
err(lambda: len(ustar(tarfile.TarInfo("p" * 100 + "/" + "n" * 90))))
t = tarfile.TarInfo("x")
t.linkname = "l" * 101
err(lambda: ustar(t))
t = tarfile.TarInfo("x")
t.uid = 8 ** 8
err(lambda: ustar(t))
err(lambda: len(t.tobuf(tarfile.GNU_FORMAT)))
t.uid = None
err(lambda: t.tobuf())
t = tarfile.TarInfo("y")
t.mtime = 1234.5
print(len(t.tobuf()), zlib.crc32(t.tobuf()))
err(lambda: tarfile.TarInfo("z").tobuf(7))
print(repr(tarfile.TarInfo("n"))[:14], tarfile.TarInfo().name == "")
t = tarfile.TarInfo("orig")
r = t.replace(name="new", mode=0o600)
print(t.name, r.name, oct(r.mode), r.path)

with tempfile.TemporaryDirectory() as d:
    TMP = d
    src = os.path.join(d, "src")
    os.makedirs(os.path.join(src, "sub", "inner"))
    files = {"a.txt": b"alpha\n" * 50, "sub/b.bin": bytes(range(256)), "sub/inner/c.txt": b""}
    for name, body in files.items():
        p = os.path.join(src, name)
        with open(p, "wb") as f:
            f.write(body)
        os.chmod(p, 0o644)
    os.chmod(os.path.join(src, "sub", "b.bin"), 0o755)
    os.symlink("a.txt", os.path.join(src, "link"))
    for dp in ("sub", "sub/inner", ""):
        os.chmod(os.path.join(src, dp), 0o755)
    for mode, ext in (("w", "tar"), ("w:gz", "tar.gz"), ("x", "x.tar"), ("w|", "s.tar"), ("w|gz", "s.tgz")):
        p = os.path.join(d, "out." + ext)
        with tarfile.open(p, mode) as tf:
            tf.add(src, arcname="top", filter=fix)
            tf.add(os.path.join(src, "a.txt"), arcname="alone.txt",
                   filter=lambda ti: None if ti.name.endswith("never") else fix(ti))
            tf.add(os.path.join(src, "sub"), arcname="flat", recursive=False, filter=fix)
        print(mode, tarfile.is_tarfile(p), os.path.getsize(p) % 10240)
        if mode in ("w", "w:gz"):
            print(zlib.crc32(open(p, "rb").read()) if mode == "w" else "gz")
        rmode = "r|*" if "|" in mode else "r"
        with tarfile.open(p, rmode) as tf:
            for ti in tf:
                print(show(ti))
                if ti.isfile() and "|" in mode:
                    print(" ", len(tf.extractfile(ti).read()))
        if "|" not in mode:
            with tarfile.open(p) as tf:
                print(tf.getnames() == [m.name for m in tf.getmembers()],
                      tf.getmember("top/sub/b.bin").size, tf.getmember("top/sub/").name)
                out = io.StringIO()
                import contextlib
                with contextlib.redirect_stdout(out):
                    tf.list(verbose=False)
                    tf.list(members=tf.getmembers()[:3])
                print(out.getvalue())
    # append
    p = os.path.join(d, "out.tar")
    with tarfile.open(p, "a") as tf:
        tf.addfile(*member("appended.txt", b"more"))
    with tarfile.open(p, "r:") as tf:
        print(tf.getnames()[-2:], tf.extractfile("appended.txt").read())
    err(lambda: tarfile.open(os.path.join(d, "out.tar.gz"), "a:gz"))
    err(lambda: tarfile.open(p, "x"))
    # extraction with filters
    for flt in ("data", "tar", "fully_trusted"):
        x = os.path.join(d, "x-" + flt)
        with tarfile.open(os.path.join(d, "out.tar.gz"), "r:gz") as tf:
            tf.extractall(x, filter=flt)
        found = []
        for root, dirs, fs in os.walk(x):
            for n in sorted(dirs + fs):
                q = os.path.join(root, n)
                st = os.lstat(q)
                found.append((os.path.relpath(q, x), oct(stat.S_IMODE(st.st_mode)),
                              int(st.st_mtime) if not stat.S_ISLNK(st.st_mode) else "link"))
        print(flt, sorted(found))
        print(open(os.path.join(x, "top", "link")).read()[:6])
    with tarfile.open(os.path.join(d, "out.tar")) as tf:
        tf.extract("top/a.txt", os.path.join(d, "one"), filter="data")
        tf.extract(tf.getmember("alone.txt"), os.path.join(d, "one"), set_attrs=False)
        print(sorted(os.listdir(os.path.join(d, "one"))))
        err(lambda: tf.extract("missing", d))
        err(lambda: tf.extractall(d, filter="bogus"))
    # malicious members rejected by the data filter
    evil = io.BytesIO()
    with tarfile.open(fileobj=evil, mode="w") as tf:
        tf.addfile(*member("/abs/file", b"a"))
        tf.addfile(*member("../escape", b"b"))
        tf.addfile(*member("ln", type=tarfile.SYMTYPE, linkname="/etc/passwd"))
        tf.addfile(*member("ln2", type=tarfile.SYMTYPE, linkname="../x"))
        tf.addfile(*member("dev", type=tarfile.CHRTYPE))
        tf.addfile(*member("setuid", b"s", mode=0o4777))
    evil.seek(0)
    dest = os.path.join(d, "evil")
    with tarfile.open(fileobj=evil) as tf:
        for m in tf.getmembers():
            for flt in (tarfile.data_filter, tarfile.tar_filter):
                try:
                    r = flt(m, dest)
                    print(m.name, flt.__name__, r.name, oct(r.mode) if r.mode is not None else None, r.uid, r.uname)
                except tarfile.FilterError as e:
                    print(m.name, flt.__name__, type(e).__name__, str(e).replace(d, "D"))
        err(lambda: tf.extract("setuid", dest, filter="data"))
        print(oct(os.stat(os.path.join(dest, "setuid")).st_mode & 0o7777))
        err(lambda: tf.extract("../escape", dest, filter="data"))
        tf.errorlevel = 0
        tf.extract("../escape", dest, filter="data")
        print(os.path.exists(os.path.join(d, "escape")))

# gzip compression level and mtime in the stream; reading errors
buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode="w:gz", compresslevel=1) as tf:
    tf.addfile(*member("z.txt", b"zzz" * 100))
buf.seek(0)
with tarfile.open(fileobj=buf, mode="r:*") as tf:
    print(tf.getnames(), tf.extractfile("z.txt").read(6))
err(lambda: tarfile.open(fileobj=io.BytesIO(b"not a tar file" * 100), mode="r:"))
err(lambda: tarfile.open(fileobj=io.BytesIO(b""), mode="r:"))
err(lambda: tarfile.open(fileobj=io.BytesIO(b"x" * 100), mode="r:gz"))
try:
    tarfile.open(fileobj=io.BytesIO(b"x" * 1000), mode="r")
except tarfile.ReadError as e:
    print(str(e).splitlines()[:2])  # bz2/xz lines differ where those modules are missing
err(lambda: tarfile.open(fileobj=io.BytesIO(), mode="w:zip"))
err(lambda: tarfile.open(fileobj=io.BytesIO(), mode="q"))
err(lambda: tarfile.open())
err(lambda: tarfile.open(fileobj=io.BytesIO(), mode="a|"))
print(tarfile.is_tarfile(io.BytesIO(b"junk" * 200)), tarfile.is_tarfile(io.BytesIO(raw)))
trunc = io.BytesIO(raw[:700])
with tarfile.open(fileobj=trunc) as tf:
    err(lambda: tf.getnames())
bad = bytearray(raw)
bad[600] ^= 0xFF
with tarfile.open(fileobj=io.BytesIO(bytes(bad))) as tf:
    err(lambda: tf.getnames())
w = tarfile.open(fileobj=io.BytesIO(), mode="w")
err(lambda: w.getmembers())
err(lambda: w.extractfile("a"))
w.close()
err(lambda: w.addfile(tarfile.TarInfo("late")))
r = tarfile.open(fileobj=io.BytesIO(raw))
err(lambda: r.addfile(tarfile.TarInfo("ro")))
err(lambda: r.getmember("nope"))
print(issubclass(tarfile.ReadError, tarfile.TarError), issubclass(tarfile.FilterError, tarfile.TarError))
