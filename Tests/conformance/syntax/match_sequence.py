# match statement: sequence patterns, star patterns, nested patterns, non-sequences.
def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return "one %r" % (a,)
        case [a, b]:
            return "two %r %r" % (a, b)
        case [first, *rest] if len(rest) > 3:
            return "long first=%r rest=%d" % (first, len(rest))
        case [first, *middle, last]:
            return "many %r %r %r" % (first, middle, last)
for v in [[], [1], (1, 2), [1, 2, 3], list(range(6)), "ab", range(3), {1: 2}]:
    print(repr(v), "->", seq(v))
def nested(p):
    match p:
        case [(x, y), *_]:
            return "starts with pair %r,%r" % (x, y)
        case [[*inner]]:
            return "single list %r" % (inner,)
        case [int(n), str(s)]:
            return "int then str %d %s" % (n, s)
        case _:
            return "no match"
print(nested([(1, 2), 3]))
print(nested([[5, 6, 7]]))
print(nested([4, "four"]))
print(nested([4, 4]))
print(nested("xy"))
def point(p):
    match p:
        case (0, 0):
            return "origin"
        case (0, y):
            return "on y axis at %r" % y
        case (x, 0):
            return "on x axis at %r" % x
        case (x, y) if x == y:
            return "diagonal"
        case (x, y):
            return "point %r,%r" % (x, y)
for p in [(0, 0), (0, 5), (3, 0), (2, 2), [1, 9], (1, 2, 3)]:
    print(p, point(p))
match [1, 2, 3, 4]:
    case [1, *_, 4] as whole:
        print("bookends", whole)
