"""Differential check: Lib/dataclasses.py against CPython's dataclasses."""
import dataclasses as ref
import inspect
import sys
import typing

from _loader import load, Checker

DEPS = ("copy", "copyreg", "types", "keyword", "functools", "reprlib",
        "itertools")
dc = load("dataclasses", deps=DEPS)
c = Checker("dataclasses")


def outcome(fn):
    try:
        return ("ok", fn())
    except Exception as e:
        return ("raise", type(e).__name__, str(e))


def suite(D):
    out = []
    add = out.append

    @D.dataclass
    class Point:
        x: int
        y: int = 0
        tags: list = D.field(default_factory=list, repr=False)
        note: typing.ClassVar[str] = "cv"

    p = Point(1)
    add((repr(p), p == Point(1), p != Point(2), p.tags, Point.note, Point.y))
    add(str(inspect.signature(Point)))
    add(outcome(lambda: Point()))
    add(outcome(lambda: Point(1, 2, [], 4)))
    add(outcome(lambda: hash(p)))
    add([f.name for f in D.fields(Point)])
    add([(f.name, "MISSING" if f.default is D.MISSING else f.default, f.init, f.repr, f.compare, f.hash, f.kw_only)
         for f in D.fields(p)])
    add((D.asdict(Point(3, 4, [1, [2]])), D.astuple(Point(3, 4))))
    add(repr(D.replace(p, y=9)))
    add((D.is_dataclass(Point), D.is_dataclass(p), D.is_dataclass(5)))
    add(Point.__match_args__)
    add(Point.__doc__)
    add(repr(Point.__dataclass_params__))
    add("tags" in Point.__dict__)

    @D.dataclass(order=True, frozen=True)
    class Version:
        major: int
        minor: int = 0
        label: str = D.field(default="", compare=False)

    v1, v2 = Version(1, 2), Version(1, 10, "x")
    add((v1 < v2, v1 <= v2, v2 > v1, v1 >= v1, sorted([v2, v1]) == [v1, v2],
         hash(v1) == hash((1, 2)), Version(1, 2, "a") == Version(1, 2, "b")))
    add(outcome(lambda: setattr(v1, "major", 5)))
    add(outcome(lambda: delattr(v1, "major")))
    add(outcome(lambda: v1 < 5))
    add(repr(D.replace(v1, minor=3)))

    @D.dataclass(unsafe_hash=True)
    class H:
        a: int
        b: int = D.field(default=0, hash=False)
    add(hash(H(1, 2)) == hash((1,)))

    @D.dataclass(eq=False)
    class NoEq:
        a: int
    n = NoEq(1)
    add((n == NoEq(1), n == n, type(hash(n)).__name__))

    @D.dataclass
    class Base:
        a: int
        b: str = "b"

    @D.dataclass
    class Child(Base):
        c: float = 1.5
        a: int = 7
    add((repr(Child()), [f.name for f in D.fields(Child)],
         str(inspect.signature(Child))))

    @D.dataclass
    class Post:
        a: int
        scale: D.InitVar[int] = 2
        doubled: int = D.field(init=False)

        def __post_init__(self, scale):
            self.doubled = self.a * scale
    add((repr(Post(3)), repr(Post(3, 10)), [f.name for f in D.fields(Post)]))
    add(outcome(lambda: D.replace(Post(1), doubled=4)))
    add(repr(D.replace(Post(1), a=5)))
    add(repr(D.InitVar[int]))

    @D.dataclass
    class KW:
        a: int
        _: D.KW_ONLY
        b: int
        c: int = 3
    add((repr(KW(1, b=2)), str(inspect.signature(KW)), KW.__match_args__))
    add(outcome(lambda: KW(1, 2)))

    @D.dataclass(kw_only=True)
    class AllKW:
        x: int = 1
        y: int
    add((repr(AllKW(y=5)), str(inspect.signature(AllKW))))

    def mutable():
        @D.dataclass
        class Bad:
            x: list = []
    add(outcome(mutable))

    def order_bad():
        @D.dataclass
        class Bad:
            x: int = 1
            y: int
    add(outcome(order_bad))
    add(outcome(lambda: D.field(default=1, default_factory=list)))
    add(outcome(lambda: D.dataclass(eq=False, order=True)(type("Z", (), {}))))

    def overwrite():
        @D.dataclass(order=True)
        class Bad:
            x: int

            def __lt__(self, other):
                return True
    add(outcome(overwrite))

    def frozen_mix():
        @D.dataclass(frozen=True)
        class F:
            x: int

        @D.dataclass
        class G(F):
            y: int
    add(outcome(frozen_mix))
    add(outcome(lambda: D.fields(5)))
    add(outcome(lambda: D.asdict(Point)))

    @D.dataclass
    class Tree:
        value: int
        children: list = D.field(default_factory=list)
    t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
    add((repr(t), D.asdict(t), D.astuple(t)))
    t.children.append(t)
    add(repr(t))

    M = D.make_dataclass("M", ["a", ("b", int), ("c", int, D.field(default=5))],
                         namespace={"total": lambda self: self.b + self.c})
    m = M(1, 2)
    add((repr(m), m.total(), [f.name for f in D.fields(M)], M.__name__))

    @D.dataclass(slots=True)
    class Slotted:
        a: int
        b: int = 2
    s = Slotted(1)
    add((repr(s), Slotted.__slots__, hasattr(s, "__dict__"),
         outcome(lambda: setattr(s, "zz", 1))))

    @D.dataclass
    class WithRepr:
        a: int

        def __repr__(self):
            return "custom"
    add(repr(WithRepr(1)))

    @D.dataclass
    class Defaulted:
        a: int = D.field(default=5, metadata={"unit": "m"})
    f = D.fields(Defaulted)[0]
    add((f.metadata["unit"], type(f.metadata).__name__, f.default_factory is D.MISSING))
    add(repr(f).replace("swiftpy_dataclasses", "dataclasses").split("type=")[0])

    @D.dataclass
    class Selfish:
        self: int
    add(repr(Selfish(3)))

    class Plain:
        pass
    add(outcome(lambda: D.replace(Plain())))
    add(D.MISSING.__class__.__name__)
    return out


got, want = suite(dc), suite(ref)
c.eq("suite length", len(got), len(want))
for i, (g, w) in enumerate(zip(got, want)):
    c.eq("suite[%d]" % i, g, w)
for name in ref.__all__:
    c.true("has " + name, hasattr(dc, name))
sys.exit(c.summary())
