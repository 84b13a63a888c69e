# range objects: attributes, len, indexing, slicing, membership, equality, hashing, errors.
r = range(2, 20, 3)
print(r, list(r), len(r), r.start, r.stop, r.step, r[0], r[-1], r[2])
print(r[1:4], r[::-1], r[::2], r[-2:], list(r[10:]), r[:0])
print(5 in r, 6 in r, 20 in r, 2.0 in r, "x" in r, -1 in range(-5, 0))
print(r.index(8), r.count(8), r.count(9))
try:
    r.index(9)
except ValueError as e:
    print("ValueError:", e)
try:
    r[100]
except IndexError as e:
    print("IndexError:", e)
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(0, 4, 2) == range(0, 3, 2), range(3) == [0, 1, 2])
print(hash(range(0, 3)) == hash(range(3)), hash(range(0)) == hash(range(4, 2)), len({range(3), range(0, 3, 1)}))
print(range(10, 0, -3), list(range(10, 0, -3)), len(range(10, 0, -3)), list(range(0, -10, -4)))
print(list(range(-3)), len(range(5, 1)), bool(range(1)), list(reversed(range(1, 8, 2))))
big = range(-10 ** 17, 10 ** 17, 7)
print(len(big), big[-1], 10 ** 16 in big, big.index(-10 ** 17 + 70), big[10 ** 15])
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range("1")
except TypeError as e:
    print("TypeError:", e)
try:
    range()
except TypeError as e:
    print("TypeError:", e)
try:
    len(range(2 ** 64))
except OverflowError:
    print("OverflowError raised by len()")
print(range(2 ** 64)[-1], range(2 ** 64)[2 ** 63])
print(sum(range(101)), max(range(5)), min(range(3, 10)), sorted(range(3), reverse=True))
print(list(zip(range(3), range(10, 13))), list(enumerate(range(5, 8))))
rr = range(5)
it1, it2 = iter(rr), iter(rr)
print(next(it1), next(it1), next(it2), list(it1))
print(range(True, 5)[0], range(1, 10)[True], type(range(3)).__name__)
