"""Differential check: Lib/_codecs.py's primitive functions and Lib/codecs.py's incremental
decoders and stream readers against CPython's, on random text split at random places."""
import _codecs as ref_c
import codecs as ref
import io
import random
import sys

from _loader import load, Checker

ours_c = load("_codecs")
ours = load("codecs", deps=("_codecs",))
c = Checker("codecs")
rng = random.Random(11)

ALPHABET = "aZ09 \n\r\té€ü東京\U0001F680\U00010400ß"


def outcome(fn):
    try:
        return ("ok", fn())
    except Exception as e:
        return ("raise", type(e).__name__, str(e))


def rand_text(n):
    return "".join(rng.choice(ALPHABET) for _ in range(n))


def corrupt(data):
    data = bytearray(data)
    for _ in range(rng.randrange(3)):
        if data:
            data[rng.randrange(len(data))] = rng.randrange(256)
    if rng.random() < 0.3:
        data = data[:rng.randrange(len(data) + 1)]
    return bytes(data)


DECODERS = ["utf_8_decode", "utf_16_le_decode", "utf_16_be_decode", "utf_32_le_decode",
            "utf_32_be_decode", "utf_16_decode", "utf_32_decode"]
ENC_OF = {"utf_8_decode": "utf-8", "utf_16_le_decode": "utf-16-le",
          "utf_16_be_decode": "utf-16-be", "utf_32_le_decode": "utf-32-le",
          "utf_32_be_decode": "utf-32-be", "utf_16_decode": "utf-16", "utf_32_decode": "utf-32"}

# Primitive decoders with final=False/True on (possibly corrupted) data of every length.
for round_ in range(400):
    name = rng.choice(DECODERS)
    data = rand_text(rng.randrange(8)).encode(ENC_OF[name])
    if rng.random() < 0.5:
        data = corrupt(data)
    errors = rng.choice(["strict", "replace", "ignore", "surrogateescape", "backslashreplace"])
    final = rng.random() < 0.5
    c.eq("%s(%r, %s, %s)" % (name, data, errors, final),
         outcome(lambda: getattr(ours_c, name)(data, errors, final)),
         outcome(lambda: getattr(ref_c, name)(data, errors, final)))
for enc in ["utf-16", "utf-32"]:
    fn = enc.replace("-", "_") + "_ex_decode"
    for _ in range(60):
        data = corrupt((ref.BOM_UTF16_BE if rng.random() < 0.3 else b"") +
                       rand_text(rng.randrange(5)).encode(enc))
        final = rng.random() < 0.5
        c.eq("%s(%r)" % (fn, data), outcome(lambda: getattr(ours_c, fn)(data, "strict", 0, final)),
             outcome(lambda: getattr(ref_c, fn)(data, "strict", 0, final)))

# Incremental utf-8 decoding over random splits equals one-shot decoding, as in CPython.
for _ in range(300):
    text = rand_text(rng.randrange(30))
    data = text.encode("utf-8")
    if rng.random() < 0.3:
        data = corrupt(data)
    errors = rng.choice(["strict", "replace", "surrogateescape"])
    cuts = sorted(rng.randrange(len(data) + 1) for _ in range(rng.randrange(6)))
    pieces = [data[a:b] for a, b in zip([0] + cuts, cuts + [len(data)])]

    class OurDec(ours.BufferedIncrementalDecoder):
        _buffer_decode = staticmethod(ours_c.utf_8_decode)

    def run(dec):
        out = [dec.decode(p) for p in pieces]
        out.append(dec.decode(b"", True))
        return out

    c.eq("incremental %r %s" % (pieces, errors), outcome(lambda: run(OurDec(errors))),
         outcome(lambda: run(ref.getincrementaldecoder("utf-8")(errors))))

# StreamReader read/readline over random lines read with random sizes.
for _ in range(150):
    lines = [rand_text(rng.randrange(8)) + rng.choice(["\n", "\r\n", "\r", ""])
             for _ in range(rng.randrange(6))]
    data = "".join(lines).encode("utf-8")
    ops = [(rng.choice(["read", "readline", "readline_nk", "readlines"]), rng.randrange(-1, 6))
           for _ in range(6)]

    class OurReader(ours.StreamReader):
        decode = staticmethod(ours_c.utf_8_decode)

    def run(reader):
        out = []
        for op, n in ops:
            if op == "read":
                out.append(reader.read(n))
            elif op == "readline":
                out.append(reader.readline(n if n > 0 else None))
            elif op == "readline_nk":
                out.append(reader.readline(keepends=False))
            else:
                out.append(reader.readlines())
        return out

    c.eq("reader %r %r" % (data, ops), outcome(lambda: run(OurReader(io.BytesIO(data)))),
         outcome(lambda: run(ref.getreader("utf-8")(io.BytesIO(data)))))

# Error handlers on random exceptions.
for _ in range(200):
    text = rand_text(rng.randrange(1, 6)) + "\udc80\udcff"
    start = rng.randrange(len(text))
    end = rng.randrange(start + 1, len(text) + 1)
    enc_exc = UnicodeEncodeError(rng.choice(["ascii", "utf-8", "utf-16-le", "latin-1"]), text,
                                 start, end, "r")
    raw = corrupt(text.encode("utf-8", "surrogatepass")) or b"\x80"
    s2 = rng.randrange(len(raw))
    dec_exc = UnicodeDecodeError(rng.choice(["utf-8", "utf-16-be", "ascii"]), raw, s2,
                                 rng.randrange(s2 + 1, len(raw) + 1), "r")
    for hname in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace",
                  "surrogateescape", "surrogatepass"]:
        for exc in (enc_exc, dec_exc):
            c.eq("%s %r" % (hname, exc), outcome(lambda: ours_c.lookup_error(hname)(exc)),
                 outcome(lambda: ref_c.lookup_error(hname)(exc)))

# unicode_escape / raw_unicode_escape: random escape soup, every error mode, final or not.
import warnings
PIECES = [b"a", b"\\", b"\\\\", b"\\x4", b"\\x41", b"\\u00e9", b"\\u12", b"\\U0001F600",
          b"\\U0011ffff", b"\\U0000004", b"\\N{SPACE}", b"\\N{LATIN SMALL LETTER A}",
          b"\\N{NOPE}", b"\\N{", b"\\N", b"\\N{}", b"\\n", b"\\t", b"\\101", b"\\0",
          b"\\777", b"\\q", b"\\'", b"\xe9", b"\n", b"\\\n", b"}", b"{", b"u", b"U0041"]
for _ in range(1500):
    data = b"".join(rng.choice(PIECES) for _ in range(rng.randrange(6)))
    name = rng.choice(["unicode_escape_decode", "raw_unicode_escape_decode"])
    errors = rng.choice(["strict", "replace", "ignore", "backslashreplace"])
    final = rng.random() < 0.6
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        c.eq("%s(%r, %s, %s)" % (name, data, errors, final),
             outcome(lambda: getattr(ours_c, name)(data, errors, final)),
             outcome(lambda: getattr(ref_c, name)(data, errors, final)))
for _ in range(300):
    text = rand_text(rng.randrange(10)) + rng.choice(["", "\\", "\x7f\x80\x00'\"", "\u1234"])
    for name in ("unicode_escape_encode", "raw_unicode_escape_encode"):
        c.eq("%s(%r)" % (name, text), outcome(lambda: getattr(ours_c, name)(text)),
             outcome(lambda: getattr(ref_c, name)(text)))

sys.exit(c.summary())
