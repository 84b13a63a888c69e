"""Differential check: Lib/itertools.py against CPython's itertools."""
import copy
import itertools as ref
import operator
import random
import sys

from _loader import load, Checker

it = load("itertools")
c = Checker("itertools")
rng = random.Random(11)


def take(iterator, n=60):
    out = []
    for _ in range(n):
        try:
            out.append(next(iterator))
        except StopIteration:
            out.append("<stop>")
            break
        except Exception as e:
            out.append(("raise", type(e).__name__, str(e)))
            break
    return out


def both(label, build, n=60):
    """build(module) -> iterator; compare the first n items or errors."""
    def run(mod):
        try:
            return take(build(mod), n)
        except Exception as e:
            return ("ctor raise", type(e).__name__, str(e))
    c.eq(label, run(it), run(ref))


class Counting:
    """Iterable that records how many items were pulled."""
    def __init__(self, n):
        self.n, self.pulled = n, 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.pulled >= self.n:
            raise StopIteration
        self.pulled += 1
        return self.pulled - 1


samples = [[], [1], [1, 2], "abc", "aabbbc", range(7), [3, 1, 2, 3, 1],
           (1, 1, 1), "AAAABBBCCDAABBB"]

# count / repeat / cycle and their reprs
for args in [(), (5,), (5, 2), (2.5,), (1, 0.5), (-3, -1), (0, 0), (10**20, 3),
             (1j,), (True,), (1, True), ("a",), (None,)]:
    both("count%r" % (args,), lambda m: m.count(*args), 10)
    try:
        r = repr(ref.count(*args))
    except TypeError as e:
        r = "TypeError"
    try:
        o = repr(it.count(*args))
    except TypeError as e:
        o = "TypeError"
    c.eq("repr count%r" % (args,), o, r)
cc = it.count(3)
next(cc)
c.eq("repr advanced count", repr(cc), "count(4)")
for args in [(1,), ("x", 3), (None, 0), ([1], -2), (5, 2.0)]:
    both("repeat%r" % (args,), lambda m: m.repeat(*args), 10)
    c.same("repr repeat%r" % (args,), lambda: repr(it.repeat(*args)),
           lambda: repr(ref.repeat(*args)))
r = it.repeat(7, 3)
next(r)
c.eq("repr advanced repeat", repr(r), repr(ref.repeat(7, 2)))
c.eq("repeat hint", operator.length_hint(it.repeat(1, 4)), 4)
for s in samples:
    both("cycle %r" % (s,), lambda m: m.cycle(s), 20)

# finite tools
funcs = [None, operator.mul, max, lambda a, b: a - b]
for s in [[], [1], [1, 2, 3, 4], range(10), [5, -1, 3]]:
    for f in funcs:
        for initial in (None, 100):
            both("accumulate %r %r %r" % (s, f, initial),
                 lambda m: m.accumulate(s, f, initial=initial))
both("accumulate strings", lambda m: m.accumulate("abc"))
for parts in [(), ([],), ([1], [], "ab"), ("abc", range(3)), ([[]],)]:
    both("chain %r" % (parts,), lambda m: m.chain(*parts))
    both("chain.from_iterable %r" % (parts,),
         lambda m: m.chain.from_iterable(iter(parts)))
both("chain bad", lambda m: m.chain([1], 5))
for d, s in [("abcdef", [1, 0, 1, 0, 1, 1]), ("abc", []), ("ab", [1, 1, 1, 1]),
             (range(10), it.cycle([0, 1]))]:
    both("compress %r" % (d,), lambda m: m.compress(d, s))
preds = [lambda x: x < 3, lambda x: x % 2, bool]
for s in [[], [1, 4, 6, 1, 2], range(6), [0, 0, 1, 0]]:
    for p in preds:
        both("dropwhile", lambda m: m.dropwhile(p, s))
        both("takewhile", lambda m: m.takewhile(p, s))
        both("filterfalse", lambda m: m.filterfalse(p, s))
    both("filterfalse None", lambda m: m.filterfalse(None, s))
tw = it.takewhile(lambda x: x < 2, [1, 5, 1])
c.eq("takewhile stays stopped", take(tw), [1, "<stop>"])
c.eq("takewhile after stop", take(tw), ["<stop>"])

# groupby: materialised and lazily interleaved
for s in samples + [[1, 2, 2, 3, 3, 3], [(1, 'a'), (1, 'b'), (2, 'c')]]:
    for key in (None, lambda x: x if isinstance(x, int) else str(x).lower(),
                lambda x: 0):
        c.eq("groupby %r" % (s,),
             [(k, list(g)) for k, g in it.groupby(s, key)],
             [(k, list(g)) for k, g in ref.groupby(s, key)])

