# Comparisons and arithmetic of user objects inside builtin containers and builtins (sorted, max, sum).
class Money:
    def __init__(self, c):
        self.c = c
    def __lt__(self, o):
        return self.c < o.c
    def __eq__(self, o):
        return isinstance(o, Money) and self.c == o.c
    def __add__(self, o):
        return Money(self.c + (o.c if isinstance(o, Money) else o))
    __radd__ = __add__
    def __repr__(self):
        return "M%d" % self.c
    __hash__ = None
ms = [Money(5), Money(1), Money(3), Money(1)]
print(sorted(ms), max(ms), min(ms), sum(ms), sum(ms, Money(100)))
print(sorted(ms, reverse=True), ms.index(Money(3)), ms.count(Money(1)), Money(3) in ms)
print([Money(1), Money(2)] == [Money(1), Money(2)], (Money(1),) < (Money(2),), [Money(1)] < [Money(1), Money(0)])
try:
    Money(1) > Money(0)
    print("reflected __lt__ used for >:", Money(1) > Money(0))
    Money(1) <= Money(2)
except TypeError as e:
    print("TypeError:", e)
try:
    {Money(1)}
except TypeError as e:
    print("TypeError:", e)
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ("1.10", "1.2", "1.2.1", "0.9", "1.2")]
print(sorted(vs), max(vs), sorted(set(vs), key=lambda v: v.parts))
print(Version("1.2") <= Version("1.2"), Version("2.0") >= Version("1.9"))
print(dict.fromkeys(vs).__len__(), vs.count(Version("1.2")))
