# Looping over ranges with various starts, stops and steps, including negative and empty ranges.
cases = [(5,), (2, 7), (0, 10, 3), (10, 0, -3), (5, 5), (5, 0), (-3, 3), (3, -3, -1),
         (0, -10, -4), (1, 2, 100), (-1, -10, -2)]
for args in cases:
    r = range(*args)
    print(args, list(r), len(r), r[0] if r else None, r[-1] if r else None)
total = 0
for i in range(1, 101):
    total += i
print(total)
for i in range(3, 0, -1):
    print("countdown", i)
r = range(0, 20, 5)
print(r, r.start, r.stop, r.step, 15 in r, 16 in r, r.index(10), r.count(5))
print(r[1:3], r[::-1], r[::2], list(r[::-2]))
print(range(0), bool(range(0)), bool(range(1)), range(3) == range(0, 3, 1))
print(range(0, 3) == range(0, 4, 2) if False else range(0, 4, 2) == range(0, 3, 2))
print(list(reversed(range(1, 10, 4))))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
big = range(10 ** 20)
print(len(range(10 ** 10)), big[-1], 10 ** 19 in big, big[10 ** 19])
nested = [(i, j) for i in range(3) for j in range(i, 3)]
print(nested)
try:
    range(5)[5]
except IndexError as e:
    print("IndexError:", e)
