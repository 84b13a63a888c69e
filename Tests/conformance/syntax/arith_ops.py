# Arithmetic semantics: floor division and modulo signs, true division, power, mixed types.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-0.5, 1), (5.0, 0.3)]
for a, b in fpairs:
    print(a, b, a // b, a % b, divmod(a, b))
print(2 ** 10, 2 ** 100, (-2) ** 3, (-2) ** 4, 2 ** 0, 0 ** 0)
print(4 ** 0.5, 8 ** (1 / 3), (-8) ** 2, 10 ** -2, 2.0 ** 3)
print(1 + 1.0, 3 * 2.0, 7 / 1, type(7 / 1).__name__, type(6 // 2).__name__)
print(True + 2, True * 3.5, False - 1)
print(3 * "ab", [0] * 3, (1,) * 0, "x" * -1)
print(-0.0, 0.0 == -0.0, -0.0 + 0.0, 0.0 * -1)
print(1e300 * 1e10, -1e300 * 1e10, (1e300 * 1e10) - (1e300 * 1e10))
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0)]:
    for op in ("/", "//", "%"):
        try:
            eval("a %s b" % op)
        except ZeroDivisionError as e:
            print(a, op, b, "->", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print((-8) ** (1 / 3) != 2, type((-8) ** 0.5).__name__)
print(10 ** 20 // 3, 10 ** 20 % 7, -(10 ** 20) // 3, -(10 ** 20) % 7)
print(abs(-5), abs(-5.5), abs(3 + 4j), -(-5))
print(7 % 1.5, -7 % 1.5, 7.0 // 0.1)
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2))
