"""Regular expressions for SwiftPy: a pure-Python backtracking engine with the
interface and behaviour of CPython 3.11's `re` module.

Parsing lives in _parser, code generation in _compiler, matching in _engine.
Known differences from CPython: no FutureWarning/DeprecationWarning is issued (the
`warnings` module is not imported); LOCALE is treated as ASCII; DEBUG prints nothing;
\\N{...} needs `unicodedata` (otherwise "undefined character name"); groupindex is a
plain dict copy rather than a mappingproxy.
"""

from . import _constants, _parser, _compiler, _engine
from ._constants import error, MAXREPEAT

__all__ = [
    'match', 'fullmatch', 'search', 'sub', 'subn', 'split',
    'findall', 'finditer', 'compile', 'purge', 'template', 'escape',
    'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S', 'X', 'U',
    'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE',
    'UNICODE', 'NOFLAG', 'RegexFlag',
]

__version__ = '2.2.1'


# ---------------------------------------------------------------- flags

_FLAG_ORDER = (('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4), ('UNICODE', 32),
               ('MULTILINE', 8), ('DOTALL', 16), ('VERBOSE', 64), ('TEMPLATE', 1),
               ('DEBUG', 128))
_FLAG_MASK = 511


class RegexFlag(int):
    """Integer flag with IntFlag-style `|`, `&`, `^`, `~` and repr."""

    __module__ = 're'

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(_FLAG_MASK & ~int(self))

    def __repr__(self):
        v = int(self)
        if v == 0:
            return 're.NOFLAG'
        names = []
        for name, bit in _FLAG_ORDER:
            if v & bit:
                names.append('re.' + name)
                v &= ~bit
        if v:
            if not names:
                return 're.RegexFlag(%d)' % int(self)
            names.append(hex(v))
        return '|'.join(names)

    __str__ = __repr__

    def __format__(self, spec):
        return format(str(self), spec)

    @property
    def name(self):
        for n, bit in _FLAG_ORDER:
            if bit == int(self):
                return n
        return None

    @property
    def value(self):
        return int(self)


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)
for _name, _bit in _FLAG_ORDER:
    setattr(RegexFlag, _name, RegexFlag(_bit))
RegexFlag.NOFLAG = NOFLAG
del _name, _bit

_PATTERN_FLAG_ORDER = (('re.TEMPLATE', 1), ('re.IGNORECASE', 2), ('re.LOCALE', 4),
                       ('re.MULTILINE', 8), ('re.DOTALL', 16), ('re.UNICODE', 32),
                       ('re.VERBOSE', 64), ('re.DEBUG', 128), ('re.ASCII', 256))


# ---------------------------------------------------------------- subjects

def _subject(string, isbytes):
    """(text for the engine, object for slicing) or TypeError."""
    if isinstance(string, str):
        if isbytes:
            raise TypeError('cannot use a bytes pattern on a string-like object')
        return string, string
    if isinstance(string, bytes):
        b = string
    elif isinstance(string, bytearray):
        b = bytes(string)
    else:
        try:
            b = bytes(memoryview(string))
        except TypeError:
            raise TypeError("expected string or bytes-like object, got '%s'"
                            % type(string).__name__) from None
    if not isbytes:
        raise TypeError('cannot use a string pattern on a bytes-like object')
    return str(b, 'latin-1'), b


def _bounds(pos, endpos, length):
    if pos < 0:
        pos = 0
    elif pos > length:
        pos = length
    if endpos is None or endpos > length:
        endpos = length
    elif endpos < 0:
        endpos = 0
    return pos, endpos


# ---------------------------------------------------------------- Pattern

