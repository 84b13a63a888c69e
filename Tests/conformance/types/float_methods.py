# float methods: is_integer, as_integer_ratio, hex/fromhex, conjugate, real/imag, float(x) conversions.
for v in (1.0, 1.5, -2.0, 0.0, 1e300, 0.1, -0.75, 2.0 ** -30):
    print(v, v.is_integer(), v.as_integer_ratio(), v.hex())
print((0.1).as_integer_ratio()[1] == 2 ** 55, (3.5).conjugate(), (3.5).real, (3.5).imag)
for s in ("0x1.8p1", "0X1P+2", "-0x0.8p0", "0x.1p4", "0x1.fffffffffffffp1023", "  0x1p-2  "):
    print(s.strip(), float.fromhex(s))
try:
    float.fromhex("0x1p99999")
except OverflowError as e:
    print("OverflowError:", e)
try:
    float.fromhex("zz")
except ValueError as e:
    print("ValueError:", e)
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print("OverflowError:", e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print("ValueError:", e)
print(float(5), float(-0), float(True), float("  1.5  "), float("1e3"), float("-.5"), float("+1_0.0_1"))
print(float("inf"), float("-infinity"), float("nAn"), float(" -iNF "))
for s in ("", "1.2.3", "1e", "abc", "1_", "_1", "0x10", "1,5", "- 1"):
    try:
        float(s)
    except ValueError as e:
        print("ValueError:", e)
try:
    float([1])
except TypeError as e:
    print("TypeError:", e)
class F:
    def __float__(self):
        return 2.5
print(float(F()), float(b"3.5"), float(bytearray(b"-1")))
class BadF:
    def __float__(self):
        return 1
try:
    float(BadF())
except TypeError as e:
    print("TypeError:", e)
print(float.__name__, (1.5).__add__(1), (1.5).__radd__(1), (1.5).__add__("x"))
print(float(2 ** 1023), float(-(2 ** 1023)) * 1, 2 ** 1023 + 0.0 == float(2 ** 1023))
