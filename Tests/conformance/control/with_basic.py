# with statement: __enter__/__exit__ calls, as-targets, exit arguments, return/break through with.
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc, tb is not None)
        return False
with CM("a") as v:
    print("body", v)
with CM("b"):
    print("no target")
try:
    with CM("c"):
        raise ValueError("inside")
except ValueError as e:
    print("propagated", e)
def ret():
    with CM("d"):
        return "returned"
print(ret())
for i in range(3):
    with CM("loop%d" % i):
        if i == 1:
            break
        continue
class Holder:
    pass
h = Holder()
with CM("e") as h.attr:
    pass
print(h.attr)
with CM("fg") as (x, y):
    print(x, y)
class EnterFails:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with EnterFails():
        print("body should not run")
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    with object():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
