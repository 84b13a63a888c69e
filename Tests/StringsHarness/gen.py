import sys
def enc(v):
    if v is None: return 'n'
    if isinstance(v, bool): raise Exception('bool')
    if isinstance(v, int): return 'i%d' % v
    if isinstance(v, str): return 's' + '.'.join('%x' % ord(c) for c in v)
    if isinstance(v, bytes): return 'b' + v.hex()
    if isinstance(v, bytearray): return 'a' + v.hex()
    if isinstance(v, slice): return 'S' + '|'.join('' if x is None else str(x) for x in (v.start, v.stop, v.step))
    if isinstance(v, tuple): return 'T' + '|'.join(enc(x) for x in v)
    if isinstance(v, list): return 'L' + '|'.join(enc(x) for x in v)
    raise Exception(repr(v))
def fmt(r):
    if isinstance(r, list): return '[' + ', '.join(fmt(x) for x in r) + ']'
    if isinstance(r, tuple): return '(' + ', '.join(fmt(x) for x in r) + (',)' if len(r) == 1 else ')')
    if isinstance(r, (str, bytes, bytearray)): return repr(r)
    return str(r)
S = ['', 'a', 'abc', 'Hello World', '  a b\tc\n', 'a,b,,c', 'ß', 'straße', 'ΑΣ Σ ΑΣΑ', 'ǅungla', 'ﬃ x', '日本語テキスト', 'é€\U0001f600', 'x\ud800y', 'İstanbul', 'a\x1cb\x85c\u2028d\r\ne\r', '١٢3', '²½', 'hello_world1', '1abc', "it's", 'say "hi"', 'both \' and "', '\x00\x7f\xa0\xad\u200b\U000e0001', 'tab\there', '-42', '+7', 'aaa', 'abab']
cases = []
def add(recv, meth, *args): cases.append((recv, meth, args))
for s in S:
    for m in ['__repr__', 'upper', 'lower', 'casefold', 'title', 'capitalize', 'swapcase', 'isalpha', 'isalnum', 'isdecimal', 'isdigit', 'isnumeric', 'isspace', 'islower', 'isupper', 'istitle', 'isidentifier', 'isprintable', 'isascii', 'split', 'rsplit', 'splitlines', 'strip', 'lstrip', 'rstrip', '__len__', '__iter__', 'expandtabs', 'encode']:
        add(s, m)
    add(s, 'splitlines', 1)
    add(s, 'split', ',')
    add(s, 'split', None, 1)
    add(s, 'rsplit', None, 1)
    add(s, 'rsplit', 'a', 1)
    add(s, 'split', 'ab')
    add(s, 'find', 'a'); add(s, 'rfind', 'a'); add(s, 'find', 'b', 1); add(s, 'find', '', 3); add(s, 'count', 'a'); add(s, 'count', ''); add(s, 'index', 'z')
    add(s, 'replace', 'a', 'XY'); add(s, 'replace', '', '-'); add(s, 'replace', 'a', '', 1)
    add(s, 'center', 9, '*'); add(s, 'ljust', 6); add(s, 'rjust', 6, '€'); add(s, 'zfill', 5)
    add(s, 'partition', 'b'); add(s, 'rpartition', 'a'); add(s, 'startswith', 'a'); add(s, 'endswith', ('c', 'd')); add(s, 'startswith', '', 5)
    add(s, 'strip', 'a '); add(s, '__getitem__', 1); add(s, '__getitem__', -1); add(s, '__contains__', 'a'); add(s, '__add__', 'é'); add(s, '__mul__', 3)
    add(s, 'encode', 'ascii'); add(s, 'encode', 'latin-1', 'replace'); add(s, 'encode', 'utf-8', 'surrogatepass'); add(s, 'encode', 'utf-16'); add(s, 'encode', 'utf-32-be'); add(s, 'encode', 'ascii', 'backslashreplace'); add(s, 'encode', 'ascii', 'xmlcharrefreplace')
    add(s, '__format__', '>8'); add(s, '__format__', '*^9.2'); add(s, '__lt__', 'abc'); add(s, '__eq__', 'abc')
    add(s, 'removeprefix', 'a'); add(s, 'removesuffix', 'c'); add(s, 'translate', 'xyz')
add(',', 'join', ['a', 'b', 'c']); add('', 'join', ['é', '€', '']); add('-', 'join', []); add('-', 'join', ['a', 1]); add('x', 'join', ('solo',))
for f, a in [('%s and %r', ('a', 'b')), ('%5d|%-5d|%05d|%+d|% d', (1, 2, 3, 4, 5)), ('%x %X %o %#x %#o', (255, 255, 8, 255, 8)), ('%c%c', (65, 'é')), ('%.2s|%5s|%-5s|', ('abc', 'ab', 'ab')), ('%', ()), ('%d', ('x',)), ('%s %s', ('a',)), ('%s', ('a', 'b')), ('abc', 5), ('%y', (1,)), ('%*d|%-*d', (4, 1, 4, 2)), ('%.3d', (-5,)), ('%a', ('é',)), ('%%%s', ('x',)), ('%c', (0x110000,))]:
    add(f, '__mod__', a)
for f, a in [('{} {}', ('a', 'b')), ('{1}{0}', ('a', 'b')), ('{0!r:>6}', ('a',)), ('{:{}}|', ('a', 4)), ('{', ()), ('}', ()), ('{}{0}', ('a',)), ('{0}{}', ('a',)), ('{2}', ('a',)), ('{0[1]}', ('ab',)), ('{{}}{}', ('x',)), ('{0!x}', ('a',)), ('{0:=5}', ('a',)), ('{0:+}', ('a',)), ('{:x<5}', ('ab',)), ('{:#x}', (255,)), ('{0:,}', ('a',)), ('{:.}', ('a',)), ('{:{:{}}}', ('a', 'b', 'c'))]:
    add(f, 'format', *a)
