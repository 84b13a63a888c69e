# round(): banker's rounding for halves, ndigits positive/negative, return types, big values.
print([round(x) for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994)])
print([round(x + 0.5) for x in range(-3, 4)])
print(round(2.675, 2), round(2.665, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(1234.5678, 2), round(1234.5678, -2), round(1234.5678, -5), round(-1234.5678, 1))
print(round(5.5, 0), round(6.5, 0), type(round(5.5, 0)).__name__, type(round(5.5)).__name__)
print(round(1e300, 2), round(1e300, -300), round(1.5e-300, 300), round(123.456, 400))
print(round(1e20), round(-1e20), round(2.0 ** 70), round(1.0e15 + 0.5))
print(round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(0.1 + 0.2, 17))
print(round(-0.4), round(-0.0), round(-0.0, 1), round(0.4, 0))
print(round(7), round(7, 0), round(7, -1), round(-75, -1), round(-65, -1), round(15, -1))
print(round(10 ** 20 + 5, -1), round(10 ** 20 + 15, -1), round(10 ** 20 + 25, -1))
print(round(True), round(False, 3), type(round(True)).__name__)
try:
    round("1.5")
except TypeError as e:
    print("TypeError:", e)
try:
    round(1.5, 1.5)
except TypeError as e:
    print("TypeError:", e)
print(round(12.5, None), round(13.5, None))
class R:
    def __round__(self, n=None):
        return ("custom", n)
print(round(R()), round(R(), 3), round(R(), None))
import math
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(2.7), math.trunc(-2.7))
print(type(math.floor(2.7)).__name__, math.floor(10 ** 20 + 0.0), math.ceil(1e-300))
print(math.floor(-0.0), math.ceil(0.0), int(2.9999999999999996), int(-2.9999999999999996))
