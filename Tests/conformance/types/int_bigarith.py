# Arbitrary-precision integer arithmetic with mixed signs and sizes.
a = 2 ** 200 + 12345
b = -(3 ** 100) - 7
print(a)
print(b)
print(a + b)
print(a - b)
print(a * b)
print(a // 12345678901, a % 12345678901)
print(b // 987654321, b % 987654321)
print(a // b, a % b)
print(b // a, b % a)
print(-a // -b, -a % -b)
print(divmod(a, -97), divmod(-a, 97))
x = 1
for i in range(1, 40):
    x *= i
print(x, len(str(x)))
print(x // (x // 3 + 1), x % 1000003)
print((10 ** 50 + 1) * (10 ** 50 - 1) == 10 ** 100 - 1)
print(abs(b), -b, +b, -(-a) == a)
print(10 ** 30 // 7, 10 ** 30 % 7, -(10 ** 30) // 7, -(10 ** 30) % 7)
print(sum(range(10 ** 6)), sum(i * i for i in range(1000)))
big = 1 << 1000
print(big.bit_length(), (big - 1).bit_length(), len(str(big)), str(big)[:20])
print(big // (big >> 1), (big + 1) % big, (big * big) >> 1999)
print(12345678901234567890 * 98765432109876543210)
print((2 ** 64) * (2 ** 64) == 2 ** 128, 2 ** 64 - 1, -(2 ** 63))
print(7 ** 77 % 1000000007)
print(int(str(3 ** 300)) == 3 ** 300, hash(2 ** 64) == hash(2 ** 64))
print(max(a, b, 0), min(a, b, 0) == b, sorted([a, b, 0, -1, 1])[1:4])
print(10 ** 20 / 3, (10 ** 20) / (10 ** 19), 2 ** 70 / 2 ** 69)
print(1 / 3 * 3 == 1, 10 ** 400 // 10 ** 399)
try:
    10 ** 400 / 1
except OverflowError as e:
    print("OverflowError:", e)
print((-7) ** 3, (-2) ** 63, (-2) ** 64)
