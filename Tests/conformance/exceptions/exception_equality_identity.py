# Exceptions compare by identity; re-raising keeps the same object; exceptions in containers.
a = ValueError("x")
b = ValueError("x")
print(a == b, a == a, a is not b, a.args == b.args, hash(a) == hash(a))
caught = []
for exc in (a, a, b):
    try:
        raise exc
    except ValueError as e:
        caught.append(e)
print(caught[0] is caught[1], caught[0] is caught[2], len({id(c) for c in caught}))
errors = {}
for i, s in enumerate(["1", "x", "2", "y"]):
    try:
        int(s)
    except ValueError as e:
        errors[i] = e
print(sorted(errors), [str(e) for e in errors.values()])
def collect(*funcs):
    out = []
    for f in funcs:
        try:
            f()
        except Exception as e:
            out.append(type(e).__name__)
        else:
            out.append("ok")
    return out
print(collect(lambda: 1 / 0, lambda: None, lambda: [][0], lambda: {}["k"], lambda: int("z"), lambda: None.x))
class E(Exception):
    def __eq__(self, other):
        return isinstance(other, E) and self.args == other.args
    __hash__ = Exception.__hash__
print(E(1) == E(1), E(1) == E(2), E(1) in [E(1)])
try:
    raise E("in list")
except E as e:
    print(e in [E("in list")], e.args)
excs = [KeyError("a"), ValueError("b"), KeyError("c")]
print([str(e) for e in excs if isinstance(e, KeyError)])
print(sorted([type(e).__name__ for e in excs]))
