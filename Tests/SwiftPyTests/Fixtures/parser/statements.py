if a:
    pass
elif b:
    x = 1
elif c:
    y = 2
else:
    z = 3

while x:
    x -= 1
    if x == 5:
        break
    continue
else:
    done()

for i in range(10):
    print(i)
else:
    pass

for a, (b, c) in items:
    pass

for *a, b in x: pass

for x, in y: pass

try:
    f()
except ValueError:
    pass
except (TypeError, KeyError) as e:
    raise
except:
    pass
else:
    g()
finally:
    h()

try:
    pass
finally:
    pass

try:
    pass
except* ValueError as eg:
    pass
except* (TypeError, OSError):
    pass

with open(f) as fh:
    pass

with a as b, c as d:
    pass

with a, b:
    pass

with (a as b, c as d):
    pass

with (a, b) as (c, d):
    pass

with (yield):
    pass

with (a):
    pass

with (a, b):
    pass

with (
    open(x) as f,
    open(y) as g,
):
    pass

with a as b.c, d as e[0]:
    pass

def f():
    pass

def g(a, b=1, *args, c, d=2, **kwargs) -> int:
    """Doc."""
    return a + b

def h(a, b, /, c, *, d):
    return

def k(a: int, *b: str, c: float = 1.0, **d: dict) -> None: ...

def gen():
    yield
    yield 1
    yield 1, 2
    x = yield y
    yield from z

@decorator
@decorator.with_args(1, 2)
@(lambda f: f)
def decorated():
    pass

class A:
    pass

class B(A, metaclass=M):
    x = 1
    def method(self):
        return self.x

class C():
    pass

@dataclass
class D(Base, *mixins, **kw):
    a: int
    b: str = "x"

async def coro():
    await x
    async for i in y:
        pass
    async with z as w:
        pass
    return [i async for i in aiter()]

def outer():
    x = 1
    def inner():
        nonlocal x
        global y
        x = 2
    return inner

if x: pass
while y: y -= 1
for z in w: continue
class E: pass
def one(): return 1

if a:
    if b:
        if c:
            deep()
        else:
            other()
    x = 1
y = 2
