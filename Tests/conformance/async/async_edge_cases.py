# Unwinding and state corner cases of coroutines, driven by hand.
import sys

class Step:
    def __await__(self):
        return (yield "step")

def run(coro):
    n = 0
    sent = None
    while True:
        try:
            coro.send(sent)
            n += 1
            sent = n
        except StopIteration as e:
            return e.value

class ACM:
    def __init__(self, log, name):
        self.log, self.name = log, name
    async def __aenter__(self):
        self.log.append("enter " + self.name)
        await Step()
        return self
    async def __aexit__(self, *exc):
        await Step()
        self.log.append("exit %s %s" % (self.name, exc[0].__name__ if exc[0] else None))

class AIter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Step()
        self.i += 1
        if self.i > self.n:
            raise StopAsyncIteration
        return self.i

async def return_from_nested():
    log = []
    async for i in AIter(5):
        async with ACM(log, "m%d" % i):
            if i == 2:
                return log, i
    return log, None
print(run(return_from_nested()))

async def break_in_finally_loop():
    log = []
    async for i in AIter(5):
        try:
            if i == 3:
                break
        finally:
            await Step()
            log.append("finally %d" % i)
    return log
print(run(break_in_finally_loop()))

async def exc_info_across_await():
    try:
        raise KeyError("outer")
    except KeyError:
        await Step()
        a = repr(sys.exc_info()[1])
        try:
            raise ValueError("inner")
        except ValueError:
            await Step()
            b = repr(sys.exc_info()[1])
        c = repr(sys.exc_info()[1])
    return a, b, c, sys.exc_info()[1]
print(run(exc_info_across_await()))

async def await_in_finally():
    try:
        try:
            await Step()
            raise IndexError("x")
        finally:
            v = await Step()
    except IndexError as e:
        return "caught after finally", v
print(run(await_in_finally()))

# throw() goes down a chain of awaits
async def leaf():
    try:
        await Step()
    except ZeroDivisionError as e:
        return "leaf handled " + str(e)
async def middle():
    return await leaf()
async def top():
    r = await middle()
    return r
t = top()
t.send(None)
print(type(t.cr_await).__name__, t.cr_await.cr_await.__qualname__ if hasattr(t.cr_await, "cr_await") else None)
try:
    t.throw(ZeroDivisionError("zd"))
except StopIteration as e:
    print(e.value)

# close() runs finally blocks through the await chain
async def closing_leaf(log):
    try:
        await Step()
    finally:
        log.append("leaf finally")
async def closing_top(log):
    try:
        await closing_leaf(log)
    finally:
        log.append("top finally")
log = []
c = closing_top(log)
c.send(None)
c.close()
print(log, c.cr_frame)

# async generator: aclose while suspended; finally with await
async def agen_with_cleanup(log):
    try:
        yield 1
        yield 2
    finally:
        await Step()
        log.append("agen cleanup")
async def use_agen():
    log = []
    g = agen_with_cleanup(log)
    async for v in g:
        break
    await g.aclose()
    return log
print(run(use_agen()))

# athrow into a generator suspended in an await
async def agen_awaiting():
    try:
        await Step()
        yield "never"
    except OSError as e:
        yield "handled " + str(e)
async def athrow_during_await():
    g = agen_awaiting()
    nxt = g.__anext__()
    aw = nxt.__await__()
    next(aw)            # suspended inside Step
    try:
        aw.throw(OSError("io"))
    except StopIteration as e:
        return e.value
print(run(athrow_during_await()))

# closures, defaults, *args/**kwargs, decorators on async functions
def deco(fn):
    async def wrapper(*a, **k):
        return "deco(" + str(await fn(*a, **k)) + ")"
    return wrapper
@deco
async def combined(a, b=2, *rest, key="k", **extra):
    async def inner():
        await Step()
        return a + b + sum(rest)
    return (await inner(), key, sorted(extra))
print(run(combined(1, 2, 3, 4, key="K", z=1, y=2)))

# coroutine methods and class-level async
class Service:
    def __init__(self):
        self.calls = 0
    async def call(self, x):
        self.calls += 1
        await Step()
        return x * 2
    @staticmethod
    async def static(x):
        return -x
    @classmethod
    async def klass(cls):
        return cls.__name__
async def use_service():
    s = Service()
    return [await s.call(3), await Service.static(4), await Service.klass(), s.calls]
print(run(use_service()))

# await inside expressions
async def value(v):
    await Step()
    return v
async def expressions():
    d = {await value("k"): [await value(i) for i in range(2)]}
    s = f"{await value('f')}-{await value(1) + await value(2)}"
    cond = await value(1) if await value(False) else await value(2)
    return d, s, cond, (await value(3)) ** 2
print(run(expressions()))
