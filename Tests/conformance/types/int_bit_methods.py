# int.bit_length, bit_count, and bit manipulation on small, large and negative values.
for n in (0, 1, 2, 3, 7, 8, 255, 256, -1, -2, -255, -256, 2 ** 64 - 1, 2 ** 64, -(2 ** 64)):
    print(n, n.bit_length(), n.bit_count(), bin(n))
print((1 << 300).bit_length(), ((1 << 300) - 1).bit_count())
print((-(1 << 300)).bit_length(), (-(1 << 300)).bit_count())
n = 0b1011_0110
print(n & (n - 1), n & -n, n | (n + 1), n ^ (n >> 1))
def popcount(x):
    c = 0
    while x:
        x &= x - 1
        c += 1
    return c
print(all(popcount(v) == v.bit_count() for v in range(2000)))
print([~v for v in (0, 1, -1, 2 ** 70)])
print((-1) >> 1000, (-(2 ** 100)) >> 99, (2 ** 100) >> 1000, -3 >> 1, -3 // 2)
print(hex(0xFFFF_FFFF_FFFF_FFFF & ~0xFF), hex(-0x100 & 0xFFFF))
print(int.bit_length(1024), True.bit_length(), False.bit_count())
print((5).to_bytes(2, "big"), (5).bit_length())
def reverse_bits(x, width):
    r = 0
    for _ in range(width):
        r = (r << 1) | (x & 1)
        x >>= 1
    return r
print(bin(reverse_bits(0b1101, 8)), reverse_bits(1, 64) == 1 << 63)
print(int("1" * 100, 2) == (1 << 100) - 1, (1 << 100) - 1 == ~(-1 << 100))
print(0 ^ 0, 5 ^ 5, -5 ^ 5, -5 & 5, -5 | 5)
