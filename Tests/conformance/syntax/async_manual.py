# async def / await / async for / async with driven manually without an event loop.
class Ready:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        got = yield ("suspend", self.value)
        return "%s+%s" % (self.value, got)
async def inner(x):
    r = await Ready(x)
    return r.upper()
async def outer():
    a = await inner("a")
    b = await inner("b")
    return [a, b]
def drive(coro):
    sent = None
    step = 0
    while True:
        try:
            yielded = coro.send(sent)
        except StopIteration as stop:
            return stop.value
        print("yielded", yielded)
        step += 1
        sent = "s%d" % step
print(drive(outer()))
class ARange:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
class ACtx:
    async def __aenter__(self):
        print("aenter")
        return "ctx"
    async def __aexit__(self, et, ev, tb):
        print("aexit", et.__name__ if et else None)
        return True
async def uses():
    out = []
    async for v in ARange(3):
        out.append(v)
    async with ACtx() as c:
        out.append(c)
        raise ValueError("swallowed")
    out.append([v async for v in ARange(2)])
    return out
print(drive(uses()))
c = outer()
print(type(c).__name__)
c.close()
async def agen():
    for i in range(2):
        yield i
async def consume():
    return [x async for x in agen()]
print(drive(consume()))
