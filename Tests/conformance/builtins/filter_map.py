# filter and map: None predicate, multiple iterables, laziness, shortest input wins.
print(list(filter(None, [0, 1, "", "a", [], [0], None, False, 2.5])))
print(list(filter(lambda x: x % 3 == 0, range(10))), list(filter(str.isupper, "aBcDE")))
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(pow, [2, 3], [3, 2], [5, 5])))
print(list(map(len, ["", "ab", "xyz"])), list(map(int, "123")), list(map(abs, (-1, -2.5))))
log = []
def tracked(x):
    log.append(x)
    return x * 10
m = map(tracked, [1, 2, 3])
print(log, type(m).__name__, iter(m) is m)
print(next(m), log)
print(list(m), log, list(m))
f = filter(lambda x: x > 1, [1, 2, 3])
print(type(f).__name__, next(f), list(f))
try:
    map(len)
except TypeError as e:
    print("TypeError:", e)
try:
    list(map(len, [1]))
except TypeError as e:
    print("TypeError:", e)
try:
    filter(None)
except TypeError as e:
    print("TypeError:", e)
print(list(map(lambda *a: a, "ab", "cde", [1, 2, 3])), list(map(lambda: 1, [])))
print(sum(map(int, "1 2 3 4".split())), "".join(map(str.upper, "abc")), dict(map(lambda k: (k, len(k)), ["a", "bb"])))
print(list(filter(lambda kv: kv[1] > 1, {"a": 1, "b": 2}.items())), sorted(filter(None, {0, 1, 2})))
evens_squared = list(map(lambda x: x * x, filter(lambda x: x % 2 == 0, range(10))))
print(evens_squared)
class Pred:
    def __call__(self, x):
        return isinstance(x, str)
print(list(filter(Pred(), [1, "a", None, "b"])), list(map(Pred(), [1, "x"])))
