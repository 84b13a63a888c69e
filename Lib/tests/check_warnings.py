"""Differential check: Lib/warnings.py against CPython's warnings."""
import io
import os
import subprocess
import sys
import warnings as ref

from _loader import load, Checker

c = Checker("warnings")
HERE = os.path.dirname(os.path.abspath(__file__))

# The same script runs with each implementation; stderr must agree.
SCRIPT = r'''
import sys
if sys.argv[1] == "ours":
    sys.path.insert(0, %r)
    from _loader import load
    warnings = load("warnings", deps=("linecache",))
    sys.modules["warnings"] = warnings      # as it will be under SwiftPy
else:
    import warnings

def f(n):
    warnings.warn("from f %%d" %% n, stacklevel=2)

def g():
    warnings.warn("deep", RuntimeWarning, stacklevel=3)

def h():
    g()

for i in range(3):
    warnings.warn("loop warning")          # shown once (default action)
f(1); f(1)
h()
warnings.warn(UserWarning("instance"))
warnings.warn("dep in main", DeprecationWarning)
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn("bytes", BytesWarning)
warnings.simplefilter("always")
for i in range(2):
    warnings.warn("always now")
warnings.resetwarnings()
warnings.filterwarnings("ignore", message="skip")
warnings.warn("skip me please")
warnings.warn("SKIP case-insensitive")
warnings.warn("keep me")
warnings.filterwarnings("error", category=RuntimeWarning)
try:
    warnings.warn("boom", RuntimeWarning)
except RuntimeWarning as e:
    print("raised", repr(e))
warnings.resetwarnings()
warnings.simplefilter("once")
for i in range(2):
    warnings.warn("once text")
    warnings.warn("once text", SyntaxWarning)
warnings.simplefilter("module")
for i in range(2):
    warnings.warn("module text")
warnings.warn("far up", stacklevel=10)
warnings.warn_explicit("explicit", UserWarning, "fake.py", 42)
warnings.warn_explicit("explicit mod", UserWarning, "fake.py", 43, module="fake")
print(warnings.formatwarning("fmt", UserWarning, "x.py", 3, "code line"), end="")
print(warnings.formatwarning("fmt", UserWarning, "x.py", 3), end="")
old = warnings.showwarning
def custom(message, category, filename, lineno, file=None, line=None):
    print("custom:", message, category.__name__, lineno)
warnings.showwarning = custom
warnings.simplefilter("always")
warnings.warn("to custom")
warnings.showwarning = old
try:
    warnings.warn("bad", int)
except TypeError as e:
    print("TypeError", e)
try:
    warnings.simplefilter("bogus")
except AssertionError as e:
    print("AssertionError", e)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("recorded 1")
    warnings.warn("recorded 2", FutureWarning)
print([(str(w.message), w.category.__name__, w.lineno) for w in log])
print(str(log[0]).split(", filename")[0])
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("inside ignored")
warnings.warn("after restore")
with warnings.catch_warnings(action="error", category=UserWarning):
    try:
        warnings.warn("error via action")
    except UserWarning:
        print("action error")
print(len(warnings.filters))
''' % HERE


def run(mode):
    p = subprocess.run([sys.executable, "-c", SCRIPT, mode], capture_output=True,
                       text=True, timeout=60)
    return p.stdout, p.stderr, p.returncode


ours = run("ours")
want = run("ref")
c.eq("stdout", ours[0].splitlines(), want[0].splitlines())
c.eq("stderr", ours[1].splitlines(), want[1].splitlines())
c.eq("returncode", ours[2], want[2])

# In-process: catch_warnings with our module, recorded messages.
w = load("warnings", deps=("linecache",))
with w.catch_warnings(record=True, module=w) as log:
    w.simplefilter("always")
    w.warn("a")
    w.warn("b", stacklevel=1)
c.eq("record in-process", [str(m.message) for m in log], ["a", "b"])
c.eq("defaults restored", [f[0] for f in w.filters],
     ["default", "ignore", "ignore", "ignore", "ignore"])
c.eq("default filter categories", [f[2] for f in w.filters], [f[2] for f in ref.filters])
for name in ref.__all__:
    c.true("has " + name, hasattr(w, name))
sys.exit(c.summary())
