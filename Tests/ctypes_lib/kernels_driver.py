# Driver for libkernels (kernels.c), run by swiftpy in the tests and by python3 to record
# kernels_driver.exp. The library's path comes in CTYPES_KERNELS_LIB.
import os
import sys
import threading
from ctypes import *

lib = CDLL(os.environ["CTYPES_KERNELS_LIB"])
pylib = PyDLL(os.environ["CTYPES_KERNELS_LIB"])

def section(name):
    print("== " + name)

section("array kernels")
DArr = c_double * 6
a = DArr(1, 2, 3, 4, 5, 6)
b = DArr(6, 5, 4, 3, 2, 1)
lib.k_dot.restype = c_double
lib.k_dot.argtypes = [POINTER(c_double), POINTER(c_double), c_size_t]
print("dot", lib.k_dot(a, b, len(a)))
lib.k_scale.restype = None
lib.k_scale.argtypes = [POINTER(c_double), c_size_t, c_double]
lib.k_scale(a, 6, 0.5)
print("scaled", list(a))
lib.k_axpy.restype = None
lib.k_axpy.argtypes = [c_double, c_void_p, c_void_p, c_size_t]
lib.k_axpy(2.0, a, b, 6)
print("axpy", list(b))
ba = bytearray(8 * 4)
view = (c_double * 4).from_buffer(ba)
view[:] = [1.5, 2.5, 3.5, 4.5]
lib.k_scale(view, 4, 2)
print("from_buffer", list(view), len(ba))
print("cast pointer", lib.k_dot(cast(addressof(view), POINTER(c_double)), view, 4))

section("out-parameters")
mn, mx, imn, imx = c_double(), c_double(), c_int(), c_int()
lib.k_minmax.argtypes = [POINTER(c_double), c_size_t, POINTER(c_double), POINTER(c_double),
                         POINTER(c_int), POINTER(c_int)]
data = (c_double * 5)(3.5, -2.0, 9.25, 0.0, 9.0)
rc = lib.k_minmax(data, 5, byref(mn), byref(mx), byref(imn), byref(imx))
print("minmax", rc, mn.value, mx.value, imn.value, imx.value)
print("empty", lib.k_minmax(data, 0, byref(mn), byref(mx), byref(imn), byref(imx)))
q, r = c_int(), c_int()
print("divmod", lib.k_divmod(17, 5, byref(q), byref(r)), q.value, r.value)
print("divmod pointer", lib.k_divmod(-17, 5, pointer(q), pointer(r)), q.value, r.value)

section("structures")
class Vec2(Structure):
    _fields_ = [("x", c_double), ("y", c_double)]
class Record(Structure):
    _fields_ = [("id", c_int), ("values", c_double * 3), ("name", c_char * 16), ("pos", Vec2)]
class Mixed(Structure):
    _fields_ = [("tag", c_char), ("big", c_longlong), ("small", c_short)]
