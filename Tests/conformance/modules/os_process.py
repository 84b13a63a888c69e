# OS primitives used by multiprocessing/subprocess: pipes, spawn, wait statuses, signals, select.
import os
import select
import signal
import sys

r, w = os.pipe()
print("inheritable", os.get_inheritable(r), os.get_inheritable(w))
print("write", os.write(w, b"hello"), "read", os.read(r, 10))
print("select empty", select.select([r], [], [], 0.05))
os.write(w, b"x")
rl, wl, xl = select.select([r], [w], [], 1.0)
print("select ready", rl == [r], wl == [w], xl)
print("read one", os.read(r, 1))
d = os.dup(r)
print("dup inheritable", os.get_inheritable(d))
os.set_inheritable(d, True)
print("set_inheritable", os.get_inheritable(d))
os.close(d)
try:
    os.read(d, 1)
except OSError as e:
    print("closed fd:", type(e).__name__, e.errno)

# Exit codes and signals through wait statuses.
code = "import sys; sys.exit(7)"
pid = os.posix_spawn(sys.executable, [sys.executable, "-c", code], os.environ)
wpid, status = os.waitpid(pid, 0)
print("spawned", wpid == pid, os.WIFEXITED(status), os.WEXITSTATUS(status), os.waitstatus_to_exitcode(status))
pid = os.posix_spawn(sys.executable, [sys.executable, "-c", "import time; time.sleep(30)"], os.environ)
print("still running", os.waitpid(pid, os.WNOHANG))
os.kill(pid, signal.SIGKILL)
wpid, status = os.waitpid(pid, 0)
print("killed", os.WIFSIGNALED(status), os.WTERMSIG(status) == signal.SIGKILL, os.waitstatus_to_exitcode(status))
try:
    os.waitpid(pid, 0)
except ChildProcessError as e:
    print("no child:", e.errno)

# Python-level signal handlers run on the main thread.
seen = []
old = signal.signal(signal.SIGUSR1, lambda signum, frame: seen.append(signum))
print("old handler", old, signal.getsignal(signal.SIGUSR1) is not old)
os.kill(os.getpid(), signal.SIGUSR1)
print("handled", seen, seen[0] == signal.SIGUSR1)
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
print("default int handler", signal.getsignal(signal.SIGINT) is signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt from SIGINT")
print(signal.Signals(15).name, signal.SIGTERM == 15, repr(signal.SIG_IGN))
try:
    signal.signal(signal.SIGTERM, 42)
except TypeError as e:
    print("TypeError:", e)
print("cpu_count", os.cpu_count() >= 1, "urandom", len(os.urandom(16)))
print("O flags", os.O_RDONLY, os.O_WRONLY, os.O_RDWR)
