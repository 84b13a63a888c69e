"""Regular-expression parser: pattern text -> tree of tuples.

Node forms (characters are 1-char str; bytes patterns are decoded latin-1):
  ('lit', c) ('nlit', c) ('any',) ('in', negate, items) ('at', kind)
  ('rep', kind, lo, hi, sub)  kind in 'max' 'min' 'poss'; hi == MAXREPEAT means unbounded
  ('grp', gid_or_None, add_flags, del_flags, sub) ('branch', [sub, ...])
  ('assert', ahead, negate, sub) ('ref', gid) ('cond', gid, yes, no_or_None) ('atomic', sub)
Class items: ('lit', c) ('range', lo, hi) ('cat', one of 'dDwWsS').
A `sub` is a list of nodes.  at-kinds: bol eol begin end boundary nonboundary.
"""

from ._constants import (error, MAXREPEAT, MAXGROUPS, MAXWIDTH, IGNORECASE, LOCALE,
                         MULTILINE, DOTALL, UNICODE, VERBOSE, DEBUG, ASCII, TEMPLATE,
                         TYPE_FLAGS, GLOBAL_FLAGS)

DIGITS = frozenset('0123456789')
OCTDIGITS = frozenset('01234567')
HEXDIGITS = frozenset('0123456789abcdefABCDEF')
ASCIILETTERS = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')
WHITESPACE = frozenset(' \t\n\r\v\f')
SPECIAL = frozenset('.\\[{()*+?^$|')

ESCAPES = {'\\a': '\a', '\\b': '\b', '\\f': '\f', '\\n': '\n', '\\r': '\r',
           '\\t': '\t', '\\v': '\v', '\\\\': '\\'}
CLASS_CATS = {'\\d': 'd', '\\D': 'D', '\\s': 's', '\\S': 'S', '\\w': 'w', '\\W': 'W'}
AT_ESCAPES = {'\\A': 'begin', '\\Z': 'end', '\\b': 'boundary', '\\B': 'nonboundary'}

FLAG_CHARS = {'i': IGNORECASE, 'L': LOCALE, 'm': MULTILINE, 's': DOTALL, 'x': VERBOSE,
              'a': ASCII, 't': TEMPLATE, 'u': UNICODE}


class Source:
    """Tokenizer: `next` is the pending token (a char or backslash+char)."""

    def __init__(self, pattern):
        self.istext = isinstance(pattern, str)
        self.pattern = pattern
        self.text = pattern if self.istext else str(pattern, 'latin-1')
        self.index = 0
        self.next = None
        self._advance()

    def _advance(self):
        i = self.index
        text = self.text
        if i >= len(text):
            self.next = None
            return
        c = text[i]
        if c == '\\':
            i += 1
            if i >= len(text):
                raise error('bad escape (end of pattern)', self.pattern, len(self.pattern) - 1)
            c += text[i]
        self.index = i + 1
        self.next = c

    def match(self, c):
        if c == self.next:
            self._advance()
            return True
        return False

    def get(self):
        t = self.next
        self._advance()
        return t

    def getwhile(self, n, charset):
        out = ''
        for _ in range(n):
            c = self.next
            if c not in charset:
                break
            out += c
            self._advance()
        return out

    def getuntil(self, terminator, name):
        out = ''
        while True:
            c = self.next
            self._advance()
            if c is None:
                if not out:
                    raise self.error('missing ' + name)
                raise self.error('missing %s, unterminated name' % terminator, len(out))
            if c == terminator:
                if not out:
                    raise self.error('missing ' + name, 1)
                return out
            out += c

    def tell(self):
        return self.index - len(self.next or '')

    def seek(self, index):
        self.index = index
        self._advance()

    def error(self, msg, offset=0):
        if not self.istext:
            msg = _ascii_escape(msg)
        return error(msg, self.pattern, self.tell() - offset)

    def checkgroupname(self, name, offset):
        if not name.isidentifier():
            raise self.error('bad character in group name %r' % name, len(name) + offset)


