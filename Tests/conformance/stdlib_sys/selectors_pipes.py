# selectors: every selector class over pipes and socket pairs: register/modify/unregister, keys and
# the map, select() timeouts, blocking waits woken by another thread (GIL released), closing, and
# CPython's error messages.
import os
import re
import selectors
import socket
import threading
import time


FD_NAMES = {}   # descriptor number -> name shown instead (numbers depend on the environment)


def attempt(label, fn):
    try:
        result = fn()
    except Exception as e:
        text = re.sub(r"\b\d+\b", lambda m: FD_NAMES.get(int(m.group()), m.group()), str(e))
        print(f"{label}: {type(e).__name__}: {text}")
    else:
        print(f"{label}: ok {result!r}" if result is not None else f"{label}: ok")


print("EVENT_READ", selectors.EVENT_READ, "EVENT_WRITE", selectors.EVENT_WRITE)
print("SelectorKey fields:", selectors.SelectorKey._fields)
print("DefaultSelector:", selectors.DefaultSelector.__name__)
print("subclasses of BaseSelector:", all(issubclass(c, selectors.BaseSelector) for c in
      (selectors.SelectSelector, selectors.PollSelector, selectors.EpollSelector)))
attempt("BaseSelector()", lambda: selectors.BaseSelector())


def ready_list(sel, timeout=0):
    """(data, events) of the ready keys, sorted."""
    return sorted((key.data, events) for key, events in sel.select(timeout))


class Named:
    """A file object: anything with fileno()."""

    def __init__(self, fd, name):
        self.fd, self.name = fd, name

    def fileno(self):
        return self.fd

    def __repr__(self):
        return f"<Named {self.name}>"


for cls in (selectors.SelectSelector, selectors.PollSelector, selectors.EpollSelector, selectors.DefaultSelector):
    print(f"--- {cls.__name__}")
    r, w = os.pipe()
    FD_NAMES.clear()
    FD_NAMES.update({r: "<r>", w: "<w>"})
    sel = cls()
    key_r = sel.register(r, selectors.EVENT_READ, "reader")
    print("key:", type(key_r).__name__, key_r.fileobj == r, key_r.fd == r, key_r.events, key_r.data)
    sel.register(Named(w, "writer"), selectors.EVENT_WRITE, "writer")
    print("empty pipe:", ready_list(sel))
    os.write(w, b"data")
    print("with data:", ready_list(sel))
    print("nothing for 10 ms when only the reader is watched:", end=" ")
    sel.unregister(w)
    os.read(r, 4)
    print(ready_list(sel, 0.01), "negative timeout:", ready_list(sel, -1))
    sel.register(Named(w, "writer"), selectors.EVENT_WRITE, "writer")
    mapping = sel.get_map()
    print("map:", len(mapping), sorted(k.data for k in mapping.values()), r in mapping, 99 in mapping)
    print("map by fd:", mapping[r].data, mapping[w].data, "get_key:", sel.get_key(r).data)
    same = sel.modify(r, selectors.EVENT_READ, "renamed")
    print("modify data only:", same.events, same.data, sel.get_key(r).data)
    both = sel.modify(r, selectors.EVENT_READ | selectors.EVENT_WRITE, "both")
    print("modify events:", both.events, both.data)
    print("read end watched for writing too:", ready_list(sel))
    attempt("register again", lambda: sel.register(r, selectors.EVENT_READ))
    attempt("register a Named again", lambda: sel.register(Named(w, "twin"), selectors.EVENT_READ))
    attempt("invalid events 0", lambda: sel.register(99, 0))
    attempt("invalid events 64", lambda: sel.register(99, 64))
    attempt("negative fd", lambda: sel.register(-1, selectors.EVENT_READ))
    attempt("not a file object", lambda: sel.register("x", selectors.EVENT_READ))
    attempt("unregister unknown", lambda: sel.unregister(99))
    attempt("modify unknown", lambda: sel.modify(99, selectors.EVENT_READ))
    attempt("get_key unknown", lambda: sel.get_key(99))
    attempt("map[unknown]", lambda: mapping[99])
    attempt("modify events to 0", lambda: sel.modify(r, 0).events)
    attempt("still registered", lambda: sel.get_key(r).data)
    key = sel.unregister(w)
    print("unregistered:", key.data, len(sel.get_map()))

    # A socket registered as an object is found again by identity after it was closed.
    a, b = socket.socketpair()
    sel.register(a, selectors.EVENT_READ, "socket")
    b.send(b"x")
    print("socket ready:", [(k.data, ev) for k, ev in sel.select(0) if k.data == "socket"])
    a.close()
    attempt("unregister closed socket", lambda: sel.unregister(a).data)
    b.close()

    # A blocking select() wakes when another thread writes; that thread and a counting one run
    # while this one waits (the GIL is released).
    for k in list(sel.get_map().values()):
        sel.unregister(k.fileobj)
    sel.register(r, selectors.EVENT_READ, "reader")
    counter = [0]
    stop = threading.Event()

    def count():
        while not stop.is_set():
            counter[0] += 1
            time.sleep(0.0005)

    def write_later():
        time.sleep(0.05)
        start = counter[0]
        while counter[0] < start + 5:
            time.sleep(0.001)
        os.write(w, b"wake")

    threads = [threading.Thread(target=count), threading.Thread(target=write_later)]
    for t in threads:
        t.start()
    before = counter[0]
    ready = ready_list(sel, None)
    progressed = counter[0] > before
    stop.set()
    for t in threads:
        t.join()
    print("blocking select woke:", ready, "other threads ran:", progressed)
    if hasattr(sel, "fileno"):
        print("fileno:", type(sel.fileno()).__name__)
    with sel:
        pass
    print("after with: map", sel.get_map())
    attempt("get_key after close", lambda: sel.get_key(r))
    os.close(r)
    os.close(w)

with selectors.DefaultSelector() as sel:
    r, w = os.pipe()
    os.close(w)
    sel.register(r, selectors.EVENT_READ | selectors.EVENT_WRITE, "hup")
    print("hung-up pipe:", ready_list(sel))
    os.close(r)
