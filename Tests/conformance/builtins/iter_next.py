# iter() and next(): sequences, sentinel form, defaults, exhaustion, __iter__ returning self.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args, e.value)
print(type(iter("ab")).__name__, type(iter((1,))).__name__, type(iter({1: 2})).__name__, type(iter(range(2))).__name__)
print(list(iter("xyz")), list(iter({"a": 1, "b": 2})), list(iter({3})), list(iter(b"ab")))
data = iter([5, 3, 0, 4])
print(list(iter(lambda: next(data), 0)))
calls = [0]
def counter():
    calls[0] += 1
    return calls[0]
print(list(iter(counter, 4)))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
x = iter([1])
print(iter(x) is x, iter(iter(x)) is x)
class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i * i
        raise IndexError
print(list(iter(Seq())), next(iter(Seq())))
class Stopper:
    def __getitem__(self, i):
        raise StopIteration
print(list(Stopper()))
def gen():
    yield 1
g = gen()
print(next(g), next(g, "exhausted"), next(g, "still exhausted"))
pairs = iter([("a", 1), ("b", 2)])
k, v = next(pairs)
print(k, v, dict(pairs))
it2 = iter(range(10))
print([next(it2) for _ in range(3)], list(zip(it2, it2)))