def _ascii_escape(msg):
    out = []
    for ch in msg:
        o = ord(ch)
        if o < 128:
            out.append(ch)
        elif o < 256:
            out.append('\\x%02x' % o)
        elif o < 65536:
            out.append('\\u%04x' % o)
        else:
            out.append('\\U%08x' % o)
    return ''.join(out)


class State:
    """Parse-wide state: flags, group bookkeeping."""

    def __init__(self, flags):
        self.flags = flags
        self.groupdict = {}
        self.groupwidths = [None]
        self.lookbehindgroups = None
        self.grouprefpos = {}

    @property
    def groups(self):
        return len(self.groupwidths)

    def opengroup(self, name=None):
        gid = len(self.groupwidths)
        self.groupwidths.append(None)
        if gid + 1 > MAXGROUPS:
            raise error('too many groups')
        if name is not None:
            old = self.groupdict.get(name)
            if old is not None:
                raise error('redefinition of group name %r as group %d; was group %d'
                            % (name, gid, old))
            self.groupdict[name] = gid
        return gid

    def closegroup(self, gid, sub):
        self.groupwidths[gid] = getwidth(sub, self)

    def checkgroup(self, gid):
        return gid < len(self.groupwidths) and self.groupwidths[gid] is not None

    def checklookbehindgroup(self, gid, source):
        if self.lookbehindgroups is not None:
            if not self.checkgroup(gid):
                raise source.error('cannot refer to an open group')
            if gid >= self.lookbehindgroups:
                raise source.error('cannot refer to group defined in the same '
                                   'lookbehind subpattern')


def getwidth(sub, state):
    """(min, max) width of a node list, max capped at MAXWIDTH."""
    lo = hi = 0
    for node in sub:
        op = node[0]
        if op in ('lit', 'nlit', 'any', 'in'):
            lo += 1
            hi += 1
        elif op == 'branch':
            i = MAXWIDTH
            j = 0
            for alt in node[1]:
                a, b = getwidth(alt, state)
                i = min(i, a)
                j = max(j, b)
            lo += i
            hi += j
        elif op == 'grp':
            a, b = getwidth(node[4], state)
            lo += a
            hi += b
        elif op == 'atomic':
            a, b = getwidth(node[1], state)
            lo += a
            hi += b
        elif op == 'rep':
            a, b = getwidth(node[4], state)
            lo += a * node[2]
            if b and node[3] == MAXREPEAT:
                hi = MAXWIDTH
            else:
                hi += b * node[3]
        elif op == 'ref':
            w = state.groupwidths[node[1]]
            if w is not None:
                lo += w[0]
                hi += w[1]
        elif op == 'cond':
            a, b = getwidth(node[2], state)
            if node[3] is not None:
                c, d = getwidth(node[3], state)
                a = min(a, c)
                b = max(b, d)
            else:
                a = 0
            lo += a
            hi += b
    return min(lo, MAXWIDTH), min(hi, MAXWIDTH)


def _hex_escape(source, escape, ndigits):
    escape += source.getwhile(ndigits, HEXDIGITS)
    if len(escape) != ndigits + 2:
        raise source.error('incomplete escape %s' % escape, len(escape))
    return escape, int(escape[2:], 16)


def _named_char(source):
    if not source.match('{'):
        raise source.error('missing {')
    name = source.getuntil('}', 'character name')
    try:
        import unicodedata
        return ord(unicodedata.lookup(name))
    except (ImportError, KeyError, TypeError):
        raise source.error('undefined character name %r' % name, len(name) + 4) from None


def _common_escape(source, escape):
    """\\x \\u \\U \\N; returns ('lit', ch) or None."""
    c = escape[1:2]
    if c == 'x':
        escape, v = _hex_escape(source, escape, 2)
        return ('lit', chr(v))
    if c == 'u' and source.istext:
        escape, v = _hex_escape(source, escape, 4)
        return ('lit', chr(v))
    if c == 'U' and source.istext:
        escape, v = _hex_escape(source, escape, 8)
        if v > 0x10FFFF:
            raise source.error('bad escape %s' % escape, len(escape))
        return ('lit', chr(v))
    if c == 'N' and source.istext:
        return ('lit', chr(_named_char(source)))
    return None


