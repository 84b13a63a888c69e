# generator.throw(): catching inside, propagating out, yielding after catch, throw into unstarted.
def resilient():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            print("  caught inside:", e)
            n = -1
        n += 1
g = resilient()
print(next(g), next(g))
print(g.throw(ValueError("reset")))
print(next(g))
def fragile():
    yield 1
    yield 2
f = fragile()
next(f)
try:
    f.throw(KeyError("boom"))
except KeyError as e:
    print("propagated:", e)
try:
    next(f)
except StopIteration:
    print("generator finished after unhandled throw")
u = fragile()
try:
    u.throw(IndexError("unstarted"))
except IndexError as e:
    print("unstarted throw raised:", e)
def converting():
    try:
        yield "ready"
    except ZeroDivisionError:
        yield "handled division"
    yield "end"
c = converting()
print(next(c))
print(c.throw(ZeroDivisionError))
print(next(c))
def with_finally():
    try:
        yield 1
    finally:
        print("  finally on throw")
w = with_finally()
next(w)
try:
    w.throw(TypeError, TypeError("typed"))
except TypeError as e:
    print("TypeError:", e)
def catch_and_return():
    try:
        yield
    except RuntimeError:
        return "returned after throw"
cr = catch_and_return()
next(cr)
try:
    cr.throw(RuntimeError)
except StopIteration as e:
    print("StopIteration value:", e.value)
