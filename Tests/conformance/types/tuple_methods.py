# tuples: construction, indexing, count/index, immutability, hashing, comparison, packing.
t = (1, "two", 3.0, [4], (5,))
print(t, len(t), t[1], t[-1][0], t[1:3], t[::-2], t.count(1), t.index(3.0))
print((), (1,), tuple(), tuple("ab"), tuple([1, 2]), tuple(range(3)), tuple({"a": 1}), tuple(x * 2 for x in (1, 2)))
t[3].append(44)
print(t)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
try:
    hash(t)
except TypeError as e:
    print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))) == hash((1, (2, 3))), {(1, 2): "x"}[1, 2])
print((1, 2) + (3,), (1,) * 3, 2 * (0,), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), () < (0,))
print((1, 2) == (1, 2), (1, 2) == [1, 2], (1, 2.0) == (1, 2), (float("nan"),) == (float("nan"),))
try:
    t.index("missing")
except ValueError as e:
    print("ValueError:", e)
try:
    (1, 2) + [3]
except TypeError as e:
    print("TypeError:", e)
try:
    t[10]
except IndexError as e:
    print("IndexError:", e)
packed = 1, 2, 3
a, *b = packed
print(packed, a, b, type(b).__name__)
print(max((1, "a"), (1, "b")), min([(2, 0), (1, 9)]), sorted([(1, 2), (0, 5), (1, 1)]))
print(tuple(t) is t, t[:] is t, t + () == t, (1, 2).__len__(), (1, 2).__getitem__(-1))
nested = ((1, 2), (3, (4, (5,))))
print(nested[1][1][1][0], len(nested), sum(x for pair in ((1, 2), (3, 4)) for x in pair))
print((1,) * 0, repr((None,)), str(((),)), (1, 2, 3)[1:1], 2 in (1, 2), (1, 2).__contains__(3))
