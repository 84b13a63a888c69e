def outer(a, *args, **kw):
    b = 1
    def middle(c):
        nonlocal b
        def inner():
            return a + b + c
        b += 1
        return inner
    class K:
        b = 2
        def m(self):
            return b, a, __class__, super().m()
        def __p(self):
            return self.__q
        attr = [b for _ in range(3)]
        gen = (a for _ in args)
    return middle, K

def cellarg(x, y):
    def g():
        nonlocal x
        x += 1
        return x, y
    return g

def decos():
    @staticmethod
    @outer(1)
    def f(): pass
    @dataclass(frozen=True)
    class D:
        x: int = 0
        y: list = None
    return f, D

def comps(data):
    a = [x for x in data if x for y in range(x) if y]
    b = {k: v for k, v in data.items()}
    c = {x for x in data}
    d = list(x * 2 for x in data)
    e = [[y for y in x] for x in data]
    f = [(last := x) for x in data]
    g = [y for x in data for y in [x * 2]]
    return a, b, c, d, e, f, last, g

def gens():
    x = yield
    y = yield x
    yield from y
    z = (yield)
    return z

async def coro():
    await something()

class Meta(type, metaclass=abc.ABCMeta, extra=1):
    """Doc."""
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)

def defaults(a, b=[], *, c={}, d=lambda: 1):
    return a, b, c, d

def annotated(a: int, /, b: str = "", *args: float, c: "x", **kw: dict) -> None:
    x: int = 1
    y: int
    return x

def imports():
    import os.path
    import os.path as osp
    import a.b.c as abc_mod
    from . import sibling
    from ..pkg import name as alias
    return os, osp, abc_mod, sibling, alias

global_var = 1
def globals_():
    global global_var, other
    global_var += 1
    other = 2
    del other

try:
    pass
except* ValueError:
    pass

match command:
    case [x, y]:
        pass

def star_annotation(*args: *Ts): pass

def async_genexp(n):
    return (i * 2 async for i in arange(n))

async def run():
    return [i async for i in make_arange(10)]
