# Slice syntax on lists/strings/tuples: negative indices and steps, assignment, deletion.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[:], a[-3:], a[:-3], a[-5:-2])
print(a[::2], a[1::3], a[::-1], a[::-3], a[8:2:-2], a[2:8:-1])
print(a[-1:-4:-1], a[100:], a[-100:2], a[5:100:2], a[:0])
s = "abcdefgh"
print(s[::-1], s[1:-1], s[-2::-2], s[3:1], s[len(s):])
t = tuple(range(6))
print(t[1:4], t[::-2], type(t[1:2]).__name__)
b = list(range(6))
b[1:3] = ["x", "y", "z"]
print(b)
b[:0] = [-1]
print(b)
b[len(b):] = [99]
print(b)
b[::2] = "ABCDE"
print(b)
try:
    b[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
c = list(range(10))
del c[::3]
print(c)
del c[1:3]
print(c)
c[1:4] = []
print(c)
d = list(range(5))
d[3:1] = ["ins"]
print(d)
e = list(range(8))
e[::-2] = "abcd"
print(e)
print(a[slice(1, 8, 3)], slice(1, 8, 3).indices(5), slice(None, None, -1).indices(4))
print(s[::-1][::-1] == s, a[-1], a[-len(a)])
