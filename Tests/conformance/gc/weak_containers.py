# WeakValueDictionary, WeakKeyDictionary and WeakSet drop entries whose objects die.
import gc
import weakref
class Item:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Item(%s)" % self.name
cache = weakref.WeakValueDictionary()
a, b = Item("a"), Item("b")
cache["a"] = a
cache["b"] = b
print(sorted(cache.keys()), cache["a"], len(cache))
del a
print(sorted(cache.keys()), "a" in cache, cache.get("a"))
try:
    cache["a"]
except KeyError as e:
    print("KeyError:", e)
meta = weakref.WeakKeyDictionary()
k1, k2 = Item("k1"), Item("k2")
meta[k1] = "meta1"
meta[k2] = "meta2"
print(len(meta), meta[k1])
del k2
print(len(meta), [m for m in meta.values()])
ws = weakref.WeakSet()
items = [Item(str(i)) for i in range(5)]
for it in items:
    ws.add(it)
print(len(ws), items[0] in ws)
del items[:3]
print(len(ws), sorted(i.name for i in ws))
x = Item("x")
y = Item("y")
x.peer, y.peer = y, x
ws.add(x)
del x, y
print(len(ws))
gc.collect()
print(len(ws), sorted(i.name for i in ws))
p = weakref.proxy(b)
print(p.name, repr(type(p).__name__))
del b
try:
    p.name
except ReferenceError as e:
    print("ReferenceError:", e)
