# Classes implementing __iter__/__next__: separate iterators, exhaustion, iterators used by builtins.
class Range2:
    def __init__(self, start, stop, step=1):
        self.start, self.stop, self.step = start, stop, step
    def __iter__(self):
        return Range2Iter(self)
class Range2Iter:
    def __init__(self, r):
        self.cur = r.start
        self.r = r
    def __iter__(self):
        return self
    def __next__(self):
        if (self.r.step > 0 and self.cur >= self.r.stop) or (self.r.step < 0 and self.cur <= self.r.stop):
            raise StopIteration
        v = self.cur
        self.cur += self.r.step
        return v
r = Range2(0, 10, 3)
print(list(r), list(r), sum(r), max(r), sorted(r, reverse=True))
print(list(Range2(5, 0, -2)), list(zip(Range2(0, 3), "abc")), dict(zip("xy", Range2(1, 3))))
it = iter(r)
print(next(it), next(it), list(it), next(it, "done"))
print(list(enumerate(Range2(10, 13))), tuple(map(str, Range2(0, 2))))
a, b, c = Range2(1, 4)
print(a, b, c)
print(*Range2(0, 3))
print(set(Range2(0, 3)) == {0, 1, 2}, 6 in Range2(0, 10, 3), 7 in Range2(0, 10, 3))
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b
print(list(Fib(100)))
class NextOnly:
    def __next__(self):
        return 1
try:
    iter(NextOnly())
except TypeError as e:
    print("TypeError:", e)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
class Stopper:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n == 3:
            raise StopIteration
        if self.n > 3:
            return "resumed after StopIteration"
        return self.n
s = Stopper()
print(list(s), next(s))
