# codecs streams: a small log converter reading and writing files through codecs.open,
# StreamReader/StreamWriter over BytesIO (readline across chunk and codec boundaries),
# StreamReaderWriter, EncodedFile/StreamRecoder between encodings.
import codecs
import io
import os
import tempfile

lines = ["première ligne\n", "zweite Zeile — ü\r\n", "三行目\n", "\U0001F600 emoji line\r",
         "no newline at end"]
text = "".join(lines)

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "log.txt")
for enc in ["utf-8", "utf-16", "utf-32-be", "utf-8-sig"]:
    with codecs.open(path, "w", encoding=enc) as f:
        print(type(f).__name__, f.encoding, f.mode if hasattr(f, "mode") else "-")
        f.write(lines[0])
        f.writelines(lines[1:])
    with open(path, "rb") as raw:
        data = raw.read()
    print(enc, len(data), data[:6], data == text.encode(enc))
    with codecs.open(path, "r", encoding=enc) as f:
        got = list(f)
    print(" lines:", [ascii(x) for x in got])
    with codecs.open(path, encoding=enc) as f:
        print(" read(5):", ascii(f.read(5)), "readline:", ascii(f.readline()),
              "readlines:", len(f.readlines()))
    with codecs.open(path, encoding=enc) as f:
        print(" keepends=False:", [ascii(f.reader.readline(keepends=False)) for _ in range(3)])
with codecs.open(path, "rb") as f:
    print(type(f).__name__, f.read(3))
try:
    codecs.open(path, "r", encoding="no-such")
except LookupError as e:
    print("LookupError:", e)

# Readers over a byte stream, with tiny read sizes so multibyte sequences are split.
for enc in ["utf-8", "utf-16-le", "utf-32"]:
    reader = codecs.getreader(enc)(io.BytesIO(text.encode(enc)))
    out = []
    while True:
        chunk = reader.read(3)
        if not chunk:
            break
        out.append(chunk)
    print(enc, "read(3) pieces:", len(out), "".join(out) == text)
    reader = codecs.getreader(enc)(io.BytesIO(text.encode(enc)))
    print(enc, "chars:", [ascii(reader.read(-1, 4)) for _ in range(3)])
    reader = codecs.getreader(enc)(io.BytesIO(text.encode(enc)))
    print(enc, "readline(size=2):", [ascii(reader.readline(2)) for _ in range(4)])
    reader.seek(0)
    print(enc, "after seek:", ascii(reader.readline()), reader.tell() > 0)

# A decode error after the first line is reported on the next call, not the first.
reader = codecs.getreader("utf-8")(io.BytesIO(b"good line\nsecond\n\xff broken\n"))
for _ in range(3):
    try:
        print(ascii(reader.readline()))
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
reader = codecs.getreader("utf-8")(io.BytesIO(b"a\xffb\nc"), errors="replace")
print([ascii(x) for x in reader])

# Writers; the utf-16 writer emits one BOM only.
buf = io.BytesIO()
writer = codecs.getwriter("utf-16")(buf)
writer.write("ab")
writer.write("cd")
writer.writelines(["e", "f"])
print(buf.getvalue(), buf.getvalue().count(codecs.BOM_UTF16))
writer.seek(0)
buf.truncate()
writer.write("x")
print(buf.getvalue())
buf = io.BytesIO()
w = codecs.getwriter("ascii")(buf, "xmlcharrefreplace")
w.write("café ☕")
print(buf.getvalue(), w.errors, w.getvalue() == buf.getvalue())
try:
    codecs.getwriter("ascii")(io.BytesIO()).write("é")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)

# StreamReaderWriter over one buffer.
buf = io.BytesIO()
rw = codecs.StreamReaderWriter(buf, codecs.getreader("utf-8"), codecs.getwriter("utf-8"))
rw.write("héllo\nwörld\n")
rw.seek(0)
print(ascii(rw.readline()), ascii(rw.read()), rw.encoding)
rw.seek(0)
print([ascii(x) for x in rw], ascii(rw.readline()))

# EncodedFile: the program speaks latin-1, the file holds utf-8 (and the other way round).
store = io.BytesIO()
ef = codecs.EncodedFile(store, "latin-1", "utf-8")
ef.write("naïve\nfaçade\n".encode("latin-1"))
print(store.getvalue(), ef.data_encoding, ef.file_encoding, type(ef).__name__)
store.seek(0)
ef = codecs.EncodedFile(store, "latin-1", "utf-8")
print(ef.readline(), ef.read())
store.seek(0)
ef = codecs.EncodedFile(store, "utf-16-le", "utf-8")
print(ef.readlines())
store.seek(0)
print(list(codecs.EncodedFile(store, "ascii", "utf-8", errors="replace")))
rec = codecs.StreamRecoder(io.BytesIO(b"abc\n"), codecs.getencoder("utf-32-be"),
                           codecs.getdecoder("utf-32-be"), codecs.getreader("ascii"),
                           codecs.getwriter("ascii"))
print(rec.read(), rec.data_encoding, rec.file_encoding)
ef = codecs.EncodedFile(io.BytesIO(), "utf-8")
ef.writelines([b"one ", "twö".encode()])
print(ef.stream.getvalue(), ef.getvalue())

# Bytes-to-bytes codecs as streams.
buf = io.BytesIO()
hw = codecs.getwriter("hex")(buf)
hw.write(b"\x00\xffA")
print(buf.getvalue())
print(codecs.getreader("base64")(io.BytesIO(b"aGVsbG8gd29ybGQ=\n")).read())

# Streams cannot be pickled.
import pickle
for obj in (codecs.getreader("utf-8")(io.BytesIO()), codecs.getwriter("utf-8")(io.BytesIO()),
            rw, ef):
    try:
        pickle.dumps(obj)
    except TypeError as e:
        print("TypeError:", e)
os.remove(path)
os.rmdir(tmp)
