# pow() with modulus, negative exponents, modular inverse, and error cases.
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(0, 0), pow(2, 0))
print(pow(2, 10, 1000), pow(3, 200, 10 ** 9 + 7), pow(7, 0, 13), pow(7, 1, 1))
print(pow(-3, 3, 7), pow(3, 3, -7), pow(-3, 3, -7))
print(pow(123456789, 987654321, 1000000007))
print(pow(2, 2 ** 100, 101), pow(10 ** 30, 10 ** 30, 97))
print(pow(3, -1, 7), pow(3, -2, 7), pow(38, -1, 97), (38 * pow(38, -1, 97)) % 97)
print(pow(-5, -1, 13), pow(5, -1, -13))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    pow(2, 0.5, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(pow(2, 0.5), pow(-8, 1 / 3) == (-8) ** (1 / 3), pow(4, 0.5), pow(2.0, -2))
print(type(pow(2, -1)).__name__, type(pow(2, 2)).__name__, type(pow(2.0, 2)).__name__)
print(2 ** 256 % 1000, pow(2, 256, 1000))
def modexp(b, e, m):
    r = 1
    b %= m
    while e:
        if e & 1:
            r = r * b % m
        b = b * b % m
        e >>= 1
    return r
print(all(modexp(b, e, m) == pow(b, e, m) for b in range(-5, 20, 3) for e in range(0, 40, 7) for m in (2, 7, 1000, 65537)))
print(pow(True, 2), pow(2, True, 3), 10 ** -3, (-1) ** 0.5)
print(pow(1, 10 ** 20), pow(-1, 10 ** 20 + 1), pow(0, 10 ** 20))
