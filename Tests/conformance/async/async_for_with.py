# async for / async with / async comprehensions, driven by hand.
class Yield:
    def __await__(self):
        yield "tick"

def run(coro):
    ticks = 0
    while True:
        try:
            coro.send(None)
            ticks += 1
        except StopIteration as e:
            return e.value, ticks

class Counter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Yield()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def loop_else():
    out = []
    async for x in Counter(3):
        out.append(x)
    else:
        out.append("else")
    async for x in Counter(5):
        if x == 2:
            continue
        if x == 4:
            break
        out.append(x)
    else:
        out.append("not reached")
    return out
print(run(loop_else()))

class Manager:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    async def __aenter__(self):
        await Yield()
        print("enter", self.name)
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        await Yield()
        print("exit", self.name, et.__name__ if et else None)
        return self.suppress

async def with_cases():
    async with Manager("a") as a, Manager("b") as b:
        print("body", a, b)
    async with Manager("c", suppress=True):
        raise ValueError("hidden")
    try:
        async with Manager("d"):
            raise KeyError("seen")
    except KeyError as e:
        print("propagated", repr(e))
    for i in range(3):
        async with Manager("loop%d" % i):
            if i == 1:
                break
    return "done"
print(run(with_cases()))

async def returns_inside():
    async with Manager("r"):
        return "from inside"
print(run(returns_inside()))

async def comprehensions():
    a = [x async for x in Counter(3)]
    b = {x: x * x async for x in Counter(2)}
    c = {x async for x in Counter(3) if x != 2}
    async def double(v):
        await Yield()
        return v * 2
    d = [await double(x) for x in range(3)]
    e = [y for x in range(2) async for y in Counter(x + 1)]
    return a, b, sorted(c), d, e
print(run(comprehensions()))

# errors
class NoAnext:
    def __aiter__(self):
        return self
async def bad_for():
    async for x in NoAnext():
        pass
try:
    run(bad_for())
except TypeError as e:
    print("TypeError:", e)
async def bad_with():
    async with object():
        pass
try:
    run(bad_with())
except TypeError as e:
    print("TypeError:", e)

# exception inside async for body propagates and the iterator is left alone
async def raising():
    async for x in Counter(3):
        if x == 2:
            raise ValueError(x)
try:
    run(raising())
except ValueError as e:
    print("ValueError", e)
