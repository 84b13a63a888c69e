# hash() invariants and id() identity (only id(a) == id(a) style comparisons).
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False) == hash(-0.0))
print(hash("abc") == hash("ab" + "c"), hash((1, "a")) == hash((1, "a")), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(10 ** 20) == hash(10 ** 20), hash(1.5) == hash(1.5), hash(2 ** 61 - 1), hash(-1), hash(-2))
print(hash(None) == hash(None), hash(...) == hash(Ellipsis), hash(1 + 0j) == hash(1))
print(hash(float("inf")) == hash(float("inf")), hash(3.0) == hash(3), hash(0.5) == hash(0.5))
for unhashable in ([], {}, set(), bytearray(), [1, 2], {"a": 1}, slice(1)):
    try:
        hash(unhashable)
    except TypeError as e:
        print("TypeError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
print(hash(H(42)), hash(H(-1)), hash(H(2 ** 64)) == hash(2 ** 64))
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(a), id(a) == id(b), id(a) == id(c), type(id(a)).__name__, id(a) > 0)
x = object()
print(id(x) == id(x), x is x)
s = {1, 2}
s2 = s
s2.add(3)
print(id(s) == id(s2), sorted(s))
def f():
    pass
print(id(f) == id(f), hash(f) == hash(f))
t = (a, c)
print(id(t[0]) == id(a), id(t[1]) == id(c), id(t[0]) == id(t[1]))
print(len({hash(i) for i in range(100)}), hash("") == hash(""), hash(b"abc") == hash(b"abc"))
