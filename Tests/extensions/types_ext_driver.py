# Driver for types_ext: static types, GC types, heap types from specs.
import gc
import types_ext as m
from extshow import show, section

P = m.Point
section("static type Point")
print("type:", P, P.__name__, P.__qualname__, P.__module__, type(P).__name__)
print("doc:", repr(P.__doc__))
print("bases:", P.__bases__, "mro:", [c.__name__ for c in P.__mro__])
p = P(3, -4, weight=2.5, tag="t")
print("repr:", repr(p), "str:", str(p))
print("members:", p.x, p.y, p.weight, p.tag, p.serial, p.label)
print("getset:", p.sum, p.sum_plus)
show("norm1", p.norm1)
show("moved", p.moved, 1, dy=2)
show("moved bad", p.moved)
show("add", p.add, P(1, 1))
show("add bad", p.add, 5)
show("origin (class)", P.origin)
show("origin (instance)", p.origin)
show("describe (static)", P.describe, 1, 2)
show("describe (via instance)", p.describe, 3, 4)
show("iter", list, p)
it = iter(p)
print("iterator type:", type(it).__name__, type(it).__module__, iter(it) is it)
show("next", next, it)
show("next", next, it)
show("next exhausted", next, it)
show("init kw", P, y=5)
show("init bad kw", P, z=1)
show("init bad type", P, "a")
show("init too many", P, 1, 2, 3)
show("weight positional", P, 1, 2, 3.0)
q = P()
print("defaults:", q.x, q.y, q.weight, q.label)
show("tag missing", getattr, q, "tag")
show("hasattr tag", hasattr, q, "tag")
q.x = 10
q.weight = 7
q.tag = [1]
print("after set:", q.x, q.weight, q.tag)
show("set x str", setattr, q, "x", "s")
show("set weight str", setattr, q, "weight", "s")
show("set serial", setattr, q, "serial", 5)
show("del x", delattr, q, "x")
del q.tag
show("tag after del", getattr, q, "tag")
show("del tag again", delattr, q, "tag")
q.label = "named"
print("label:", q.label)
show("set label int", setattr, q, "label", 5)
show("del label", delattr, q, "label")
show("set sum", setattr, q, "sum", 1)
show("set new attr", setattr, q, "other", 1)
show("set type attr", setattr, P, "extra", 1)
print("member descr:", type(P.__dict__["x"]).__name__, P.__dict__["x"].__doc__)
print("getset descr:", type(P.__dict__["label"]).__name__, P.__dict__["label"].__doc__)
print("method descr:", type(P.__dict__["norm1"]).__name__, P.norm1.__doc__)
print("classmethod descr:", type(P.__dict__["origin"]).__name__)
print("staticmethod:", type(P.__dict__["describe"]).__name__)

section("comparison and hashing")
a, b, c = P(1, 2), P(1, 2), P(2, 0)
print("== :", a == b, a != b, a == c, a < c, c > a, a <= b, a >= c)
print("with int:", a == 5, a != 5)
show("order with int", lambda: a < 5)
print("hash equal:", hash(a) == hash(b), hash(P(0, 0)), hash(P(0, -1)))
print("in set:", len({a, b, c}), sorted([c, a]))
print("dict key:", {a: "v"}[b])

section("subclassing in Python")


class P3(P):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def __repr__(self):
        return f"P3({self.x}, {self.y}, {self.z}) via {super().__repr__()}"

    def norm1(self):
        return super().norm1() + abs(self.z)


s = P3(1, -2, 3)
print(repr(s))
print("isinstance:", isinstance(s, P), issubclass(P3, P), type(s).__name__)
print("norm1:", s.norm1(), "dict:", s.__dict__)
print("origin:", type(P3.origin).__name__)
show("P3.origin()", P3.origin)


class Labeled(P):
    pass


lab = Labeled.origin()
print("subclass origin:", repr(lab), type(lab).__name__)
print("subclass moved:", repr(lab.moved(2, 3)), type(lab.moved(2, 3)).__name__)
print("iter subclass:", list(Labeled(7, 8)))
del s, lab
gc.collect()

section("GC type Node")
base = m.alive()["nodes"]
n1 = m.Node("n1")
n2 = m.Node(name="n2")
n1.child = n2
n2.child = n1
print("names:", n1.name, n1.child.name, n1.child.child is n1)
show("set readonly name", setattr, n1, "name", "x")
print("gc tracked:", gc.is_tracked(n1))
print("alive before:", m.alive()["nodes"] - base)
del n1, n2
gc.collect()
print("alive after collect:", m.alive()["nodes"] - base)


class PyNode(m.Node):
    pass


pn = PyNode("py")
pn.child = pn
pn.extra = [pn]
del pn
gc.collect()
print("alive after subclass cycle:", m.alive()["nodes"] - base)
self_cycle = m.Node("self")
self_cycle.child = [self_cycle, {"k": self_cycle}]
del self_cycle
gc.collect()
print("alive after container cycle:", m.alive()["nodes"] - base)
print("child default:", m.Node().child)

section("heap types")
C = m.Counter
print("Counter:", C, C.__name__, C.__qualname__, C.__module__, repr(C.__doc__))
c1 = C(10)
c2 = C()
show("add", c1.add, 5)
show("add", c2.add, 7)
show("add bad", c1.add, "x")
print("values:", c1.value, c2.value, repr(c1), "module total:", m.counter_total())
show("set value", setattr, c1, "value", 1)
show("set type attr", setattr, C, "x", 1)
show("Counter bad init", C, "x")
show("subclass Counter", lambda: type("Sub", (C,), {}))
V = m.Vec
v = V(1, 2.5, -3)
w = V(0.5, 0.5, 0.5)
print("Vec:", repr(v), len(v), v[0], v[-1], v[1:], v[::-1], v[::2])
print("ops:", repr(v + w), repr(-v), bool(v), bool(V(0, 0)), 2.5 in v, 7 in v, "x" in v)
print("eq:", v == V(1, 2.5, -3), v != w, v == 5)
show("index error", lambda: v[5])
show("bad index type", lambda: v["a"])
show("length mismatch", lambda: v + V(1))
show("add int", lambda: v + 1)
show("unhashable", hash, v)
show("Vec kw", V, x=1)
show("Vec bad", V, "a")
print("iter via sq_item:", list(v))
print("slot_info Vec:", m.slot_info(V))
print("slot_info Point:", m.slot_info(P))
print("slot_info Node:", m.slot_info(m.Node))
print("slot_info Counter:", m.slot_info(C))
SV = m.SubVec
sv = SV(1, 2)
print("SubVec:", SV.__bases__, repr(sv), len(sv), repr(SV.__doc__), isinstance(sv, V))
show("SubVec + Vec", lambda: sv + V(1, 1))


class PyVec(V):
    def total(self):
        return sum(self)


print("PyVec:", PyVec(1, 2, 3).total(), repr(PyVec(4)))
Pl = m.Plain
print("Plain:", Pl.__module__, Pl.__name__, repr(Pl.__doc__), type(Pl()).__name__)
print("alive points ok:", m.alive()["points"] >= 0)
