# fcntl: descriptor flags, buffer arguments, ioctl forms, flock and lockf (record locks seen from a
# second process), blocking locks that let other threads run, and the error cases.
import array
import fcntl
import os
import struct
import subprocess
import sys
import tempfile
import threading
import time

FIONREAD = 0x541B   # Linux


def attempt(label, fn):
    try:
        result = fn()
    except Exception as e:
        errno = getattr(e, "errno", None)
        print(f"{label}: {type(e).__name__}: {e}" + (f" (errno {errno})" if errno is not None and str(errno) not in str(e) else ""))
    else:
        print(f"{label}: ok {result!r}" if result is not None else f"{label}: ok")


for name in ("F_DUPFD", "F_DUPFD_CLOEXEC", "F_GETFD", "F_SETFD", "F_GETFL", "F_SETFL", "F_GETLK", "F_SETLK",
             "F_SETLKW", "F_RDLCK", "F_WRLCK", "F_UNLCK", "FD_CLOEXEC", "LOCK_SH", "LOCK_EX", "LOCK_NB",
             "LOCK_UN", "F_GETOWN", "F_SETOWN", "F_GETPIPE_SZ", "F_SETPIPE_SZ", "F_OFD_SETLK"):
    print(name, getattr(fcntl, name))

# --- descriptor flags ---
r, w = os.pipe()
print("pipe is close-on-exec:", fcntl.fcntl(r, fcntl.F_GETFD) & fcntl.FD_CLOEXEC == fcntl.FD_CLOEXEC)
print("F_SETFD returns:", fcntl.fcntl(r, fcntl.F_SETFD, 0))
print("now inheritable:", os.get_inheritable(r), fcntl.fcntl(r, fcntl.F_GETFD))
fcntl.fcntl(r, fcntl.F_SETFD, fcntl.FD_CLOEXEC)
print("close-on-exec again:", os.get_inheritable(r))
flags = fcntl.fcntl(w, fcntl.F_GETFL)
print("write end is O_WRONLY:", flags & os.O_ACCMODE == os.O_WRONLY, "blocking:", os.get_blocking(w))
fcntl.fcntl(w, fcntl.F_SETFL, flags | os.O_NONBLOCK)
print("after F_SETFL O_NONBLOCK blocking:", os.get_blocking(w))
fcntl.fcntl(w, fcntl.F_SETFL, flags)
print("restored blocking:", os.get_blocking(w))
dup = fcntl.fcntl(r, fcntl.F_DUPFD, 50)
print("F_DUPFD >= 50:", dup >= 50, "inheritable:", os.get_inheritable(dup))
dup2 = fcntl.fcntl(r, fcntl.F_DUPFD_CLOEXEC, 60)
print("F_DUPFD_CLOEXEC >= 60:", dup2 >= 60, "inheritable:", os.get_inheritable(dup2))
os.close(dup)
os.close(dup2)
size = fcntl.fcntl(w, fcntl.F_GETPIPE_SZ)
print("pipe size is a page multiple:", size % 4096 == 0)
print("set pipe size:", fcntl.fcntl(w, fcntl.F_SETPIPE_SZ, 8192) >= 8192, fcntl.fcntl(w, fcntl.F_GETPIPE_SZ) >= 8192)

# A bytes or str argument comes back as bytes of the same length (F_GETFD ignores it).
print("bytes arg:", fcntl.fcntl(r, fcntl.F_GETFD, b"abc"))
print("str arg:", fcntl.fcntl(r, fcntl.F_GETFD, "xyz"))
print("empty arg:", fcntl.fcntl(r, fcntl.F_GETFD, b""))

# File objects work through fileno().
with tempfile.TemporaryFile() as f:
    print("file object:", fcntl.fcntl(f, fcntl.F_GETFL) & os.O_ACCMODE == os.O_RDWR)

    class HasFileno:
        def fileno(self):
            return f.fileno()
    print("fileno() object:", fcntl.fcntl(HasFileno(), fcntl.F_GETFD) & fcntl.FD_CLOEXEC)



