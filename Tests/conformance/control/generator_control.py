# Control flow inside generators: try/finally across yields, break in consumer, return value.
def numbers():
    try:
        for i in range(5):
            try:
                yield i
            finally:
                print("  inner finally", i)
    finally:
        print("  outer finally")
for n in numbers():
    print("got", n)
    if n == 1:
        break
print("after loop")
def with_return():
    yield 1
    return "done"
    yield 2
g = with_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
def loops_in_gen():
    for i in range(3):
        if i == 1:
            continue
        while True:
            yield i
            break
    else:
        yield "else"
print(list(loops_in_gen()))
def exc_in_gen():
    try:
        yield "before"
        raise ValueError("inside")
    except ValueError as e:
        yield "caught " + str(e)
    yield "after"
print(list(exc_in_gen()))
def gen_with():
    class CM:
        def __enter__(self):
            print("  gen enter")
        def __exit__(self, *a):
            print("  gen exit", a[0].__name__ if a[0] else None)
    with CM():
        yield "in with"
        yield "still in with"
g = gen_with()
print(next(g))
g.close()
print("closed")
