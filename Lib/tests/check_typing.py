"""Differential check: Lib/typing.py against CPython's typing."""
import collections
import sys
import typing as ref

from _loader import load, Checker

ty = load("typing")
c = Checker("typing")


def outcome(fn):
    try:
        return ("ok", norm(fn()))
    except Exception as e:
        return ("raise", type(e).__name__, norm(str(e)))


def norm(x):
    # Our module is loaded as swiftpy_typing; under SwiftPy it is typing.
    if isinstance(x, str):
        return x.replace("swiftpy_typing", "typing")
    return x


def same(label, a, b):
    c.eq(label, outcome(a), outcome(b))


for name in ref.__all__:
    c.true("has " + name, hasattr(ty, name))

exprs = [
    "Any", "List", "List[int]", "Dict[str, List[int]]", "Optional[int]",
    "Union[int, str]", "Union[int, None]", "Union[None, int]", "Union[int]",
    "Union[int, str, int]", "Union[int, Union[str, float]]",
    "Optional[Union[int, str]]", "Tuple[int, ...]", "Tuple[()]", "Tuple[int, str]",
    "Callable[[int, str], bool]", "Callable[..., int]", "Callable[[], None]",
    "Set[int]", "FrozenSet[str]", "Type[int]", "Iterable[int]", "Iterator[str]",
    "Generator[int, None, None]", "Sequence[float]", "Mapping[str, int]",
    "MutableMapping[str, int]", "Literal[1, 'a']", "Literal['x']", "Final[int]",
    "ClassVar[List[int]]", "Annotated[int, 'meta']", "Annotated[int, 1, 2]",
    "Deque[int]", "DefaultDict[str, int]", "Counter[str]", "OrderedDict[str, int]",
    "ChainMap[str, int]", "Awaitable[int]", "NoReturn", "Never", "Self",
    "Hashable", "Sized", "Callable", "Tuple", "Dict", "AbstractSet[int]",
    "ContextManager[int]", "Union[List[int], None]", "List['Forward']",
    "Optional['Forward']", "Dict[str, 'X']", "Text", "AnyStr", "TypeVar('T')",
    "TypeVar('T_co', covariant=True)", "TypeVar('N', int, float)",
    "List[TypeVar('T')]", "Union[int, str] | None", "List[int] | None",
    "Literal[Literal[1, 2], 3]", "Type[Any]", "Collection[int]",
    "Reversible[int]", "SupportsInt", "IO[str]", "TextIO", "BinaryIO",
    "Optional[List[Dict[str, Any]]]", "Callable[[List[int]], Dict[str, int]]",
]
for e in exprs:
    same("repr " + e, lambda: repr(eval(e, vars(ty))), lambda: repr(eval(e, vars(ref))))
for e in exprs:
    same("get_origin " + e, lambda: repr(ty.get_origin(eval(e, vars(ty)))),
           lambda: repr(ref.get_origin(eval(e, vars(ref)))))
    same("get_args " + e, lambda: repr(ty.get_args(eval(e, vars(ty)))),
           lambda: repr(ref.get_args(eval(e, vars(ref)))))

for e in ["Union[int, str] == Union[str, int]", "List[int] == List[int]",
          "List[int] == List[str]", "Optional[int] == Union[int, None]",
          "isinstance([], List)", "isinstance({}, Dict)", "isinstance(3, Union[int, str])",
          "issubclass(list, Sequence)", "isinstance([], Iterable)",
          "hash(List[int]) == hash(List[int])", "Literal[1, 2] == Literal[2, 1]"]:
    same(e, lambda: repr(eval(e, vars(ty))), lambda: repr(eval(e, vars(ref))))
for e in ["isinstance([], List[int])", "List()", "Union[()]", "Any()", "NoReturn[int]",
          "Callable[int]", "Optional[int, str]", "List[int, str]", "Dict[int]",
          "TypeVar('T', int)", "Generic[int]", "Annotated[int]", "ClassVar[int, str]",
          "isinstance(3, Any)"]:
    same(e, lambda: repr(eval(e, vars(ty))), lambda: repr(eval(e, vars(ref))))


