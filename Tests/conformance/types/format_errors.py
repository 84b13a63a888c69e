# Error messages from invalid format specs.
cases = [(1.5, "d"), ("s", "d"), (1, "s"), ("s", "+"), ("s", "="), ("s", ","), (1, ".2d"), (1, "z"),
         (1.0, "c"), ("s", "#"), (1, ",_"), (1, "_,"), (1, "=^5"), ([], "5"), (None, "x"), (1j, "="),
         (1, "c" * 2), ("x", "010"), (1, ",o"), (1.5, ",x"), (True, "s"), (-1, "c")]
for value, spec in cases:
    try:
        r = format(value, spec)
        print(repr(value), repr(spec), "->", repr(r))
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(value), repr(spec), type(e).__name__ + ":", e)
try:
    "{:d}".format("x")
except ValueError as e:
    print("ValueError:", e)
try:
    f"{3.0:d}"
except ValueError as e:
    print("ValueError:", e)
try:
    "{0:{1}}".format(1, "q")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1, "1" * 30)
except ValueError as e:
    print("ValueError:", e)
try:
    "{0:.{1}f}".format(1.0, "x")
except ValueError as e:
    print("ValueError:", e)
class NoFormat:
    def __format__(self, spec):
        return 5
try:
    format(NoFormat())
except TypeError as e:
    print("TypeError:", e)
try:
    format(object(), "x")
except TypeError as e:
    print("TypeError:", e)
print(format(object(), "") != "", format(True, ""), format(True, "^6"), format(None, ""))
