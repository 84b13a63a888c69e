# ctypes data types: simple values, sizes, arrays, pointers, casts, structures, unions,
# _pack_, nested structures, arrays of structures, from_buffer / from_buffer_copy, py_object.
import ctypes
from ctypes import *

for t in (c_bool, c_char, c_wchar, c_byte, c_ubyte, c_short, c_ushort, c_int, c_uint, c_long, c_ulong,
          c_longlong, c_ulonglong, c_size_t, c_ssize_t, c_int8, c_uint8, c_int16, c_uint16, c_int32,
          c_uint32, c_int64, c_uint64, c_float, c_double, c_longdouble, c_char_p, c_wchar_p, c_void_p,
          py_object):
    print(t.__name__, sizeof(t), alignment(t), t._type_)

print(c_int(7), c_int(-1).value, c_uint(-1).value, c_ubyte(300).value, c_byte(200).value)
print(c_short(70000).value, c_int64(2 ** 63).value, c_uint64(-1).value)
print(c_float(0.1).value, c_double(0.1).value, c_bool(0), c_bool([1]))
print(c_char(b"z").value, c_char(65).value, c_wchar("é").value, c_char_p(b"bytes").value)
print(c_wchar_p("wide ☃").value, c_void_p(12345).value, c_void_p().value, c_char_p().value)
print(py_object([1, 2]).value, repr(c_longdouble(1.5)))
v = c_int(3)
v.value = 99
print(v.value, bool(c_int(0)), bool(c_double(0.5)))
class MyInt(c_int):
    pass
print(type(MyInt(5)).__name__, MyInt(5).value, MyInt.__mro__[1].__name__)

# arrays
A = c_int * 5
a = A(1, 2, 3)
print(A.__name__, len(a), sizeof(A), a[0], a[-1], a[1:4], a[::2], list(a))
a[4] = 10
a[0:2] = [7, 8]
print(list(a), [x * 2 for x in a])
M = (c_double * 3) * 2
m = M((1, 2, 3), (4, 5, 6))
print(sizeof(M), m[1][2], [list(r) for r in m])
s = create_string_buffer(b"abc")
print(sizeof(s), s.value, s.raw, s[0], s[:2])
s.value = b"xy"
print(s.raw)
u = create_unicode_buffer("hi there")
print(sizeof(u) // sizeof(c_wchar), u.value, u[1])

# pointers
x = c_int(10)
p = pointer(x)
print(type(p).__name__, p.contents.value, p[0], bool(p), bool(POINTER(c_int)()))
p.contents.value = 11
print(x.value)
y = c_int(20)
p.contents = y
p[0] = 21
print(x.value, y.value)
pa = cast(a, POINTER(c_int))
print(pa[0], pa[4], pa[:3])
print(POINTER(c_int) is POINTER(c_int), POINTER(c_double).__name__)
vp = cast(pointer(x), c_void_p)
print(cast(vp, POINTER(c_int)).contents.value, addressof(x) == vp.value)
pp = pointer(pointer(c_int(5)))
print(pp.contents.contents.value, pp[0][0])

# structures
class Point(Structure):
    _fields_ = [("x", c_int), ("y", c_int)]
class Rect(Structure):
    _fields_ = [("tl", Point), ("br", Point), ("name", c_char * 8), ("tag", c_char_p)]
r = Rect(Point(1, 2), Point(3, 4), b"box", b"tagged")
print(sizeof(Point), sizeof(Rect), alignment(Rect), r.tl.x, r.br.y, r.name, r.tag)
r.tl.x = 100
r.br = Point(30, 40)
print(r.tl.x, r.br.x, r.br.y, Rect.name, Rect.tag.offset)
pts = (Point * 3)(Point(1, 1), (2, 2))
pts[2].x = 5
print([(q.x, q.y) for q in pts])
class Mixed(Structure):
    _fields_ = [("c", c_char), ("d", c_double), ("s", c_short)]
class Packed(Structure):
    _pack_ = 1
    _fields_ = [("c", c_char), ("d", c_double), ("s", c_short)]
print(sizeof(Mixed), Mixed.d.offset, Mixed.s.offset, sizeof(Packed), Packed.d.offset, Packed.s.offset)
class Derived(Point):
    _fields_ = [("z", c_int)]
d = Derived(1, 2, 3)
print(sizeof(Derived), d.x, d.y, d.z, Derived.z.offset)
class Node(Structure):
    pass
Node._fields_ = [("value", c_int), ("next", POINTER(Node))]
n2 = Node(2, None)
n1 = Node(1, pointer(n2))
print(n1.next.contents.value, bool(n2.next))
class U(Union):
    _fields_ = [("i", c_uint32), ("f", c_float), ("b", c_ubyte * 4)]
uu = U()
uu.f = 1.0
print(sizeof(U), hex(uu.i), list(uu.b))
class WithAnon(Structure):
    _anonymous_ = ("u",)
    _fields_ = [("kind", c_int), ("u", U)]
wa = WithAnon()
wa.i = 0x3f800000
print(wa.f, wa.u.i == wa.i)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError", e)

# buffers and raw memory
ba = bytearray(8)
fb = (c_int * 2).from_buffer(ba)
fb[0] = 0x01020304
fb[1] = -1
print(ba.hex())
cp = Point.from_buffer_copy(b"\x01\x00\x00\x00\x02\x00\x00\x00")
print(cp.x, cp.y)
pt = Point.from_address(addressof(r) + Rect.br.offset)
print(pt.x, pt.y)
for bad in (lambda: (c_int * 4).from_buffer(bytearray(4)), lambda: c_int.from_buffer(b"abcd"),
            lambda: c_int.from_buffer(bytearray(8), -1)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(string_at(addressof(cp), 8), bytes(memoryview(ba)))
memmove(addressof(cp), addressof(pt), sizeof(Point))
print(cp.x, cp.y)
memset(addressof(cp), 0, sizeof(Point))
print(cp.x, cp.y)
print(c_int.from_param(3), isinstance(byref(x), ctypes._CArgObject) if hasattr(ctypes, "_CArgObject") else True)
