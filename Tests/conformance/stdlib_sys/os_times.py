# os.times, os.getloadavg, os.sched_getaffinity, os.nice, os.wait3/os.wait4 (with rusage).
import os
import resource
import subprocess
import sys

t = os.times()
print(type(t).__name__, type(t).__module__, type(t).__mro__[1].__name__, len(t))
print("fields:", [f for f in ("user", "system", "children_user", "children_system", "elapsed") if hasattr(t, f)])
print("all floats:", all(type(v) is float for v in t))
print("index matches name:", t[0] == t.user and t[1] == t.system and t[4] == t.elapsed)
print("non-negative:", all(v >= 0 for v in t))
print("repr starts:", repr(t).startswith("posix.times_result(user="))
total = 0
for i in range(200000):
    total += i
t2 = os.times()
print("elapsed grows:", t2.elapsed >= t.elapsed, "user grows:", t2.user >= t.user)

load = os.getloadavg()
print("loadavg:", type(load).__name__, len(load), all(type(v) is float and v >= 0 for v in load))

cpus = os.sched_getaffinity(0)
print("affinity:", type(cpus).__name__, len(cpus) >= 1, all(type(c) is int and c >= 0 for c in cpus))
print("affinity of own pid matches:", os.sched_getaffinity(os.getpid()) == cpus)
print("within cpu_count:", len(cpus) <= os.cpu_count())
try:
    os.sched_getaffinity(-5)
except OSError as e:
    print("bad pid:", type(e).__name__, e)

print("nice(0) is an int:", type(os.nice(0)).__name__)

# wait3/wait4 reap a child and report its resource usage.
child = subprocess.Popen([sys.executable, "-c", "import sys; sum(range(100000)); sys.exit(3)"])
pid, status, usage = os.wait4(child.pid, 0)
print("wait4 pid matches:", pid == child.pid)
print("wait4 exit code:", os.waitstatus_to_exitcode(status))
print("wait4 rusage:", type(usage).__name__, type(usage).__module__, len(usage), usage.ru_maxrss > 0)
child.returncode = 3   # reaped above

child = subprocess.Popen([sys.executable, "-c", "import sys; sys.exit(5)"])
pid, status, usage = os.wait3(0)
print("wait3 pid matches:", pid == child.pid, "exit code:", os.waitstatus_to_exitcode(status))
print("wait3 rusage:", type(usage).__name__, usage.ru_utime >= 0)
child.returncode = 5

print("children usage counted:", resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss > 0)
for call in (lambda: os.wait3(os.WNOHANG), lambda: os.wait4(-1, os.WNOHANG)):
    try:
        call()
    except OSError as e:
        print("no children:", type(e).__name__, e)
