# The gzip / zipfile / tarfile command lines: main() in process with sys.argv set, and
# `python -m gzip` as a child process over stdin/stdout.
import contextlib, gzip, io, os, re, subprocess, sys, tarfile, tempfile, zipfile

def cli(mod, *args):
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")  # with .buffer, as gzip's main uses
    err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    code = 0
    sys.argv = [mod.__name__ + ".py"] + list(args)
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            mod.main()
        except SystemExit as e:
            code = e.code
        except Exception as e:
            code = "%s: %s" % (type(e).__name__, e)
    print("$", mod.__name__, " ".join(args), "->", code)
    for label, buf in (("out", out), ("err", err)):
        buf.flush()
        for line in buf.buffer.getvalue().decode().replace(D, "D").splitlines():
            print("  %s| %s" % (label, re.sub(r" at 0x[0-9a-f]+", "", line)))

with tempfile.TemporaryDirectory() as D:
    old = os.getcwd()
    os.chdir(D)
    os.makedirs(os.path.join("tree", "sub"))
    for rel, body in (("tree/a.txt", "alpha\n" * 30), ("tree/sub/b.txt", "beta\n")):
        with open(rel, "w") as f:
            f.write(body)
    # gzip
    cli(gzip, "tree/a.txt")
    print(os.path.getsize("tree/a.txt.gz") < 180)
    os.rename("tree/a.txt", "orig.txt")
    cli(gzip, "-d", "tree/a.txt.gz")
    print(open("tree/a.txt").read() == open("orig.txt").read())
    os.remove("tree/a.txt.gz")
    os.remove("orig.txt")
    cli(gzip, "-d", "tree/a.txt")
    cli(gzip, "--fast", "--best", "x")
    p = subprocess.run([sys.executable, "-m", "gzip", "-d"], input=gzip.compress(b"from stdin\n", mtime=0),
                       capture_output=True)
    print(p.returncode, p.stdout)
    p = subprocess.run([sys.executable, "-m", "gzip", "--best"], input=b"piped" * 100,
                       capture_output=True)
    print(p.returncode, gzip.decompress(p.stdout) == b"piped" * 100, p.stdout[:3], p.stdout[8:10])
    for rel in ("tree", "tree/sub", "tree/a.txt", "tree/sub/b.txt"):
        os.utime(rel, (1600000000, 1600000000))
    # zipfile
    cli(zipfile, "-c", "t.zip", "tree")
    cli(zipfile, "-l", "t.zip")
    cli(zipfile, "-t", "t.zip")
    cli(zipfile, "-e", "t.zip", "xz")
    print(sorted(os.listdir(os.path.join("xz", "tree"))))
    cli(zipfile, "-t", "tree/a.txt")
    # tarfile
    cli(tarfile, "-c", "t.tar.gz", "tree")
    cli(tarfile, "-l", "t.tar.gz")
    cli(tarfile, "-v", "-t", "t.tar.gz")
    cli(tarfile, "-v", "-e", "t.tar.gz", "xt", "--filter", "data")
    print(sorted(os.listdir(os.path.join("xt", "tree"))))
    cli(tarfile, "-l", "tree/a.txt")
    cli(tarfile, "--filter", "tar", "-l", "t.tar.gz")
    cli(tarfile, "-v", "-c", "plain.tar", "tree/sub/b.txt")
    cli(tarfile, "-e", "plain.tar", "a", "b")
    os.chdir(old)
