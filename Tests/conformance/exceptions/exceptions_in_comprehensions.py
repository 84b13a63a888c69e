# Exceptions raised inside comprehensions, generator expressions, map/filter and sorted key functions.
def safe(fn):
    try:
        return fn()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)
print(safe(lambda: [1 // x for x in [1, 2, 0, 4]]))
print(safe(lambda: {k: 1 / v for k, v in {"a": 1, "b": 0}.items()}))
print(safe(lambda: {int(s) for s in ["1", "two"]}))
gen = (10 // x for x in [5, 0, 2])
print(next(gen), safe(lambda: next(gen)), next(gen, "generator finished after error"))
print(safe(lambda: list(map(int, ["1", "2", "x"]))))
print(safe(lambda: sorted(["a", "bb", None], key=len)))
print(safe(lambda: sum(x for x in [1, "2"])))
print(safe(lambda: max([1, 2], key=lambda v: 1 / (v - 2))))
print(safe(lambda: [y for x in [[1], None] for y in x]))
collected = []
def track(x):
    collected.append(x)
    if x == 3:
        raise ValueError("stop at 3")
    return x
print(safe(lambda: [track(x) for x in range(10)]), collected)
def partial_results():
    out = []
    try:
        for x in range(5):
            out.append(10 // (2 - x))
    except ZeroDivisionError:
        pass
    return out
print(partial_results())
print(safe(lambda: dict((k, v) for k, v in [("a", 1), ("b",)])))
print(safe(lambda: [x for x in 5]))
print(safe(lambda: all(x.upper() for x in ["a", 1])))
