# Uncaught RecursionError from unbounded recursion.
import sys
def depth_ok(n):
    return 0 if n == 0 else 1 + depth_ok(n - 1)
print(depth_ok(100))
print(sys.getrecursionlimit() >= 1000)
def safe(n):
    try:
        return safe(n + 1)
    except RecursionError:
        return "recovered"
print(safe(0))
def countdown(n):
    if n == 0:
        return "done"
    return countdown(n - 1)
print(countdown(50))
def forever(n):
    return forever(n + 1) + 1
print("now uncaught")
forever(0)
print("never printed")
