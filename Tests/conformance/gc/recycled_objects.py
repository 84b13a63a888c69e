# Objects whose memory the collector freed come back (free lists, recycled frames) and are tracked
# again; a collection must still scan everything reachable from them. Before the fix a recycled list
# kept the old collection's "unreachable" mark, the scan stopped early after it and live objects
# reachable only through it were cleared (sets emptied, instance dicts wiped).
import gc
import os


def cycle_garbage(n):
    for _ in range(n):
        a = []
        b = [a]
        a.append(b)
        d = {}
        d['self'] = d


gc.disable()

# 1. deterministic: a live recycled list is the last tracked object and reaches a tuple and a set
#    created just before it (each referenced only by the next)
for round_ in range(5):
    cycle_garbage(3)
    gc.collect()                 # frees the cycles: their lists/dicts go to the free lists
    r2 = {1, 2, 3}
    r = (r2, 'x')
    del r2
    holder = [r]                 # a recycled list
    del r
    gc.collect(0)
    print(round_, sorted(holder[0][0]), holder[0][1])


# 2. instances and their dicts behind recycled lists, across many young collections
class Box:
    def __init__(self, i):
        self.items = [i, i + 1]
        self.name = 'box%d' % i


boxes = []
bad = 0
for i in range(300):
    cycle_garbage(2)
    if i % 7 == 0:
        gc.collect()
    keep = [Box(i)]
    boxes.append(keep)
    gc.collect(0)
    for k in boxes[-5:]:
        b = k[0]
        if not hasattr(b, 'items') or b.items != [b.items[0], b.items[0] + 1]:
            bad += 1
print('boxes checked, bad =', bad)
boxes = None

# 3. the report's trigger: os.environ[...] of a missing key raises KeyError from an except block
#    (exception context chaining, tracebacks holding frames) while collections run
gc.enable()
gc.set_threshold(50, 5, 5)
missing = '_SWIFTPY_SURELY_MISSING_VAR'
results = []
for i in range(200):
    try:
        os.environ[missing]
    except KeyError as e:
        results.append((e.args, e.__context__ is not None, e.__suppress_context__, e.__cause__))
    assert os.environ.get(missing) is None
    assert os.getenv(missing, 'dflt') == 'dflt'
    try:
        del os.environ[missing]
    except KeyError as e:
        results.append((e.args, e.__suppress_context__))
    cycle_garbage(1)
print(len(results), results[0], results[1])
print(len(set(map(repr, results))))

os.environ[missing] = 'v1'
print(os.environ[missing], os.getenv(missing))
del os.environ[missing]
print(missing in os.environ, os.environ.get(missing))

# 4. re parsing (its parse state is lists in instance dicts) interleaved with the above
import re
ok = 0
for i in range(100):
    try:
        os.environ[missing]
    except KeyError:
        pass
    p = re.compile(r'(a)(b)(?P<c>c)(%d)?' % i)
    if p.groups == 4 and p.findall('abc') == [('a', 'b', 'c', '')]:
        ok += 1
    cycle_garbage(1)
print('re ok', ok)
gc.set_threshold(700, 10, 10)
