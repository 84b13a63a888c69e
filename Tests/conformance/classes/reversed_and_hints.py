# reversed() protocol (__reversed__ or __len__+__getitem__), and iteration helpers on user classes.
class Rev:
    def __init__(self, data):
        self.data = data
    def __reversed__(self):
        print("  __reversed__ called")
        return iter(self.data[::-1])
    def __iter__(self):
        return iter(self.data)
print(list(reversed(Rev([1, 2, 3]))), list(Rev([1, 2, 3])))
class Seq:
    def __len__(self):
        return 4
    def __getitem__(self, i):
        if i >= 4 or i < 0:
            raise IndexError(i)
        return "s%d" % i
print(list(reversed(Seq())))
class IterOnly:
    def __iter__(self):
        return iter([1, 2])
try:
    reversed(IterOnly())
except TypeError as e:
    print("TypeError:", e)
class NoneReversed:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
try:
    reversed(NoneReversed())
except TypeError as e:
    print("TypeError:", e)
print(list(reversed([1, 2, 3])), list(reversed((4, 5))), "".join(reversed("abc")), list(reversed(range(3))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1, "b": 2}.items())))
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(iter([1, 2]))
except TypeError as e:
    print("TypeError:", e)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return iter(range(self.n, 0, -1))
    def __reversed__(self):
        return iter(range(1, self.n + 1))
print(list(Countdown(3)), list(reversed(Countdown(3))), sorted(Countdown(4)))
print(list(enumerate(reversed("xyz"), start=1)))
