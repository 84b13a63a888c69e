# Higher-order functions: functions as values, composition, partial application by hand, reduce.
def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
inc = lambda x: x + 1
dbl = lambda x: x * 2
neg = lambda x: -x
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose(neg, inc, dbl)(3), compose()(7))
def partial(f, *bound, **kwbound):
    def p(*args, **kwargs):
        return f(*bound, *args, **{**kwbound, **kwargs})
    return p
def power(base, exp, mod=None):
    return pow(base, exp, mod)
square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(9), two_to(10), two_to(10, mod=1000))
def reduce(f, seq, init):
    acc = init
    for x in seq:
        acc = f(acc, x)
    return acc
print(reduce(lambda a, b: a * b, range(1, 11), 1), reduce(lambda a, b: b + a, "abc", ""))
def my_map(f, xs):
    return [f(x) for x in xs]
def my_filter(pred, xs):
    return [x for x in xs if pred(x)]
print(my_map(str.upper, ["a", "b"]), my_filter(str.isdigit, "a1b2c3"))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print({k: f(7, 3) for k, f in ops.items()})
def apply_n(f, n):
    def g(x):
        for _ in range(n):
            x = f(x)
        return x
    return g
print(apply_n(dbl, 10)(1), apply_n(inc, 0)(5))
print(sorted(["banana", "Apple", "cherry"], key=str.lower))
print(list(map(pow, [2, 3, 4], [3, 2, 1])), list(map(len, ["", "ab", "xyz"])))
print(max(["a", "abc", "ab"], key=len), min([3, -7, 5], key=abs))
funcs = [abs, str, bool, len]
print([f.__name__ for f in funcs], [f(-0) if f is not len else f("xy") for f in funcs])
def curry(f, n):
    def c(*args):
        if len(args) >= n:
            return f(*args)
        return lambda *more: c(*args, *more)
    return c
add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3), add3(1, 2, 3))
