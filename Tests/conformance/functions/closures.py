# Closures: captured cells shared between functions, late binding, cell contents after return.
def make_adders():
    adders = []
    for i in range(3):
        adders.append(lambda x: x + i)
    return adders
print([a(10) for a in make_adders()])
def make_adders_fixed():
    def make(i):
        return lambda x: x + i
    return [make(i) for i in range(3)]
print([a(10) for a in make_adders_fixed()])
def shared():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
get, set_ = shared()
print(get()); set_(42); print(get())
get2, set2 = shared()
print(get2(), get())
def outer():
    x = 1
    def middle():
        def inner():
            return x
        return inner
    x = 2
    return middle()
print(outer()())
def counter_factory(start):
    def counter():
        nonlocal start
        start += 1
        return start
    return counter
c1 = counter_factory(10)
c2 = counter_factory(100)
print(c1(), c1(), c2(), c1())
print(c1.__closure__ is not None, len(c1.__closure__), c1.__closure__[0].cell_contents)
print(make_adders.__closure__)
print(sorted(c1.__code__.co_freevars), sorted(counter_factory.__code__.co_cellvars))
def mutate_captured():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    return add, items
add, items = mutate_captured()
add("a"); add("b")
print(items)
def deep(a):
    def l1(b):
        def l2(c):
            def l3(d):
                return a + b + c + d
            return l3
        return l2
    return l1
print(deep(1)(10)(100)(1000))
