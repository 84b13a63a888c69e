"""Differential check: Lib/weakref.py (+ _weakrefset) against CPython."""
import gc
import sys
import weakref as ref_mod

from _loader import load, Checker

wr = load("weakref", deps=("_weakrefset", "_collections_abc", "abc",
                           "itertools"))
c = Checker("weakref")

for name in ref_mod.__all__:
    c.true("has " + name, hasattr(wr, name))
for name in ("ref", "proxy", "getweakrefcount", "getweakrefs", "ReferenceType",
             "ProxyType", "CallableProxyType"):
    c.true(name + " is _weakref's", getattr(wr, name) is getattr(ref_mod, name))
c.eq("ProxyTypes", wr.ProxyTypes, ref_mod.ProxyTypes)


class Obj:
    def __init__(self, n):
        self.n = n

    def method(self):
        return self.n * 2

    def __repr__(self):
        return "Obj(%d)" % self.n


def scenario(mod):
    out = []
    # WeakValueDictionary
    d = mod.WeakValueDictionary()
    keep = [Obj(i) for i in range(5)]
    for o in keep:
        d[o.n] = o
    tmp = Obj(99)
    d["tmp"] = tmp
    out.append((len(d), sorted(map(str, d.keys())), d.get("tmp").n))
    del tmp
    gc.collect()
    out.append((len(d), "tmp" in d, d.get("tmp", "gone")))
    try:
        d["tmp"]
    except KeyError as e:
        out.append(("KeyError", e.args))
    out.append(sorted(o.n for o in d.values()))
    out.append(sorted((k, v.n) for k, v in d.items()))
    out.append(d.pop(0).n)
    out.append(d.pop("nope", "dflt"))
    out.append(d.setdefault(1, None).n)
    c2 = d.copy()
    out.append((type(c2).__name__, len(c2)))
    out.append(len(d.valuerefs()))
    out.append(type(d).__name__)
    # deleting values while iterating is deferred
    d2 = mod.WeakValueDictionary({i: Obj(i) for i in range(3)})
    gc.collect()
    out.append(len(d2))
    objs = [Obj(i) for i in range(4)]
    d3 = mod.WeakValueDictionary((o.n, o) for o in objs)
    it = iter(d3.items())
    next(it)
    del objs[2]
    gc.collect()
    rest = list(it)
    out.append(len(d3))
    # WeakKeyDictionary
    k = mod.WeakKeyDictionary()
    keys = [Obj(i) for i in range(3)]
    for o in keys:
        k[o] = o.n * 10
    t = Obj(7)
    k[t] = 70
    out.append((len(k), k[t], t in k, 5 in k))
    del t
    gc.collect()
    out.append((len(k), sorted(k.values())))
    out.append(sorted(o.n for o in k.keys()))
    out.append(k.pop(keys[0]))
    out.append(k.setdefault(keys[1], "x"))
    out.append(len(k.keyrefs()))
    out.append(sorted((o.n, v) for o, v in k.copy().items()))
    # WeakSet
    s = mod.WeakSet()
    a, b = Obj(1), Obj(2)
    s.add(a)
    s.add(b)
    s.add(Obj(3))
    gc.collect()
    out.append((len(s), a in s, 5 in s, sorted(o.n for o in s)))
    s.discard(a)
    out.append(len(s))
    s2 = mod.WeakSet([a, b])
    out.append((s <= s2, s < s2, s2 >= s, s == mod.WeakSet([b]),
                sorted(o.n for o in s2 - s), sorted(o.n for o in s | s2),
                sorted(o.n for o in s & s2), sorted(o.n for o in s ^ s2),
                s.isdisjoint(mod.WeakSet([a]))))
    out.append(s.pop().n)
    try:
        s.pop()
    except KeyError as e:
        out.append(str(e))
    # WeakMethod
    o = Obj(21)
    called = []
    m = mod.WeakMethod(o.method, lambda r: called.append("dead"))
    out.append(m()())
    m2 = mod.WeakMethod(o.method)
    out.append((m == m2, m != m2, hash(m) == hash(m2)))
    del o
    gc.collect()
    out.append((m(), called, m == m2))
    try:
        mod.WeakMethod(len)
    except TypeError as e:
        out.append(str(e))
    # finalize
    log = []
    target = Obj(5)
    f = mod.finalize(target, log.append, "finalized")
    out.append((f.alive, f.peek()[1:] == (log.append, ("finalized",), {}),
                f.atexit))
    del target
    gc.collect()
    out.append((f.alive, log, f(), f.peek(), f.detach()))
    t2 = Obj(6)
    f2 = mod.finalize(t2, lambda x, y=0: log.append(x + y), 1, y=2)
    out.append(f2())
    out.append((f2.alive, log, f2()))
    t3 = Obj(7)
    f3 = mod.finalize(t3, log.append, "never")
    det = f3.detach()
    out.append((det[0] is t3, f3.alive))
    del t3, det
    gc.collect()
    out.append(log)
    f4 = mod.finalize(keep[0], log.append, 1)
    f4.atexit = False
    out.append(f4.atexit)
    out.append("dead>" in repr(f3))
    # KeyedRef
    kr = mod.KeyedRef(keep[1], None, "the key")
    out.append((kr.key, kr() is keep[1]))
    return out


got, want = scenario(wr), scenario(ref_mod)
c.eq("scenario length", len(got), len(want))
for i, (g, w) in enumerate(zip(got, want)):
    c.eq("scenario[%d]" % i, g, w)
sys.exit(c.summary())
