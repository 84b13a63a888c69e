# Coroutine objects driven by hand: send/throw/close, __await__, attributes, errors.
import types

async def add(a, b):
    return a + b

c = add(1, 2)
print(type(c).__name__, c.__name__, c.__qualname__)
print(c.cr_running, c.cr_await, c.cr_code.co_name, c.cr_frame is not None)
print(bool(c.cr_code.co_flags & 0x80))
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value)
print(c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()   # silent on an exhausted coroutine

class Suspend:
    def __await__(self):
        got = yield "paused"
        return got * 2

async def waiter():
    try:
        v = await Suspend()
    except KeyError as e:
        print("caught", repr(e))
        v = await Suspend()
    return v

w = waiter()
print(w.send(None))
print(type(w.cr_await).__name__)
print(w.throw(KeyError("k")))
try:
    w.send(21)
except StopIteration as e:
    print("value", e.value)

w = waiter()
w.send(None)
w.close()
print("closed", w.cr_frame)

# not iterable, but __await__ gives an iterator
c = add(3, 4)
try:
    iter(c)
except TypeError as e:
    print("TypeError:", e)
it = c.__await__()
print(type(it).__name__)
try:
    next(it)
except StopIteration as e:
    print("via wrapper", e.value)

# await of a non-awaitable
async def bad():
    await 42
try:
    bad().send(None)
except TypeError as e:
    print("TypeError:", e)

class BadAwait:
    def __await__(self):
        return 5
async def bad2():
    await BadAwait()
try:
    bad2().send(None)
except TypeError as e:
    print("TypeError:", e)

# send non-None first
c = add(1, 1)
try:
    c.send(5)
except TypeError as e:
    print("TypeError:", e)
c.close()

# StopIteration inside a coroutine becomes RuntimeError
async def leak():
    raise StopIteration("x")
try:
    leak().send(None)
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

# awaiting the same coroutine twice
async def inner():
    await Suspend()
async def twice(co):
    await co
co = inner()
t1 = twice(co)
t1.send(None)
try:
    twice(co).send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
t1.close()

# generator-based coroutines (types.coroutine)
@types.coroutine
def gen_coro():
    x = yield "from-gen"
    return x + 1

async def uses_gen():
    return await gen_coro()
u = uses_gen()
print(u.send(None))
try:
    u.send(10)
except StopIteration as e:
    print("gen coro", e.value)

# yield from a coroutine in a plain generator is refused
pending = add(1, 2)
def plain():
    yield from pending
try:
    next(plain())
except TypeError as e:
    print("TypeError:", e)
pending.close()

# repr and isinstance checks
import collections.abc as abc
c = add(0, 0)
print(repr(c).startswith("<coroutine object add at 0x"))
print(isinstance(c, abc.Coroutine), isinstance(c, abc.Awaitable))
c.close()
print(isinstance(Suspend(), abc.Awaitable))

# a coroutine that is never awaited warns when it is destroyed
import warnings, gc
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    add(5, 6)
    gc.collect()
print([(w.category.__name__, str(w.message)) for w in caught])
