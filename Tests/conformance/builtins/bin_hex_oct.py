# bin, hex, oct on ints (including negative, huge and __index__ objects) and their inverses.
for n in (0, 1, 5, 255, -1, -255, 2 ** 40, -(2 ** 70), True):
    print(n, bin(n), oct(n), hex(n), int(bin(n), 0) == n, int(hex(n), 16) == n, int(oct(n), 8) == n)
class I:
    def __index__(self):
        return 10
print(bin(I()), oct(I()), hex(I()))
for fn in (bin, oct, hex):
    for bad in (1.5, "10", None):
        try:
            fn(bad)
        except TypeError as e:
            print(fn.__name__, type(e).__name__ + ":", e)
print(hex(0xDEADBEEF), hex(-0xbeef), oct(0o777), bin(0b1010 ^ 0b0110))
print(format(255, "b"), format(255, "o"), format(255, "x"), f"{255:#b}", "%x" % 255, "%#o" % 8)
print(int("0x" + "f" * 30, 16) == 16 ** 30 - 1, len(bin(2 ** 100)), hex(2 ** 64)[2:].count("0"))
print(float.hex(1.0), (255).to_bytes(1, "big").hex(), bytes.fromhex(hex(0x4142)[2:]))
print([bin(i)[2:].zfill(4) for i in range(6)])
print(bin(-0), hex(-0), oct(-8), bin(-(2 ** 8)))
print(int("-0b101", 0), int("-0o17", 0), int("-0xff", 0))
