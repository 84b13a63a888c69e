# Closures created in loops and comprehensions: shared cells, default-argument capture, cell rebinding.
def loop_closures():
    fns = []
    i = 0
    while i < 3:
        fns.append(lambda: i)
        i += 1
    return [f() for f in fns]
print(loop_closures())
def per_iteration_cell():
    fns = []
    for i in range(3):
        def make(v):
            return lambda: v
        fns.append(make(i))
    return [f() for f in fns]
print(per_iteration_cell())
def comprehension_cells():
    return [f() for f in [lambda: x for x in "abc"]]
print(comprehension_cells())
def cell_rebound_after_creation():
    x = "first"
    f = lambda: x
    x = "second"
    return f()
print(cell_rebound_after_creation())
def handlers():
    out = {}
    for name in ("open", "close"):
        out[name] = lambda name=name: "handling " + name
    return out
h = handlers()
print(h["open"](), h["close"]())
def counters():
    result = []
    for start in (0, 100):
        count = start
        def bump():
            nonlocal count
            count += 1
            return count
        result.append(bump)
    return result
a, b = counters()
print(a(), b(), a())
def shared_list():
    acc = []
    adders = [lambda v, k=k: acc.append((k, v)) for k in range(2)]
    adders[0]("x")
    adders[1]("y")
    return acc
print(shared_list())
def del_cell():
    x = 1
    def get():
        return x
    del x
    try:
        return get()
    except NameError as e:
        return "NameError: " + str(e)
print(del_cell())
