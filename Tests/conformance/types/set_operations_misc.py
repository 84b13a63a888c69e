# Set operator semantics: in-place operators, comparisons with frozenset, mixed types, iteration stability.
a = {1, 2, 3}
alias = a
a |= {4}
a &= {1, 2, 4, 5}
a -= {1}
a ^= {9, 2}
print(sorted(a), alias is a)
f = frozenset({1, 2})
g = f
f |= {3}
print(sorted(f), sorted(g), f is g)
print(set() == frozenset(), set() is not frozenset(), {1, 2} <= frozenset({1, 2, 3}))
print(frozenset({1}) < {1, 2}, {frozenset({1})} == {frozenset({1})})
words = ["apple", "banana", "cherry", "apple", "date", "banana"]
unique_ordered = list(dict.fromkeys(words))
print(unique_ordered, len(set(words)), sorted(set(words)))
print(sorted(set("hello world") - set("lo ")), sorted({c for c in "mississippi"}))
s1 = {(1, 2), (2, 1), (1, 2)}
print(sorted(s1), (2, 1) in s1, [1, 2] in [[1, 2]])
try:
    [1] in {1, 2}
except TypeError as e:
    print("TypeError:", e)
print(1.0 in {1}, True in {1}, "1" in {1}, 2 ** 64 in {2 ** 64}, float(2 ** 64) in {2 ** 64})
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v % 10)
    def __eq__(self, o):
        return self.v == o.v
ks = {Key(1), Key(11), Key(1)}
print(len(ks), Key(11) in ks, Key(21) in ks)
big = set(range(1000))
big -= set(range(0, 1000, 2))
print(len(big), min(big), max(big), sum(big))
it = iter({5})
print(next(it), next(it, "end"))
print(sorted({-1, -2, 0, 3} & set(range(-1, 2))), sorted(frozenset("abc") ^ frozenset("bcd")))
print(bool(set()), bool({0}), len({None, None}), {1, 2} != {2, 1})
print(sorted({1, 2, 3}.union()), sorted(set().union([1], (2,), {3})), set().intersection())