B = [b'', b'abc', b'a b\tc\n', b'\x00\xff\'"', b'Hello World', b'a,b,,c', b'xyz \r\n']
for b in B + [bytearray(x) for x in B]:
    for m in ['__repr__', 'upper', 'lower', 'title', 'capitalize', 'swapcase', 'isalpha', 'isdigit', 'isspace', 'islower', 'istitle', 'split', 'rsplit', 'splitlines', 'strip', 'hex', '__iter__', 'decode']:
        add(b, m)
    add(b, 'split', b','); add(b, 'find', b'b'); add(b, 'find', 98); add(b, 'count', b'a'); add(b, 'replace', b'a', b'XY'); add(b, 'center', 9, b'*')
    add(b, '__getitem__', 1); add(b, '__contains__', 97); add(b, '__contains__', b'bc'); add(b, '__add__', b'!'); add(b, '__mul__', 2); add(b, 'partition', b' ')
    add(b, 'decode', 'utf-8', 'replace'); add(b, 'decode', 'ascii', 'backslashreplace'); add(b, 'decode', 'latin-1'); add(b, 'decode', 'utf-8', 'surrogateescape')
    add(b, 'join', [b'1', b'2']); add(b, 'startswith', b'a'); add(b, 'zfill', 6); add(b, 'hex', ':', 2); add(b, '__lt__', b'abd'); add(b, '__eq__', b'abc')
    add(b, '__mod__', (b'x',)) ; add(b, 'strip', b'a'); add(b, 'expandtabs', 4)
for raw, e in [(b'\xff', 'utf-8'), (b'\xe2\x28', 'utf-8'), (b'\xe2\x82', 'utf-8'), (b'a\xed\xa0\x80', 'utf-8'), (b'\x80abc', 'ascii'), (b'\x00', 'utf-16'), (b'\xff\xfea\x00', 'utf-16'), (b'\xfe\xff\x00a', 'utf-16'), (b'\x00\xd8\x00\x00', 'utf-16-le'), (b'\x00\xdc', 'utf-16-le'), (b'\x00\x00\x11\x00', 'utf-32-le'), (b'ab', 'utf-32'), (b'\xff\xfe\x00\x00a\x00\x00\x00', 'utf-32'), (b'\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80', 'utf-8'), (b'x', 'foo')]:
    add(raw, 'decode', e)
add(b'%s %d %5.1s|%c%c %x %r', '__mod__', (b'abc', 42, b'xyz', 65, b'B', 255, 'é')); add(b'%s', '__mod__', ('x',)); add(b'%c', '__mod__', (256,)); add(b'%s %s', '__mod__', (b'a',))
add(b'%b|%-4b|', '__mod__', (b'x', bytearray(b'y')))
for s in ['', 'abcdef', 'é€\U0001f600xyz', b'abcdef', bytearray(b'abcdef')]:
    for sl in [slice(None, None, None), slice(1, 4, None), slice(None, None, -1), slice(None, None, 2), slice(-2, None, None), slice(5, 1, -2), slice(10, -10, -3), slice(0, 0, None), slice(None, None, 0)]:
        add(s, '__getitem__', sl)
for sl, val in [(slice(1, 3, None), b'XYZW'), (slice(None, None, 2), b'123'), (slice(None, None, -1), b'123456'), (slice(0, 2, None), b''), (slice(None, None, 2), b'1'), (slice(4, 1, -1), b'ab'), (slice(2, 2, None), b'ins'), (2, 65), (-1, 300), (10, 1)]:
    add(bytearray(b'abcdef'), '__setitem__', sl, val)
for sl in [slice(1, 3, None), slice(None, None, 2), slice(None, None, -2), slice(0, 3, None), 0, -1, 9]:
    add(bytearray(b'abcdef'), '__setitem__', sl)
for m, args in [('append', (120,)), ('append', (256,)), ('extend', (b'xyz',)), ('extend', ([1, 2],)), ('insert', (1, 66)), ('insert', (-100, 66)), ('pop', ()), ('pop', (0,)), ('pop', (9,)), ('remove', (99,)), ('remove', (122,)), ('reverse', ()), ('clear', ()), ('copy', ()), ('__iadd__', (b'!!',)), ('__iadd__', ('s',))]:
    add(bytearray(b'abcdef'), m, *args)
with open('cases.txt', 'w') as f, open('expected.txt', 'w') as g:
    for recv, meth, args in cases:
        if meth == '__mod__' and recv.__class__ in (bytes, bytearray) and not isinstance(args, tuple): pass
        f.write('\t'.join([meth, enc(recv)] + [enc(a) for a in (args if meth != '__mod__' else (args[0],))]) + '\n')
        try:
            if meth == '__iter__': r = list(recv)
            elif meth == '__format__': r = format(recv, args[0])
            elif meth == '__setitem__':
                if len(args) == 2: recv[args[0]] = args[1]
                else: del recv[args[0]]
                r = recv
            elif isinstance(recv, bytearray) and meth in ('append','extend','insert','remove','reverse','clear','pop','__iadd__'):
                x = getattr(recv, meth)(*args); r = (x, recv)
            else: r = getattr(recv, meth)(*args)
            out = fmt(r)
        except Exception as ex:
            out = 'ERR %s: %s' % (type(ex).__name__, ex)
        g.write(out + '\n')
print(len(cases))
