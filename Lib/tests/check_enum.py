"""Differential check: Lib/enum.py against CPython's enum."""
import copy
import enum as ref
import pickle
import sys
import warnings

from _loader import load, Checker

en = load("enum", deps=("types",))
c = Checker("enum")


def outcome(fn):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return ("ok", fn())
    except Exception as e:
        return ("raise", type(e).__name__, str(e))


def suite(E):
    """Build the same enums with module E and record observable results."""
    out = []

    def norm(x):
        if isinstance(x, E.Enum):
            return ("member", repr(x))
        if isinstance(x, (list, tuple)):
            return type(x)(norm(i) for i in x)
        return x

    def add(x):
        out.append(norm(x))

    class Color(E.Enum):
        RED = 1
        GREEN = 2
        BLUE = 3
        CRIMSON = 1

        def describe(self):
            return "%s is %d" % (self.name, self.value)

        @classmethod
        def favourite(cls):
            return cls.GREEN

    add([repr(m) for m in Color])
    add([str(m) for m in Color])
    add((len(Color), list(Color.__members__), repr(Color), str(Color)))
    add((Color(1), Color['GREEN'], Color.CRIMSON is Color.RED, Color.RED.name,
         Color.RED.value, Color.RED.describe(), Color.favourite()))
    add((format(Color.RED), "{:>10}|".format(Color.BLUE), f"{Color.GREEN!r}"))
    add(outcome(lambda: Color(7)))
    add(outcome(lambda: Color['PURPLE']))
    add(outcome(lambda: setattr(Color, 'RED', 5)))
    add(outcome(lambda: delattr(Color, 'RED')))
    add(outcome(lambda: 1 in Color))
    add((Color.RED in Color, list(reversed(Color)), hash(Color.RED) == hash('RED')))
    add((dir(Color), dir(Color.RED)))
    add((Color.RED == 1, Color.RED == Color.RED, Color.RED != Color.BLUE))
    add(outcome(lambda: Color.RED < Color.BLUE))
    add((copy.copy(Color.RED) is Color.RED, copy.deepcopy(Color.RED) is Color.RED))
    add(isinstance(Color.RED, Color))
    add(outcome(lambda: type("More", (Color,), {})))

    def extend():
        class More(Color):
            PINK = 4
    add(outcome(extend))

    class Auto(E.Enum):
        A = E.auto()
        B = E.auto()
        C = 10
        D = E.auto()
    add([repr(m) for m in Auto])

    class Named(E.Enum):
        def _generate_next_value_(name, start, count, last_values):
            return name.lower() + str(count)
        X = E.auto()
        Y = E.auto()
    add([repr(m) for m in Named])

    class Planet(E.Enum):
        MERCURY = (3.303e+23, 2.4397e6)
        EARTH = (5.976e+24, 6.37814e6)

        def __init__(self, mass, radius):
            self.mass = mass
            self.radius = radius

        @property
        def gravity(self):
            return 6.673e-11 * self.mass / (self.radius * self.radius)
    add((repr(Planet.EARTH), Planet.EARTH.mass, round(Planet.EARTH.gravity, 3),
         Planet((3.303e+23, 2.4397e6)).name))

    class Coord(bytes, E.Enum):
        def __new__(cls, value, label):
            obj = bytes.__new__(cls, [value])
            obj._value_ = value
            obj.label = label
            return obj
        PX = (0, 'P.X')
        PY = (1, 'P.Y')
    add((outcome(lambda: repr(Coord.PY)), Coord(1).label, Coord.PX.value, bytes(Coord.PY)))

    class Shade(str, E.Enum):
        DARK = "dark"
        LIGHT = "light"
    add((repr(Shade.DARK), str(Shade.DARK), format(Shade.DARK), Shade.DARK == "dark",
         Shade("light"), Shade.DARK.upper()))

    class Num(E.IntEnum):
        ONE = 1
        TWO = 2
        THREE = E.auto()
    add((repr(Num.ONE), str(Num.ONE), format(Num.TWO), f"{Num.TWO:03d}",
         Num.ONE + 1, Num.TWO * 3, Num.ONE < Num.TWO, Num(3), sorted([Num.TWO, Num.ONE]),
         int(Num.TWO), Num.ONE == 1, {1: 'x'}[Num.ONE], hash(Num.ONE) == hash(1)))
    add(dir(Num.ONE) == sorted(set(dir(Num.ONE))))

    class Text(E.StrEnum):
        ALPHA = E.auto()
        Beta = E.auto()
        GAMMA = "gg"
    add((repr(Text.ALPHA), str(Text.Beta), format(Text.GAMMA), Text.ALPHA + "!",
         Text("gg")))
    add(outcome(lambda: type(E.StrEnum)("Bad", (E.StrEnum,), {})))

    def bad_str():
        class Bad(E.StrEnum):
            X = 1
    add(outcome(bad_str))

    class Missing(E.Enum):
        A = 1

        @classmethod
        def _missing_(cls, value):
            if value == "a":
                return cls.A
            if value == "bad":
                return 5
            return None
    add((Missing("a"), outcome(lambda: Missing("bad")), outcome(lambda: Missing("zz"))))

    def dup():
        class Dup(E.Enum):
            A = 1
            A = 2
    add(outcome(dup))

    def sunder():
        class Sun(E.Enum):
            _bad_ = 1
    add(outcome(sunder))

    class Ign(E.Enum):
        _ignore_ = "tmp i"
        tmp = 5
        X = 1
    add((list(Ign.__members__), hasattr(Ign, "tmp")))

    class Ord(E.Enum):
        _order_ = "A B"
        A = 1
        B = 2
    add(list(Ord))

    def bad_order():
        class Ord2(E.Enum):
            _order_ = "B A"
            A = 1
            B = 2
    add(outcome(bad_order))

    class Mem(E.Enum):
        A = 1
        f = E.member(lambda x: x)
        g = E.nonmember(3)
    add((list(Mem.__members__), Mem.g))

    add(outcome(lambda: E.unique(Color)))

    @E.unique
    class Uniq(E.Enum):
        A = 1
        B = 2
    add(list(Uniq))

    # functional API
    F1 = E.Enum("F1", "A B C")
    F2 = E.Enum("F2", [("X", 10), ("Y", 20)])
    F3 = E.Enum("F3", {"P": "p", "Q": "q"})
    F4 = E.IntEnum("F4", "ONE TWO", start=5)
    F5 = E.Enum("F5", "A,B", module="mymod", qualname="Outer.F5")
    add([[repr(m) for m in F] for F in (F1, F2, F3, F4, F5)])
    add((F5.__module__, F5.__qualname__, F1.__module__ == __name__ or F1.__module__))

    # Flags
    class Perm(E.Flag):
        R = 4
        W = 2
        X = 1
        RWX = 7
    p = Perm.R | Perm.W
    add((repr(p), str(p), format(p), list(p), len(p), bool(p), Perm.R in p,
         Perm.X in p, repr(~Perm.R), repr(~p), repr(Perm(0)), str(Perm(0)),
         bool(Perm(0)), repr(Perm.RWX), list(Perm), repr(Perm(7)), repr(p & Perm.R),
         repr(p ^ Perm.R), repr(Perm.R | Perm.R), len(Perm)))
    add(outcome(lambda: Perm(8)))
    add(outcome(lambda: Perm(-1)))
    add(outcome(lambda: 1 in p))
    add(outcome(lambda: Perm.R | 1))

    class Auto2(E.Flag):
        A = E.auto()
        B = E.auto()
        C = E.auto()
    add([repr(m) for m in Auto2])

    class Conf(E.Flag, boundary=E.CONFORM):
        A = 1
        B = 2
    class Ej(E.Flag, boundary=E.EJECT):
        A = 1
        B = 2
    class Kp(E.Flag, boundary=E.KEEP):
        A = 1
        B = 2
    add((repr(Conf(7)), outcome(lambda: Ej(7)), repr(Kp(7)), repr(Kp(4)), str(Kp(7)),
         repr(~Kp.A), repr(~Conf.A)))

    class Big(E.IntFlag):
        A = 1
        B = 2
        C = 4
    add((repr(Big.A | Big.B), str(Big.A | Big.B), repr(Big.A | 8), repr(Big(8)),
         repr(Big(0)), Big.A + 1, Big.A | 2 == 3, repr(~Big.A), format(Big.B),
         repr(Big.A & 3), repr(3 | Big.A), isinstance(Big.A | 8, Big)))

    class Sparse(E.Flag):
        HIGH = 8
        LOW = 1
    add((list(Sparse), repr(Sparse.HIGH | Sparse.LOW), list(Sparse.HIGH | Sparse.LOW)))

    # pickling round trips through the module-level class
    add(copy.copy(p) is p)
    add(E.show_flag_values(13))
    add(outcome(lambda: E.verify(E.UNIQUE)(Color)))
    add(outcome(lambda: E.verify(E.CONTINUOUS)(E.Enum("G", [("A", 1), ("C", 3)]))))
    add((repr(E.STRICT), repr(E.FlagBoundary.KEEP), repr(E.EnumCheck.UNIQUE)))
    add((E.EnumMeta is E.EnumType, type(Color).__name__))
    add(repr(E.auto()))
    return out


got, want = suite(en), suite(ref)
c.eq("suite length", len(got), len(want))
for i, (g, w) in enumerate(zip(got, want)):
    c.eq("suite[%d]" % i, g, w)
for name in ref.__all__:
    if name not in ("global_enum", "global_str", "global_enum_repr",
                    "global_flag_repr", "pickle_by_global_name",
                    "pickle_by_enum_name"):
        c.true("has " + name, hasattr(en, name))
sys.exit(c.summary())
