# asyncio.Lock / Event / Condition / Semaphore / BoundedSemaphore.
import asyncio

async def main():
    lock = asyncio.Lock()
    trace = []
    async def critical(name):
        async with lock:
            trace.append(name + " in")
            await asyncio.sleep(0.001)
            trace.append(name + " out")
    await asyncio.gather(critical("a"), critical("b"), critical("c"))
    print(trace)
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    ev = asyncio.Event()
    async def waiter(i):
        await ev.wait()
        return i
    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("set?", ev.is_set())
    ev.set()
    print(await asyncio.gather(*ws), ev.is_set())
    ev.clear()
    print("cleared", ev.is_set())

    cond = asyncio.Condition()
    items = []
    async def consume(name):
        async with cond:
            await cond.wait_for(lambda: items)
            return name, items.pop(0)
    cs = [asyncio.create_task(consume(n)) for n in ("c1", "c2")]
    await asyncio.sleep(0)
    async with cond:
        items.extend(["x", "y"])
        cond.notify_all()
    print(sorted(await asyncio.gather(*cs)))
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)

    sem = asyncio.Semaphore(2)
    active = 0
    peak = 0
    async def limited(i):
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            await asyncio.sleep(0.002)
            active -= 1
        return i
    print(await asyncio.gather(*(limited(i) for i in range(5))), "peak", peak)
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)

    # cancelling a task waiting for a lock
    await lock.acquire()
    t = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("lock waiter cancelled")
    lock.release()
    print("lock free", not lock.locked())

asyncio.run(main())
