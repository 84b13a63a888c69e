# timeit: Timer/timeit/repeat/autorange and the command line (main), made deterministic with a
# fake clock that the timed statement itself advances; one real `-m timeit` run is checked by
# the shape of its output only.
import contextlib
import io
import re
import subprocess
import sys
import timeit
import types

clock = types.ModuleType("fakeclock")
clock.ns = 0


def tick(ns=1000):
    clock.ns += ns


def now():
    return clock.ns * 1e-9


clock.tick = tick
clock.now = now
sys.modules["fakeclock"] = clock

# Timer with string statements: the setup runs once, the statement `number` times.
t = timeit.Timer("fc.tick(250)", "import fakeclock as fc; fc.tick(10**9)", timer=now)
print(round(t.timeit(1000), 9), round(t.timeit(0), 9))
print([round(x, 9) for x in t.repeat(3, 40)])
print(type(t.src).__name__, "def inner(_it, _timer):" in t.src, t.src.count("\n"))

# Multi-line statements and setups, globals, callables.
calls = []
t = timeit.Timer("for k in range(3):\n    calls.append(k)\n", "calls.clear()", timer=now,
                 globals={"calls": calls})
t.timeit(2)
print(calls)
counter = {"stmt": 0, "setup": 0}


def stmt():
    counter["stmt"] += 1
    tick(3000)


def setup():
    counter["setup"] += 1


print(round(timeit.timeit(stmt, setup, timer=now, number=7), 9), counter)
print([round(x, 9) for x in timeit.repeat(stmt, setup, timer=now, repeat=4, number=5)], counter)
g = {"data": list(range(10))}
print(timeit.Timer("total = sum(data)", globals=g, timer=now).timeit(3) == 0.0, "total" in g)

# autorange walks 1, 2, 5, 10, 20, ... until a run takes 0.2 s (each loop ticks 1 ms here).
seen = []
number, taken = timeit.Timer("fc.tick(1000000)", "import fakeclock as fc", timer=now).autorange(
    lambda n, dt: seen.append(n))
print(number, round(taken, 6), seen)

for bad in [(1, "pass"), ("pass", 2)]:
    try:
        timeit.Timer(*bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in [("x = ", "pass"), ("pass", "def f(:"), ("return 1", "pass"), ("    x = 1", "pass")]:
    try:
        timeit.Timer(*bad)
    except SyntaxError as e:
        print("SyntaxError:", e.msg)

# print_exc shows the line of the timed source that failed.
t = timeit.Timer("x = 1\ny = 1 / (x - 1)", timer=now)
try:
    t.timeit(1)
except ZeroDivisionError:
    buf = io.StringIO()
    t.print_exc(buf)
    lines = buf.getvalue().splitlines()
    print(lines[0])
    print([line.strip() for line in lines if "timeit-src" in line or line.startswith("    y")])
    print(lines[-1])


def cli(*argv):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = timeit.main(list(argv), _wrap_timer=lambda timer: now)
    print("$ timeit", " ".join(argv), "->", code)
    for line in out.getvalue().splitlines():
        print("  out|", line)
    errs = err.getvalue().splitlines()
    if errs:
        for line in errs[-4 if "Traceback" in errs[0] else -1:]:
            print("  err|", line)


cli("-n", "100", "-r", "3", "-s", "import fakeclock as fc", "fc.tick(1500)")
cli("--number=10", "--repeat=2", "--setup=import fakeclock as fc", "fc.tick(2500000)")
cli("-s", "import fakeclock as fc", "fc.tick(70000)")
cli("-v", "-s", "import fakeclock as fc", "fc.tick(40000000)")
cli("-v", "-v", "-n", "3", "-r", "2", "-s", "import fakeclock as fc", "fc.tick(123456)")
cli("-n", "5", "-u", "msec", "-s", "import fakeclock as fc", "fc.tick(123)")
cli("-n", "5", "-u", "sec", "-s", "import fakeclock as fc", "fc.tick(123)")
cli("-n", "5", "-u", "nsec", "-r", "0", "-s", "import fakeclock as fc", "fc.tick(2000000000)")
cli("-n", "2", "-p", "-s", "import fakeclock as fc", "x = 0", "for i in range(3):", "  x += 1",
    "fc.tick(x)")
cli("-n", "1", "-r", "1", "--", "pass")
cli("-u", "weeks", "pass")
cli("-x")
cli("--bogus")
cli("-n")
cli("-n", "2", "1/0")
cli("-s", "1/0", "pass")

out = io.StringIO()
with contextlib.redirect_stdout(out):
    code = timeit.main(["-h"])
text = out.getvalue()
print("help ->", code, text.endswith(" "))
print([line.split(":")[0].strip() for line in text.splitlines() if line.startswith("  -")])

# A real run: only the shape of the line is checked.
res = subprocess.run([sys.executable, "-m", "timeit", "-n", "20", "-r", "3", "-s", "x = 5",
                      "x * x"], capture_output=True, text=True)
print(res.returncode, bool(re.fullmatch(
    r"20 loops, best of 3: \d+(\.\d+)? (nsec|usec|msec|sec) per loop\n", res.stdout)))
print(timeit.default_timer is __import__("time").perf_counter, timeit.default_number,
      timeit.default_repeat, sorted(timeit.__all__))
