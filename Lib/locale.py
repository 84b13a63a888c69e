"""Locale services (CPython 3.11 API) for the C/POSIX locale only.

SwiftPy has no native setlocale: the only "installed" locales are C, POSIX and
C.UTF-8 (C.utf8). setlocale() keeps the current name of each category here;
every other name, and '' when the environment names another locale, raises
locale.Error("unsupported locale setting"). All formatting uses the C locale's
conventions (localeconv() below).
"""

import os
import re
import sys
from collections.abc import Mapping

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error",
           "setlocale", "resetlocale", "localeconv", "strcoll", "strxfrm",
           "str", "atof", "atoi", "format_string", "currency",
           "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY",
           "LC_NUMERIC", "LC_ALL", "LC_MESSAGES", "CHAR_MAX", "getencoding",
           "nl_langinfo", "delocalize", "localize"]

_builtin_str = str


class Error(Exception):
    pass


CHAR_MAX = 127
LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY, LC_MESSAGES, LC_ALL = range(7)
# glibc's further categories, reported by setlocale(LC_ALL) queries.
_EXTRA = ('LC_PAPER', 'LC_NAME', 'LC_ADDRESS', 'LC_TELEPHONE', 'LC_MEASUREMENT',
          'LC_IDENTIFICATION')
_CATEGORY_NAMES = ('LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE', 'LC_MONETARY',
                   'LC_MESSAGES')
_SUPPORTED = {'C', 'POSIX', 'C.UTF-8', 'C.utf8'}

# nl_langinfo items (glibc numbers) and their C-locale values.
CODESET, RADIXCHAR, THOUSEP = 14, 65536, 65537
D_T_FMT, D_FMT, T_FMT, T_FMT_AMPM = 131112, 131113, 131114, 131115
AM_STR, PM_STR, YESEXPR, NOEXPR, CRNCYSTR, ERA = 131110, 131111, 327680, 327681, 262159, 131116
_DAYS = ('Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday')
_MONTHS = ('January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
           'September', 'October', 'November', 'December')
_LANGINFO = {RADIXCHAR: '.', THOUSEP: '', D_T_FMT: '%a %b %e %H:%M:%S %Y', D_FMT: '%m/%d/%y',
             T_FMT: '%H:%M:%S', T_FMT_AMPM: '%I:%M:%S %p', AM_STR: 'AM', PM_STR: 'PM',
             YESEXPR: '^[yY]', NOEXPR: '^[nN]', CRNCYSTR: '-', ERA: ''}
for _i, _d in enumerate(_DAYS):
    globals()['DAY_%d' % (_i + 1)] = 131079 + _i
    globals()['ABDAY_%d' % (_i + 1)] = 131072 + _i
    _LANGINFO[131079 + _i] = _d
    _LANGINFO[131072 + _i] = _d[:3]
for _i, _m in enumerate(_MONTHS):
    globals()['MON_%d' % (_i + 1)] = 131098 + _i
    globals()['ABMON_%d' % (_i + 1)] = 131086 + _i
    _LANGINFO[131098 + _i] = _m
    _LANGINFO[131086 + _i] = _m[:3]
del _i, _d, _m


def _env_locale(category_name):
    """The locale the environment asks for (LC_ALL, then the category, then LANG)."""
    for var in ('LC_ALL', category_name, 'LANG'):
        value = os.environ.get(var)
        if value:
            return value
    return 'C'


# Current name per category (CPython sets LC_CTYPE from the environment at start).
_current = {name: 'C' for name in _CATEGORY_NAMES + _EXTRA}
if _env_locale('LC_CTYPE') in _SUPPORTED:
    _current['LC_CTYPE'] = _env_locale('LC_CTYPE')


