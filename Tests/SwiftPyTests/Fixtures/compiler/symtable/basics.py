import os, os.path as osp
import a.b.c
from x import y as z, w
g = 1
def f(a, b=1, *args, c, d=2, **kw):
    global g
    g = a
    x = b
    del x
    print(args, kw, c, d)
    return len(os.sep)

def h(p, /, q):
    for i in range(p):
        if i:
            break
    else:
        pass
    while q:
        q -= 1
    try:
        r = 1
    except ValueError as e:
        s = e
    finally:
        t = 2
    with open(p) as (u, v):
        pass
    return i, r, s, t, u, v

lambda x, *y, z=3, **w: x + y + z + w + g
x: int = 3
y: str
z.attr: int = 4
