# format(): default spec, builtin types, __format__ hooks, errors.
print(format(42), format(42, "5d") + "|", format(3.5), format(3.5, ".3f"), format("s", "^5") + "|")
print(format(True), format(None), format([1, 2]), format((1,)), format({"a": 1}), format(b"x"))
print(format(1e100), format(1e100, "e"), format(-0.0), format(2 ** 100, ","), format(1 + 2j, ".1f"))
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "°F"
        return format(self.c, spec) + "°C"
t = Temp(21.5)
print(format(t), format(t, ".0f"), format(t, ".1F"), f"{t:>8.2f}", "{:F}".format(t))
class Inherit(int):
    pass
print(format(Inherit(255), "x"), format(Inherit(7)), f"{Inherit(3):03d}")
class StrFallback:
    def __str__(self):
        return "fallback"
print(format(StrFallback()), "{}".format(StrFallback()), f"{StrFallback()!s:>10}|")
for value, spec in [(StrFallback(), "10"), (1, "bad"), ("s", "d"), (1.5, "n")]:
    try:
        print(repr(format(value, spec)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    format(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(type(format(1)).__name__, format("", ""), format("abc", ""), format(0.1, ".17g"))
print(format(12345.6789, ",.2f"), format(0.000012345, ".3g"), format(-5, "+05d"), format(5, "=+5"))
