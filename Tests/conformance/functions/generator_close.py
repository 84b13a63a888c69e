# generator.close(): GeneratorExit, finally blocks, yielding in finally is an error, close on unstarted.
def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  GeneratorExit seen")
        raise
    finally:
        print("  finally runs")
gen = g()
print(next(gen))
gen.close()
print("closed")
gen.close()
print("second close is a no-op")
try:
    next(gen)
except StopIteration:
    print("next after close: StopIteration")
unstarted = g()
unstarted.close()
print("closing unstarted runs nothing")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
r = returns_on_exit()
next(r)
print(r.close())
def raises_other():
    try:
        yield 1
    finally:
        raise ValueError("from finally during close")
o = raises_other()
next(o)
try:
    o.close()
except ValueError as e:
    print("ValueError:", e)
def finished():
    yield 1
f = finished()
list(f)
print(f.close())
def counter():
    i = 0
    try:
        while True:
            yield i
            i += 1
    finally:
        print("  counter stopped at", i)
c = counter()
for v in c:
    if v == 3:
        break
c.close()
