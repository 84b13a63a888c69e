# Weak reference callbacks run when the referent dies; they receive the (now dead) reference.
import gc
import weakref
log = []
class Res:
    def __init__(self, name):
        self.name = name
def make_callback(tag):
    def cb(ref):
        log.append((tag, ref() is None))
    return cb
r = Res("r")
w1 = weakref.ref(r, make_callback("first"))
w2 = weakref.ref(r, make_callback("second"))
print(w1 is w2, weakref.getweakrefcount(r))
del r
print(sorted(log))
log.clear()
a = Res("a")
b = Res("b")
a.peer, b.peer = b, a
wa = weakref.ref(a, make_callback("cycle-a"))
wb = weakref.ref(b, make_callback("cycle-b"))
del a, b
print("before collect:", log)
gc.collect()
print("after collect:", sorted(log))
log.clear()
c = Res("c")
wc = weakref.ref(c, make_callback("dropped-ref"))
del wc
del c
print("callback of a dead weakref object does not run:", log)
def raising_cb(ref):
    raise RuntimeError("callback error is reported, not raised")
d = Res("d")
wd = weakref.ref(d, raising_cb)
del d
print("execution continues after a failing callback")
e = Res("e")
called = []
fin = weakref.finalize(e, called.append, "finalized e")
print(fin.alive, called)
del e
print(fin.alive, called)
print(fin(), called)
