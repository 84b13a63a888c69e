# Set comprehensions (printed sorted) and generator expressions.
s = {x % 5 for x in range(20)}
print(sorted(s), len(s))
print(sorted({c.lower() for c in "Hello World" if c.isalpha()}))
print(sorted({(a, b) for a in range(3) for b in range(3) if a < b}))
print(type({x for x in ()}).__name__, {x for x in ()} == set())
g = (x * x for x in range(4))
print(type(g).__name__)
print(next(g), next(g), list(g), list(g))
print(sum(x for x in range(10) if x & 1))
print(max((len(w), w) for w in ["aa", "b", "cccc", "dd"]))
print(list(x for x in "abc"))
print(tuple(i * 2 for i in range(3)))
print(",".join(str(i) for i in range(5)))
# the first iterable is evaluated immediately, the rest lazily
def src(tag, items):
    print("eval", tag)
    return items
g2 = (a + b for a in src("outer", [1, 2]) for b in src("inner", [10, 20]))
print("created")
print(list(g2))
try:
    bad = (x for x in 5)
except TypeError as e:
    print("TypeError:", e)
gen = (i for i in range(3))
print(3 in gen, 1 in (i for i in range(3)))
print(any(x > 2 for x in [1, 2, 3]), all(x > 0 for x in [1, 0]))
print(sorted(frozenset(x // 2 for x in range(7))))
