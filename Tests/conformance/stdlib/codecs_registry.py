# codecs: the registry (lookup, aliases, custom search functions), encode/decode through text,
# bytes-to-bytes and str-to-str codecs, error handlers (built-in and registered), incremental
# encoders/decoders over split multibyte input, BOM constants and the error messages.
import codecs

for name in ["UTF-8", "utf8", "U8", "unicode-escape", "Raw_Unicode_Escape", "Latin-1", "iso_8859_1", "l1", "ASCII", "us-ascii", "646",
             "utf-16", "UTF16", "utf-16le", "utf_16_be", "utf-32", "utf_32le", "cp1252", "windows-1252",
             "utf-8-sig", "hex", "base64", "base_64", "zlib", "zip", "rot13", "rot-13"]:
    info = codecs.lookup(name)
    print("%-12s %-10s text=%s tuple=%d" % (name, info.name, info._is_text_encoding, len(info)),
          info.encode is info[0], info.decode is info[1], info.streamreader is info[2],
          info.streamwriter is info[3], info.incrementalencoder.__name__,
          info.incrementaldecoder.__name__)
print(codecs.lookup("utf-8") is codecs.lookup("UTF_8"), isinstance(codecs.lookup("hex"), tuple))

for bad in ["no-such-codec", "", "utf 9", 42, None]:
    try:
        codecs.lookup(bad)
    except (LookupError, TypeError) as e:
        print(type(e).__name__ + ":", e)

# A custom codec found by a registered search function.
seen = []


def search(name):
    seen.append(name)
    if name == "shout_codec":
        def enc(s, errors="strict"):
            return (s.upper().encode("ascii", errors), len(s))

        def dec(b, errors="strict"):
            return (b.decode("ascii", errors).lower(), len(b))
        return codecs.CodecInfo(enc, dec, name="shout")
    return None


codecs.register(search)
print(codecs.encode("hello", "Shout Codec"), codecs.decode(b"WORLD", "shout-codec"), seen)
print(codecs.lookup("shout_codec").name, codecs.getencoder("shout_codec")("ok"))
try:
    codecs.getincrementalencoder("shout_codec")
except LookupError as e:
    print("LookupError:", e)
codecs.unregister(search)
try:
    codecs.lookup("shout_codec")
except LookupError as e:
    print("after unregister:", e)
for bad in [1, "text"]:
    try:
        codecs.register(bad)
    except TypeError as e:
        print("TypeError:", e)


def tuple3(name):
    return (1, 2, 3) if name == "broken_codec" else None


codecs.register(tuple3)
try:
    codecs.lookup("broken_codec")
except TypeError as e:
    print("TypeError:", e)
codecs.unregister(tuple3)

# Bytes-to-bytes and str-to-str codecs.
blob = bytes(range(0, 256, 7))
print(codecs.encode(blob, "hex"))
print(codecs.encode(b"Hello, codecs! " * 6, "base64"))
print(codecs.decode(b"SGVsbG8=\n", "base64"), codecs.decode(bytearray(b"SGVsbG8="), "base64"))
z = codecs.encode(b"abc" * 100, "zlib")
print(len(z) < 300, codecs.decode(z, "zlib_codec") == b"abc" * 100)
print(codecs.encode("Hello, World!", "rot13"), codecs.decode("Uryyb", "rot_13"))
print(codecs.decode(codecs.encode(blob, "hex_codec"), "hex") == blob)

for args in [("text", "hex"), (b"abc", "utf-8"), ("abc", "ascii", "nope"), ("abc", "base64"),
             ("abcé", "ascii", "nope"),
             (None, "utf-8")]:
    try:
        codecs.encode(*args)
    except (TypeError, LookupError) as e:
        print(type(e).__name__ + ":", e, "| cause:", repr(e.__cause__))
for args in [(b"zz", "hex"), (b"abc", "hex"), ("text", "utf-8"), (b"not zlib", "zlib"),
             (b"\xff", "utf-8"), (b"\xff", "ascii", "bogus")]:
    try:
        codecs.decode(*args)
    except Exception as e:
        print(type(e).__name__ + ":", e, "| cause:", type(e.__cause__).__name__)

# Text codecs: every built-in error handler through codecs.encode/decode.
text = "Grüße, 世界 \U0001F600 \udcff!"
for errors in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
    print(errors, codecs.encode(text[:-3], "ascii", errors), codecs.encode(text[:-3], "latin-1", errors))