def _class_escape(source, escape):
    if escape in ESCAPES:
        return ('lit', ESCAPES[escape])
    if escape in CLASS_CATS:
        return ('cat', CLASS_CATS[escape])
    r = _common_escape(source, escape)
    if r is not None:
        return r
    c = escape[1:2]
    if c in OCTDIGITS:
        escape += source.getwhile(2, OCTDIGITS)
        v = int(escape[1:], 8)
        if v > 0o377:
            raise source.error('octal escape value %s outside of range 0-0o377' % escape,
                               len(escape))
        return ('lit', chr(v))
    if c in DIGITS or c in ASCIILETTERS:
        raise source.error('bad escape %s' % escape, len(escape))
    return ('lit', escape[1])


def _escape(source, escape, state):
    if escape in CLASS_CATS:
        return ('in', False, [('cat', CLASS_CATS[escape])])
    if escape in AT_ESCAPES:
        return ('at', AT_ESCAPES[escape])
    if escape in ESCAPES:
        return ('lit', ESCAPES[escape])
    r = _common_escape(source, escape)
    if r is not None:
        return r
    c = escape[1:2]
    if c == '0':
        escape += source.getwhile(2, OCTDIGITS)
        return ('lit', chr(int(escape[1:], 8)))
    if c in DIGITS:
        if source.next in DIGITS:
            escape += source.get()
            if (escape[1] in OCTDIGITS and escape[2] in OCTDIGITS
                    and source.next in OCTDIGITS):
                escape += source.get()
                v = int(escape[1:], 8)
                if v > 0o377:
                    raise source.error('octal escape value %s outside of range 0-0o377'
                                       % escape, len(escape))
                return ('lit', chr(v))
        gid = int(escape[1:])
        if gid < state.groups:
            if not state.checkgroup(gid):
                raise source.error('cannot refer to an open group', len(escape))
            state.checklookbehindgroup(gid, source)
            return ('ref', gid)
        raise source.error('invalid group reference %d' % gid, len(escape) - 1)
    if c in ASCIILETTERS:
        raise source.error('bad escape %s' % escape, len(escape))
    return ('lit', escape[1])


def _parse_alternation(source, state, verbose, nested):
    alts = []
    while True:
        alts.append(_parse_sequence(source, state, verbose, nested + 1,
                                    not nested and not alts))
        if not source.match('|'):
            break
        if not nested:
            verbose = state.flags & VERBOSE
    if len(alts) == 1:
        return alts[0]
    return [('branch', alts)]


def _parse_class(source):
    here = source.tell() - 1
    items = []
    negate = source.match('^')
    while True:
        this = source.get()
        if this is None:
            raise source.error('unterminated character set', source.tell() - here)
        if this == ']' and items:
            break
        if this[0] == '\\':
            code1 = _class_escape(source, this)
        else:
            code1 = ('lit', this)
        if source.match('-'):
            that = source.get()
            if that is None:
                raise source.error('unterminated character set', source.tell() - here)
            if that == ']':
                items.append(code1)
                items.append(('lit', '-'))
                break
            if that[0] == '\\':
                code2 = _class_escape(source, that)
            else:
                code2 = ('lit', that)
            if code1[0] != 'lit' or code2[0] != 'lit' or code2[1] < code1[1]:
                raise source.error('bad character range %s-%s' % (this, that),
                                   len(this) + 1 + len(that))
            items.append(('range', code1[1], code2[1]))
        else:
            items.append(code1)
    uniq = []
    for it in items:
        if it not in uniq:
            uniq.append(it)
    if len(uniq) == 1 and uniq[0][0] == 'lit':
        return ('nlit', uniq[0][1]) if negate else uniq[0]
    return ('in', bool(negate), uniq)


