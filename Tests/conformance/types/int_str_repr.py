# Converting ints to strings: str/repr/hex/oct/bin/format of positive, negative and huge values.
for n in (0, 7, -7, 255, -255, 2 ** 64, -(2 ** 64), 10 ** 25):
    print(str(n), repr(n), hex(n), oct(n), bin(n)[:20])
print(format(255, "x"), format(255, "X"), format(255, "#X"), format(-255, "#x"), format(255, "08b"))
print(format(10 ** 12, ","), format(-10 ** 12, "_"), format(123456789, "_x"), format(255, "#_b"))
print(format(42, "+d"), format(42, " d"), format(-42, " d"), format(42, "=+8d"), format(-42, "08d"))
print(format(42, "<6d") + "|", format(42, "^6d") + "|", format(42, ">6d") + "|", format(42, "*^7"))
print(format(65, "c"), format(0x1F600, "c"), format(97, "c"))
print(format(42, "o"), format(42, "#o"), format(42, "e"), format(42, ".2f"), format(42, "%"))
print(format(10 ** 20, ".3e"), format(-12345, "n"), format(12345, ""))
print(str(-0), str(+0), repr(True), str(False), int("-0"))
print(len(str(2 ** 10000)), str(2 ** 10000)[:10], str(2 ** 10000)[-10:])
print(f"{1234567:,}", f"{-1234567:_}", f"{0:,}", f"{999:,}", f"{1000:,}")
print("%d %i %x %X %o %5d %-5d| %05d %+d" % (42, -42, 255, 255, 8, 7, 7, 7, 7))
print("%#x %#o %#X" % (255, 8, 255), "%c" % 65, "%r" % 10, "%s" % -3)
try:
    format(1, "s")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1, ",x")
except ValueError as e:
    print("ValueError:", e)
print(hex(0), oct(0), bin(0), hex(-0), bin(-1))
