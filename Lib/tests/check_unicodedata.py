"""Differential check: Lib/unicodedata.py (over Lib/_unicodedata.bin) against CPython's
unicodedata: every property function on all code points 0..0x10FFFF, names and lookup of every
name, alias and named sequence (and mutated names), all four normalization forms and
is_normalized on every code point, on constructed edge cases and on random strings, and the
error messages."""
import ctypes
import random
import sys
import unicodedata as ref

from _loader import load, Checker

ud = load("unicodedata")
c = Checker("unicodedata")
rng = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 4711)
MAXCP = 0x110000
CHARS = [chr(cp) for cp in range(MAXCP)]


def outcome(fn, *args):
    try:
        return ("ok", fn(*args))
    except Exception as e:  # noqa
        return ("raise", type(e).__name__, str(e))


def bulk(label, fn_ours, fn_ref, inputs):
    """Compare on every input; one check per call, up to 5 mismatches reported."""
    bad = []
    for x in inputs:
        got, want = outcome(fn_ours, x), outcome(fn_ref, x)
        if got != want or type(got[-1]) is not type(want[-1]):
            bad.append("%s(%r): got %r, want %r" % (label, x, got, want))
    c.true("%s: %d mismatches over %d inputs; first: %s" % (label, len(bad), len(inputs), bad[:5]),
           not bad)


c.eq("unidata_version", ud.unidata_version, ref.unidata_version)

# --- every property on every code point ---
for fname in ("category", "bidirectional", "combining", "east_asian_width", "mirrored",
              "decomposition", "decimal", "digit", "numeric", "name"):
    bulk(fname, getattr(ud, fname), getattr(ref, fname), CHARS)
for fname in ("decimal", "digit", "numeric", "name"):
    bulk(fname + " default", lambda ch: getattr(ud, fname)(ch, -1),
         lambda ch: getattr(ref, fname)(ch, -1), CHARS[::97] + CHARS[0x30:0x3A])

# --- lookup: every name (upper and lower case), every alias and named sequence ---
names = [ref.name(ch) for ch in CHARS if ref.name(ch, None)]
bulk("lookup(name)", ud.lookup, ref.lookup, names)
bulk("lookup(name.lower())", ud.lookup, ref.lookup, [n.lower() for n in names[::7]])
bulk("lookup(bytes)", ud.lookup, ref.lookup, [n.encode() for n in names[::101]])


def cpython_aliases():
    """CPython's aliases (U+F0000..) and named sequences (U+F0200..), through its capsule."""
    api = ctypes.pythonapi
    api.PyCapsule_GetPointer.restype = ctypes.c_void_p
    api.PyCapsule_GetPointer.argtypes = [ctypes.py_object, ctypes.c_char_p]
    table = api.PyCapsule_GetPointer(ref._ucnhash_CAPI, b"unicodedata._ucnhash_CAPI")
    proto = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_uint32, ctypes.c_char_p, ctypes.c_int,
                             ctypes.c_int)
    getname = proto(ctypes.cast(table, ctypes.POINTER(ctypes.c_void_p))[0])
    buf = ctypes.create_string_buffer(300)
    return [buf.value.decode() for cp in range(0xF0000, 0xF0400) if getname(cp, buf, 300, 1)]


aliases = cpython_aliases()
c.true("CPython has aliases and named sequences (%d)" % len(aliases), len(aliases) > 900)
bulk("lookup(alias/sequence)", ud.lookup, ref.lookup, aliases + [a.lower() for a in aliases])


def mutations(name):
    yield name + " "
    yield " " + name
    yield name[:-1]
    yield name + "A"
    yield name.replace(" ", "  ", 1)
    yield name.replace(" ", "-", 1)
    yield name.replace("-", " ", 1)
    i = rng.randrange(len(name))
    yield name[:i] + name[i + 1:]
    yield name[:i] + chr(rng.randrange(32, 127)) + name[i:]
    yield name[:i] + name[i:].lower()
    yield name.title()


mutated = []
for n in rng.sample(names, 3000) + rng.sample(aliases, 100):
    mutated.extend(mutations(n))
