# if / elif / else chains, truthiness of many types, nested ifs.
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    else:
        return "F"
print([grade(s) for s in (95, 90, 89, 80, 75, 10, -5)])
values = [0, 1, -1, 0.0, 0.1, "", "0", [], [0], (), {}, {0: 0}, set(), None, 0j, range(0), range(1), b""]
for v in values:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
class Falsy:
    def __bool__(self):
        return False
class ZeroLen:
    def __len__(self):
        return 0
class Plain:
    pass
for o in (Falsy(), ZeroLen(), Plain()):
    print(type(o).__name__, "truthy" if o else "falsy")
x = 7
if x > 5:
    if x > 6:
        print("x > 6")
    else:
        print("5 < x <= 6")
elif x > 0:
    print("unreachable")
if not x % 2:
    print("even")
else:
    print("odd")
class BadBool:
    def __bool__(self):
        return 1
try:
    if BadBool():
        pass
except TypeError as e:
    print("TypeError:", e)
