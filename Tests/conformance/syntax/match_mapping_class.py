# match statement: mapping patterns, class patterns with positional and keyword sub-patterns.
def mp(d):
    match d:
        case {"type": "point", "x": x, "y": y}:
            return "point %r %r" % (x, y)
        case {"type": "circle", **rest}:
            return "circle with %r" % sorted(rest.items())
        case {"name": str(name)}:
            return "named " + name
        case {}:
            return "other mapping"
        case _:
            return "not a mapping"
print(mp({"type": "point", "x": 1, "y": 2, "extra": 0}))
print(mp({"type": "circle", "r": 5, "c": (0, 0)}))
print(mp({"name": "bob"}), mp({"name": 5}), mp({}), mp([("type", "point")]))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
def cls(o):
    match o:
        case Point3(x, y, z=0):
            return "flat 3d %r %r" % (x, y)
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return "y axis %r" % yy
        case Point(xx, yy) if xx == yy:
            return "diag %r" % xx
        case Point():
            return "some point"
        case int() | float():
            return "number"
        case str() as s:
            return "string " + s
        case _:
            return "unknown"
for o in [Point3(1, 2, 0), Point3(1, 2, 3), Point(0, 0), Point(0, 7), Point(4, 4),
          Point(1, 2), 3, 2.5, "txt", None]:
    print(cls(o))
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)
