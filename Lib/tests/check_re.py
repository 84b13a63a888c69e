"""Compare SwiftPy's pure-Python `re` (Lib/re) with CPython's `re`.

Run with CPython 3.11:  python3 Lib/tests/check_re.py [--seed N] [--fuzz N] [-v]
Loads Lib/re under the name `myre`, runs a table of (operation, pattern, flags, args)
cases through both modules, compares normalized results (including exception type
and message), then fuzzes random small patterns/strings.  Exit status 1 on any
table mismatch.
"""

import importlib.util
import os
import random
import re
import signal
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB_RE = os.path.join(os.path.dirname(HERE), 're')


import _loader  # noqa: E402,F401  (registers Lib/_typenames.py, which Lib/re imports)


def load_ours():
    spec = importlib.util.spec_from_file_location(
        'myre', os.path.join(LIB_RE, '__init__.py'), submodule_search_locations=[LIB_RE])
    mod = importlib.util.module_from_spec(spec)
    sys.modules['myre'] = mod
    spec.loader.exec_module(mod)
    return mod


myre = load_ours()


# ---------------------------------------------------------------- normalizing

def norm_match(m):
    if m is None:
        return None
    out = {
        'span': m.span(), 'groups': m.groups(), 'groupdict': m.groupdict(),
        'lastindex': m.lastindex, 'lastgroup': m.lastgroup, 'regs': m.regs,
        'repr': repr(m).replace('myre.', 're.'), 'pos': m.pos, 'endpos': m.endpos,
        'group0': m.group(0), 'string': m.string,
    }
    for i in range(len(m.regs)):
        out['span%d' % i] = (m.start(i), m.end(i), m.span(i), m[i])
    if m.groupdict():
        for k in m.groupdict():
            out['name_' + k] = (m.group(k), m.span(k))
    return out


def norm_exc(e):
    d = (type(e).__name__, str(e))
    if type(e).__name__ == 'error':
        d += (e.msg, e.pos, e.lineno, e.colno, e.pattern)
    return d


def brief_diff(exp, got):
    """Short texts showing where two normalized results differ."""
    if isinstance(exp, list) and isinstance(got, list) and len(exp) == len(got):
        for a, b in zip(exp, got):
            if a != b:
                return brief_diff(a, b)
    if isinstance(exp, dict) and isinstance(got, dict):
        keys = [k for k in exp if exp.get(k) != got.get(k)]
        return (repr({k: exp.get(k) for k in keys})[:400],
                repr({k: got.get(k) for k in keys})[:400])
    return repr(exp)[:400], repr(got)[:400]


def call(mod, op, pattern, flags, args):
    """Run one operation against module `mod`; return a comparable value."""
    try:
        if op == 'compile':
            p = mod.compile(pattern, flags)
            return ('pattern', p.pattern, p.flags, p.groups, dict(p.groupindex),
                    repr(p))
        if op in ('search', 'match', 'fullmatch'):
            p = mod.compile(pattern, flags)
            return norm_match(getattr(p, op)(*args))
        if op == 'findall':
            return mod.compile(pattern, flags).findall(*args)
        if op == 'finditer':
            return [norm_match(m) for m in mod.compile(pattern, flags).finditer(*args)]
        if op == 'split':
            return mod.compile(pattern, flags).split(*args)
        if op == 'sub':
            return mod.compile(pattern, flags).sub(*args)
        if op == 'subn':
            return mod.compile(pattern, flags).subn(*args)
        if op == 'sub_func':   # replacement function shows the match
            return mod.compile(pattern, flags).sub(
                lambda m: '<%s|%s>' % (m.group(0), m.lastindex), *args)
        if op == 'expand':
            m = mod.compile(pattern, flags).search(args[0])
            return m.expand(args[1])
        if op == 'group':
            m = mod.compile(pattern, flags).search(args[0])
            return m.group(*args[1])
        if op == 'groups_default':
            m = mod.compile(pattern, flags).search(args[0])
            return (m.groups(args[1]), m.groupdict(args[1]))
        if op == 'scanner':
            sc = mod.compile(pattern, flags).scanner(*args[1:])
            meth = getattr(sc, args[0])
            out = []
            for _ in range(20):
                m = meth()
                out.append(norm_match(m))
                if m is None:
                    break
            return out
        if op == 'pattern_api':
            p = mod.compile(pattern, flags)
            q = mod.compile(pattern, flags)
            import copy
            return (p == q, hash(p) == hash(q), p is q, copy.copy(p) is p,
                    p == mod.compile(pattern + 'x'), p.groups, sorted(p.groupindex.items()),
                    type(p.flags).__name__, mod.compile(p) is p)
        if op == 'pattern_flags_error':
            return mod.compile(mod.compile(pattern), flags)
        if op == 'escape':
            return mod.escape(pattern)
        if op == 'module_search':
            return norm_match(mod.search(pattern, args[0], flags))
        if op == 'flags_repr':
            return repr(eval(pattern, {'re': mod})), str(eval(pattern, {'re': mod}))
        raise ValueError('unknown op ' + op)
    except Exception as e:   # compared like any other result
        return ('EXC',) + norm_exc(e)


