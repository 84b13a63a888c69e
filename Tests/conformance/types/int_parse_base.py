# int(string, base): all bases, prefixes, base 0 auto-detection, underscores, whitespace and errors.
print(int("101", 2), int("777", 8), int("ff", 16), int("FF", 16), int("z", 36), int("Zz", 36))
print(int("0b101", 2), int("0o17", 8), int("0xAb", 16), int("0B11", 0), int("0O17", 0), int("0X1f", 0))
print(int("10", 0), int("0", 0), int("-0x10", 0), int("+42"), int(" \t 7 \n"), int("-0"))
print(int("1_000_000"), int("0x_ff", 16), int("0b_1_0", 0), int("1_0", 3))
for base in (2, 3, 7, 10, 16, 36):
    print(base, int("10", base), int("11", base))
print(int("123456789012345678901234567890"), int("-" + "9" * 50))
print(int("٣٤"), int("１２３"))
bad = [("", 10), ("12a", 10), ("0x10", 10), ("08", 0), ("1__0", 10), ("_10", 10), ("10_", 10),
       ("2", 2), ("0b", 0), ("- 5", 10), ("1.5", 10), ("0x", 16)]
for s, base in bad:
    try:
        int(s, base)
        print("accepted", repr(s))
    except ValueError as e:
        print("ValueError:", e)
for base in (1, 37, -1):
    try:
        int("1", base)
    except ValueError as e:
        print("ValueError:", e)
try:
    int(10, 2)
except TypeError as e:
    print("TypeError:", e)
print(int(b"42"), int(bytearray(b"-7")), int(b"ff", 16))
print(int(3.99), int(-3.99), int(1e20), int(True), int("00012"), int("0", 16))
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(int(), int(x=5) if False else int("5"), int("  -  5".replace(" ", "")))
