# Event loop API: call_soon/call_later/call_at, run_until_complete, futures, handles.
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.is_running(), loop.is_closed())
order = []
t0 = loop.time()   # call_at below is relative to a time taken before the call_later deadlines
loop.call_later(0.02, order.append, "later-20ms")
loop.call_later(0.01, order.append, "later-10ms")
h = loop.call_later(0.015, order.append, "cancelled")
h.cancel()
loop.call_soon(order.append, "soon-1")
loop.call_soon(order.append, "soon-2")
loop.call_at(t0 + 0.005, order.append, "at-5ms")
print(h.cancelled())

async def finish():
    await asyncio.sleep(0.03)
    return "finished"
print(loop.run_until_complete(finish()))
print(order)

fut = loop.create_future()
loop.call_later(0.001, fut.set_result, 99)
print(loop.run_until_complete(fut), fut.done(), fut.result())

f2 = loop.create_future()
seen = []
f2.add_done_callback(lambda f: seen.append(("cb", f.result())))
f2.set_result("v")
try:
    f2.set_result("again")
except asyncio.InvalidStateError:
    print("InvalidStateError")
loop.run_until_complete(asyncio.sleep(0))
print(seen)

f3 = loop.create_future()
try:
    f3.result()
except asyncio.InvalidStateError as e:
    print("InvalidStateError:", e)
f3.set_exception(KeyError("bad"))
print(repr(f3.exception()))

# exceptions in callbacks go to the exception handler
def handler(lp, context):
    print("handler:", context["message"].split(" ")[0:3], repr(context.get("exception")))
loop.set_exception_handler(handler)
loop.call_soon(lambda: 1 / 0)
loop.run_until_complete(asyncio.sleep(0.001))

# get_event_loop / get_running_loop
print(asyncio.get_event_loop() is loop)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
async def inside():
    return asyncio.get_running_loop() is loop, asyncio.get_event_loop() is loop
print(loop.run_until_complete(inside()))

# run_forever + stop
loop.call_later(0.001, loop.stop)
loop.run_forever()
print("stopped", loop.is_running())
loop.close()
print(loop.is_closed())
try:
    loop.call_soon(print)
except RuntimeError as e:
    print("RuntimeError:", e)

# asyncio.run refuses non-coroutines and nesting
try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)
async def nested():
    c = finish()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()
asyncio.run(nested())

print(asyncio.iscoroutinefunction(finish), asyncio.iscoroutinefunction(print))
c = finish()
print(asyncio.iscoroutine(c), asyncio.isfuture(c))
c.close()