def _parse_repeat(source, this, seq):
    """Returns True if a quantifier was applied, False if `{` is a literal."""
    here = source.tell()
    if this == '?':
        lo, hi = 0, 1
    elif this == '*':
        lo, hi = 0, MAXREPEAT
    elif this == '+':
        lo, hi = 1, MAXREPEAT
    else:
        if source.next == '}':
            return False
        lo, hi = 0, MAXREPEAT
        a = b = ''
        while source.next in DIGITS:
            a += source.get()
        if source.match(','):
            while source.next in DIGITS:
                b += source.get()
        else:
            b = a
        if not source.match('}'):
            source.seek(here)
            return False
        if a:
            lo = int(a)
            if lo >= MAXREPEAT:
                raise OverflowError('the repetition number is too large')
        if b:
            hi = int(b)
            if hi >= MAXREPEAT:
                raise OverflowError('the repetition number is too large')
            if hi < lo:
                raise source.error('min repeat greater than max repeat',
                                   source.tell() - here)
    item = seq[-1] if seq else None
    if item is None or item[0] == 'at':
        raise source.error('nothing to repeat', source.tell() - here + len(this))
    if item[0] == 'rep':
        raise source.error('multiple repeat', source.tell() - here + len(this))
    if item[0] == 'grp' and item[1] is None and not item[2] and not item[3]:
        sub = item[4]
    else:
        sub = [item]
    if source.match('?'):
        kind = 'min'
    elif source.match('+'):
        kind = 'poss'
    else:
        kind = 'max'
    seq[-1] = ('rep', kind, lo, hi, sub)
    return True


def _parse_sequence(source, state, verbose, nested, first=False):
    seq = []
    while True:
        this = source.next
        if this is None or this == '|' or this == ')':
            break
        source.get()
        if verbose:
            if this in WHITESPACE:
                continue
            if this == '#':
                while True:
                    this = source.get()
                    if this is None or this == '\n':
                        break
                continue
        if this[0] == '\\':
            seq.append(_escape(source, this, state))
        elif this not in SPECIAL:
            seq.append(('lit', this))
        elif this == '[':
            seq.append(_parse_class(source))
        elif this in '*+?{':
            if not _parse_repeat(source, this, seq):
                seq.append(('lit', this))
        elif this == '.':
            seq.append(('any',))
        elif this == '^':
            seq.append(('at', 'bol'))
        elif this == '$':
            seq.append(('at', 'eol'))
        elif this == '(':
            node = _parse_group(source, state, verbose, nested, first, seq)
            if node is _GLOBAL:
                verbose = state.flags & VERBOSE
            elif node is not _SKIP:
                seq.append(node)
    # unpack plain non-capturing groups
    out = []
    for node in seq:
        if node[0] == 'grp' and node[1] is None and not node[2] and not node[3]:
            out.extend(node[4])
        else:
            out.append(node)
    return out