lib.k_vec2_add.restype = Vec2
lib.k_vec2_add.argtypes = [Vec2, Vec2]
v = lib.k_vec2_add(Vec2(1, 2), Vec2(10, 20))
print("vec2_add", type(v).__name__, v.x, v.y)
lib.k_vec2_norm.restype = c_double
lib.k_vec2_norm.argtypes = [Vec2]
print("norm", lib.k_vec2_norm(Vec2(3, 4)))
lib.k_vec2_scale.argtypes = [POINTER(Vec2), c_double]
lib.k_vec2_scale.restype = None
lib.k_vec2_scale(byref(v), 0.5)
print("scaled in place", v.x, v.y)
w = Vec2(2, 8)
lib.k_vec2_scale(w, 0.25)          # an instance passed for POINTER(Vec2) goes by reference
print("auto byref", w.x, w.y)
pts = (Vec2 * 3)(Vec2(1, 2), Vec2(3, 4), (5, 6))
lib.k_sum_points.restype = c_double
lib.k_sum_points.argtypes = [POINTER(Vec2), c_size_t]
print("sum_points", lib.k_sum_points(pts, 3))
lib.k_record_make.restype = Record
lib.k_record_make.argtypes = [c_int, c_double]
rec = lib.k_record_make(7, 1.5)
print("record", sizeof(Record), rec.id, list(rec.values), rec.name, rec.pos.x, rec.pos.y)
lib.k_record_total.restype = c_double
lib.k_record_total.argtypes = [POINTER(Record)]
rec.values[2] = 100.0
print("record_total", lib.k_record_total(byref(rec)))
lib.k_mixed_make.restype = Mixed
lib.k_mixed_make.argtypes = [c_char, c_longlong, c_short]
m = lib.k_mixed_make(b"A", 2 ** 40, -3)
print("mixed", sizeof(Mixed), m.tag, m.big, m.small)
lib.k_mixed_sum.restype = c_longlong
lib.k_mixed_sum.argtypes = [Mixed]
print("mixed_sum", lib.k_mixed_sum(m))

section("strings")
lib.k_greeting.restype = c_char_p
print("greeting", lib.k_greeting())
lib.k_count_char.restype = c_size_t
lib.k_count_char.argtypes = [c_char_p, c_char]
print("count", lib.k_count_char(b"mississippi", b"s"))
lib.k_greeting.restype = c_void_p
print("as void*", string_at(lib.k_greeting(), 5))

section("callbacks")
INTFN = CFUNCTYPE(c_int, c_int)
DBLFN = CFUNCTYPE(c_double, c_double)
VISIT = CFUNCTYPE(None, c_int, c_double, py_object)
lib.k_apply.argtypes = [INTFN, c_int]
print("apply", lib.k_apply(INTFN(lambda x: x * x + 1), 7))
lib.k_map_sum.restype = c_double
lib.k_map_sum.argtypes = [DBLFN, POINTER(c_double), c_size_t]
print("map_sum", lib.k_map_sum(DBLFN(lambda x: x * 10), data, 5))
seen = []
lib.k_visit.argtypes = [POINTER(c_double), c_size_t, VISIT, py_object]
lib.k_visit.restype = None
lib.k_visit(data, 3, VISIT(lambda i, x, user: user.append((i, x))), seen)
print("visit", seen)
lib.k_call_in_thread.argtypes = [INTFN, c_int]
main_ident = threading.get_ident()
where = []
def in_thread(x):
    where.append(threading.get_ident() != main_ident)
    return x * 3
print("from a new pthread", lib.k_call_in_thread(INTFN(in_thread), 14), where)
lib.k_visit(data, 1, VISIT(lambda i, x, u: 1 / 0), None)
print("after raising callback: still running")

section("errors")
for label, f in [("missing symbol", lambda: lib.k_no_such_function),
                 ("bad struct arg", lambda: lib.k_vec2_norm(5)),
                 ("bad pointer arg", lambda: lib.k_dot(b"x", a, 1)),
                 ("too few", lambda: lib.k_dot(a))]:
    try:
        f()
    except Exception as e:
        msg = str(e).split(": ")[-1] if isinstance(e, AttributeError) else str(e)
        print(label, type(e).__name__, msg)

section("parallel: CDLL releases the GIL")
def run_pair(l, timeout):
    l.k_overlap.argtypes = [c_double]
    l.k_reset()
    res = [None, None]
    def worker(i):
        res[i] = l.k_overlap(timeout)
    ts = [threading.Thread(target=worker, args=(i,)) for i in range(2)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return l.k_max_inside(), res
mx, saw = run_pair(lib, 30.0)
print("max inside:", mx)
print("each thread saw its partner:", [bool(s) for s in saw])

section("PyDLL keeps the GIL")
mx, saw = run_pair(pylib, 0.3)
print("max inside:", mx)
print("each thread saw its partner:", [bool(s) for s in saw])
