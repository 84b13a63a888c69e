# newline= on read and write: the table of CPython's behaviour for real files.
import os
import tempfile

RAW = b"a\rb\r\nc\nd\r\r\ne"

with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "nl.txt")
    with open(p, "wb") as f:
        f.write(RAW)
    for nl in [None, "", "\n", "\r", "\r\n"]:
        with open(p, newline=nl) as f:
            lines = f.readlines()
            seen = f.newlines
        with open(p, newline=nl) as f:
            whole = f.read()
        with open(p, newline=nl) as f:
            pieces = [f.read(2) for _ in range(6)]
        print(repr(nl), lines, repr(seen), repr(whole), pieces)
    for nl in [None, "", "\n", "\r", "\r\n"]:
        with open(p, "w", newline=nl) as f:
            f.write("x\ny\r\nz\r")
        with open(p, "rb") as f:
            print("write", repr(nl), f.read())
    # line iteration over a long file with every ending
    with open(p, "w", newline="") as f:
        for i in range(3000):
            f.write("row %d%s" % (i, ["\n", "\r", "\r\n"][i % 3]))
    with open(p) as f:
        rows = list(f)
    print(len(rows), rows[:3], rows[-1], f.newlines)
    with open(p, newline="") as f:
        rows = f.readlines()
    print(len(rows), rows[:3], sum(len(r) for r in rows) == os.path.getsize(p))
    try:
        open(p, newline="\n\r")
    except ValueError as e:
        print("ValueError:", e)
    try:
        open(p, newline=5)
    except TypeError as e:
        print("TypeError:", e)
