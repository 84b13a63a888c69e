# __hash__ / __eq__ interplay: defining __eq__ disables hashing, explicit __hash__, dict/set behaviour.
class NoEq:
    pass
a = NoEq()
print(hash(a) == hash(a), {a: 1}[a])
class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print("TypeError:", e)
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError:", e)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return "P(%d,%d)" % (self.x, self.y)
s = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(s), Point(1, 2) in s, sorted(s, key=lambda p: (p.x, p.y)))
d = {Point(0, 0): "origin"}
print(d[Point(0, 0)])
class Collide:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 1
    def __eq__(self, o):
        return self.v == o.v
print(len({Collide(1), Collide(2), Collide(1)}))
class Unhashable:
    __hash__ = None
try:
    hash(Unhashable())
except TypeError as e:
    print("TypeError:", e)
class Child(Point):
    pass
print(Child.__hash__ is Point.__hash__, hash(Child(1, 2)) == hash(Point(1, 2)))
class ChildEq(Point):
    def __eq__(self, o):
        return False
print(ChildEq.__hash__)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
print(hash(1) == hash(1.0) == hash(True), hash((1, 2)) == hash((1, 2)), hash(-1) == hash(-2))
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
