# resource: usage records, limits (get/set/prlimit round trips in a child-free way) and errors.
import os
import resource


def attempt(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: ok {result!r}" if result is not None else f"{label}: ok")


# --- struct_rusage ---
usage = resource.getrusage(resource.RUSAGE_SELF)
print(type(usage).__name__, type(usage).__module__, type(usage).__mro__[1].__name__)
print("fields:", resource.struct_rusage.n_fields, resource.struct_rusage.n_sequence_fields, len(usage))
names = [n for n in dir(usage) if n.startswith("ru_")]
print("names:", sorted(names))
print("times are floats:", type(usage.ru_utime).__name__, type(usage.ru_stime).__name__)
print("counters are ints:", all(type(getattr(usage, n)) is int for n in names if n not in ("ru_utime", "ru_stime")))
print("index matches name:", usage[0] == usage.ru_utime and usage[2] == usage.ru_maxrss and usage[15] == usage.ru_nivcsw)
print("ru_maxrss > 0:", usage.ru_maxrss > 0, "minflt > 0:", usage.ru_minflt > 0)
print("repr starts:", repr(usage).startswith("resource.struct_rusage(ru_utime="))

# CPU time used by a busy loop shows up (user time never goes down).
before = resource.getrusage(resource.RUSAGE_SELF).ru_utime
total = 0
for i in range(300000):
    total += i * i
after = resource.getrusage(resource.RUSAGE_SELF).ru_utime
print("utime monotonic:", after >= before)
thread = resource.getrusage(resource.RUSAGE_THREAD)
print("thread usage <= process usage:", thread.ru_utime <= resource.getrusage(resource.RUSAGE_SELF).ru_utime + 0.01)
children = resource.getrusage(resource.RUSAGE_CHILDREN)
print("children record:", type(children).__name__, len(children))
attempt("getrusage(99)", lambda: resource.getrusage(99))
attempt("getrusage('x')", lambda: resource.getrusage("x"))
attempt("struct_rusage((1,))", lambda: resource.struct_rusage((1,)))
attempt("readonly", lambda: setattr(usage, "ru_maxrss", 1))

# --- constants ---
for name in ("RLIMIT_CPU", "RLIMIT_FSIZE", "RLIMIT_DATA", "RLIMIT_STACK", "RLIMIT_CORE", "RLIMIT_RSS",
             "RLIMIT_NPROC", "RLIMIT_NOFILE", "RLIMIT_OFILE", "RLIMIT_MEMLOCK", "RLIMIT_AS",
             "RLIMIT_SIGPENDING", "RLIMIT_MSGQUEUE", "RLIMIT_NICE", "RLIMIT_RTPRIO", "RLIMIT_RTTIME",
             "RLIM_INFINITY", "RUSAGE_SELF", "RUSAGE_CHILDREN", "RUSAGE_THREAD"):
    print(name, getattr(resource, name))
print("error is OSError:", resource.error is OSError)
print("page size power of two:", resource.getpagesize() & (resource.getpagesize() - 1) == 0,
      resource.getpagesize() >= 4096)

# --- limits ---
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
print("nofile soft <= hard:", hard == resource.RLIM_INFINITY or 0 < soft <= hard)
lowered = min(soft, 64)
resource.setrlimit(resource.RLIMIT_NOFILE, (lowered, hard))
print("lowered soft:", resource.getrlimit(resource.RLIMIT_NOFILE) == (lowered, hard))
# With the soft limit at 64, opening past it fails with EMFILE.
fds = []
try:
    while True:
        fds.append(os.open(os.devnull, os.O_RDONLY))
except OSError as e:
    print("past the limit:", type(e).__name__, e.errno == 24, max(fds) < lowered)
for fd in fds:
    os.close(fd)
resource.setrlimit(resource.RLIMIT_NOFILE, [soft, hard])   # any 2-sequence
print("restored:", resource.getrlimit(resource.RLIMIT_NOFILE) == (soft, hard))
attempt("soft above hard", lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (10, 5)))
# Above fs.nr_open (or without privilege): EPERM.
attempt("raise hard", lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (10, 2 ** 40)))
print("unchanged:", resource.getrlimit(resource.RLIMIT_NOFILE) == (soft, hard))
attempt("one value", lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (10,)))
attempt("three values", lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (1, 2, 3)))
attempt("not a sequence", lambda: resource.setrlimit(resource.RLIMIT_NOFILE, 5))
attempt("str limit", lambda: resource.setrlimit(resource.RLIMIT_NOFILE, ("a", 1)))
attempt("huge limit", lambda: resource.setrlimit(resource.RLIMIT_NOFILE, (2 ** 70, 1)))
attempt("bad resource set", lambda: resource.setrlimit(99, (1, 1)))
attempt("bad resource get", lambda: resource.getrlimit(99))
attempt("negative resource", lambda: resource.getrlimit(-1))
attempt("str resource", lambda: resource.getrlimit("a"))

# CPU limit: a soft limit can be set and read back, then restored.
cpu = resource.getrlimit(resource.RLIMIT_CPU)
resource.setrlimit(resource.RLIMIT_CPU, (3600, cpu[1]))
print("cpu soft:", resource.getrlimit(resource.RLIMIT_CPU)[0])
resource.setrlimit(resource.RLIMIT_CPU, cpu)

# prlimit: returns the previous limits; pid 0 is this process.
print("prlimit get:", resource.prlimit(0, resource.RLIMIT_NOFILE) == (soft, hard))
old = resource.prlimit(0, resource.RLIMIT_NOFILE, (lowered, hard))
print("prlimit set returned old:", old == (soft, hard), resource.getrlimit(resource.RLIMIT_NOFILE)[0] == lowered)
resource.prlimit(os.getpid(), resource.RLIMIT_NOFILE, (soft, hard))
print("prlimit restored:", resource.getrlimit(resource.RLIMIT_NOFILE) == (soft, hard))
attempt("prlimit bad resource", lambda: resource.prlimit(0, 99))
attempt("prlimit soft above hard", lambda: resource.prlimit(0, resource.RLIMIT_NOFILE, (10, 5)))
attempt("prlimit one arg", lambda: resource.prlimit(0))
attempt("prlimit not a sequence", lambda: resource.prlimit(0, resource.RLIMIT_NOFILE, 5))
