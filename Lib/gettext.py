"""Message catalogs (CPython 3.11's gettext): NullTranslations, GNUTranslations reading
GNU .mo files, and the module-level domain API.

Plural-Forms expressions are parsed into a tree of Python closures (never exec'd); the
precedence and the error messages are those of CPython's C-to-Python translation."""

import operator
import os
import sys

__all__ = ['NullTranslations', 'GNUTranslations', 'Catalog', 'bindtextdomain', 'find',
           'translation', 'install', 'textdomain', 'dgettext', 'dngettext', 'gettext',
           'ngettext', 'pgettext', 'dpgettext', 'npgettext', 'dnpgettext']

_default_localedir = os.path.join(sys.base_prefix, 'share', 'locale')


# ---------------------------------------------------------------- plural forms

_OPERATOR_CHARS = '-*/%+?:'


def _is_word_char(ch):
    return ch.isalnum() or ch == '_'


def _tokenize(plural):
    """Yields the tokens of a plural expression, then '' at its end."""
    i = 0
    size = len(plural)
    while i < size:
        ch = plural[i]
        if ch in ' \t':
            i += 1
            continue
        two = plural[i:i + 2]
        if ch in '0123456789':
            j = i
            while j < size and plural[j] in '0123456789':
                j += 1
            if j < size and _is_word_char(plural[j]):
                while j < size and _is_word_char(plural[j]):
                    j += 1
                raise ValueError('invalid token in plural form: %s' % plural[i:j])
            yield plural[i:j]
            i = j
        elif ch == 'n' and not (i + 1 < size and _is_word_char(plural[i + 1])):
            yield 'n'
            i += 1
        elif ch in '()' or ch in _OPERATOR_CHARS:
            yield ch
            i += 1
        elif ch in '<>!':
            token = two if two[1:] == '=' else ch
            yield token
            i += len(token)
        elif two in ('==', '&&', '||'):
            yield two
            i += 2
        else:
            j = i + 1
            if _is_word_char(ch):
                while j < size and _is_word_char(plural[j]):
                    j += 1
            raise ValueError('invalid token in plural form: %s' % plural[i:j])
    yield ''


def _error(token):
    if token:
        return ValueError('unexpected token in plural form: %s' % token)
    return ValueError('unexpected end of plural form')


# C operator -> (precedence level, Python spelling, function)
_BINARY = {
    '||': (1, 'or', None), '&&': (2, 'and', None),
    '==': (3, '==', operator.eq), '!=': (3, '!=', operator.ne),
    '<': (4, '<', operator.lt), '>': (4, '>', operator.gt),
    '<=': (4, '<=', operator.le), '>=': (4, '>=', operator.ge),
    '+': (5, '+', operator.add), '-': (5, '-', operator.sub),
    '*': (6, '*', operator.mul), '/': (6, '//', operator.floordiv),
    '%': (6, '%', operator.mod),
}


def _combine(op, left, right):
    if op == '||':
        return lambda n: left(n) or right(n)
    if op == '&&':
        return lambda n: left(n) and right(n)
    fn = _BINARY[op][2]
    return lambda n: fn(left(n), right(n))


def _negate(count, fn):
    if count == 0:
        return fn
    if count % 2:
        return lambda n: not fn(n)
    return lambda n: not not fn(n)


def _parse(tokens, priority=-1):
    """Parses one (sub)expression; returns (text, function of n, next token).

    `text` is the Python spelling CPython would generate (used for its nesting limit).
    As in that spelling, a leading '!' covers the following comparison and arithmetic
    (Python's `not` binds looser than they do), but not && and ||."""
    text = ''
    nots = 0
    token = next(tokens)
    while token == '!':
        text += 'not '
        nots += 1
        token = next(tokens)
    if token == '(':
        sub_text, value, token = _parse(tokens)
        text = '%s(%s)' % (text, sub_text)
        if token != ')':
            raise ValueError('unbalanced parenthesis in plural form')
    elif token == 'n':
        text += 'n'
        value = lambda n: n
    else:
        try:
            number = int(token, 10)
        except ValueError:
            raise _error(token) from None
        text = '%s%d' % (text, number)
        value = lambda n, number=number: number
    token = next(tokens)
    last_level = 100
    negated = nots == 0
    while token in _BINARY:
        level, spelling, _ = _BINARY[token]
        if level < priority:
            break
        if level in (3, 4) and last_level in (3, 4):
            text = '(%s)' % text
        if level < 3 and not negated:
            value = _negate(nots, value)
            negated = True
        op = token
        right_text, right, token = _parse(tokens, level + 1)
        text = '%s %s %s' % (text, spelling, right_text)
        value = _combine(op, value, right)
        last_level = level
    if not negated:
        value = _negate(nots, value)
    if last_level == priority == 4:
        text = '(%s)' % text
    if token == '?' and priority <= 0:
        true_text, if_true, token = _parse(tokens, 0)
        if token != ':':
            raise _error(token)
        false_text, if_false, token = _parse(tokens)
        text = '%s if %s else %s' % (true_text, text, false_text)
        cond = value
        value = lambda n: if_true(n) if cond(n) else if_false(n)
        if priority == 0:
            text = '(%s)' % text
    return text, value, token


