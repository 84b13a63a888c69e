"""This module provides access to the Unicode Character Database which
defines character properties for all Unicode characters. The data in
this database is based on the UnicodeData.txt file version
14.0.0 which is publicly available from ftp://ftp.unicode.org/.

The module uses the same names and symbols as defined by the
UnicodeData File Format 14.0.0.

SwiftPy: the tables are Lib/_unicodedata.bin (written by Tools/gen_unicodedata.py from
CPython 3.11's own module); names are decompressed at the first name()/lookup().
"""

_SECTIONS = ('meta', 'records', 'rec_i1', 'rec_i2', 'decomp', 'dec_i1', 'dec_i2',
             'numeric', 'num_i1', 'num_i2', 'name_runs', 'names', 'aliases', 'compose')


def _read_tables():
    path = __file__.rpartition('/')[0] + '/_unicodedata.bin'
    with open(path, 'rb') as fh:
        blob = fh.read()
    if blob[:7] != b'SPUCD1\n':
        raise ImportError('unicodedata: bad table file ' + path)
    out, pos = {}, 7
    for key in _SECTIONS:
        size = int.from_bytes(blob[pos:pos + 4], 'little')
        out[key] = blob[pos + 4:pos + 4 + size]
        pos += 4 + size
    return out


def _uint16(data):
    view = memoryview(data).cast('H')
    if _sys.byteorder == 'little':
        return view
    import array
    arr = array.array('H', data)
    arr.byteswap()
    return arr


import sys as _sys
_T = _read_tables()
_META = dict(line.split('=', 1) for line in _T['meta'].decode().split('\n'))
unidata_version = _META['unidata_version']

# cp -> (category, bidirectional, combining, east_asian_width, mirrored)
_RECORDS = []
for _line in _T['records'].decode().split('\n'):
    _f = _line.split(',')
    _RECORDS.append((_f[0], _f[1], int(_f[2]), _f[3], int(_f[4])))
_REC_S = int(_META['rec_shift'])
_REC_M = (1 << _REC_S) - 1
_REC_I1 = _uint16(_T['rec_i1'])
_REC_I2 = _T['rec_i2']

# cp -> decomposition string
_DECOMP = _T['decomp'].decode().split('\n')
_DEC_S = int(_META['dec_shift'])
_DEC_M = (1 << _DEC_S) - 1
_DEC_I1 = _uint16(_T['dec_i1'])
_DEC_I2 = _uint16(_T['dec_i2'])

# cp -> (decimal, digit, numeric), None where absent
_NUMERIC = []
for _line in _T['numeric'].decode().split('\n'):
    _f = _line.split(',')
    _NUMERIC.append((int(_f[0]) if _f[0] else None, int(_f[1]) if _f[1] else None,
                     float(_f[2]) if _f[2] else None))
_NUM_S = int(_META['num_shift'])
_NUM_M = (1 << _NUM_S) - 1
_NUM_I1 = _uint16(_T['num_i1'])
_NUM_I2 = _T['num_i2']

# CJK unified ideograph ranges (inclusive) whose names are algorithmic.
_CJK = []
for _r in _META['cjk'].split():
    _a, _b = _r.split('-')
    _CJK.append((int(_a, 16), int(_b, 16)))
del _line, _f, _r, _a, _b

# Hangul syllables (Unicode 14.0, section 3.12)
_S_BASE, _L_BASE, _V_BASE, _T_BASE = 0xAC00, 0x1100, 0x1161, 0x11A7
_L_COUNT, _V_COUNT, _T_COUNT = 19, 21, 28
_N_COUNT = _V_COUNT * _T_COUNT
_S_COUNT = _L_COUNT * _N_COUNT
_JAMO_L = ('G', 'GG', 'N', 'D', 'DD', 'R', 'M', 'B', 'BB', 'S', 'SS', '', 'J', 'JJ', 'C',
           'K', 'T', 'P', 'H')
_JAMO_V = ('A', 'AE', 'YA', 'YAE', 'EO', 'E', 'YEO', 'YE', 'O', 'WA', 'WAE', 'OE', 'YO', 'U',
           'WEO', 'WE', 'WI', 'YU', 'EU', 'YI', 'I')
_JAMO_T = ('', 'G', 'GG', 'GS', 'N', 'NJ', 'NH', 'D', 'L', 'LG', 'LM', 'LB', 'LS', 'LT', 'LP',
           'LH', 'M', 'B', 'BS', 'S', 'SS', 'NG', 'J', 'C', 'K', 'T', 'P', 'H')


def _typename(obj):
    return 'None' if obj is None else type(obj).__name__


def _cp(ch, func, numbered):
    if isinstance(ch, str) and len(ch) == 1:
        return ord(ch)
    raise TypeError('%s() argument %smust be a unicode character, not %s'
                    % (func, '1 ' if numbered else '', _typename(ch)))


