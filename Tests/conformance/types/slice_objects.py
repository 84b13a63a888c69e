# slice objects: attributes, indices(), use on sequences, equality, hashing in 3.11 (unhashable).
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, None), slice(None, None, -1))
print(s.indices(5), s.indices(20), slice(None, None, -1).indices(6), slice(-3, None).indices(10))
print(slice(-100, 100).indices(10), slice(10, -10, -1).indices(5), slice(None, -1, -2).indices(7))
data = list(range(10))
print(data[s], data[slice(-3, None)], data[slice(None, None, -3)], "abcdef"[slice(1, -1)])
try:
    slice(None, None, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
try:
    data[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print("ValueError:", e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3))
try:
    hash(slice(1, 2))
except TypeError as e:
    print("TypeError:", e)
print(slice("a", "b", "c"), slice(1.5, None).start, range(10)[slice(2, 8, 3)])
t = tuple(range(8))
for sl in (slice(2, 6), slice(None, None, 2), slice(6, 2, -1), slice(-2, -6, -2), slice(100, None)):
    print(sl, t[sl], list(range(*sl.indices(len(t)))))
class Recorder:
    def __getitem__(self, key):
        return key
rec = Recorder()
print(rec[1:2], rec[::], rec[:3:], rec[1:2, ::3], rec[...:None])
seq = list("abcdefgh")
seq[slice(0, 3)] = "XY"
print(seq)
del seq[slice(None, None, 2)]
print(seq)
print(slice(None, 5).indices(3), slice(2 ** 70, None).indices(10), slice(-2 ** 70, 3).indices(10))