def _as_int(n):
    try:
        round(n)
    except TypeError:
        raise TypeError('Plural value must be an integer, got %s' %
                        (n.__class__.__name__,)) from None
    import warnings
    warnings.warn('Plural value must be an integer, got %s' % (n.__class__.__name__,),
                  DeprecationWarning, 4)
    return n


def c2py(plural):
    """A function of n computing the C plural expression `plural`."""
    if len(plural) > 1000:
        raise ValueError('plural form expression is too long')
    try:
        text, value, token = _parse(_tokenize(plural))
    except RecursionError:
        raise ValueError('plural form expression is too complex')
    if token:
        raise _error(token)
    depth = 0
    for ch in text:
        if ch == '(':
            depth += 1
            if depth > 20:
                raise ValueError('plural form expression is too complex')
        elif ch == ')':
            depth -= 1

    def func(n):
        if not isinstance(n, int):
            n = _as_int(n)
        return int(value(n))
    return func


# ---------------------------------------------------------------- locating catalogs

def _expand_lang(loc):
    """The names to try for a locale, most specific first: lang_TERRITORY.codeset@modifier
    down to lang."""
    import locale
    loc = locale.normalize(loc)
    modifier = codeset = territory = ''
    at = loc.find('@')
    if at >= 0:
        loc, modifier = loc[:at], loc[at:]
    dot = loc.find('.')
    if dot >= 0:
        loc, codeset = loc[:dot], loc[dot:]
    underscore = loc.find('_')
    if underscore >= 0:
        loc, territory = loc[:underscore], loc[underscore:]
    names = []
    # modifier varies slowest, then territory, then codeset
    for use_modifier in ((True, False) if modifier else (False,)):
        for use_territory in ((True, False) if territory else (False,)):
            for use_codeset in ((True, False) if codeset else (False,)):
                names.append(loc + (territory if use_territory else '') +
                             (codeset if use_codeset else '') +
                             (modifier if use_modifier else ''))
    return names


