# Zero-copy slicing of a bytearray through memoryview: views share memory with their exporter.

def parse_records(buf):
    """Split a buffer of length-prefixed records into views without copying."""
    view = memoryview(buf)
    out = []
    pos = 0
    while pos < len(view):
        n = view[pos]
        out.append(view[pos + 1:pos + 1 + n])
        pos += 1 + n
    return out


data = bytearray(b"\x05hello\x03abc\x00\x04wxyz")
recs = parse_records(data)
print([bytes(r) for r in recs])
print([len(r) for r in recs], [r.nbytes for r in recs])

# writing through a sub-view changes the bytearray
recs[0][0] = ord("H")
recs[1][:] = b"ABC"
print(data)

# a view of a view still points at the same memory
inner = recs[3][1:3]
inner[0] = ord("-")
print(data, inner.obj is data, inner.tobytes())

# slicing with steps gives strided, non-contiguous views
m = memoryview(bytearray(range(10)))
evens, odds = m[::2], m[1::2]
print(evens.tolist(), odds.tolist(), evens.strides, evens.contiguous, evens.c_contiguous)
print(m[::-1].tolist(), m[8:2:-3].tolist(), m[5:2].tolist(), m[-3:].tolist())
odds[:] = bytes(5)
print(m.tolist())
evens[1:4] = b"\xff\xfe\xfd"
print(m.tolist(), bytes(evens), bytearray(m[::3]))

# memoryview of bytes is read-only; of a bytearray writable
ro = memoryview(b"immutable")
print(ro.readonly, memoryview(bytearray(1)).readonly, ro.toreadonly().readonly)
try:
    ro[0] = 0
except TypeError as e:
    print("TypeError:", e)

# exports keep a bytearray from being resized until the views are released
buf = bytearray(b"resize me")
v = memoryview(buf)
part = v[2:4]
for op in (lambda: buf.append(0), lambda: buf.extend(b"xy"), lambda: buf.pop(), lambda: buf.clear()):
    try:
        op()
    except BufferError as e:
        print("BufferError:", e)
buf[0] = ord("R")          # same-size writes are fine
v.release()
try:
    buf.append(0)
except BufferError as e:
    print("still exported:", e)
print(bytes(part), part.obj is buf)
part.release()
buf += b"!"
print(buf, repr(v).startswith("<released"), repr(part).startswith("<released"))

# the context manager releases on exit
with memoryview(bytearray(b"ctx")) as cm:
    print(cm.tobytes(), repr(cm).startswith("<memory at"))
print(repr(cm).startswith("<released memory at"))
try:
    cm[0]
except ValueError as e:
    print("ValueError:", e)

# bytes operations accept memoryviews
mv = memoryview(b"key=value;other")
print(b"".join([mv[:3], b"/", mv[4:9]]), bytes(mv[4:9]).upper(), b"x" + mv[:3])
print(mv[:3] == b"key", mv[:3] == bytearray(b"key"), b"value" in bytes(mv), mv.hex(), mv[:4].hex("-"))
print(int.from_bytes(memoryview(b"\x01\x02"), "big"), bytearray(b"ab") + memoryview(b"cd"))
