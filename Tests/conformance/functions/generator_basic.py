# Generators: lazy execution, state between yields, exhaustion, multiple generators, return.
def gen():
    print("  start")
    yield 1
    print("  after 1")
    yield 2
    print("  after 2")
g = gen()
print("created", type(g).__name__)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("exhausted", e.value)
try:
    next(g)
except StopIteration:
    print("still exhausted")
def countdown(n):
    while n > 0:
        yield n
        n -= 1
a = countdown(3)
b = countdown(2)
print(next(a), next(b), next(a), next(b), next(a))
print(list(countdown(5)), sum(countdown(100)))
def empty():
    return
    yield
print(list(empty()))
def returns_value():
    yield "x"
    return "the result"
g = returns_value()
next(g)
try:
    next(g)
except StopIteration as e:
    print("return value:", e.value, e.args)
def infinite():
    n = 0
    while True:
        yield n
        n += 1
inf = infinite()
print([next(inf) for _ in range(5)])
print(iter(inf) is inf, hasattr(inf, "__next__"))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(20)][-3:])
def yield_expr_value():
    x = yield
    print("  received", x)
g = yield_expr_value()
print(next(g))
try:
    next(g)
except StopIteration:
    print("done")
