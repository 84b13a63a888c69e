# Starred assignment targets.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = (1, 2)
print(a, mid, z)
*everything, = (7, 8)
print(everything)
(x, *y), w = "abc", 5
print(x, y, w)
head, *tail = iter([10])
print(head, tail, type(tail).__name__)
for a, *b in [(1, 2, 3), (4,), (5, 6)]:
    print(a, b)
[p, *q] = {"k": 1, "j": 2}
print(p, q)
s, *t, u = b"bytes"
print(s, t, u)
m = [1, [2, 3, 4], 5]
n1, [n2, *n3], n4 = m
print(n1, n2, n3, n4)
def f():
    return 1, 2, 3, 4, 5
_, *_, last = f()
print(_, last)
print([*range(3), *"ab"])
print((*[1, 2],))
