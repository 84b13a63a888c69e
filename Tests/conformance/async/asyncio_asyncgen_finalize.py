# Unfinished async generators: the loop finalizer hook acloses them (at once when dropped, or at asyncio.run shutdown).
import asyncio
async def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        await asyncio.sleep(0)
        print("cleanup", tag)
async def main():
    async for v in gen("a"):
        break
    print("after break")
    for _ in range(5):   # loop iterations, not time: the finalizer's aclose task runs meanwhile
        await asyncio.sleep(0)
    g = gen("b")
    await g.__anext__()
    global keep
    keep = g
    print("main done")
asyncio.run(main())
print("end")
