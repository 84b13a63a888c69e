# printf-style formatting for bytes (PEP 461) and bytes repr rules.
print(b"%d %s %x %c" % (42, b"bytes", 255, 65))
print(b"%5d|%-5d|%05.1f|%r|%a" % (1, 2, 3.14159, b"x", "é"))
print(b"%b and %s" % (b"one", bytearray(b"two")), b"%c%c" % (b"A", 66))
print(b"%(a)s-%(b)d" % {b"a": b"x", b"b": 2})
print(b"%%d literal" % (), b"%.2s" % b"abcdef", b"%x %X %o" % (255, 255, 8))
for fmt, args in [(b"%s", "str"), (b"%s", 1), (b"%c", 256), (b"%c", b"ab"), (b"%d", b"1"), (b"%b", [1])]:
    try:
        print(fmt % args)
    except (TypeError, OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
class Buf:
    def __bytes__(self):
        return b"from __bytes__"
print(b"%s" % Buf(), bytes(Buf()))
print(repr(b"\x00\x07\x08\t\n\x0b\x0c\r\x1b"), repr(b"'"), repr(b"\""), repr(b"\\"), repr(b"\x7f\x80\xff"))
print(repr(bytearray(b"'\"")), repr(b"printable ~"), str(b"x"), ascii(b"\xe9"))
for n in (0, 9, 10, 13, 31, 32, 39, 92, 126, 127, 128, 255):
    print(n, repr(bytes([n])))
print(b"%i" % 3.9, b"%f" % 1, b"%e" % 12345.678, b"%g" % 0.0001)
print(bytearray(b"%s!") % b"hey", type(bytearray(b"%s") % b"x").__name__)
