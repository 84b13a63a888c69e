# re matching over realistic inputs: CSV quoted fields, log lines, word scans, sub with
# functions, split with groups, empty matches, lookarounds, backrefs, case folding
# beyond ASCII, bytes subjects, pos/endpos, wide (2/4-byte) strings and error cases.
import re

csv_text = '1,"plain",3\n2,"with ""quotes"", and comma",4\n3,"",5\n4,"multi\nline",6'
quoted = re.compile(r'"(?:[^"]|"")*"')
print(quoted.findall(csv_text))
print([m.span() for m in quoted.finditer(csv_text)])
fields = re.compile(r'(?:^|,)("(?:[^"]|"")*"|[^,\n]*)', re.M)
for line in csv_text.split('\n')[:3]:
    print([f.replace('""', '"').strip('"') for f in fields.findall(line)])

log = [
    '127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326',
    '10.1.2.3 - - [11/Oct/2000:01:02:03 +0000] "POST /login HTTP/1.1" 302 -',
    'garbage line',
    '192.168.0.9 - - [12/Oct/2000:23:59:59 +0100] "DELETE /item/7 HTTP/2" 404 0',
]
line_re = re.compile(r'(?P<host>\S+) \S+ (?P<user>\S+) \[(?P<when>[^\]]+)\] '
                     r'"(?P<method>\w+) (?P<path>\S+) [^"]*" (?P<status>\d+) (?P<size>\d+|-)')
for l in log:
    m = line_re.match(l)
    if m is None:
        print('no match:', l)
        continue
    print(m.group('host', 'method', 'status'), m.span('path'), m.lastgroup, m.lastindex)
    print(sorted(m.groupdict().items()))

text = 'The quick brown fox_1 jumps over the lazy dog. Ça va? naïve café, 東京 2024!'
print(re.findall(r'\w+', text))
print(re.findall(r'\b\w', text))
print(re.findall(r'(?a)\w+', text))
print(re.sub(r'\d+', lambda m: '<%d>' % (int(m.group()) * 2), 'a1 b22 c333 d'))
print(re.subn(r'(\w)(\w*)', lambda m: m.group(2) + m.group(1) + 'ay', 'hello big world'))
print(re.sub(r'(?P<k>\w+)=(?P<v>\w+)', r'\g<v>=\g<k>', 'a=1, b=2'))
print(re.split(r'(,)\s*|;', 'a, b;c,d'))
print(re.split(r'\b', 'ab cd'))
print(re.findall(r'x*', 'axxb'))
print(re.sub(r'x*', '-', 'abxd'))
print([m.span() for m in re.finditer(r'(?=(\w\w))', 'abcd')])
print(re.findall(r'(?<=-)\w+', 'a-bc-de f-g'))
print(re.findall(r'(?<!\d)\d{2}(?!\d)', '1 22 333 44'))
print(re.search(r'(\w+) \1', 'say hello hello there').groups())
print(re.search(r'(?i)(\w+) \1', 'Hello HELLO').group())
print(re.findall(r'(?i)straße|ǅ', 'STRASSE Straße ǆ Ǆ ǅ'))
print(re.findall(r'(?i)[k]', 'k K \u212a'))
print(re.search(r'(a)?(?(1)b|c)', 'xc').span(), re.search(r'(a)?(?(1)b|c)', 'ab').span())
print(re.match(r'(?>a+)b', 'aaab'), re.match(r'(?>a+)ab', 'aaab'))
print(re.match(r'a++b', 'aab').group(), re.match(r'a*+a', 'aaa'))
print(re.match(r'(a|b)*?c', 'ababc').groups(), re.match(r'(ab){2,3}?', 'ababab').group())
print(re.match(r'<.*?>', '<a><b>').group(), re.match(r'<.*>', '<a><b>').group())
print(re.match(r'(?:(\d+)-)+', '1-22-333-').groups())
print(re.fullmatch(r'\d+', '123'), re.fullmatch(r'\d+', '123a'))
p = re.compile(r'\d+')
print(p.search('ab12cd345', 3).group(), p.search('ab12cd345', 0, 8).group(), p.match('12', 1))
print(re.compile(r'^\w+$', re.M).findall('one\ntwo\n\nthree'))
print(re.findall(r'.$', 'ab\ncd\n'), re.findall(r'(?s).', 'a\nb'))
wide = 'αβγ 𝒜𝒝 δ' * 3
print(re.findall(r'[α-ω]+', wide), re.findall(r'\S+', wide)[:3], len(re.findall(r'.', wide)))
print(re.sub(r'(𝒜)', r'[\1]', wide))
print(re.findall(rb'\w+', b'bytes \xe9t\xe9 ok_1'), re.sub(rb'\d', b'#', b'a1b2'))
print(re.search(rb'(?i)\xc9', b'\xe9'), re.findall(rb'[^\x00-\x7f]+', b'a\xe9\xff b'))
big = ('word ' * 2000) + 'end'
print(len(re.findall(r'\w+', big)), re.search(r'(\w+\s?)*$', big).span())
print(re.match(r'(a|b)*c', 'ab' * 5000 + 'c').span())
for bad in [(r'\d', b'1'), (rb'\d', '1'), (r'(', 'x')]:
    try:
        re.search(*bad)
    except (TypeError, re.error) as e:
        print(type(e).__name__, e)
