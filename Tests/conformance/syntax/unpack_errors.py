# ValueError/TypeError messages for failed unpacking.
def attempt(label, fn):
    try:
        fn()
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok")

def too_many():
    a, b = [1, 2, 3]
def not_enough():
    a, b, c = [1, 2]
def not_enough_star():
    a, b, *c = [1]
def not_iterable():
    a, b = 5
def none_unpack():
    a, b = None
def from_gen():
    def g():
        yield 1
        yield 2
        yield 3
    a, b = g()
def from_str():
    a, b = "abc"
def ok_star():
    a, *b, c = [1, 2]
def nested():
    (a, b), c = [1, 2], [3]

for name, fn in [("too_many", too_many), ("not_enough", not_enough),
                 ("not_enough_star", not_enough_star), ("not_iterable", not_iterable),
                 ("none_unpack", none_unpack), ("from_gen", from_gen),
                 ("from_str", from_str), ("ok_star", ok_star), ("nested", nested)]:
    attempt(name, fn)
try:
    for x, y in [(1, 2), (3,)]:
        print("pair", x, y)
except ValueError as e:
    print("loop", e)
