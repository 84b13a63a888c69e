# throw() and close() forwarded through yield from chains.
def leaf():
    try:
        yield "leaf1"
        yield "leaf2"
    except KeyError as e:
        print("  leaf caught", e)
        yield "leaf recovered"
    finally:
        print("  leaf finally")
def middle():
    try:
        yield from leaf()
    finally:
        print("  middle finally")
    yield "middle after"
m = middle()
print(next(m))
print(m.throw(KeyError("k")))
print(next(m))
print(next(m, "exhausted"))
m2 = middle()
next(m2)
m2.close()
print("closed m2")
def leaf_no_handler():
    yield 1
    yield 2
def mid2():
    try:
        yield from leaf_no_handler()
    except ValueError as e:
        print("  middle caught", e)
        yield "middle handled"
g = mid2()
next(g)
print(g.throw(ValueError("to leaf, then middle")))
def leaf_return():
    try:
        yield 1
    except IndexError:
        return "leaf returned on throw"
def mid3():
    r = yield from leaf_return()
    yield r
g3 = mid3()
next(g3)
print(g3.throw(IndexError))
def catching_exit():
    try:
        yield 1
    except GeneratorExit:
        print("  leaf sees GeneratorExit")
        raise
def mid4():
    yield from catching_exit()
g4 = mid4()
next(g4)
g4.close()
print("done")
