# TypeError messages for mismatched calls (CPython 3.11 wording).
def zero():
    pass
def one(a):
    pass
def two(a, b):
    pass
def opt(a, b=1):
    pass
def kwo(*, k):
    pass
def many(a, b, c, d):
    pass
class C:
    def method(self, x):
        pass
    @staticmethod
    def smeth(x):
        pass
objs = [None, 5, "s"]
cases = [
    ("zero(1)", lambda: zero(1)),
    ("zero(1, 2)", lambda: zero(1, 2)),
    ("one()", lambda: one()),
    ("one(1, 2)", lambda: one(1, 2)),
    ("two(1)", lambda: two(1)),
    ("two()", lambda: two()),
    ("two(1, 2, 3)", lambda: two(1, 2, 3)),
    ("opt()", lambda: opt()),
    ("opt(1, 2, 3)", lambda: opt(1, 2, 3)),
    ("kwo()", lambda: kwo()),
    ("kwo(1)", lambda: kwo(1)),
    ("many(1)", lambda: many(1)),
    ("one(b=1)", lambda: one(b=1)),
    ("one(1, a=1)", lambda: one(1, a=1)),
    ("C().method()", lambda: C().method()),
    ("C().method(1, 2)", lambda: C().method(1, 2)),
    ("C.method(1)", lambda: C.method(1)),
    ("C.smeth()", lambda: C.smeth()),
    ("None()", lambda: objs[0]()),
    ("5()", lambda: objs[1]()),
    ("'s'()", lambda: objs[2]()),
]
for label, fn in cases:
    try:
        fn()
        print(label, "no error")
    except TypeError as e:
        print(label, "->", e)
