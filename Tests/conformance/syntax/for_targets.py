# for loop target forms: names, tuples, attributes, subscripts, starred.
for (a, b) in [(1, 2)]:
    print(a, b)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a, b, c)
for a, *b in ["xyz", "pq"]:
    print(a, b)
class NS:
    pass
ns = NS()
for ns.value in range(3):
    pass
print(ns.value)
lst = [None, None]
for lst[0] in "ab":
    print(lst)
d = {}
for i, d[i] in enumerate("cd"):
    pass
print(d)
for [p, q] in [[1, 2]]:
    print(p + q)
for _ in range(2):
    pass
print(_)
for x in []:
    pass
try:
    print(x)
except NameError as e:
    print("NameError:", e)
for i in range(3):
    pass
print(i)
items = [1, 2, 3]
for item in items:
    if item == 1:
        items.append(4)   # mutating a list while iterating sees the new item
print(items)
for k in {"a": 1, "b": 2}:
    print(k)
for ch in "héllo":
    print(ch, end=" ")
print()
it = iter(range(5))
for v in it:
    if v == 1:
        next(it)
    print(v)
