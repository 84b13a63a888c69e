# Generator object state: running re-entrance error, exception inside kills generator, frames after exhaustion.
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
def dies():
    yield 1
    raise KeyError("inside")
    yield 2
d = dies()
print(next(d))
try:
    next(d)
except KeyError as e:
    print("KeyError:", e)
print(next(d, "dead"))
def gen():
    yield 1
g = gen()
print(g.gi_running)
print(list(g), list(g))
print(g.__name__, g.__qualname__)
def outer():
    def inner_gen():
        yield
    return inner_gen()
print(outer().__qualname__)
def stop_inside():
    yield 1
    raise StopIteration("explicit")
s = stop_inside()
print(next(s))
try:
    next(s)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__, e.__cause__)
def local_state():
    total = 0
    for i in range(3):
        total += i
        yield total
ls = local_state()
print(next(ls), next(ls), next(ls), next(ls, "end"))
def uses_gen_after_close():
    def g():
        yield 1
        yield 2
    x = g()
    next(x)
    x.close()
    return list(x)
print(uses_gen_after_close())
