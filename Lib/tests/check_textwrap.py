"""Differential check: Lib/textwrap.py against CPython's textwrap."""
import random
import sys
import textwrap as ref

from _loader import load, Checker

tw = load("textwrap")
c = Checker("textwrap")
rng = random.Random(12)


def outcome(fn):
    try:
        return ("ok", fn())
    except Exception as e:
        return ("raise", type(e).__name__, str(e))


alphabet = "ab cd-ef--gh.i!\"'?\t\nxy1 2-3_é,&— z"
words = ["hello", "world", "well-known", "e-mail", "state-of-the-art", "a",
         "--", "x--y", "foo.", "Bar!", "baz?'", "1-2", "ab-c", "abc-d-e",
         "supercalifragilisticexpialidocious", "end.", "Mr.", "x", "-",
         "---", "one--two", "trailing-", "-leading", "a-b-c-d", "é-ü-ß",
         "\t", "\n", "  "]
import signal


def _hang(*a):
    raise TimeoutError('hang')


signal.signal(signal.SIGALRM, _hang)
for t in range(4000):
    signal.alarm(5)
    if t % 2:
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(40)))
    else:
        text = " ".join(rng.choice(words) for _ in range(rng.randrange(15)))
    c.eq("split %r" % text, tw.TextWrapper()._split(text),
         ref.TextWrapper()._split(text))
    c.eq("split simple %r" % text,
         tw.TextWrapper(break_on_hyphens=False)._split(text),
         ref.TextWrapper(break_on_hyphens=False)._split(text))
    opts = {}
    if rng.random() < 0.5:
        # (CPython loops forever when width <= len(indent): avoid that.)
        opts["width"] = rng.randrange(5, 30)
    for name, values in [("initial_indent", ["", "* ", ">>>>"]),
                         ("subsequent_indent", ["", "  "]),
                         ("break_long_words", [True, False]),
                         ("break_on_hyphens", [True, False]),
                         ("drop_whitespace", [True, False]),
                         ("fix_sentence_endings", [True, False]),
                         ("expand_tabs", [True, False]),
                         ("replace_whitespace", [True, False]),
                         ("tabsize", [8, 4]),
                         ("max_lines", [None, None, 1, 2, 3]),
                         ("placeholder", [" [...]", "~", "..."])]:
        if rng.random() < 0.4:
            opts[name] = rng.choice(values)
    c.eq("wrap %r %r" % (text, opts), outcome(lambda: tw.wrap(text, **opts)),
         outcome(lambda: ref.wrap(text, **opts)))
    c.eq("fill %r" % text, outcome(lambda: tw.fill(text, **opts)),
         outcome(lambda: ref.fill(text, **opts)))
    w = rng.randrange(1, 40)
    c.eq("shorten %r %d" % (text, w), outcome(lambda: tw.shorten(text, w)),
         outcome(lambda: ref.shorten(text, w)))

dedent_samples = ["", "  a\n  b", "\ta\n\tb\n", "  a\n    b\n  c", "  a\n\tb",
                  "    \n  a\n  \t\n  b", "a\n  b", "  x\n   \n  y",
                  " \t a\n \t b", "  a\r\n  b", "\n\n  only\n", "  a\n \tb",
                  "   ", "  \t", "x\n\t\n", "  a  \n  b  "]
for t in range(2000):
    dedent_samples.append("".join(rng.choice(" \t\nab") for _ in range(rng.randrange(15))))
for s in dedent_samples:
    c.eq("dedent %r" % s, tw.dedent(s), ref.dedent(s))
for s in ["a\nb\n", "a\n\n  \nb", "", "x", "one\r\ntwo"]:
    c.eq("indent %r" % s, tw.indent(s, "> "), ref.indent(s, "> "))
    c.eq("indent all %r" % s, tw.indent(s, "+", lambda l: True),
         ref.indent(s, "+", lambda l: True))
c.eq("width 0", outcome(lambda: tw.wrap("abc", 0)), outcome(lambda: ref.wrap("abc", 0)))
c.eq("placeholder too big", outcome(lambda: tw.wrap("abc def", 3, max_lines=1, placeholder="[.....]")),
     outcome(lambda: ref.wrap("abc def", 3, max_lines=1, placeholder="[.....]")))
for name in ref.__all__:
    c.true("has " + name, hasattr(tw, name))
sys.exit(c.summary())
