# pickle.dumps of builtin values for protocols 0-5: the bytes (hex) must equal CPython's,
# and loads must give the value back. Covers batching (1000 items), framing (64 KiB) and memo.
import pickle
import collections

vals = [None, True, False, 0, 1, -1, 255, 256, 65535, 65536, -2**31, 2**31 - 1, 2**31, -2**31 - 1,
        2**63, 2**70, -2**70, -256, -255, 127, 128, -128, -129, 2**2100, -2**2100,
        1.5, -0.0, 0.1, float('inf'), float('-inf'), 1e300, 5e-324, 1 + 2j, -0.5j,
        '', 'abc', 'a\\\n\u1234\0\r\x1a\U0001f600\xe9', 'x' * 300, b'', b'ab', b'\x00\xff' * 200,
        bytearray(b'xy'), bytearray(),
        (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2], {}, {1: 2}, {1: 2, 'a': [3]},
        set(), {1, 2, 3}, frozenset(), frozenset({4, 5}), {'k': (1, 2)}, [[], [[]]],
        len, collections.OrderedDict, type(None), type(...), type(NotImplemented),
        ValueError('x'), KeyError('k', 2), range(3), range(1, 10, 2), slice(1, 2), slice(None),
        ..., NotImplemented, int, str, object, bytes, [list(range(5))] * 2,
        (1, 'a', 2.5, None, True), [('a', 1), ('b', 2)], {'nested': {'deep': [1, {2: 3}]}}]
for p in range(6):
    for v in vals:
        d = pickle.dumps(v, p)
        back = pickle.loads(d)
        ok = back == v or (v != v) or repr(back) == repr(v)
        print(p, repr(v)[:40], d.hex(), ok, type(back).__name__)


# memo sharing: the same object twice, equal objects twice
s = "shared string"
t = (1, 2)
for p in range(6):
    print("memo", p, pickle.dumps([s, s, t, t, b"x", b"x"], p).hex())
# dump/load through file objects, several pickles in one file
import io
f = io.BytesIO()
for p in range(6):
    pickle.dump({"proto": p, "v": [1, 2]}, f, p)
f.seek(0)
print([pickle.load(f) for _ in range(6)])
try:
    pickle.load(f)
except EOFError as e:
    print("EOFError", e)
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, pickle.dumps(1) == pickle.dumps(1, 4))
print(pickle.dumps(1, -1)[:2], pickle.dumps(1, protocol=None)[:2])
try:
    pickle.dumps(1, 6)
except ValueError as e:
    print("ValueError", e)
print(pickle.dumps(b"ab", 0, fix_imports=False).hex(), pickle.dumps(range(2), 2, fix_imports=False).hex())
