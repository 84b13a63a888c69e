"""Differential checks: Lib/shlex.py and Lib/getopt.py against CPython."""
import getopt as ref_getopt
import random
import shlex as ref_shlex
import sys

from _loader import load, Checker

sh = load("shlex")
go = load("getopt")
c = Checker("shlex/getopt")
rng = random.Random(33)


def outcome(fn):
    try:
        return ("ok", fn())
    except Exception as e:
        return ("raise", type(e).__name__, str(e))


alphabet = "ab c'\"\\#\n\t-=x$é"
for t in range(20000):
    s = "".join(rng.choice(alphabet) for _ in range(rng.randrange(12)))
    for comments in (False, True):
        c.eq("split %r comments=%s" % (s, comments),
             outcome(lambda: sh.split(s, comments=comments)),
             outcome(lambda: ref_shlex.split(s, comments=comments)))
    c.eq("quote %r" % s, sh.quote(s), ref_shlex.quote(s))
    c.eq("round trip %r" % s, sh.split(sh.quote(s)), [s])
for s in ["a 'b c' d", 'x "y \\" z"', "", "   ", "a\\ b", "'unterminated", "end\\",
          "a#b c", "# all comment", "one # two\nthree", '""', "''", "a''b"]:
    for posix in (True, False):
        c.eq("split posix=%s %r" % (posix, s), outcome(lambda: sh.split(s, posix=posix)),
             outcome(lambda: ref_shlex.split(s, posix=posix)))
c.eq("join", sh.join(["a b", "c", "", "it's"]), ref_shlex.join(["a b", "c", "", "it's"]))
c.eq("split None", outcome(lambda: sh.split(None)), outcome(lambda: ref_shlex.split(None)))
lex = sh.shlex("x 'y z'", posix=True)
c.eq("shlex iteration", list(lex), ["x", "y z"])

argvs = [["-a", "-b", "val", "rest"], ["-abval", "x"], ["-a", "--", "-b"],
         ["--alpha", "--beta=3", "file"], ["--al", "x"], ["--beta", "4"],
         ["-c"], ["--gamma"], ["--beta"], ["--alpha=1"], ["-", "-a"],
         ["file", "-a"], ["-b"], ["--b"], ["-a", "file", "--alpha"]]
for argv in argvs:
    for fn in ("getopt", "gnu_getopt"):
        c.eq("%s %r" % (fn, argv),
             outcome(lambda: getattr(go, fn)(argv, "ab:", ["alpha", "beta=", "bravo"])),
             outcome(lambda: getattr(ref_getopt, fn)(argv, "ab:", ["alpha", "beta=", "bravo"])))
    c.eq("gnu + %r" % argv, outcome(lambda: go.gnu_getopt(argv, "+ab:", "alpha")),
         outcome(lambda: ref_getopt.gnu_getopt(argv, "+ab:", "alpha")))
try:
    go.getopt(["-z"], "a")
except go.GetoptError as e:
    c.eq("GetoptError fields", (e.msg, e.opt, str(e)), ("option -z not recognized", "z",
                                                         "option -z not recognized"))
sys.exit(c.summary())
