# reversed(), range() and slice() as builtins.
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1,))), list(reversed(range(5))))
print(list(reversed(range(1, 10, 3))), list(reversed(range(10, 0, -4))), list(reversed([])))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1}.values())), list(reversed(b"xy")))
r = reversed([1, 2, 3])
print(type(r).__name__, next(r), list(r))
try:
    reversed(x for x in [1])
except TypeError as e:
    print("TypeError:", e)
print(range(5), range(1, 5), range(1, 10, 2), list(range(0)), list(range(-3, 3)), range(3)[::-1])
print(len(range(1, 100, 7)), range(1, 100, 7)[-1], 50 in range(1, 100, 7), range(3) == range(3))
try:
    range(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
s = slice(3)
print(s, slice(1, 2), slice(1, 2, 3), s.indices(10), slice(-1, None, -1).indices(4))
data = list(range(10))
print(data[slice(2, 8, 2)], data[slice(None)], data[slice(-3, None)], "hello"[slice(1, 4)])
try:
    slice()
except TypeError as e:
    print("TypeError:", e)
print(list(reversed(list(reversed([3, 1, 2])))), "".join(reversed("racecar")) == "racecar")
print([i for i in reversed(range(2 ** 64 - 3, 2 ** 64))])
