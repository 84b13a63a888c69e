# Counters and accumulators implemented with nonlocal; state independence across instances.
def make_counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    def decrement():
        nonlocal count
        count -= 1
        return count
    def reset():
        nonlocal count
        old, count = count, 0
        return old
    return increment, decrement, reset
inc, dec, reset = make_counter()
print(inc(), inc(), inc(), dec(), reset(), inc())
a_inc, _, _ = make_counter()
b_inc, _, _ = make_counter()
print(a_inc(), a_inc(), b_inc())
def averager():
    total = 0.0
    count = 0
    def add(x):
        nonlocal total, count
        total += x
        count += 1
        return total / count
    return add
avg = averager()
print([avg(v) for v in (10, 20, 30, 40)])
def make_fib():
    a, b = 0, 1
    def nxt():
        nonlocal a, b
        result = a
        a, b = b, a + b
        return result
    return nxt
fib = make_fib()
print([fib() for _ in range(12)])
def call_tracker(f):
    calls = 0
    def wrapper(*args):
        nonlocal calls
        calls += 1
        return f(*args), calls
    return wrapper
sq = call_tracker(lambda x: x * x)
print(sq(3), sq(4), sq(5))
def nested_nonlocal():
    x = 0
    def level1():
        def level2():
            nonlocal x
            x += 5
        level2()
        level2()
    level1()
    return x
print(nested_nonlocal())
