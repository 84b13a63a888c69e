xs = [1, 2]
a = [x * 2 for x in xs if x]
b = {x: y for x in xs for y in range(x)}
c = {x for x in xs}
d = (x for x in xs)
e = [[y for y in range(x)] for x in xs]

def f(n):
    return [i + n for i in range(n)]

def g():
    if any((last := x) > 1 for x in [1, 2, 3]):
        return last

def h():
    return [z for z in range(3) if (w := z)], w

total = [(s := s + v) for v in range(3)] if (s := 0) == 0 else None

def k(items):
    return [lambda: item for item in items]

def gen():
    x = yield 1
    y = yield from range(3)
    return x, y

def nested_walrus():
    return [[(q := j) for j in range(i)] for i in range(3)], q

def genexp_in_call(data):
    return sum(d for d in data if d > 0)

def global_walrus():
    global gw
    return [(gw := i) for i in range(2)]
