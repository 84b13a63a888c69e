# printf-style % formatting for strings: conversions, flags, width/precision, * and mappings, errors.
print("%s|%r|%a" % ("héllo", "héllo", "héllo"))
print("%5s|%-5s|%.2s|%5.1s|" % ("abc", "abc", "abc", "abc"))
print("%d|%5d|%-5d|%05d|%+d|% d|%+05d" % (42, 42, 42, 42, 42, 42, -42))
print("%x|%X|%#x|%#X|%o|%#o|%08.3x" % (255, 255, 255, 255, 8, 8, 10))
print("%f|%.2f|%10.3f|%-10.1f|%+.0f|%e|%.2E|%g|%G" % (3.14159, 3.14159, 3.14159, 3.14159, 2.5, 12345.678, 0.00012, 1e-5, 1e20))
print("%c%c%c" % (72, "i", 0x1F600))
print("%%|%s%%" % 50)
print("%(name)s is %(age)d years, %(name)r" % {"name": "Ann", "age": 30})
print("%*d|%-*d|%.*f|%*.*f" % (6, 42, 6, 42, 2, 3.14159, 8, 1, 2.25))
print("%s" % (1,), "%s" % [1, 2], "%s %s" % (None, True), "%r" % ((1, 2),))
print("%s" % {"a": 1}, "%d" % True, "%d" % 3.99, "%i" % -2.5, "%x" % True)
print("%.3s" % "abcdef", "%.0s|" % "abc", "%10.4f|" % -1.5, "%-+8.2f|" % 1.005)
print("%s-%s" % ("a", "b"), "no args" % (), "%%%s%%" % "pct")
errors = [("%d", "str"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1), ("%(k)s", {}),
          ("%c", 1114112), ("%c", "ab"), ("%x", 1.5), ("%(k)s %s", {"k": 1})]
for fmt, args in errors:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
class R:
    def __repr__(self):
        return "R!"
    def __str__(self):
        return "S!"
print("%s %r %a" % (R(), R(), R()))
print("%s" % "%d", "%s" % ("%s",), "%-6s|%6s" % ("ab", "cd"))
print("%.2f%%" % 99.567, "%3d%%" % 7, "%o" % -8, "%x" % -255, "%#o" % 0)
print("%e" % 0, "%g" % 100000, "%g" % 1000000, "%.3g" % 1234, "%#.3g" % 1, "%.0e" % 15000)
print("%s" % b"bytes", "%r" % b"b", "%s" % 1j, "%d" % 10 ** 20, "%.1f" % 10 ** 20)
