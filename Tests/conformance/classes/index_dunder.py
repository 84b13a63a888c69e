# __index__: used for sequence indexing, slicing, bin/hex/oct, range, operator.index-like conversions.
class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
data = list("abcdefgh")
print(data[Idx(2)], data[Idx(-1)], data[Idx(1):Idx(4)], data[::Idx(3)])
print("hello"[Idx(1)], (1, 2, 3)[Idx(0)], b"xyz"[Idx(2)])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(list(range(Idx(3))), list(range(Idx(1), Idx(10), Idx(4))))
print([0] * Idx(3), "ab" * Idx(2))
print(int(Idx(7)), Idx(9).__index__())
data[Idx(0)] = "A"
del data[Idx(1)]
print(data)
print(slice(Idx(1), Idx(5)).indices(10))
print(round(12345, Idx(-2)), pow(Idx(2), Idx(10)) if False else pow(2, 10))
class NotIndex:
    def __int__(self):
        return 3
try:
    [1, 2, 3, 4][NotIndex()]
except TypeError as e:
    print("TypeError:", e)
try:
    bin(NotIndex())
except TypeError as e:
    print("TypeError:", e)
try:
    [1][float(1)]
except TypeError as e:
    print("TypeError:", e)
try:
    "abc"[str("x")]
except TypeError as e:
    print("TypeError:", e)
class BadIndex:
    def __index__(self):
        return "str"
try:
    [1][BadIndex()]
except TypeError as e:
    print("TypeError:", e)
print([10, 20, 30][True], "xyz"[False])
big = Idx(2 ** 70)
try:
    [1][big]
except IndexError as e:
    print("IndexError:", e)
print(data[Idx(-100):Idx(100)])
