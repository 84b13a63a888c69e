# Uncaught AttributeError on an instance (attribute name unlike any existing one).
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm1(self):
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(p.x, p.y, p.norm1())
print(hasattr(p, "x"), hasattr(p, "qqqzzz"), getattr(p, "qqqzzz", "default"))
try:
    p.another_missing_attr_www
except AttributeError as e:
    print("caught:", e)
print(sorted(vars(p)))
p.x = 10
print(p.norm1())
print("now uncaught")
print(p.completely_unrelated_qqq)
print("never printed")