class NullTranslations:
    """Translates nothing; the base of catalog classes and the end of fallback chains."""

    def __init__(self, fp=None):
        self._info = {}
        self._charset = None
        self._fallback = None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        pass

    def add_fallback(self, fallback):
        if self._fallback:
            self._fallback.add_fallback(fallback)
        else:
            self._fallback = fallback

    def gettext(self, message):
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.ngettext(msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.npgettext(context, msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        """Binds builtins._ to self.gettext (and the named methods to builtins)."""
        import builtins
        builtins.__dict__['_'] = self.gettext
        if names is not None:
            for name in {'gettext', 'ngettext', 'npgettext', 'pgettext'} & set(names):
                builtins.__dict__[name] = getattr(self, name)


class GNUTranslations(NullTranslations):
    """A catalog read from a GNU .mo file (either byte order)."""

    LE_MAGIC = 0x950412de
    BE_MAGIC = 0xde120495
    CONTEXT = '%s\x04%s'  # msgctxt EOT msgid
    VERSIONS = (0, 1)

    def _get_versions(self, version):
        return (version >> 16, version & 0xffff)

    def _parse(self, fp):
        from struct import unpack
        filename = getattr(fp, 'name', '')
        self._catalog = catalog = {}
        self.plural = lambda n: int(n != 1)
        buf = fp.read()
        size = len(buf)
        magic = unpack('<I', buf[:4])[0]
        if magic == self.LE_MAGIC:
            order = '<'
        elif magic == self.BE_MAGIC:
            order = '>'
        else:
            raise OSError(0, 'Bad magic number', filename)
        version, count, ids_at, strs_at = unpack(order + '4I', buf[4:20])
        major, _minor = self._get_versions(version)
        if major not in self.VERSIONS:
            raise OSError(0, 'Bad version number ' + str(major), filename)
        pair = order + 'II'
        for _ in range(count):
            id_len, id_off = unpack(pair, buf[ids_at:ids_at + 8])
            str_len, str_off = unpack(pair, buf[strs_at:strs_at + 8])
            if id_off + id_len >= size or str_off + str_len >= size:
                raise OSError(0, 'File is corrupt', filename)
            msg = buf[id_off:id_off + id_len]
            tmsg = buf[str_off:str_off + str_len]
            if id_len == 0:
                self._parse_header(tmsg)
            charset = self._charset or 'ascii'
            if b'\x00' in msg:
                singular, _plural = msg.split(b'\x00')
                singular = str(singular, charset)
                for i, form in enumerate(tmsg.split(b'\x00')):
                    catalog[(singular, i)] = str(form, charset)
            else:
                catalog[str(msg, charset)] = str(tmsg, charset)
            ids_at += 8
            strs_at += 8

    def _parse_header(self, data):
        """The metadata entry: 'Key: value' lines (continued by lines without a colon)."""
        last = None
        for raw in data.split(b'\n'):
            item = raw.decode().strip()
            if not item:
                continue
            if item.startswith('#-#-#-#-#') and item.endswith('#-#-#-#-#'):
                continue  # msgcat's separators
            key = value = None
            if ':' in item:
                key, value = item.split(':', 1)
                key = key.strip().lower()
                value = value.strip()
                self._info[key] = value
                last = key
            elif last:
                self._info[last] += '\n' + item
            if key == 'content-type':
                self._charset = value.split('charset=')[1]
            elif key == 'plural-forms':
                expression = value.split(';')[1].split('plural=')[1]
                self.plural = c2py(expression)

    _missing = object()

    def _lookup(self, msgid):
        found = self._catalog.get(msgid, self._missing)
        if found is self._missing:
            found = self._catalog.get((msgid, self.plural(1)), self._missing)
        return found

    def gettext(self, message):
        found = self._lookup(message)
        if found is not self._missing:
            return found
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        try:
            return self._catalog[(msgid1, self.plural(n))]
        except KeyError:
            if self._fallback:
                return self._fallback.ngettext(msgid1, msgid2, n)
            return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        found = self._lookup(self.CONTEXT % (context, message))
        if found is not self._missing:
            return found
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        try:
            return self._catalog[(self.CONTEXT % (context, msgid1), self.plural(n))]
        except KeyError:
            if self._fallback:
                return self._fallback.npgettext(context, msgid1, msgid2, n)
            return msgid1 if n == 1 else msgid2


def find(domain, localedir=None, languages=None, all=False):
    """The path of localedir/LANG/LC_MESSAGES/domain.mo for the first language that has
    one (all=True: every such path). Languages default to $LANGUAGE, $LC_ALL,
    $LC_MESSAGES or $LANG; 'C' ends the search."""
    if localedir is None:
        localedir = _default_localedir
    if languages is None:
        languages = []
        for var in ('LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG'):
            value = os.environ.get(var)
            if value:
                languages = value.split(':')
                break
        if 'C' not in languages:
            languages.append('C')
    candidates = []
    for lang in languages:
        for name in _expand_lang(lang):
            if name not in candidates:
                candidates.append(name)
    found = [] if all else None
    for lang in candidates:
        if lang == 'C':
            break
        path = os.path.join(localedir, lang, 'LC_MESSAGES', '%s.mo' % domain)
        if os.path.exists(path):
            if not all:
                return path
            found.append(path)
    return found


_translations = {}  # (class, absolute path) -> parsed catalog


def translation(domain, localedir=None, languages=None, class_=None, fallback=False):
    """The catalog for domain: the first .mo found, the others as its fallbacks."""
    if class_ is None:
        class_ = GNUTranslations
    paths = find(domain, localedir, languages, all=True)
    if not paths:
        if fallback:
            return NullTranslations()
        from errno import ENOENT
        raise FileNotFoundError(ENOENT, 'No translation file found for domain', domain)
    import copy
    result = None
    for path in paths:
        key = (class_, os.path.abspath(path))
        catalog = _translations.get(key)
        if catalog is None:
            with open(path, 'rb') as fp:
                catalog = _translations.setdefault(key, class_(fp))
        catalog = copy.copy(catalog)  # fallbacks are added to the copy only
        if result is None:
            result = catalog
        else:
            result.add_fallback(catalog)
    return result


def install(domain, localedir=None, *, names=None):
    translation(domain, localedir, fallback=True).install(names)


_localedirs = {}
_current_domain = 'messages'


def textdomain(domain=None):
    global _current_domain
    if domain is not None:
        _current_domain = domain
    return _current_domain


def bindtextdomain(domain, localedir=None):
    if localedir is not None:
        _localedirs[domain] = localedir
    return _localedirs.get(domain, _default_localedir)


def _domain_catalog(domain):
    try:
        return translation(domain, _localedirs.get(domain, None))
    except OSError:
        return None


def dgettext(domain, message):
    t = _domain_catalog(domain)
    return message if t is None else t.gettext(message)


def dngettext(domain, msgid1, msgid2, n):
    t = _domain_catalog(domain)
    if t is None:
        return msgid1 if n == 1 else msgid2
    return t.ngettext(msgid1, msgid2, n)


def dpgettext(domain, context, message):
    t = _domain_catalog(domain)
    return message if t is None else t.pgettext(context, message)


def dnpgettext(domain, context, msgid1, msgid2, n):
    t = _domain_catalog(domain)
    if t is None:
        return msgid1 if n == 1 else msgid2
    return t.npgettext(context, msgid1, msgid2, n)


def gettext(message):
    return dgettext(_current_domain, message)


def ngettext(msgid1, msgid2, n):
    return dngettext(_current_domain, msgid1, msgid2, n)


def pgettext(context, message):
    return dpgettext(_current_domain, context, message)


def npgettext(context, msgid1, msgid2, n):
    return dnpgettext(_current_domain, context, msgid1, msgid2, n)


Catalog = translation
