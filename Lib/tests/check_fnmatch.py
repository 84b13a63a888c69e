"""Differential check: Lib/fnmatch.py against CPython's fnmatch."""
import fnmatch as ref
import random
import re
import sys

from _loader import load, Checker

fm = load("fnmatch")
c = Checker("fnmatch")
rng = random.Random(21)

pat_alpha = "ab*?[]!-\\^.c"
name_alpha = "abc.-\\[]!^"
for t in range(20000):
    pat = "".join(rng.choice(pat_alpha) for _ in range(rng.randrange(8)))
    name = "".join(rng.choice(name_alpha) for _ in range(rng.randrange(8)))
    c.eq("fnmatchcase %r %r" % (name, pat), fm.fnmatchcase(name, pat),
         ref.fnmatchcase(name, pat))
    # translate() text equals CPython's up to the atomic-group numbers.
    norm = lambda s: re.sub(r"g\d+", "g", s)
    c.eq("translate %r" % pat, norm(fm.translate(pat)), norm(ref.translate(pat)))
cases = [("file.py", "*.py"), ("file.PY", "*.py"), ("a/b.c", "a/*"), ("abc", "a?c"),
         ("abc", "[a-c]bc"), ("xbc", "[!a-c]bc"), ("a]c", "a[]]c"), ("a-c", "a[a-]c"),
         ("", "*"), ("", ""), ("x", ""), ("aaa", "a*a*a"), ("ab", "a[]"), ("[", "["),
         ("a\nb", "a*b"), ("c", "[z-a]"), ("b", "[!]"), ("!", "[!]")]
for name, pat in cases:
    c.eq("fnmatch %r %r" % (name, pat), fm.fnmatch(name, pat), ref.fnmatch(name, pat))
names = ["a.py", "b.txt", "c.py", "D.PY"]
c.eq("filter", fm.filter(names, "*.py"), ref.filter(names, "*.py"))
c.eq("long star backtracking", fm.fnmatchcase("a" * 60 + "b", "*a*a*a*a*a*c"),
     False)
sys.exit(c.summary())
