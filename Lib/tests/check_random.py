"""Differential check: Lib/random.py against CPython's random."""
import random as ref
import sys
import warnings

from _loader import load, Checker

rnd = load("random", deps=("itertools", "bisect", "_collections_abc", "abc"))
c = Checker("random")

for name in ref.__all__:
    c.true("has " + name, hasattr(rnd, name))


def outcome(fn):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return ("ok", fn())
    except Exception as e:
        return ("raise", type(e).__name__, str(e))


def session(R, seed):
    g = R(seed)
    out = [g.random() for _ in range(5)]
    out += [g.getrandbits(k) for k in (0, 1, 5, 31, 32, 33, 64, 100, 1000)]
    out += [g.randrange(10), g.randrange(1, 7), g.randrange(0, 100, 7),
            g.randrange(50, 0, -3), g.randint(-5, 5), g.randrange(10**30)]
    out.append(g.choice("abcdefg"))
    lst = list(range(20))
    g.shuffle(lst)
    out.append(lst)
    out.append(g.sample(range(100), 10))
    out.append(g.sample(range(1000), 60))
    out.append(g.sample(["a", "b", "c"], 3))
    out.append(g.sample("abc", 2, counts=[1, 5, 2]))
    out.append(g.choices("abc", k=5))
    out.append(g.choices("abc", [1, 0, 3], k=5))
    out.append(g.choices("abc", cum_weights=[1, 1, 4], k=5))
    out.append(g.randbytes(9))
    for fn, args in [("uniform", (1, 5)), ("triangular", ()),
                     ("triangular", (0, 10, 2)), ("normalvariate", (0, 1)),
                     ("gauss", (5, 2)), ("gauss", ()), ("lognormvariate", (0, 1)),
                     ("expovariate", (2,)), ("vonmisesvariate", (1, 2)),
                     ("vonmisesvariate", (1, 0)),
                     ("gammavariate", (0.5, 1)), ("gammavariate", (1, 2)),
                     ("gammavariate", (3, 2)), ("betavariate", (2, 3)),
                     ("paretovariate", (2,)), ("weibullvariate", (1, 2))]:
        out.append((fn, [getattr(g, fn)(*args) for _ in range(3)]))
    out.append(g.getstate())
    return out


seeds = [0, 1, 2, 42, -42, 2**32, 2**32 - 1, 2**100 + 12345, -(2**70), 3.25,
         -0.5, "hello", "", b"bytes", bytearray(b"ba"), True, 10**40]
for s in seeds:
    c.eq("session seed %r" % (s,), session(rnd.Random, s), session(ref.Random, s))

# module-level functions
rnd.seed(12345)
ref.seed(12345)
c.eq("module functions", [rnd.random(), rnd.randint(1, 6), rnd.choice([1, 2, 3]),
                          rnd.getrandbits(40), rnd.uniform(0, 1)],
     [ref.random(), ref.randint(1, 6), ref.choice([1, 2, 3]),
      ref.getrandbits(40), ref.uniform(0, 1)])

# state round trip
g = rnd.Random(7)
g.random()
g.gauss()
st = g.getstate()
a = [g.random() for _ in range(700)]
g.setstate(st)
b = [g.random() for _ in range(700)]
c.eq("setstate round trip", a, b)
h = ref.Random()
h.setstate(st)
c.eq("state accepted by CPython", [h.random() for _ in range(700)], a)
g2 = rnd.Random()
g2.setstate(ref.Random(99).getstate())
c.eq("CPython state accepted", g2.random(), ref.Random(99).random())
c.same("setstate bad version", lambda: g.setstate((9, (), None)),
       lambda: ref.Random().setstate((9, (), None)))
c.same("setstate bad size", lambda: g.setstate((3, (1, 2), None)),
       lambda: ref.Random().setstate((3, (1, 2), None)))

# errors
for label, call in [
        ("randrange empty", lambda m: m.Random(1).randrange(0)),
        ("randrange empty2", lambda m: m.Random(1).randrange(5, 5)),
        ("randrange zero step", lambda m: m.Random(1).randrange(0, 5, 0)),
        ("randrange empty step", lambda m: m.Random(1).randrange(5, 0, 2)),
        ("randrange float", lambda m: m.Random(1).randrange(2.5)),
        ("randrange int float", lambda m: m.Random(1).randrange(5.0)),
        ("randrange stop None step", lambda m: m.Random(1).randrange(5, None, 2)),
        ("choice empty", lambda m: m.Random(1).choice([])),
        ("sample too big", lambda m: m.Random(1).sample([1, 2], 3)),
        ("sample set", lambda m: m.Random(1).sample({1, 2}, 1)),
        ("sample counts mismatch", lambda m: m.Random(1).sample("ab", 1, counts=[1])),
        ("sample counts zero", lambda m: m.Random(1).sample("ab", 1, counts=[0, 0])),
        ("choices both", lambda m: m.Random(1).choices("ab", [1, 1], cum_weights=[1, 2])),
        ("choices k positional", lambda m: m.Random(1).choices("ab", 2)),
        ("choices weights mismatch", lambda m: m.Random(1).choices("ab", [1])),
        ("choices zero total", lambda m: m.Random(1).choices("ab", [0, 0])),
        ("choices inf", lambda m: m.Random(1).choices("ab", [1, float("inf")])),
        ("getrandbits neg", lambda m: m.Random(1).getrandbits(-1)),
        ("seed bad type", lambda m: m.Random([1])),
        ("gammavariate bad", lambda m: m.Random(1).gammavariate(0, 1)),
        ("randint", lambda m: m.Random(3).randint(10, 1))]:
    c.eq(label, outcome(lambda: call(rnd)), outcome(lambda: call(ref)))


# Subclass overriding only random() uses the random()-based _randbelow.
def sub_session(mod):
    class MyRandom(mod.Random):
        def random(self):
            self.calls = getattr(self, "calls", 0) + 1
            return super().random()
    g = MyRandom(5)
    return [g.randrange(1000) for _ in range(20)], g.choice("abcdef"), g.calls


c.eq("subclass random() only", sub_session(rnd), sub_session(ref))


def sub_bits(mod):
    class Bits(mod.Random):
        def getrandbits(self, k):
            return super().getrandbits(k)
    g = Bits(5)
    return [g.randrange(1000) for _ in range(20)]


c.eq("subclass getrandbits", sub_bits(rnd), sub_bits(ref))
c.true("unseeded differ", rnd.Random().random() != rnd.Random().random())
c.eq("version-1 str seed", rnd.Random().seed("abc", version=1) or 0, 0)
g1, g2 = rnd.Random(), ref.Random()
g1.seed("abc", version=1)
g2.seed("abc", version=1)
c.eq("version-1 seed sequence", g1.random(), g2.random())
sys.exit(c.summary())
