# Uncaught AssertionError with a message.
def mean(xs):
    assert len(xs) > 0, "mean of empty list"
    return sum(xs) / len(xs)
print(mean([1, 2, 3]), mean([2.5]))
try:
    mean([])
except AssertionError as e:
    print("caught:", e)
checks = [(1, 1), (2, 2), (3, 3)]
for a, b in checks:
    assert a == b, "mismatch %r != %r" % (a, b)
    print("ok", a)
print("all checks passed")
balance = 100
for amount in (30, 50, 40):
    print("withdraw", amount)
    balance -= amount
    assert balance >= 0, f"balance went negative: {balance}"
print("never printed")