def _parse_group(source, state, verbose, nested, first, seq):
    start = source.tell() - 1
    capture = True
    atomic = False
    name = None
    add = dele = 0
    if source.match('?'):
        char = source.get()
        if char is None:
            raise source.error('unexpected end of pattern')
        if char == 'P':
            if source.match('<'):
                name = source.getuntil('>', 'group name')
                source.checkgroupname(name, 1)
            elif source.match('='):
                name = source.getuntil(')', 'group name')
                source.checkgroupname(name, 1)
                gid = state.groupdict.get(name)
                if gid is None:
                    raise source.error('unknown group name %r' % name, len(name) + 1)
                if not state.checkgroup(gid):
                    raise source.error('cannot refer to an open group', len(name) + 1)
                state.checklookbehindgroup(gid, source)
                return ('ref', gid)
            else:
                char = source.get()
                if char is None:
                    raise source.error('unexpected end of pattern')
                raise source.error('unknown extension ?P' + char, len(char) + 2)
        elif char == ':':
            capture = False
        elif char == '#':
            while True:
                if source.next is None:
                    raise source.error('missing ), unterminated comment',
                                       source.tell() - start)
                if source.get() == ')':
                    break
            return _SKIP
        elif char in '=!<':
            ahead = True
            saved_lbg = None
            if char == '<':
                char = source.get()
                if char is None:
                    raise source.error('unexpected end of pattern')
                if char not in '=!':
                    raise source.error('unknown extension ?<' + char, len(char) + 2)
                ahead = False
                saved_lbg = state.lookbehindgroups
                if saved_lbg is None:
                    state.lookbehindgroups = state.groups
            sub = _parse_alternation(source, state, verbose, nested + 1)
            if not ahead and saved_lbg is None:
                state.lookbehindgroups = None
            if not source.match(')'):
                raise source.error('missing ), unterminated subpattern', source.tell() - start)
            return ('assert', ahead, char == '!', sub)
        elif char == '(':
            condname = source.getuntil(')', 'group name')
            if condname.isidentifier():
                gid = state.groupdict.get(condname)
                if gid is None:
                    raise source.error('unknown group name %r' % condname, len(condname) + 1)
            else:
                try:
                    gid = int(condname)
                    if gid < 0:
                        raise ValueError
                except ValueError:
                    raise source.error('bad character in group name %r' % condname,
                                       len(condname) + 1) from None
                if not gid:
                    raise source.error('bad group number', len(condname) + 1)
                if gid >= MAXGROUPS:
                    raise source.error('invalid group reference %d' % gid, len(condname) + 1)
                if gid not in state.grouprefpos:
                    state.grouprefpos[gid] = source.tell() - len(condname) - 1
            state.checklookbehindgroup(gid, source)
            yes = _parse_sequence(source, state, verbose, nested + 1)
            no = None
            if source.match('|'):
                no = _parse_sequence(source, state, verbose, nested + 1)
                if source.next == '|':
                    raise source.error('conditional backref with more than two branches')
            if not source.match(')'):
                raise source.error('missing ), unterminated subpattern', source.tell() - start)
            return ('cond', gid, yes, no)
        elif char == '>':
            capture = False
            atomic = True
        elif char in FLAG_CHARS or char == '-':
            flags = _parse_flags(source, state, char)
            if flags is None:
                if not first or seq:
                    raise source.error('global flags not at the start of the expression',
                                       source.tell() - start)
                return _GLOBAL
            add, dele = flags
            capture = False
        else:
            raise source.error('unknown extension ?' + char, len(char) + 1)
    if capture:
        try:
            gid = state.opengroup(name)
        except error as err:
            raise source.error(err.msg, len(name) + 1) from None
    else:
        gid = None
    sub_verbose = (verbose or (add & VERBOSE)) and not (dele & VERBOSE)
    sub = _parse_alternation(source, state, sub_verbose, nested + 1)
    if not source.match(')'):
        raise source.error('missing ), unterminated subpattern', source.tell() - start)
    if gid is not None:
        state.closegroup(gid, sub)
    if atomic:
        return ('atomic', sub)
    return ('grp', gid, add, dele, sub)


_SKIP = ('skip',)       # a comment: adds nothing
_GLOBAL = ('global',)   # global inline flags: adds nothing, may switch verbose on


def _parse_flags(source, state, char):
    add = dele = 0
    if char != '-':
        while True:
            flag = FLAG_CHARS[char]
            if source.istext:
                if char == 'L':
                    raise source.error("bad inline flags: cannot use 'L' flag with a str pattern")
            elif char == 'u':
                raise source.error("bad inline flags: cannot use 'u' flag with a bytes pattern")
            add |= flag
            if (flag & TYPE_FLAGS) and (add & TYPE_FLAGS) != flag:
                raise source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
            char = source.get()
            if char is None:
                raise source.error('missing -, : or )')
            if char in ')-:':
                break
            if char not in FLAG_CHARS:
                msg = 'unknown flag' if char.isalpha() else 'missing -, : or )'
                raise source.error(msg, len(char))
    if char == ')':
        state.flags |= add
        return None
    if add & GLOBAL_FLAGS:
        raise source.error('bad inline flags: cannot turn on global flag', 1)
    if char == '-':
        char = source.get()
        if char is None:
            raise source.error('missing flag')
        if char not in FLAG_CHARS:
            msg = 'unknown flag' if char.isalpha() else 'missing flag'
            raise source.error(msg, len(char))
        while True:
            flag = FLAG_CHARS[char]
            if flag & TYPE_FLAGS:
                raise source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
            dele |= flag
            char = source.get()
            if char is None:
                raise source.error('missing :')
            if char == ':':
                break
            if char not in FLAG_CHARS:
                msg = 'unknown flag' if char.isalpha() else 'missing :'
                raise source.error(msg, len(char))
    if dele & GLOBAL_FLAGS:
        raise source.error('bad inline flags: cannot turn off global flag', 1)
    if add & dele:
        raise source.error('bad inline flags: flag turned on and off', 1)
    return add, dele


