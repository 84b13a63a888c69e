# Exceptions unwinding through many frames with cleanup at each level.
cleanup = []
def recurse(n):
    try:
        if n == 0:
            raise LookupError("bottom reached")
        return recurse(n - 1)
    finally:
        cleanup.append(n)
try:
    recurse(10)
except LookupError as e:
    print(e)
print(cleanup)
def catch_at(level, target):
    if level == 0:
        raise ValueError("from 0")
    try:
        catch_at(level - 1, target)
    except ValueError as e:
        if level == target:
            return "caught at %d" % level
        raise
    return "unreached"
print(catch_at(5, 3))
def mixed(n):
    if n == 0:
        raise KeyError("k")
    try:
        mixed(n - 1)
    except KeyError:
        if n % 2:
            raise IndexError("converted at %d" % n)
        raise
try:
    mixed(4)
except IndexError as e:
    chain = []
    while e:
        chain.append("%s:%s" % (type(e).__name__, e))
        e = e.__context__
    print(chain)
def count_depth(n):
    try:
        return count_depth(n + 1)
    except RecursionError:
        return n
d = count_depth(0)
print(d > 100)
def recover():
    try:
        return recover()
    except RecursionError:
        return "recovered"
print(recover())
print("still working:", sum(range(10)))