def _no_keywords(func, kwargs):
    if kwargs:
        raise TypeError('unicodedata.%s() takes no keyword arguments' % func)


def _one(func, args, kwargs):
    """The single positional argument, with CPython's messages for other calls."""
    if kwargs or len(args) != 1:
        _no_keywords(func, kwargs)
        raise TypeError('unicodedata.%s() takes exactly one argument (%d given)'
                        % (func, len(args)))
    return args[0]


def _one_or_two(func, args, kwargs):
    if kwargs or not 1 <= len(args) <= 2:
        _no_keywords(func, kwargs)
        if args:
            raise TypeError('%s expected at most 2 arguments, got %d' % (func, len(args)))
        raise TypeError('%s expected at least 1 argument, got 0' % func)
    return args[0]


def _two(func, args, kwargs):
    if kwargs or len(args) != 2:
        _no_keywords(func, kwargs)
        raise TypeError('%s expected 2 arguments, got %d' % (func, len(args)))
    return args


def _record(cp):
    return _RECORDS[_REC_I2[(_REC_I1[cp >> _REC_S] << _REC_S) | (cp & _REC_M)]]


def _numeric(cp):
    return _NUMERIC[_NUM_I2[(_NUM_I1[cp >> _NUM_S] << _NUM_S) | (cp & _NUM_M)]]


def _decomposition(cp):
    return _DECOMP[_DEC_I2[(_DEC_I1[cp >> _DEC_S] << _DEC_S) | (cp & _DEC_M)]]


def category(*args, **kwargs):
    """Returns the general category assigned to the character chr as string."""
    return _record(_cp(_one('category', args, kwargs), 'category', False))[0]


def bidirectional(*args, **kwargs):
    """Returns the bidirectional class assigned to the character chr as string.

    If no such value is defined, an empty string is returned."""
    return _record(_cp(_one('bidirectional', args, kwargs), 'bidirectional', False))[1]


def combining(*args, **kwargs):
    """Returns the canonical combining class assigned to the character chr as integer.

    Returns 0 if no combining class is defined."""
    return _record(_cp(_one('combining', args, kwargs), 'combining', False))[2]


def east_asian_width(*args, **kwargs):
    """Returns the east asian width assigned to the character chr as string."""
    return _record(_cp(_one('east_asian_width', args, kwargs), 'east_asian_width', False))[3]


def mirrored(*args, **kwargs):
    """Returns the mirrored property assigned to the character chr as integer.

    Returns 1 if the character has been identified as a "mirrored"
    character in bidirectional text, 0 otherwise."""
    return _record(_cp(_one('mirrored', args, kwargs), 'mirrored', False))[4]


def decomposition(*args, **kwargs):
    """Returns the character decomposition mapping assigned to the character chr as string.

    An empty string is returned in case no such mapping is defined."""
    return _decomposition(_cp(_one('decomposition', args, kwargs), 'decomposition', False))


def decimal(*args, **kwargs):
    """Converts a Unicode character into its equivalent decimal value.

    Returns the decimal value assigned to the character chr as integer.
    If no such value is defined, default is returned, or, if not given,
    ValueError is raised."""
    value = _numeric(_cp(_one_or_two('decimal', args, kwargs), 'decimal', True))[0]
    if value is None:
        if len(args) == 1:
            raise ValueError('not a decimal')
        return args[1]
    return value


def digit(*args, **kwargs):
    """Converts a Unicode character into its equivalent digit value.

    Returns the digit value assigned to the character chr as integer.
    If no such value is defined, default is returned, or, if not given,
    ValueError is raised."""
    value = _numeric(_cp(_one_or_two('digit', args, kwargs), 'digit', True))[1]
    if value is None:
        if len(args) == 1:
            raise ValueError('not a digit')
        return args[1]
    return value


def numeric(*args, **kwargs):
    """Converts a Unicode character into its equivalent numeric value.

    Returns the numeric value assigned to the character chr as float.
    If no such value is defined, default is returned, or, if not given,
    ValueError is raised."""
    value = _numeric(_cp(_one_or_two('numeric', args, kwargs), 'numeric', True))[2]
    if value is None:
        if len(args) == 1:
            raise ValueError('not a numeric character')
        return args[1]
    return value


# --- names (loaded at first use) ---

_NAME_STARTS = None   # sorted first code points of the runs of explicitly named characters
_NAME_RUNS = None     # per run: (count, index of its first name in _NAMES)
_NAMES = None
_CODES = None         # upper-case name, alias or named sequence -> str


