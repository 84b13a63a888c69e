"""Differential check: Lib/configparser.py against CPython's on random INI texts parsed under
random parser options (sections/items/raw and interpolated values, write() output, errors),
and random read_dict/set/remove scripts."""
import configparser as ref
import io
import random
import sys

from _loader import load, Checker

ours = load("configparser")
c = Checker("configparser")
rng = random.Random(7)

NAMES = ["a", "B", "key", "Key", "x y", "path", "DEFAULT", "sect", "k:v", "n=1", "", " pad "]
VALUES = ["1", "yes", "Off", "3.5", "text", "%(a)s", "%(key)s/x", "100%%", "5%", "${a}",
          "${sect:a}", "$$", "", "  spaced  ", "a # b", "a ; b", "%(nope)s", "${x:y:z}"]


def rand_line():
    r = rng.random()
    if r < 0.15:
        return "[%s]" % rng.choice(NAMES)
    if r < 0.22:
        return rng.choice(["# c", "; c", "// c", "   # indented", ""])
    if r < 0.32:
        return "    " + rng.choice(VALUES)  # continuation
    if r < 0.37:
        return rng.choice(NAMES)  # a bare name (no value)
    return "%s%s%s%s%s" % (rng.choice(NAMES), rng.choice(["", " "]),
                           rng.choice(["=", ":", "=>", " = "]), rng.choice(["", " ", "  "]),
                           rng.choice(VALUES))


def options():
    kw = {}
    if rng.random() < 0.3:
        kw["allow_no_value"] = True
    if rng.random() < 0.2:
        kw["delimiters"] = rng.choice([("=>",), ("=",), (":", "=")])
    if rng.random() < 0.2:
        kw["comment_prefixes"] = rng.choice([("//",), ("#",), ()])
    if rng.random() < 0.3:
        kw["inline_comment_prefixes"] = rng.choice([("#",), (";", "#"), ("//",)])
    if rng.random() < 0.3:
        kw["strict"] = False
    if rng.random() < 0.3:
        kw["empty_lines_in_values"] = False
    if rng.random() < 0.2:
        kw["default_section"] = "sect"
    kind = rng.choice(["ConfigParser", "RawConfigParser", "Extended"])
    return kind, kw


def make(mod, kind, kw):
    if kind == "Extended":
        return mod.ConfigParser(interpolation=mod.ExtendedInterpolation(), **kw)
    return getattr(mod, kind)(**kw)


def describe(mod, kind, kw, text):
    p = make(mod, kind, kw)
    out = []
    try:
        p.read_string(text, source="rand.ini")
    except Exception as e:
        out.append(("read", type(e).__name__, str(e)))
    out.append(("sections", p.sections()))
    for s in [p.default_section] + p.sections():
        try:
            out.append(("raw", s, p.items(s, raw=True)))
        except Exception as e:
            out.append(("raw", s, type(e).__name__, str(e)))
        for o in (p.options(s) if s != p.default_section else list(p.defaults())):
            try:
                out.append(("get", s, o, p.get(s, o)))
            except Exception as e:
                out.append(("get", s, o, type(e).__name__, str(e)))
            for getter in ("getint", "getfloat", "getboolean"):
                try:
                    out.append((getter, getattr(p, getter)(s, o, raw=True)))
                except Exception as e:
                    out.append((getter, type(e).__name__, str(e)))
    for spaces in (True, False):
        buf = io.StringIO()
        p.write(buf, space_around_delimiters=spaces)
        out.append(("write", buf.getvalue()))
        # What was written reads back to the same raw items.
        q = make(mod, kind, dict(kw, strict=False))
        try:
            q.read_string(buf.getvalue())
            out.append(("reread", [(s, q.items(s, raw=True)) for s in q.sections()]))
        except Exception as e:
            out.append(("reread", type(e).__name__, str(e)))
    return out


for i in range(700):
    kind, kw = options()
    text = "\n".join(rand_line() for _ in range(rng.randrange(1, 14))) + rng.choice(["", "\n"])
    if rng.random() < 0.8:
        text = "[%s]\n" % rng.choice(NAMES[:5]) + text
    c.eq("#%d %s %r %r" % (i, kind, kw, text), describe(ours, kind, kw, text),
         describe(ref, kind, kw, text))


def script(mod, ops, kind):
    p = make(mod, kind, {})
    out = []
    for op in ops:
        try:
            name = op[0]
            if name == "read_dict":
                p.read_dict(op[1])
            elif name == "set":
                p.set(*op[1:])
            elif name == "add":
                p.add_section(op[1])
            elif name == "remove_option":
                out.append(p.remove_option(*op[1:]))
            elif name == "remove_section":
                out.append(p.remove_section(op[1]))
            elif name == "setitem":
                p[op[1]] = op[2]
            elif name == "proxy_set":
                p[op[1]][op[2]] = op[3]
            elif name == "delitem":
                del p[op[1]]
            out.append(("state", [(s, p.items(s, raw=True)) for s in p.sections()],
                        sorted(p.defaults().items())))
        except Exception as e:
            out.append((type(e).__name__, str(e)))
    return out


for i in range(400):
    ops = []
    for _ in range(rng.randrange(1, 8)):
        s = rng.choice(NAMES[:8])
        o = rng.choice(NAMES[:6])
        v = rng.choice(VALUES + [None, 5])
        ops.append(rng.choice([
            ("read_dict", {s: {o: v, rng.choice(NAMES[:6]): rng.choice(VALUES)}}),
            ("set", s, o, v), ("add", s), ("remove_option", s, o), ("remove_section", s),
            ("setitem", s, {o: rng.choice(VALUES)}), ("proxy_set", s, o, v), ("delitem", s)]))
    kind = rng.choice(["ConfigParser", "RawConfigParser", "Extended"])
    c.eq("script %s %r" % (kind, ops), script(ours, ops, kind), script(ref, ops, kind))

sys.exit(c.summary())
