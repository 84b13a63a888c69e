# Lambda expressions: defaults, varargs, closures, immediately invoked, nested.
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=1))
print((lambda *a, **k: (a, sorted(k.items())))(1, 2, x=3, y=4))
print((lambda: "no args")())
print((lambda x, /, y, *, z: (x, y, z))(1, y=2, z=3))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(list(map(lambda x: x ** 2, range(5))))
print(list(filter(lambda x: x % 2, range(10))))
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))
print(add.__name__, (lambda: 0).__name__)
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print((lambda x: (yield x))(5).__class__.__name__)
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
cond = lambda x: "neg" if x < 0 else "zero" if x == 0 else "pos"
print([cond(v) for v in (-1, 0, 1)])
print((lambda: (lambda: (lambda: "deep")())())())
k = 3
f = lambda: k
k = 4
print(f())
