"""Differential check of re's native VM (_re_vm) against its Python VM (_engine.run).

Run with SwiftPy:  swiftpy Lib/tests/check_re_native.py [--fuzz N] [--seed N]
`re` (native VM where it applies) and a second copy of Lib/re loaded as `myre` with
`_engine.USE_NATIVE = False` run check_re's table, deep inputs and random patterns;
every result (spans, groups, exceptions) must be identical.  Exit status 1 otherwise.
"""

import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_re  # noqa: E402  (loads Lib/re again as `myre`)

myre = check_re.myre
sys.modules['myre._engine'].USE_NATIVE = False


def main(argv):
    if not sys.modules['re._engine'].USE_NATIVE:
        print('native VM not available')
        return 1
    nfuzz = int(argv[argv.index('--fuzz') + 1]) if '--fuzz' in argv else 1500
    seed = int(argv[argv.index('--seed') + 1]) if '--seed' in argv else 1234
    bad = total = 0

    def cmp(op, pat, flags, args):
        nonlocal bad, total
        total += 1
        exp = check_re.call(myre, op, pat, flags, args)
        got = check_re.call(re, op, pat, flags, args)
        if exp != got:
            bad += 1
            if bad <= 20:
                print('DIFF %s %r flags=%r args=%r\n  python: %r\n  native: %r'
                      % (op, pat, flags, args, exp, got))

    for op, pat, flags, args in check_re.CASES:
        cmp(op, pat, flags, args)
    for pat, s in check_re.DEEP:
        cmp('match', pat, 0, (s,))
    rng = random.Random(seed)
    for _ in range(nfuzz):
        pat = check_re.rand_pattern(rng)
        flags = rng.choice([0, 0, 0, re.I, re.I, re.M, re.S, re.A, re.A | re.I])
        strings = [''.join(rng.choice('abcx 1\n_AKk\u212a\xe9') for _ in range(rng.randint(0, 10)))
                   for _ in range(3)]
        for s in strings:
            for op in ('search', 'findall', 'sub_func', 'split', 'fullmatch'):
                cmp(op, pat, flags, (s,))
    print('native vs python VM: %d/%d agree' % (total - bad, total))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
