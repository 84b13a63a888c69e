# zip(): shortest wins, strict=True, unzip with *, laziness, many iterables.
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1, 2])), list(zip("abc", range(10), [True] * 5)))
pairs = [(1, "a"), (2, "b"), (3, "c")]
nums, chars = zip(*pairs)
print(nums, chars, list(zip(*zip(*pairs))) == pairs)
print(dict(zip("xyz", range(3))), list(zip(*["abc", "def"])), list(zip(*[])))
z = zip([1, 2], [3, 4])
print(type(z).__name__, iter(z) is z, next(z), list(z), list(z))
print(list(zip([1, 2, 3], [4, 5, 6], strict=True)))
for a, b in [([1, 2, 3], [4, 5]), ([1], [2, 3]), ([], [1])]:
    try:
        list(zip(a, b, strict=True))
    except ValueError as e:
        print("ValueError:", e)
try:
    list(zip([1, 2], [3, 4], [5], strict=True))
except ValueError as e:
    print("ValueError:", e)
log = []
def gen(name, n):
    for i in range(n):
        log.append("%s%d" % (name, i))
        yield i
print(list(zip(gen("a", 3), gen("b", 2))), log)
log.clear()
print(list(zip(gen("a", 2), gen("b", 3))), log)
try:
    zip(1, [2])
except TypeError as e:
    print("TypeError:", e)
try:
    zip([1], bogus=True)
except TypeError as e:
    print("TypeError:", e)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)], [sum(col) for col in zip(*matrix)])
it = iter(range(6))
print(list(zip(it, it)), list(zip(*[iter("abcdef")] * 3)))
print(list(zip(range(3), strict=True)), list(zip("ab", "cd", strict=False)))
