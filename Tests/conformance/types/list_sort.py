# list.sort and sorted: key functions, reverse, stability, mixed types errors, sort during mutation.
data = [5, 2, 9, 1, 5, 6, -3, 0]
print(sorted(data), sorted(data, reverse=True), data)
data.sort()
print(data)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
records = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25), ("eve", 35)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
by_name = sorted(records)
print(sorted(by_name, key=lambda r: -r[1]))
print(sorted(records, key=lambda r: (r[1], r[0])))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
for bad in ([1, "a", 2], [3, None, 1]):
    try:
        bad.sort()
    except TypeError as e:
        print("TypeError:", "'<' not supported" in str(e), len(bad))
print(sorted([3.5, 1, True, 2, -1.5]), sorted("hello"), sorted({3: "c", 1: "a"}), sorted((), reverse=True))
print(sorted([[2, 1], [1, 2], [1, 1, 1], [1]]), sorted([(1, "b"), (1, "a")]))
lst = [3, 1, 2]
r = lst.sort()
print(r, lst)
try:
    lst.sort(lambda x: x)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1], cmp=None)
except TypeError as e:
    print("TypeError:", e)
big = [(i * 7919) % 1000 for i in range(1000)]
s = sorted(big)
print(s[:5], s[-5:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)), len(s))
stab = sorted([(i % 3, i) for i in range(12)], key=lambda t: t[0])
print(stab)
calls = []
def key(v):
    calls.append(v)
    return -v
print(sorted([1, 2, 3], key=key), calls)
mut = [3, 2, 1]
def bad_key(v):
    mut.append(v)
    return v
try:
    mut.sort(key=bad_key)
except ValueError as e:
    print("ValueError:", e)
print(sorted([float("nan"), 1.0]) is not None, sorted(["b", "a"], key=None))
