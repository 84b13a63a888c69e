# Generator expressions: laziness, single use, scoping of the first iterable, passing as sole argument.
calls = []
def numbers():
    for i in range(4):
        calls.append(i)
        yield i
g = (x * 10 for x in numbers())
print(calls)
print(next(g), calls)
print(list(g), calls)
print(list(g))
print(sum(x * x for x in range(10)))
print(sorted((c for c in "generator"), reverse=True))
print(max(len(w) for w in "a bb ccc".split()))
x = 100
gen = (x + i for i in range(3))
x = 200
print(list(gen))
src = [1, 2, 3]
gen2 = (v for v in src)
src = [7, 8, 9]
print(list(gen2))
src = [1, 2]
gen3 = (a + b for a in src for b in src)
src.append(3)
print(list(gen3))
def f(*args):
    return args
print(f(i for i in range(2)) is not None, len(f(i for i in range(2))))
print("-".join(str(i) for i in range(5)))
nested = ((i, j) for i in range(3) for j in (x for x in range(i)))
print(list(nested))
g4 = (i for i in range(3))
print(type(g4).__name__, iter(g4) is g4)
print(list(zip((i for i in range(3)), (c for c in "abcdef"))))
class C:
    vals = [1, 2, 3]
    total = sum(v for v in vals)
print(C.total)
g5 = (1 / x for x in [1, 0, 2])
print(next(g5))
try:
    next(g5)
except ZeroDivisionError:
    print("error surfaced lazily")
print(next(g5, "generator is closed after error"))
