"""Differential check: Lib/gzip.py, Lib/zipfile.py and Lib/tarfile.py against CPython's.

1. In process (under CPython): the same archives built with our modules and CPython's must be
   byte-identical, and each side must read the other's archives to the same contents.
2. Across interpreters (when a SwiftPy binary is found: $SWIFTPY, /work/bin4/swiftpy or
   .build/debug/swiftpy): SwiftPy builds the archives too (bytes compared with CPython's) and
   reads CPython's archives (contents compared).
"""
import gzip as ref_gzip
import io
import json
import os
import subprocess
import sys
import tarfile as ref_tarfile
import tempfile
import zipfile as ref_zipfile

from _loader import load, Checker

# GEN runs in both interpreters: build(gzip, zipfile, tarfile) -> {name: bytes};
# summary(gzip, zipfile, tarfile, blobs) -> JSON-able contents of every archive.
GEN = r'''
import io

def _data(seed, n):
    out = bytearray()
    x = seed
    words = [b"alpha", b"beta", b"gamma ", b"\n", b"delta", b"\x00\x01", b"epsilon "]
    while len(out) < n:
        x = (x * 1103515245 + 12345) & 0x7fffffff
        if x % 3:
            out += words[x % len(words)]
        else:
            out.append(x % 256)
    return bytes(out[:n])

def build(gzip, zipfile, tarfile, big=True):
    blobs = {}
    for i, (n, level, mtime) in enumerate([(0, 9, 1), (1, 6, 2), (1000, 1, 3), (70000, 9, 4),
                                           (5000, 0, 0), (3000, 9, 0), (200, 5, 1234567890)]):
        data = _data(i + 1, n)
        blobs["c%d.gz" % i] = gzip.compress(data, level, mtime=mtime)
        buf = io.BytesIO()
        with gzip.GzipFile("member%d.txt" % i, "wb", level, buf, mtime=mtime) as g:
            g.write(data[:n // 2])
            g.write(data[n // 2:])
        blobs["f%d.gz" % i] = buf.getvalue()
    dt = (2022, 2, 3, 4, 5, 6)
    for comp, level in ((zipfile.ZIP_STORED, None), (zipfile.ZIP_DEFLATED, None),
                        (zipfile.ZIP_DEFLATED, 1), (zipfile.ZIP_DEFLATED, 9)):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", comp, compresslevel=level) as zf:
            for j in range(6):
                zi = zipfile.ZipInfo("dir%d/file-%d.bin" % (j % 2, j), dt)
                zi.compress_type = comp
                zi.external_attr = 0o644 << 16
                zf.writestr(zi, _data(100 + j, 37 * j * j + 5), compresslevel=level)
            zf.mkdir("empty")
            zf.writestr(zipfile.ZipInfo("na\u00efve \u2603.txt", dt), "snowman")
            with zf.open(zipfile.ZipInfo("streamed.txt", dt), "w") as w:
                for k in range(100):
                    w.write(b"line %d\n" % k)
            zf.comment = b"comment %d" % comp
        blobs["a%d-%s.zip" % (comp, level)] = buf.getvalue()
    if big:  # ZIP64 end records (more than 65535 members); slow on a debug SwiftPy
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as zf:
            for j in range(70000):
                zf.writestr(zipfile.ZipInfo("%d" % j, dt), b"")
        blobs["many.zip"] = buf.getvalue()
    for fmt in (tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT, tarfile.PAX_FORMAT):
        for mode in ("w", "w:gz"):
            buf = io.BytesIO()
            kw = {"compresslevel": 6} if mode == "w:gz" else {}
            with tarfile.open(fileobj=buf, mode=mode, format=fmt, **kw) as tf:
                for j in range(5):
                    name = "d/" + "long-%d-" % j * (j * 4 + 1) + ".txt"
                    if fmt == tarfile.USTAR_FORMAT:
                        name = name[:99]
                    ti = tarfile.TarInfo(name)
                    body = _data(300 + j, 211 * j)
                    ti.size = len(body)
                    ti.mtime = 1500000000 + j
                    ti.mode = 0o640
                    ti.uname, ti.gname = "u%d" % j, "g"
                    tf.addfile(ti, io.BytesIO(body))
                ti = tarfile.TarInfo("d/sub")
                ti.type = tarfile.DIRTYPE
                ti.mode = 0o755
                tf.addfile(ti)
                ti = tarfile.TarInfo("d/sym")
                ti.type = tarfile.SYMTYPE
                ti.linkname = "sub"
                tf.addfile(ti)
                if fmt != tarfile.USTAR_FORMAT:
                    ti = tarfile.TarInfo("caf\u00e9")
                    ti.size = 3
                    ti.uid = 8 ** 9
                    tf.addfile(ti, io.BytesIO(b"abc"))
            raw = buf.getvalue()
            if mode == "w:gz":
                raw = raw[:4] + b"\0\0\0\0" + raw[8:]  # the header's mtime is "now"
            blobs["t%d%s.tar" % (fmt, mode[1:].replace(":", "-"))] = raw
    return blobs

def summary(gzip, zipfile, tarfile, blobs):
    import zlib
    out = {}
    for name in sorted(blobs):
        raw = blobs[name]
        if name.endswith(".gz"):
            with gzip.GzipFile(fileobj=io.BytesIO(raw)) as g:
                data = g.read()
                mtime = g.mtime
            out[name] = [len(data), zlib.crc32(data), mtime, gzip.decompress(raw) == data]
        elif name.endswith(".zip"):
            with zipfile.ZipFile(io.BytesIO(raw)) as zf:
                rows = []
                for zi in zf.infolist()[:20]:
                    data = zf.read(zi)
                    rows.append([zi.filename, list(zi.date_time), zi.compress_type,
                                 zi.file_size, zi.compress_size, zi.CRC, zi.external_attr,
                                 zlib.crc32(data)])
                out[name] = [len(zf.infolist()), zf.comment.decode(), zf.testzip(), rows]
        else:
            with tarfile.open(fileobj=io.BytesIO(raw)) as tf:
                rows = []
                for ti in tf:
                    f = tf.extractfile(ti) if ti.isfile() else None
                    data = f.read() if f else b""
                    rows.append([ti.name, ti.size, ti.mtime, ti.mode, ti.type.decode(),
                                 ti.linkname, ti.uid, ti.uname, ti.gname, zlib.crc32(data)])
                out[name] = rows
    return out
'''

