# Objects with __del__ in unreachable cycles are finalized (PEP 442) when collected; finalizers run once.
import gc
finalized = []
class Fin:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        finalized.append(self.name)
gc.collect()
gc.disable()
a, b, c = Fin("a"), Fin("b"), Fin("c")
a.next, b.next, c.next = b, c, a
del a, b, c
print("before collect:", finalized)
gc.collect()
print("after collect:", sorted(finalized), gc.garbage)
finalized.clear()
saved = []
class Resurrect:
    def __init__(self):
        self.me = self
    def __del__(self):
        finalized.append("resurrect")
        saved.append(self)
Resurrect()
gc.collect()
print("resurrected:", len(saved), finalized)
saved.clear()
gc.collect()
print("finalizer not run twice:", finalized)
finalized.clear()
outer = Fin("outer")
outer.inner = Fin("inner")
outer.inner.back = outer
del outer
gc.collect()
print(sorted(finalized))
gc.enable()
finalized.clear()
plain = Fin("plain")
del plain
print("refcount finalization is immediate:", finalized)
