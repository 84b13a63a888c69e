# return / break / continue / exceptions leaving with blocks, including suppressing managers.
class Tracker:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print(" enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print(" exit", self.name, "exc" if t else "clean")
        return self.suppress
def early_return():
    with Tracker("r"):
        return "early"
    return "late"
print(early_return())
def suppressed_return():
    with Tracker("s", suppress=True):
        raise ValueError
    return "after suppressed"
print(suppressed_return())
for i in range(3):
    with Tracker("loop%d" % i):
        if i == 0:
            continue
        if i == 1:
            break
print("loop done")
def nested_return():
    with Tracker("outer"):
        with Tracker("inner"):
            return "nested"
print(nested_return())
def suppress_in_loop():
    out = []
    for i in range(3):
        with Tracker("sup%d" % i, suppress=True):
            if i == 1:
                raise KeyError(i)
            out.append(i)
    return out
print(suppress_in_loop())
def return_overridden_by_exit():
    class Raiser:
        def __enter__(self):
            return self
        def __exit__(self, *a):
            raise RuntimeError("exit raised after return")
    try:
        with Raiser():
            return "lost"
    except RuntimeError as e:
        return str(e)
print(return_overridden_by_exit())
