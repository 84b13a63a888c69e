# Return statements: implicit None, multiple values as tuples, early returns, returns from nested blocks.
def nothing():
    pass
def bare():
    return
def multiple():
    return 1, "two", [3]
def conditional(x):
    if x > 0:
        return "positive"
    elif x < 0:
        return "negative"
print(nothing(), bare(), multiple(), conditional(5), conditional(-5), conditional(0))
a, b, c = multiple()
print(a, b, c, type(multiple()).__name__)
def early(items):
    for i, item in enumerate(items):
        if item is None:
            return i
    return -1
print(early([1, None, 3]), early([]), early([0, 0]))
def returns_function():
    def inner(x):
        return x * 3
    return inner
print(returns_function()(7))
def returns_class():
    class Made:
        value = 42
    return Made
print(returns_class().value, returns_class() is returns_class())
def returns_generator():
    return (i for i in range(3))
print(list(returns_generator()))
def star_return():
    rest = [2, 3]
    return 1, *rest
print(star_return())
def in_while():
    n = 0
    while True:
        n += 1
        if n * n > 50:
            return n
print(in_while())
def in_try():
    try:
        return int("12")
    except ValueError:
        return None
print(in_try())
def recursion_sum(lst):
    if not lst:
        return 0
    return lst[0] + recursion_sum(lst[1:])
print(recursion_sum(list(range(50))))
print((lambda: (1, 2))(), (lambda: None)())