def closed_fd():
    """A descriptor number that is not open (freshly closed, not reused before the call)."""
    fd = os.dup(0)
    os.close(fd)
    return fd


attempt("closed fd", lambda: fcntl.fcntl(closed_fd(), fcntl.F_GETFD))
attempt("negative fd", lambda: fcntl.fcntl(-1, fcntl.F_GETFD))
attempt("str fd", lambda: fcntl.fcntl("x", fcntl.F_GETFD))


class BadFileno:
    def fileno(self):
        return "3"


attempt("fileno() not int", lambda: fcntl.fcntl(BadFileno(), fcntl.F_GETFD))
attempt("arg too long", lambda: fcntl.fcntl(r, fcntl.F_GETFD, b"x" * 1025))
attempt("float arg", lambda: fcntl.fcntl(r, fcntl.F_GETFD, 1.5))
attempt("bytearray arg", lambda: fcntl.fcntl(r, fcntl.F_GETFD, bytearray(3)))
attempt("str cmd", lambda: fcntl.fcntl(r, "x"))
attempt("huge cmd", lambda: fcntl.fcntl(r, 2 ** 40))
attempt("bad cmd", lambda: fcntl.fcntl(r, 12345))

# --- ioctl: FIONREAD reports the bytes waiting in the pipe ---
os.write(w, b"hello")
attempt("ioctl int arg 0 (a NULL address)", lambda: fcntl.ioctl(r, FIONREAD, 0))
buf = array.array("i", [0])
print("ioctl array in place:", fcntl.ioctl(r, FIONREAD, buf), buf[0])
print("ioctl bytes:", struct.unpack("i", fcntl.ioctl(r, FIONREAD, b"\0" * 4))[0])
ba = bytearray(4)
print("ioctl bytearray, mutate False:", struct.unpack("i", fcntl.ioctl(r, FIONREAD, ba, False))[0], bytes(ba))
big = bytearray(2000)
print("ioctl large buffer in place:", fcntl.ioctl(r, FIONREAD, big), struct.unpack("i", big[:4])[0], big[4:] == bytes(1996))
attempt("ioctl bytes too long", lambda: fcntl.ioctl(r, FIONREAD, b"x" * 1025))
attempt("ioctl float", lambda: fcntl.ioctl(r, FIONREAD, 1.0))
attempt("ioctl closed fd", lambda: fcntl.ioctl(closed_fd(), FIONREAD, buf))
os.read(r, 5)
os.close(r)
os.close(w)

# --- flock: locks belong to the open file description ---
fd_path = tempfile.mkstemp()
os.close(fd_path[0])
path = fd_path[1]
a = open(path, "w")
b = open(path, "w")
fcntl.flock(a, fcntl.LOCK_EX)
attempt("second exclusive, non-blocking", lambda: fcntl.flock(b, fcntl.LOCK_EX | fcntl.LOCK_NB))
attempt("second shared, non-blocking", lambda: fcntl.flock(b.fileno(), fcntl.LOCK_SH | fcntl.LOCK_NB))
fcntl.flock(a, fcntl.LOCK_UN)
attempt("after unlock", lambda: fcntl.flock(b, fcntl.LOCK_EX | fcntl.LOCK_NB))
fcntl.flock(b, fcntl.LOCK_UN)
fcntl.flock(a, fcntl.LOCK_SH)
attempt("two shared", lambda: fcntl.flock(b, fcntl.LOCK_SH | fcntl.LOCK_NB))
fcntl.flock(b, fcntl.LOCK_UN)
attempt("flock closed fd", lambda: fcntl.flock(closed_fd(), fcntl.LOCK_SH))
attempt("flock str op", lambda: fcntl.flock(a, "x"))

# A blocking flock waits with the GIL released: this thread keeps running meanwhile.
fcntl.flock(a, fcntl.LOCK_UN)
fcntl.flock(a, fcntl.LOCK_EX)
events = []


