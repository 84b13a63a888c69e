# A small file organiser on pathlib: builds a tree in a temporary directory, sorts files
# into folders by suffix, renames, globs and reports; prints paths relative to the root only.
import os
import tempfile
from pathlib import Path, PurePosixPath, PureWindowsPath


def rel(p):
    return p.relative_to(root).as_posix()


def show(title, paths):
    print(title, sorted(rel(p) for p in paths))


def err(f):
    try:
        r = f()
    except Exception as e:
        msg = str(e).replace(str(root), "<root>")
        print("  ", type(e).__name__, msg, getattr(e, "filename", None) and rel(Path(e.filename)))
    else:
        print("  ok", r)


tmp = tempfile.TemporaryDirectory()
root = Path(tmp.name).resolve()
inbox = root / "inbox"
inbox.mkdir()
files = {"report.txt": "quarterly report\n", "photo.JPG": "jpeg", "notes.md": "# notes\nline\n",
         "archive.tar.gz": "gz", "script.py": "print('hi')\n", ".hidden": "secret", "README": "read"}
for name, text in files.items():
    n = (inbox / name).write_text(text)
    assert n == len(text)
(inbox / "data.bin").write_bytes(bytes(range(5)))
(inbox / "sub" / "deep").mkdir(parents=True)
(inbox / "sub" / "deep" / "x.py").write_text("x = 1\n")
(inbox / "sub" / "y.PY").touch()
show("inbox:", inbox.iterdir())
show("glob *.py:", inbox.glob("*.py"))
show("glob **/*.py:", inbox.glob("**/*.py"))
show("rglob *.py:", inbox.rglob("*.py"))
show("glob **:", inbox.glob("**"))
show("glob */:", inbox.glob("*/"))
show("glob sub/*/x.py:", inbox.glob("sub/*/x.py"))
show("glob ?????.*:", inbox.glob("?????.*"))
show("glob [rn]*:", inbox.glob("[rn]*"))

# organise by suffix (lower case); no suffix -> "other"
moved = []
for p in sorted(inbox.iterdir()):
    if not p.is_file():
        continue
    kind = p.suffix.lower().lstrip(".") or "other"
    dest_dir = root / "sorted" / kind
    dest_dir.mkdir(parents=True, exist_ok=True)
    moved.append(rel(p.rename(dest_dir / p.name)))
print("moved:", moved)
show("sorted tree:", (root / "sorted").rglob("*"))
for d in sorted((root / "sorted").iterdir()):
    sizes = sorted((f.name, f.stat().st_size) for f in d.iterdir())
    print(" ", d.name, d.is_dir(), sizes)

# rename with stem/suffix helpers, replace over an existing file
gz = root / "sorted" / "gz" / "archive.tar.gz"
print("suffixes:", gz.suffixes, gz.stem, gz.with_stem("backup").name, gz.with_suffix(".tgz").name)
newgz = gz.rename(gz.with_name("backup.tgz"))
print("renamed:", rel(newgz), newgz.exists(), gz.exists())
txt = root / "sorted" / "txt" / "report.txt"
copy = txt.with_name("copy.txt")
copy.write_text("old\n")
print("replace:", rel(copy.replace(txt)), txt.read_text(), copy.exists())
print("bytes:", list((root / "sorted" / "bin" / "data.bin").read_bytes()))
with (root / "sorted" / "md" / "notes.md").open() as f:
    print("lines:", [line.rstrip() for line in f])
with (root / "sorted" / "md" / "notes.md").open("a") as f:
    f.write("more\n")
print("appended:", (root / "sorted" / "md" / "notes.md").read_text().splitlines())

# links
link = root / "link.md"
link.symlink_to(root / "sorted" / "md" / "notes.md")
print("link:", link.is_symlink(), link.is_file(), rel(link.readlink()), rel(link.resolve()),
      link.samefile(root / "sorted" / "md" / "notes.md"), link.lstat().st_size != link.stat().st_size)
dangling = root / "dangling"
dangling.symlink_to(root / "nowhere")
print("dangling:", dangling.exists(), dangling.is_symlink(), rel(dangling.resolve()))
loop = root / "loop"
loop.symlink_to(loop)
err(lambda: loop.resolve())
err(lambda: loop.resolve(strict=True))
err(lambda: (root / "nowhere" / "x").resolve(strict=True))
print("resolve ..:", rel((root / "sorted" / ".." / "sorted" / "py").resolve()))

# chmod, touch, absolute, cwd
f = root / "sorted" / "py" / "script.py"
f.chmod(0o640)
print("mode:", oct(f.stat().st_mode & 0o777))
old = os.getcwd()
os.chdir(root)
print("cwd:", Path.cwd() == root, rel(Path("sorted").absolute()), Path("a/../b").absolute() == root / "a/../b")
os.chdir(old)
print("home:", Path.home() == Path(os.path.expanduser("~")), Path("~/x").expanduser().name,
      Path("/~x").expanduser() == Path("/~x"))
print("owner/group are str:", isinstance(f.owner(), str), isinstance(f.group(), str))

# errors
print("errors:")
missing = root / "missing.txt"
err(lambda: missing.read_text())
err(lambda: missing.unlink())
err(lambda: missing.unlink(missing_ok=True))
err(lambda: missing.stat())
err(lambda: (root / "sorted").mkdir())
err(lambda: (root / "sorted").mkdir(exist_ok=True))
err(lambda: (root / "a" / "b").mkdir())
err(lambda: (root / "sorted").rmdir())
err(lambda: (root / "sorted" / "txt" / "report.txt").touch(exist_ok=False))
err(lambda: list(missing.iterdir()))
err(lambda: list(root.glob("")))
err(lambda: list(root.glob("/abs")))
err(lambda: list(root.glob("a**b")))
err(lambda: missing.write_text(b"x"))
err(lambda: missing.relative_to(root / "sorted"))
err(lambda: missing.with_suffix("txt"))
err(lambda: Path("/").with_name("x"))
print("is_*:", missing.exists(), missing.is_dir(), missing.is_file(), missing.is_symlink(),
      (missing / "x").exists(), root.is_mount(), Path("/").is_mount())

# cleanup bottom-up with pathlib only
for p in sorted(root.rglob("*"), key=lambda p: len(p.parts), reverse=True):
    if p.is_symlink() or p.is_file():
        p.unlink()
    else:
        p.rmdir()
print("left:", list(root.iterdir()))
tmp.cleanup()
print("gone:", root.exists())

# pure paths as data
print(PurePosixPath("/srv/www") / "site" / "index.html",
      PureWindowsPath("C:/Users") / "bob" / "x.txt",
      PureWindowsPath("//host/share/dir/f.txt").parents[1],
      sorted({PureWindowsPath("A/b"), PureWindowsPath("a/B"), PureWindowsPath("c")}))
