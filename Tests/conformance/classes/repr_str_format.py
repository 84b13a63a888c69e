# __repr__, __str__, __format__: fallbacks between them, containers use repr, format specs, errors.
class Both:
    def __repr__(self):
        return "Both<repr>"
    def __str__(self):
        return "Both<str>"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly<repr>"
class StrOnly:
    def __str__(self):
        return "StrOnly<str>"
b, r, s = Both(), ReprOnly(), StrOnly()
print(b, r, s)
print(repr(b), str(r), "%s %r" % (b, b))
print([b, r], (b,), {"k": b})
print(f"{b} {b!r} {r}", format(b), format(r, ""))
print(repr(s).startswith("<__main__.StrOnly object at "))
try:
    format(b, "10")
except TypeError as e:
    print("TypeError:", e)
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "":
            return str(self)
        if spec == "dollars":
            return "$%d.%02d" % divmod(self.cents, 100)
        return format(self.cents / 100, spec)
    def __str__(self):
        return "%d cents" % self.cents
m = Money(12345)
print(f"{m}", f"{m:dollars}", f"{m:>10.1f}", format(m, "dollars"), "{:dollars}".format(m))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError:", e)
class SubStr(str):
    def __str__(self):
        return "overridden"
print(str(SubStr("base")), SubStr("base"), repr(SubStr("base")), SubStr("base") + "!")
class Nested:
    def __repr__(self):
        return "Nested(%r)" % [Both()]
print(Nested(), str([Nested()]))
print(repr("q'uote"), repr('d"q'), repr("both'\""), str(1.0), repr(1.0), str(None))
class FmtFallback:
    def __str__(self):
        return "via str"
print(format(FmtFallback()), "{}".format(FmtFallback()), f"{FmtFallback()!s:>10}")