class Pattern:
    """Compiled regular expression."""

    __module__ = 're'

    def __init__(self, pattern, flags, prog, state):
        self.pattern = pattern
        self.flags = flags
        self._prog = prog
        self.groups = prog.groups
        self._groupindex = dict(state.groupdict)
        self._isbytes = not isinstance(pattern, str)
        self._names = {}
        for k, v in self._groupindex.items():
            self._names[v] = k

    @property
    def groupindex(self):
        return dict(self._groupindex)

    def __repr__(self):
        flags = self.flags
        if not self._isbytes and (flags & (4 | 32 | 256)) == 32:
            flags &= ~32
        text = repr(self.pattern)[:200]
        if not flags:
            return 're.compile(%s)' % text
        names = []
        for name, bit in _PATTERN_FLAG_ORDER:
            if flags & bit:
                names.append(name)
                flags &= ~bit
        if flags:
            names.append(hex(flags))
        return 're.compile(%s, %s)' % (text, '|'.join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.pattern == other.pattern and self.flags == other.flags
                and type(self.pattern) is type(other.pattern))

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (_compile, (self.pattern, self.flags))

    def _run(self, string, pos, endpos, mode):
        text, subj = _subject(string, self._isbytes)
        pos, endpos = _bounds(pos, endpos, len(text))
        if endpos < len(text):
            text = text[:endpos]
        if pos > endpos:
            return None
        r = _engine.search(self._prog, text, pos, endpos, mode != 0, mode == 2, -1)
        if r is None:
            return None
        return Match(self, string, subj, pos, endpos, r)

    def match(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 2)

    def search(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 0)

    def _iter(self, string, pos=0, endpos=None):
        """Yields raw (start, end, regs) results with the 3.7+ empty-match rules."""
        text, subj = _subject(string, self._isbytes)
        pos, endpos = _bounds(pos, endpos, len(text))
        if endpos < len(text):
            text = text[:endpos]
        return text, subj, pos, endpos

    def finditer(self, string, pos=0, endpos=None):
        text, subj, pos, endpos = self._iter(string, pos, endpos)
        return _finditer(self, string, text, subj, pos, endpos)

    def scanner(self, string, pos=0, endpos=None):
        return Scanner(self, string, pos, endpos)

    def findall(self, string, pos=0, endpos=None):
        text, subj, pos, endpos = self._iter(string, pos, endpos)
        prog = self._prog
        ngroups = self.groups
        if not self._isbytes and pos <= endpos:
            out = _engine.findall(prog, text, pos, endpos, ngroups)
            if out is not None:
                return out
        out = []
        forbid = -1
        empty = subj[0:0]
        while pos <= endpos:
            r = _engine.search(prog, text, pos, endpos, False, False, forbid)
            if r is None:
                break
            b, e, regs = r[0], r[1], r[2]
            if ngroups == 0:
                out.append(subj[b:e])
            elif ngroups == 1:
                out.append(subj[regs[2]:regs[3]] if regs[2] >= 0 and regs[3] >= 0 else empty)
            else:
                item = []
                for g in range(1, ngroups + 1):
                    x = regs[2 * g]
                    y = regs[2 * g + 1]
                    item.append(subj[x:y] if x >= 0 and y >= 0 else empty)
                out.append(tuple(item))
            forbid = e if e == b else -1
            pos = e
        return out

    def split(self, string, maxsplit=0):
        text, subj, pos, endpos = self._iter(string)
        out = []
        if maxsplit < 0:
            return [subj[0:]]
        last = 0
        n = 0
        forbid = -1
        prog = self._prog
        ngroups = self.groups
        while not maxsplit or n < maxsplit:
            r = _engine.search(prog, text, pos, endpos, False, False, forbid)
            if r is None:
                break
            b, e, regs = r[0], r[1], r[2]
            out.append(subj[last:b])
            for g in range(1, ngroups + 1):
                x = regs[2 * g]
                y = regs[2 * g + 1]
                out.append(subj[x:y] if x >= 0 and y >= 0 else None)
            n += 1
            forbid = e if e == b else -1
            last = pos = e
        out.append(subj[last:])
        return out

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def _subx(self, repl, string, count):
        text, subj, pos, endpos = self._iter(string)
        isbytes = self._isbytes
        filt = None
        literal = None
        items = None
        if callable(repl):
            filt = repl
        else:
            if isbytes:
                if isinstance(repl, (bytes, bytearray, memoryview)):
                    repl = bytes(repl)
                    backslash = b'\\' in repl
                else:
                    backslash = False
            else:
                backslash = isinstance(repl, str) and '\\' in repl
            if backslash:
                items = _template(self, repl)
                if len(items) == 1 and not isinstance(items[0], int):
                    literal = items[0]
                    items = None
                elif not items:
                    literal = repl[0:0]
                    items = None
            else:
                literal = repl
        pieces = []
        last = 0
        n = 0
        forbid = -1
        prog = self._prog
        if count < 0:
            return (subj[0:] if isbytes else subj[0:]), 0
        while not count or n < count:
            r = _engine.search(prog, text, pos, endpos, False, False, forbid)
            if r is None:
                break
            b, e, regs = r[0], r[1], r[2]
            if last < b:
                pieces.append(subj[last:b])
            if literal is not None:
                if literal:
                    pieces.append(literal)
            else:
                m = Match(self, string, subj, 0, endpos, r)
                if filt is not None:
                    v = filt(m)
                    if v is not None:
                        pieces.append(v)
                else:
                    v = _expand(m, items)
                    if v:
                        pieces.append(v)
            n += 1
            forbid = e if e == b else -1
            last = pos = e
        if last < len(subj):
            pieces.append(subj[last:])
        empty = b'' if isbytes else ''
        if isbytes:
            return empty.join(pieces), n
        return empty.join(pieces), n

    def __class_getitem__(cls, item):
        return cls


def _finditer(pattern, string, text, subj, pos, endpos):
    forbid = -1
    prog = pattern._prog
    pos0 = pos
    while pos <= endpos:
        r = _engine.search(prog, text, pos, endpos, False, False, forbid)
        if r is None:
            return
        b, e, regs = r[0], r[1], r[2]
        yield Match(pattern, string, subj, pos0, endpos, r)
        forbid = e if e == b else -1
        pos = e


