# Rendering an exception chain the way the traceback module words it (cause vs context vs suppressed).
CAUSE = "The above exception was the direct cause of the following exception:"
CONTEXT = "During handling of the above exception, another exception occurred:"
def render(exc):
    parts = []
    while exc is not None:
        parts.append("%s: %s" % (type(exc).__name__, exc))
        if exc.__cause__ is not None:
            parts.append(CAUSE)
            exc = exc.__cause__
        elif exc.__context__ is not None and not exc.__suppress_context__:
            parts.append(CONTEXT)
            exc = exc.__context__
        else:
            exc = None
    return "\n".join(reversed(parts))
def scenario(n):
    try:
        if n == 0:
            try:
                {}["missing"]
            except KeyError as e:
                raise ValueError("bad config") from e
        elif n == 1:
            try:
                1 / 0
            except ZeroDivisionError:
                raise OSError("cleanup failed")
        elif n == 2:
            try:
                int("x")
            except ValueError:
                raise TypeError("hidden context") from None
        elif n == 3:
            try:
                try:
                    [].pop()
                except IndexError as e:
                    raise KeyError("level2") from e
            except KeyError:
                raise RuntimeError("level3")
    except Exception as e:
        return render(e)
for n in range(4):
    print("--- scenario", n)
    print(scenario(n))
