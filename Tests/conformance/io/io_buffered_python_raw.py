# io.BufferedReader/Writer/Random/RWPair over any raw stream (a Python RawIOBase subclass or
# FileIO), isinstance() for both them and open()'s objects, and IOBase closing on collection.
import gc
import io
import os
import tempfile


class Raw(io.RawIOBase):
    """An in-memory raw stream that returns at most `chunk` bytes per read and logs close()."""

    def __init__(self, data=b"", chunk=3, label="raw"):
        self.data = bytearray(data)
        self.pos = 0
        self.chunk = chunk
        self.label = label

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return True

    def readinto(self, b):
        n = min(len(b), self.chunk, len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n

    def write(self, b):
        b = bytes(b)
        self.data[self.pos:self.pos + len(b)] = b
        self.pos += len(b)
        return len(b)

    def seek(self, pos, whence=0):
        self.pos = [pos, self.pos + pos, len(self.data) + pos][whence]
        return self.pos

    def tell(self):
        return self.pos

    def close(self):
        if not self.closed:
            print("close", self.label)
        super().close()


def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


raw = Raw(b"line one\nline two\nthird", label="r1")
print(raw.read(2), raw.read(), raw.read(), Raw(b"abcdefgh").readall())
raw.seek(0)
r = io.BufferedReader(raw, buffer_size=4)
print(type(r).__name__, isinstance(r, io.BufferedReader), isinstance(r, io.BufferedIOBase), r.raw is raw)
print(r.readable(), r.writable(), r.seekable(), r.closed)
print(r.read(3), r.peek()[:1], r.read1(2), r.tell())
print(r.readline(), r.readline(4), r.readline())
b = bytearray(3)
print(r.readinto(b), b, r.read(), r.read(), r.tell())
print(r.seek(5), r.read(3), r.seek(-2, 1), r.read(2), r.seek(-5, 2), r.read())
r.seek(0)
print(list(r))
show("bad whence", lambda: r.seek(0, 5))
spare = Raw(label="spare")
show("bad size", lambda: io.BufferedReader(spare, buffer_size=0))
spare.close()
d = r.detach()
print(d is raw, d.closed)
show("raw after detach", lambda: r.raw)
show("read after detach", lambda: r.read())
r = io.BufferedReader(raw)
r.close()
print(r.closed, raw.closed)
show("read closed", lambda: r.read())
r.close()

raw = Raw(label="w1")
w = io.BufferedWriter(raw, buffer_size=8)
print(type(w).__name__, isinstance(w, io.BufferedWriter), w.writable(), w.readable())
print(w.write(b"abc"), bytes(raw.data), w.tell())
print(w.write(bytearray(b"defghijk")), bytes(raw.data))
w.write(memoryview(b"XY"))
w.flush()
print(bytes(raw.data), w.tell())
show("write str", lambda: w.write("text"))
print(w.seek(1), w.write(b"__"), w.tell())
w.close()
print(bytes(raw.data), w.closed)
show("write closed", lambda: w.write(b"x"))

raw = Raw(b"0123456789", chunk=4, label="rw1")
rw = io.BufferedRandom(raw, 4)
print(type(rw).__name__, isinstance(rw, io.BufferedRandom), isinstance(rw, io.BufferedReader))
print(rw.read(2), rw.tell())
rw.write(b"ab")
print(rw.tell(), rw.read(2))
rw.seek(0)
print(rw.read(), rw.tell())
rw.seek(8)
rw.write(b"XYZ")
rw.seek(0)
print(rw.read())
rw.close()

rr, ww = Raw(b"reply\nmore", label="pair-r"), Raw(label="pair-w")
pair = io.BufferedRWPair(rr, ww, 16)
print(type(pair).__name__, pair.readable(), pair.writable(), pair.readline(), pair.peek()[:2])
pair.write(b"request")
print(bytes(ww.data))
pair.flush()
print(bytes(ww.data), pair.read(), pair.closed)
pair.close()
print(pair.closed, rr.closed, ww.closed)

# over FileIO, and what open() returns
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "data.bin")
    with open(path, "wb") as f:
        print(isinstance(f, io.BufferedWriter), isinstance(f, io.BufferedReader), isinstance(f, io.BufferedIOBase))
        f.write(b"alpha\nbeta\ngamma\n")
    with open(path, "rb") as f:
        print(isinstance(f, io.BufferedReader), isinstance(f, io.BufferedWriter))
    with open(path, "r+b") as f:
        print(isinstance(f, io.BufferedRandom))
    with open(path, "r") as f:
        print(isinstance(f, io.TextIOWrapper), isinstance(f, io.TextIOBase))
    fio = io.FileIO(path)
    br = io.BufferedReader(fio, 5)
    print(br.read(3), br.readline(), br.name == path, br.mode, br.fileno() == fio.fileno())
    print(repr(br) == "<_io.BufferedReader name=%r>" % path)
    br.close()
    print(fio.closed)
    bw = io.BufferedWriter(io.FileIO(path, "w"))
    bw.write(b"new")
    bw.close()
    with open(path, "rb") as f:
        print(f.read())
    t = io.TextIOWrapper(io.BufferedReader(io.FileIO(path)), encoding="ascii")
    print(isinstance(t, io.TextIOWrapper), t.read())
    t.close()
    show("not readable", lambda: io.BufferedReader(io.FileIO(path, "w")))
    show("not writable", lambda: io.BufferedWriter(io.FileIO(path, "r")))

# unclosed Python io objects are closed when collected
raw = Raw(b"x", label="collected-raw")
del raw
gc.collect()
br = io.BufferedReader(Raw(b"abc", label="under-buffer"))
print(br.read(1))
del br
gc.collect()
t = io.TextIOWrapper(io.BufferedReader(Raw("h\u00e9llo\nworld\n".encode("utf-8"), label="under-text")), encoding="utf-8")
print(t.readline(), end="")
del t
gc.collect()


class Failing(io.RawIOBase):
    def close(self):
        print("failing close called")
        raise OSError("close failed")


f = Failing()
del f
gc.collect()
print("done")
