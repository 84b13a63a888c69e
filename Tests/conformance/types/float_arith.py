# Float arithmetic details: mixed int/float, true/floor division, modulo signs, power edge cases.
print(7 / 2, -7 / 2, 7.0 // 2, -7.0 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, -7.5 % -2)
print(1 / 3 + 1 / 3 + 1 / 3, 0.1 + 0.7, 4.35 * 100, 1.1 * 1.1, 3.0 * 0.1)
print(2 ** 0.5 * 2 ** 0.5, 10 ** 0.5, 0.5 ** 2, (-0.5) ** 2, 0.0 ** 0, 0.0 ** 0.5)
print(2.0 ** -1074, 2.0 ** -1075, 2.0 ** 1023, (-2.0) ** 3, (-8.0) ** (1 / 3) == (-8.0) ** (1 / 3))
print(type((-8.0) ** 0.5).__name__, (-1.0) ** 0.5)
print(10 ** 16 + 1.0, float(10 ** 16 + 1), 10 ** 16 + 1 == 10 ** 16 + 1.0)
print(1e16 + 1 - 1e16, 1e16 + 2 - 1e16, (1e16 + 1) - 1e16)
print(0.1 * 3, 0.3 / 0.1, 0.3 // 0.1, 0.3 % 0.1)
print(1e308 + 1e308, -1e308 - 1e308, 1e-308 / 1e10, 5e-324 / 2, 5e-324 * 0.6)
print(abs(-1.5), -abs(1.5), +(-0.0), 3.0 == 3, type(3.0) is not type(3))
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]), 1e100 + 1.0 - 1e100)
import math
print(math.fsum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]))
print(max(0.0, -0.0), min(0.0, -0.0), max(-0.0, 0.0), sorted([0.0, -0.0, -0.0, 0.0]))
print(divmod(-0.0, 1), divmod(0.0, -1), -0.0 // 1, 0.0 % -1)
print(float(1 << 64) == 1 << 64, float((1 << 64) + 1) == (1 << 64) + 1, 2.0 ** 64 == 2 ** 64)
print(2 ** 64 + 0.5, 0.5 + 2 ** 64, 9007199254740993 + 0.0)
print(3 * 0.1 == 0.3, abs(3 * 0.1 - 0.3) < 1e-15, math.isclose(3 * 0.1, 0.3))
print(1.0 < 2, 2 > 1.5, 1 == 1.0 == True, float(True) + False)
try:
    2 ** 0.5 ** 10000 if False else 10.0 ** 400
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-8.0) ** 1e400
except OverflowError as e:
    print("OverflowError:", e)
print(pow(2.0, 3), pow(2, 3.0), pow(-2.0, 2), pow(0.0, 0.0))
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
