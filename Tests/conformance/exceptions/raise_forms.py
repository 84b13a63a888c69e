# Forms of the raise statement: class, instance, re-raise, from, with_traceback, in expressions via helpers.
def attempt(fn):
    try:
        fn()
    except BaseException as e:
        return "%s(%s) cause=%r context=%r" % (type(e).__name__, ", ".join(map(repr, e.args)),
                                                e.__cause__, e.__context__)
    return "no exception"
def raise_class():
    raise ValueError
def raise_instance():
    raise ValueError("instance", 1)
def raise_from_class():
    raise ValueError("v") from KeyError
def raise_from_none():
    try:
        raise KeyError("hidden")
    except KeyError:
        raise ValueError("shown") from None
def raise_existing():
    err = TypeError("saved")
    raise err
def raise_with_traceback():
    try:
        raise IndexError("orig")
    except IndexError as e:
        raise RuntimeError("new").with_traceback(e.__traceback__)
def raise_in_lambda():
    def thrower(exc):
        raise exc
    (lambda: thrower(OSError(5, "io")))()
def raise_base():
    raise KeyboardInterrupt("ki")
def raise_subclass_instance_of_class_with_init():
    class E(Exception):
        def __init__(self):
            super().__init__("no-arg init")
    raise E
for fn in (raise_class, raise_instance, raise_from_class, raise_from_none, raise_existing,
           raise_with_traceback, raise_in_lambda, raise_base, raise_subclass_instance_of_class_with_init):
    print(fn.__name__, "->", attempt(fn))
class NeedsArgs(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
def raise_needs_args():
    raise NeedsArgs
print(attempt(raise_needs_args))
