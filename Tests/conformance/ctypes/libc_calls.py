# ctypes calling libm and libc: argtypes/restype, default conversions, qsort with a Python
# comparison callback, sprintf into a buffer, errno, errcheck, CDLL(None), find_library.
import ctypes
from ctypes import *
from ctypes.util import find_library

libm = CDLL(find_library("m"))
libc = CDLL(find_library("c"), use_errno=True)
print(find_library("m"), find_library("c"), find_library("surely_not_a_library_xyz"))

libm.cos.restype = c_double
libm.cos.argtypes = [c_double]
print("cos", libm.cos(0.0), round(libm.cos(1.0), 12))
libm.pow.restype = c_double
libm.pow.argtypes = (c_double, c_double)
print("pow", libm.pow(2, 10), libm.pow(2.5, 2))
libm.sqrtf.restype = c_float
libm.sqrtf.argtypes = [c_float]
print("sqrtf", libm.sqrtf(2.0))
libm.frexp.restype = c_double
libm.frexp.argtypes = [c_double, POINTER(c_int)]
e = c_int()
print("frexp", libm.frexp(48.0, byref(e)), e.value)
print("frexp pointer", libm.frexp(10.0, pointer(e)), e.value)

print("strlen", libc.strlen(b"hello, world"))
libc.strlen.restype = c_size_t
libc.strlen.argtypes = [c_char_p]
print("strlen typed", libc.strlen(b"abc"), libc.strlen(create_string_buffer(b"four")))
print("abs", libc.abs(-42), libc.labs(-7))
libc.atoi.argtypes = [c_char_p]
print("atoi", libc.atoi(b"  1234xyz"))
libc.strtol.restype = c_long
libc.strtol.argtypes = [c_char_p, POINTER(c_char_p), c_int]
end = c_char_p()
print("strtol", libc.strtol(b"0x1fZZ", byref(end), 16), end.value)

buf = create_string_buffer(64)
n = libc.sprintf(buf, b"%d-%s-%.2f", 42, b"abc", c_double(3.14159))
print("sprintf", n, buf.value)
libc.snprintf(buf, sizeof(buf), b"%5.1f|%x|%c", c_double(2.25), 255, ord("Q"))
print("snprintf", buf.value)

libc.strchr.restype = c_char_p
libc.strchr.argtypes = [c_char_p, c_int]
print("strchr", libc.strchr(b"hello world", ord("w")), libc.strchr(b"hello", ord("z")))
libc.getenv.restype = c_char_p
print("getenv", libc.getenv(b"SURELY_UNSET_VARIABLE_XYZ"))

# qsort with a Python comparator over ints and doubles
CMPFUNC = CFUNCTYPE(c_int, POINTER(c_int), POINTER(c_int))
calls = []
def py_cmp(a, b):
    calls.append(1)
    return a[0] - b[0]
ia = (c_int * 9)(9, 3, 7, 1, 8, 2, 6, 4, 5)
libc.qsort(ia, len(ia), sizeof(c_int), CMPFUNC(py_cmp))
print("qsort", list(ia), len(calls) > 0)
DCMP = CFUNCTYPE(c_int, POINTER(c_double), POINTER(c_double))
da = (c_double * 5)(2.5, -1.0, 10.25, 0.0, 3.0)
libc.qsort(da, 5, sizeof(c_double), DCMP(lambda a, b: (a[0] < b[0]) - (a[0] > b[0])))
print("qsort desc", list(da))
libc.qsort.argtypes = [c_void_p, c_size_t, c_size_t, CMPFUNC]
ia2 = (c_int * 4)(4, 3, 2, 1)
libc.qsort(ia2, 4, sizeof(c_int), CMPFUNC(py_cmp))
print("qsort typed", ia2[:])

# errno with use_errno
set_errno(0)
libc.strtol(b"99999999999999999999999", None, 10)
print("errno ERANGE", get_errno() == 34)
set_errno(5)
print("set_errno", get_errno())

# errcheck
def check(result, func, args):
    return ("checked", result, func.__name__, args)
libc.abs.errcheck = check
print(libc.abs(-3))

# restype as a callable, None restype
del libc.abs.errcheck
libc.abs.restype = lambda v: v * 100
print("callable restype", libc.abs(-2))
libc.srand.restype = None
print("void", libc.srand(1))

# the process itself, index lookup
me = CDLL(None)
print("CDLL(None)", me.strlen(b"xyz"), me["strlen"](b"ab"))
print("cdll", cdll.LoadLibrary(find_library("c")).abs(-9))
print("memmove/memset", end="")
dst = create_string_buffer(8)
memmove(dst, b"abcdefg", 7)
memset(byref(dst, 2), ord("Z"), 3)
print("", dst.value, string_at(dst, 4), string_at(addressof(dst)))