print(codecs.encode(text, "utf-8", "surrogateescape"), codecs.encode(text, "utf-8", "surrogatepass"))
raw = b"ok \xff\xfe bad \xc3( end \xed\xa0\x80"
for errors in ["ignore", "replace", "backslashreplace", "surrogateescape"]:
    print(errors, ascii(codecs.decode(raw, "utf-8", errors)))
print(ascii(codecs.decode(b"\xed\xa0\x80", "utf-8", "surrogatepass")))
try:
    codecs.decode(raw, "utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e, e.start, e.end)
try:
    codecs.encode(text, "latin-1")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e, e.start, e.end)

# The handler functions themselves.
enc_exc = UnicodeEncodeError("ascii", "aé€b", 1, 3, "ordinal not in range(128)")
dec_exc = UnicodeDecodeError("utf-8", b"a\xff\xfeb", 1, 3, "invalid start byte")
tr_exc = UnicodeTranslateError("a\u1234b", 1, 2, "no mapping")
for hname in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace",
              "surrogateescape", "surrogatepass", "strict"]:
    handler = codecs.lookup_error(hname)
    for exc in (enc_exc, dec_exc, tr_exc):
        try:
            print(hname, type(exc).__name__, handler(exc))
        except Exception as e:
            print(hname, type(exc).__name__, "->", type(e).__name__ + ":", e)
print(codecs.surrogateescape_handler if hasattr(codecs, "surrogateescape_handler") else "-",
      codecs.lookup_error("surrogateescape")(UnicodeDecodeError("utf-8", b"\x80\x81", 0, 2, "x")))
print(codecs.lookup_error("surrogatepass")(UnicodeEncodeError("utf-16-le", "\ud800", 0, 1, "x")))
print(codecs.lookup_error("surrogatepass")(UnicodeDecodeError("utf-16-be", b"\xd8\x00", 0, 2, "x")))
for bad in [1, "text"]:
    try:
        codecs.strict_errors(bad)
    except TypeError as e:
        print("TypeError:", e)
    try:
        codecs.replace_errors(bad)
    except TypeError as e:
        print("TypeError:", e)
print(codecs.strict_errors is codecs.lookup_error("strict"),
      codecs.ignore_errors is codecs.lookup_error("ignore"))

# Registered error handlers run inside the codecs' functions.
log = []


def mark(exc):
    log.append((type(exc).__name__, exc.encoding, exc.start, exc.end))
    if isinstance(exc, UnicodeEncodeError):
        return ("[%s]" % ",".join("%X" % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)
    return ("{%s}" % exc.object[exc.start:exc.end].hex(), exc.end)


codecs.register_error("mark", mark)
print(codecs.encode("aé€b\U0001F600", "ascii", "mark"), codecs.encode("aé€b", "latin-1", "mark"))
print(codecs.decode(b"a\xff\xc3b\x80", "utf-8", "mark"), codecs.decode(b"x\x80y", "ascii", "mark"))
print(codecs.utf_8_encode("é\udc80", "mark"), codecs.utf_16_le_encode("a\ud800", "mark"))
print(log)
codecs.register_error("skip2", lambda exc: ("", exc.end + 1))
print(codecs.decode(b"ab\xffcdef", "utf-8", "skip2"), codecs.encode("aéxyz", "ascii", "skip2"))
codecs.register_error("back", lambda exc: ("?", -1))
print(codecs.encode("aéb", "ascii", "back"))
for name, handler in [("badtuple", lambda exc: "x"), ("badpos", lambda exc: ("", 99)),
                      ("badtype", lambda exc: (1, exc.end))]:
    codecs.register_error(name, handler)
    for op in (lambda: codecs.encode("aé", "ascii", name), lambda: codecs.decode(b"a\xff", "utf-8", name)):
        try:
            op()
        except (TypeError, IndexError) as e:
            print(name, type(e).__name__ + ":", e)
for args in [("x", 1), (1, print)]:
    try:
        codecs.register_error(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    codecs.lookup_error("no-such-handler")
except LookupError as e:
    print("LookupError:", e)

# Primitive codec functions: (result, consumed) and final=False holding back partial input.
print(codecs.utf_8_encode("héllo"), codecs.utf_8_decode(b"h\xc3\xa9\xe2\x82", "strict", False))
print(codecs.utf_8_decode(b"h\xc3\xa9\xe2\x82", "replace", True), codecs.latin_1_decode(b"\xe9t\xe9"))
print(codecs.utf_16_encode("hi"), codecs.utf_16_be_encode("hi"), codecs.utf_32_encode("h"))
print(codecs.utf_16_le_decode(b"h\x00i\x00\x3d", None, False), codecs.utf_16_ex_decode(b"\xfe\xff\x00h"))
print(codecs.utf_16_le_decode(b"=\xd8", "strict", False), codecs.utf_32_be_decode(b"\x00\x00\x00h\x00"))
print(codecs.ascii_encode("abc"), codecs.ascii_decode(b"abc"), codecs.latin_1_encode("\xff"))
try:
    codecs.utf_8_decode(b"\xe0\x80", "strict", False)
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)

# Incremental decoding of multibyte text split at every byte.
sample = "naïve café — 東京 \U0001F680 ok"
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be", "utf-8-sig",
            "latin-1", "cp1252", "ascii"]:
    try:
        data = sample.encode(enc)
        src = sample
    except UnicodeEncodeError:
        src = "plain ascii text"
        data = src.encode(enc)
    for step in (1, 2, 3, 5):
        dec = codecs.getincrementaldecoder(enc)()
        parts = [dec.decode(data[i:i + step]) for i in range(0, len(data), step)]
        parts.append(dec.decode(b"", final=True))
        assert "".join(parts) == src, (enc, step, parts)
    encoder = codecs.getincrementalencoder(enc)()
    pieces = [encoder.encode(ch) for ch in src] + [encoder.encode("", final=True)]
    print("%-10s" % enc, len(data), b"".join(pieces) == data, "".join(codecs.iterdecode(
        [data[i:i + 4] for i in range(0, len(data), 4)], enc)) == src,
        b"".join(codecs.iterencode(list(src), enc)) == data)
