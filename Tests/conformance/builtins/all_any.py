# all() and any(): empty iterables, short-circuiting, truthiness of elements, generators.
print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, ""]), any([0, "x"]))
print(all("abc"), all(""), any({}), any({0: 1}), all({0: 1}), any(range(0)), all(range(1, 5)))
print(all([[], [1]]), any([[], [0]]), all([None]), any([None, 0.0, 0j, False, b""]))
seen = []
def check(x):
    seen.append(x)
    return x > 2
print(any(check(x) for x in range(10)), seen)
seen.clear()
print(all(check(x) for x in [5, 4, 1, 9]), seen)
class Truthy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("  bool", self.v)
        return self.v
print(any([Truthy(False), Truthy(True), Truthy(True)]))
print(all([Truthy(True), Truthy(False), Truthy(True)]))
it = iter([0, 0, 1, 2, 3])
print(any(it), list(it))
try:
    all(5)
except TypeError as e:
    print("TypeError:", e)
try:
    any(x for x in [1, "a"] if x > 0)
except TypeError as e:
    print("TypeError:", e)
words = ["apple", "avocado", "banana"]
print(all(w[0] == "a" for w in words), any(w.startswith("b") for w in words))
print(all(isinstance(x, int) for x in (1, True, 2)), any(isinstance(x, str) for x in (1, 2.0)))
matrix = [[1, 2], [3, 0]]
print(all(all(row) for row in matrix), any(any(row) for row in matrix), all(map(any, matrix)))
print(type(all([])).__name__, any([1]) is True)