def _load_names():
    global _NAME_STARTS, _NAME_RUNS, _NAMES
    import zlib
    runs = _T['name_runs']
    starts, info, index = [], [], 0
    for pos in range(0, len(runs), 5):
        count = runs[pos + 3] | (runs[pos + 4] << 8)
        starts.append(runs[pos] | (runs[pos + 1] << 8) | (runs[pos + 2] << 16))
        info.append((count, index))
        index += count
    _NAMES = zlib.decompress(_T['names']).decode('ascii').split('\n')
    _NAME_RUNS = info
    _NAME_STARTS = starts


def _name_of(cp):
    if _S_BASE <= cp < _S_BASE + _S_COUNT:
        s = cp - _S_BASE
        return 'HANGUL SYLLABLE ' + (_JAMO_L[s // _N_COUNT] + _JAMO_V[(s % _N_COUNT) // _T_COUNT]
                                     + _JAMO_T[s % _T_COUNT])
    for first, last in _CJK:
        if first <= cp <= last:
            return 'CJK UNIFIED IDEOGRAPH-%X' % cp
    if _NAMES is None:
        _load_names()
    from bisect import bisect_right
    i = bisect_right(_NAME_STARTS, cp) - 1
    if i >= 0:
        count, index = _NAME_RUNS[i]
        offset = cp - _NAME_STARTS[i]
        if offset < count:
            return _NAMES[index + offset]
    return None


def name(*args, **kwargs):
    """Returns the name assigned to the character chr as a string.

    If no name is defined, default is returned, or, if not given,
    ValueError is raised."""
    result = _name_of(_cp(_one_or_two('name', args, kwargs), 'name', True))
    if result is None:
        if len(args) == 1:
            raise ValueError('no such name')
        return args[1]
    return result


def _load_codes():
    global _CODES
    import zlib
    from itertools import chain
    if _NAMES is None:
        _load_names()
    cps = chain.from_iterable(range(start, start + count)
                              for start, (count, _) in zip(_NAME_STARTS, _NAME_RUNS))
    codes = dict(zip(_NAMES, map(chr, cps)))
    for line in zlib.decompress(_T['aliases']).decode('ascii').split('\n'):
        alias, _, value = line.partition(';')
        codes[alias] = ''.join([chr(int(h, 16)) for h in value.split()])
    _CODES = codes


def _hangul_part(text, pos, table):
    """CPython's longest-prefix match of a jamo short name: (index or -1, length)."""
    best, length = -1, -1
    for i, part in enumerate(table):
        if len(part) > length and text.startswith(part, pos):
            best, length = i, len(part)
    return best, max(length, 0)


def _code_of(text):
    if text.startswith('HANGUL SYLLABLE '):
        pos = 16
        l, n = _hangul_part(text, pos, _JAMO_L)
        pos += n
        v, n = _hangul_part(text, pos, _JAMO_V)
        pos += n
        t, n = _hangul_part(text, pos, _JAMO_T)
        pos += n
        if l >= 0 and v >= 0 and t >= 0 and pos == len(text):
            return chr(_S_BASE + (l * _V_COUNT + v) * _T_COUNT + t)
        return None
    if text.startswith('CJK UNIFIED IDEOGRAPH-'):
        digits = text[22:]
        if len(digits) not in (4, 5) or digits.strip('0123456789ABCDEF'):
            return None
        cp = int(digits, 16)
        for first, last in _CJK:
            if first <= cp <= last:
                return chr(cp)
        return None
    if _CODES is None:
        _load_codes()
    return _CODES.get(text.upper())


def lookup(*args, **kwargs):
    """Look up character by name.

    If a character with the given name is found, return the
    corresponding character.  If not found, KeyError is raised."""
    name = _one('lookup', args, kwargs)
    if isinstance(name, str):
        raw = name.encode('utf-8')
        text = name
    elif isinstance(name, bytes):
        raw = name
        text = name.decode('utf-8', 'replace')
    elif isinstance(name, (bytearray, memoryview)):
        raise TypeError('lookup() argument must be read-only bytes-like object, not '
                        + type(name).__name__)
    else:
        raise TypeError("a bytes-like object is required, not '%s'" % type(name).__name__)
    if len(raw) > 256:
        raise KeyError('name too long')
    result = _code_of(text) if raw.isascii() else None
    if result is None:
        # CPython formats the name as a C string: it ends at a NUL.
        raise KeyError("undefined character name '%s'" % text.partition('\x00')[0])
    return result


# --- normalization (UAX #15) ---

_COMPOSE = None       # (first << 21) | second -> primary composite
_DECOMP_CACHE = ({}, {})   # [compat]: cp -> tuple of code points, full decomposition


def _load_compose():
    global _COMPOSE
    table = {}
    for line in _T['compose'].decode().split('\n'):
        a, b, c = line.split()
        table[(int(a, 16) << 21) | int(b, 16)] = int(c, 16)
    _COMPOSE = table


def _full_decomposition(cp, compat):
    cache = _DECOMP_CACHE[compat]
    result = cache.get(cp)
    if result is None:
        text = _decomposition(cp)
        if not text or (text[0] == '<' and not compat):
            result = (cp,)
        else:
            parts = text.split()
            if parts[0][0] == '<':
                del parts[0]
            result = ()
            for h in parts:
                result += _full_decomposition(int(h, 16), compat)
        cache[cp] = result
    return result


def _decompose(text, compat):
    """Full (canonical or compatibility) decomposition in canonical order, as code points."""
    out = []
    limit = 0xA0 if compat else 0xC0
    for ch in text:
        cp = ord(ch)
        if cp < limit:
            out.append(cp)
        elif _S_BASE <= cp < _S_BASE + _S_COUNT:
            s = cp - _S_BASE
            out.append(_L_BASE + s // _N_COUNT)
            out.append(_V_BASE + (s % _N_COUNT) // _T_COUNT)
            if s % _T_COUNT:
                out.append(_T_BASE + s % _T_COUNT)
        else:
            out.extend(_full_decomposition(cp, compat))
    # Canonical ordering: stable sort of every run of non-starters by combining class.
    i, n = 0, len(out)
    while i < n:
        if out[i] < 0x300 or not _record(out[i])[2]:
            i += 1
            continue
        j = i + 1
        while j < n and out[j] >= 0x300 and _record(out[j])[2]:
            j += 1
        if j - i > 1:
            out[i:j] = sorted(out[i:j], key=lambda c: _record(c)[2])
        i = j
    return out


def _compose(cps):
    """Canonical composition of a decomposed, canonically ordered sequence."""
    if _COMPOSE is None:
        _load_compose()
    out = []
    starter = -1
    last_cc = 0
    for cp in cps:
        cc = _record(cp)[2] if cp >= 0x300 else 0
        if starter >= 0 and (len(out) - 1 == starter or 0 < last_cc < cc):
            first = out[starter]
            composite = None
            if (_L_BASE <= first < _L_BASE + _L_COUNT and _V_BASE <= cp < _V_BASE + _V_COUNT):
                composite = _S_BASE + ((first - _L_BASE) * _V_COUNT + cp - _V_BASE) * _T_COUNT
            elif (_S_BASE <= first < _S_BASE + _S_COUNT and not (first - _S_BASE) % _T_COUNT
                  and _T_BASE < cp < _T_BASE + _T_COUNT):
                composite = first + cp - _T_BASE
            else:
                composite = _COMPOSE.get((first << 21) | cp)
            if composite is not None:
                out[starter] = composite
                continue
        if cc == 0:
            starter = len(out)
        out.append(cp)
        last_cc = cc
    return out


_FORMS = ('NFC', 'NFD', 'NFKC', 'NFKD')


def _check_form(func, form, unistr):
    if not isinstance(form, str):
        raise TypeError('%s() argument 1 must be str, not %s' % (func, _typename(form)))
    if not isinstance(unistr, str):
        raise TypeError('%s() argument 2 must be str, not %s' % (func, _typename(unistr)))
    if unistr and form not in _FORMS:   # CPython answers '' before looking at the form
        raise ValueError('invalid normalization form')


def _normalize(form, unistr):
    if unistr.isascii():   # also ''
        return unistr
    cps = _decompose(unistr, 'K' in form)
    if form[-1] == 'C':
        cps = _compose(cps)
    return ''.join(map(chr, cps))


def normalize(*args, **kwargs):
    """Return the normal form 'form' for the Unicode string unistr.

    Valid values for form are 'NFC', 'NFKC', 'NFD', and 'NFKD'."""
    form, unistr = _two('normalize', args, kwargs)
    _check_form('normalize', form, unistr)
    result = _normalize(form, unistr)
    return unistr if result == unistr else result


def is_normalized(*args, **kwargs):
    """Return whether the Unicode string unistr is in the normal form 'form'.

    Valid values for form are 'NFC', 'NFKC', 'NFD', and 'NFKD'."""
    form, unistr = _two('is_normalized', args, kwargs)
    _check_form('is_normalized', form, unistr)
    return _normalize(form, unistr) == unistr


class UCD:
    """The database of one Unicode version; the module's functions as methods."""
    __module__ = 'unicodedata'

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'unicodedata.UCD' instances")

    unidata_version = unidata_version
    category = staticmethod(category)
    bidirectional = staticmethod(bidirectional)
    combining = staticmethod(combining)
    east_asian_width = staticmethod(east_asian_width)
    mirrored = staticmethod(mirrored)
    decomposition = staticmethod(decomposition)
    decimal = staticmethod(decimal)
    digit = staticmethod(digit)
    numeric = staticmethod(numeric)
    name = staticmethod(name)
    lookup = staticmethod(lookup)
    normalize = staticmethod(normalize)
    is_normalized = staticmethod(is_normalized)


del _T['meta'], _T['records'], _T['decomp'], _T['numeric']
