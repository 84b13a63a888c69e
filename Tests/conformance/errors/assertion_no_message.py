# Uncaught AssertionError without a message: the last stderr line is just the class name.
def is_sorted(xs):
    return all(a <= b for a, b in zip(xs, xs[1:]))
data = [1, 2, 2, 5]
assert is_sorted(data)
print("sorted:", data)
try:
    assert is_sorted([2, 1])
except AssertionError as e:
    print("caught:", repr(e), e.args)
data.append(0)
print("appended 0:", data)
def check(xs):
    print("checking", len(xs), "items")
    assert is_sorted(xs)
check([])
check(sorted(data))
print("sorted copy checked")
check(data)
print("never printed")