# ---------------------------------------------------------------- the table

CASES = []


def case(op, pattern, *args, flags=0):
    CASES.append((op, pattern, flags, args))


def searches(pattern, strings, flags=0, ops=('search', 'match', 'fullmatch', 'findall')):
    for s in strings:
        for op in ops:
            case(op, pattern, s, flags=flags)


# literals and escapes
searches('abc', ['abc', 'xabcx', 'ab', ''])
searches(r'a\.b\*', ['a.b*', 'axb*'])
searches(r'\n\t\x41\u00e9\U0001F600', ['\n\tA\u00e9\U0001F600', 'x'])
searches(r'\101\0\07\x7f', ['A\x00\x07\x7f'])
searches(r'[\n\t\x41-\x43]+', ['\n\tABCD'])
searches(r'\N{EM DASH}', ['a\u2014b'])
# categories
searches(r'\d+', ['abc123def', '\u0661\u0662', 'x'])
searches(r'\w+', ['héllo wörld', '__a1', '!!'])
searches(r'\s+', [' \t\n\x0b\x0c\r\x1c\u2003x'])
searches(r'\D\W\S', ['a!b', '1 2'])
searches(r'\w+', ['héllo'], flags=re.ASCII)
searches(r'(?a)\d\s\w', ['1 a', '\u0661\u2003\u00e9'])
searches(br'\w+\s\d', [b'ab_1 2', b'\xe9\xe9 1'])
searches(br'[\w\s]+', [b'hello world\xff'])
# dot and anchors
searches('a.c', ['abc', 'a\nc'])
searches('a.c', ['a\nc'], flags=re.S)
searches('^abc$', ['abc', 'abc\n', 'abc\n\n', 'x\nabc\n'])
searches('^abc$', ['x\nabc\ny', 'abc\n'], flags=re.M)
searches(r'\Aabc\Z', ['abc', 'abc\n'])
searches(r'$', ['a\nb\n', ''], ops=('findall', 'search'))
searches(r'$', ['a\nb\n'], flags=re.M, ops=('findall',))
searches(r'^', ['a\nb\n'], flags=re.M, ops=('findall',))
searches(r'\bfoo\b', ['foo', 'a foo.', 'foobar', 'afoo'])
searches(r'\Boo\B', ['foo', 'fooo', 'oo'])
searches(r'\b', ['', ' ', 'ab'], ops=('search', 'findall'))
searches(r'\B', ['', ' ', 'ab'], ops=('search', 'findall'))
searches(r'\b\w', ['\u00e9t\u00e9 x'], flags=re.A, ops=('findall',))
# classes
searches('[abc]+', ['xxcabz'])
searches('[^abc]+', ['abcxyzab'])
searches('[a-z0-9_-]+', ['Hello-world_42!'])
searches('[]a]+', ['a]a]b'])
searches('[^]a]+', ['a]bcd'])
searches('[a-]+', ['a-a-b'])
searches(r'[\]\\\-]+', ['\\]-x'])
searches(r'[\d\s]+', ['a1 2\u0663b'])
searches(r'[^\W\d]+', ['ab12cd_e'])
searches(r'[\u0400-\u04ff]+', ['abc\u0416\u0436d'])
searches(r'[^\x00-\x7f]+', ['abc\u00e9\u4e2dxyz'])
searches(r'[.*+?]+', ['a.*+?b'])
# quantifiers
for q in ['*', '+', '?', '{2}', '{2,}', '{,2}', '{1,3}', '*?', '+?', '??', '{1,3}?',
          '{2,}?', '{0}', '{0,0}', '*+', '++', '?+', '{1,2}+']:
    searches('a' + q, ['', 'a', 'aaaa', 'baaab'], ops=('search', 'findall'))
    searches('(ab)' + q + 'c', ['ababc', 'c', 'abababab'], ops=('search',))
