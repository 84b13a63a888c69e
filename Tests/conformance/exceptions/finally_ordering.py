# Order of execution across nested try/except/finally with exceptions, returns and re-raises.
log = []
def step(name):
    log.append(name)
def scenario(kind):
    log.clear()
    try:
        step("outer-try")
        try:
            step("inner-try")
            if kind == "value":
                raise ValueError
            if kind == "key":
                raise KeyError
            if kind == "return":
                return "early"
        except ValueError:
            step("inner-except-value")
            if kind == "value":
                raise TypeError
        else:
            step("inner-else")
        finally:
            step("inner-finally")
        step("after-inner")
    except TypeError:
        step("outer-except-type")
    except KeyError:
        step("outer-except-key")
    finally:
        step("outer-finally")
    return "normal"
for kind in ("none", "value", "key", "return"):
    r = scenario(kind)
    print(kind, r, log)
def gen_cleanup():
    try:
        yield 1
    finally:
        log.append("gen-finally")
log.clear()
g = gen_cleanup()
next(g)
log.append("before-close")
g.close()
log.append("after-close")
print(log)
