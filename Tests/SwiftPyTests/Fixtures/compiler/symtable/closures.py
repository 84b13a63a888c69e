def outer(a):
    b = 1
    def inner(c):
        nonlocal b
        b += c
        def innermost():
            return a + b + c + undefined_global
        return innermost
    return inner

def shadow():
    x = 1
    def g():
        global x
        x = 2
        def h():
            return x
        return h
    return g

def cell_arg(x, y):
    def f():
        return x
    return f

def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

def deep():
    v = 1
    def a():
        def b():
            def c():
                return v
            return c
        return b
    return a

def late():
    def g():
        return later
    later = 5
    return g

def deletes():
    x = 1
    def g():
        return x
    del x
    return g
