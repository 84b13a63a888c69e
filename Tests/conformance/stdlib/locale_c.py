# locale in the C/POSIX locale: a small invoice formatter using format_string/str/atof/atoi,
# the category bookkeeping of setlocale/getlocale, normalize, and the error cases.
import locale

print(locale.setlocale(locale.LC_ALL, 'C'))
print(locale.setlocale(locale.LC_ALL), locale.getlocale(), locale.getencoding())
print(locale.setlocale(locale.LC_NUMERIC, 'POSIX'), locale.setlocale(locale.LC_NUMERIC))
print(locale.setlocale(locale.LC_CTYPE, 'C.UTF-8'), locale.getlocale(), locale.getencoding())
print(locale.setlocale(locale.LC_ALL))
print(locale.getlocale(locale.LC_TIME), locale.setlocale(locale.LC_TIME, ('C', None)))
print(locale.setlocale(locale.LC_ALL, 'C'), locale.getencoding())

conv = locale.localeconv()
print(sorted(conv.items()))
print(locale.nl_langinfo(locale.RADIXCHAR), repr(locale.nl_langinfo(locale.THOUSEP)),
      locale.nl_langinfo(locale.D_T_FMT), locale.nl_langinfo(locale.DAY_1),
      locale.nl_langinfo(locale.ABMON_12), locale.nl_langinfo(locale.CODESET))

items = [('widget', '3', '2.50'), ('gadget', '12', '1234.125'), ('gizmo', '1', '0.1')]
total = 0.0
for name, qty, price in items:
    q = locale.atoi(qty)
    p = locale.atof(price)
    total += q * p
    print(locale.format_string('%-8s %4d x %10.2f = %12.2f', (name, q, p, q * p), grouping=True))
print(locale.format_string('total: %(t).3f (%(n)d items) 100%%', {'t': total, 'n': len(items)}))
print(locale.format_string('%*d|%-*.*f|', (6, 42, 9, 2, 3.14159)))
print(locale.format_string('%.2f', 1234567.891, monetary=True), locale.format_string('%e', 12345.678))
print(locale.str(2 / 3), locale.str(1e20), locale.str(12), locale.delocalize('1234.50'),
      locale.localize('1234.5', grouping=True), locale.atof('1e3', int if False else float))
print(sorted(['b', 'B', 'a', 'A', '_'], key=locale.strxfrm), locale.strcoll('a', 'b'),
      locale.strcoll('b', 'a'), locale.strcoll('x', 'x'))
for name in ['C', 'POSIX', 'en_US', 'en_US.utf8', 'de_DE.UTF-8', 'de@euro', 'de_DE@euro',
             'fr_FR.ISO-8859-1', 'ja_JP.eucjp', 'xx_YY', 'en_GB.latin1']:
    print(name, '->', locale.normalize(name))


def err(f):
    try:
        r = f()
    except Exception as e:
        print('  %s: %s' % (type(e).__name__, e))
    else:
        print('  ok', repr(r))


print('errors:')
err(lambda: locale.setlocale(locale.LC_ALL, 'xx_YY.UTF-8'))
err(lambda: locale.setlocale(locale.LC_NUMERIC, 'qq_ZZ.ISO8859-1'))
err(lambda: locale.setlocale(12345, 'C'))
err(lambda: locale.setlocale(locale.LC_ALL, 5))
err(lambda: locale.setlocale(locale.LC_ALL, ('a', 'b', 'c')))
err(lambda: locale.atof('1,5'))
err(lambda: locale.atoi('4.2'))
err(lambda: locale.currency(9.99))
err(lambda: locale.format_string('%d %d', (1,)))
err(lambda: locale.format_string('%d', 'x'))
err(lambda: locale._parse_localename('klingon'))
locale.setlocale(locale.LC_CTYPE, 'C.UTF-8')
err(lambda: locale.getlocale(locale.LC_ALL))
print(locale.setlocale(locale.LC_ALL, 'C'), locale.getlocale(locale.LC_ALL))
print(issubclass(locale.Error, Exception), locale.CHAR_MAX, locale.LC_ALL != locale.LC_CTYPE)
