# Exception suppression by __exit__ return value (truthiness), and exceptions raised by __exit__.
class Suppress:
    def __init__(self, *types, ret=True):
        self.types = types
        self.ret = ret
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if t is not None and issubclass(t, self.types):
            self.caught = v
            return self.ret
        return None
with Suppress(ZeroDivisionError) as s:
    1 / 0
print("suppressed:", repr(s.caught))
try:
    with Suppress(ZeroDivisionError):
        [][1]
except IndexError as e:
    print("not suppressed:", e)
for ret in (1, "yes", [1], 0, "", None):
    try:
        with Suppress(ValueError, ret=ret):
            raise ValueError("v")
        print(repr(ret), "suppresses")
    except ValueError:
        print(repr(ret), "does not suppress")
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        raise RuntimeError("from exit")
try:
    with ExitRaises():
        raise ValueError("original")
except RuntimeError as e:
    print("RuntimeError", e, "context:", repr(e.__context__))
try:
    with ExitRaises():
        pass
except RuntimeError as e:
    print("RuntimeError", e, "context:", e.__context__)
def in_function():
    with Suppress(KeyError):
        {}["missing"]
        return "not returned"
    return "after with"
print(in_function())
class Counting:
    count = 0
    def __enter__(self):
        return self
    def __exit__(self, *args):
        Counting.count += 1
        return True
for i in range(5):
    with Counting():
        if i % 2:
            raise Exception(i)
print(Counting.count)
