# max/min: iterables vs varargs, key, default, ties (first wins), errors.
print(max([3, 1, 4]), min([3, 1, 4]), max(3, 1, 4), min("b", "a", "c"), max("hello"), min((2.5, 2, 3)))
print(max([1, 5, 5.0, 3]), min([2, 2.0, 1.0, 1]), max(["a", "A", "b"]), min([[1, 2], [1], [0, 9]]))
words = ["pear", "fig", "banana", "kiwi", "plum"]
print(max(words, key=len), min(words, key=len), max(words, key=lambda w: w[-1]), min(words, key=str.upper))
pairs = [("a", 2), ("b", 5), ("c", 5), ("d", 1)]
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: p[1]), max(pairs), min(pairs))
print(max([], default="empty"), min((), default=None), max([7], default=0), min(iter([]), default=-1))
print(max(1, 2, key=lambda x: -x), min(range(10), key=lambda x: (x - 6) ** 2), max(range(3), default=9))
for args, kwargs in [(([],), {}), ((), {}), ((5,), {}), ((1, 2), {"default": 0}), (([1, "a"],), {}),
                     (([1],), {"bogus": 1})]:
    try:
        print(max(*args, **kwargs))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    min([])
except ValueError as e:
    print("ValueError:", e)
print(max(True, 2), min(False, -1), max(-0.0, 0.0), min(0.0, -0.0), max(float("-inf"), -1e308))
print(max({"b": 1, "a": 2}), max({"b": 1, "a": 2}, key={"b": 1, "a": 2}.get), min({3, 1, 2}))
class V:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        return self.n < o.n
    def __repr__(self):
        return "V%d" % self.n
print(max([V(2), V(7), V(3)]), min([V(2), V(7), V(3)]), max(V(1), V(1)))
print(max("10", "9"), max(10, 9), max(["10", "9"], key=int), min([-3, 2, -1], key=abs))
gen = (x * x for x in [-4, 3, 1])
print(max(gen), max(map(len, ["ab", "abc"])), min(enumerate("zay"), key=lambda t: t[1]))
