# Unions, packed structures and a structure holding a union passed and returned by value (see
# aggregates.c). Every by-value call is checked against its by-pointer twin: a line per case with
# the values and "ok", or "MISMATCH". CPython 3.11 itself gets these wrong (its union ffi_type is
# a struct of the members, and packed members are laid out aligned), so this driver has no
# recorded CPython output: CTypesTests runs it with SwiftPy and requires every case "ok".
import os
from ctypes import *

lib = CDLL(os.environ["CTYPES_AGGREGATES_LIB"])


class UDI(Union):
    _fields_ = [("d", c_double), ("i", c_int32)]

class UFD(Union):
    _fields_ = [("f", c_float * 2), ("d", c_double)]

class U12(Union):
    _fields_ = [("c", c_char * 12), ("d", c_double)]

class ULD(Union):
    _fields_ = [("g", c_longdouble), ("d", c_double)]

class UBIG(Union):
    _fields_ = [("q", c_int64 * 3), ("d", c_double)]

class P1(Structure):
    _pack_ = 1
    _fields_ = [("a", c_char), ("b", c_int32), ("c", c_double)]

class P2(Structure):
    _pack_ = 1
    _fields_ = [("a", c_int16), ("b", c_int32)]

class P3(Structure):
    _pack_ = 1
    _fields_ = [("a", c_int32), ("b", c_float)]

class FI(Union):
    _fields_ = [("f", c_float), ("i", c_int32)]

class SU(Structure):
    _fields_ = [("tag", c_int32), ("u", FI), ("x", c_double)]

class FD(Union):
    _fields_ = [("f", c_float), ("d", c_double)]

class SFU(Structure):
    _fields_ = [("a", c_float), ("u", FD)]

print("sizes", [sizeof(t) for t in (UDI, UFD, U12, ULD, UBIG, P1, P2, P3, SU, SFU)])
cases = 0
bad = 0


def raw(v):
    """An aggregate's bytes (a plain value as is)."""
    return string_at(addressof(v), sizeof(v)).hex() if hasattr(v, "_b_base_") else v


def report(label, got, want):
    global cases, bad
    cases += 1
    same = raw(got) == raw(want)
    if not same:
        bad += 1
    print(label, raw(got), "ok" if same else "MISMATCH (want %s)" % (raw(want),))


def fn(name, restype, *argtypes):
    f = getattr(lib, name)
    f.restype = restype
    f.argtypes = list(argtypes)
    return f


def unary(name, tp, make, *extra, key=None):
    """tp name(tp, *extra) against void name_p(tp *, *extra); compared by bytes, or by key() where
    the type has padding (whose bytes a by-value copy need not keep)."""
    extra_types = [type(e) if not isinstance(e, int) else c_int for e in extra]
    byval = fn(name, tp, tp, *extra_types)
    byptr = fn(name + "_p", None, POINTER(tp), *extra_types)
    v = make()
    want = make()
    byptr(byref(want), *extra)
    got = byval(v, *extra)
    report(name, key(got) if key else got, key(want) if key else want)
    return got


u = unary("udi_twice", UDI, lambda: UDI(d=1.25))
print("  d =", u.d)
report("udi_scale", fn("udi_scale", c_double, c_int, UDI, c_double)(3, UDI(d=1.5), 0.5), 2.25)
u = unary("ufd_swap", UFD, lambda: UFD((c_float * 2)(1.5, -2.0)))
print("  f =", list(u.f))
u = unary("u12_shift", U12, lambda: U12(b"abcdefghijkl"))
print("  c =", u.c)
u = unary("uld_half", ULD, lambda: ULD(g=7.0))
print("  g =", u.g)
u = unary("ubig_rot", UBIG, lambda: UBIG((c_int64 * 3)(1, -2, 3)), 5)
print("  q =", list(u.q))
p = unary("p1_bump", P1, lambda: P1(b"a", 7, 1.25))
print("  fields =", p.a, p.b, p.c)
args = (P1(b"\x02", 10, 0.5), P1(b"\x01", -4, 0.25))
report("p1_sum", fn("p1_sum", c_double, c_int, P1, P1)(3, *args),
       fn("p1_sum_p", c_double, c_int, POINTER(P1), POINTER(P1))(3, *map(byref, args)))
want = P2()
fn("p2_make_p", None, c_int16, c_int32, POINTER(P2))(-3, 123456, byref(want))
got = fn("p2_make", P2, c_int16, c_int32)(-3, 123456)
report("p2_make", got, want)
print("  fields =", got.a, got.b)
args = (P2(1, 2), P2(-3, 40000))
report("p2_mix", fn("p2_mix", c_long, P2, P2)(*args), fn("p2_mix_p", c_long, POINTER(P2), POINTER(P2))(*map(byref, args)))
p = unary("p3_swap", P3, lambda: P3(9, 2.5))
print("  fields =", p.a, p.b)
def make_su():
    s = SU(5)
    s.u.f = 1.5
    s.x = 10.0
    return s
s = unary("su_bump", SU, make_su)
print("  fields =", s.tag, s.u.f, s.x)
s = unary("sfu_step", SFU, lambda: SFU(2.0, FD(d=0.5)), c_float(4.0), key=lambda s: (s.a, s.u.d))
print("  fields =", s.a, s.u.d)

# Python callbacks taking and returning them by value.
UDI_CB = CFUNCTYPE(UDI, UDI, c_int)
cb = UDI_CB(lambda v, k: UDI(d=v.d * k + 0.5))
r = fn("udi_via", UDI, UDI_CB, UDI, c_int)(cb, UDI(d=2.0), 3)
report("udi_via", r.d, 6.5)
P2_CB = CFUNCTYPE(P2, P2)
cb2 = P2_CB(lambda v: P2(v.b % 1000, v.a * 2))
r = fn("p2_via", P2, P2_CB, P2)(cb2, P2(21, 7345))
report("p2_via", (r.a, r.b), (345, 42))
SU_CB = CFUNCTYPE(SU, SU)
def su_cb(v):
    out = SU(v.tag * 10)
    out.u.i = v.u.i + 1
    out.x = v.x * 2
    return out
cb3 = SU_CB(su_cb)
s = make_su()
r = fn("su_via", SU, SU_CB, SU)(cb3, s)
report("su_via", (r.tag, r.u.i, r.x), (50, s.u.i + 1, 20.0))
print("checked %d cases, %d mismatches" % (cases, bad))
