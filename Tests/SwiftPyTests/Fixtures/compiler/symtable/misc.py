def defaults(a=lambda: b, *, c=[i for i in range(3)]):
    pass

@decorator(arg)
def decorated(x: int, *args: str, y: float = 1.0, **kw: dict) -> None:
    pass

@dec
class K:
    pass

def uses_builtins():
    return print, len, __name__

def except_names():
    try:
        pass
    except Exception as err:
        pass
    return err

def imports():
    import json
    from os import path
    import xml.dom
    return json, path, xml

def annotated():
    x: int
    y: int = 1
    (z): int = 2
    return x, y, z

def star_targets():
    a, *b = [1, 2, 3]
    [c, (d, *e)] = 1, (2, 3)
    for f, *g in []:
        pass
    return a, b, c, d, e, f, g

def fstrings(v, w):
    return f"{v!r:>{w}} {v=}"

def aug(obj):
    obj.x += 1
    obj[0] *= 2
    n = 0
    n **= 2
    return n

class WithMethods:
    def __init__(self):
        self.v = [self for _ in range(2)]
    @property
    def p(self):
        return self.v
    @staticmethod
    def s():
        return WithMethods
