# c_longdouble: the 16-byte x87 slot holds a real 80-bit long double; libm's long double functions
# through argtypes/restype (ffi_type_longdouble); an instance passes all its bits, not a double;
# .value is a Python float (rounded), as in CPython.
import struct
from ctypes import *
from ctypes.util import find_library

libm = CDLL(find_library("m"))
libc = CDLL(find_library("c"))
print("sizeof/alignment", sizeof(c_longdouble), alignment(c_longdouble))

class WithLD(Structure):
    _fields_ = [("tag", c_char), ("x", c_longdouble), ("y", c_double)]
print("struct", sizeof(WithLD), alignment(WithLD), WithLD.x.offset, WithLD.y.offset)

# The slot's first 10 bytes are the x87 format: 64-bit mantissa (explicit integer bit), 15-bit exponent.
def x87(v):
    raw = string_at(addressof(v), 10)
    mant, se = struct.unpack("<QH", raw)
    return hex(mant), hex(se)
print("1.0 ->", x87(c_longdouble(1.0)))
print("-2.5 ->", x87(c_longdouble(-2.5)))
print("3 ->", x87(c_longdouble(3)), c_longdouble(3).value)

for name, args in [("sqrtl", (2.0,)), ("powl", (2.0, 0.5)), ("expl", (1.0,)), ("fabsl", (-7.25,)),
                   ("ldexpl", None)]:
    f = getattr(libm, name)
    f.restype = c_longdouble
    if name == "ldexpl":
        f.argtypes = [c_longdouble, c_int]
        r = f(0.75, 4)
    else:
        f.argtypes = [c_longdouble] * len(args)
        r = f(*args)
    print(name, type(r).__name__, repr(r))

# A long double parsed by C keeps bits a double does not have: 0.1L != (long double)0.1.
exact = c_longdouble()
n = libc.sscanf(b"0.1", b"%Lf", byref(exact))
rounded = c_longdouble(0.1)
print("sscanf", n, exact.value, exact.value == rounded.value, string_at(addressof(exact), 10) == string_at(addressof(rounded), 10))
libm.fmal.restype = c_longdouble
libm.fmal.argtypes = [c_longdouble, c_longdouble, c_longdouble]
print("0.1L - 0.1 =", libm.fmal(exact, 1.0, -0.1))          # instance: all 80 bits passed
print("rounded - 0.1 =", libm.fmal(rounded, 1.0, -0.1))
print("as value - 0.1 =", libm.fmal(exact.value, 1.0, -0.1))  # .value is a float: the bits are gone
buf = create_string_buffer(64)
libc.snprintf(buf, 64, b"%.21Lf|%.21Lf", exact, rounded)      # variadic: passed as long double
print("snprintf", buf.value)

# In a structure and an array, written by C through a pointer.
libm.modfl.restype = c_longdouble
libm.modfl.argtypes = [c_longdouble, c_void_p]
w = WithLD(b"a", 0.0, 1.5)
frac = libm.modfl(12.375, addressof(w) + WithLD.x.offset)
print("modfl", frac, w.x, w.y, w.tag)
arr = (c_longdouble * 3)(1, 2.5, -4)
print("array", list(arr), [x87(c_longdouble.from_address(addressof(arr) + i * 16))[1] for i in range(3)])

# Callbacks take and return long double.
CB = CFUNCTYPE(c_longdouble, c_longdouble, c_longdouble)
halfsum = CB(lambda a, b: (a + b) / 2)
print("callback", halfsum(3.0, 4.5), type(halfsum(1, 2)).__name__)

# Errors as CPython's.
for bad in ["1", None, b"x"]:
    try:
        c_longdouble(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    libm.sqrtl("2")
except ArgumentError as e:
    print("ArgumentError", e)
