# Scoping rules of comprehensions: class bodies, closures, iteration variable isolation.
class C:
    n = 3
    vals = [n for _ in range(2)] if False else None
    items = [i for i in range(n)]          # first iterable sees class scope
    try:
        bad = [n + i for i in range(2)]    # body does not
    except NameError as e:
        err = str(e)
print(C.items, C.err)
def outer():
    k = 10
    return [k + i for i in range(3)]
print(outer())
def make():
    return [lambda: j for j in range(3)]
print([f() for f in make()])
i = "global i"
[i for i in range(100)]
print(i)
def shadow():
    x = "local"
    r = [x for x in range(2)]
    return x, r
print(shadow())
def nested_closure():
    return [[(lambda: a * b)() for b in range(3)] for a in range(3)]
print(nested_closure())
g = 5
def uses_global():
    return [g * t for t in range(3)]
print(uses_global())
def counter():
    total = 0
    def add(xs):
        nonlocal total
        total += sum(x for x in xs)
        return total
    return add
add = counter()
print(add([1, 2]), add([3]))
print([[y for y in range(x)] for x in range(4)])
