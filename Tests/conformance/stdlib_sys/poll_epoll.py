# select.poll and select.epoll: readiness on pipes and socket pairs, modify/unregister, edge and
# one-shot modes, timeouts, the error cases, blocking waits that release the GIL and resume after
# a signal handler (PEP 475).
import os
import select
import signal
import socket
import threading
import time


def attempt(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: ok {result!r}" if result is not None else f"{label}: ok")


def names(mask, prefix):
    found = [n for n in ("IN", "PRI", "OUT", "ERR", "HUP", "NVAL", "RDNORM", "WRNORM", "RDHUP")
             if hasattr(select, prefix + n) and mask & getattr(select, prefix + n)]
    return "|".join(found) or "0"


for n in ("POLLIN", "POLLPRI", "POLLOUT", "POLLERR", "POLLHUP", "POLLNVAL", "POLLRDNORM", "POLLRDBAND",
          "POLLWRNORM", "POLLWRBAND", "POLLMSG", "POLLRDHUP", "EPOLLIN", "EPOLLOUT", "EPOLLPRI", "EPOLLERR",
          "EPOLLHUP", "EPOLLET", "EPOLLONESHOT", "EPOLLEXCLUSIVE", "EPOLLRDHUP", "EPOLLRDNORM",
          "EPOLLWRNORM", "EPOLLMSG", "EPOLL_CLOEXEC"):
    print(n, getattr(select, n))
print("error is OSError:", select.error is OSError)

# --- poll ---
r, w = os.pipe()
p = select.poll()
print(type(p).__name__, type(p).__module__)
p.register(r, select.POLLIN)
p.register(w, select.POLLOUT)
print("empty pipe:", [(fd == w, names(ev, "POLL")) for fd, ev in p.poll(0)])
os.write(w, b"data")
print("with data:", sorted((fd == r, names(ev, "POLL")) for fd, ev in p.poll(0)))
p.modify(w, select.POLLIN)
print("write end modified to POLLIN:", [(fd == r, names(ev, "POLL")) for fd, ev in p.poll(0)])
p.unregister(w)
os.read(r, 4)
print("nothing ready, timeout 0:", p.poll(0), "timeout 10 ms:", p.poll(10), "float ms:", p.poll(1.5))
print("negative timeout with data:", end=" ")
os.write(w, b"x")
print([names(ev, "POLL") for fd, ev in p.poll(-1)])
os.read(r, 1)
os.close(w)
print("writer closed:", [names(ev, "POLL") for fd, ev in p.poll(0)])
# A registered descriptor that is closed is reported as POLLNVAL.
dead_r, dead_w = os.pipe()
p.register(dead_r)
os.close(dead_r)
os.close(dead_w)
print("closed descriptor:", sorted(names(ev, "POLL") for fd, ev in p.poll(0)))
p.unregister(dead_r)
os.close(r)

r, w = os.pipe()
p = select.poll()
p.register(r)
attempt("modify unregistered", lambda: p.modify(w, select.POLLOUT))
try:
    p.unregister(w)
except KeyError as e:
    print("unregister unregistered: KeyError of the fd:", e.args == (w,))
attempt("register negative fd", lambda: p.register(-1))
attempt("register str", lambda: p.register("x"))
attempt("negative events", lambda: p.register(r, -1))
attempt("events too large", lambda: p.register(r, 1 << 17))
attempt("timeout str", lambda: p.poll("x"))
attempt("timeout NaN", lambda: p.poll(float("nan")))
attempt("timeout too large", lambda: p.poll(2 ** 31))
attempt("poll(1)", lambda: select.poll(1))


class Wrapped:
    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        return self.fd


p2 = select.poll()
p2.register(Wrapped(w), select.POLLOUT)
print("fileno() object:", [(fd == w, names(ev, "POLL")) for fd, ev in p2.poll(0)])

# A blocking poll wakes up when another thread writes; the GIL is released while it waits,
# so a counting thread keeps running. The concurrent poll() on the same object is refused.
counter = [0]
stop = threading.Event()


def count():
    while not stop.is_set():
        counter[0] += 1
        time.sleep(0.0005)


def wait_for_progress():
    """Returns once the counting thread has advanced a few steps from now."""
    start = counter[0]
    while counter[0] < start + 5:
        time.sleep(0.001)


def write_later():
    # Once the main thread is inside p.poll(), a second poll() on p is refused.
    while True:
        try:
            p.poll(0)
        except RuntimeError as e:
            print("concurrent poll:", type(e).__name__, e)
            break
        time.sleep(0.005)
    wait_for_progress()
    os.write(w, b"wake")


counting = threading.Thread(target=count)
writer = threading.Thread(target=write_later)
counting.start()
writer.start()
before = counter[0]
while True:
    try:
        ready = p.poll()
        break
    except RuntimeError:
        pass    # the writer's probe was polling at that moment: retry
progressed = counter[0] > before
stop.set()
counting.join()
writer.join()
print("blocking poll woke:", [(fd == r, names(ev, "POLL")) for fd, ev in ready], "other thread ran:", progressed)
os.read(r, 4)

# PEP 475: a signal handler runs during the wait, then the wait resumes (here it finds the byte
# the handler wrote) instead of failing with InterruptedError.
handled = []


def on_alarm(signum, frame):
    handled.append(signum)
    os.write(w, b"!")


old = signal.signal(signal.SIGALRM, on_alarm)
signal.alarm(1)
ready = p.poll(5000)
print("poll after the handler:", [names(ev, "POLL") for fd, ev in ready], "handler ran:", handled == [signal.SIGALRM])
os.read(r, 1)

# --- epoll ---
ep = select.epoll()
print(type(ep).__name__, type(ep).__module__, "closed:", ep.closed, "fileno is int:", type(ep.fileno()).__name__)
print("epoll fd close-on-exec:", not os.get_inheritable(ep.fileno()))
a, b = socket.socketpair()
ep.register(a.fileno(), select.EPOLLIN)
ep.register(b, select.EPOLLOUT)
print("socket pair:", [(fd == b.fileno(), names(ev, "EPOLL")) for fd, ev in ep.poll(0)])
b.send(b"ping")
print("after send:", sorted((fd == a.fileno(), names(ev, "EPOLL")) for fd, ev in ep.poll(0)))
print("maxevents=1:", len(ep.poll(0, 1)))
ep.modify(b, select.EPOLLIN)
print("b modified to EPOLLIN:", [(fd == a.fileno(), names(ev, "EPOLL")) for fd, ev in ep.poll(0.01)])
ep.unregister(b)
a.recv(4)
print("nothing ready:", ep.poll(0), ep.poll(0.01), ep.poll(timeout=0, maxevents=3))
attempt("register twice", lambda: ep.register(a))
attempt("modify unregistered", lambda: ep.modify(b, select.EPOLLIN))
attempt("unregister unregistered", lambda: ep.unregister(b))
attempt("maxevents 0", lambda: ep.poll(0, 0))
attempt("maxevents -2", lambda: ep.poll(0, -2))
attempt("timeout str", lambda: ep.poll("x"))
attempt("negative fd", lambda: ep.register(-1))
attempt("sizehint -2", lambda: select.epoll(-2))
attempt("sizehint 0", lambda: select.epoll(0))
attempt("bad flags", lambda: select.epoll(5, 1))
attempt("EPOLL_CLOEXEC flag", lambda: select.epoll(flags=select.EPOLL_CLOEXEC).close())
bad = os.dup(0)
os.close(bad)
attempt("closed descriptor", lambda: ep.register(bad))
with open(__file__) as regular:
    attempt("regular file", lambda: ep.register(regular))

# Edge-triggered: one report per arrival. Level-triggered: reported while data waits.
ep.unregister(a)
ep.register(a, select.EPOLLIN | select.EPOLLET)
b.send(b"1")
print("ET first:", len(ep.poll(0)), "ET again:", len(ep.poll(0)))
b.send(b"2")
print("ET new data:", len(ep.poll(0)))
ep.modify(a, select.EPOLLIN)
print("LT:", len(ep.poll(0)), len(ep.poll(0)))
a.recv(2)
# One-shot: disarmed after one event until modified.
ep.modify(a, select.EPOLLIN | select.EPOLLONESHOT)
b.send(b"3")
print("oneshot first:", len(ep.poll(0)), "then:", len(ep.poll(0)))
ep.modify(a, select.EPOLLIN | select.EPOLLONESHOT)
print("re-armed:", len(ep.poll(0)))
a.recv(1)
ep.modify(a, select.EPOLLIN | select.EPOLLRDHUP)
b.close()
print("peer closed:", [names(ev, "EPOLL") for fd, ev in ep.poll(0)])
ep.unregister(a)
a.close()

# A blocking epoll wait wakes on a write from another thread, with the GIL released.
ep.register(r, select.EPOLLIN)
counter[0] = 0
stop.clear()


def write_later2():
    time.sleep(0.05)
    wait_for_progress()
    os.write(w, b"wake")


counting = threading.Thread(target=count)
writer = threading.Thread(target=write_later2)
counting.start()
writer.start()
before = counter[0]
ready = ep.poll()
progressed = counter[0] > before
stop.set()
counting.join()
writer.join()
print("blocking epoll woke:", [(fd == r, names(ev, "EPOLL")) for fd, ev in ready], "other thread ran:", progressed)
os.read(r, 4)

# A handler that raises ends the wait with its exception.


def raising(signum, frame):
    raise RuntimeError("from the handler")


signal.signal(signal.SIGALRM, raising)
signal.alarm(1)
attempt("epoll wait interrupted by a raising handler", lambda: ep.poll(5))
signal.signal(signal.SIGALRM, old)

# close / closed / context manager
ep.close()
ep.close()
print("closed:", ep.closed)
attempt("register after close", lambda: ep.register(r))
attempt("poll after close", lambda: ep.poll())
attempt("fileno after close", lambda: ep.fileno())
attempt("enter after close", lambda: ep.__enter__())
with select.epoll() as ep2:
    print("in with:", ep2.closed, ep2.fileno() >= 0)
print("after with:", ep2.closed)
os.close(r)
os.close(w)
