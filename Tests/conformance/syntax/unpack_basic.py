# Tuple/list unpacking, nested patterns, unpacking arbitrary iterables.
a, b = "xy"
print(a, b)
(a, b), c = [1, 2], 3
print(a, b, c)
[a, [b, c]] = (4, (5, 6))
print(a, b, c)
a, b, c = range(3)
print(a, b, c)
k1, k2 = {"one": 1, "two": 2}
print(k1, k2)
def gen():
    yield "g1"
    yield "g2"
x, y = gen()
print(x, y)
for i, (ch, n) in enumerate(zip("ab", [10, 20])):
    print(i, ch, n)
pairs = [(1, 2), (3, 4)]
total = 0
for p, q in pairs:
    total += p * q
print(total)
d = {"a": 1, "b": 2}
for key, val in d.items():
    print(key, val)
class Holder: pass
h = Holder()
lst = [0, 0]
h.x, lst[1] = "attr", "item"
print(h.x, lst)
a = b = None
a, b = b, a = 1, 2
print(a, b)
