# inf and nan: arithmetic, comparison, conversion, math predicates, signed zeros.
import math
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), str(-nan), float("-inf"), float("Infinity"), float("-NaN"))
print(inf + 1, inf - inf, inf * 0, inf / inf, inf * -1, 1 / inf, -1 / inf)
print(inf > 1e308, -inf < -1e308, inf == inf, inf == -inf, nan == nan, nan != nan, nan is nan)
print(nan > 0, nan < 0, nan >= nan, max(1.0, nan), max(nan, 1.0), min(nan, 1.0))
print(math.isinf(inf), math.isinf(nan), math.isnan(nan), math.isnan(inf), math.isfinite(1e308), math.isfinite(inf))
print(math.copysign(1.0, -0.0), math.copysign(1.0, 0.0), -0.0 == 0.0, str(-0.0), repr(0.0 * -1))
print(math.copysign(5, -inf), abs(-inf), abs(-0.0), -(-0.0), 0.0 + -0.0, -0.0 + -0.0)
print(inf % 2 if False else math.fmod(5.5, 2), -5.5 % 2, math.fmod(-5.5, 2))
print([x for x in [1.0, nan, 2.0] if x == x], nan in [nan], [nan].count(nan), nan in {1: nan}.values())
print(float("inf") == float("inf"), hash(inf) == hash(float("inf")), hash(-inf) == -hash(inf))
print(sorted([3.0, -inf, inf, -1.0, 0.0]))
print(1e308 * 10, -1e308 * 10, 2.0 ** 1023 * 2, 1e-323 * 0.1)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    1.0 / 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5.0 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(inf // 1, -inf // 1 if False else "skip", 1 // inf, -1 // inf, 1 % inf, -1 % inf)
print(round(inf) if False else "round(inf) raises", math.floor(-0.5), math.ceil(-0.5), math.trunc(-0.5))
try:
    round(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(nan)
except ValueError as e:
    print("ValueError:", e)
