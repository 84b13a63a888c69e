"""Differential check: Lib/traceback.py and Lib/linecache.py vs CPython."""
import io
import linecache as ref_lc
import os
import sys
import tempfile
import traceback as ref

from _loader import load, Checker

lc = load("linecache")
tb = load("traceback", deps=("linecache",))
c = Checker("traceback/linecache")


# Functions whose failures give varied traceback shapes (kept on their
# own lines so the caret markers are exercised).
def div(a, b):
    return a / b


def index_it(seq, i):
    return seq[i]


def call_missing(d):
    return d["key"]["deeper"]


def recurse(n):
    if n == 0:
        raise RecursionError("bottom")
    return recurse(n - 1)


def chained_cause():
    try:
        div(1, 0)
    except ZeroDivisionError as e:
        raise ValueError("converted") from e


def chained_context():
    try:
        index_it([], 3)
    except IndexError:
        raise KeyError("while handling")


def suppressed():
    try:
        div(1, 0)
    except ZeroDivisionError:
        raise RuntimeError("no context") from None


class CustomError(Exception):
    pass


def custom():
    raise CustomError()


def with_notes():
    e = TypeError("noted")
    e.add_note("first note")
    e.add_note("second\nmultiline")
    raise e


def group():
    raise ExceptionGroup("grp", [ValueError("a"), TypeError("b"),
                                 ExceptionGroup("inner", [KeyError("k")])])


def syntax():
    compile("x = (1 +\n", "<snippet>", "exec")


def syntax2():
    compile("a b c", "file.py", "exec")


def multi_line_call():
    return div(
        1,
        0)


cases = [lambda: div(1, 0), lambda: index_it([1], 5), lambda: call_missing({}),
         lambda: recurse(30), chained_cause, chained_context, suppressed,
         custom, with_notes, group, syntax, syntax2, multi_line_call,
         lambda: int("x"), lambda: [].pop(), lambda: {}.fake,
         lambda: exec("raise OSError(2, 'nofile')")]
for i, case in enumerate(cases):
    try:
        case()
    except BaseException as e:
        exc = e
    for chain in (True, False):
        c.eq("format_exception case %d chain=%s" % (i, chain),
             tb.format_exception(exc, chain=chain),
             ref.format_exception(exc, chain=chain))
    c.eq("format_exception 3-arg case %d" % i,
         tb.format_exception(type(exc), exc, exc.__traceback__),
         ref.format_exception(type(exc), exc, exc.__traceback__))
    c.eq("format_exception_only case %d" % i, tb.format_exception_only(exc),
         ref.format_exception_only(exc))
    c.eq("format_tb case %d" % i, tb.format_tb(exc.__traceback__),
         ref.format_tb(exc.__traceback__))
    c.eq("limit case %d" % i, tb.format_exception(exc, limit=1),
         ref.format_exception(exc, limit=1))
    c.eq("negative limit case %d" % i, tb.format_exception(exc, limit=-1),
         ref.format_exception(exc, limit=-1))
    s1, s2 = io.StringIO(), io.StringIO()
    tb.print_exception(exc, file=s1)
    ref.print_exception(exc, file=s2)
    c.eq("print_exception case %d" % i, s1.getvalue(), s2.getvalue())
    e1 = tb.extract_tb(exc.__traceback__)
    e2 = ref.extract_tb(exc.__traceback__)
    c.eq("extract_tb case %d" % i, [tuple(f) for f in e1], [tuple(f) for f in e2])
    c.eq("extract_tb positions %d" % i,
         [(f.lineno, f.end_lineno, f.colno, f.end_colno) for f in e1],
         [(f.lineno, f.end_lineno, f.colno, f.end_colno) for f in e2])
    try:
        case()
    except BaseException:
        c.eq("format_exc case %d" % i, tb.format_exc(), ref.format_exc())

# None / odd values
c.eq("format_exception_only value only", tb.format_exception_only(None, ValueError("x")),
     ref.format_exception_only(None, ValueError("x")))
c.eq("format_exception_only None", tb.format_exception_only(None),
     ref.format_exception_only(None))


class BadStr(Exception):
    def __str__(self):
        raise RuntimeError


c.eq("unprintable exception", tb.format_exception_only(BadStr()),
     ref.format_exception_only(BadStr()))


def stack_here(mod):
    return mod.extract_stack(), mod.format_stack()


a, b = stack_here(tb), stack_here(ref)
c.eq("extract_stack", [tuple(f) for f in a[0]][:-1], [tuple(f) for f in b[0]][:-1])
c.eq("format_stack", a[1][:-1], b[1][:-1])
c.eq("format_list tuples", tb.format_list([("f.py", 3, "fn", "x = 1"), ("g.py", 1, "<module>", None)]),
     ref.format_list([("f.py", 3, "fn", "x = 1"), ("g.py", 1, "<module>", None)]))
fs = tb.FrameSummary("f.py", 3, "fn", line="x = 1")
c.eq("FrameSummary repr", repr(fs), repr(ref.FrameSummary("f.py", 3, "fn", line="x = 1")))
c.true("FrameSummary eq tuple", fs == ("f.py", 3, "fn", "x = 1"))
c.eq("FrameSummary unpack", list(fs), ["f.py", 3, "fn", "x = 1"])
te = tb.TracebackException.from_exception(ValueError("v"))
c.eq("TracebackException str", (str(te), list(te.format())), ("v", ["ValueError: v\n"]))
try:
    recurse(3)
except RecursionError as e:
    loc1 = tb.TracebackException.from_exception(e, capture_locals=True).stack
    loc2 = ref.TracebackException.from_exception(e, capture_locals=True).stack
    c.eq("capture_locals", loc1.format()[1:], loc2.format()[1:])
c.eq("print_exc no exception", tb.format_exc(), ref.format_exc())

# linecache
tmpdir = tempfile.mkdtemp()
path = os.path.join(tmpdir, "mod.py")
with open(path, "w", newline="") as f:
    f.write("# -*- coding: latin-1 -*-\nline2\r\nline3\rline4 \xe9\nlast no newline")
for n in range(-1, 8):
    c.eq("getline %d" % n, lc.getline(path, n), ref_lc.getline(path, n))
c.eq("getlines", lc.getlines(path), ref_lc.getlines(path))
with open(path, "w") as f:
    f.write("changed\n")
lc.checkcache(path)
ref_lc.checkcache(path)
c.eq("checkcache reread", lc.getlines(path), ref_lc.getlines(path))
c.eq("missing file", lc.getlines("/nonexistent/zz.py"), [])
c.eq("pseudo file", lc.getline("<stdin>", 1), "")
c.eq("relative via sys.path", lc.getline("_loader.py", 1), ref_lc.getline("_loader.py", 1))


class Loader:
    def get_source(self, name):
        return "src line 1\nsrc line 2"


c.true("lazycache", lc.lazycache("virtual.py", {"__name__": "virt", "__loader__": Loader()}))
c.eq("lazy lines", lc.getlines("virtual.py"), ["src line 1\n", "src line 2\n"])
lc.clearcache()
c.eq("clearcache", lc.cache, {})
sys.exit(c.summary())
