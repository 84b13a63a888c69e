# The 'as' name of an except clause is deleted at the end of the handler.
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("inside:", e)
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
def f():
    err = None
    try:
        raise KeyError("k")
    except KeyError as err:
        pass
    try:
        return err
    except UnboundLocalError as u:
        return "UnboundLocalError: " + str(u)
print(f())
def keep():
    saved = None
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    return repr(saved)
print(keep())
x = 5
try:
    pass
except Exception as x:
    pass
print("x unchanged when no exception:", x)
for i in range(2):
    try:
        raise IndexError(i)
    except IndexError as caught:
        last = caught
print(last, "caught" in dir())
try:
    raise ValueError("exc_info")
except ValueError:
    import sys
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
print(sys.exc_info())
