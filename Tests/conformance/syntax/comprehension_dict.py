# Dict comprehensions: ordering, duplicate keys, nested, from pairs.
print({k: k * 2 for k in range(5)})
print({c: i for i, c in enumerate("banana")})   # later duplicates overwrite, keep first position
d = {"x": 1, "y": 2, "z": 3}
print({v: k for k, v in d.items()})
print({k: v for k, v in d.items() if v != 2})
print({(i, j): i * j for i in range(2) for j in range(2)})
print({k: {inner: k + inner for inner in "ab"} for k in "xy"})
words = "the quick brown fox jumps over the lazy dog".split()
lengths = {w: len(w) for w in words}
print(lengths)
counts = {}
for w in words:
    counts[w[0]] = counts.get(w[0], 0) + 1
print({k: counts[k] for k in sorted(counts)})
order = []
def key(x):
    order.append("k%d" % x)
    return x
def val(x):
    order.append("v%d" % x)
    return x * 10
print({key(i): val(i) for i in range(3)})
print(order)   # key evaluated before value (3.8+)
print({str(n): n ** 2 for n in [3, 1, 2]})
print(dict.fromkeys("abc", 0), {x: None for x in ()})
t = {1: "a", True: "b", 1.0: "c"}
print(t)
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