class Scanner:
    """Pattern.scanner(): successive match()/search() calls over one string."""

    def __init__(self, pattern, string, pos=0, endpos=None):
        self.pattern = pattern
        self._string = string
        self._text, self._subj, self._pos, self._endpos = pattern._iter(string, pos, endpos)
        self._forbid = -1
        self._done = False
        self._pos0 = self._pos

    def _next(self, anchored):
        if self._done or self._pos > self._endpos:
            return None
        r = _engine.search(self.pattern._prog, self._text, self._pos, self._endpos,
                           anchored, False, self._forbid)
        if r is None:
            self._done = True
            return None
        b, e, regs = r[0], r[1], r[2]
        m = Match(self.pattern, self._string, self._subj, self._pos0, self._endpos, r)
        self._forbid = e if e == b else -1
        self._pos = e
        return m

    def match(self):
        return self._next(True)

    def search(self):
        return self._next(False)


# ---------------------------------------------------------------- templates

_template_cache = {}


def _template(pattern, repl):
    key = (pattern.pattern, pattern.flags, type(repl), repl)
    items = _template_cache.get(key)
    if items is None:
        items = _parser.parse_template(repl, pattern.groups, pattern._groupindex)
        if len(_template_cache) >= 512:
            _template_cache.clear()
        _template_cache[key] = items
    return items


def _expand(match, items):
    out = []
    for it in items:
        if isinstance(it, int):
            g = match.group(it)
            if g is not None:
                out.append(g)
        else:
            out.append(it)
    empty = match._subj[0:0]
    return empty.join(out)


# ---------------------------------------------------------------- Match

class Match:
    """Result of a successful match."""

    __module__ = 're'

    def __init__(self, pattern, string, subj, pos, endpos, result):
        self.re = pattern
        self.string = string
        self._subj = subj
        self.pos = pos
        self.endpos = endpos
        if len(result) == 4:    # native VM: spans prebuilt
            regs = result[2]
            self._spans = result[3]
            self.lastindex = regs[0] if regs[0] > 0 else None
            return
        b, e, regs = result
        spans = [(b, e)]
        last = None
        if regs is not None:
            for g in range(1, pattern.groups + 1):
                x = regs[2 * g]
                y = regs[2 * g + 1]
                spans.append((x, y) if x >= 0 and y >= 0 else (-1, -1))
            if regs[0] > 0:
                last = regs[0]
        else:
            for g in range(pattern.groups):
                spans.append((-1, -1))
        self._spans = spans
        self.lastindex = last

    @property
    def lastgroup(self):
        if self.lastindex is None:
            return None
        return self.re._names.get(self.lastindex)

    @property
    def regs(self):
        return tuple(self._spans)

    def _index(self, g):
        if isinstance(g, int):
            if 0 <= g < len(self._spans):
                return int(g)
        elif isinstance(g, (str, bytes)):
            idx = self.re._groupindex.get(g)
            if idx is not None:
                return idx
        else:
            try:
                i = g.__index__()
            except (AttributeError, TypeError):
                raise IndexError('no such group') from None
            if 0 <= i < len(self._spans):
                return i
        raise IndexError('no such group')

    def _get(self, i, default=None):
        a, b = self._spans[i]
        if a < 0:
            return default
        return self._subj[a:b]

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(self._index(args[0]))
        return tuple(self._get(self._index(g)) for g in args)

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, len(self._spans)))

    def groupdict(self, default=None):
        out = {}
        for name, i in self.re._groupindex.items():
            out[name] = self._get(i, default)
        return out

    def start(self, group=0):
        return self._spans[self._index(group)][0]

    def end(self, group=0):
        return self._spans[self._index(group)][1]

    def span(self, group=0):
        return self._spans[self._index(group)]

    def expand(self, template):
        if self.re._isbytes and isinstance(template, (bytearray, memoryview)):
            template = bytes(template)
        return _expand(self, _template(self.re, template))

    def __repr__(self):
        return '<re.Match object; span=%r, match=%s>' % (
            self._spans[0], repr(self._get(0))[:50])

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


# ---------------------------------------------------------------- module API

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if type(flags) is not int and isinstance(flags, int):
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError('first argument must be string or compiled pattern')
    prog, state = _compiler.compile_pattern(pattern, flags)
    p = Pattern(pattern, state.flags, prog, state)
    if not (flags & DEBUG):
        if len(_cache) >= _MAXCACHE:
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    """Compile a regular expression pattern, returning a Pattern object."""
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    """Clear the regular expression caches."""
    _cache.clear()
    _template_cache.clear()


def template(pattern, flags=0):
    """Compile a template pattern (deprecated in CPython; kept for compatibility)."""
    return _compile(pattern, flags | TEMPLATE)


_SPECIAL = {}
for _c in '()[]{}?*+-|^$\\.&~# \t\n\r\v\f':
    _SPECIAL[_c] = '\\' + _c
del _c


def escape(pattern):
    """Escape special characters in a string (or bytes)."""
    if isinstance(pattern, str):
        return ''.join([_SPECIAL.get(c, c) for c in pattern])
    text = str(pattern, 'latin-1')
    return ''.join([_SPECIAL.get(c, c) for c in text]).encode('latin-1')

# CPython's Pattern and Match are C types named 're.Pattern' / 're.Match' in messages.
from _typenames import set_type_name as _set_type_name
_set_type_name(Pattern, 're.Pattern')
_set_type_name(Match, 're.Match')
del _set_type_name
