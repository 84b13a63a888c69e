# Assignment expressions (:=) in many contexts.
if (n := len("hello")) > 3:
    print("long", n)
print(n)
data = [1, 5, 2, 8, 3]
big = [y for x in data if (y := x * 2) > 5]
print(big, y)  # y leaks to enclosing scope
vals = iter([3, 2, 1, 0, 9])
out = []
while (v := next(vals)) != 0:
    out.append(v)
print(out, v)
print((a := 10) + a)
def f():
    total = 0
    [total := total + i for i in range(5)]
    return total
print(f())
def g(xs):
    if any((hit := x) < 0 for x in xs):
        return hit
    return None
print(g([3, -2, -7]), g([1, 2]))
print([(z := i, z * z) for i in range(3)])
print(z)
res = {k: (w := k.upper()) for k in "ab"}
print(res, w)
x = (q := 5, 6)
print(x, q)
def h():
    nonlocal_test = [0]
    def inner():
        return (m := 7)
    return inner(), nonlocal_test
print(h())
print(f"{(r := 3) * 2} {r}")
