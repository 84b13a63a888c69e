# Keyword arguments in calls: ordering, defaults, errors.
def f(a, b=2, c=3):
    return (a, b, c)
print(f(1), f(1, c=30), f(c=30, a=10), f(1, 2, 3), f(b=20, a=1))
def kw(**kwargs):
    return list(kwargs.items())
print(kw(z=1, a=2, m=3))
print(kw(**{"key with space": 1, "1": 2}))
def errs():
    yield lambda: f()
    yield lambda: f(1, a=2)
    yield lambda: f(1, d=4)
    yield lambda: f(1, 2, 3, 4)
    yield lambda: kw(1)
    yield lambda: f(**{1: 2})
for e in errs():
    try:
        e()
    except TypeError as ex:
        print("TypeError:", ex)
def order(first, second):
    return first + "-" + second
print(order(second="s", first="f"))
print(dict(a=1, b=2), sorted(dict(z=1, y=2)))
print(int("ff", base=16), sorted([3, 1, 2], reverse=True), "x".center(5, "*"))
def default_mutable(item, bucket=[]):
    bucket.append(item)
    return bucket
print(default_mutable(1), default_mutable(2), default_mutable(3, []))
counter = 0
def default_eval_once(v=None):
    return v
def make_default():
    global counter
    counter += 1
    return counter
def h(x=make_default()):
    return x
print(h(), h(), counter)
print(f(*(1,), **{"c": 9}), f(1, *(5,), c=7))
