# add_reader/add_writer on pipes: the loop waits in select() for descriptors and timers.
import asyncio
import os
import threading
import time

async def main():
    loop = asyncio.get_running_loop()
    r, w = os.pipe()
    os.set_blocking(r, False)
    got = []
    done = loop.create_future()
    def on_readable():
        data = os.read(r, 100)
        got.append(data)
        if data.endswith(b"!"):
            loop.remove_reader(r)
            done.set_result(b"".join(got))
    loop.add_reader(r, on_readable)
    def writer_thread():
        for chunk in (b"hel", b"lo", b"!"):
            time.sleep(0.01)
            os.write(w, chunk)
    t = threading.Thread(target=writer_thread)
    t.start()
    ticks = 0
    while not done.done():
        await asyncio.sleep(0.002)
        ticks += 1
    print("read", await done, "loop kept ticking:", ticks > 0)
    t.join()

    # writable: a fresh pipe is writable at once
    wrote = loop.create_future()
    def on_writable():
        loop.remove_writer(w)
        os.write(w, b"x")
        wrote.set_result(True)
    loop.add_writer(w, on_writable)
    print("writable", await wrote, os.read(r, 10))
    print(loop.remove_reader(r), loop.remove_writer(w))

    # wait for readability with a future and a timeout
    async def wait_readable(fd):
        fut = loop.create_future()
        loop.add_reader(fd, lambda: fut.done() or fut.set_result(None))
        try:
            await fut
        finally:
            loop.remove_reader(fd)
    try:
        await asyncio.wait_for(wait_readable(r), 0.02)
    except TimeoutError:
        print("nothing to read: timed out")
    loop.call_later(0.005, os.write, w, b"late")
    await wait_readable(r)
    print(os.read(r, 10))
    os.close(r)
    os.close(w)

asyncio.run(main())
