# Error types and messages produced by common operations on builtin types.
import math
ops = [
    ("1 + 'a'", lambda: 1 + "a"),
    ("'a' + 1", lambda: "a" + 1),
    ("[] + ()", lambda: [] + ()),
    ("{} + {}", lambda: {} + {}),
    ("1 < 'a'", lambda: 1 < "a"),
    ("[1, 2].index(3)", lambda: [1, 2].index(3)),
    ("'abc'.index('z')", lambda: "abc".index("z")),
    ("(1,).index(2)", lambda: (1,).index(2)),
    ("[].pop()", lambda: [].pop()),
    ("{}.pop('k')", lambda: {}.pop("k")),
    ("int('1.5')", lambda: int("1.5")),
    ("float('x')", lambda: float("x")),
    ("math.sqrt(-1)", lambda: math.sqrt(-1)),
    ("math.log(0)", lambda: math.log(0)),
    ("1 / 0", lambda: 1 / 0),
    ("1 % 0", lambda: 1 % 0),
    ("1.0 // 0", lambda: 1.0 // 0),
    ("'x' * 'y'", lambda: "x" * "y"),
    ("None.attr", lambda: None.attr),
    ("len(5)", lambda: len(5)),
    ("iter(5)", lambda: iter(5)),
    ("'abc'[1] = 'x'", lambda: "abc".__setitem__(1, "x")),
    ("hash([])", lambda: hash([])),
    ("list(1)", lambda: list(1)),
    ("'%d' % 'x'", lambda: "%d" % "x"),
    ("'{}'.format()", lambda: "{}".format()),
    ("chr(-1)", lambda: chr(-1)),
    ("[1][5]", lambda: [1][5]),
    ("'ab'[9]", lambda: "ab"[9]),
    ("range(3)[7]", lambda: range(3)[7]),
    ("(1, 2)[2]", lambda: (1, 2)[2]),
    ("int.nope", lambda: int.nope),
    ("math.nope", lambda: math.nope),
    ("object().x", lambda: object().x),
    ("abs('x')", lambda: abs("x")),
    ("min([1, None])", lambda: min([1, None])),
    ("next(iter([]))", lambda: next(iter([]))),
    ("dict(1)", lambda: dict(1)),
    ("bytes('x')", lambda: bytes("x")),
    ("'a'.join([1])", lambda: "a".join([1])),
]
for label, fn in ops:
    try:
        fn()
        print(label, "-> no error")
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
