# except* with raise inside handlers and unhandled parts combining.
def eg_str(e):
    if isinstance(e, BaseExceptionGroup):
        return "%s[%s]" % (e.message, ", ".join(eg_str(x) for x in e.exceptions))
    return "%s(%s)" % (type(e).__name__, e)
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), KeyError(2), TypeError(3)])
    except* ValueError:
        print("handled ValueError")
    except* KeyError as k:
        print("handled", eg_str(k))
except ExceptionGroup as rest:
    print("rest:", eg_str(rest))
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise RuntimeError("handler failed")
except ExceptionGroup as e:
    print("raised in handler:", eg_str(e))
    print("context:", eg_str(e.exceptions[0].__context__))
except RuntimeError as e:
    print("plain RuntimeError", e)
try:
    try:
        raise ExceptionGroup("g", [OSError("o"), ValueError("v")])
    except* OSError:
        pass
    except* ValueError:
        pass
    print("all handled, execution continues")
except Exception:
    print("nothing escapes")
e1 = ExceptionGroup("e", [ValueError("a"), ExceptionGroup("inner", [ValueError("b"), TypeError("c")])])
vals, others = e1.split(ValueError)
print(eg_str(vals))
print(eg_str(others))
print(eg_str(e1.derive([KeyError("x")])))
try:
    try:
        raise TypeError("single")
    except* TypeError as g:
        raise
except ExceptionGroup as e:
    print("bare raise in except*:", eg_str(e))
