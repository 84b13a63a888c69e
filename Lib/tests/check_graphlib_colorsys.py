"""Differential check: Lib/graphlib.py (random DAGs and cyclic graphs: static orders, get_ready
batches, cycles found, done() errors) and Lib/colorsys.py (every conversion on random and edge
colors, bit-exact) against CPython's."""
import colorsys as ref_cs
import graphlib as ref_gl
import random
import sys

from _loader import load, Checker

gl = load("graphlib")
cs = load("colorsys")
c = Checker("graphlib+colorsys")
rng = random.Random(5)


def run_graph(mod, graph, extra, mode):
    ts = mod.TopologicalSorter(graph)
    for node, preds in extra:
        ts.add(node, *preds)
    out = []
    try:
        if mode == "static":
            return ("ok", list(ts.static_order()))
        ts.prepare()
        while ts.is_active():
            ready = ts.get_ready()
            out.append(ready)
            if not ready:
                break
            for node in (ready if mode == "all" else ready[:1]):
                ts.done(node)
        out.append(bool(ts))
    except Exception as e:
        out.append((type(e).__name__, e.args[0], list(e.args[1]) if len(e.args) > 1 else None))
        try:
            out.append(ts.get_ready())
        except Exception as e2:
            out.append(type(e2).__name__)
    return out


for i in range(800):
    n = rng.randrange(1, 12)
    cyclic = rng.random() < 0.3
    graph = {}
    for node in range(n):
        k = rng.randrange(0, min(node, 3) + 1) if not cyclic else rng.randrange(0, 3)
        pool = list(range(node)) if not cyclic else list(range(n))
        graph[node] = [rng.choice(pool) for _ in range(k)] if pool else []
    extra = [(rng.randrange(n + 2), [rng.randrange(n + 2)]) for _ in range(rng.randrange(3))]
    for mode in ("static", "all", "one"):
        c.eq("%s %r %r" % (mode, graph, extra), run_graph(gl, graph, extra, mode),
             run_graph(ref_gl, graph, extra, mode))


def errors(mod):
    out = []
    ts = mod.TopologicalSorter({"a": ["b"]})
    for op in (lambda: ts.get_ready(), lambda: ts.done("a"), lambda: ts.is_active(),
               lambda: ts.prepare(), lambda: ts.prepare(), lambda: ts.add("z"),
               lambda: ts.done("nope"), lambda: ts.done("a"), lambda: ts.get_ready(),
               lambda: ts.done("b"), lambda: ts.done("b"), lambda: ts.get_ready()):
        try:
            out.append(("ok", op()))
        except Exception as e:
            out.append((type(e).__name__, str(e)))
    return out


c.eq("errors", errors(gl), errors(ref_gl))
c.eq("generic", repr(gl.TopologicalSorter[int]).replace("swiftpy_", ""),
     repr(ref_gl.TopologicalSorter[int]))

edge = [0.0, 1.0, 0.5, 1 / 3, 2 / 3, 1 / 6, 0.25, 0.75, 1e-9, 0.999999]
samples = [(a, b, d) for a in edge for b in edge[:5] for d in edge[:4]]
samples += [tuple(rng.random() for _ in range(3)) for _ in range(3000)]
samples += [tuple(rng.uniform(-0.5, 1.5) for _ in range(3)) for _ in range(500)]
for name in ref_cs.__all__:
    for t in samples:
        c.eq("%s%r" % (name, t), getattr(cs, name)(*t), getattr(ref_cs, name)(*t))
sys.exit(c.summary())
