# weakref.ref to objects in an unreachable cycle are cleared once gc.collect() runs.
import gc
import weakref
class Obj:
    def __init__(self, name):
        self.name = name
gc.collect()
gc.disable()
x, y = Obj("x"), Obj("y")
x.partner, y.partner = y, x
rx, ry = weakref.ref(x), weakref.ref(y)
print(rx() is x, ry().name, rx() is not None)
del x, y
print("still alive before collect:", rx() is not None, ry() is not None)
gc.collect()
print("cleared after collect:", rx() is None, ry() is None)
gc.enable()
solo = Obj("solo")
rs = weakref.ref(solo)
del solo
print("no cycle, freed immediately:", rs() is None)
holder = Obj("holder")
holder.me = holder
rh = weakref.ref(holder)
gc.collect()
print("reachable cycle keeps weakref alive:", rh() is holder)
del holder
gc.collect()
print("after dropping last strong ref:", rh() is None)
print(weakref.getweakrefcount(Obj("tmp")), type(rs).__name__)
o = Obj("o")
r1 = weakref.ref(o)
r2 = weakref.ref(o)
print(r1 is r2, r1 == r2, weakref.getweakrefcount(o))
try:
    weakref.ref(5)
except TypeError as e:
    print("TypeError:", e)
