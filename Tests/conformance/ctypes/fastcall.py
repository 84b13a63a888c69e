# The native call path (CFuncPtr.__call__ in C) against the Python one: same values, errors, errcheck.
import ctypes, ctypes.util
from ctypes import *
libc = CDLL(None)
libm = CDLL(ctypes.util.find_library("m"))
print(libc.abs(-5), libc.abs(True), libc.abs(2**40+3))
labs = libc.labs; labs.argtypes=[c_long]; labs.restype=c_long
print(labs(-2**40), labs(False))
try: labs("x")
except ArgumentError as e: print("AE", e)
try: labs()
except TypeError as e: print("TE", e)
try: print(labs(1, 2))
except Exception as e: print(type(e).__name__, e)
try: labs(x=1)
except TypeError as e: print("TE", e)
cos = libm.cos; cos.argtypes=[c_double]; cos.restype=c_double
print(cos(0), cos(1), cos(0.5))
try: cos(2**2000)
except ArgumentError as e: print("AE", e)
strlen = libc.strlen; strlen.argtypes=[c_char_p]; strlen.restype=c_size_t
try: strlen("str")
except ArgumentError as e: print("AE", e)
print(libc.strlen(b"abcd"))
try: libc.strlen(1.5)
except ArgumentError as e: print("AE", e)
def ec(r, f, a):
    print("errcheck", r, f is labs, a); return r*2
labs.errcheck = ec
print(labs(-7))
del labs.errcheck
print(labs(-7))
libc.getpid.restype = None
print(libc.getpid())
class MyInt(c_int): pass
libc.abs.restype = MyInt
r = libc.abs(-3); print(type(r).__name__, r.value)
libc.abs.restype = c_int
le = CDLL(None, use_errno=True)
f = le.close; print(f(-1), get_errno())
sp = le.strtol; sp.restype=c_long; sp.argtypes=[c_char_p, c_void_p, c_int]
print(sp(b"123", None, 10), sp(b"ff", 0, 16))
p = pythonapi.PyLong_AsLong; p.argtypes=[py_object]; p.restype=c_long
try: p("x")
except TypeError as e: print("TE", e)
print(pythonapi.Py_GetVersion is not None)
fp = CFUNCTYPE(c_int, c_int)(lambda x: x*3)
print(fp(4))
print(bool(CFUNCTYPE(c_int)()))
print(labs(-3, junk=1), libc.abs(c_int(-9)), labs(c_long(-11)))
buf = create_string_buffer(32)
print(libc.sprintf(buf, b"%d-%s-%ld", 7, b"x", c_long(2**40)), buf.value)
del labs.argtypes
print(labs(-3))
