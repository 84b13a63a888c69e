# Shortest round-trip repr of floats, str(), and scientific-notation thresholds.
vals = [0.1, 0.2, 0.1 + 0.2, 1.1, 2.675, 1 / 3, 2 / 3, 100.0, 1e15, 1e16, 1e17, 123456789.123,
        1e-4, 1e-5, 0.0001234, 1.5e-7, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
        -0.0, 0.0, 3.141592653589793, 9007199254740993.0, 0.3, 1e22, 1e23, 4.35, 0.57, 1.005]
for v in vals:
    print(repr(v), str(v), float(repr(v)) == v)
print(repr(1e16 - 1), repr(2.0 ** 60), repr(2.0 ** -20), repr(10.0 ** 21), repr(10.0 ** -7))
print(1.0, 10.0, -1.0, 1.5, 1e0, 12e-1, 0.5e1)
print(repr(float(10 ** 15)), repr(float(10 ** 16)), repr(float(123456789012345678)))
print([round(x * 0.1, 10) for x in range(5)])
print(sum([0.1] * 10), 0.1 * 10, 1 - 0.9, 0.7 + 0.1, 3 * 1.1)
print(1e300 * 1e300, -1e300 * 1e300, 1e-320, 1e-323 / 10)
print(float("0.1") == 0.1, float("1e-400"), float("-1e-400"), float("1e400"))
print(repr(1 / 7), repr(22 / 7), repr(355 / 113), repr(2 ** 0.5), repr(10 / 3))
x = 0.0
for _ in range(10):
    x += 0.1
print(x, x == 1.0, abs(x - 1.0) < 1e-15)
print(str(1.0e-10), str(123.456e5), str(-2.5e-5), str(1.23e+45))
print(float.hex(0.1), float.fromhex("0x1.999999999999ap-4"), (0.1).hex(), (1.0).hex(), (-0.0).hex())
print(float.fromhex("0x1p-1074"), float.fromhex("-0x1.8p1"), float.fromhex("0x10"), float.fromhex("inf"))
