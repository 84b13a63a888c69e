# Exceptions raised inside except/else/finally clauses and how they propagate and chain.
def handler_raises():
    try:
        raise ValueError("v")
    except ValueError:
        raise KeyError("k")
    except KeyError:
        return "sibling handler never catches it"
try:
    handler_raises()
except KeyError as e:
    print("escaped handler:", repr(e), "context:", repr(e.__context__))
def else_not_protected():
    try:
        pass
    except ZeroDivisionError:
        return "not here"
    else:
        return 1 / 0
try:
    else_not_protected()
except ZeroDivisionError as e:
    print("else exception escaped:", e)
def finally_after_handler_raise():
    log = []
    try:
        try:
            raise ValueError
        except ValueError:
            log.append("handler")
            raise TypeError("t")
        finally:
            log.append("finally")
    except TypeError:
        log.append("outer")
    return log
print(finally_after_handler_raise())
def handled_then_new():
    try:
        raise ValueError("one")
    except ValueError as first:
        try:
            raise KeyError("two")
        except KeyError as second:
            return second.__context__ is first
print(handled_then_new())
def exc_inside_generator_handler():
    def g():
        try:
            yield 1
        except GeneratorExit:
            print("generator closing")
            raise
    gen = g()
    next(gen)
    gen.close()
    return "closed"
print(exc_inside_generator_handler())
try:
    try:
        raise ValueError("x")
    except ValueError as e:
        e.args = ("modified",)
        raise
except ValueError as e:
    print(e)
