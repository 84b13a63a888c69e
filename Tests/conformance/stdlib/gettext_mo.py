# gettext: .mo catalogs written by the test (both byte orders), plural forms, domains
import builtins
import gettext
import io
import os
import struct
import tempfile
import warnings


def make_mo(entries, order='<', version=0):
    """A GNU .mo file: entries maps msgid (str, 'ctx\\x04id' or (singular, plural))
    to a translation (str or list of plural forms)."""
    items = []
    for key, value in entries.items():
        if isinstance(key, tuple):
            k = '\x00'.join(key)
        else:
            k = key
        v = '\x00'.join(value) if isinstance(value, list) else value
        items.append((k.encode('utf-8'), v.encode('utf-8')))
    items.sort()
    n = len(items)
    ids_at = 28
    strs_at = ids_at + 8 * n
    data_at = strs_at + 8 * n
    blob = b''
    id_table = []
    str_table = []
    for k, _ in items:
        id_table.append((len(k), data_at + len(blob)))
        blob += k + b'\x00'
    for _, v in items:
        str_table.append((len(v), data_at + len(blob)))
        blob += v + b'\x00'
    magic = 0x950412de
    out = struct.pack(order + '7I', magic, version, n, ids_at, strs_at, 0, 0)
    for length, off in id_table + str_table:
        out += struct.pack(order + '2I', length, off)
    return out + blob


HEADER = ('Project-Id-Version: demo 1.0\n'
          'Content-Type: text/plain; charset=UTF-8\n'
          'Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 '
          '&& (n%100<10 || n%100>=20) ? 1 : 2);\n'
          'X-Note: first line\n'
          ' continued line\n')
ENTRIES = {
    '': HEADER,
    'Hello': 'Witaj',
    'Open': 'Otwórz',
    ('file', 'files'): ['plik', 'pliki', 'plików'],
    'menu\x04Open': 'Otwórz menu',
    ('menu\x04item', 'items'): ['pozycja', 'pozycje', 'pozycji'],
}

for order in '<>':
    t = gettext.GNUTranslations(io.BytesIO(make_mo(ENTRIES, order)))
    print('order', order, t.gettext('Hello'), t.gettext('Open'), t.gettext('Missing'))
    print('  plural', [t.ngettext('file', 'files', n) for n in (0, 1, 2, 5, 11, 21, 22, 25, 112)])
    print('  context', t.pgettext('menu', 'Open'), t.pgettext('other', 'Open'),
          [t.npgettext('menu', 'item', 'items', n) for n in (1, 3, 7)],
          t.npgettext('x', 'item', 'items', 1), t.npgettext('x', 'item', 'items', 2))
    print('  missing plural', t.ngettext('dog', 'dogs', 1), t.ngettext('dog', 'dogs', 4))
    print('  singular lookup of plural entry', t.gettext('file'))
    print('  info', sorted(t.info().items()))
    print('  charset', t.charset())

# plural expressions
for expr, ns in [
    ('n != 1', range(4)),
    ('n>1', range(4)),
    ('0', range(3)),
    ('n==1 ? 0 : n==2 ? 1 : n<7 ? 2 : n<11 ? 3 : 4', range(13)),
    ('(n==1) ? 0 : (n>=2 && n<=4) ? 1 : 2', range(6)),
    ('n%10==1 && n%100!=11 ? 0 : n != 0 ? 1 : 2', [0, 1, 2, 11, 21, 111]),
    ('!n', range(3)),
    ('!(n == 1)', range(3)),
    ('!n == 1', range(3)),
    ('n/2 - 1 * 3 + 8 % 3', range(8)),
    ('n == 1 == 0', range(3)),
    ('n < 2 < 1', range(4)),
    ('n || 5', range(3)),
    ('n && 5', range(3)),
    ('  n\t>  1  ', range(3)),
]:
    f = gettext.c2py(expr)
    print('c2py', repr(expr), [f(n) for n in ns])

for bad in ['n +', 'n ? 1', 'n ? 1 : ', '(n', 'n)', 'x', 'n = 1', 'nn', '1n', '2 ** n',
            'n & 1', 'n == 1 ;', '', '(' * 21 + 'n' + ')' * 21, 'n+' * 600 + 'n',
            'n ? 1 2']:
    try:
        gettext.c2py(bad)
        print('accepted', repr(bad))
    except ValueError as e:
        print('ValueError', repr(bad[:12]), e)
print('nesting 20 ok', gettext.c2py('(' * 20 + 'n' + ')' * 20)(3))
f = gettext.c2py('n != 1')
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print('float n', f(1.0), f(2.5), [str(x.message) for x in w], [x.category.__name__ for x in w])
try:
    f('3')
except TypeError as e:
    print('TypeError', e)
try:
    gettext.c2py('n / 0')(5)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)

# bad files
for data, what in [(b'\x00\x01\x02\x03' + b'\x00' * 24, 'magic'),
                   (make_mo({'a': 'b'}, version=5 << 16), 'version'),
                   (make_mo({'a': 'b'})[:-4], 'corrupt')]:
    try:
        gettext.GNUTranslations(io.BytesIO(data))
    except OSError as e:
        print('OSError', what, e.errno, e.strerror, repr(e.filename))