def waiter():
    events.append("waiting")
    fcntl.flock(b, fcntl.LOCK_EX)      # blocks until the main thread unlocks a
    events.append("acquired")


th = threading.Thread(target=waiter)
th.start()
while not events:
    time.sleep(0.001)
spins = 0
deadline = time.monotonic() + 0.2
while time.monotonic() < deadline:
    spins += 1
print("main thread ran while the waiter blocked:", spins > 100, "waiter still blocked:", events == ["waiting"])
fcntl.flock(a, fcntl.LOCK_UN)
th.join()
print("waiter events:", events)
fcntl.flock(b, fcntl.LOCK_UN)
a.close()
b.close()

# --- lockf / F_GETLK: POSIX record locks, seen from another process ---
CHILD = r"""
import fcntl, os, struct, sys
path = sys.argv[1]
fd = os.open(path, os.O_RDWR)
def try_lock(label, cmd, length=0, start=0):
    try:
        fcntl.lockf(fd, cmd | fcntl.LOCK_NB, length, start)
    except OSError as e:
        print(label, type(e).__name__, e.errno in (11, 13))
    else:
        print(label, "locked")
        fcntl.lockf(fd, fcntl.LOCK_UN, length, start)
try_lock("child bytes 0-9:", fcntl.LOCK_EX, 10, 0)
try_lock("child bytes 10-19:", fcntl.LOCK_EX, 10, 10)
try_lock("child bytes 5-14:", fcntl.LOCK_EX, 10, 5)
try_lock("child shared 20-29:", fcntl.LOCK_SH, 10, 20)
query = struct.pack("hhqqi", fcntl.F_WRLCK, 0, 0, 0, 0)
l_type, l_whence, l_start, l_len, l_pid = struct.unpack("hhqqi", fcntl.fcntl(fd, fcntl.F_GETLK, query + bytes(4))[:28])
print("child F_GETLK:", l_type == fcntl.F_WRLCK, l_start, l_len, l_pid == int(sys.argv[2]))
"""
with open(path, "w") as f:
    f.write("x" * 100)
    f.flush()
    fcntl.lockf(f, fcntl.LOCK_EX, 10, 0)
    query = struct.pack("hhqqi", fcntl.F_WRLCK, 0, 0, 0, 0) + bytes(4)
    own = struct.unpack("hhqqi", fcntl.fcntl(f, fcntl.F_GETLK, query)[:28])
    print("own F_GETLK sees no conflict:", own[0] == fcntl.F_UNLCK)
    # The child's stderr is printed: keep an interpreter's debug reports (SwiftPy's
    # SWIFTPY_DEBUG_LEAKS summary) out of it.
    child_env = {k: v for k, v in os.environ.items() if not k.startswith("SWIFTPY_DEBUG")}
    out = subprocess.run([sys.executable, "-c", CHILD, path, str(os.getpid())], capture_output=True, text=True,
                         env=child_env)
    print(out.stdout, end="")
    print("child stderr:", out.stderr.strip() or "-")
    fcntl.lockf(f, fcntl.LOCK_UN, 10, 0)
    out = subprocess.run([sys.executable, "-c", CHILD, path, str(os.getpid())], capture_output=True, text=True)
    print("after unlock:", out.stdout.splitlines()[0])
    attempt("lockf bad cmd", lambda: fcntl.lockf(f, 0))
    attempt("lockf str len", lambda: fcntl.lockf(f, fcntl.LOCK_SH, "x"))
    attempt("shared lock on a write-only file", lambda: fcntl.lockf(f, fcntl.LOCK_SH | fcntl.LOCK_NB))
    fcntl.lockf(f, fcntl.LOCK_UN)
with open(path) as ro:
    attempt("exclusive lock on a read-only file", lambda: fcntl.lockf(ro, fcntl.LOCK_EX | fcntl.LOCK_NB))
os.unlink(path)
