# with with several items: enter order, reverse exit order, failure in a later __enter__.
class CM:
    def __init__(self, name, fail_enter=False, suppress=False):
        self.name = name
        self.fail_enter = fail_enter
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise KeyError(self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.suppress
with CM("a") as a, CM("b") as b, CM("c") as c:
    print("body", a, b, c)
try:
    with CM("x"), CM("y", fail_enter=True), CM("z"):
        print("not reached")
except KeyError as e:
    print("KeyError", e)
with CM("outer", suppress=True), CM("inner"):
    raise ValueError("suppressed by outer")
print("after suppression")
with (
    CM("p") as p,
    CM("q") as q,
):
    print("parenthesized", p, q)
with CM("s1", suppress=True) as s1, CM("s2") as s2:
    raise TypeError
print("continued")
try:
    with CM("m1"), CM("m2", suppress=True):
        raise IndexError("inner suppresses")
    print("inner suppressed, m1 saw nothing")
except IndexError:
    print("not here")
