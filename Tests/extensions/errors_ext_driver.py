# Driver for errors_ext: raising, inspecting and printing exceptions from C.
import os
import sys
import warnings
import errors_ext as m
from extshow import show, section

section("raising")
show("raise_string", m.raise_string, ValueError, "plain message")
show("raise_string utf8", m.raise_string, KeyError, "cl\u00e9")
show("raise_object tuple", m.raise_object, OSError, (2, "No such file"))
show("raise_object instance", m.raise_object, ValueError, ValueError("already an instance"))
show("raise_object none", m.raise_object, StopIteration, None)
show("raise_none", m.raise_none, IndexError)
show("raise_format", m.raise_format, 7, "widget", [1, "x"])
try:
    m.raise_object(OSError, (2, "No such file"))
except OSError as e:
    print("  OSError ->", type(e).__name__, e.errno, e.strerror, e.args)
try:
    m.raise_string(KeyError, "k")
except KeyError as e:
    print("  KeyError args:", e.args, "str:", str(e))
try:
    m.raise_object(StopIteration, 42)
except StopIteration as e:
    print("  StopIteration value:", e.value)

section("custom exceptions")
print("Error:", m.Error, m.Error.__module__, m.Error.__name__, m.Error.__qualname__, m.Error.__bases__)
print("SubError:", m.SubError, m.SubError.__bases__, repr(m.SubError.__doc__))
print("MultiError:", m.MultiError, m.MultiError.__bases__, m.MultiError.code)
print("Error doc:", repr(m.Error.__doc__))
for which in range(3):
    try:
        m.raise_custom(which, f"custom {which}")
    except m.Error as e:
        print(f"  caught {type(e).__name__} as Error: {e!r} key={isinstance(e, KeyError)}")


class PyDerived(m.SubError):
    pass


try:
    m.raise_object(PyDerived, "derived")
except m.Error as e:
    print("  derived caught:", type(e).__name__, e.args, [c.__name__ for c in type(e).__mro__])
show("exception_class_info Error", m.exception_class_info, m.Error)
show("exception_class_info ValueError", m.exception_class_info, ValueError)
show("exception_class_info int", m.exception_class_info, int)
show("exception_class_info instance", m.exception_class_info, ValueError("x"))

section("state")


def raises_key():
    raise KeyError("missing")


def ok():
    return 1


show("occurred key/LookupError", m.occurred_and_matches, raises_key, LookupError)
show("occurred key/(ValueError, KeyError)", m.occurred_and_matches, raises_key, (ValueError, KeyError))
show("occurred key/ValueError", m.occurred_and_matches, raises_key, ValueError)
show("occurred custom/Error", m.occurred_and_matches, lambda: m.raise_custom(2, "x"), m.Error)
show("occurred none", m.occurred_and_matches, ok, ValueError)
show("occurred KeyboardInterrupt", m.occurred_and_matches, lambda: m.raise_none(KeyboardInterrupt), Exception)
show("fetch_restore keep", m.fetch_restore, raises_key, False)
show("fetch_restore reraise", m.fetch_restore, raises_key, True)
show("fetch_restore ok", m.fetch_restore, ok, True)
try:
    m.fetch_restore(raises_key, True)
except KeyError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("  traceback frames:", names)
show("normalize_string_error", m.normalize_string_error)
show("no_memory", m.no_memory)
for code, fn in [(2, None), (13, "/some/path"), (17, None), (1, "f.txt")]:
    try:
        m.from_errno(code, fn)
    except OSError as e:
        print(f"  from_errno({code}, {fn!r}) -> {type(e).__name__} errno={e.errno} "
              f"strerror_ok={e.strerror == os.strerror(code)} filename={e.filename!r}")
show("bad_argument", m.bad_argument)

section("chaining")
try:
    m.raise_with_cause(ValueError, "outer", KeyError, "inner")
except ValueError as e:
    print("  cause:", repr(e.__cause__), "suppress:", e.__suppress_context__)
try:
    try:
        raise IndexError("first")
    except IndexError:
        m.raise_in_handler()
except RuntimeError as e:
    print("  context:", repr(e.__context__), "cause:", e.__cause__)

section("warnings")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    show("warn user", m.warn, UserWarning, "careful")
    show("warn deprecation", m.warn, DeprecationWarning, "old api", 1)
    show("warn_format", m.warn_format, [1, 2])
for w in caught:
    print(f"  {w.category.__name__}: {w.message} at {os.path.basename(w.filename)}:{w.lineno}")
with warnings.catch_warnings():
    warnings.simplefilter("error")
    show("warn as error", m.warn, RuntimeWarning, "now an error")
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("ignore")
    show("warn ignored", m.warn, UserWarning, "ignored")
print("  ignored recorded:", len(caught))

section("printing")


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


saved = sys.stderr
cap = Capture()
sys.stderr = cap
try:
    r1 = m.print_ex(ValueError, "printed and cleared")
    r2 = m.print_ex(m.SubError, "custom printed")
    m.print_callback_error(raises_key)
finally:
    sys.stderr = saved
print("  error still set after PrintEx:", r1, r2)
text = "".join(cap.parts)
for line in text.splitlines():
    if line.startswith("  File"):
        line = "  File " + os.path.basename(line.split('"')[1]) + line.split('"')[2]
    print("  stderr:", line)

section("misbehaving functions")
show("null_without_error", m.null_without_error)
try:
    m.result_with_error()
except SystemError as e:
    print("  result_with_error ->", e, "| cause:", repr(e.__cause__))
