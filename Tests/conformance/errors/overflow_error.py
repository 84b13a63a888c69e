# Uncaught OverflowError from converting a huge int to float.
import math
big = 10 ** 300
print(float(big) > 0, math.log10(big))
try:
    float(10 ** 400)
except OverflowError as e:
    print("caught:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("caught:", e)
print(10 ** 400 > 1e308, (10 ** 400) // 10 ** 399)
values = [10 ** 100, 10 ** 200, 10 ** 300]
for v in values:
    print(len(str(v)), v / 10 ** (len(str(v)) - 1))
def to_float(n):
    return float(n)
print(to_float(2 ** 1000) > 1e300)
print("now uncaught")
to_float(2 ** 2000)
print("never printed")