print('minor version ok', gettext.GNUTranslations(
    io.BytesIO(make_mo({'a': 'b'}, version=1))).gettext('a'))
try:
    gettext.GNUTranslations(io.BytesIO(make_mo({'': 'Plural-Forms: nplurals=2; plural=n >> 1;\n'})))
except ValueError as e:
    print('ValueError header', e)
latin = make_mo({'': 'Content-Type: text/plain; charset=ISO-8859-1\n'})
t = gettext.GNUTranslations(io.BytesIO(latin))
print('latin charset', t.charset(), t.gettext('x'))

# NullTranslations and fallbacks
null = gettext.NullTranslations()
print('null', null.gettext('a'), null.ngettext('one', 'many', 1), null.ngettext('one', 'many', 2),
      null.pgettext('c', 'm'), null.npgettext('c', 'one', 'many', 0), null.info(), null.charset())
first = gettext.GNUTranslations(io.BytesIO(make_mo({'': HEADER, 'Hello': 'Witaj'})))
try:
    gettext.GNUTranslations(io.BytesIO(make_mo({'Bye': 'Tschüss'})))
except UnicodeDecodeError as e:
    print('UnicodeDecodeError', e)
second = gettext.GNUTranslations(io.BytesIO(make_mo({'': 'Content-Type: text/plain; charset=UTF-8\n',
                                                     'Bye': 'Tschüss', ('cat', 'cats'): ['Katze', 'Katzen'],
                                                     'ctx\x04Bye': 'Ciao'})))
first.add_fallback(second)


class Loud(gettext.NullTranslations):
    def gettext(self, message):
        return message.upper()


first.add_fallback(Loud())
print('fallback', first.gettext('Hello'), first.gettext('Bye'), first.gettext('other'),
      first.ngettext('cat', 'cats', 3), first.pgettext('ctx', 'Bye'),
      second._fallback.__class__.__name__)

# install into builtins
first.install(names=['ngettext', 'pgettext', 'bogus'])
print('installed', _('Hello'), builtins.ngettext('cat', 'cats', 1), builtins.pgettext('ctx', 'Bye'),
      hasattr(builtins, 'bogus'))
del builtins._, builtins.ngettext, builtins.pgettext

# locale directories: find, translation, domains
tmp = tempfile.TemporaryDirectory()
root = tmp.name
for lang, entries in [('de_DE', {'Hello': 'Hallo (DE)'}),
                      ('de', {'Hello': 'Hallo', 'Cheese': 'Käse'}),
                      ('pt_BR', {'Hello': 'Olá'})]:
    d = os.path.join(root, lang, 'LC_MESSAGES')
    os.makedirs(d)
    with open(os.path.join(d, 'demo.mo'), 'wb') as fh:
        fh.write(make_mo(dict(entries, **{'': 'Content-Type: text/plain; charset=UTF-8\n'})))


def rel(p):
    return None if p is None else os.path.relpath(p, root) if isinstance(p, str) else \
        [os.path.relpath(x, root) for x in p]


print('expand', gettext._expand_lang('de_DE'), gettext._expand_lang('pt_BR.UTF-8'),
      gettext._expand_lang('fr'), gettext._expand_lang('de_DE.UTF-8@euro'))
print('find', rel(gettext.find('demo', root, ['de_DE'])), rel(gettext.find('demo', root, ['fr'])),
      rel(gettext.find('demo', root, ['de_DE', 'pt_BR'], all=True)),
      rel(gettext.find('demo', root, ['C', 'de'])), rel(gettext.find('nodomain', root, ['de'], all=True)))
t = gettext.translation('demo', root, ['de_DE'])
print('translation', type(t).__name__, t.gettext('Hello'), t.gettext('Cheese'), t.gettext('Nope'))
t2 = gettext.translation('demo', root, ['de_DE'])
print('cached copies', t is not t2, t._catalog is t2._catalog)
t3 = gettext.translation('demo', root, ['pt_BR', 'de'])
print('chain', t3.gettext('Hello'), t3.gettext('Cheese'))
print('null fallback', type(gettext.translation('demo', root, ['fr'], fallback=True)).__name__)
try:
    gettext.translation('demo', root, ['fr'])
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.strerror, e.filename)


class MyCatalog(gettext.GNUTranslations):
    pass


print('class_', type(gettext.translation('demo', root, ['de'], class_=MyCatalog)).__name__)

os.environ['LANGUAGE'] = 'pt_BR:de'
print('env find', rel(gettext.find('demo', root)))
print('default domain', gettext.textdomain())
print('bind', rel(gettext.bindtextdomain('demo', root)))
print('textdomain', gettext.textdomain('demo'))
print('module api', gettext.gettext('Hello'), gettext.dgettext('demo', 'Cheese'),
      gettext.ngettext('x', 'xs', 2), gettext.pgettext('c', 'Hello'),
      gettext.npgettext('c', 'a', 'b', 1), gettext.dngettext('nodomain', 'a', 'b', 3),
      gettext.dpgettext('nodomain', 'c', 'm'), gettext.dnpgettext('nodomain', 'c', 'a', 'b', 1))
print('unbound domain', gettext.dgettext('nodomain', 'Hello'))
gettext.install('demo', root)
print('install', _('Hello'))
del builtins._
print('Catalog', gettext.Catalog is gettext.translation)
tmp.cleanup()
