# ctypes errors (ArgumentError naming the argument, AttributeError for a missing symbol, OSError
# for a missing library, wrong types) and callbacks (PYFUNCTYPE, exceptions inside a callback,
# argument conversions, _as_parameter_, from_param).
import sys
from ctypes import *
from ctypes.util import find_library

libc = CDLL(find_library("c"))

def attempt(label, f):
    try:
        r = f()
        print(label, "->", r)
    except Exception as e:
        msg = str(e)
        if isinstance(e, AttributeError):
            msg = msg.split(": ")[-1]
        print(label, "->", type(e).__name__, msg)

attempt("missing symbol", lambda: libc.this_symbol_does_not_exist)
attempt("missing symbol item", lambda: libc["another_missing_symbol"])
attempt("missing library", lambda: CDLL("libdefinitely_missing_xyz.so"))
attempt("loader attr", lambda: cdll.libdefinitely_missing_xyz)
libc.strlen.argtypes = [c_char_p]
attempt("str for c_char_p", lambda: libc.strlen("text"))
attempt("too few", lambda: libc.strlen())
libc.labs.argtypes = [c_long]
attempt("float for c_long", lambda: libc.labs(2.5))
attempt("str for c_long", lambda: libc.labs("7"))
attempt("extra arg", lambda: libc.labs(-5, 6))
attempt("no conversion", lambda: libc.abs(1.5))
attempt("second arg", lambda: libc.printf(b"%d\n", object()))
libc.memcmp.argtypes = [c_void_p, c_void_p, c_size_t]
attempt("pointer mismatch", lambda: libc.memcmp(b"abc", 3, 3.0))
PI = POINTER(c_int)
libc.free.argtypes = [PI]
attempt("wrong pointer", lambda: libc.free(pointer(c_double(1.0))))
attempt("int for pointer", lambda: libc.free(5))
attempt("c_int bad", lambda: c_int("5"))
attempt("c_char bad", lambda: c_char(b"ab"))
attempt("c_double bad", lambda: c_double("x"))
attempt("cast bad", lambda: cast(c_int(1), c_int))
attempt("sizeof bad", lambda: sizeof(42))
attempt("array index", lambda: (c_int * 2)()[2])
attempt("array too many", lambda: (c_int * 2)(1, 2, 3))
attempt("NULL deref", lambda: POINTER(c_int)().contents)
attempt("byref bad", lambda: byref(5))
attempt("bad restype", lambda: setattr(libc.abs, "restype", 42))
attempt("bad argtypes", lambda: setattr(libc.abs, "argtypes", [1]))
attempt("negative array", lambda: c_int * -1)
attempt("string too long", lambda: setattr(create_string_buffer(3), "value", b"abcd"))

# _as_parameter_ and from_param
class Wrapped:
    def __init__(self, v):
        self._as_parameter_ = v
libc.abs.argtypes = None
print("as_parameter", libc.abs(Wrapped(-17)), libc.strlen(Wrapped(b"four")))
class Doubler:
    @classmethod
    def from_param(cls, v):
        return v * 2
libc.abs.argtypes = [Doubler]
print("from_param", libc.abs(-21))
libc.abs.argtypes = [c_int]

# PYFUNCTYPE keeps the GIL; a Python-object callback through qsort
CMP = CFUNCTYPE(c_int, POINTER(c_long), POINTER(c_long))
vals = (c_long * 6)(3, -2, 8, 0, 8, 1)
order = []
def cmp(a, b):
    order.append((a[0], b[0]))
    return (a[0] > b[0]) - (a[0] < b[0])
cb = CMP(cmp)
libc.qsort(vals, 6, sizeof(c_long), cb)
print("sorted", list(vals), all(isinstance(x, int) for pair in order for x in pair))
print("callback called from Python", cb(pointer(c_long(5)), pointer(c_long(3))))

# a callback that raises: the exception is printed ("Exception ignored on calling ctypes callback
# function") and the C caller goes on (two elements: exactly one comparison)
def bad_cmp(a, b):
    raise ValueError("comparison failed")
vals2 = (c_int * 2)(3, 1)
IC = CFUNCTYPE(c_int, POINTER(c_int), POINTER(c_int))
libc.qsort(vals2, 2, sizeof(c_int), IC(bad_cmp))
print("after raising callback", sorted(vals2))

# callback arguments and results of several types
DD = CFUNCTYPE(c_double, c_double, c_int, c_char_p)
f = DD(lambda d, i, s: d * i + len(s))
print("direct call", f(1.5, 4, b"abc"))
V = CFUNCTYPE(None, py_object)
seen = []
V(lambda o: seen.append(o))([1, "x"])
print("py_object callback", seen)
ST = CFUNCTYPE(c_int, c_char_p)
libc_strlen_cb = cast(libc.strlen, ST)
print("cast function", libc_strlen_cb(b"hello"))

# PyDLL: the Python C API through ctypes (errors are checked after the call)
pythonapi.PyLong_FromLong.restype = py_object
pythonapi.PyLong_FromLong.argtypes = [c_long]
print("pythonapi", pythonapi.PyLong_FromLong(123456))
pythonapi.PyLong_AsLong.argtypes = [py_object]
attempt("pythonapi error", lambda: pythonapi.PyLong_AsLong("not an int"))