hangul_parts = ["", "G", "GG", "N", "D", "K", "KK", "A", "AE", "YA", "EO", "WA", "WAE", "I", "YI",
                "EU", "L", "LG", "NG", "H", "SS", "S", "B", "BS", "J", "JJ", "C", "T", "P", "O"]
for _ in range(3000):
    mutated.append("HANGUL SYLLABLE " + "".join(rng.choice(hangul_parts)
                                              for _ in range(rng.randrange(4))))
for cp in list(range(0x3390, 0x3410)) + list(range(0x4DB0, 0x4E10)) + list(range(0x9FF0, 0xA010)) \
        + [0x20000, 0x2A6DF, 0x2A6E0, 0x2A700, 0x2B734, 0x2B740, 0x2B81D, 0x2B820, 0x2CEA1,
           0x2CEB0, 0x2EBE0, 0x2EBE1, 0x30000, 0x3134A, 0x3134B, 0x31350, 0xF900, 0x17000,
           0x18B00, 0x1B170]:
    for fmt in ("%X", "%x", "%04X", "%05X", "%06X", "%03X"):
        mutated.append("CJK UNIFIED IDEOGRAPH-" + fmt % cp)
    mutated.append("cjk unified ideograph-%X" % cp)
    mutated.append("TANGUT IDEOGRAPH-%X" % cp)
mutated += ["", " ", "A", "LATIN", "NULL", "nul", "LINE FEED (LF)", "CJK UNIFIED IDEOGRAPH-",
            "CJK UNIFIED IDEOGRAPH-4E00 ", "HANGUL SYLLABLE", "HANGUL SYLLABLE ", "LATIN SMALL LETTER \u00df",
            "LATIN SMALL LETTER \u0131", "\u00e9" * 128, "\u00e9" * 129, "A" * 256, "A" * 257,
            "x" * 1000, "LATIN SMALL LETTER A\x00", "\ud800", "LATIN CAPITAL LETTER A\ud800",
            b"LATIN SMALL LETTER A", b"NOPE\xff", b"\xff" * 300, bytearray(b"A"),
            memoryview(b"A"), 1, None, 3.5, ["A"]]
bulk("lookup(mutated)", ud.lookup, ref.lookup, mutated)


class S(str):
    pass


c.eq("str subclass", ud.name(S("a")), ref.name(S("a")))

# --- argument errors ---
for fname in ("category", "bidirectional", "combining", "east_asian_width", "mirrored",
              "decomposition", "decimal", "digit", "numeric", "name"):
    for bad in (1, "ab", "", b"a", None, 1.5, ["a"]):
        c.eq("%s(%r)" % (fname, bad), outcome(getattr(ud, fname), bad),
             outcome(getattr(ref, fname), bad))
for fname in ("normalize", "is_normalized"):
    for form, s in (("NFC", 1), (1, "a"), ("nfc", "a"), ("NFX", "a"), ("", ""), ("NFC", b"a"),
                    (b"NFC", "a"), ("NFKC", None), ("NFKD", "\u00e9"), (S("NFD"), S("\u00e9"))):
        c.eq("%s(%r, %r)" % (fname, form, s), outcome(getattr(ud, fname), form, s),
             outcome(getattr(ref, fname), form, s))

for fname in ("category", "name", "decimal", "lookup", "normalize", "is_normalized", "mirrored"):
    for args, kwargs in (((), {}), (("a",), {}), (("a", "b"), {}), (("NFC", "a", 1), {}),
                         ((), {"chr": "a"}), (("a",), {"default": 1}), (("NFC", "a"), {}),
                         (("a",), {})):
        c.eq("%s(*%r, **%r)" % (fname, args, kwargs),
             outcome(lambda: getattr(ud, fname)(*args, **kwargs)),
             outcome(lambda: getattr(ref, fname)(*args, **kwargs)))

# --- normalization ---
FORMS = ("NFC", "NFD", "NFKC", "NFKD")
for form in FORMS:
    bulk("normalize %s (every code point)" % form, lambda s: ud.normalize(form, s),
         lambda s: ref.normalize(form, s), CHARS)
    bulk("is_normalized %s (every code point)" % form, lambda s: ud.is_normalized(form, s),
         lambda s: ref.is_normalized(form, s), CHARS[::3])

