# asyncio.TaskGroup (3.11): results, failure -> ExceptionGroup, siblings cancelled, except*.
import asyncio

async def work(name, delay, fail=None):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print("cancelled", name)
        raise
    if fail:
        raise fail
    print("finished", name)
    return name

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(work("a", 0.05))
        t2 = tg.create_task(work("b", 0.01), name="named-b")
    print(t1.result(), t2.result(), t2.get_name())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("slow", 1))
            tg.create_task(work("boom", 0.05, ValueError("boom")))
            tg.create_task(work("quick", 0.001))
    except ExceptionGroup as eg:
        print("group:", eg.message, [repr(e) for e in eg.exceptions])

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("x", 0, KeyError("k")))
            tg.create_task(work("y", 0, TypeError("t")))
    except* KeyError as eg:
        print("except* KeyError", [repr(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("except* TypeError", [repr(e) for e in eg.exceptions])

    # an error in the body itself cancels the children and joins the group
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("child", 1))
            await asyncio.sleep(0)
            raise RuntimeError("body failed")
    except ExceptionGroup as eg:
        print("body error:", [repr(e) for e in eg.exceptions])

    tg = asyncio.TaskGroup()
    early = work("early", 0)
    try:
        tg.create_task(early)
    except RuntimeError as e:
        print("RuntimeError:", "has not been entered" in str(e))
    early.close()
    coro = work("late", 0)
    async with tg:
        pass
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", "is finished" in str(e))
    coro.close()

    # timeout around a task group
    try:
        async with asyncio.timeout(0.1):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(work("long1", 1))
                tg.create_task(work("short", 0.001))
    except TimeoutError:
        print("task group timed out")

asyncio.run(main())
