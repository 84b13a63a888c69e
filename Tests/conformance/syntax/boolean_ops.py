# and / or / not return values and short-circuiting.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 0, "" or [] or {})
print([] and 1, [0] and "yes", not [], not [0], not None)
trace = []
def t(x):
    trace.append(x)
    return x
r = t(0) and t(1)
print(r, trace); trace.clear()
r = t(1) and t(0) and t(2)
print(r, trace); trace.clear()
r = t(0) or t("") or t(3) or t(4)
print(r, trace); trace.clear()
r = t(1) or t(2) and t(3)
print(r, trace); trace.clear()
r = (t(0) or t(2)) and t(3)
print(r, trace); trace.clear()
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool", self.v)
        return self.v
    def __repr__(self):
        return "B(%s)" % self.v
print(B(True) and B(False))
print(B(False) or B(True))
print(not B(True))
class L:
    def __len__(self):
        return 0
print(bool(L()), not L(), L() or "empty")
print(0.0 or -0.0, 0j or 1, b"" or b"x")
x = 5
print(x > 3 and x < 10 or x == 100)
print(True + True, False * 3, True == 1, isinstance(True, int))
