# Tasks, gather ordering by delays, cancellation, wait_for, wait, as_completed, shield.
import asyncio

log = []

async def job(name, delay, fail=False):
    log.append("start " + name)
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    log.append("end " + name)
    return name

async def gathering():
    res = await asyncio.gather(job("slow", 0.15), job("fast", 0.05), job("mid", 0.1))
    print(res)
    print(log)
    res = await asyncio.gather(job("ok", 0.01), job("bad", 0.005, fail=True), return_exceptions=True)
    print([type(r).__name__ if isinstance(r, BaseException) else r for r in res])
    try:
        await asyncio.gather(job("ok2", 0.01), job("bad2", 0.001, fail=True))
    except ValueError as e:
        print("gather raised", e)
    print(await asyncio.gather())
    await asyncio.sleep(0.02)

async def cancelling():
    async def forever():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            print("forever saw CancelledError")
            raise
        finally:
            print("forever cleanup")
    t = asyncio.create_task(forever())
    await asyncio.sleep(0)
    print("cancel ->", t.cancel("stop it"))
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiting cancelled task:", type(e).__name__, e.args)
    print(t.cancelled(), t.done(), t.cancel())
    try:
        t.result()
    except asyncio.CancelledError:
        print("result() raises CancelledError")

    # cancel before it ever runs
    t2 = asyncio.create_task(job("never", 0))
    t2.cancel()
    await asyncio.sleep(0)
    print("t2 cancelled", t2.cancelled())

    # a task that swallows cancellation finishes normally
    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return "swallowed"
    t3 = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t3.cancel()
    print(await t3, t3.cancelled())

    # cancelling gather cancels the children
    kids = [asyncio.create_task(asyncio.sleep(10)) for _ in range(2)]
    g = asyncio.gather(*kids)
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", [k.cancelled() for k in kids])

async def timeouts():
    try:
        await asyncio.wait_for(asyncio.sleep(10), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("wait_for timed out", type(e).__name__, type(e.__cause__).__name__)
    print(await asyncio.wait_for(job("quick", 0.001), timeout=1))
    print(await asyncio.wait_for(job("none", 0), timeout=None))
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(10)
    except TimeoutError:
        print("timeout() expired", cm.expired())
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0)
    print("within timeout", cm.expired())
    async with asyncio.timeout(None) as cm:
        cm.reschedule(asyncio.get_running_loop().time() + 0.005)
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("body saw cancellation")
            raise
    print("not reached")

async def waiting():
    a = asyncio.create_task(job("w1", 0.01))
    b = asyncio.create_task(job("w2", 0.15))
    done, pending = await asyncio.wait({a, b}, return_when=asyncio.FIRST_COMPLETED)
    print("first completed", [t.result() for t in done], len(pending))
    done, pending = await asyncio.wait({a, b})
    print("all completed", sorted(t.result() for t in done), len(pending))
    c = asyncio.create_task(asyncio.sleep(10))
    done, pending = await asyncio.wait([c], timeout=0.01)
    print("timeout", len(done), len(pending))
    c.cancel()
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    order = []
    for fut in asyncio.as_completed([job("c3", 0.15), job("c1", 0.05), job("c2", 0.1)]):
        order.append(await fut)
    print("as_completed", order)

    inner = asyncio.create_task(job("shielded", 0.02))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("shield cancelled; inner cancelled?", inner.cancelled())
    print("inner result", await inner)

async def main():
    await gathering()
    await cancelling()
    try:
        await timeouts()
    except TimeoutError:
        print("rescheduled timeout expired")
    await waiting()
    print("current task", asyncio.current_task().get_name() == main_task_name[0])
    print("all tasks", len(asyncio.all_tasks()))

main_task_name = []
async def entry():
    main_task_name.append(asyncio.current_task().get_name())
    await main()
asyncio.run(entry())
