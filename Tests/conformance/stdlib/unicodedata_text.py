# unicodedata in a small text-processing program: accent stripping (NFKD + combining), slugs,
# names and lookup (aliases, named sequences, algorithmic names), categories of a mixed string,
# numeric values of digits and fractions, width-aware padding, normalization round trips, errors.
import unicodedata as ud

print(ud.unidata_version)


def strip_accents(text):
    return ''.join(ch for ch in ud.normalize('NFKD', text) if not ud.combining(ch))


def slug(text):
    words, word = [], []
    for ch in strip_accents(text).lower():
        if ud.category(ch)[0] in 'LN':
            word.append(ch)
        elif word:
            words.append(''.join(word))
            word = []
    if word:
        words.append(''.join(word))
    return '-'.join(words)


titles = ['Crème Brûlée à la française', 'Ångström ﬁnal résumé', 'São Paulo — Ñandú',
          'Dvořák: Symphony №9', 'Łódź ½ marathon', 'Ｆｕｌｌｗｉｄｔｈ ①②③', 'naïve café']
for t in titles:
    print(repr(strip_accents(t)), slug(t))

# Names of the characters of a mixed string, and back through lookup.
mixed = 'Aé\u0301ß€½٣\u200b한中\U0001F600\t'
for ch in mixed:
    name = ud.name(ch, '<unnamed>')
    back = ud.lookup(name) if name != '<unnamed>' else None
    print('U+%04X %-2s %-3s %-3s %d %s %s' % (ord(ch), ud.category(ch), ud.bidirectional(ch),
                                             ud.east_asian_width(ch), ud.combining(ch), name,
                                             back == ch))
print(sorted({ud.category(ch) for ch in 'Hello, World! 123 ½ αβγ ← ∑ \n'}))
print(ud.mirrored('('), ud.mirrored('a'), ud.mirrored('\u2208'))
print(ud.decomposition('\u00e9'), '|', ud.decomposition('\ufb01'), '|', ud.decomposition('a'), '|')

# Aliases, named sequences, case-insensitive lookup, algorithmic names.
for key in ['LATIN SMALL LETTER SHARP S', 'latin capital letter a with grave', 'LINE FEED',
            'BYTE ORDER MARK', 'KEYCAP NUMBER SIGN', 'CJK UNIFIED IDEOGRAPH-4E2D',
            'HANGUL SYLLABLE HAN', b'EURO SIGN', 'NO SUCH CHARACTER', 'CJK UNIFIED IDEOGRAPH-4e2d',
            'HANGUL SYLLABLE QQQ', 'X' * 300]:
    try:
        got = ud.lookup(key)
        print(repr(key)[:40], '->', [hex(ord(c)) for c in got])
    except KeyError as e:
        print(repr(key)[:40], 'KeyError', e)
print(ud.name('\uac01'), ud.name('\u9fa5'), ud.name('\U00020000'), ud.name('\ud7a3'))

# Numeric values: sum of digits from many scripts, fractions and roman numerals.
digits = '7٣۵७৯๓໒༤၈\uff19\U0001d7d8'
print([ud.decimal(d) for d in digits], sum(ud.digit(d) for d in digits))
for ch in '½⅓¾⅞Ⅻↂ①⑳㊿\u4e07\u5146x':
    print('U+%04X' % ord(ch), ud.numeric(ch, None), ud.digit(ch, None), ud.decimal(ch, None))
for fn, arg in [(ud.decimal, 'x'), (ud.digit, '½'), (ud.numeric, 'x'), (ud.name, '\x00')]:
    try:
        fn(arg)
    except ValueError as e:
        print(fn.__name__, 'ValueError', e)

# Display width: East Asian wide/fullwidth characters take two columns.
def width(s):
    return sum(2 if ud.east_asian_width(ch) in 'WF' else 0 if ud.combining(ch) else 1 for ch in s)


for cell in ['abc', '日本語', 'ｆｕｌｌ', 'e\u0301te\u0301', '한국']:
    print('|' + cell + ' ' * (10 - width(cell)) + '|', width(cell))

# Normalization forms and round trips.
samples = ['e\u0301', '\u00e9', '\ufb01', '\u1e9b\u0323', '\u212b', '\u0958', '\u1100\u1161\u11a8',
           '\uac01', 'a\u0328\u0301', 'a\u0301\u0328', '\u2460\u00bd', 'x\u0345\u0313\u03b1']
for s in samples:
    forms = {f: ud.normalize(f, s) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')}
    print(' '.join('%s=%s' % (f, '+'.join('%04X' % ord(c) for c in v)) for f, v in forms.items()),
          [ud.is_normalized(f, s) for f in forms])
    assert ud.normalize('NFC', forms['NFD']) == forms['NFC']
    assert ud.normalize('NFKC', forms['NFKD']) == forms['NFKC']
print(ud.normalize('NFC', 'Ame\u0301lie') == 'Amélie', ud.normalize('NFKC', '①②') == '12')

# Errors.
for call in [lambda: ud.category('ab'), lambda: ud.category(65), lambda: ud.name(''),
             lambda: ud.normalize('NFX', 'a'), lambda: ud.normalize('NFC', 5),
             lambda: ud.is_normalized(None, 'a'), lambda: ud.lookup(bytearray(b'A')),
             lambda: ud.numeric('1', 2, 3)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
