# Annotations on functions, variables and classes (evaluated eagerly in 3.11).
def f(a: int, b: "str" = "x", *args: float, c: list = None, **kw: dict) -> bool:
    return True
print(f.__annotations__)
class P:
    x: int
    y: str = "default"
    z: list[int] = []
print(P.__annotations__, P.y, hasattr(P, "x"))
def g():
    local: int = 5
    unassigned: str
    return local
print(g(), g.__annotations__)
order = []
def ann(tag):
    order.append(tag)
    return tag
def h(p: ann("p"), q: ann("q") = ann("default")) -> ann("ret"):
    pass
print(order, h.__annotations__)
v: int = 10
w: float
print(__annotations__, v, "w" in globals())
class Q:
    a: int = 1
    def __init__(self):
        self.b: str = "instance"
print(Q.__annotations__, Q().b)
lst = [0]
lst[0]: int = 5
print(lst)
def no_ann(a, b):
    pass
print(no_ann.__annotations__)
print(type(f.__annotations__).__name__)
x: tuple[int, ...] = (1, 2)
print(x, __annotations__["x"])
