#!/usr/bin/env python3
"""How much of each Lib/ module repeats CPython's own source line for line.

    python3 Tools/lib_overlap.py [--min PERCENT] [Lib/module.py ...]

For each of our modules that CPython 3.11 also has (python3's own Lib), counts the
"body" lines longer than 30 characters -- code lines, leaving out docstrings, comments,
def/class/raise/return/import lines and CONSTANT assignments, where an API or a message
fixes the text -- and prints the share that occurs verbatim in CPython's file. The rule for
Lib/ is to read CPython for behaviour and write our own code: a high share means a module
repeats CPython's implementation, not just its interface.
"""
import os
import re
import sys
import sysconfig

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CPY = sysconfig.get_paths()["stdlib"]


def body_lines(path):
    out, in_doc = [], False
    for line in open(path, encoding="utf-8", errors="replace"):
        t = line.strip()
        if t.startswith(('"""', "'''")):
            if not (len(t) >= 6 and t.endswith(t[:3])):
                in_doc = not in_doc
            continue
        if in_doc or not t or t.startswith("#"):
            continue
        if t.startswith(("def ", "class ", "raise ", "return ", "import ", "from ")) or re.match(r"^[A-Z_0-9]+ = ", t):
            continue
        if len(t) > 30:
            out.append(t)
    return out


def main(argv):
    minimum = 0.0
    if argv[:1] == ["--min"]:
        minimum, argv = float(argv[1]), argv[2:]
    files = argv or [os.path.join(d, f) for d, _, fs in os.walk(os.path.join(ROOT, "Lib"))
                     if "tests" not in d.split(os.sep) for f in fs if f.endswith(".py")]
    rows = []
    for path in files:
        rel = os.path.relpath(path, os.path.join(ROOT, "Lib"))
        theirs = os.path.join(CPY, rel)
        if not os.path.exists(theirs):
            continue
        ours = body_lines(path)
        if len(ours) < 10:
            continue
        known = set(l.strip() for l in open(theirs, encoding="utf-8", errors="replace"))
        share = 100.0 * sum(1 for l in ours if l in known) / len(ours)
        if share >= minimum:
            rows.append((share, rel, len(ours)))
    for share, rel, n in sorted(rows, reverse=True):
        print("%5.1f%%  %5d body lines  %s" % (share, n, rel))


if __name__ == "__main__":
    main(sys.argv[1:])