searches('a{,}', ['aaa'])
searches('a{', ['a{'])
searches('a{1', ['a{1'])
searches('a{1,2', ['a{1,2'])
searches('a{}', ['a{}'])
searches('x{a}', ['x{a}'])
searches('(?:ab)+?c', ['ababc'])
searches('<.*>', ['<a><b>'])
searches('<.*?>', ['<a><b>'])
searches('a*ab', ['aaab'])
searches('(a*)*b', ['aab', 'b'])
searches('(a*)+b', ['aab', 'b'])
searches('(a|b)*?c', ['abac'])
searches('(a?)*', ['aa'], ops=('match',))
searches('(a?)+?b', ['aab'])
searches('(?:a|())*', ['aab'], ops=('match',))
searches('(?:()|a)*', ['aab'], ops=('match',))
searches('(a*)*?$', ['aa'])
searches('(?:x*)*y', ['xxy'])
searches('(a|ab)(c|bcd)(d*)', ['abcd'])
searches('.*foo', ['xfooyfoo', 'nothing'])
searches('.*?foo', ['xfooyfoo'])
searches(r'\d{2,4}?-', ['12345-'])
searches('(?:a{2}){2,3}', ['aaaaaaaa'])
# groups
searches('(a)(b)(c)', ['abc'])
searches('(a)|(b)', ['b', 'a'])
searches('((a)|b)+', ['ab', 'ba'])
searches('(?:(a)|b)*', ['ab', 'ba'], ops=('match',))
searches('(a)?b', ['b', 'ab'])
searches('((a)(b))', ['ab'])
searches('(?P<first>\\w+) (?P<last>\\w+)', ['John Smith'])
searches('(?P<a>x)(?P<b>y)?', ['x', 'xy'])
searches(r'(a)(?:b)(c)', ['abc'])
searches(r'(?P<n>a)(?P=n)', ['aa', 'ab'])
searches(r'(a)\1', ['aa', 'ab'])
searches(r'(a|b)\1+', ['abbbc', 'aab'])
searches(r'(?i)(a)\1', ['aA'])
searches(r'(a)?\1', ['b', 'aa'])
searches(r'(\w+)\s+\1', ['hello hello world'])
searches(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10', ['abcdefghijj'])
searches(r'(a)\01', ['a\x01'])
searches(r'(a)\11', ['a\t'])
# alternation
searches('a|b|c', ['xcx'])
searches('ab|a', ['ab'])
searches('a|ab', ['ab'])
searches('(foo|foobar)baz', ['foobarbaz'])
searches('|a', ['a'], ops=('search', 'findall'))
searches('a|', ['a', 'b'], ops=('search', 'findall'))
searches('x(?:a|b|cd)*y', ['xabcdby'])
searches('(?:a|b)c|d', ['bc', 'd'])
# lookaround
searches(r'foo(?=bar)', ['foobar', 'foobaz'])
searches(r'foo(?!bar)', ['foobar', 'foobaz'])
searches(r'(?<=abc)def', ['abcdef', 'xbcdef'])
searches(r'(?<!abc)def', ['abcdef', 'xbcdef', 'def'])
searches(r'(?<=\d{3})x', ['123x', '12x'])
searches(r'(?<=a|b)c', ['bc'])
searches(r'(?<=(a))b', ['ab'])
searches(r'(?=(a+))a*b\1', ['baaabac'])
searches(r'(?!(a))b', ['b'])
searches(r'(a)(?<=\1)', ['aa'])
searches(r'\w+(?=,)', ['a,b,c'], ops=('findall',))
searches(r'(?<=-)\w+', ['a-b-c'], ops=('findall',))
searches(r'(?<!^)x', ['xxx'], ops=('findall',))
searches(r'(?<=^)x', ['xxx'], ops=('findall',))
# conditionals
searches(r'(<)?\w+(?(1)>)', ['<a>', 'a', '<a'])
searches(r'(?P<q>")?\w+(?(q)"|!)', ['"a"', 'a!', 'a'])
searches(r'(a)?(?(1)b|c)', ['ab', 'c', 'b'])
searches(r'(?(1)a|b)(x)?', ['b'], ops=('search',)) if False else None
# atomic / possessive
searches(r'(?>a+)b', ['aaab', 'aaa'])
searches(r'(?>a+)a', ['aaa'])
searches(r'(?>ab|a)c', ['ac', 'abc'])
searches(r'a++a', ['aaa'])
searches(r'(?:ab)*+ab', ['ababab'])
# flags
searches('abc', ['ABC', 'aBc'], flags=re.I)
searches('[a-z]+', ['HeLLo'], flags=re.I)
searches('[^a-z]+', ['HeLLo123'], flags=re.I)
searches('(?i)stra\u00dfe', ['STRA\u00dfE', 'STRASSE'])
searches('(?i)k', ['\u212a', 'K'])
searches('(?i)\u212a', ['k', 'K'])
searches('(?i)s', ['\u017f', 'S'])
searches('(?i)[k-l]', ['\u212a'])
searches('(?i)\u0130', ['i', 'I'])
searches('(?i)i', ['\u0130', '\u0131'])
searches('(?i)\u03c3', ['\u03a3', '\u03c2'])
searches('(?ia)k', ['\u212a', 'K'])
searches(b'(?i)abc', [b'ABC'])
searches(b'(?i)\xe9', [b'\xc9'])
searches('(?i)\u00e9', ['\u00c9'])
searches('(?i:a)b', ['Ab', 'AB'])
searches('a(?i)b', ['ab'], ops=('search',))
searches('(?-i:a)b', ['aB', 'AB'], flags=re.I)
searches('(?m)^a', ['b\na'], ops=('findall',))
searches('(?s).+', ['a\nb'])
searches('(?s:.)+', ['a\nb'])
searches('(?x) a b  c # comment\n d', ['abcd'])
searches('(?x)[ a]+', ['  a'])
searches(r'(?x)a\ b', ['a b'])
searches('a b(?x) c', ['a bc'], ops=('search',))
searches('(?x: a b ) c', ['ab c'])
searches('a  b', ['ab', 'a  b'], flags=re.X)
searches(r'a(?#comment)b', ['ab'])
searches(r'a(?#c)*', ['aaa'])
searches('(?u)\\w', ['\u00e9'])
searches(r'(?L)\w', [b'a'], ops=('search',)) if False else None
searches(br'(?L)\w+', [b'ab1'])
searches('\u00e9', ['E\u0301\u00e9'])
# empty matches and iteration
for p in ['x*', 'a|', r'\b', '', '(?=a)', 'a*?', '(a)|b*', r'\s*', '$', '^']:
    for s in ['', 'abxd', 'aaa', 'b a']:
        case('findall', p, s)
        case('sub', p, '-', s)
        case('split', p, s)
        case('finditer', p, s)
case('sub', 'a', 'b', 'aaa', 2)
case('sub', 'a', 'b', 'aaa', -1)
case('subn', 'a*', 'X', 'baaac')
case('subn', '(a)(b)?', r'[\1|\2]', 'abaab')
case('sub', r'(\w+) (\w+)', r'\2 \1', 'hello world foo bar')
case('sub', r'(?P<a>\w+)', r'<\g<a>|\g<1>|\g<0>>', 'ab cd')
case('sub', r'a', r'\n\t\\', 'xax')
case('sub', r'a', r'\q', 'a')
case('sub', r'a', r'\g<2>', 'a')
case('sub', r'(a)', r'\2', 'a')
case('sub', r'a', r'\g<x>', 'a')
case('sub', r'a', r'\g<1a>', 'a')
case('sub', r'(a)', r'\g', 'a')
case('sub', r'(a)', r'\g<1', 'a')
case('sub', r'(a)', r'\0\01\101', 'a')
case('sub', r'(a)', '\\', 'a')
case('sub', r'(a)|b', r'[\1]', 'ab')
case('sub', 'x', '-', 'axbxc', 1)
case('sub', b'a', b'\\n', b'xay')
case('sub', b'(a)', b'<\\1>', bytearray(b'xay'))
case('sub', 'a', 'b', b'a')
case('sub', b'a', b'b', 'a')
case('sub', 'a', b'b', 'a')
case('sub_func', r'\d+', 'a1b22c333')
case('sub_func', r'(x)|(y)', 'xyz')
case('sub_func', r'x*', 'axbx')
case('subn', r'\s+', ' ', 'a  b \t c', 0)
case('split', r'\W+', 'Words, words, words.')
case('split', r'(\W+)', 'Words, words, words.')
case('split', r'\W+', 'Words, words, words.', 1)
case('split', r'[a-f]+', '0a3B9', 0)
case('split', r'(a)|b', 'xaybz')
case('split', r',', 'a,b,c', -1)
case('split', r'x*', 'axbc')
case('split', r'', 'abc')
case('split', r'\b', 'a b')
case('split', b',', b'a,b')
case('findall', r'(a)(b)?', 'ab a')
case('findall', r'((a)b)', 'abab')
case('findall', b'a.', b'a1a2')
case('findall', r'\w', 'abcdef', 2, 4)
case('findall', r'^\w', 'abc', 1)
case('findall', r'\w$', 'abc', 0, 2)
case('search', r'$', 'abc', 0, 2)
case('search', r'a', 'xa', 5)
case('search', r'a', 'xa', -5)
case('search', r'a', 'xa', 1, -1)
case('search', r'a', 'xa', 2, 1)
case('match', r'\w', 'abc', 1)
case('fullmatch', r'a|ab', 'ab')
case('fullmatch', r'a*?', 'aaa')
case('fullmatch', r'a+', 'aab', 0, 2)
case('fullmatch', r'(?:a|ab)(?:c|bcd)', 'abcd')
case('search', r'(?<=a)b', 'ab', 1)
case('search', r'^b', 'ab', 1)
case('search', r'\Ab', 'ab', 1)
case('finditer', r'\w+', 'ab cd ef', 1, 6)
case('search', 'a', bytearray(b'xa'))
case('search', b'a', memoryview(b'xa'))
case('search', b'a', 'a')
case('search', 'a', b'a')
case('search', 'a', 1)
case('search', 'a', None)
# Match API
case('group', r'(a)(b)?', 'a', (0, 1, 2))
case('group', r'(?P<x>a)', 'a', ('x', 1, 0))
case('group', r'(a)', 'a', (2,))
case('group', r'(a)', 'a', (-1,))
case('group', r'(a)', 'a', ('nope',))
case('group', r'(a)', 'a', (1.0,))
case('group', r'(a)', 'a', (True,))
case('groups_default', r'(a)(b)?(?P<c>c)?', 'a', 'X')
case('expand', r'(?P<w>\w)(\d)?', 'a', r'\g<w>-\2-\1\n')
case('expand', r'(\w)', 'a', r'\3')
case('module_search', 'A', 'xa', flags=re.I)
case('module_search', 'a', 'xa', flags=re.I | re.M)
# compile results, reprs and flags
for p, f in [('a+', 0), ('a+', re.I), ('a', re.I | re.M | re.S | re.X), (b'a', 0),
             (b'a', re.L | re.S), ('a', re.A | re.I), ('a', re.U), ('(?i)a', 0),
             ('(?x)a', 0), ('(a)(?P<n>b)', 0), ('a' * 300, 0), ("it's", 0),
             ('a', re.DEBUG * 0 + re.T), ('(?s)(?m)a', 0), (b'(?a)x', 0),
             ('a\\', 0)]:
    case('compile', p, flags=f)
for expr in ['re.I', 're.I|re.M', 're.X|re.A|re.I', 're.RegexFlag(1024)',
             're.RegexFlag(1026)', '~re.I', 're.I & re.M', 're.NOFLAG', 're.M ^ re.M',
             're.IGNORECASE | 1024', 're.DOTALL']:
    case('flags_repr', expr)
for s in ['abc', 'a-b.c d', '()[]{}?*+-|^$\\.&~# \t\n\r\v\f', '\u00e9\x00_', '']:
    case('escape', s)
case('escape', b'a-b \xff.')
# scanner, pattern objects, more Match API
case('scanner', r'\w+|(?=x)', 'search', 'ab xcd x')
case('scanner', r'a|', 'match', 'aab')
case('scanner', r'\d', 'search', 'a1b2c3', 1, 5)
case('pattern_api', r'(?P<a>x)(y)')
case('pattern_api', r'abc', flags=re.I)
case('pattern_api', b'ab')
case('pattern_flags_error', 'a', flags=re.I)
case('group', r'(?P<x>a)(?P<y>b)?', 'a', ('y', 'x', 2, 0))
case('expand', rb'(a)(?P<n>b)', b'ab', rb'\2\g<n>\1\g<0>\n')
case('expand', r'(a)', 'a', r'\g<0>\0')
case('findall', r'a', bytearray(b'aba'))
case('split', rb'(a)|(b)', b'xaybz')
case('sub', r'(?P<d>\d)', lambda m: m.group('d') * 2, 'a1b2')
case('sub', r'\d', lambda m: None, 'a1b2')
case('sub', r'\d', 'X', 'a1b2', 1)
case('subn', r'', '-', 'abc')
case('subn', rb'x*', b'-', b'abxd')
case('sub', r'a', r'\g<0>\g<0>', 'banana')
case('finditer', r'(\d)(?P<x>[a-z])?', '1a2 3c', 0, 5)
case('fullmatch', r'\w+', 'abc def', 4)
case('fullmatch', r'\w+', 'abc def', 0, 3)
case('match', r'$', 'abc\n', 0, 3)
case('search', r'\Z', 'ab\n', 0, 2)
case('search', r'(?<=b)c', 'abc', 2)
case('search', r'(?<!b)c', 'abc', 2)
case('search', r'\bc', 'abc', 2)
case('findall', r'(?m)^\w', 'ab\ncd\nef', 1, 7)
case('search', r'(?i)\w+', 'HÉLLÖ wörld')
case('findall', r'(?i)[^\W\d]+', 'ÀB1cd_É')
case('findall', r'(?i)[\u0100-\u017f]+', 'ĀāĂăĄ ŸŹ')
case('findall', r'(?i)[\u0400-\uffff]+', 'Жж ѐ Ѐ')
case('findall', r'(?i)[^\u0400-\uffff]+', 'Жж ѐ Ѐab')
case('findall', r'(?i)(\w)\1', 'aA bB ǅǆ Σς')
case('findall', r'[\w--]+', 'a-b--c')
case('search', r'x{2,3}+x', 'xxxx')
case('search', r'(?>x{2,3})x', 'xxxx')
case('search', r'(?:x(?>y|yz))z', 'xyz')
case('search', r'(?:(a)|(b)|(c))+', 'abcab')
case('search', r'(?:(a)(b)?)+', 'aba')
case('search', r'(a(?=(b)))+', 'abab')
case('search', r'((?<=a)b)+', 'abab')
case('search', r'(?:(?P<x>a)|(?P<y>b))*', 'ab')
case('search', r'()+?', 'x')
case('search', r'(a?)+?', 'a')
case('search', r'(a|)*?b', 'aab')
case('search', r'(?:a|()){3}', 'aa')
case('search', r'(?:a|()){2,}', 'a')
case('search', r'(?:()|a){2,}?$', 'aa')
case('search', r'(?:a*?){2,5}b', 'aaab')
case('search', r'(?:(a)*?){2}', 'aa')
case('search', r'(?:(\w)\1)+', 'aabbcd')

# errors
ERRORS = [
    '*', 'a**', 'a*+*', '+a', '?', '{1}', 'a{3,2}', '(', '(a', 'a)', '((a)', 'a))', '(?',
    '(?P', '(?Px', '(?P<', '(?P<a', '(?P<>a)', '(?P<1a>x)', '(?P<a>x)(?P<a>y)',
    '(?P=', '(?P=a)', '(?P=a', '(?P<a>(?P=a))', r'\1', r'(a)\2', r'(a\1)', '[', '[a',
    '[a-', '[z-a]', r'[\d-z]', r'[a-\d]', r'\q', r'\Q', r'[\q]', '\\', r'\x', r'\x1',
    r'\xg', r'\u12', r'\U1234', r'\U00110000', r'\N', r'\N{', r'\N{foo}', r'\N{EM DASH',
    r'\400', r'[\400]', r'\8', r'[\8]', '(?<x)', '(?<', '(?x', '(?z)', '(?i', '(?-', '(?-i',
    '(?-z:a)', '(?i-i:a)', '(?-x)', '(?a-u:x)', '(?au)', '(?L)a', 'a(?i)', '(?i)(?m)a|(?s)b',
    '(?<=a+)b', '(?<!a*)b', '(?<=a|bc)d', r'(?<=(a))\1', '(?(1)a|b|c)', '(?(1a)x)',
    '(?(0)x)', '(?(-1)x)', '(?(x)a)', '(?(2)a)(b)', '(?#abc', '^*', r'\b+', '$?',
    '(?=a)*', 'a{1,2}{3}', 'x|*', '(?>', '(?>a', '(?:', 'a\n(', 'ab\ncd)', '[]', '[^]',
    r'(?<=\1)(a)', '(?<=(?P<x>a)(?P=x))b', '(?u)', '(?Lu)',
]
for p in ERRORS:
    case('compile', p)
for p in [b'\\u1234', b'(?u)a', b'\\N{EM DASH}', b'(?P<\xe9>a)', b'[\xe9-a]']:
    case('compile', p)
case('compile', 'a', flags=re.L)
case('compile', 'a', flags=re.A | re.U)
case('compile', b'a', flags=re.U)
case('compile', b'a', flags=re.A | re.L)
case('compile', 1)
case('compile', None)
case('compile', 'a{99999999999}')


# ---------------------------------------------------------------- fuzzing

ATOMS = ['a', 'b', 'c', '.', r'\w', r'\d', r'\s', r'\W', '[ab]', '[^a]', '[a-c]', r'\b',
         r'\B', '^', '$', r'\A', r'\Z', 'x', ' ', r'\n', '[b-c\\d]', 'A', '()', '(?:a|)',
         '[^\\W\\d]', '\u212a', 'k', '[A-C]']


def rand_pattern(rng, depth=0, ngroups=None):
    if ngroups is None:
        ngroups = [0]
    parts = []
    for _ in range(rng.randint(1, 4)):
        r = rng.random()
        if r < 0.45 or depth > 2:
            atom = rng.choice(ATOMS)
        elif r < 0.6:
            ngroups[0] += 1
            atom = '(' + rand_pattern(rng, depth + 1, ngroups) + ')'
        elif r < 0.68:
            atom = '(?:' + rand_pattern(rng, depth + 1, ngroups) + ')'
        elif r < 0.75:
            atom = rand_pattern(rng, depth + 1, ngroups) + '|' + rand_pattern(
                rng, depth + 1, ngroups)
            atom = '(?:' + atom + ')'
        elif r < 0.8:
            atom = rng.choice(['(?=', '(?!']) + rand_pattern(rng, depth + 1, ngroups) + ')'
        elif r < 0.84:
            atom = rng.choice(['(?<=', '(?<!']) + rng.choice(['a', 'ab', r'\w', '[ab]c',
                                                              '(a)', 'a|b']) + ')'
            if '(' in atom[4:]:
                ngroups[0] += 1
        elif r < 0.9 and ngroups[0]:
            atom = '\\%d' % rng.randint(1, ngroups[0])
        elif r < 0.94 and ngroups[0]:
            atom = '(?(%d)%s|%s)' % (rng.randint(1, ngroups[0]), rng.choice(ATOMS),
                                     rng.choice(ATOMS))
        else:
            atom = '(?>' + rand_pattern(rng, depth + 1, ngroups) + ')'
        if rng.random() < 0.4:
            atom += rng.choice(['*', '+', '?', '*?', '+?', '??', '{2}', '{1,3}', '{0,2}?',
                                '{2,}', '*+', '?+'])
        parts.append(atom)
    return ''.join(parts)


class Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise Timeout()


def fuzz(count, seed, verbose):
    rng = random.Random(seed)
    agree = disagree = skipped = 0
    samples = []
    signal.signal(signal.SIGALRM, _alarm)
    for _ in range(count):
        pat = rand_pattern(rng)
        flags = rng.choice([0, 0, 0, re.I, re.I, re.M, re.S, re.A, re.A | re.I])
        try:
            re.compile(pat, flags)
        except (re.error, OverflowError, RecursionError):
            skipped += 1
            continue
        strings = [''.join(rng.choice('abcx 1\n_AKk') for _ in range(rng.randint(0, 10)))
                   for _ in range(3)]
        for s in strings:
            for op, args in (('search', (s,)), ('findall', (s,)), ('sub_func', (s,)),
                             ('split', (s,)), ('fullmatch', (s,))):
                signal.setitimer(signal.ITIMER_REAL, 2.0)
                try:
                    exp = call(re, op, pat, flags, args)
                    got = call(myre, op, pat, flags, args)
                except Timeout:
                    skipped += 1
                    continue
                finally:
                    signal.setitimer(signal.ITIMER_REAL, 0)
                if exp == got:
                    agree += 1
                else:
                    disagree += 1
                    if len(samples) < 15:
                        samples.append((op, pat, flags, s, exp, got))
    print('fuzz: %d agree, %d disagree, %d skipped (seed %d)' % (agree, disagree, skipped, seed))
    for smp in samples[:15 if verbose else 5]:
        print('  FUZZ MISMATCH %s %r flags=%d %r\n    cpython: %r\n    ours:    %r' % smp)
    return disagree


DEEP = [('(a|b)*', 'ab' * 50000), ('(?:a|b)*?c', 'ab' * 50000 + 'c'),
        (r'(\w+\s?)*$', 'word ' * 20000), ('(?:(a)|b)+', 'ab' * 30000),
        ('.*?x', 'a' * 100000 + 'x'), ('(?>a|b)*c', 'ab' * 30000 + 'c'),
        ('(?=a)(a)*', 'a' * 50000), ('(a)+?$', 'a' * 30000), (r'(?:a(?=a))*', 'a' * 40000)]


def deep_checks():
    """Long inputs under a tiny recursion limit: the engine must not recurse per char."""
    bad = 0
    for p, s in DEEP:
        exp = norm_match(re.match(p, s))
        myre.compile(p)
        old = sys.getrecursionlimit()
        sys.setrecursionlimit(100)
        try:
            got = norm_match(myre.match(p, s))
        except RecursionError:
            got = 'RecursionError'
        finally:
            sys.setrecursionlimit(old)
        if got != exp:
            bad += 1
            print('DEEP FAIL %r on %d chars' % (p, len(s)))
    print('deep: %d/%d long-input cases agree (recursion limit 100)' % (len(DEEP) - bad, len(DEEP)))
    return bad


def main(argv):
    verbose = '-v' in argv
    seed = 1234
    nfuzz = 1500
    if '--seed' in argv:
        seed = int(argv[argv.index('--seed') + 1])
    if '--fuzz' in argv:
        nfuzz = int(argv[argv.index('--fuzz') + 1])
    ok = bad = 0
    for op, pattern, flags, args in CASES:
        exp = call(re, op, pattern, flags, args)
        got = call(myre, op, pattern, flags, args)
        if exp == got:
            ok += 1
            if verbose:
                print('ok   %s %r %r' % (op, pattern, args))
        else:
            bad += 1
            print('FAIL %s %r flags=%r args=%r\n  cpython: %s\n  ours:    %s'
                  % ((op, pattern, flags, args) + brief_diff(exp, got)))
    print('table: %d/%d cases agree (%.1f%%)' % (ok, ok + bad, 100.0 * ok / (ok + bad)))
    bad += deep_checks()
    fuzz_bad = fuzz(nfuzz, seed, verbose) if nfuzz else 0
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
