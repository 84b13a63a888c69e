# str.encode / bytes.decode / str() / open() fall back to the codec registry: custom error
# handlers (codecs.register_error) and custom text codecs (codecs.register).
import codecs
import os
import tempfile


def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(r))


seen = []


def marker(exc):
    seen.append((type(exc).__name__, exc.encoding, exc.start, exc.end, exc.reason))
    if isinstance(exc, UnicodeEncodeError):
        return ("<%s>" % exc.object[exc.start:exc.end], exc.end)
    return ("<%s>" % exc.object[exc.start:exc.end].hex(), exc.end)


codecs.register_error("m", marker)
show("enc ascii", lambda: "é-x-€".encode("ascii", "m"))
show("enc latin-1", lambda: "é-x-€".encode("latin-1", "m"))
codecs.register_error("q", lambda e: ("[%d:%d]" % (e.start, e.end), e.end))
show("enc ascii q", lambda: "é-x-€€".encode("ascii", "q"))
show("enc latin-1 q", lambda: "é-x-€".encode("latin-1", "q"))
show("enc utf-16 q", lambda: "a\ud800\udc00".encode("utf-16", "q"))
show("enc cp1252", lambda: "a\u0100b".encode("cp1252", "m"))
show("enc utf-8 surrogate", lambda: "a\ud800b".encode("utf-8", "m"))
show("enc utf-16", lambda: "a\ud800".encode("utf-16", "m"))
show("enc utf-32-be", lambda: "a\udc00".encode("utf-32-be", "m"))
show("enc utf-8-sig", lambda: "a\udc00".encode("utf-8-sig", "m"))
show("dec ascii", lambda: b"\xff".decode("ascii", "m"))
show("dec ascii 2", lambda: b"a\xff\xfeb".decode("ascii", "m"))
show("dec utf-8", lambda: b"a\xe2\x82b\xffc".decode("utf-8", "m"))
show("dec utf-16 bom", lambda: b"\xff\xfe\x00\xd8a\x00".decode("utf-16", "m"))
show("dec utf-16 be bom", lambda: b"\xfe\xff\xd8\x00\x00a".decode("utf-16", "m"))
show("dec cp1252", lambda: b"a\x81b".decode("cp1252", "m"))
show("bytearray.decode", lambda: bytearray(b"x\x80y").decode("ascii", "m"))
show("str(memoryview)", lambda: str(memoryview(b"x\x80y"), "ascii", "m"))
show("str(bytes)", lambda: str(b"\xc3(", "utf-8", "m"))
for s in seen:
    print(" ", s)

# ok input never calls the handler (and never looks it up)
show("no error, unknown handler", lambda: "abc".encode("ascii", "nosuch"))
show("error, unknown handler", lambda: "é".encode("ascii", "nosuch"))
show("decode, unknown handler", lambda: b"\xff".decode("utf-8", "nosuch"))

# handler results: negative positions, bytes replacements, bad tuples, out of bounds
codecs.register_error("back", lambda e: ("?", -1))
show("negative pos", lambda: "éab".encode("ascii", "back"))
show("negative pos dec", lambda: b"\xffab".decode("ascii", "back"))
codecs.register_error("bytesrep", lambda e: (b"\x01\x02", e.end))
show("bytes replacement", lambda: "aéb".encode("ascii", "bytesrep"))
show("bytes replacement decode", lambda: b"a\xffb".decode("ascii", "bytesrep"))
codecs.register_error("badtuple", lambda e: ("x",))
show("bad tuple enc", lambda: "é".encode("ascii", "badtuple"))
show("bad tuple dec", lambda: b"\xff".decode("ascii", "badtuple"))
codecs.register_error("notint", lambda e: ("x", "1"))
show("not int", lambda: "é".encode("latin-1" if False else "ascii", "notint"))
codecs.register_error("far", lambda e: ("x", 100))
show("out of bounds enc", lambda: "é".encode("ascii", "far"))
show("out of bounds dec", lambda: b"\xff".decode("ascii", "far"))
codecs.register_error("skip2", lambda e: ("_", e.start + 2))
show("skip forward", lambda: "aéxyz".encode("ascii", "skip2"))
show("skip forward dec", lambda: b"a\xffxyz".decode("ascii", "skip2"))
codecs.register_error("unencodable", lambda e: ("\u20ac", e.end))
show("replacement not encodable", lambda: "é".encode("ascii", "unencodable"))