SWIFTPY_SIDE = r'''
import gzip, json, os, sys, tarfile, zipfile
ns = {}
exec(open(sys.argv[1]).read(), ns)
outdir, refdir = sys.argv[2], sys.argv[3]
for name, raw in ns["build"](gzip, zipfile, tarfile, big=False).items():
    with open(os.path.join(outdir, name), "wb") as f:
        f.write(raw)
ref = {}
for name in os.listdir(refdir):
    with open(os.path.join(refdir, name), "rb") as f:
        ref[name] = f.read()
with open(os.path.join(outdir, "summary.json"), "w") as f:
    json.dump(ns["summary"](gzip, zipfile, tarfile, ref), f)
'''


def find_swiftpy():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(os.path.dirname(here))
    for cand in (os.environ.get("SWIFTPY"), "/work/bin4/swiftpy",
                 os.path.join(repo, ".build", "debug", "swiftpy")):
        if cand and os.access(cand, os.X_OK):
            return cand, repo
    return None, repo


def main():
    c = Checker("archives")
    ours_compression = load("_compression")
    gz = load("gzip", deps=("_compression",))
    zf = load("zipfile")
    tf = load("tarfile", deps=("_compression", "gzip"))
    ns = {}
    exec(GEN, ns)
    ref_blobs = ns["build"](ref_gzip, ref_zipfile, ref_tarfile)
    our_blobs = ns["build"](gz, zf, tf)
    for name in sorted(ref_blobs):
        c.eq("bytes of %s (ours under CPython)" % name, our_blobs.get(name), ref_blobs[name])
    want = ns["summary"](ref_gzip, ref_zipfile, ref_tarfile, ref_blobs)
    c.eq("our readers on CPython's archives", ns["summary"](gz, zf, tf, ref_blobs), want)
    c.eq("CPython's readers on our archives",
         ns["summary"](ref_gzip, ref_zipfile, ref_tarfile, our_blobs), want)
    del ours_compression

    swiftpy, repo = find_swiftpy()
    if swiftpy is None:
        print("note: no SwiftPy binary found; cross-interpreter part skipped")
    else:
        with tempfile.TemporaryDirectory() as d:
            refdir = os.path.join(d, "ref")
            outdir = os.path.join(d, "out")
            os.mkdir(refdir)
            os.mkdir(outdir)
            for name, raw in ref_blobs.items():
                with open(os.path.join(refdir, name), "wb") as f:
                    f.write(raw)
            gen = os.path.join(d, "gen.py")
            side = os.path.join(d, "side.py")
            with open(gen, "w") as f:
                f.write(GEN)
            with open(side, "w") as f:
                f.write(SWIFTPY_SIDE)
            env = dict(os.environ, SWIFTPY_HOME=repo)
            proc = subprocess.run([swiftpy, side, gen, outdir, refdir], env=env,
                                  capture_output=True, text=True, timeout=1200)
            c.eq("swiftpy exit status (stderr: %s)" % proc.stderr[-2000:], proc.returncode, 0)
            if proc.returncode == 0:
                for name in sorted(ref_blobs):
                    if name == "many.zip":
                        continue  # not built on SwiftPy (see build's big)
                    path = os.path.join(outdir, name)
                    got = open(path, "rb").read() if os.path.exists(path) else None
                    c.eq("bytes of %s (SwiftPy)" % name, got, ref_blobs[name])
                with open(os.path.join(outdir, "summary.json")) as f:
                    got = json.load(f)
                c.eq("SwiftPy reading CPython's archives", got, json.loads(json.dumps(want)))
    for line in c.failed[:20]:
        print("FAIL", line[:3000])
    print("%s: %d/%d passed" % (c.title, c.passed, c.passed + len(c.failed)))
    return 0 if not c.failed else 1


if __name__ == "__main__":
    sys.exit(main())