def generic_suite(t):
    out = []
    T = t.TypeVar("T")
    K = t.TypeVar("K")
    V = t.TypeVar("V")

    class Stack(t.Generic[T]):
        def __init__(self):
            self.items = []

        def push(self, item):
            self.items.append(item)

        def pop(self):
            return self.items.pop()

    s = Stack[int]()
    s.push(1)
    out += [s.pop(), repr(Stack[int]).split(".")[-1], repr(Stack.__parameters__),
            repr(Stack[int].__args__), type(s).__name__,
            repr(s.__orig_class__).split(".")[-1]]

    class Pair(t.Generic[K, V]):
        pass
    out.append(repr(Pair[str, int]).split(".")[-1])
    out.append(outcome(lambda: Pair[int]))

    class IntStack(Stack[int]):
        pass
    out.append((repr(IntStack.__parameters__), issubclass(IntStack, Stack)))
    out.append(repr(t.Dict[K, V][str, int]))
    out.append(outcome(lambda: type("Bad", (t.Generic,), {})))

    class Point(t.NamedTuple):
        x: int
        y: int = 0
        label: str = "p"

        def norm(self):
            return abs(self.x) + abs(self.y)
    p = Point(3, -4)
    out += [repr(p), p.norm(), Point._fields, Point._field_defaults,
            Point.__annotations__, isinstance(p, tuple)]
    P2 = t.NamedTuple("P2", [("a", int), ("b", str)])
    out += [repr(P2(1, "x")), P2.__annotations__]
    P3 = t.NamedTuple("P3", a=int)
    out.append(repr(P3(5)))

    def bad_nt():
        class Bad(t.NamedTuple):
            x: int = 1
            y: int
    out.append(outcome(bad_nt))

    class Movie(t.TypedDict):
        title: str
        year: int

    class Partial(t.TypedDict, total=False):
        note: str
    m = Movie(title="Blade Runner", year=1982)
    out += [m, type(m).__name__, Movie.__annotations__, sorted(Movie.__required_keys__),
            sorted(Partial.__optional_keys__), Partial.__total__, t.is_typeddict(Movie)]
    Alt = t.TypedDict("Alt", {"a": int})
    out.append((Alt(a=1), Alt.__annotations__))
    out.append(outcome(lambda: isinstance({}, Movie)))

    @t.runtime_checkable
    class Closable(t.Protocol):
        def close(self):
            ...

    class F:
        def close(self):
            pass

    class G:
        pass
    out += [isinstance(F(), Closable), isinstance(G(), Closable),
            issubclass(F, Closable)]

    class NotRuntime(t.Protocol):
        def go(self):
            ...
    out.append(outcome(lambda: isinstance(F(), NotRuntime)))
    out.append(outcome(lambda: Closable()))
    out.append((isinstance(3, t.SupportsInt), isinstance("x", t.SupportsInt),
                isinstance(2.5, t.SupportsFloat), isinstance(3, t.SupportsIndex)))

    UserId = t.NewType("UserId", int)
    out += [UserId(5), repr(UserId).split(".")[-1], UserId.__supertype__]

    def f(a: int, b: "list[str]" = None) -> "int | None":
        return a
    out.append(repr(t.get_type_hints(f)).replace("swiftpy_", ""))

    class A:
        x: int
        y: "list[int]"
        z: t.ClassVar[str] = "z"
    out.append(repr(t.get_type_hints(A)))

    class B(A):
        w: t.Annotated[int, 'm']
        v: "dict[str, int]"
    out.append(repr(t.get_type_hints(B)))
    out.append(repr(t.get_type_hints(B, include_extras=True)))
    out.append(t.cast(int, "x"))

    @t.overload
    def g(x: int) -> int: ...

    @t.overload
    def g(x: str) -> str: ...

    def g(x):
        return x
    out.append((g(3), len(t.get_overloads(g))))
    out.append(outcome(lambda: t._overload_dummy()))

    @t.final
    class Fin:
        pass
    out.append(Fin.__final__)

    @t.no_type_check
    def h(x: "nonsense"):
        pass
    out.append(t.get_type_hints(h))
    out.append(t.TYPE_CHECKING)
    out.append(outcome(lambda: t.assert_never(5)))
    out.append(repr(t.ForwardRef("X")))
    out.append((repr(t.ParamSpec("P")), repr(t.ParamSpec("P").args)))
    return out


got, want = generic_suite(ty), generic_suite(ref)
c.eq("generic suite length", len(got), len(want))
for i, (g, w) in enumerate(zip(got, want)):
    c.eq("generic suite[%d]" % i, g, w)
sys.exit(c.summary())