dec = codecs.getincrementaldecoder("utf-8")()
print(repr(dec.decode(b"\xe6\x9d")), dec.getstate(), repr(dec.decode(b"\xb1")), dec.getstate())
dec.decode(b"\xf0\x9f")
try:
    dec.decode(b"", final=True)
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
dec.reset()
print(dec.decode(b"fine"), dec.getstate())
dec = codecs.getincrementaldecoder("utf-8")("replace")
print(ascii(dec.decode(b"a\xffb\xe2\x82")), ascii(dec.decode(b"", True)))
dec = codecs.getincrementaldecoder("utf-16")()
try:
    dec.decode(b"h\x00i\x00")
except UnicodeError as e:
    print("UnicodeError:", e)
dec = codecs.getincrementaldecoder("utf-8-sig")()
print(repr(dec.decode(b"\xef")), repr(dec.decode(b"\xbb")), repr(dec.decode(b"\xbfhi")))
enc = codecs.getincrementalencoder("utf-16")()
print(enc.encode("a"), enc.encode("b"), enc.getstate())
enc.reset()
print(enc.encode("c"), enc.getstate())
enc = codecs.getincrementalencoder("zlib")()
zdata = b"".join([enc.encode(b"zz" * 50), enc.encode(b"yy" * 50, final=True)])
print(codecs.decode(zdata, "zlib") == b"zz" * 50 + b"yy" * 50)
print(b"".join(codecs.iterdecode([b"0102", b"ff"], "hex")))

print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE,
      codecs.BOM_UTF32_BE, codecs.BOM == codecs.BOM_UTF16, codecs.BOM_LE, codecs.BOM_BE,
      codecs.BOM_UTF32 in (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE))
print(sorted(codecs.make_identity_dict(range(3)).items()),
      sorted(codecs.make_encoding_map({1: "a", 2: "b", 3: "a"}).items()))

# unicode_escape and raw_unicode_escape.
print(codecs.encode("tab\there é \u20ac \U0001F600 \\", "unicode_escape"))
print(codecs.decode(b"caf\\xe9 \\u20ac \\N{SNOWMAN} \\U0001F600 \\n", "unicode-escape"))
print(codecs.encode("é\u20ac\\", "raw_unicode_escape"), codecs.decode(b"\\u20ac\\\\u0041 \\x41", "raw-unicode-escape"))
d = codecs.getincrementaldecoder("unicode_escape")()
print([d.decode(bytes([b])) for b in b"a\\u20acb\\N{SNOWMAN}"], d.decode(b"", True))
for bad in [b"\\x4", b"\\N{NOPE}", b"x\\"]:
    try:
        codecs.decode(bad, "unicode_escape")
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError:", e)
print(codecs.decode(b"\\x4z", "unicode_escape", "replace"))
