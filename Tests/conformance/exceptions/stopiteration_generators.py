# StopIteration handling: inside generators (PEP 479), from next() in loops, from iterators, value attribute.
def gen_with_next(it):
    while True:
        yield next(it)
try:
    print(list(gen_with_next(iter([1, 2]))))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)
def explicit():
    yield 1
    raise StopIteration("explicit")
try:
    list(explicit())
except RuntimeError as e:
    print("RuntimeError:", e, "|", repr(e.__cause__))
def returns():
    yield 1
    return "value"
g = returns()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("done", 1)
        return self.n
print(list(It()))
def uses_it():
    yield from It()
    yield "after"
print(list(uses_it()))
def catches_inside():
    try:
        next(iter([]))
    except StopIteration:
        yield "caught inside"
print(list(catches_inside()))
s = StopIteration()
print(s.value, StopIteration(1, 2).value, issubclass(StopIteration, Exception))
def subgen():
    return "sub result"
    yield
def delegator():
    r = yield from subgen()
    yield r
print(list(delegator()))
async_like = StopAsyncIteration("x")
print(type(async_like).__mro__[1].__name__, str(async_like))
