# f-string conversions !r !s !a and the self-documenting = form.
class Thing:
    def __repr__(self):
        return "Thing<repr>"
    def __str__(self):
        return "Thing<str>"
    def __format__(self, spec):
        return "Thing<format:%s>" % spec
t = Thing()
print(f"{t}")
print(f"{t!s}")
print(f"{t!r}")
print(f"{t:spec}")
print(f"{t!r:>15}|")
print(f"{t!s:*<15}|")
s = "café\n"
print(f"{s!r}")
print(f"{s!a}")
print(f"{'ü'!a} {'日本'!a}")
x = 5
print(f"{x=}")
print(f"{x = }")
print(f"{x*2=}")
print(f"{x=:>4}")
print(f"{x=!s}")
print(f"{t=}")
print(f"{t=!s}")
print(f"{t=:abc}")
st = "quote'd"
print(f"{st=}")
print(f"{3.0=}", f"{1/3=:.2f}")
items = [1, "two", None]
print(f"{items=}")
print(f"{items!s}", f"{items!r}")
print(f"{'tab':!^9}")
print(f"{bytes([1, 65])!r}", f"{bytearray(b'x')!s}")
