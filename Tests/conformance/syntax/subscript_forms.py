# Subscript forms: tuples, slices, Ellipsis and mixes passed to __getitem__/__setitem__.
class Show:
    def __getitem__(self, key):
        return key
    def __setitem__(self, key, value):
        print("set", key, value)
s = Show()
print(s[1])
print(s[1, 2])
print(s[1:2])
print(s[1:2, 3])
print(s[::])
print(s[:, :])
print(s[1:2:3, ..., None])
print(s[()], s[(1,)], s[1,])
print(s["a":"b"])
print(s[-1:], s[:-1], s[::-1])
s[1, 2] = "v"
s[0:5] = "slice"
x = [[1, 2, 3], [4, 5, 6]]
print(x[1][2], x[-1][-1], x[0][::-1])
d = {(1, 2): "tuple key", 3: "int key"}
print(d[1, 2], d[(1, 2)], d[3])
sl = s[1:10:2]
print(type(sl).__name__, sl.start, sl.stop, sl.step)
print(s[lambda: 0:1].start() if False else s[len("ab"):])
class Seq:
    def __len__(self):
        return 4
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("Seq index out of range")
        return i * i
q = Seq()
print(q[2], q[-1], q[1:3], q[::-1], list(q))
try:
    q[10]
except IndexError as e:
    print("IndexError:", e)
print("abc"[True], [10, 20][False])
