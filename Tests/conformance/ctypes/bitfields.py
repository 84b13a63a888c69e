# Bit fields in Structure/Union _fields_: layout, field descriptors, reads/writes, errors.
from ctypes import *


class Flags(Structure):
    _fields_ = [("a", c_int, 3), ("b", c_int, 5), ("c", c_uint, 24), ("d", c_int, 1), ("e", c_short)]


class Mixed(Structure):
    _fields_ = [("x", c_ubyte, 4), ("y", c_ubyte, 4), ("z", c_ubyte, 1), ("w", c_longlong, 40),
                ("v", c_ushort, 9), ("u", c_int, 30), ("t", c_int, 3)]


class Widen(Structure):
    _fields_ = [("a", c_byte, 3), ("b", c_int, 4), ("c", c_short, 2), ("d", c_long, 60)]


class U(Union):
    _fields_ = [("whole", c_uint), ("lo", c_uint, 8)]


class Sub(Flags):
    _fields_ = [("f", c_uint, 2), ("g", c_uint, 3)]


for cls in (Flags, Mixed, Widen, U, Sub):
    print(cls.__name__, sizeof(cls), alignment(cls))
    for name in [f[0] for f in cls._fields_]:
        fd = getattr(cls, name)
        print("  ", name, fd, fd.offset, fd.size)

f = Flags()
f.a, f.b, f.c, f.d, f.e = 3, -7, 0xABCDEF, 1, -2
print(f.a, f.b, f.c, f.d, f.e)
print(string_at(addressof(f), sizeof(f)).hex())
f.a = 4          # 3 signed bits: reads back negative
f.b = 100        # truncated to 5 bits
f.c = -1
print(f.a, f.b, f.c, f.d, f.e, string_at(addressof(f), sizeof(f)).hex())
f.d = 0
print(f.d, f.a, f.b)
try:
    f.a = "x"
except TypeError as e:
    print("TypeError", e)
print(f.a)

m = Mixed(1, 15, 1, -5, 0, 2**29, -1)  # v left 0: see below
print(m.x, m.y, m.z, m.w, m.u, m.t)  # m.v: CPython shifts past its 16-bit unit (undefined)
print(string_at(addressof(m), sizeof(m)).hex())
m.w = 2**39 - 1
print(m.w, m.z)

w = Widen(-1, 7, 1, 2**59)
print(w.a, w.b, w.c, w.d)

u = U()
u.whole = 0x12345678
print(hex(u.lo))
u.lo = 0xFF
print(hex(u.whole))

s = Sub(1, 2, 3, 0, 5, 3, 7)
print(s.a, s.b, s.c, s.d, s.e, s.f, s.g)

for fields in ([("a", c_int, 0)], [("a", c_int, 33)], [("a", c_byte, 9)], [("a", c_int, -1)],
               [("a", c_double, 3)], [("a", c_char, 3)], [("a", c_wchar, 3)], [("a", c_void_p, 3)],
               [("a", c_int * 2, 3)], [("a", c_int, 3.5)], [("a", c_int, 3, 4)], [(b"a", c_int, 3)]):
    try:
        class Bad(Structure):
            _fields_ = fields
        print("ok", Bad.a)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


class B(Structure):
    _fields_ = [("flag", c_bool, 1), ("n", c_uint, 4)]


print(B.flag, B.n, sizeof(B))
