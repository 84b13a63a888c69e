# Simple, chained and multiple-target assignment.
a = 1
print(a)
a = b = c = [1, 2]
b.append(3)
print(a, c, a is c)
x, y = 1, 2
x, y = y, x
print(x, y)
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99     # left-to-right target assignment
print(i, lst)
lst2 = [0, 0, 0]
j = lst2[j] = 2 if False else 1  # j assigned first, then lst2[j]
print(j, lst2)
t = 1,
print(t, type(t).__name__)
e = ()
print(e, len(e))
(p) = 5
print(p)
[q] = [6]
(r,) = (7,)
print(q, r)
n = None
print(n is None)
s = "abc"; u = s; s += "d"
print(s, u)
class Box: pass
bx = Box()
bx.v = bx.w = 3
print(bx.v + bx.w)
d = {}
d["k"] = d.setdefault("j", 0) + 1
print(d)
