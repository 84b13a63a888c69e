"""Module docstring."""
import os
import a.b.c as d, e
from ..x import (a, b as c,)
from . import y
from ...pkg.mod import *
from __future__ import annotations
x = 1
a = b = c = 2
a, b = b, a
[a, *b] = c
(a, b), c = d
x.y = z[1] = w
x: int
y: list[int] = []
(z): int = 3
a.b: str
c[0]: int = 1
x += 1; y -= 2; z *= 3
x @= m; x /= 2; x //= 2; x %= 3; x **= 2; x >>= 1; x <<= 1; x &= 1; x |= 1; x ^= 1
del a, b[0], c.d
del (a, b), [c]
global g1, g2
pass
assert x, "msg"
assert y
raise
raise E
raise E("x") from None
x = yield
y = yield from z
z = await w
...
print(x, end="")
