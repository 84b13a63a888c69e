# gc.collect() reclaims reference cycles; it reports at least as many objects as the cycle holds.
import gc
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
gc.collect()
a, b = Node("a"), Node("b")
a.other, b.other = b, a
del a, b
n = gc.collect()
print("two-node cycle collected:", n >= 2)
ring = [Node(i) for i in range(10)]
for i, node in enumerate(ring):
    node.other = ring[(i + 1) % len(ring)]
del ring, node
n = gc.collect()
print("ten-node ring collected:", n >= 10)
lst = []
lst.append(lst)
del lst
print("self-referencing list collected:", gc.collect() >= 1)
d = {}
d["self"] = d
del d
print("self-referencing dict collected:", gc.collect() >= 1)
print("nothing left:", gc.collect() == 0)
def make_cycles(k):
    for _ in range(k):
        x = Node("x")
        x.other = x
make_cycles(50)
print("fifty self-cycles collected:", gc.collect() >= 50)
keep = Node("kept")
keep.other = keep
print("reachable cycle survives:", gc.collect() == 0 and keep.other is keep)
print(isinstance(gc.collect(), int), gc.isenabled())