def fix_flags(pattern, flags):
    if isinstance(pattern, str):
        if flags & LOCALE:
            raise ValueError('cannot use LOCALE flag with a str pattern')
        if not flags & ASCII:
            flags |= UNICODE
        elif flags & UNICODE:
            raise ValueError('ASCII and UNICODE flags are incompatible')
    else:
        if flags & UNICODE:
            raise ValueError('cannot use UNICODE flag with a bytes pattern')
        if flags & LOCALE and flags & ASCII:
            raise ValueError('ASCII and LOCALE flags are incompatible')
    return flags


def parse(pattern, flags=0):
    """Returns (tree, state); state.flags holds the final global flags."""
    source = Source(pattern)
    state = State(flags)
    tree = _parse_alternation(source, state, flags & VERBOSE, 0)
    state.flags = fix_flags(pattern, state.flags)
    if source.next is not None:
        raise source.error('unbalanced parenthesis')
    for g in state.grouprefpos:
        if g >= state.groups:
            raise error('invalid group reference %d' % g, pattern, state.grouprefpos[g])
    return tree, state


def parse_template(repl, ngroups, groupindex):
    """Template text -> list of items: str literal or int group index."""
    s = Source(repl)
    items = []
    lit = []

    def addgroup(index, pos):
        if index > ngroups:
            raise s.error('invalid group reference %d' % index, pos)
        if lit:
            items.append(''.join(lit))
            del lit[:]
        items.append(index)

    while True:
        this = s.get()
        if this is None:
            break
        if this[0] == '\\':
            c = this[1]
            if c == 'g':
                if not s.match('<'):
                    raise s.error('missing <')
                name = s.getuntil('>', 'group name')
                if name.isidentifier():
                    s.checkgroupname(name, 1)
                    if name not in groupindex:
                        raise IndexError('unknown group name %r' % name)
                    index = groupindex[name]
                else:
                    try:
                        index = int(name)
                        if index < 0:
                            raise ValueError
                    except ValueError:
                        raise s.error('bad character in group name %r' % name,
                                      len(name) + 1) from None
                    if index >= MAXGROUPS:
                        raise s.error('invalid group reference %d' % index, len(name) + 1)
                addgroup(index, len(name) + 1)
            elif c == '0':
                if s.next in OCTDIGITS:
                    this += s.get()
                    if s.next in OCTDIGITS:
                        this += s.get()
                lit.append(chr(int(this[1:], 8) & 0xff))
            elif c in DIGITS:
                isoctal = False
                if s.next in DIGITS:
                    this += s.get()
                    if c in OCTDIGITS and this[2] in OCTDIGITS and s.next in OCTDIGITS:
                        this += s.get()
                        isoctal = True
                        v = int(this[1:], 8)
                        if v > 0o377:
                            raise s.error('octal escape value %s outside of range 0-0o377'
                                          % this, len(this))
                        lit.append(chr(v))
                if not isoctal:
                    addgroup(int(this[1:]), len(this) - 1)
            elif this in ESCAPES:
                lit.append(ESCAPES[this])
            elif c in ASCIILETTERS:
                raise s.error('bad escape %s' % this, len(this))
            else:
                lit.append(this)
        else:
            lit.append(this)
    if lit:
        items.append(''.join(lit))
    if not s.istext:
        items = [it.encode('latin-1') if isinstance(it, str) else it for it in items]
    return items
