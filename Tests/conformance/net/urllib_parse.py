# urllib.parse: splitting, joining, quoting, query strings (CPython 3.11 semantics)
from urllib.parse import (urlparse, urlsplit, urlunparse, urlunsplit, urljoin, urldefrag,
                          quote, quote_plus, unquote, unquote_plus, quote_from_bytes,
                          unquote_to_bytes, urlencode, parse_qs, parse_qsl)

urls = [
    'http://www.example.com/path/to;params?query=1&b=2#frag',
    'https://user:pw@Host.Example.COM:8080/a/b?x=y',
    'HTTP://[::1]:80/index.html',
    'ftp://ftp.example.org/pub/file.txt',
    'mailto:someone@example.com',
    '//netloc/only/path',
    '/relative/path?q',
    'path;p?q#f',
    'file:///etc/passwd',
    '  http://spaces.example/ ',
    'http://a/b\tc\nd',
    'news:comp.lang.python',
    'tel:+1-816-555-1212;ext=1',
    'http://[fe80::1%eth0]:8/',
    'svn+ssh://svn.example/repo',
    '',
    'http://example.com:/x',
]
for u in urls:
    p = urlparse(u)
    s = urlsplit(u)
    print(repr(u))
    print('  ', p)
    print('  ', s)
    print('  ', p.geturl(), '|', s.geturl(), '|', urlunparse(p), '|', urlunsplit(s))
    print('  ', p.username, p.password, p.hostname, p.port)
print(urlsplit('http://h:abc/').netloc)
for bad in ['http://h:abc/', 'http://h:70000/']:
    try:
        urlsplit(bad).port
    except ValueError as e:
        print('ValueError', e)
try:
    urlsplit('http://[::1/')
except ValueError as e:
    print('ValueError', e)
print(urlparse('x', scheme='http'), urlparse('//h/p', 'https'))
print(urlsplit('http://h/p#f', allow_fragments=False))
print(urlparse(b'http://h/p?q#f'), urlparse(b'http://u@h:1/').port)
print(urlparse('http://h/p').encode(), urlparse(b'http://h/p').decode())
print(urlparse('http://h/p')._replace(path='/new').geturl())
try:
    urljoin('http://a/', b'b')
except TypeError as e:
    print('TypeError', e)

base = 'http://a/b/c/d;p?q'
for ref in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x',
            'g;x?y#s', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g',
            '../../../g', '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g',
            './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'g?y/./x', 'g?y/../x',
            'g#s/./x', 'g#s/../x', 'http:g', 'https://other/x', 'mailto:x@y']:
    print(repr(ref), urljoin(base, ref))
print(urljoin('http://a/b/', '../../c'), urljoin('', 'x'), urljoin('http://a/', ''))
print(urljoin(b'http://a/b/c', b'../d'), urljoin('http://a/b', 'c', allow_fragments=False))
print(urldefrag('http://a/b#frag'), urldefrag('http://a/b'), urldefrag(b'/x#y'))

for s in ['abc def', 'a/b c?d=e&f#g', '~user_name.-', 'ünïcödé', '', 'a+b', '100%']:
    print(repr(s), quote(s), quote(s, safe=''), quote_plus(s), quote_plus(s, safe='/'))
print(quote(b'\x00\xff /'), quote('é', encoding='latin-1'), quote_from_bytes(b'a b&'))
print(quote('a&b=c', safe='&='), quote_plus(b'x y'))
try:
    quote(b'x', encoding='utf-8')
except TypeError as e:
    print('TypeError', e)
for s in ['abc%20def', '%7Euser', '%E2%82%AC', '%zz%4', '%e2%82', 'a+b%2Bc', 'é%41', '%', 'plain']:
    print(repr(s), repr(unquote(s)), repr(unquote_plus(s)), unquote_to_bytes(s))
print(unquote('%E9', encoding='latin-1'), unquote(b'%41%42'), repr(unquote('%FF')))

print(urlencode({'a': 1, 'b': 'x y', 'c': 'é&'}))
print(urlencode([('k', 'v'), ('k', 'w')]), urlencode({'l': [1, 2]}), urlencode({'l': [1, 2]}, doseq=True))
print(urlencode({'s': 'str', 'b': b'by tes', 'n': None}, doseq=True), urlencode({'a': '/x'}, safe='/'))
print(urlencode({'a b': 'c d'}, quote_via=quote))
try:
    urlencode('abc')
except TypeError as e:
    print('TypeError', e)
for qs in ['a=1&b=2&a=3', 'a=&b', 'a=1;b=2', 'x=%20y+z&&w=%E2%82%AC', '', '=v', 'k=v=w']:
    print(repr(qs), parse_qs(qs), parse_qsl(qs), parse_qs(qs, keep_blank_values=True),
          parse_qsl(qs, keep_blank_values=True, separator=';'))
print(parse_qsl(b'a=1&b=%20'), parse_qs(b'x=1&x=2'))
for kwargs in [dict(strict_parsing=True), dict(max_num_fields=1), dict(separator='')]:
    try:
        parse_qsl('a=1&b', **kwargs)
    except ValueError as e:
        print('ValueError', e)