def raising(exc):
    raise RuntimeError("handler says no: %s" % exc.reason)


codecs.register_error("raise", raising)
show("handler raises", lambda: "é".encode("ascii", "raise"))

# codecs that are not text encodings
show("hex encode", lambda: "x".encode("hex"))
show("hex decode", lambda: b"78".decode("hex"))
show("rot13 str", lambda: "x".encode("rot13"))
show("str(b, hex)", lambda: str(b"78", "hex"))
show("unknown", lambda: "x".encode("no-such-codec"))
show("unknown decode", lambda: b"x".decode("no-such-codec"))

# a custom text codec registered with codecs.register


def shift_encode(s, errors="strict"):
    out = bytearray()
    for i, ch in enumerate(s):
        if ord(ch) > 0xFE:
            exc = UnicodeEncodeError("shift", s, i, i + 1, "too big")
            rep, _ = codecs.lookup_error(errors)(exc)
            out += rep.encode("ascii") if isinstance(rep, str) else rep
            continue
        out.append(ord(ch) + 1)
    return bytes(out), len(s)


def shift_decode(b, errors="strict"):
    b = bytes(b)
    return "".join(chr(x - 1) for x in b), len(b)


class ShiftIncDecoder(codecs.IncrementalDecoder):
    def decode(self, b, final=False):
        return shift_decode(b)[0]


class ShiftIncEncoder(codecs.IncrementalEncoder):
    def encode(self, s, final=False):
        return shift_encode(s, self.errors)[0]


def search(name):
    if name == "shift":
        return codecs.CodecInfo(shift_encode, shift_decode, name="shift",
                                incrementalencoder=ShiftIncEncoder, incrementaldecoder=ShiftIncDecoder)
    if name == "badout":
        return codecs.CodecInfo(lambda s, e="strict": (s, len(s)), lambda b, e="strict": (b, len(b)), name="badout")
    if name == "failing":
        def enc(s, e="strict"):
            raise ValueError("boom")
        return codecs.CodecInfo(enc, enc, name="failing")
    return None


codecs.register(search)
show("shift encode", lambda: "HAL".encode("shift"))
show("shift decode", lambda: b"IBM".decode("shift"))
show("shift bytearray", lambda: bytearray(b"IBM").decode("shift"))
show("shift str()", lambda: str(b"IBM", "shift"))
show("shift with handler", lambda: "a\u0100".encode("shift", "replace"))
show("bad output enc", lambda: "x".encode("badout"))
show("bad output dec", lambda: b"x".decode("badout"))
show("failing enc", lambda: "x".encode("failing"))
show("failing dec", lambda: b"x".decode("failing"))

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "t.txt")
    with open(path, "w", encoding="shift") as f:
        print(type(f).__name__, f.encoding)
        f.write("Hello\nworld\n")
    with open(path, "rb") as f:
        print(f.read())
    with open(path, encoding="shift") as f:
        print(f.readlines())
    show("open hex", lambda: open(path, encoding="hex"))
    show("open unknown", lambda: open(path, encoding="no-such-codec"))
    with open(path, "wb") as f:
        f.write(b"a\xffb\n")
    with open(path, encoding="ascii", errors="m") as f:
        print(repr(f.read()))
    codecs.register_error("q", lambda e: ("[%d]" % e.start, e.end))
    with open(path, "w", encoding="ascii", errors="q") as f:
        f.write("x\xe9y\n")
    with open(path, "w", encoding="ascii", errors="m") as f:
        show("write unencodable replacement", lambda: f.write("x\xe9y\n"))
    with open(path, "rb") as f:
        print(f.read())
