# Encodings and errors= policies of text files; open()'s argument errors.
import io
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "data.bin")
    with open(p, "wb") as f:
        f.write(b"ok caf\xe9 \x81\xff end\n")
    for enc in ["utf-8", "ascii", "latin-1", "cp1252"]:
        for errors in [None, "strict", "ignore", "replace", "backslashreplace", "surrogateescape"]:
            try:
                with open(p, encoding=enc, errors=errors) as f:
                    print(enc, errors, repr(f.read()), f.errors)
            except UnicodeDecodeError as e:
                print(enc, errors, "UnicodeDecodeError:", e)
            except LookupError as e:
                print(enc, errors, "LookupError:", e)
    # encode errors when writing
    out = os.path.join(d, "out.txt")
    for enc in ["ascii", "latin-1", "cp1252"]:
        for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
            try:
                with open(out, "w", encoding=enc, errors=errors) as f:
                    f.write("x\u00e9\u20ac\u4e2dy\n")
                with open(out, "rb") as f:
                    print(enc, errors, f.read())
            except UnicodeEncodeError as e:
                print(enc, errors, "UnicodeEncodeError:", e)
    with open(out, "w", errors="surrogateescape") as f:
        f.write("raw \udce9\udcff\n")
    with open(out, "rb") as f:
        print(f.read())
    with open(out, errors="surrogateescape") as f:
        print(ascii(f.read()))
    # argument errors
    cases = [
        dict(encoding="no-such-codec"),
        dict(mode="rb", encoding="utf-8"),
        dict(mode="rb", errors="ignore"),
        dict(mode="rb", newline=""),
        dict(mode="r", buffering=0),
        dict(mode="rw"),
        dict(mode="rbt"),
        dict(mode="z"),
        dict(encoding=5),
    ]
    for kw in cases:
        try:
            open(p, **kw)
            print(kw, "opened")
        except (ValueError, LookupError, TypeError) as e:
            print(kw, type(e).__name__, e)
    print(os.path.exists(os.path.join(d, "new.txt")))
    try:
        open(os.path.join(d, "new.txt"), "w", encoding="bogus")
    except LookupError as e:
        print("LookupError:", e)
    with open(p, encoding="Latin-1") as f:
        print(f.encoding, repr(f)[-19:])
    # binary layers
    with open(p, "rb") as f:
        print(type(f).__name__, type(f.raw).__name__, f.mode, f.raw.mode, f.peek(2)[:2], f.read1(3))
        buf = bytearray(4)
        print(f.readinto(buf), buf, f.tell())
    f = open(p, "rb")
    f.read1(1)
    raw = f.detach()
    print(type(raw).__name__, raw.closed)
    raw.close()
    for op in (f.read, f.close):
        try:
            op()
        except ValueError as e:
            print("ValueError:", e)
    with open(p, "rb", buffering=0) as f:
        print(type(f).__name__, f.read(2), f.readall())
    with io.FileIO(p) as f:
        print(f.mode, f.closefd, f.read(2), f.readable(), f.writable())
    with open(p, "r+b") as f:
        print(type(f).__name__, f.mode)
        f.seek(0, 2)
        f.write(b"tail\n")
        f.seek(0)
        print(f.read())
    with open(p, "r+") as f:
        print(type(f.buffer).__name__, f.buffer.mode)
    with open(p, "a") as f:
        print(f.buffer.mode, f.buffer.raw.mode)
    f = open(p, "rb", buffering=0)
    f.close()
    print(repr(f))
    try:
        f.read()
    except ValueError as e:
        print("ValueError:", e)
