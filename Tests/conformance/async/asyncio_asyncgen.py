# Async generators under asyncio: async for, comprehensions, aclose, cleanup on break.
import asyncio

async def ticker(n, delay):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print("ticker cleanup")

async def pairs(agen):
    prev = None
    async for v in agen:
        if prev is not None:
            yield (prev, v)
        prev = v

async def main():
    async for v in ticker(3, 0.001):
        print("tick", v)
    print([p async for p in pairs(ticker(4, 0))])
    squares = {v: v * v async for v in ticker(3, 0)}
    print(squares)
    g = ticker(10, 0)
    async for v in g:
        if v == 2:
            break
    print("broke at", v)
    await g.aclose()
    print("closed; next raises:", end=" ")
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")

    async def merge(*gens):
        q = asyncio.Queue()
        async def pump(tag, gen):
            async for v in gen:
                await q.put((tag, v))
            await q.put((tag, None))
        tasks = [asyncio.create_task(pump(i, g)) for i, g in enumerate(gens)]
        live = len(gens)
        while live:
            tag, v = await q.get()
            if v is None:
                live -= 1
            else:
                yield tag, v
        await asyncio.gather(*tasks)
    print(sorted([x async for x in merge(ticker(2, 0.001), ticker(3, 0.002))]))

    # anext via __anext__ and asend through the loop
    async def echo():
        received = None
        while True:
            received = yield received
    e = echo()
    await e.__anext__()
    print(await e.asend("hello"), await e.asend("world"))
    await e.aclose()

asyncio.run(main())
