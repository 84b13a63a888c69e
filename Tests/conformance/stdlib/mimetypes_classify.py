"""A file-type classifier over a list of names and URLs with mimetypes: the module
functions, a private MimeTypes database, reading mime.types files, and data: URLs."""
import mimetypes
import os
import tempfile

NAMES = [
    "report.pdf", "photo.JPG", "photo.jpeg", "archive.tar.gz", "archive.tgz", "notes.txt",
    "page.html", "PAGE.HTM", "style.css", "app.js", "data.json", "table.csv", "song.mp3",
    "clip.mp4", "font.woff2", "image.svg", "doc.docx", "sheet.xlsx", "bundle.tar.bz2",
    "backup.tar.xz", "pack.zip", "script.py", "module.pyc", "Makefile", "README",
    "weird.unknownext", "noext.", ".bashrc", "picture.webp", "movie.mov", "x.rtf",
    "dir/sub/file.xml", "http://example.com/a/b/index.html", "http://example.com/img.png?x=1",
    "ftp://host/file.tar.Z", "file.svgz", "thing.gz", "thing.br", "a.b.c.md", "a.midi",
]

for name in NAMES:
    strict = mimetypes.guess_type(name)
    loose = mimetypes.guess_type(name, strict=False)
    note = "" if strict == loose else "  (non-strict: %r)" % (loose,)
    print("%-38s %r%s" % (name, strict, note))

print("== by category ==")
groups = {}
for name in NAMES:
    mtype, enc = mimetypes.guess_type(name, strict=False)
    major = mtype.split("/")[0] if mtype else "unknown"
    groups.setdefault(major, []).append(name + ("+" + enc if enc else ""))
for major in sorted(groups):
    print(major, len(groups[major]), sorted(groups[major]))

print("== extensions ==")
for mtype in ["text/html", "image/jpeg", "application/json", "text/plain", "audio/mpeg",
              "application/x-tar", "IMAGE/PNG", "image/jpg", "application/rtf", "no/such"]:
    print(mtype, mimetypes.guess_extension(mtype), mimetypes.guess_extension(mtype, strict=False),
          mimetypes.guess_all_extensions(mtype)[:6],
          mimetypes.guess_all_extensions(mtype, strict=False)[-3:])

print("== data URLs ==")
for url in ["data:text/html;base64,PGI+", "data:,hello", "data:image/png,xx",
            "data:charset=utf-8,zz", "data:nocomma", "DATA:text/css;x=y,abc"]:
    print(url, mimetypes.guess_type(url))
print(mimetypes.guess_type(os.path.join("some", "path", "file.html")))

print("== tables ==")
print(mimetypes.inited, len(mimetypes.knownfiles), mimetypes.knownfiles[0])
print(sorted(mimetypes.suffix_map.items()))
print(sorted(mimetypes.encodings_map.items()))
print(mimetypes.types_map[".html"], mimetypes.types_map[".py"], mimetypes.common_types[".jpg"])
print(".rtf" in mimetypes.types_map, ".rtf" in mimetypes.common_types)

print("== add_type and private databases ==")
mimetypes.add_type("application/x-swiftpy", ".spy")
mimetypes.add_type("text/x-loose", ".loose", strict=False)
print(mimetypes.guess_type("prog.spy"), mimetypes.guess_type("a.loose"),
      mimetypes.guess_type("a.loose", strict=False), mimetypes.guess_extension("application/x-swiftpy"))

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "my.types")
    with open(path, "w", encoding="utf-8") as f:
        f.write("# comment line\n")
        f.write("application/x-demo   demo dmo  # trailing comment\n")
        f.write("\n   \n")
        f.write("text/x-custom cst\n")
        f.write("image/x-only\n")
    found = mimetypes.read_mime_types(path)
    print(sorted(found.items())[:3], len(found) > 100, found[".demo"], found.get(".cst"))
    print(mimetypes.read_mime_types(os.path.join(tmp, "missing.types")))
    db = mimetypes.MimeTypes([path])
    print(db.guess_type("x.demo"), db.guess_type("x.DMO"), db.guess_all_extensions("application/x-demo"))
    db2 = mimetypes.MimeTypes()
    db2.read(path, strict=False)
    print(db2.guess_type("x.demo"), db2.guess_type("x.demo", strict=False))
    print(db.guess_type("prog.spy"), mimetypes.guess_type("x.demo"))
    mimetypes.init([path])
    print("after init(files):", mimetypes.guess_type("x.demo"), mimetypes.guess_type("prog.spy"))
    mimetypes.init()
    print("after init():", mimetypes.guess_type("x.demo"), mimetypes.guess_type("prog.spy"))
    try:
        db.read(os.path.join(tmp, "missing.types"))
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
try:
    mimetypes.guess_type(42)
except TypeError as e:
    print("TypeError", e)
print(mimetypes.guess_type(b"x.txt".decode()))

print("== http.server uses mimetypes ==")
from http.server import SimpleHTTPRequestHandler
handler = SimpleHTTPRequestHandler.__new__(SimpleHTTPRequestHandler)
for name in ["index.html", "a.tar.gz", "x.Z", "pic.PNG", "data.json", "noext", "app.wasm", "z.bz2",
             "prog.py", "style.css", "clip.webm"]:
    print(name, handler.guess_type(name))
