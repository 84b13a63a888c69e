# List comprehensions: filters, nesting, multiple for clauses, conditional expressions.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(i, j) for i in range(3) for j in range(i)])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
print([c.upper() if c in "aeiou" else c for c in "comprehension"])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2])
words = ["apple", "bob", "kayak", "level", "zebra"]
print([w for w in words if w == w[::-1]])
print([len(w) for w in words])
print([(lambda n: n + 1)(v) for v in range(3)])
fns = [lambda: i for i in range(3)]
print([f() for f in fns])     # late binding: all see final i
fns = [lambda i=i: i for i in range(3)]
print([f() for f in fns])
x = "outer"
print([x for x in "ab"], x)   # comprehension variable does not leak
print([y for y in []])
print([a + b for a, b in zip([1, 2, 3], [10, 20, 30])])
print([s for s, *_ in [(1, 2), (3, 4, 5)]])
nested = [[1, [2]], [3, [4]]]
print([b for a, (b,) in nested])
print(sum([i for i in range(101)]))
