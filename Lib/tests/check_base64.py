"""Differential check: Lib/base64.py against CPython's base64."""
import base64 as ref
import binascii
import io
import random
import sys

from _loader import load, Checker

b64 = load("base64")
c = Checker("base64")
rng = random.Random(15)


def outcome(fn):
    try:
        return ("ok", fn())
    except (binascii.Error, b64.Error) as e:
        return ("Error", str(e))
    except Exception as e:
        return ("raise", type(e).__name__, str(e))


for n in list(range(20)) + [57, 58, 100, 300]:
    for _ in range(5):
        data = bytes(rng.randrange(256) for _ in range(n))
        for name in ("b64encode", "urlsafe_b64encode", "standard_b64encode",
                     "b32encode", "b32hexencode", "b16encode", "encodebytes"):
            g = outcome(lambda: getattr(b64, name)(data))
            c.eq("%s %d" % (name, n), g, outcome(lambda: getattr(ref, name)(data)))
            enc = getattr(ref, name)(data)
            back = {"b64encode": "b64decode", "urlsafe_b64encode": "urlsafe_b64decode",
                    "standard_b64encode": "standard_b64decode", "b32encode": "b32decode",
                    "b32hexencode": "b32hexdecode", "b16encode": "b16decode",
                    "encodebytes": "decodebytes"}[name]
            c.eq("%s roundtrip %d" % (back, n), outcome(lambda: getattr(b64, back)(enc)),
                 outcome(lambda: getattr(ref, back)(enc)))
        c.eq("altchars", b64.b64encode(data, b"-_"), ref.b64encode(data, b"-_"))
        c.eq("bytearray/memoryview", b64.b64encode(memoryview(bytearray(data))),
             ref.b64encode(data))

bad_inputs = ["YQ", "YQ=", "YQ==", "YWI", "YWJj", "Y", "YQ==YQ==", "Y Q = =", "!!!!",
              "YW\nJj", "YQ===", "=YQ==", "abcd=", "ab=c", "é", b"YQ==", bytearray(b"YWJj"),
              "YWJjZA", "YWJjZA=", "YWJjZA==", "A", "AB", "ABC", "ABCDE", 5]
for s in bad_inputs:
    for v in (False, True):
        c.eq("b64decode %r validate=%s" % (s, v), outcome(lambda: b64.b64decode(s, validate=v)),
             outcome(lambda: ref.b64decode(s, validate=v)))
    c.eq("urlsafe %r" % (s,), outcome(lambda: b64.urlsafe_b64decode(s)),
         outcome(lambda: ref.urlsafe_b64decode(s)))
for s in ["MFRGG===", "mfrgg===", "MFRGG", "MFRGGZA=", "MFRGGZDF", "0FRGG===", "MFRG====",
          "M=======", "MF======", "1234567="]:
    for cf in (False, True):
        c.eq("b32decode %r %s" % (s, cf), outcome(lambda: b64.b32decode(s, cf)),
             outcome(lambda: ref.b32decode(s, cf)))
    c.eq("b32decode map01 %r" % s, outcome(lambda: b64.b32decode(s, map01="L")),
         outcome(lambda: ref.b32decode(s, map01="L")))
for s in ["4142", "41a2", "414", "ZZ", ""]:
    for cf in (False, True):
        c.eq("b16decode %r %s" % (s, cf), outcome(lambda: b64.b16decode(s, cf)),
             outcome(lambda: ref.b16decode(s, cf)))
c.eq("b64encode str", outcome(lambda: b64.b64encode("x")), outcome(lambda: ref.b64encode("x")))
src = bytes(range(256)) * 3
o1, o2 = io.BytesIO(), io.BytesIO()
b64.encode(io.BytesIO(src), o1)
ref.encode(io.BytesIO(src), o2)
c.eq("encode file", o1.getvalue(), o2.getvalue())
o3 = io.BytesIO()
b64.decode(io.BytesIO(o1.getvalue()), o3)
c.eq("decode file", o3.getvalue(), src)
c.true("Error is ValueError", issubclass(b64.Error, ValueError))
sys.exit(c.summary())
