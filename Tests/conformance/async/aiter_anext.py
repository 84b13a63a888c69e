# Builtins aiter() and anext() (with and without a default).
import asyncio

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

class Manual:
    def __init__(self):
        self.n = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return self.n * 100

async def main():
    g = agen(2)
    print(aiter(g) is g)
    print(await anext(g), await anext(g))
    print(await anext(g, "default"))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    m = aiter(Manual())
    print(await anext(m), await anext(m), await anext(m, None))
    try:
        aiter(5)
    except TypeError as e:
        print("TypeError:", e)
    try:
        anext([1])
    except TypeError as e:
        print("TypeError:", e)
    class BadAiter:
        def __aiter__(self):
            return 1
    try:
        aiter(BadAiter())
    except TypeError as e:
        print("TypeError:", e)
    aw = anext(agen(0), "empty")
    print(type(aw).__name__, await aw)

asyncio.run(main())

# driven by hand
async def one():
    yield "only"
c = anext(one(), "dflt")
try:
    c.send(None)
except StopIteration as e:
    print("first", e.value)
