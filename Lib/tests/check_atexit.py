"""Behaviour check: Lib/atexit.py (run in child processes, compared with
what CPython's atexit prints for the same script)."""
import os
import subprocess
import sys

from _loader import Checker

c = Checker("atexit")
HERE = os.path.dirname(os.path.abspath(__file__))

SCRIPT = r"""
import sys
MODE = sys.argv[1]
if MODE == "ours":
    sys.path.insert(0, %r)
    from _loader import load
    atexit = load("atexit", deps=("traceback", "linecache"))
else:
    import atexit

def hello(name, punct="!"):
    print("bye", name + punct)

def boom():
    1 / 0

atexit.register(hello, "first")
atexit.register(hello, "second", punct="?")
atexit.register(boom)
f = atexit.register(hello, "third")
print("registered returns func:", f is hello)
atexit.register(print, "gone")
atexit.unregister(print)
print("count", atexit._ncallbacks())
try:
    atexit.register(5)
except TypeError as e:
    print("TypeError:", e)
if MODE == "ours":
    atexit._run_exitfuncs()          # SwiftPy calls this at shutdown
    print("after run", atexit._ncallbacks())
""" % HERE


def run(mode):
    p = subprocess.run([sys.executable, "-c", SCRIPT, mode], capture_output=True,
                       text=True, timeout=60)
    err = [line for line in p.stderr.splitlines()
           if not line.startswith("  ")]   # drop traceback frame lines
    return p.stdout, err


ours_out, ours_err = run("ours")
ref_out, ref_err = run("ref")
def drop_count(text):
    # CPython's _ncallbacks also counts interpreter-internal entries.
    return [l for l in text.splitlines() if not l.startswith(("count", "after run"))]


c.eq("stdout", drop_count(ours_out), drop_count(ref_out))
c.true("count after unregister", "count 4" in ours_out)
c.true("ran all, none left", "after run 0" in ours_out)
c.eq("stderr lines", [l.split(" at 0x")[0] for l in ours_err],
     [l.split(" at 0x")[0] for l in ref_err])
sys.exit(c.summary())
