# dict preserves insertion order: updates keep position, delete+reinsert moves to end, equality ignores order.
d = {}
for key in ["z", "a", "m", "b"]:
    d[key] = len(d)
print(d, list(d))
d["a"] = 100
print(list(d.items()))
del d["z"]
d["z"] = -1
print(list(d))
d.pop("m")
d.setdefault("m", 0)
print(list(d))
d.update({"b": 9, "new": 1, "a": 0})
print(d)
e = {"b": 9, "a": 0, "z": -1, "m": 0, "new": 1}
print(d == e, list(d) == list(e))
big = {i: i for i in range(100)}
for i in range(0, 100, 2):
    del big[i]
for i in range(0, 10, 2):
    big[i] = i
print(list(big)[:5], list(big)[-5:], len(big))
print(dict(zip("cba", range(3))), {k: None for k in "bca"})
m = {**{"x": 1, "y": 2}, **{"w": 0, "x": 9}}
print(m)
it = {"one": 1, "two": 2}
it["three"] = 3
print(next(iter(it)), next(reversed(it)), list(reversed(it.values())))
print(dict.fromkeys("mississippi"), "".join(dict.fromkeys("mississippi")))
keys_copy = list(d)
d.clear()
for k in reversed(keys_copy):
    d[k] = True
print(list(d))
counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
print(counts, max(counts, key=counts.get))
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(list({1: 1, 2: 2, 1.0: "one"}.items()), {True: 1, 1: 2, 1.0: 3})
x = {"a": 1}
x.popitem()
x["b"] = 2
x["a"] = 1
print(x, x.popitem(), x)
