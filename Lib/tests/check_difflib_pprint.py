"""Differential check: Lib/difflib.py and Lib/pprint.py against CPython's modules."""
import difflib as ref_difflib
import pprint as ref_pprint
import random
import sys
from collections import OrderedDict, deque, Counter

from _loader import load, Checker

dl = load("difflib")
pp = load("pprint")
c = Checker("difflib/pprint")
rng = random.Random(5)

for t in range(600):
    n = rng.choice([3, 10, 40, 250])
    alpha = rng.choice(['ab', 'abcde', 'abcdefghij '])
    a = ''.join(rng.choice(alpha) for _ in range(rng.randrange(n)))
    b = ''.join(rng.choice(alpha) for _ in range(rng.randrange(n)))
    junk = None if t % 3 else (lambda ch: ch == ' ')
    ours, ref = dl.SequenceMatcher(junk, a, b), ref_difflib.SequenceMatcher(junk, a, b)
    c.eq("opcodes %r %r" % (a, b), ours.get_opcodes(), ref.get_opcodes())
    c.eq("ratios %r %r" % (a, b), (ours.ratio(), ours.quick_ratio(), ours.real_quick_ratio()),
         (ref.ratio(), ref.quick_ratio(), ref.real_quick_ratio()))
    c.eq("grouped %r %r" % (a, b), list(ours.get_grouped_opcodes(2)),
         list(ref.get_grouped_opcodes(2)))
    la = [''.join(rng.choice(alpha) for _ in range(rng.randrange(8))) + '\n'
          for _ in range(rng.randrange(12))]
    lb = [x if rng.random() < 0.5 else
          ''.join(rng.choice(alpha) for _ in range(rng.randrange(8))) + '\n' for x in la]
    lb += la[:rng.randrange(3)]
    k = rng.randrange(4)
    c.eq("ndiff", list(dl.ndiff(la, lb)), list(ref_difflib.ndiff(la, lb)))
    c.eq("unified", list(dl.unified_diff(la, lb, 'a', 'b', n=k)),
         list(ref_difflib.unified_diff(la, lb, 'a', 'b', n=k)))
    c.eq("context", list(dl.context_diff(la, lb, 'a', 'b', '1', '2', n=k)),
         list(ref_difflib.context_diff(la, lb, 'a', 'b', '1', '2', n=k)))
    words = [x.strip() for x in la]
    c.eq("close", dl.get_close_matches(a[:5], words, cutoff=0.3),
         ref_difflib.get_close_matches(a[:5], words, cutoff=0.3))


def rand_value(depth=0):
    kind = rng.randrange(12 if depth < 3 else 5)
    if kind == 0:
        return rng.randrange(-10 ** rng.randrange(1, 12), 10 ** 6)
    if kind == 1:
        return ''.join(rng.choice('ab cd\nefg ') for _ in range(rng.randrange(60)))
    if kind == 2:
        return bytes(rng.randrange(256) for _ in range(rng.randrange(30)))
    if kind == 3:
        return rng.choice([None, True, 1.5, -2.25])
    if kind == 4:
        return rng.randrange(100)
    if kind in (5, 6):
        return [rand_value(depth + 1) for _ in range(rng.randrange(6))]
    if kind == 7:
        return tuple(rand_value(depth + 1) for _ in range(rng.randrange(4)))
    if kind == 8:
        return {rng.randrange(50): rand_value(depth + 1) for _ in range(rng.randrange(5))}
    if kind == 9:
        return set(rng.randrange(100) for _ in range(rng.randrange(8)))
    if kind == 10:
        return OrderedDict((str(i), rand_value(depth + 1)) for i in range(rng.randrange(4)))
    return deque(rand_value(depth + 1) for _ in range(rng.randrange(5)))


for t in range(1500):
    v = rand_value()
    opts = dict(width=rng.choice([1, 5, 20, 40, 80]), indent=rng.randrange(4),
                compact=rng.random() < 0.3, sort_dicts=rng.random() < 0.7)
    if rng.random() < 0.2:
        opts['depth'] = rng.randrange(1, 4)
    c.eq("pformat %r %r" % (v, opts), pp.pformat(v, **opts), ref_pprint.pformat(v, **opts))
    c.eq("saferepr %r" % (v,), pp.saferepr(v), ref_pprint.saferepr(v))
c.eq("counter", pp.pformat(Counter('abracadabra'), width=20),
     ref_pprint.pformat(Counter('abracadabra'), width=20))
sys.exit(c.summary())
