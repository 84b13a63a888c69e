# Container dunders: __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__, __reversed__.
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def _check(self, key):
        if not isinstance(key, tuple) or len(key) != 2:
            raise TypeError("Grid indices must be (x, y) tuples, not %s" % type(key).__name__)
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError("cell %r out of range" % (key,))
    def __getitem__(self, key):
        self._check(key)
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        self._check(key)
        self.cells[key] = value
    def __delitem__(self, key):
        self._check(key)
        self.cells.pop(key, None)
    def __contains__(self, value):
        return value in self.cells.values()
    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield self[x, y]
    def __reversed__(self):
        return iter(list(self)[::-1])
g = Grid(3, 2)
g[0, 0] = "a"
g[2, 1] = "z"
g[1, 0] = "b"
print(len(g), g[0, 0], g[1, 1], "z" in g, "q" in g)
print("".join(g), "".join(reversed(g)))
del g[1, 0]
print("".join(g), list(g).count("."))
for bad in [(5, 5), 3, (1,)]:
    try:
        g[bad]
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
class Seq:
    def __init__(self, data):
        self.data = data
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        return self.data[i]
s = Seq("hello")
print(list(s), list(reversed(s)), "l" in s, s[1:3], sorted(s), len(s))
print(bool(Seq("")), bool(Seq("x")))
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class FloatLen:
    def __len__(self):
        return 2.0
try:
    len(FloatLen())
except TypeError as e:
    print("TypeError:", e)
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
class RO:
    def __getitem__(self, i):
        return i
try:
    RO()[0] = 1
except TypeError as e:
    print("TypeError:", e)
