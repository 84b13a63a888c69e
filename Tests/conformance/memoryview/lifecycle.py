# Releasing views, exports between views, hashing and the attributes of released views.
import gc

ba = bytearray(b"abcdef")
a = memoryview(ba)
b = memoryview(a)          # a second view on the same buffer
c = a[1:]
print(b.obj is ba, c.obj is ba, a == b, a is b)
a.release()
print(repr(a)[:9], repr(b)[:9], c.tobytes())
for name in ("obj", "nbytes", "format", "shape", "readonly", "ndim", "tobytes", "tolist", "hex"):
    try:
        x = getattr(a, name)
        print(name, "->", x() if callable(x) else x)
    except ValueError as e:
        print(name, "ValueError:", e)
for op in (len, hash, lambda v: v[0], lambda v: bytes(v), lambda v: memoryview(v), lambda v: v.__enter__()):
    try:
        op(a)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(a == a, a == b, a != b, repr(a).startswith("<released memory at 0x"), repr(b).startswith("<memory at 0x"))
a.release()                 # releasing twice is fine
b.release(); c.release()
ba.append(ord("g"))
print(ba)

# memoryview(view) registers a new view (no export), so both can be released in any order;
# readinto writes through a view
v = memoryview(bytearray(4))
inner = memoryview(v)       # a new view, not an export: release is still allowed
import io
bio = io.BytesIO(b"xyz")
v2 = memoryview(bytearray(3))
print(bio.readinto(v2), v2.tobytes())
inner.release(); v.release(); v2.release()

# hashing: read-only byte formats only, equal to the hash of the bytes
ro = memoryview(b"hash me")
print(hash(ro) == hash(b"hash me"), hash(ro[::2]) == hash(b"hs e"), {ro: 1}[b"hash me"])
for thing in (memoryview(bytearray(b"rw")), memoryview(b"abcd").cast("i"), memoryview(b"ab").cast("c")):
    try:
        print(hash(thing) == hash(thing.tobytes()))
    except ValueError as e:
        print("ValueError:", e)

# views die with their last reference; exporter resizable again afterwards
ba2 = bytearray(10)
views = [memoryview(ba2)[i:] for i in range(3)]
del views
gc.collect()
ba2.extend(b"ok")
print(len(ba2))

# constructor checks
for args, kw in [((), {}), ((1,), {}), (("s",), {}), ((b"x", b"y"), {}), ((), {"object": b"kw"}), ((), {"obj": b"x"})]:
    try:
        r = memoryview(*args, **kw)
        print("ok", r.tobytes())
    except TypeError as e:
        print("TypeError:", e)

# comparisons other than == and != are not supported
try:
    memoryview(b"a") < memoryview(b"b")
except TypeError as e:
    print("TypeError:", e)
print(memoryview(b"ab") == [97, 98], memoryview(b"ab") == "ab", memoryview(b"") == b"")
print(memoryview(b"ab") == memoryview(bytearray(b"ab")).cast("c"), memoryview(b"\x01").cast("?") == memoryview(b"\x01"))
print(type(iter(memoryview(b"x"))).__name__ != "", list(reversed(memoryview(b"abc"))), 98 in memoryview(b"abc"))
