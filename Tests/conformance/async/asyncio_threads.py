# to_thread and run_in_executor: blocking work in threads, results back on the loop.
import asyncio
import concurrent.futures
import threading
import time

main_thread = threading.get_ident()

def blocking(n, delay):
    time.sleep(delay)
    return n * n, threading.get_ident() != main_thread

def fails():
    raise ZeroDivisionError("in thread")

async def main():
    r = await asyncio.to_thread(blocking, 3, 0.01)
    print("to_thread", r)
    loop = asyncio.get_running_loop()
    futs = [loop.run_in_executor(None, blocking, i, 0.01 * (3 - i)) for i in range(3)]
    print("executor", await asyncio.gather(*futs))
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        print("own pool", await loop.run_in_executor(pool, blocking, 5, 0))
    try:
        await asyncio.to_thread(fails)
    except ZeroDivisionError as e:
        print("exception from thread:", e)

    # the loop keeps running other tasks while threads block
    ticks = []
    async def ticker():
        for i in range(3):
            ticks.append(i)
            await asyncio.sleep(0.005)
    await asyncio.gather(asyncio.to_thread(time.sleep, 0.05), ticker())
    print("ticks while blocked", ticks)

    # run_coroutine_threadsafe from a worker thread into this loop
    async def add(a, b):
        await asyncio.sleep(0)
        return a + b
    def from_thread():
        return asyncio.run_coroutine_threadsafe(add(2, 3), loop).result(timeout=5)
    print("threadsafe", await asyncio.to_thread(from_thread))

    # call_soon_threadsafe wakes a loop that is waiting
    fut = loop.create_future()
    threading.Timer(0.01, lambda: loop.call_soon_threadsafe(fut.set_result, "woken")).start()
    print(await fut)

asyncio.run(main())
