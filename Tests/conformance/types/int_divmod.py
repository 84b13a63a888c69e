# Floor division and modulo identities for every sign combination, small and big.
vals = [0, 1, 2, 3, 7, -1, -2, -3, -7, 10 ** 20 + 3, -(10 ** 20) - 3]
divs = [1, 2, 3, -1, -2, -3, 7, -7, 10 ** 10, -(10 ** 10)]
bad = 0
for a in vals:
    for b in divs:
        q, r = divmod(a, b)
        if q != a // b or r != a % b or q * b + r != a:
            bad += 1
        if r != 0 and (r < 0) != (b < 0):
            bad += 1
print("identity violations:", bad)
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (6, 3), (-6, 3), (0, -5), (1, 10 ** 30), (-1, 10 ** 30)]:
    print(a, b, divmod(a, b))
for a, b in [(7.0, 3), (-7.0, 3), (7, -3.0), (-7.5, -2), (0.0, -1), (-0.0, 1), (1e300, 1e-300)]:
    print(a, b, divmod(a, b))
for a, b in [(5, 0), (5.0, 0), (0, 0.0)]:
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2, -(7 // 2))
print((-10 ** 20) // 3, (-10 ** 20) % 3, (10 ** 20) // -3, (10 ** 20) % -3)
print(-1 % 10 ** 50, (-1) // 10 ** 50)
print(int(-7 / 2), -7 // 2, round(-7 / 2))
try:
    divmod(1, "a")
except TypeError as e:
    print("TypeError:", e)
try:
    divmod(1 + 1j, 1)
except TypeError as e:
    print("TypeError:", e)
print(True // 2, True % 2, divmod(True, True), divmod(-True, 2))
