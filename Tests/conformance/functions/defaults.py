# Default argument values: evaluated once at definition, shared mutable defaults, introspection.
trace = []
def default(v):
    trace.append(v)
    return v
def f(a, b=default("b"), c=default("c")):
    return a, b, c
print(trace)
print(f(1), f(1, 2), f(1, c=3))
print(trace)
def append_to(x, acc=[]):
    acc.append(x)
    return acc
r1 = append_to(1)
r2 = append_to(2)
print(r1, r2, r1 is r2)
def safe_append(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe_append(1), safe_append(2))
print(f.__defaults__, append_to.__defaults__)
def g(a, b=1, *, c=2, d):
    return a, b, c, d
print(g.__defaults__, g.__kwdefaults__, g(0, d=3))
g.__defaults__ = (100,)
print(g(0, d=1))
g.__kwdefaults__ = {"c": "new", "d": "dd"}
print(g(0))
n = 10
def capture(x=n):
    return x
n = 20
print(capture())
def h(x=[]):
    x.append(len(x))
    return len(x)
print([h() for _ in range(4)])
class C:
    def m(self, items=()):
        return len(items)
print(C().m(), C().m([1, 2]))
def none_default(x=None):
    return "none" if x is None else x
print(none_default(), none_default(0), none_default(False))
def k(a, b=2, c=3):
    return a + b + c
print(k(1), k(1, c=0), k(*[1, 1, 1]))
