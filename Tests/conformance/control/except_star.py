# ExceptionGroup and except* (3.11).
def describe(eg):
    return "%s(%r, %s)" % (type(eg).__name__, eg.message,
                           [type(e).__name__ + ":" + str(e) for e in eg.exceptions])
eg = ExceptionGroup("many", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
print(describe(eg))
try:
    raise eg
except* ValueError as g:
    print("caught values:", describe(g))
except* TypeError as g:
    print("caught types:", describe(g))
try:
    try:
        raise ExceptionGroup("outer", [KeyError("k"), OSError("o")])
    except* KeyError:
        print("handled KeyError part")
except ExceptionGroup as rest:
    print("unhandled rest:", describe(rest))
try:
    raise ValueError("plain")
except* ValueError as g:
    print("plain exception wrapped:", describe(g))
match, rest = eg.split(ValueError)
print(describe(match), describe(rest))
print(describe(eg.subgroup(lambda e: "2" in str(e))))
nested = ExceptionGroup("top", [ValueError("a"), ExceptionGroup("sub", [TypeError("b")])])
print(len(nested.exceptions), describe(nested.exceptions[1]))
try:
    raise nested
except* TypeError as g:
    print("nested type:", type(g.exceptions[0]).__name__, g.exceptions[0].message)
except* ValueError as g:
    print("nested value:", describe(g))
try:
    ExceptionGroup("bad", [])
except ValueError as e:
    print("ValueError:", e)
beg = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(beg).__name__)
eg2 = BaseExceptionGroup("auto", [ValueError(1)])
print(type(eg2).__name__, isinstance(eg2, Exception))
print(str(eg))
