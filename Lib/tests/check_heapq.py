"""Differential check: Lib/heapq.py against CPython's heapq."""
import heapq as ref
import random
import sys

from _loader import load, Checker

ours = load("heapq")
c = Checker("heapq")
rng = random.Random(7)


class Tie:
    """Compares by key only, so ties expose the sift order."""
    def __init__(self, key, tag):
        self.key, self.tag = key, tag

    def __lt__(self, other):
        return self.key < other.key

    def __repr__(self):
        return "Tie(%r,%r)" % (self.key, self.tag)


def tags(xs):
    return [(x.key, x.tag) if isinstance(x, Tie) else x for x in xs]


for trial in range(300):
    n = rng.randrange(0, 40)
    data = [Tie(rng.randrange(6), i) for i in range(n)]
    a, b = list(data), list(data)
    ours.heapify(a)
    ref.heapify(b)
    c.eq("heapify %d" % trial, tags(a), tags(b))
    for step in range(30):
        op = rng.randrange(4)
        item = Tie(rng.randrange(6), 100 + step)
        if op == 0:
            ours.heappush(a, item)
            ref.heappush(b, item)
        elif op == 1 and a:
            c.eq("pop", tags([ours.heappop(a)]), tags([ref.heappop(b)]))
        elif op == 2 and a:
            c.eq("replace", tags([ours.heapreplace(a, item)]),
                 tags([ref.heapreplace(b, item)]))
        else:
            c.eq("pushpop", tags([ours.heappushpop(a, item)]),
                 tags([ref.heappushpop(b, item)]))
        c.eq("state", tags(a), tags(b))

for trial in range(200):
    data = [Tie(rng.randrange(5), i) for i in range(rng.randrange(30))]
    k = rng.randrange(-1, 35)
    key = (lambda t: t.key) if trial % 2 else None
    c.eq("nsmallest", tags(ours.nsmallest(k, data, key=key)),
         tags(ref.nsmallest(k, data, key=key)))
    c.eq("nlargest", tags(ours.nlargest(k, data, key=key)),
         tags(ref.nlargest(k, data, key=key)))
    c.eq("nsmallest iter", tags(ours.nsmallest(k, iter(data), key=key)),
         tags(ref.nsmallest(k, iter(data), key=key)))
    c.eq("nlargest iter", tags(ours.nlargest(k, iter(data), key=key)),
         tags(ref.nlargest(k, iter(data), key=key)))

for trial in range(200):
    seqs = [sorted(rng.randrange(10) for _ in range(rng.randrange(6)))
            for _ in range(rng.randrange(5))]
    seqs = [[Tie(v, (j, i)) for i, v in enumerate(s)] for j, s in enumerate(seqs)]
    rev = trial % 3 == 0
    if rev:
        seqs = [list(reversed(s)) for s in seqs]
    key = (lambda t: t.key) if trial % 2 else None
    c.eq("merge", tags(ours.merge(*seqs, key=key, reverse=rev)),
         tags(ref.merge(*seqs, key=key, reverse=rev)))

c.raises("pop empty", IndexError, lambda: ours.heappop([]))
c.raises("replace empty", IndexError, lambda: ours.heapreplace([], 1))
c.eq("pushpop empty", ours.heappushpop([], 3), 3)
sys.exit(c.summary())
