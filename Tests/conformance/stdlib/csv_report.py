# A CSV report generator: reads sales records (quoted fields, embedded newlines and
# delimiters, blank lines), aggregates them, writes reports in several dialects and
# reads them back; then the csv.Error/TypeError/ValueError cases with their messages.
import csv
import io

SALES = (
    'region,product,units,price,note\r\n'
    'north,widget,10,2.50,\r\n'
    'south,"gadget, large",3,10.00,"fragile"\r\n'
    '\r\n'
    'north,gizmo,7,1.25,"said ""hi"""\r\n'
    'east,widget,1,2.50,"two\r\nlines"\r\n'
    'south,widget,4,2.50,\r\n'
    'west,"gizmo",2,1.25,extra,columns\r\n'
    'east,gadget,5\r\n'
)

rows = list(csv.DictReader(io.StringIO(SALES, newline=''), restkey='extra', restval='0'))
for r in rows:
    print(sorted(r.items(), key=lambda kv: str(kv[0])))

totals = {}
for r in rows:
    key = (r['region'], r['product'])
    units = int(r['units'])
    price = float(r['price']) if r['price'] != '0' else 0.0
    t = totals.setdefault(key, [0, 0.0])
    t[0] += units
    t[1] += units * price

out = io.StringIO(newline='')
w = csv.writer(out)
w.writerow(['region', 'product', 'units', 'revenue'])
for (region, product), (units, revenue) in sorted(totals.items()):
    w.writerow([region, product, units, round(revenue, 2)])
w.writerow(['total', None, sum(t[0] for t in totals.values()), ''])
print(repr(out.getvalue()))

# the same through DictWriter in the unix dialect and with QUOTE_NONNUMERIC
for dialect, extra in (('unix', {}), ('excel', {'quoting': csv.QUOTE_NONNUMERIC}),
                       ('excel-tab', {}), ('excel', {'delimiter': ';', 'quotechar': "'"})):
    buf = io.StringIO(newline='')
    dw = csv.DictWriter(buf, ['region', 'product', 'units'], dialect=dialect, **extra)
    dw.writeheader()
    for (region, product), (units, _) in sorted(totals.items()):
        dw.writerow({'region': region, 'product': product + " 'x'" * (product == 'gizmo'),
                     'units': units})
    text = buf.getvalue()
    print(dialect, extra, repr(text))
    back = list(csv.reader(io.StringIO(text, newline=''), dialect, **extra))
    print('  back:', back[:3], len(back))

# escapechar, QUOTE_NONE, skipinitialspace, strict, line_num
data = ['a\\,b,c\n', 'd,"e\\"f",g\n']
r = csv.reader(data, escapechar='\\')
print([(row, r.line_num) for row in r])
print(list(csv.reader(['x, "y, z",  w'], skipinitialspace=True)))
buf = io.StringIO()
csv.writer(buf, quoting=csv.QUOTE_NONE, escapechar='\\').writerows([['a,b', 'c"d'], ['e\nf']])
print(repr(buf.getvalue()))
r = csv.reader(['a,"multi\n', 'line\n', 'field",z\n', 'last\n'])
print([(row, r.line_num) for row in r])

# dialect registry
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL, lineterminator='\n')
print(sorted(csv.list_dialects()))
d = csv.get_dialect('pipes')
print(d.delimiter, d.quotechar, d.quoting, repr(d.lineterminator), d.doublequote, d.escapechar)
buf = io.StringIO()
csv.writer(buf, 'pipes').writerow(['a', 1, None])
print(repr(buf.getvalue()), list(csv.reader([buf.getvalue()], 'pipes')))
csv.unregister_dialect('pipes')
print(sorted(csv.list_dialects()))


class Semi(csv.Dialect):
    delimiter = ';'
    quotechar = '"'
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
    doublequote = True
    skipinitialspace = True


print(list(csv.reader(['a; b;"c;d"'], Semi)))

# sniffing
sniffer = csv.Sniffer()
for sample in ['name;age;city\n"Smith; J";42;Paris\nDoe;7;"Rome"\n',
               'x\ty\tz\n1\t2\t3\n4\t5\t6\n',
               "id, label\n1, 'one'\n2, 'two'\n",
               'a|b\n1|2\n3|4\n']:
    d = sniffer.sniff(sample)
    print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace,
          sniffer.has_header(sample), list(csv.reader(io.StringIO(sample), d))[1])

# field size limit
old = csv.field_size_limit(8)
print('limit', old, csv.field_size_limit())


def err(f):
    try:
        res = f()
    except Exception as e:
        print('  %s: %s' % (type(e).__name__, e))
    else:
        print('  ok', repr(res))


err(lambda: list(csv.reader(['0123456789'])))
err(lambda: list(csv.reader(['"0123456789"'])))
err(lambda: list(csv.reader(['01234567,x'])))
csv.field_size_limit(old)
print('errors:')
err(lambda: list(csv.reader(['a,b\rc,d'])))
err(lambda: list(csv.reader(['a,"open'], strict=True)))
err(lambda: list(csv.reader(['a,"open'])))
err(lambda: list(csv.reader(['"a"b'], strict=True)))
err(lambda: list(csv.reader(['"a"b'])))
err(lambda: list(csv.reader([b'bytes,line'])))
err(lambda: list(csv.reader(['1,x'], quoting=csv.QUOTE_NONNUMERIC)))
err(lambda: list(csv.reader(['1,"x",2.5,,-3e2'], quoting=csv.QUOTE_NONNUMERIC)))
err(lambda: list(csv.reader(['a\0b'])))
err(lambda: csv.reader([], delimiter='::'))
err(lambda: csv.reader([], delimiter=None))
err(lambda: csv.reader([], quotechar=7))
err(lambda: csv.reader([], quoting=17))
err(lambda: csv.reader([], quoting='all'))
err(lambda: csv.reader([], lineterminator=None))
err(lambda: csv.reader([], bogus=True))
err(lambda: csv.reader([], 'no-such-dialect'))
err(lambda: csv.writer(io.StringIO(), quotechar=None, quoting=csv.QUOTE_ALL))
err(lambda: csv.writer(io.StringIO(), quotechar=None).writerow(['a,b']))
err(lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b']))
err(lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['']))
err(lambda: csv.writer(io.StringIO()).writerow(['']))
err(lambda: csv.writer(io.StringIO()).writerow(42))
err(lambda: csv.writer(42))
err(lambda: csv.get_dialect('nope'))
err(lambda: csv.unregister_dialect('nope'))
err(lambda: csv.register_dialect(3))
err(lambda: csv.field_size_limit('big'))
err(lambda: setattr(csv.get_dialect('excel'), 'delimiter', ';'))
err(lambda: csv.DictWriter(io.StringIO(), ['a']).writerow({'a': 1, 'b': 2}))
err(lambda: csv.DictWriter(io.StringIO(), ['a'], extrasaction='drop'))
err(lambda: csv.Sniffer().sniff('abc\ndef\n'))


class Bad(csv.Dialect):
    delimiter = ','


err(Bad)
err(csv.Dialect)
print(csv.Error.__module__, issubclass(csv.Error, Exception), csv.QUOTE_NONE, csv.__version__)
