# *args and **kwargs: collection, forwarding, ordering and types.
def collect(*args, **kwargs):
    return type(args).__name__, args, type(kwargs).__name__, kwargs
print(collect())
print(collect(1, "two", [3]))
print(collect(z=1, a=2))
print(collect(1, *[2, 3], x=1, **{"y": 2}))
def forward(*args, **kwargs):
    return collect(*args, **kwargs)
print(forward(1, k="v"))
def wrapper(f):
    def inner(*args, **kwargs):
        print("calling %s with %r %r" % (f.__name__, args, kwargs))
        return f(*args, **kwargs)
    return inner
@wrapper
def add(a, b, scale=1):
    return (a + b) * scale
print(add(1, 2), add(1, 2, scale=10), add(b=5, a=5))
def head_tail(first, *rest):
    return first, rest
print(head_tail(1), head_tail(1, 2, 3))
def count_kwargs(**kw):
    kw["added"] = True
    return len(kw)
d = {"a": 1}
print(count_kwargs(**d), d)
def sum_all(*nums, start=0):
    total = start
    for n in nums:
        total += n
    return total
print(sum_all(), sum_all(1, 2, 3), sum_all(1, 2, start=100))
def args_mutable(*args):
    try:
        args[0] = 1
    except TypeError as e:
        return "TypeError: " + str(e)
print(args_mutable(0))
print(collect(*"ab", *b"c", **dict(k=1)))
def star_only(*, a=1):
    return a
try:
    star_only(5)
except TypeError as e:
    print("TypeError:", e)
def kw_ordering(**kw):
    return list(kw)
print(kw_ordering(b=1, a=2, **{"d": 3, "c": 4}, e=5))
