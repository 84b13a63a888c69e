"""Differential check: Lib/io.py StringIO/BytesIO against CPython's io."""
import io as ref
import random
import sys

from _loader import load, Checker

ours = load("io", deps=("abc",))
c = Checker("io")
rng = random.Random(6)


def outcome(fn):
    try:
        return ("ok", fn())
    except Exception as e:
        name = type(e).__name__
        return ("raise", name, str(e))


def text_session(mod, seed, newline):
    r = random.Random(seed)
    init = r.choice(["", "abc\ndef", "x\r\ny\rz\n", None])
    try:
        f = mod.StringIO(init, newline)
    except Exception as e:
        return ("ctor", type(e).__name__, str(e))
    log = []
    for _ in range(30):
        op = r.randrange(12)
        if op < 3:
            s = "".join(r.choice("ab\n\r é") for _ in range(r.randrange(6)))
            log.append(outcome(lambda: f.write(s)))
        elif op == 3:
            log.append(outcome(lambda: f.read(r.choice([None, -1, 0, 2, 5]))))
        elif op == 4:
            log.append(outcome(lambda: f.readline(r.choice([-1, 1, 3]))))
        elif op == 5:
            log.append(outcome(lambda: f.seek(r.randrange(-1, 12))))
        elif op == 6:
            log.append(outcome(lambda: f.seek(r.choice([0, 1]), r.choice([1, 2, 3]))))
        elif op == 7:
            log.append(outcome(lambda: f.truncate(r.choice([None, 0, 3, 20, -1]))))
        elif op == 8:
            log.append(outcome(lambda: f.readlines(r.choice([-1, 0, 2]))))
        elif op == 9:
            log.append(outcome(lambda: (f.tell(), f.getvalue(), f.newlines)))
        elif op == 10:
            log.append(outcome(lambda: list(f)))
        else:
            log.append(outcome(lambda: f.writelines(["p\n", "q"])))
        log.append(outcome(lambda: (f.tell(), f.getvalue())))
    f.close()
    log.append(outcome(lambda: f.read()))
    log.append(outcome(lambda: f.write("x")))
    log.append(f.closed)
    return log


for newline in (None, "", "\n", "\r", "\r\n", "x", 5):
    for seed in range(120):
        c.eq("StringIO newline=%r seed %d" % (newline, seed),
             text_session(ours, seed, newline), text_session(ref, seed, newline))


def bytes_session(mod, seed):
    r = random.Random(seed)
    f = mod.BytesIO(r.choice([b"", b"abc\ndef", bytearray(b"12\n34")]))
    log = []
    for _ in range(30):
        op = r.randrange(11)
        if op < 3:
            data = bytes(r.choice(b"ab\n\x00") for _ in range(r.randrange(6)))
            log.append(outcome(lambda: f.write(r.choice([data, bytearray(data),
                                                          memoryview(data)]))))
        elif op == 3:
            log.append(outcome(lambda: f.read(r.choice([None, -1, 0, 2, 5]))))
        elif op == 4:
            log.append(outcome(lambda: f.readline(r.choice([-1, 1, 3]))))
        elif op == 5:
            log.append(outcome(lambda: f.seek(r.randrange(-2, 12), r.choice([0, 1, 2]))))
        elif op == 6:
            log.append(outcome(lambda: f.truncate(r.choice([None, 0, 3, 20]))))
        elif op == 7:
            log.append(outcome(lambda: f.readlines()))
        elif op == 8:
            ba = bytearray(4)
            log.append(outcome(lambda: (f.readinto(ba), bytes(ba))))
        elif op == 9:
            log.append(outcome(lambda: f.read1(3)))
        else:
            log.append(outcome(lambda: bytes(f.getbuffer())))
        log.append(outcome(lambda: (f.tell(), f.getvalue())))
    return log


for seed in range(300):
    c.eq("BytesIO seed %d" % seed, bytes_session(ours, seed), bytes_session(ref, seed))

for label, fn in [("StringIO write int", lambda m: m.StringIO().write(5)),
                  ("StringIO init bytes", lambda m: m.StringIO(b"x")),
                  ("BytesIO write str", lambda m: m.BytesIO().write("x")),
                  ("BytesIO init str", lambda m: m.BytesIO("x")),
                  ("StringIO fileno", lambda m: m.StringIO().fileno()),
                  ("StringIO read bad", lambda m: m.StringIO().read("x")),
                  ("BytesIO negative truncate", lambda m: m.BytesIO().truncate(-1)),
                  ("BytesIO closed", lambda m: (lambda f: (f.close(), f.read()))(m.BytesIO())),
                  ("StringIO flags", lambda m: (lambda f: (f.readable(), f.writable(),
                                                           f.seekable(), f.isatty(),
                                                           f.line_buffering, f.encoding,
                                                           f.errors))(m.StringIO())),
                  ("StringIO detach", lambda m: m.StringIO().detach())]:
    c.eq(label, outcome(lambda: fn(ours)), outcome(lambda: fn(ref)))

with ours.StringIO("ctx") as f:
    c.eq("context manager", f.read(), "ctx")
c.true("closed after with", f.closed)
c.true("StringIO is TextIOBase", isinstance(ours.StringIO(), ours.TextIOBase))
c.true("BytesIO is BufferedIOBase", isinstance(ours.BytesIO(), ours.BufferedIOBase))
c.true("IOBase covers both", isinstance(ours.BytesIO(), ours.IOBase))
c.true("UnsupportedOperation bases", issubclass(ours.UnsupportedOperation, OSError)
       and issubclass(ours.UnsupportedOperation, ValueError))
c.true("open is builtin", ours.open is open)
c.true("stdout is TextIOBase", isinstance(sys.__stdout__, ours.TextIOBase))
c.eq("SEEK constants", (ours.SEEK_SET, ours.SEEK_CUR, ours.SEEK_END), (0, 1, 2))
big = ours.StringIO()
for i in range(10000):
    big.write("line %d\n" % i)
c.eq("many writes", big.getvalue(), "".join("line %d\n" % i for i in range(10000)))
big.seek(0)
c.eq("iterate lines", sum(1 for _ in big), 10000)
print_target = ours.StringIO()
print("a", 1, sep="-", file=print_target)
c.eq("print to StringIO", print_target.getvalue(), "a-1\n")
sys.exit(c.summary())
