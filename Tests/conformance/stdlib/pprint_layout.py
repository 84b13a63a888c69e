# pprint layout of nested data at several widths, indents, depths, compact and sort options.
import pprint
from collections import OrderedDict, defaultdict, Counter, deque, ChainMap
from types import SimpleNamespace
from dataclasses import dataclass, field

data = {
    'name': 'swiftpy', 'numbers': list(range(25)), 'nested': {'a': [1, 2, {'b': (3, 4, 5)}], 'z': None},
    'text': 'the quick brown fox jumps over the lazy dog ' * 3, 'blob': bytes(range(40)),
    'set': {5, 3, 1, 9, 7}, 'frozen': frozenset({20, 10}), 'single': (1,), 'empty': [[], {}, (), set()],
    'lines': 'first line\nsecond line which is a little longer\nthird\n',
}
for width in (80, 60, 40, 20, 5):
    print('--- width', width)
    pprint.pprint(data, width=width)
print('--- indent 4, depth 2')
pprint.pprint(data, indent=4, depth=2, width=50)
print('--- compact')
pprint.pprint(list(range(60)), compact=True, width=40)
pprint.pprint([list(range(8)), 'x' * 30, list(range(12))], compact=True, width=30)
print('--- unsorted pp')
pprint.pp({'b': 1, 'a': 2, 'c': [3] * 30})
print('--- collections')
od = OrderedDict((str(i), i * 1000) for i in range(8))
pprint.pprint(od, width=40)
dd = defaultdict(list, {k: list(range(k)) for k in range(6)})
pprint.pprint(dd, width=40)
pprint.pprint(Counter('abracadabra simsalabim'), width=30)
pprint.pprint(deque(range(30)), width=40)
pprint.pprint(deque(range(30), maxlen=40), width=40)
pprint.pprint(ChainMap({'a': 1, 'b': list(range(10))}, {'c': 'x' * 30}), width=40)
pprint.pprint(SimpleNamespace(alpha=list(range(15)), beta='b' * 30), width=40)
pprint.pprint(bytearray(b'abcdefghij' * 5), width=30)
@dataclass
class Point:
    x: int
    y: list = field(default_factory=list)
    hidden: int = field(default=0, repr=False)
pprint.pprint(Point(1, list(range(30))), width=40)
pprint.pprint([Point(2)], width=10)
print('--- recursion and safety')
r = [1, 2]
r.append(r)
s = pprint.pformat(r)
print(s.replace(str(id(r)), 'ID'))
d = {'k': 1}
d['self'] = d
print(pprint.saferepr(d).replace(str(id(d)), 'ID'))
print(pprint.isreadable([1, 'a', (2.5, None)]), pprint.isreadable([object]), pprint.isrecursive(r), pprint.isrecursive([1]))
print(pprint.saferepr({3: 'c', 1: 'a', 'x': 2}))
print(pprint.pformat({1: 'a', 'b': 2, (1, 2): 3}, width=10))
print(pprint.pformat('a' * 100, width=30))
print(pprint.pformat(['a b c d e f g h ' * 4], width=25))
print(pprint.pformat(12345678, underscore_numbers=True))
pp = pprint.PrettyPrinter(width=30, indent=2)
print(pp.pformat({'key': ['value'] * 6}))
print(pp.isreadable({1: 2}), pp.isrecursive(r))
for bad in (dict(indent=-1), dict(depth=0), dict(width=0)):
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print('ValueError', e)
