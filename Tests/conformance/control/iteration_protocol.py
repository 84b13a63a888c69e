# for loops over custom iterators, __getitem__ sequences, exhausted iterators, iter(callable, sentinel).
class Countdown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)))
c = Countdown(2)
for v in c:
    print("first pass", v)
for v in c:
    print("second pass", v)
print("exhausted iterator gives nothing more")
class OldSeq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return "item%d" % i
print(list(OldSeq()), [x for x in OldSeq()])
class Reusable:
    def __iter__(self):
        return iter([1, 2, 3])
r = Reusable()
print(list(r), list(r), sum(r))
vals = iter([5, 4, 3, 0, 9])
print(list(iter(lambda: next(vals), 0)))
class NotIter:
    pass
try:
    for _ in NotIter():
        pass
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self):
        return 42
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
it = iter([1, 2])
print(next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
d = {"x": 1, "y": 2}
try:
    for k in d:
        d["z"] = 3
except RuntimeError as e:
    print("RuntimeError:", e)
s = {1, 2}
try:
    for v in s:
        s.add(99)
except RuntimeError as e:
    print("RuntimeError:", e)
