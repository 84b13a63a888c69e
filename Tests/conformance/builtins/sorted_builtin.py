# sorted(): any iterable, key, reverse, stability with reverse, returns a new list.
src = (5, 2, 8, 2, 9, 1)
out = sorted(src)
print(out, type(out).__name__, src)
print(sorted("sorting"), sorted({3: "c", 1: "a", 2: "b"}), sorted({5, 3, 9}), sorted(x % 4 for x in range(10)))
print(sorted(["b", "A", "a", "B"]), sorted(["b", "A", "a", "B"], key=str.lower), sorted(["b", "A", "a", "B"], key=str.lower, reverse=True))
people = [("ann", 30), ("bob", 25), ("cat", 30), ("dan", 25), ("eve", 30)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(sorted(people), key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted([3, 1, 2], reverse=True), sorted([], reverse=True), sorted([1]), sorted([(1, 2), (1, 1), (0, 5)]))
print(sorted([-5, 3, -1, 4], key=abs), sorted([-5, 3, -1, 4], key=lambda x: x * x, reverse=True))
print(sorted(["apple", "Banana", "cherry"], key=len), sorted(["10", "9", "100"], key=int))
print(sorted([0.5, -1, 2, True, False]), sorted([[3], [1, 2], [], [1]]))
print(sorted("Mississippi".lower()), "".join(sorted("listen")) == "".join(sorted("silent")))
d = {"x": 3, "y": 1, "z": 2}
print(sorted(d, key=d.get), sorted(d.items(), key=lambda kv: kv[1], reverse=True))
try:
    sorted([1, 2], key=1)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted()
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1], [2])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([{}, {}])
except TypeError as e:
    print("TypeError:", e)
flags = [True, False, True, False]
print(sorted(range(4), key=lambda i: flags[i]), sorted(range(4), key=lambda i: flags[i], reverse=True))
