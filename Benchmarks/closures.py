# Closures and higher-order functions: nested functions over cells, nonlocal,
# lambdas, map/filter, function composition, default arguments, *args/**kwargs.
import sys


def make_counter(step):
    count = 0

    def bump():
        nonlocal count
        count += step
        return count
    return bump


def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed


def adder(k):
    return lambda x: x + k


def multiplier(k):
    def mul(x):
        return x * k % 1000003
    return mul


def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x


def curry3(f):
    return lambda a: lambda b: lambda c: f(a, b, c)


def with_kwargs(a, b=2, *rest, scale=1, **extra):
    return (a + b + len(rest) + len(extra)) * scale


def memo(f):
    cache = {}

    def wrapper(n):
        if n in cache:
            return cache[n]
        v = f(n)
        cache[n] = v
        return v
    return wrapper


def main(scale):
    n = int(900000 * scale)
    counters = [make_counter(s) for s in range(1, 6)]
    total = 0
    for i in range(n):
        total += counters[i % 5]()
    pipeline = compose(adder(3), multiplier(7), adder(-1), multiplier(13))
    acc = apply_n(pipeline, n, 1)
    mapped = sum(map(lambda v: v * 3 % 17, filter(lambda v: v % 4 != 1, range(n))))
    c = curry3(lambda a, b, c: a * b - c)
    curried = 0
    for i in range(n // 4):
        curried += c(i)(3)(i % 11)
    kw = 0
    for i in range(n // 4):
        kw += with_kwargs(i, 5, 6, 7, scale=2, z=1) + with_kwargs(i)

    @memo
    def collatz_len(m):
        if m == 1:
            return 1
        return 1 + collatz_len(m // 2 if m % 2 == 0 else 3 * m + 1)
    longest = max(range(1, n // 10 + 1), key=collatz_len)
    keyed = sorted(range(2000), key=lambda v: (v * 7919) % 2003)[:3]
    print("counters", total, "composed", acc, "mapped", mapped)
    print("curried", curried, "kwargs", kw, "collatz", longest, collatz_len(longest), "keyed", keyed)


sys.setrecursionlimit(10000)
main(float(sys.argv[1]) if len(sys.argv) > 1 else 1.0)
