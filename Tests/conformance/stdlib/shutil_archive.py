# shutil.make_archive / unpack_archive for zip, tar and gztar; registries; errors.
import os, shutil, tarfile, tempfile, zipfile

def err(fn):
    try:
        r = fn()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, str(e).replace(TMP, "D"))

TMP = "\0"
names = {"zip", "tar", "gztar"}
print([f for f in shutil.get_archive_formats() if f[0] in names])
print([f for f in shutil.get_unpack_formats() if f[0] in names])

def tree(top):
    out = []
    for root, dirs, files in os.walk(top):
        for n in sorted(files):
            p = os.path.join(root, n)
            out.append((os.path.relpath(p, top), open(p, "rb").read()))
        for n in dirs:
            out.append((os.path.relpath(os.path.join(root, n), top) + "/", None))
    return sorted(out, key=lambda x: x[0])

with tempfile.TemporaryDirectory() as d:
    TMP = d
    src = os.path.join(d, "project")
    for rel, body in (("README", b"read me\n"), ("pkg/__init__.py", b""),
                      ("pkg/mod.py", b"x = 1\n" * 20), ("pkg/data/blob.bin", bytes(200)),
                      ("empty/", None)):
        p = os.path.join(src, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        if body is not None:
            with open(p, "wb") as f:
                f.write(body)
    print(tree(src))
    for fmt in ("zip", "tar", "gztar"):
        base = os.path.join(d, "out", "arch-" + fmt)
        name = shutil.make_archive(base, fmt, root_dir=src)
        print(fmt, os.path.relpath(name, d), os.path.isfile(name))
        if fmt == "zip":
            with zipfile.ZipFile(name) as zf:
                print(sorted(zf.namelist()))
        else:
            with tarfile.open(name) as tf:
                print(sorted(tf.getnames()))
        dest = os.path.join(d, "unpacked-" + fmt)
        shutil.unpack_archive(name, dest)
        print(tree(dest) == tree(src))
        dest2 = os.path.join(d, "again-" + fmt)
        shutil.unpack_archive(name, dest2, format=fmt)
        print(sorted(os.listdir(dest2)))
    # base_dir limits what goes in
    name = shutil.make_archive(os.path.join(d, "only-pkg"), "gztar", root_dir=src, base_dir="pkg")
    with tarfile.open(name) as tf:
        print(sorted(tf.getnames()))
    name = shutil.make_archive(os.path.join(d, "only-pkg"), "zip", root_dir=src, base_dir="pkg")
    with zipfile.ZipFile(name) as zf:
        print(sorted(zf.namelist()))
    # filter on unpack
    shutil.unpack_archive(os.path.join(d, "out", "arch-tar.tar"), os.path.join(d, "f"), filter="data")
    print(sorted(os.listdir(os.path.join(d, "f"))))
    # registered formats
    calls = []
    def maker(base_name, base_dir, **kw):
        calls.append((os.path.basename(base_name), base_dir, sorted(kw)))
        return "made"
    shutil.register_archive_format("mine", maker, [("extra", 1)], "my format")
    print(shutil.make_archive(os.path.join(d, "m"), "mine", root_dir=src), calls)
    print(os.getcwd() != src)
    shutil.unregister_archive_format("mine")
    def unpacker(filename, extract_dir, **kw):
        calls.append(("unpack", os.path.basename(filename), sorted(kw)))
    shutil.register_unpack_format("myunpack", [".my"], unpacker, [("k", 2)])
    shutil.unpack_archive(os.path.join(d, "thing.my"), d)
    print(calls[-1])
    err(lambda: shutil.register_unpack_format("dup", [".zip"], unpacker))
    err(lambda: shutil.register_unpack_format("bad", [".bad"], 42))
    shutil.unregister_unpack_format("myunpack")
    err(lambda: shutil.register_archive_format("bad", 5))
    err(lambda: shutil.register_archive_format("bad", maker, 5))
    err(lambda: shutil.register_archive_format("bad", maker, [(1, 2, 3)]))
    err(lambda: shutil.make_archive(os.path.join(d, "x"), "rar"))
    err(lambda: shutil.make_archive(os.path.join(d, "x"), "zip", root_dir=os.path.join(src, "README")))
    err(lambda: shutil.unpack_archive(os.path.join(d, "x.unknown")))
    err(lambda: shutil.unpack_archive(os.path.join(d, "x.zip"), format="nope"))
    with open(os.path.join(d, "fake.zip"), "wb") as f:
        f.write(b"not a zip")
    err(lambda: shutil.unpack_archive(os.path.join(d, "fake.zip"), d))
    with open(os.path.join(d, "fake.tar"), "wb") as f:
        f.write(b"not a tar" * 100)
    err(lambda: shutil.unpack_archive(os.path.join(d, "fake.tar"), d))
    print(issubclass(shutil.ReadError, OSError))
