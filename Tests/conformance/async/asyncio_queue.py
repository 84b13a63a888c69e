# Producer/consumer with asyncio.Queue, plus LifoQueue/PriorityQueue and bounded queues.
import asyncio

async def producer(q, n, name):
    for i in range(n):
        await q.put((name, i))
        await asyncio.sleep(0)
    await q.put(None)

async def consumer(q, got, producers):
    done = 0
    while done < producers:
        item = await q.get()
        q.task_done()
        if item is None:
            done += 1
            continue
        got.append(item)

async def main():
    q = asyncio.Queue(maxsize=2)
    got = []
    await asyncio.gather(producer(q, 4, "p1"), producer(q, 3, "p2"), consumer(q, got, 2))
    print(sorted(got))
    print("p1 order", [i for n, i in got if n == "p1"])
    await q.join()
    print("joined", q.qsize(), q.empty(), q.full(), q.maxsize)

    lq = asyncio.LifoQueue()
    pq = asyncio.PriorityQueue()
    for v in [3, 1, 2]:
        lq.put_nowait(v)
        pq.put_nowait((v, "v%d" % v))
    print([lq.get_nowait() for _ in range(3)], [pq.get_nowait()[1] for _ in range(3)])
    try:
        lq.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    small = asyncio.Queue(1)
    small.put_nowait("a")
    try:
        small.put_nowait("b")
    except asyncio.QueueFull:
        print("QueueFull")
    try:
        for _ in range(2):
            small.task_done()
    except ValueError as e:
        print("ValueError:", e)

    # a blocked put() resumes when a getter makes room
    order = []
    async def slow_get():
        await asyncio.sleep(0.01)
        order.append(("got", small.get_nowait()))
    t = asyncio.create_task(slow_get())
    await small.put("b")
    order.append(("put", "b"))
    await t
    print(order, small.get_nowait())

    # cancelling a waiting get()
    q2 = asyncio.Queue()
    getter = asyncio.create_task(q2.get())
    await asyncio.sleep(0)
    getter.cancel()
    try:
        await getter
    except asyncio.CancelledError:
        print("getter cancelled", getter.cancelled())
    q2.put_nowait(1)
    print(await q2.get())

asyncio.run(main())
