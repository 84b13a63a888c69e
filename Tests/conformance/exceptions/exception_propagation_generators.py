# Exceptions propagating out of generators, through for loops and yield from, and generator state after.
def produce(n):
    for i in range(n):
        if i == 2:
            raise ValueError("bad item %d" % i)
        yield i
got = []
try:
    for v in produce(5):
        got.append(v)
except ValueError as e:
    print("loop stopped:", e, got)
def wrapper():
    try:
        yield from produce(5)
    except ValueError as e:
        yield "wrapper recovered: %s" % e
print(list(wrapper()))
g = produce(5)
print(next(g), next(g))
try:
    next(g)
except ValueError:
    print("raised once")
print(next(g, "dead afterwards"))
def consumer_error():
    def gen():
        try:
            yield 1
            yield 2
        finally:
            print("  gen cleanup")
    for v in gen():
        if v == 1:
            raise KeyError("consumer failed")
try:
    consumer_error()
except KeyError as e:
    print("consumer:", e)
def throw_through():
    def inner():
        try:
            yield "inner"
        except IndexError:
            raise KeyError("converted in inner")
    def outer():
        yield from inner()
    o = outer()
    next(o)
    try:
        o.throw(IndexError)
    except KeyError as e:
        return "caught %r with context %r" % (e, e.__context__)
print(throw_through())
