# Bitwise operators on positive, negative and large ints.
for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (0, -1)]:
    print(a, b, a & b, a | b, a ^ b, ~a)
print(1 << 0, 1 << 10, 1 << 64, 1 << 100, -1 << 3, -5 << 2)
print(1024 >> 3, 1 >> 1, -1 >> 10, -1024 >> 3, -1025 >> 3, (1 << 100) >> 99)
big = (1 << 80) - 1
print(big & 0xFFFF, big | (1 << 90), big ^ (1 << 79), ~big)
print((-big) & 0xFF, (-(1 << 70)) | 1, (-big) ^ (-1))
print(-1 & 0xFFFFFFFF, hex(-1 & ((1 << 64) - 1)))
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError:", e)
print(True & False, True | False, True ^ True, type(True & True).__name__, ~True)
print(0b1100 & 0b1010, bin(0b1100 | 0b1010), bin(0b1100 ^ 0b1010))
x = 0
for bit in (0, 3, 5, 70):
    x |= 1 << bit
print(x, bin(x).count("1"), x.bit_length())
print([(n, n & -n) for n in (12, 40, 7, 1 << 65)])
mask = 0xF0
print(hex(0xABCD & mask), hex(0xABCD & ~mask), hex(0xABCD ^ mask))
print(sum(1 << i for i in range(10)), (1 << 1000) >> 997)
try:
    1.0 & 1
except TypeError as e:
    print("TypeError:", e)
print(5 >> 100, -5 >> 100)