def interleaved(mod):
    out = []
    gb = mod.groupby("aaabbbccd")
    k1, g1 = next(gb)
    out.append(next(g1))
    k2, g2 = next(gb)
    out.append((k2, list(g1), next(g2)))
    out.append([(k, list(g)) for k, g in gb])
    out.append(list(g2))
    return out
c.eq("groupby interleaved", interleaved(it), interleaved(ref))

# islice: values, consumption and errors
for s in [range(20), "abcdefg", []]:
    for args in [(3,), (None,), (2, 8), (2, None), (None, 5), (1, 10, 3),
                 (0, 0), (5, 2), (5, 2, 2), (0, 100, 7), (3, 3), (0, None, 2)]:
        both("islice %r %r" % (s, args), lambda m: m.islice(s, *args))
for args in [(-1,), (-5,), (1, -1), (-1, 5), (1, 5, 0), (1, 5, -1),
             ("a",), (1, "b"), ("x", 2), (1, 2, "z"), (1.5,), (), (1, 2, 3, 4)]:
    both("islice err %r" % (args,), lambda m: m.islice(range(10), *args))
for args in [(3,), (2, 5), (5, 2), (0, 9, 4), (4, 4)]:
    a, b = Counting(10), Counting(10)
    list(it.islice(a, *args))
    list(ref.islice(b, *args))
    c.eq("islice consumption %r" % (args,), a.pulled, b.pulled)

for s in samples:
    both("pairwise %r" % (s,), lambda m: m.pairwise(s))
both("starmap", lambda m: m.starmap(pow, [(2, 3), (3, 2), (10, 0)]))
both("starmap bad", lambda m: m.starmap(pow, [5]))
for parts in [(), ("ab",), ("abc", [1, 2], []), ([1], [2, 3, 4])]:
    both("zip_longest %r" % (parts,), lambda m: m.zip_longest(*parts))
    both("zip_longest fill %r" % (parts,),
         lambda m: m.zip_longest(*parts, fillvalue="-"))
zl = it.zip_longest([1], [2, 3])
c.eq("zip_longest stays stopped", take(zl), [(1, 2), (None, 3), "<stop>"])
c.eq("zip_longest after stop", take(zl), ["<stop>"])

# tee
for n in (0, 1, 2, 3):
    a = it.tee(range(5), n)
    b = ref.tee(range(5), n)
    c.eq("tee n=%d" % n, [list(x) for x in a], [list(x) for x in b])
a, b = it.tee(iter("abcdef"))
c.eq("tee interleave", (next(a), next(a), next(b), list(b), list(a)),
     ("a", "b", "a", list("bcdef"), list("cdef")))
a, b = it.tee("xyz")
next(a)
a2 = copy.copy(a)
c.eq("tee copy", (list(a2), list(a), list(b)),
     (list("yz"), list("yz"), list("xyz")))
a, b = it.tee("pq")
x, y = it.tee(a)
c.true("tee of tee reuses it", x is a)
c.raises("tee negative", ValueError, lambda: it.tee([], -1))

# combinatorics
pools = ["", "a", "ab", "abc", "abcd", range(5)]
for p in pools:
    for r in (None, 0, 1, 2, 3, 6):
        both("permutations %r %r" % (p, r), lambda m: m.permutations(p, r), 200)
        if r is not None:
            both("combinations %r %r" % (p, r),
                 lambda m: m.combinations(p, r), 200)
            both("cwr %r %r" % (p, r),
                 lambda m: m.combinations_with_replacement(p, r), 200)
for r in (-1, "x"):
    both("permutations bad r", lambda m: m.permutations("ab", r))
    both("combinations bad r", lambda m: m.combinations("ab", r))
    both("cwr bad r", lambda m: m.combinations_with_replacement("ab", r))
for parts in [(), ("ab",), ("ab", "xyz"), ("ab", []), (range(3), "a", [0, 1])]:
    for rep in (1, 0, 2):
        both("product %r %r" % (parts, rep),
             lambda m: m.product(*parts, repeat=rep), 200)
both("product neg", lambda m: m.product("ab", repeat=-1))

# type names and isinstance
for name in ref.__dict__:
    if not name.startswith("_") and name != "tee":
        c.true("has " + name, hasattr(it, name))
        c.eq("type name " + name, getattr(it, name).__name__, name)
c.true("isinstance chain", isinstance(it.chain(), it.chain))
c.true("iter is self", iter(it.count()) is not None)
c.eq("tee type name", type(it.tee([])[0]).__name__, "_tee")
sys.exit(c.summary())