def _setlocale(category, locale=None):
    if not isinstance(category, int) or not 0 <= category <= LC_ALL:
        raise Error("unsupported locale setting")
    if category == LC_ALL:
        names = _CATEGORY_NAMES + _EXTRA
    else:
        names = (_CATEGORY_NAMES[category],)
    if locale is not None:
        new = {}
        for name in names:
            value = locale or _env_locale(name)
            if value not in _SUPPORTED:
                raise Error("unsupported locale setting")
            new[name] = 'C' if value == 'POSIX' else value   # glibc reports POSIX as C
        _current.update(new)
    if category != LC_ALL:
        return _current[names[0]]
    values = [_current[n] for n in names]
    if all(v == values[0] for v in values):
        return values[0]
    return ';'.join('%s=%s' % (n, _current[n]) for n in names)


def _build_localename(localetuple):
    try:
        language, encoding = localetuple
        if language is None:
            language = 'C'
        if encoding is None:
            return language
        return language + '.' + encoding
    except (TypeError, ValueError):
        raise TypeError('Locale must be None, a string, or an iterable of '
                        'two strings -- language code, encoding.') from None


def setlocale(category, locale=None):
    """Set (or with locale None, query) the locale of a category."""
    if locale and not isinstance(locale, _builtin_str):
        locale = normalize(_build_localename(locale))
    return _setlocale(category, locale)


def resetlocale(category=LC_ALL):
    """Set the category to the environment's default locale."""
    _setlocale(category, '')


def getlocale(category=LC_CTYPE):
    """(language code, encoding) of the category's current locale."""
    name = _setlocale(category)
    if category == LC_ALL and ';' in name:
        raise TypeError('category LC_ALL is not supported')
    return _parse_localename(name)


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    """(language code, encoding) named by the environment."""
    import warnings
    warnings.warn("'locale.getdefaultlocale' is deprecated and slated for removal in "
                  "Python 3.15. Use setlocale(), getencoding() and getlocale() instead.",
                  DeprecationWarning, stacklevel=2)
    for var in envvars:
        name = os.environ.get(var)
        if name:
            if var == 'LANGUAGE':
                name = name.split(':')[0]
            break
    else:
        name = 'C'
    return _parse_localename(name)


def _codeset(name):
    low = name.lower()
    if low.endswith(('.utf-8', '.utf8')):
        return 'UTF-8'
    return 'ANSI_X3.4-1968'


def getencoding():
    """The encoding of the current LC_CTYPE locale."""
    return _codeset(_current['LC_CTYPE'])


def getpreferredencoding(do_setlocale=True):
    """The encoding text files use by default (UTF-8 mode gives 'utf-8')."""
    flags = getattr(sys, 'flags', None)
    if getattr(flags, 'utf8_mode', 0):
        return 'utf-8'
    if do_setlocale:
        env = _env_locale('LC_CTYPE')
        if env in _SUPPORTED:
            return _codeset(env)
    return getencoding()


def nl_langinfo(key):
    """A piece of the current locale's data (C locale values)."""
    if key == CODESET:
        return getencoding()
    try:
        return _LANGINFO[key]
    except (KeyError, TypeError):
        raise ValueError("unsupported langinfo constant") from None


def localeconv():
    """Numeric and monetary conventions (the C locale's)."""
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '',
            'mon_thousands_sep': '', 'mon_grouping': [], 'positive_sign': '',
            'negative_sign': '', 'int_frac_digits': CHAR_MAX, 'frac_digits': CHAR_MAX,
            'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX,
            'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX,
            'p_sign_posn': CHAR_MAX, 'n_sign_posn': CHAR_MAX,
            'decimal_point': '.', 'thousands_sep': '', 'grouping': []}


def strcoll(a, b):
    """Compare two strings in the C collation (code point order): -1, 0 or 1."""
    if not isinstance(a, _builtin_str) or not isinstance(b, _builtin_str):
        raise TypeError("strcoll arguments must be strings")
    return (a > b) - (a < b)


def strxfrm(s):
    """Collation key of s (the string itself in the C locale)."""
    if not isinstance(s, _builtin_str):
        raise TypeError("strxfrm() argument must be str, not %s" % type(s).__name__)
    return s


# -- number formatting -------------------------------------------------------------

