# match statement: literal, capture, wildcard, value and or-patterns.
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case None:
            return "none"
        case True:
            return "true"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case b"raw":
            return "bytes"
        case _:
            return "other " + repr(x)
for v in [0, 2, "hello", None, True, -1, 1.5, b"raw", 99, False, 1.0, 0.0]:
    print(repr(v), "->", describe(v))
class Color:
    RED = "red"
    GREEN = "green"
def color(c):
    match c:
        case Color.RED:
            return "is red"
        case Color.GREEN:
            return "is green"
        case other:
            return "unknown " + other
print(color("red"), color("green"), color("blue"))
def capture(x):
    match x:
        case int(n) if n > 100:
            return "big %d" % n
        case n:
            return "got %r" % (n,)
print(capture(500), capture(5), capture("s"))
match 42:
    case 40 | 41:
        print("no")
    case (42 | 43) as hit:
        print("hit", hit)
