# Truth testing protocol: __bool__ takes precedence over __len__, bad return types, defaults.
class Both:
    def __bool__(self):
        print("  __bool__")
        return False
    def __len__(self):
        print("  __len__")
        return 5
print(bool(Both()))
class LenOnly:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(LenOnly(0)), bool(LenOnly(3)), not LenOnly(0))
class Neither:
    pass
print(bool(Neither()))
class BadBool:
    def __bool__(self):
        return "yes"
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class IntBool:
    def __bool__(self):
        return 1
try:
    if IntBool():
        pass
except TypeError as e:
    print("TypeError:", e)
class BigLen:
    def __len__(self):
        return 2 ** 70
try:
    bool(BigLen())
except OverflowError as e:
    print("OverflowError:", e)
class NoneBool:
    __bool__ = None
try:
    bool(NoneBool())
except TypeError as e:
    print("TypeError:", e)
class Counter:
    calls = 0
    def __bool__(self):
        Counter.calls += 1
        return True
c = Counter()
if c and c:
    pass
x = c or 0
while not c:
    pass
print(Counter.calls)
class BoolSub(int):
    def __bool__(self):
        return True
print(bool(BoolSub(0)), int(BoolSub(0)))
print([bool(v) for v in (0, -1, 0.0, 1e-300, "", " ", [], [[]], {}, None, ..., object)])