def _group_sizes(grouping):
    """Group sizes from the right: CHAR_MAX stops, 0 repeats the previous size."""
    last = None
    for size in grouping:
        if size == CHAR_MAX:
            return
        if size == 0:
            if last is None:
                raise ValueError("invalid grouping")
            while True:
                yield last
        yield size
        last = size


def _group(s, monetary=False):
    """Insert thousands separators into the integer digits of s (none in the C locale)."""
    conv = localeconv()
    sep = conv['mon_thousands_sep' if monetary else 'thousands_sep']
    grouping = conv['mon_grouping' if monetary else 'grouping']
    if not grouping:
        return s, 0
    stripped = s.rstrip()
    trailing = s[len(stripped):]
    s = stripped
    groups = []
    for size in _group_sizes(grouping):
        if not s or not s[-1].isdigit():
            break
        groups.append(s[-size:])
        s = s[:-size]
    if not groups:
        return s + trailing, 0
    groups.reverse()
    return s + sep.join(groups) + trailing, (len(groups) - 1) * len(sep)


def _format(percent, value, grouping=False, monetary=False, *additional):
    if additional:
        formatted = percent % ((value,) + additional)
    else:
        formatted = percent % value
    if percent[-1] in 'eEfFgGdiu':
        conv = localeconv()
        parts = formatted.split('.')
        if grouping:
            parts[0], _ = _group(parts[0], monetary)
        point = conv['mon_decimal_point' if monetary else 'decimal_point']
        formatted = point.join(parts)
    return formatted


_percent_re = re.compile(r'%(?:\((?P<key>.*?)\))?'
                         r'(?P<modifiers>[-#0-9 +*.hlL]*?)[eEfFgGdiouxXcrs%]')


def format_string(f, val, grouping=False, monetary=False):
    """f % val with the locale's decimal point (and thousands grouping if asked)."""
    specs = list(_percent_re.finditer(f))
    template = _percent_re.sub('%s', f)
    pieces = []
    if isinstance(val, Mapping):
        for m in specs:
            spec = m.group()
            pieces.append('%' if spec[-1] == '%' else _format(spec, val, grouping, monetary))
    else:
        if not isinstance(val, tuple):
            val = (val,)
        i = 0
        for m in specs:
            spec = m.group()
            if spec[-1] == '%':
                pieces.append('%')
                continue
            stars = m.group('modifiers').count('*')
            pieces.append(_format(spec, val[i], grouping, monetary, *val[i + 1:i + 1 + stars]))
            i += 1 + stars
    return template % tuple(pieces)


def currency(val, symbol=True, grouping=False, international=False):
    """val formatted as money (impossible in the C locale, as in CPython)."""
    conv = localeconv()
    digits = conv['int_frac_digits' if international else 'frac_digits']
    if digits == CHAR_MAX:
        raise ValueError("Currency formatting is not possible using the 'C' locale.")
    raise NotImplementedError("currency() needs a locale with monetary conventions")


def str(val):
    """val formatted like '%.12g' with the locale's decimal point."""
    return _format("%.12g", val)


def delocalize(string):
    """A locale-formatted number string made parseable by float()."""
    conv = localeconv()
    ts = conv['thousands_sep']
    if ts:
        string = string.replace(ts, '')
    dd = conv['decimal_point']
    if dd:
        string = string.replace(dd, '.')
    return string


def localize(string, grouping=False, monetary=False):
    """A number string formatted for the locale."""
    return format_string('%s', string, grouping, monetary)


def atof(string, func=float):
    """Parse a locale-formatted float."""
    return func(delocalize(string))


def atoi(string):
    """Parse a locale-formatted integer."""
    return int(delocalize(string))


# -- locale names --------------------------------------------------------------------

