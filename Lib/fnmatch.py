"""Unix shell-style filename matching: fnmatch, fnmatchcase, filter,
translate.  Matching is done by a small glob engine (no `re`);
translate() still returns CPython's regular-expression text."""

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_REGEX_SPECIAL = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def _escape(text):
    return ''.join('\\' + ch if ch in _REGEX_SPECIAL else ch for ch in text)


def _normcase(s):
    try:
        import os
        return os.path.normcase(s)
    except ImportError:
        return s


def fnmatch(name, pat):
    """Match name against pattern pat (case normalised as the OS does)."""
    return fnmatchcase(_normcase(name), _normcase(pat))


def filter(names, pat):
    """The names in the iterable that match pat."""
    pat = _normcase(pat)
    return [name for name in names if fnmatchcase(_normcase(name), pat)]


def _bracket(pat, i, n):
    """Parse a [...] set starting after '[' at i.

    Returns (class_text, end) where class_text is CPython's character-class
    body (None when '[' is a literal), and end the index after ']'."""
    j = i
    if j < n and pat[j] == '!':
        j += 1
    if j < n and pat[j] == ']':
        j += 1
    while j < n and pat[j] != ']':
        j += 1
    if j >= n:
        return None, i
    stuff = pat[i:j]
    if '-' not in stuff:
        stuff = stuff.replace('\\', r'\\')
    else:
        chunks = []
        k = i + 2 if pat[i] == '!' else i + 1
        start = i
        while True:
            k = pat.find('-', k, j)
            if k < 0:
                break
            chunks.append(pat[start:k])
            start = k + 1
            k = k + 3
        chunk = pat[start:j]
        if chunk:
            chunks.append(chunk)
        else:
            chunks[-1] += '-'
        # Drop ranges whose ends are reversed (they match nothing).
        for k in range(len(chunks) - 1, 0, -1):
            if chunks[k - 1][-1] > chunks[k][0]:
                chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                del chunks[k]
        stuff = '-'.join(s.replace('\\', r'\\').replace('-', r'\-')
                         for s in chunks)
    return stuff, j + 1


def _compile(pat):
    """Pattern -> list of tokens: ('lit', text), ('any',), ('star',),
    ('set', negate, items) or ('never',)."""
    tokens = []
    i, n = 0, len(pat)
    literal = []

    def flush():
        if literal:
            tokens.append(('lit', ''.join(literal)))
            del literal[:]
    while i < n:
        ch = pat[i]
        i += 1
        if ch == '*':
            flush()
            if not tokens or tokens[-1] != ('star',):
                tokens.append(('star',))
        elif ch == '?':
            flush()
            tokens.append(('any',))
        elif ch == '[':
            stuff, end = _bracket(pat, i, n)
            if stuff is None:
                literal.append('[')
                continue
            i = end
            flush()
            if not stuff:
                tokens.append(('never',))
            elif stuff == '!':
                tokens.append(('any',))
            else:
                tokens.append(_parse_class(stuff))
        else:
            literal.append(ch)
    flush()
    return tokens


def _parse_class(stuff):
    """Interpret a regex character-class body like CPython's re would."""
    negate = False
    if stuff[0] == '!':
        negate = True
        stuff = stuff[1:]
    elif stuff[0] in ('^', '['):
        stuff = '\\' + stuff
    chars = []
    k = 0
    while k < len(stuff):
        if stuff[k] == '\\' and k + 1 < len(stuff):
            chars.append((stuff[k + 1], True))
            k += 2
        else:
            chars.append((stuff[k], False))
            k += 1
    items = []
    k = 0
    while k < len(chars):
        ch = chars[k][0]
        if (k + 2 < len(chars) and chars[k + 1] == ('-', False)):
            items.append((ch, chars[k + 2][0]))
            k += 3
        else:
            items.append((ch, ch))
            k += 1
    return ('set', negate, tuple(items))


def _match_one(token, ch):
    kind = token[0]
    if kind == 'any':
        return True
    if kind == 'never':
        return False
    inside = any(lo <= ch <= hi for lo, hi in token[2])
    return inside != token[1]


def _match(tokens, name):
    # Iterative glob match with backtracking to the last star.
    t = s = 0
    star_t = star_s = -1
    while True:
        if t < len(tokens):
            token = tokens[t]
            if token[0] == 'star':
                star_t, star_s = t, s
                t += 1
                continue
            if token[0] == 'lit':
                text = token[1]
                if name.startswith(text, s):
                    t += 1
                    s += len(text)
                    continue
            elif s < len(name) and _match_one(token, name[s]):
                t += 1
                s += 1
                continue
        elif s == len(name):
            return True
        if star_t < 0 or star_s >= len(name):
            return False
        star_s += 1
        t, s = star_t + 1, star_s


_cache = {}


def fnmatchcase(name, pat):
    """Match name against pat exactly (case-sensitive)."""
    tokens = _cache.get(pat)
    if tokens is None:
        if len(_cache) > 256:
            _cache.clear()
        tokens = _cache[pat] = _compile(pat)
    return _match(tokens, name)


def translate(pat):
    """The regular expression (as text) equivalent to shell pattern pat."""
    parts = []
    i, n = 0, len(pat)
    while i < n:
        ch = pat[i]
        i += 1
        if ch == '*':
            if not parts or parts[-1] is not _STAR:
                parts.append(_STAR)
        elif ch == '?':
            parts.append('.')
        elif ch == '[':
            stuff, end = _bracket(pat, i, n)
            if stuff is None:
                parts.append('\\[')
                continue
            i = end
            if not stuff:
                parts.append('(?!)')
            elif stuff == '!':
                parts.append('.')
            else:
                if stuff[0] == '!':
                    stuff = '^' + stuff[1:]
                elif stuff[0] in ('^', '['):
                    stuff = '\\' + stuff
                parts.append(f'[{stuff}]')
        else:
            parts.append(_escape(ch))
    return _join_translated(parts)


class _Star:
    pass


_STAR = _Star()


def _join_translated(parts):
    """Join translated pieces the way CPython 3.11 does: text between
    two stars becomes an atomic group (?>.*?X)."""
    out = []
    i, n = 0, len(parts)
    while i < n and parts[i] is not _STAR:
        out.append(parts[i])
        i += 1
    while i < n:
        i += 1                       # skip the star
        if i == n:
            out.append('.*')
            break
        fixed = []
        while i < n and parts[i] is not _STAR:
            fixed.append(parts[i])
            i += 1
        fixed = ''.join(fixed)
        if i == n:
            out.append('.*')
            out.append(fixed)
        else:
            out.append(f'(?>.*?{fixed})')
    res = ''.join(out)
    return fr'(?s:{res})\Z'
