# Async generators driven by hand: __anext__, asend, athrow, aclose, async genexprs.
class Yield:
    def __await__(self):
        return (yield "tick")

def run(coro):
    sent = None
    while True:
        try:
            got = coro.send(sent)
            sent = "resumed"
        except StopIteration as e:
            return e.value

async def agen(n):
    try:
        for i in range(n):
            r = await Yield()
            got = yield i
            print("agen got", got, "await gave", r)
    finally:
        print("agen finally")

g = agen(3)
print(type(g).__name__, g.__name__, g.ag_running, g.ag_code.co_name)
print(bool(g.ag_code.co_flags & 0x200))
print(g.__aiter__() is g)

async def consume():
    out = []
    async for v in agen(3):
        out.append(v)
    return out
print(run(consume()))

async def asend_demo():
    g = agen(5)
    first = await g.__anext__()
    second = await g.asend("hello")
    try:
        await g.athrow(KeyError("boom"))
    except KeyError as e:
        print("athrow propagated", repr(e))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted after athrow")
    return first, second
print(run(asend_demo()))

async def aclose_demo():
    g = agen(5)
    await g.__anext__()
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("closed generator raises StopAsyncIteration")
    return "ok"
print(run(aclose_demo()))

async def catching():
    while True:
        try:
            yield "x"
        except ValueError:
            yield "caught"
            return

async def athrow_caught():
    g = catching()
    a = await g.__anext__()
    b = await g.athrow(ValueError)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        c = "stop"
    return a, b, c
print(run(athrow_caught()))

async def ignores_exit():
    try:
        yield 1
    finally:
        yield 2
async def ignore_demo():
    g = ignores_exit()
    await g.__anext__()
    try:
        await g.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    return "ok"
print(run(ignore_demo()))

# StopAsyncIteration raised inside becomes RuntimeError
async def leaky():
    yield 1
    raise StopAsyncIteration
async def leak_demo():
    out = []
    try:
        async for v in leaky():
            out.append(v)
    except RuntimeError as e:
        out.append(str(e))
    return out
print(run(leak_demo()))

# reusing an awaitable
async def reuse():
    g = agen(2)
    nxt = g.__anext__()
    v = await nxt
    try:
        await nxt
    except RuntimeError as e:
        print("RuntimeError:", e)
    await g.aclose()
    return v
print(run(reuse()))

# async generator expressions
async def arange(n):
    for i in range(n):
        await Yield()
        yield i

async def genexp_demo():
    ge = (i * 10 async for i in arange(4) if i % 2 == 0)
    print(type(ge).__name__)
    return [v async for v in ge]
print(run(genexp_demo()))

def sync_outer():
    # a genexpr with async for is allowed in a plain function: it is an async generator
    return (x async for x in arange(2))
ge = sync_outer()
print(type(ge).__name__)
async def drain(it):
    return [x async for x in it]
print(run(drain(ge)))

# hooks
import sys
seen = []
old = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(firstiter=lambda g: seen.append(g.__name__))
print(run(drain(arange(2))))
sys.set_asyncgen_hooks(*old)
print(seen)
