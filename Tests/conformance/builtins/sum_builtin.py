# sum(): start values, floats, mixed types, lists with start, errors for strings.
print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([1, 2], 10), sum([], start=5), sum((0.1,) * 10))
print(sum([1, 2.5]), sum([True, True, 1]), sum([1j, 2]), sum([[1], [2, 3]], []), sum([(1,), (2,)], ()))
print(sum(x * x for x in range(10)), sum({1: "a", 2: "b"}), sum({3, 4}), sum(iter([1, 2])))
print(sum([10 ** 20, 10 ** 20]), sum([0.1, 0.2, 0.3]), sum([1e100, 1.0, -1e100]), sum([-0.0]), sum([], -0.0))
for args in [(["a", "b"], ""), ([b"a"], b""), ([bytearray(b"a")], bytearray())]:
    try:
        sum(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    sum(["a", "b"])
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    sum(5)
except TypeError as e:
    print("TypeError:", e)
class Money:
    def __init__(self, c):
        self.c = c
    def __add__(self, o):
        return Money(self.c + (o.c if isinstance(o, Money) else o))
    def __radd__(self, o):
        return self.__add__(o)
    def __repr__(self):
        return "Money(%d)" % self.c
print(sum([Money(1), Money(2)]), sum([Money(5)], Money(10)), sum([], Money(0)))
print(sum(range(10 ** 6)), sum(i for i in range(1000) if i % 7 == 0), type(sum([1, 2.0])).__name__)
print(sum([[1, 2], [3]], start=[0]), sum([0.5] * 4, start=1), sum([1, 2, 3], start=-6))
print(sum(map(len, ["ab", "", "cde"])), sum(1 for c in "hello" if c in "lo"))
