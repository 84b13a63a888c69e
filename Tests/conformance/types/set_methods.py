# set and frozenset methods (results printed sorted to avoid hash-order dependence).
def s(x):
    return sorted(x)
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(s(a | b), s(a & b), s(a - b), s(b - a), s(a ^ b))
print(s(a.union(b, [9])), s(a.intersection(b, {4})), s(a.difference(b, {1})), s(a.symmetric_difference([4, 10])))
print(a.issubset({1, 2, 3, 4, 5}), a <= a, a < a, {1} < a, a >= {1, 2}, a > a, a.issuperset([1, 2]), a.isdisjoint(b))
c = set(a)
c.add(10)
c.discard(1)
c.discard(999)
c.remove(2)
print(s(c))
try:
    c.remove(999)
except KeyError as e:
    print("KeyError:", e)
c.update([20, 21], {22})
c.intersection_update({3, 4, 20, 21, 22, 50})
print(s(c))
c.difference_update([3])
c.symmetric_difference_update({4, 99})
print(s(c))
p = c.pop()
print(p in {20, 21, 22, 99}, len(c))
c.clear()
print(c, len(c), set(), set("aab") == {"a", "b"}, s(set([3, 1, 3])))
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
f = frozenset([1, 2, 3])
print(s(f | {4}), type(f | {4}).__name__, type({4} | f).__name__, type(f.copy()).__name__, f.copy() is f)
try:
    f.add(1)
except AttributeError as e:
    print("AttributeError:", e)
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), {frozenset([1]): "ok"}[frozenset([1])])
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    {1} | [2]
except TypeError as e:
    print("TypeError:", e)
print({1, 2} == frozenset([1, 2]), {1} == {1.0}, {1, True, 1.0}, len({0, False, 0.0, -0.0}))
print(s({x % 3 for x in range(10)}), 3 in f, {()} == {()}, {None} | {None})
nested = {frozenset({1, 2}), frozenset({2, 1}), frozenset()}
print(len(nested), s(len(x) for x in nested))
print(set.__name__, s(set(range(5)) - set(range(0, 5, 2))), s(set({"k": 1})))
