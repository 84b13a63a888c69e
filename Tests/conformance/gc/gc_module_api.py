# The basic gc module API: enable/disable, isenabled, collect return values, garbage list.
import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(type(gc.collect()).__name__, gc.collect() >= 0)
print(gc.garbage, type(gc.garbage).__name__)
class WithDel:
    def __init__(self):
        self.me = self
    def __del__(self):
        pass
gc.collect()
for _ in range(5):
    WithDel()
print("cycles with __del__ collected:", gc.collect() >= 5, gc.garbage)
print(isinstance(gc.get_count(), tuple), len(gc.get_count()))
thresholds = gc.get_threshold()
print(isinstance(thresholds, tuple), len(thresholds))
gc.set_threshold(*thresholds)
print(gc.get_threshold() == thresholds)
for gen in (0, 1, 2):
    print("collect generation", gen, isinstance(gc.collect(gen), int))
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
gc.collect()
print("garbage still empty:", gc.garbage == [])
