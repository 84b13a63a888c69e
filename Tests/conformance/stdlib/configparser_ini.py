# configparser: an application's settings file read, queried, changed and written back;
# interpolation (basic and extended), mapping access, converters, parser options and every
# error with its message.
import configparser
import io
import os
import tempfile

INI = """\
# Global settings
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes
home = /home/%(user)s
user = nobody

[bitbucket.org]
User = hg

[topsecret.server.com]
Port = 50022
ForwardX11 = no
path = %(home)s/secret   ; not an inline comment by default
percent = 100%%

[multi]
description = first line
    second line

    fourth line after a blank
key: colon delimiter
  ; indented comment
empty =
"""

cp = configparser.ConfigParser()
cp.read_string(INI, source="settings.ini")
print(cp.sections(), cp.default_section, len(cp), list(cp))
print(cp.options("bitbucket.org"))
print(cp["bitbucket.org"]["user"], cp["bitbucket.org"]["ServerAliveInterval"])
print(cp.get("topsecret.server.com", "path"), cp.get("topsecret.server.com", "percent"))
print(cp.get("topsecret.server.com", "path", raw=True))
print(cp.get("topsecret.server.com", "path", vars={"home": "/srv"}))
print(cp.getint("topsecret.server.com", "port"), cp.getfloat("DEFAULT", "compressionlevel"),
      cp.getboolean("topsecret.server.com", "forwardx11"), cp.getboolean("bitbucket.org", "compression"))
print(repr(cp.get("multi", "description")), repr(cp["multi"]["key"]), repr(cp["multi"]["empty"]))
print(cp.get("multi", "missing", fallback="fb"), cp.getint("nosuch", "x", fallback=-1),
      cp["multi"].get("missing"), cp["multi"].get("missing", "dflt"), cp["multi"].getint("missing", 7))
print(cp.has_section("multi"), cp.has_section("DEFAULT"), cp.has_option("multi", "user"),
      cp.has_option("nosuch", "user"), cp.has_option(None, "user"), "multi" in cp, "DEFAULT" in cp)
print(cp.items("bitbucket.org"))
print(cp.items("bitbucket.org", raw=True, vars={"extra": "1"}))
print([(name, repr(proxy)) for name, proxy in cp.items()])
sect = cp["topsecret.server.com"]
print(sect.name, sect.parser is cp, len(sect), list(sect), "port" in sect, "PORT" in sect)
print(dict(cp["DEFAULT"]))
print(sorted(cp.defaults().items()))

# Booleans in every spelling, and a bad one.
cp.read_dict({"flags": {"a": "1", "b": "YES", "c": "On", "d": "false", "e": "0", "f": "Off",
                        "g": "maybe"}})
print([cp.getboolean("flags", k) for k in "abcdef"])
for call in [lambda: cp.getboolean("flags", "g"), lambda: cp.getint("multi", "key"),
             lambda: cp.getfloat("multi", "key")]:
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)

# Changing: set, add/remove sections and options, mapping assignment.
cp.set("bitbucket.org", "User", "git")
cp["bitbucket.org"]["Port"] = "22"
cp["new"] = {"Alpha": 1, "beta": "two", "gamma": 3.5}
cp.add_section("empty")
print(cp.remove_option("multi", "empty"), cp.remove_option("multi", "nope"),
      cp.remove_section("flags"), cp.remove_section("flags"))
del cp["new"]["beta"]
print(dict(cp["new"]), cp["new"]["gamma"] if "gamma" in cp["new"] else "-")
cp["DEFAULT"] = {"shared": "yes"}
print(cp.defaults(), cp.get("empty", "shared"))
out = io.StringIO()
cp.write(out)
print(out.getvalue())
out = io.StringIO()
cp.write(out, space_around_delimiters=False)
print(out.getvalue().splitlines()[:6])

# Round trip through a real file with read() (missing files are skipped).
tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "app.ini")
with open(path, "w") as f:
    cp.write(f)
again = configparser.ConfigParser()
print(again.read([path, os.path.join(tmp, "missing.ini")]) == [path])
print(again.sections() == cp.sections(),
      all(again.items(s, raw=True) == cp.items(s, raw=True) for s in cp.sections()))
with open(path) as f:
    third = configparser.ConfigParser()
    third.read_file(f)
    print(third.sections() == cp.sections())
os.remove(path)
os.rmdir(tmp)

# Extended interpolation across sections.
ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("""
[paths]
root = /opt/app
logs = ${root}/logs
cost = $$5
[service]
log = ${paths:logs}/service.log
name = svc-${paths:root}
""")
print(ext["service"]["log"], ext["service"]["name"], ext["paths"]["cost"])
for text in ["${nosuch}", "${a:b:c}", "$x", "${paths:nope}"]:
    ext["service"]["bad"] = "ok"
    ext.set("service", "bad", "x") if False else None
    ext._sections["service"]["bad"] = text
    try:
        ext.get("service", "bad")
    except configparser.Error as e:
        print(type(e).__name__ + ":", e)

# RawConfigParser: no interpolation, non-string values allowed through set().
raw = configparser.RawConfigParser()
raw.add_section("r")
raw.set("r", "n", 42)
raw.set("r", "p", "%(nothing)s")
print(raw.get("r", "n"), raw.get("r", "p"), raw.items("r"))

# Parser options.
opts = configparser.ConfigParser(allow_no_value=True, delimiters=("=>",),
                                 comment_prefixes=("//",), inline_comment_prefixes=("#",),
                                 strict=False, empty_lines_in_values=False,
                                 default_section="common", interpolation=None)
