"""Differential check: Lib/json against CPython's json (C-accelerated)."""
import collections
import decimal
import io
import json as ref
import math
import random
import sys

from _loader import load, Checker

js = load("json")
c = Checker("json")
rng = random.Random(8)


def outcome(fn):
    try:
        return ("ok", fn())
    except ref.JSONDecodeError as e:
        return ("decode error", e.msg, e.pos, e.lineno, e.colno, str(e))
    except js.JSONDecodeError as e:
        return ("decode error", e.msg, e.pos, e.lineno, e.colno, str(e))
    except Exception as e:
        return ("raise", type(e).__name__, str(e))


class Thing:
    pass


values = [None, True, False, 0, -1, 10**30, 1.5, -0.0, 1e300, 1e-7, 3.14159,
          float("nan"), float("inf"), float("-inf"), "", "plain", "quote\"back\\",
          "ctl\n\t\r\b\f\x00\x1f\x7f", "é ü 中文 \U0001F600", [], {}, [1, [2, [3]]],
          {"a": 1, "b": [1, 2, {"c": None}]}, (1, 2), {1: "int", 2.5: "float",
          True: "bool", None: "none"}, {"z": 1, "a": 2, "m": {"y": 1, "b": 2}},
          [{}], [[]], {"k": []}, {"k": {}}, list(range(12)),
          collections.OrderedDict([("b", 1), ("a", 2)])]
option_sets = [{}, {"indent": 2}, {"indent": 0}, {"indent": "\t"},
               {"indent": 4, "sort_keys": True}, {"separators": (",", ":")},
               {"ensure_ascii": False}, {"sort_keys": True},
               {"allow_nan": False}, {"indent": 1, "separators": ("; ", "= ")}]
for v in values:
    for opts in option_sets:
        c.eq("dumps %r %r" % (v, opts), outcome(lambda: js.dumps(v, **opts)),
             outcome(lambda: ref.dumps(v, **opts)))

for v, opts in [({(1, 2): 3}, {}), ({(1, 2): 3, "a": 1}, {"skipkeys": True}),
                (Thing(), {}), (Thing(), {"default": lambda o: "thing"}),
                ({"x": Thing()}, {"default": lambda o: [1, o.__class__.__name__]}),
                (decimal.Decimal("1.5"), {"default": str}), ({1, 2}, {}),
                (b"bytes", {})]:
    c.eq("dumps special %r" % (opts,), outcome(lambda: js.dumps(v, **opts)),
         outcome(lambda: ref.dumps(v, **opts)))
circ = []
circ.append(circ)
c.eq("dumps circular", outcome(lambda: js.dumps(circ)), outcome(lambda: ref.dumps(circ)))
circd = {}
circd["self"] = circd
c.eq("dumps circular dict", outcome(lambda: js.dumps(circd)),
     outcome(lambda: ref.dumps(circd)))
c.eq("dumps sort mixed keys", outcome(lambda: js.dumps({1: 1, "a": 2}, sort_keys=True)),
     outcome(lambda: ref.dumps({1: 1, "a": 2}, sort_keys=True)))