# A small subset of CPython's alias tables (lower-case keys).
locale_alias = {
    'c': 'C', 'posix': 'C', 'c.ascii': 'C', 'c.en': 'C', 'c.iso88591': 'en_US.ISO8859-1',
    'c.utf8': 'en_US.UTF-8', 'en': 'en_US.ISO8859-1', 'en_us': 'en_US.ISO8859-1',
    'en_gb': 'en_GB.ISO8859-1', 'de': 'de_DE.ISO8859-1', 'de_de': 'de_DE.ISO8859-1',
    'fr': 'fr_FR.ISO8859-1', 'fr_fr': 'fr_FR.ISO8859-1', 'es': 'es_ES.ISO8859-1',
    'es_es': 'es_ES.ISO8859-1', 'it': 'it_IT.ISO8859-1', 'it_it': 'it_IT.ISO8859-1',
    'nl': 'nl_NL.ISO8859-1', 'nl_nl': 'nl_NL.ISO8859-1', 'pt': 'pt_PT.ISO8859-1',
    'pt_br': 'pt_BR.ISO8859-1', 'ja': 'ja_JP.eucJP', 'ja_jp': 'ja_JP.eucJP',
    'ru': 'ru_RU.UTF-8', 'ru_ru': 'ru_RU.UTF-8', 'zh_cn': 'zh_CN.gb2312',
}
locale_encoding_alias = {
    'utf8': 'UTF-8', 'iso88591': 'ISO8859-1', 'latin1': 'ISO8859-1',
    'iso885915': 'ISO8859-15', 'latin9': 'ISO8859-15', 'ascii': 'ISO8859-1',
    'eucjp': 'eucJP', 'koi8r': 'KOI8-R', 'gb2312': 'gb2312',
}


def _replace_encoding(code, encoding):
    lang = code.split('.', 1)[0]
    key = encoding.lower().replace('-', '').replace('_', '')
    return lang + '.' + locale_encoding_alias.get(key, encoding)


def _append_modifier(code, modifier):
    if modifier == 'euro':
        if '.' not in code:
            return code + '.ISO8859-15'
        encoding = code.partition('.')[2]
        if encoding in ('ISO8859-15', 'UTF-8'):
            return code
        if encoding == 'ISO8859-1':
            return _replace_encoding(code, 'ISO8859-15')
    return code + '@' + modifier


def normalize(localename):
    """A normalized locale code (language_TERRITORY.ENCODING[@modifier]) for setlocale()."""
    code = localename.lower()
    if ':' in code:
        code = code.replace(':', '.')
    code, _, modifier = code.partition('@')
    if '.' in code:
        langname, encoding = code.split('.')[:2]
    else:
        langname, encoding = code, ''
    lang_enc = langname
    if encoding:
        lang_enc += '.' + encoding.replace('-', '').replace('_', '')
    found = locale_alias.get(lang_enc + ('@' + modifier if modifier else ''))
    if found is not None:
        return found
    if modifier:
        found = locale_alias.get(lang_enc)
        if found is not None:
            if '@' not in found:
                return _append_modifier(found, modifier)
            if found.split('@', 1)[1].lower() == modifier:
                return found
    if encoding:
        found = locale_alias.get(langname + ('@' + modifier if modifier else ''))
        if found is not None:
            if '@' not in found:
                return _replace_encoding(found, encoding)
            found, mod = found.split('@', 1)
            return _replace_encoding(found, encoding) + '@' + mod
        if modifier:
            found = locale_alias.get(langname)
            if found is not None:
                if '@' not in found:
                    return _append_modifier(_replace_encoding(found, encoding), modifier)
                found, mod = found.split('@', 1)
                if mod.lower() == modifier:
                    return _replace_encoding(found, encoding) + '@' + mod
    return localename


def _parse_localename(localename):
    code = normalize(localename)
    if '@' in code:
        code, modifier = code.split('@', 1)
        if modifier == 'euro' and '.' not in code:
            return code, 'iso-8859-15'
    if '.' in code:
        return tuple(code.split('.')[:2])
    if code == 'C':
        return None, None
    if code == 'UTF-8':
        return None, 'UTF-8'
    raise ValueError('unknown locale: %s' % localename)