# Pools of interesting characters: non-starters, characters with decompositions, the first
# and second halves of canonical pairs, Hangul jamo and syllables.
marks = [ch for ch in CHARS if ref.combining(ch)]
decomposable = [ch for ch in CHARS if ref.decomposition(ch)]
pair_parts = set()
for ch in decomposable:
    d = ref.decomposition(ch)
    if not d.startswith("<") and len(d.split()) == 2:
        pair_parts.update(chr(int(h, 16)) for h in d.split())
pair_parts = sorted(pair_parts)
jamo = [chr(cp) for cp in list(range(0x1100, 0x1113)) + list(range(0x1161, 0x1176))
        + list(range(0x11A7, 0x11C3)) + [0x1160, 0x11FF, 0x115F]]
syllables = [chr(0xAC00 + rng.randrange(11172)) for _ in range(300)] + ["\uac00", "\ud7a3", "\uac01"]
zero_ccc_non_ascii = [ch for ch in pair_parts if not ref.combining(ch)]
pools = (marks, decomposable, pair_parts, jamo, syllables, zero_ccc_non_ascii,
         ["a", "e", "A", " ", "1"], [chr(rng.randrange(MAXCP)) for _ in range(500)])

edge = [
    "a\u0328\u0301", "a\u0301\u0328", "\u1e0b\u0323", "\u1e0d\u0307", "q\u0307\u0323",
    "\u0061\u05ae\u0300\u0301\u0062", "a\u0300\u0305\u0301", "e\u0302\u0323\u0301",
    "\u1100\u1161\u11a8", "\uac00\u11a8", "\uac01\u11a8", "\u1100\u1161\u1161", "\u11a8",
    "\u1100\uac00", "\u1100\u0300\u1161", "\uac00\u0300\u11a8", "\u115f\u1160",
    "\u0958", "\u0915\u093c", "\u212b", "\u2126", "\u0344", "\u0f73", "\u0f75", "\u0f81",
    "\u0b47\u0b3e", "\u0b47\u0300\u0b3e", "\u0dd9\u0dcf\u0dca", "\u1025\u102e",
    "\ufb2c", "\u05e9\u05bc\u05c1", "\u2adc", "\u2add\u0338", "\U0001d15e", "\U0001d160",
    "\U0001d1bb\U0001d16f", "\u00c5\u0327", "A\u030a\u0327", "\u0041\u0327\u030a",
    "\u0300", "\u0300a", "\u0301\u0300", "\u0345\u0300", "\u03b1\u0345\u0313", "\u1f80",
    "\ufdfa", "\u3300", "\u32ff", "\ufb01", "\u2460", "\u00bd", "\u1e9b\u0323",
    "\u0041\u0300\u0041\u0301", "\u00e9\u0300", "e\u0301\u0301", "\U000110a5\U000110ba",
    "\U00011131\U00011127", "\U00011347\U0001133e", "\U0001e900\U0001e944",
]
for a in edge[:]:
    for b in edge[:20]:
        edge.append(a + b)
for form in FORMS:
    bulk("normalize %s (edge cases)" % form, lambda s: ud.normalize(form, s),
         lambda s: ref.normalize(form, s), edge)
    bulk("is_normalized %s (edge cases)" % form, lambda s: ud.is_normalized(form, s),
         lambda s: ref.is_normalized(form, s), edge)

randoms = []
for _ in range(15000):
    n = rng.randrange(1, 12)
    randoms.append("".join(rng.choice(rng.choice(pools)) for _ in range(n)))
# Strings already in some normal form, so that is_normalized also answers True.
randoms += [ref.normalize(rng.choice(FORMS), s) for s in randoms[:3000]]
for form in FORMS:
    bulk("normalize %s (random strings)" % form, lambda s: ud.normalize(form, s),
         lambda s: ref.normalize(form, s), randoms)
    bulk("is_normalized %s (random strings)" % form, lambda s: ud.is_normalized(form, s),
         lambda s: ref.is_normalized(form, s), randoms)

sys.exit(c.summary())
