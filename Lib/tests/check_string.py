"""Differential check: Lib/string.py against CPython's string."""
import random
import string as ref
import sys
import _string

from _loader import load, Checker

st = load("string")
c = Checker("string")
rng = random.Random(9)

for name in ref.__all__:
    c.true("has " + name, hasattr(st, name))
for name in ("ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits",
             "hexdigits", "octdigits", "printable", "punctuation", "whitespace"):
    c.eq(name, getattr(st, name), getattr(ref, name))
for s in ["hello world", "  a  b ", "", "HELLO there-you", "a\tb\nc"]:
    for sep in (None, " ", "-", "l"):
        c.eq("capwords %r %r" % (s, sep), st.capwords(s, sep), ref.capwords(s, sep))

# Format-string parser, fuzzed against CPython's _string helpers.
def outcome(fn):
    try:
        return ("ok", [tuple(x) for x in fn()])
    except Exception as e:
        return ("err", type(e).__name__, str(e))


alphabet = "{}{}[]!:ars0 .x"
for t in range(20000):
    s = "".join(rng.choice(alphabet) for _ in range(rng.randrange(12)))
    c.eq("parse %r" % s, outcome(lambda: st.Formatter().parse(s)),
         outcome(lambda: _string.formatter_parser(s)))

    def split(mod_fn):
        first, rest = mod_fn(s)
        return [first] + list(rest)
    c.eq("field split %r" % s,
         outcome(lambda: [split(st._split_field_name)]),
         outcome(lambda: [split(_string.formatter_field_name_split)]))


class Obj:
    attr = "A"
    items = {"k": [10, 20]}


fmt_cases = [("{} {}", (1, 2), {}), ("{0}{1}{0}", ("a", "b"), {}),
             ("{x:>5}|{y!r}", (), {"x": 3, "y": "s"}),
             ("{0.attr} {0.items[k][1]}", (Obj,), {}),
             ("{:{}}", (5, 4), {}), ("{:{w}.{p}f}", (3.14159,), {"w": 8, "p": 2}),
             ("{{literal}} {}", (1,), {}), ("{0!a}", ("é",), {}),
             ("{} {0}", (1,), {}), ("{0} {}", (1,), {}), ("{", (), {}),
             ("{missing}", (), {}), ("{5}", (1,), {}), ("{0!z}", (1,), {}),
             ("{:{:{}}}", (1, 2, 3), {}), ("{!r:^9}", ("x",), {}),
             ("{0[1]}", ([7, 8],), {}), ("{a[b]}", (), {"a": {"b": 1}}),
             ("{:%Y}", (__import__("datetime").date(2020, 1, 1),), {})]
for f, args, kw in fmt_cases:
    c.same("Formatter.format %r" % f, lambda: st.Formatter().format(f, *args, **kw),
           lambda: ref.Formatter().format(f, *args, **kw))
    # Where CPython's Formatter and str.format agree, we must agree too.
    from _loader import _outcome
    if _outcome(lambda: ref.Formatter().format(f, *args, **kw)) == \
            _outcome(lambda: f.format(*args, **kw)):
        c.same("str.format agrees %r" % f,
               lambda: st.Formatter().format(f, *args, **kw),
               lambda: f.format(*args, **kw))


class Upper(st.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()

    def get_value(self, key, args, kwargs):
        if key == "magic":
            return "wand"
        return super().get_value(key, args, kwargs)


c.eq("Formatter subclass", Upper().format("{} {magic}!", "abc"), "ABC WAND!")


class Strict(st.Formatter):
    def check_unused_args(self, used, args, kwargs):
        unused = set(range(len(args))) | set(kwargs)
        unused -= used
        if unused:
            raise ValueError("unused %r" % sorted(map(str, unused)))


c.same("check_unused_args", lambda: Strict().format("{0}", 1, 2, x=3),
       lambda: (_ for _ in ()).throw(ValueError("unused ['1', 'x']")))

# Template: fuzz substitute/safe_substitute/identifiers/is_valid.
mapping = {"a": 1, "ab": "AB", "_x": "u", "b2": 2.5}
talpha = "$${}ab_x2 .é"
for t in range(20000):
    s = "".join(rng.choice(talpha) for _ in range(rng.randrange(12)))
    for meth in ("substitute", "safe_substitute"):
        c.same("Template.%s %r" % (meth, s),
               lambda: getattr(st.Template(s), meth)(mapping),
               lambda: getattr(ref.Template(s), meth)(mapping))
    c.same("Template.get_identifiers %r" % s,
           lambda: st.Template(s).get_identifiers(),
           lambda: ref.Template(s).get_identifiers())
    c.same("Template.is_valid %r" % s, lambda: st.Template(s).is_valid(),
           lambda: ref.Template(s).is_valid())
c.eq("Template kwargs", st.Template("$who likes $what").substitute(
    {"who": "tim"}, what="kung pao"), "tim likes kung pao")
c.same("Template multiline invalid", lambda: st.Template("ab\ncd $ x").substitute(),
       lambda: ref.Template("ab\ncd $ x").substitute())
c.same("Template missing key", lambda: st.Template("$nope").substitute(),
       lambda: ref.Template("$nope").substitute())


def subclass(mod, **attrs):
    return type("T", (mod.Template,), attrs)


for attrs in [{"delimiter": "%"}, {"delimiter": "#@"},
              {"idpattern": "[a-z]+"}, {"braceidpattern": "[^}]+"}]:
    for s in ["%a %%b #@ab ${a} $a x%{ab}y", "#@#@ #@{a} #@{ab}", "$A $a ${b 2}"]:
        m = {"a": 1, "ab": 2, "A": 3, "b 2": 4}
        c.same("Template subclass %r %r" % (attrs, s),
               lambda: subclass(st, **attrs)(s).safe_substitute(m),
               lambda: subclass(ref, **attrs)(s).safe_substitute(m))
sys.exit(c.summary())
