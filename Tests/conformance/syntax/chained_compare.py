# Chained comparisons: semantics, single evaluation and short-circuit.
calls = []
def v(x):
    calls.append(x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0)
print(1 < v(5) < 10, calls)
calls.clear()
print(1 < v(0) < v(10), calls)   # stops after first false
calls.clear()
print(v(1) == v(1) != v(2), calls)
x = 5
print(0 <= x <= 10, 0 <= x < 5, x == 5 == 5.0)
print(1 < 2 > 1.5, "a" < "b" < "c", [1] < [1, 0] < [2])
print(1 in [1, 2] in [[1, 2]], 3 not in [1] is not None)
a = [1]
b = a
print(a is b is not None, a == [1] is not a)
class Loud:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print("lt", self.n, other.n)
        return self.n < other.n
    def __bool__(self):
        raise AssertionError("no bool")
print(Loud(1) < Loud(2) < Loud(3))
print(Loud(3) < Loud(2) < Loud(1))
r = Loud(1) < Loud(2)
print(r)
print(not 1 < 0, (1 < 2) < 3, 1 < (2 < 3))
print(sorted([3, 1, 2]) == [1, 2, 3] != [3])
