# contextvars, alone and with asyncio (each task runs in a copy of its creator's context).
import asyncio
import contextvars
import threading

var = contextvars.ContextVar("var", default="dflt")
other = contextvars.ContextVar("other")
print(var.name, var.get(), other.get("fallback"))
try:
    other.get()
except LookupError:
    print("LookupError")
tok = var.set("one")
print(var.get(), tok.var is var, tok.old_value is contextvars.Token.MISSING)
var.reset(tok)
print(var.get())
try:
    var.reset(tok)
except RuntimeError:
    print("RuntimeError: token used")

ctx = contextvars.copy_context()
var.set("outer")
print(ctx.get(var, "absent"), var in ctx, len(ctx))
def inside(x):
    var.set(x)
    return var.get(), list(contextvars.copy_context().items()) == [(var, x)]
print(ctx.run(inside, "in-ctx"), var.get(), ctx[var])
try:
    ctx.run(ctx.run, print)
except RuntimeError:
    print("RuntimeError: already entered")
try:
    ctx["x"]
except TypeError as e:
    print("TypeError:", e)
try:
    class Sub(contextvars.ContextVar):
        pass
except TypeError as e:
    print("TypeError:", e)

# a new thread starts with an empty context
seen = []
t = threading.Thread(target=lambda: seen.append(var.get()))
t.start(); t.join()
print("thread sees", seen)

request = contextvars.ContextVar("request")

async def handler(n):
    request.set("req-%d" % n)
    await asyncio.sleep(0.001 * (3 - n))
    return await inner()

async def inner():
    await asyncio.sleep(0)
    return request.get()

async def main():
    request.set("main")
    results = await asyncio.gather(*(handler(i) for i in range(3)))
    print(results, "main still", request.get())
    t = asyncio.create_task(inner())
    request.set("changed after create_task")
    print("task sees", await t)
    print("to_thread sees", await asyncio.to_thread(request.get))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(lambda: fut.set_result(request.get()))
    print("callback sees", await fut)
    c2 = contextvars.Context()
    t2 = asyncio.create_task(inner(), context=c2) if hasattr(asyncio, "create_task") else None
    try:
        await t2
    except LookupError:
        print("explicit empty context: LookupError")

asyncio.run(main())
