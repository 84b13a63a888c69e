# repr() and ascii() of builtin values, nested containers and strings with special characters.
vals = ["plain", "it's", 'say "hi"', "both ' \"", "tab\tnew\nline", "é", "日本", "😀", "\x00\x1f\x7f",
        "\u200b", "\\", "", b"bytes\x00", 1.0, -0.0, 1e16, 2 ** 70, None, True, ..., [1, "a"], ("t",), {"k": "é"},
        {1}, frozenset(), set(), range(3), slice(None), 3 + 0j, bytearray(b"\xff")]
for v in vals:
    print(repr(v), "|", ascii(v))
class R:
    def __repr__(self):
        return "R(é)"
print(repr(R()), ascii(R()), repr([R()]), ascii([R()]))
print(repr(repr("x")), repr(str("'")), ascii("\U0001F600x"), ascii(b"\xe9"))
nested = [[], [[]], {"a": [()]}, ({},)]
print(repr(nested), ascii(nested) == repr(nested))
print(eval(repr("mix 'q' \"d\" \\ \n é")) == "mix 'q' \"d\" \\ \n é")
print(eval(ascii("日本")) == "日本", eval(repr(1e-7)) == 1e-7, eval(repr([1.5, "x"])) == [1.5, "x"])
class Cycle:
    def __init__(self):
        self.me = [self]
    def __repr__(self):
        return "Cycle(%d)" % len(self.me)
c = Cycle()
print(repr(c), repr(c.me))
lst = [1]
lst.append(lst)
print(repr(lst), ascii({"k": lst}))
