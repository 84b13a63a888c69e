# enumerate: start values, laziness, iterator protocol, keyword argument, over various iterables.
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("abc", start=-2)))
print(list(enumerate([])), list(enumerate(range(3), 10 ** 20)))
e = enumerate(["x", "y"])
print(type(e).__name__, iter(e) is e, next(e), next(e), next(e, "done"))
print(dict(enumerate("ab")), {v: i for i, v in enumerate("ab")})
for i, (a, b) in enumerate(zip("pq", "rs")):
    print(i, a, b)
def gen():
    print("  gen started")
    yield "g1"
    yield "g2"
en = enumerate(gen())
print("created")
print(next(en))
try:
    enumerate(5)
except TypeError as e:
    print("TypeError:", e)
try:
    enumerate("a", "b")
except TypeError as e:
    print("TypeError:", e)
print(list(enumerate({"k1": 1, "k2": 2})), list(enumerate({"k": 1}.items())))
print([i * v for i, v in enumerate([10, 20, 30])], sum(i for i, _ in enumerate("hello")))
lines = ["first", "second", "third"]
for num, line in enumerate(lines, start=1):
    print("%d: %s" % (num, line))
print(list(enumerate(iter([1, 2]), start=True)), list(enumerate(b"ab")))
print(max(enumerate([3, 9, 2]), key=lambda p: p[1]), min(enumerate("zab"), key=lambda p: p[1]))