opts.read_string("""
[common]
shared => 1
[mysqld]
skip-bdb
user => mysql # trailing comment
// a full-line comment
path => %(not interpolated)s
[mysqld]
user => override

value => after blank line ends the previous value
""")
print(opts.sections(), opts.items("mysqld"), opts.get("mysqld", "skip-bdb"))
buf = io.StringIO()
opts.write(buf)
print(buf.getvalue())

case = configparser.ConfigParser()
case.optionxform = str
case.read_string("[S]\nCamelCase = 1\nlower = 2\n")
print(case.options("S"), case.has_option("S", "camelcase"))

# Converters.
conv = configparser.ConfigParser(converters={"list": lambda v: [x.strip() for x in v.split(",")]})
conv.read_string("[s]\nitems = a, b ,c\nn = 3\n")
print(conv.getlist("s", "items"), conv["s"].getlist("items"), conv["s"].getlist("none", ["x"]))
print(sorted(conv.converters), conv.converters["list"] is not None, conv.converters["int"])
conv.converters["upper"] = str.upper
print(conv.getupper("s", "items"), conv["s"].getupper("n"))
del conv.converters["upper"]
print(hasattr(conv, "getupper"), hasattr(conv["s"], "getupper"), len(conv.converters))
for bad in ["", None]:
    try:
        conv.converters[bad] = str
    except ValueError as e:
        print("ValueError:", e)

# Errors, with their messages and attributes.
def attempt(label, fn):
    try:
        fn()
        print(label, "-> no error")
    except (configparser.Error, ValueError, TypeError, KeyError) as e:
        print(label, "->", type(e).__name__ + ":", e, getattr(e, "args", None))


attempt("no section", lambda: cp.get("nosuch", "x"))
attempt("no option", lambda: cp.get("multi", "nosuch"))
attempt("items of missing", lambda: cp.items("nosuch"))
attempt("options of missing", lambda: cp.options("nosuch"))
attempt("set missing section", lambda: cp.set("nosuch", "a", "b"))
attempt("duplicate add", lambda: cp.add_section("multi"))
attempt("add default", lambda: cp.add_section("DEFAULT"))
attempt("non-str section", lambda: cp.add_section(5))
attempt("non-str value", lambda: cp.set("multi", "x", 5))
attempt("non-str key", lambda: cp["multi"].__setitem__(5, "x"))
attempt("bad % syntax set", lambda: cp.set("multi", "x", "100%"))
attempt("bad % syntax set 2", lambda: cp.set("multi", "x", "a %(b)s %c"))
attempt("bad $ set", lambda: ext.set("paths", "x", "$oops"))
attempt("del default", lambda: cp.__delitem__("DEFAULT"))
attempt("del missing", lambda: cp.__delitem__("nosuch"))
attempt("getitem missing", lambda: cp["nosuch"])
attempt("proxy missing", lambda: cp["multi"]["nosuch"])
attempt("proxy del missing", lambda: cp["multi"].__delitem__("nosuch"))
attempt("interpolation=", lambda: configparser.ConfigParser(interpolation=object()))
cp2 = configparser.ConfigParser()
cp2.read_string("[a]\nx = %(y)s\ny = %(x)s\nmissing = %(zz)s\nbad = %(x\nlone = 5%\n")
attempt("depth", lambda: cp2.get("a", "x"))
attempt("missing ref", lambda: cp2.get("a", "missing"))
attempt("bad ref", lambda: cp2.get("a", "bad"))
attempt("lone %", lambda: cp2.get("a", "lone"))
attempt("items interpolate", lambda: cp2.items("a"))
attempt("dup section", lambda: configparser.ConfigParser().read_string("[a]\n[b]\n[a]\n"))
attempt("dup option", lambda: configparser.ConfigParser().read_string("[a]\nx=1\nX=2\n",
                                                                       source="f.ini"))
attempt("dup in dict", lambda: configparser.ConfigParser().read_dict({"a": {"x": 1, "X": 2}}))
attempt("no header", lambda: configparser.ConfigParser().read_string("x = 1\n[a]\n"))
attempt("parsing", lambda: configparser.ConfigParser().read_string(
    "[a]\nok = 1\nnot an option\n= no name\n  \n[b]\nalso bad\n"))
attempt("no value", lambda: configparser.ConfigParser().read_string("[a]\nflag\n"))
try:
    configparser.ConfigParser().read_string("[a]\ngarbage\n", source="cfg.ini")
except configparser.ParsingError as e:
    print(e.source, e.errors, e.message == str(e))
try:
    configparser.ConfigParser().read_string("nohead\n", source="x.ini")
except configparser.MissingSectionHeaderError as e:
    print(e.source, e.lineno, repr(e.line), isinstance(e, configparser.ParsingError))
e = configparser.DuplicateSectionError("s")
print(e, e.section, e.source, e.lineno)
e = configparser.DuplicateOptionError("s", "o", "src")
print(e)
e = configparser.InterpolationSyntaxError("o", "s", "custom message")
print(e, e.option, e.section, e.args)
print(repr(configparser.NoSectionError("zz")), configparser.Error("m").message)
for kwargs in [{}, {"source": "a", "filename": "b"}]:
    try:
        configparser.ParsingError(**kwargs)
    except ValueError as e:
        print("ValueError:", e)
print(issubclass(configparser.MissingSectionHeaderError, configparser.ParsingError),
      issubclass(configparser.InterpolationDepthError, configparser.InterpolationError),
      configparser.MAX_INTERPOLATION_DEPTH, configparser.DEFAULTSECT)

# popitem/clear through the mapping protocol.
small = configparser.ConfigParser()
small.read_string("[one]\na=1\n[two]\nb=2\n")
name, proxy = small.popitem()
print(name, repr(proxy), small.sections())
small.clear()
print(small.sections(), list(small))