class Sub(js.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


c.eq("encoder subclass", Sub(indent=1).encode({"s": {3, 1}}),
     '{\n "s": [\n  1,\n  3\n ]\n}')
buf = io.StringIO()
js.dump({"a": [1, 2]}, buf, indent=2)
c.eq("dump to file", buf.getvalue(), ref.dumps({"a": [1, 2]}, indent=2))
c.eq("iterencode chunks", "".join(js.JSONEncoder().iterencode([1, {"a": 2}])),
     '[1, {"a": 2}]')


class IntSub(int):
    def __repr__(self):
        return "nope"


class FloatSub(float):
    def __repr__(self):
        return "nope"


c.eq("int/float subclasses", js.dumps([IntSub(3), FloatSub(2.5)]),
     ref.dumps([IntSub(3), FloatSub(2.5)]))

# ---------------------------------------------------------------- decoding
docs = ['null', 'true', 'false', '0', '-0', '12', '-12.5e3', '1E+2', '1e-2',
        '0.5', '"str"', '"esc \\" \\\\ \\/ \\b \\f \\n \\r \\t"',
        '"\\u00e9\\ud83d\\ude00"', '"\\ud800"', '"\\udc00x"', '[]', '{}',
        '[1, 2, [3, {"a": [true, null]}]]', '{"a": 1, "a": 2}',
        ' \n\t {"k" : "v" , "n":[ ] } \r\n', 'NaN', 'Infinity', '-Infinity',
        '[NaN, -Infinity]', '12345678901234567890123', '1.0000000000000002',
        '', ' ', '[', ']', '{', '}', '[1,]', '{"a":1,}', '[1 2]', '{"a" 1}',
        '{"a":}', '{a:1}', "{'a':1}", '"unterminated', '"bad \\x escape"',
        '"bad \\u12 escape"', '"ctl \x01 char"', '"tab\tinside"', '01', '-',
        '1.', '.5', '1e', '+1', 'nul', 'tru', 'True', 'None', '[1] x', '{} {}',
        '"a"\n\n  b', '[\n1,\n2\n,\n]', '{"a": [1, {"b": }]}', '\ufeff[1]',
        '"\\u0041\\u00"', '[-]', '[-Infinity, Infinity]', '"\\', '"abc\\',
        '{"a"', '{"a":', '{"a":1', '[1', '[1,', '"\\uD834\\uDD1E"',
        '"\\uD834\\u0041"', '-0.0', '1E400', '-1e-400', '[1e5, 2E-5]',
        '"\\u00E9"', '{"":0}', '[[[[[[[]]]]]]]', '"\x7f"', '"\u2028"']
for d in docs:
    c.eq("loads %r" % d, outcome(lambda: repr(js.loads(d))),
         outcome(lambda: repr(ref.loads(d))))
for t in range(3000):
    d = "".join(rng.choice('{}[]:,"\\ 0123.-eEntrufalsNI\n') for _ in range(rng.randrange(10)))
    c.eq("fuzz loads %r" % d, outcome(lambda: repr(js.loads(d))),
         outcome(lambda: repr(ref.loads(d))))
# Round trips of random structures.
def rand_value(depth=0):
    k = rng.randrange(8 if depth < 3 else 5)
    if k == 0:
        return rng.randrange(-1000, 1000)
    if k == 1:
        return rng.random() * 10 ** rng.randrange(-5, 5)
    if k == 2:
        return "".join(rng.choice("ab\"\\\n é\u4e2d\U0001F600") for _ in range(rng.randrange(5)))
    if k == 3:
        return rng.choice([None, True, False])
    if k == 4:
        return rng.randrange(10**20)
    if k in (5, 6):
        return [rand_value(depth + 1) for _ in range(rng.randrange(4))]
    return {str(rng.randrange(50)): rand_value(depth + 1) for _ in range(rng.randrange(4))}


for t in range(300):
    v = rand_value()
    opts = rng.choice(option_sets[:8])
    text = js.dumps(v, **opts)
    c.eq("roundtrip dumps %d" % t, text, ref.dumps(v, **opts))
    c.eq("roundtrip loads %d" % t, repr(js.loads(text)), repr(ref.loads(text)))

# hooks
doc = '{"a": 1.5, "b": [2, {"c": 3}], "d": NaN}'
for kw in [{"object_hook": lambda d: sorted(d.items())},
           {"object_pairs_hook": collections.OrderedDict},
           {"object_pairs_hook": list},
           {"parse_float": decimal.Decimal}, {"parse_int": float},
           {"parse_constant": lambda s: "const:" + s},
           {"object_hook": dict, "object_pairs_hook": tuple}]:
    c.eq("hooks %r" % (sorted(kw),), repr(js.loads(doc, **kw)), repr(ref.loads(doc, **kw)))
c.eq("strict=False", outcome(lambda: js.loads('"a\tb\nc"', strict=False)),
     outcome(lambda: ref.loads('"a\tb\nc"', strict=False)))
for b in [b'[1, "x"]', '[1, "é"]'.encode("utf-16"), '{"a": 1}'.encode("utf-32"),
          '[2]'.encode("utf-16-le"), '[2]'.encode("utf-16-be"), b'\xef\xbb\xbf[3]',
          bytearray(b'{"b": 2}'), '"x"'.encode("utf-32-le"), b'12']:
    c.eq("loads bytes %r" % b, outcome(lambda: js.loads(b)), outcome(lambda: ref.loads(b)))
c.eq("loads bad type", outcome(lambda: js.loads(5)), outcome(lambda: ref.loads(5)))
c.eq("raw_decode", js.JSONDecoder().raw_decode('[1] tail'),
     ref.JSONDecoder().raw_decode('[1] tail'))
c.eq("raw_decode idx", outcome(lambda: js.JSONDecoder().raw_decode('xx{"a":1}', 2)),
     outcome(lambda: ref.JSONDecoder().raw_decode('xx{"a":1}', 2)))
c.eq("load from file", js.load(io.StringIO('{"x": [1]}')), {"x": [1]})
err = js.JSONDecodeError("msg", "ab\ncd", 4)
c.eq("JSONDecodeError fields", (str(err), err.lineno, err.colno, isinstance(err, ValueError)),
     ("msg: line 2 column 2 (char 4)", 2, 2, True))
for name in ref.__all__:
    c.true("has " + name, hasattr(js, name))
sys.exit(c.summary())
