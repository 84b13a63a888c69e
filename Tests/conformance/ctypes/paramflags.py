# Function prototypes with paramflags: proto((name, dll), paramflags) — input (1), output (2),
# input/output (3) parameters, names for keyword arguments, defaults, output values returned
# (one value, or a tuple), errcheck with output parameters, and CPython's error messages.
from ctypes import *
from ctypes.util import find_library

libm = CDLL(find_library("m"))
libc = CDLL(find_library("c"))

def attempt(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        msg = str(e)
        if isinstance(e, AttributeError):
            msg = msg.split(": ")[-1]
        print(label, "->", type(e).__name__, msg)

# double frexp(double x, int *exp): one output -> the function returns just that value
proto = CFUNCTYPE(c_double, c_double, POINTER(c_int))
frexp = proto(("frexp", libm), ((1, "x"), (2, "exp")))
print("frexp", frexp(12.0), frexp(x=0.375), frexp(-3))
print("name", hasattr(frexp, "__name__"))

# double modf(double x, double *iptr): the output value replaces the result
modf = CFUNCTYPE(c_double, c_double, POINTER(c_double))(("modf", libm), ((1, "x", 2.75), (2, "iptr")))
print("modf", modf(), modf(7.5), modf(x=-1.25))

# long strtol(const char *s, char **end, int base): a default for base, output end pointer
strtol = CFUNCTYPE(c_long, c_char_p, POINTER(c_char_p), c_int)(
    ("strtol", libc), ((1, "s"), (2, "end"), (1, "base", 10)))
print("strtol", strtol(b"123abc"), strtol(b"ff zz", base=16), strtol(s=b"0x1f!", base=0))

# Two outputs -> a tuple, in parameter order; an input/output parameter (3) comes back as passed.
div_t = CFUNCTYPE(c_int, c_char_p, POINTER(c_int), POINTER(c_int))
sscanf2 = div_t(("sscanf", libc), ((1, "text"), (2, "a"), (2, "b")))
fmt_scanf = CFUNCTYPE(c_int, c_char_p, c_char_p, POINTER(c_int), POINTER(c_int))(
    ("sscanf", libc), ((1, "text"), (1, "fmt", b"%d %d"), (2, "a"), (2, "b")))
print("sscanf outs", fmt_scanf(b"40 2"), fmt_scanf(b"7,8", b"%d,%d"), fmt_scanf(fmt=b"%d:%d", text=b"5:6"))
inout = CFUNCTYPE(c_int, c_char_p, c_char_p, POINTER(c_int), POINTER(c_int))(
    ("sscanf", libc), ((1, "text"), (1, "fmt"), (3, "a"), (2, "b")))
a = c_int(99)
r = inout(b"11 22", b"%d %d", byref(a))
print("inout", type(r).__name__, r[1], a.value, type(r[0]).__name__)
only_inout = CFUNCTYPE(c_int, c_char_p, c_char_p, POINTER(c_int))(
    ("sscanf", libc), ((1, "text"), (1, "fmt"), (3, "a")))
a = c_int(0)
r = only_inout(b"31", b"%d", byref(a))
print("inout only: result", type(r).__name__, a.value)

# An output parameter given as a default object: that object is filled and returned.
box = c_int(-1)
given = CFUNCTYPE(c_int, c_char_p, c_char_p, POINTER(c_int))(
    ("sscanf", libc), ((1, "text"), (1, "fmt"), (2, "out", box)))
print("default out", given(b"77", b"%d"), box.value)
# Array output parameter.
arr_t = c_char * 16
sprintf = CFUNCTYPE(c_int, arr_t, c_char_p, c_int)(("sprintf", libc), ((2, "buf"), (1, "fmt"), (1, "n")))
out = sprintf(b"<%d>", 42)
print("array out", type(out).__name__, out.value)
# Flags 0 and no names behave as inputs.
labs = CFUNCTYPE(c_long, c_long)(("labs", libc), ((0,),))
print("flag 0", labs(-9))

# errcheck sees the full argument tuple; returning it unchanged keeps the normal result.
seen = []
def check(result, func, args):
    seen.append((result, len(args), type(args[1]).__name__))
    return args
frexp.errcheck = check
print("errcheck passthrough", frexp(10.0), seen)
frexp.errcheck = lambda result, func, args: ("replaced", result)
print("errcheck replaces", frexp(10.0))

# Errors, with CPython's messages.
attempt("missing", lambda: frexp())
attempt("missing no name", lambda: CFUNCTYPE(c_long, c_long)(("labs", libc), ((1,),))())
attempt("too many", lambda: modf(1.0, 2.0))
attempt("unknown keyword", lambda: modf(y=1.0))
attempt("keyword and positional", lambda: modf(1.0, x=2.0))
attempt("not a tuple", lambda: proto(("frexp", libm), [(1, "x"), (2, "e")]))
attempt("wrong length", lambda: proto(("frexp", libm), ((1, "x"),)))
attempt("bad item", lambda: proto(("frexp", libm), ((1, "x"), "e")))
attempt("bad name", lambda: proto(("frexp", libm), ((1, 5), (2, "e"))))
attempt("bad flag", lambda: proto(("frexp", libm), ((1, "x"), (4, "e"))))
attempt("flag 8 ignored", lambda: type(proto(("frexp", libm), ((1, "x"), (8, "e")))).__name__)
attempt("out not pointer", lambda: proto(("frexp", libm), ((2, "x"), (2, "e"))))
attempt("simple out needs default", lambda: CFUNCTYPE(c_int, c_void_p)(("abs", libc), ((2, "p"),))())
attempt("missing symbol", lambda: proto(("no_such_fn_xyz", libm), ((1, "x"), (2, "e"))))
attempt("bad spec", lambda: proto(("frexp",), ((1, "x"), (2, "e"))))
attempt("bad name type", lambda: proto((1.5, libm), ((1, "x"), (2, "e"))))
attempt("bad handle", lambda: proto(("frexp", object()), ((1, "x"), (2, "e"))))
attempt("None paramflags", lambda: proto(("frexp", libm), None)(2.0, byref(c_int())))
