# Driver for buffer_ext: the buffer protocol from both sides.
import buffer_ext as m
from extshow import show, section


def info(label, obj, flags=m.PyBUF_FULL_RO):
    try:
        r = m.buffer_info(obj, flags)
    except Exception as e:  # noqa: BLE001
        print(f"{label} !! {type(e).__name__}: {e}")
        return
    print(label)
    for k in sorted(r):
        print(f"  {k}: {r[k]!r}")


section("built-in exporters")
info("bytes", b"abc\0d")
info("bytes simple", b"xyz", m.PyBUF_SIMPLE)
info("bytearray", bytearray(b"hello"))
info("bytearray writable", bytearray(b"rw"), m.PyBUF_WRITABLE)
info("bytes writable", b"ro", m.PyBUF_WRITABLE)
info("empty bytes", b"")
info("memoryview", memoryview(b"abcdef"))
info("memoryview slice", memoryview(b"abcdef")[1:4])
info("memoryview step", memoryview(b"abcdef")[::2])
info("memoryview step simple", memoryview(b"abcdef")[::2], m.PyBUF_SIMPLE)
info("memoryview step c-contig", memoryview(b"abcdef")[::2], m.PyBUF_C_CONTIGUOUS)
info("memoryview cast", memoryview(bytearray(16)).cast("d"))
info("memoryview cast 2d", memoryview(bytearray(range(12))).cast("B", (3, 4)))
info("str", "text")
info("int", 5)
info("list", [1, 2])
ba = bytearray(b"abcd")
show("fill bytearray", m.fill, ba, ord("z"))
print("  ->", ba)
show("fill bytes", m.fill, b"abcd", 0)
show("fill memoryview of bytes", m.fill, memoryview(b"abcd"), 0)
mv = memoryview(ba)
show("resize exported bytearray", ba.extend, b"more")
mv.release()
ba.extend(b"!")
print("  after release:", ba)

section("Matrix: bf_getbuffer / bf_releasebuffer")
mat = m.Matrix(2, 3)
info("Matrix full", mat)
info("Matrix simple", mat, m.PyBUF_SIMPLE)
info("Matrix nd", mat, m.PyBUF_ND)
info("Matrix strided", mat, m.PyBUF_STRIDED_RO)
info("Matrix f-contig", mat, m.PyBUF_F_CONTIGUOUS)
print("exports after info:", mat.exports)
with memoryview(mat) as v:
    print("memoryview:", v.format, v.itemsize, v.ndim, v.shape, v.strides, v.nbytes, v.readonly,
          v.c_contiguous, v.f_contiguous, v.contiguous)
    print("tolist:", v.tolist())
    print("item:", v[1, 2], v[0, 1])
    v[0, 0] = 5.5
    print("exports inside with:", mat.exports)
    show("resize while exported", mat.resize, 1, 1)
    flat = v.cast("B")
    print("cast B:", flat.nbytes, flat.ndim, len(flat))
    flat.release()
    show("row slice", lambda: v[0])
print("exports after with:", mat.exports)
print("get after write:", mat.get(0, 0))
show("sum_doubles Matrix", m.sum_doubles, mat)
show("sum_doubles bytes", m.sum_doubles, b"12345678")
show("sum_doubles cast", m.sum_doubles, memoryview(bytearray(16)).cast("d"))
mv2 = m.memory_from_object(mat)
print("memory_from_object:", type(mv2).__name__, mv2.shape, mat.exports)
del mv2
print("exports after del:", mat.exports)
show("resize after release", mat.resize, 1, 2)
print("after resize:", mat.get(0, 1))
show("bytes(Matrix)", lambda: bytes(m.Matrix(1, 1)))
show("Matrix bad", m.Matrix, 0, 1)

section("ByteBuf: PyBuffer_FillInfo")
info("ByteBuf", m.ByteBuf())
info("ByteBuf readonly writable", m.ByteBuf(True), m.PyBUF_WRITABLE)
bb = m.ByteBuf()
show("fill ByteBuf", m.fill, bb, ord("-"))
print("bytes(ByteBuf):", bytes(bb))
print("memoryview ByteBuf:", memoryview(bb).tobytes(), memoryview(bb).readonly, memoryview(m.ByteBuf(True)).readonly)
print("bytearray from ByteBuf:", bytearray(m.ByteBuf())[:4])
print("b'' join:", b"|".join([m.ByteBuf(), b"x"]))

section("PyMemoryView_FromMemory")
ro, rw = m.memory_from_memory()
print("readonly:", ro.readonly, rw.readonly, ro.tobytes())
show("write ro", ro.__setitem__, 0, 65)
rw[0] = ord("S")
print("after write:", ro.tobytes())
rw[0] = ord("s")
