# nonlocal: rebinding enclosing function variables, several levels, independent closures.
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc(5)
print(get())
inc2, get2 = make_counter()
inc2()
print(get(), get2())
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "set by inner"
        inner()
        return x
    r = middle()
    return r, x
print(outer())
def levels():
    v = 0
    def a():
        v = 100
        def b():
            nonlocal v
            v += 1
            return v
        return b(), v
    return a(), v
print(levels())
def multiple():
    p, q = 1, 2
    def swap():
        nonlocal p, q
        p, q = q, p
    swap()
    return p, q
print(multiple())
def fib_gen():
    a, b = 0, 1
    def step():
        nonlocal a, b
        a, b = b, a + b
        return a
    return [step() for _ in range(10)]
print(fib_gen())
def loop_closures():
    fns = []
    for i in range(3):
        def f(i=i):
            return i
        fns.append(f)
    return [f() for f in fns]
print(loop_closures())
