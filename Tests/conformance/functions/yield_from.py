# yield from: delegation, return value of subgenerator, iterables, send passing through.
def inner():
    yield 1
    yield 2
    return "inner done"
def outer():
    result = yield from inner()
    print("  inner returned", result)
    yield 3
print(list(outer()))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(2), (x * x for x in range(3)))))
def echo_inner():
    while True:
        v = yield
        if v == "stop":
            return "stopped"
        print("  inner got", v)
def delegator():
    r = yield from echo_inner()
    yield "delegator saw " + r
d = delegator()
next(d)
d.send("hello")
d.send("world")
print(d.send("stop"))
def tree(node):
    value, children = node
    yield value
    for child in children:
        yield from tree(child)
t = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [])])])
print(list(tree(t)))
def depth_gen(n):
    if n == 0:
        return 0
    got = yield from depth_gen(n - 1)
    yield n
    return got + n
def run(g):
    out = []
    while True:
        try:
            out.append(next(g))
        except StopIteration as e:
            return out, e.value
print(run(depth_gen(4)))
def from_generator_expression():
    yield from (c.upper() for c in "xyz")
print("".join(from_generator_expression()))
def yield_from_dict():
    yield from {"k1": 1, "k2": 2}
print(list(yield_from_dict()))
try:
    list((lambda: (yield from 5))())
except TypeError as e:
    print("TypeError:", e)
