# dict views: keys/values/items are live, set-like operations on keys and items, reversed views.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), "a" in k, 2 in v, ("b", 2) in it, ("b", 3) in it)
d["d"] = 4
del d["a"]
print(list(k), list(v), list(it))
print(sorted(k & {"b", "z"}), sorted(k | {"z"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}))
print(k == {"b", "c", "d"}, k <= {"b", "c", "d", "e"}, k < {"b", "c", "d"}, k.isdisjoint({"x"}))
print(sorted(it & {("b", 2), ("c", 0)}), sorted(it - {("b", 2)}), sorted(it | {("n", 0)}))
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
try:
    v & v
except TypeError as e:
    print("TypeError:", e)
print(v == v, v == d.values(), type(k).__name__, type(v).__name__, type(it).__name__)
try:
    for key in d.keys():
        d["new" + key] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
m = k.mapping
print(type(m).__name__, m["b"])
try:
    m["b"] = 5
except TypeError as e:
    print("TypeError:", e)
print(list(zip(d.keys(), d.values())) == list(d.items()))
print(sorted({"x": 1}.keys() | ["y"]), {"x": 1}.keys() - "x")
empty = {}
print(list(empty.keys()), bool(empty.items()), len(empty.values()))
it2 = iter(d.items())
print(next(it2), len(list(it2)))
try:
    hash(d.keys())
except TypeError as e:
    print("TypeError:", e)
print({1: "a"}.items() == {(1, "a")}, {1: [1]}.keys() == {1})
try:
    {1: [1]}.items() == {(1, [1])}
except TypeError as e:
    print("TypeError:", e)
