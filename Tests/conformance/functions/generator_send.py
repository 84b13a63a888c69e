# generator.send(): priming, values flowing both ways, errors on unprimed send.
def echo():
    received = []
    while True:
        value = yield len(received)
        if value is None:
            break
        received.append(value)
    return received
g = echo()
print(g.send(None))
print(g.send("a"), g.send("b"), g.send("c"))
try:
    g.send(None)
except StopIteration as e:
    print("final:", e.value)
g2 = echo()
try:
    g2.send("too early")
except TypeError as e:
    print("TypeError:", e)
def running_average():
    total = 0
    count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count
ra = running_average()
next(ra)
print([ra.send(v) for v in (10, 20, 60)])
def accumulate():
    total = 0
    while True:
        cmd = yield total
        if cmd == "reset":
            total = 0
        elif isinstance(cmd, int):
            total += cmd
acc = accumulate()
next(acc)
print(acc.send(5), acc.send(10), acc.send("reset"), acc.send(3), next(acc))
def two_way():
    a = yield "first"
    b = yield "got %s" % a
    yield "got %s and %s" % (a, b)
t = two_way()
print(next(t), t.send(1), t.send(2))
def gen_fn():
    yield 1
g3 = gen_fn()
next(g3)
try:
    g3.send("x")
except StopIteration:
    print("send past end raises StopIteration")
