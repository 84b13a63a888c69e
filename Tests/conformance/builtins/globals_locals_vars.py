# globals(), locals(), vars(): contents, mutation effects, differences between scopes.
g = globals()
print(type(g).__name__, g["__name__"], "g" in g, g is globals())
g["injected"] = "via globals()"
print(injected)
def func(a, b=2):
    c = a + b
    loc = locals()
    return sorted(loc)
print(func(1))
def modify_locals():
    x = 1
    locals()["x"] = 100
    return x
print(modify_locals())
def closure():
    free = "free var"
    def inner():
        y = 1
        return sorted(locals()), free
    return inner()
print(closure())
class K:
    a = 1
    b = a + 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(K.names)
print(locals() is globals(), "func" in locals())
class V:
    def __init__(self):
        self.p = 1
        self.q = 2
print(vars(V()), sorted(k for k in vars(V) if not k.startswith("__")))
import math
print(vars(math)["pi"] == math.pi, vars(math) is math.__dict__)
print(sorted(vars().keys()) == sorted(globals().keys()))
try:
    vars(1)
except TypeError as e:
    print("TypeError:", e)
def count_locals(*args, **kwargs):
    first = args[0] if args else None
    return len(locals()), sorted(locals())
print(count_locals(1, 2, k=3))
exec("dynamic_global = 42", globals())
print(dynamic_global, "dynamic_global" in globals())
ns = {}
exec("z = 5", ns)
print(ns["z"], "z" in globals())
