# difflib: SequenceMatcher opcodes/ratios, ndiff with '?' hint lines, unified/context diffs, close matches.
import difflib
import random

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks(), s.get_opcodes(), s.ratio())
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;",
                            "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.find_longest_match(0, 29, 0, 38))
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print('%7s a[%d:%d] (%s) b[%d:%d] (%s)' % (tag, i1, i2, s.a[i1:i2], j1, j2, s.b[j1:j2]))
a = 'one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine\nten\n'.splitlines(True)
b = 'one\ntwo\nthree\nfour!\nfive\nsix\nseven\neight\nnine\nten\neleven\n'.splitlines(True)
print(''.join(difflib.unified_diff(a, b, 'before.txt', 'after.txt', '2024-01-01', '2024-01-02')))
print(''.join(difflib.context_diff(a, b, 'before.txt', 'after.txt', n=1)))
print(''.join(difflib.ndiff(['one\n', 'two\n', 'three\n'], ['ore\n', 'tree\n', 'emu\n'])))
delta = list(difflib.ndiff(['	abcDefghiJkl\n', 'same\n'], ['	abcdefGhijkl\n', 'same\n', 'new\n']))
print(''.join(delta), end='')
print(''.join(difflib.restore(delta, 1)), end='')
print(''.join(difflib.restore(delta, 2)), end='')
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
print(difflib.get_close_matches('wheel', ['while', 'wheat', 'weasel', 'steel', 'heel'], n=2, cutoff=0.5))
for bad in ((0, 0.5), (3, 1.5)):
    try:
        difflib.get_close_matches('x', ['y'], *bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    list(difflib.unified_diff([b'a'], ['b']))
except TypeError as e:
    print('TypeError:', e)
print(list(difflib.diff_bytes(difflib.unified_diff, [b'a\n', b'b\n'], [b'a\n', b'c\n'], b'x', b'y')))
print(difflib.IS_LINE_JUNK('  # \n'), difflib.IS_LINE_JUNK('x\n'), difflib.IS_CHARACTER_JUNK(' '))
# autojunk: popular elements in long sequences
long_b = 'ab' * 150 + 'xyz'
m = difflib.SequenceMatcher(None, 'xyzab', long_b)
print(sorted(m.bpopular), m.get_matching_blocks()[:2])
print(difflib.SequenceMatcher(None, 'xyzab', long_b, autojunk=False).get_matching_blocks()[:2])
r = random.Random(7)
for _ in range(40):
    x = [r.choice('abc') * r.randrange(1, 3) + '\n' for _ in range(r.randrange(12))]
    y = [r.choice('abcd') * r.randrange(1, 3) + '\n' for _ in range(r.randrange(12))]
    print(''.join(difflib.unified_diff(x, y, n=r.randrange(3))), end='')
    sm = difflib.SequenceMatcher(None, x, y)
    print(sm.get_opcodes(), round(sm.ratio(), 6), round(sm.quick_ratio(), 6))
