# logging: hierarchy, levels, handlers to StringIO, %/{/$ formatters, exceptions, lastResort.
import io
import logging
import os
import sys
import threading


class PathlessFormatter(logging.Formatter):
    def formatException(self, ei):
        return super().formatException(ei).replace(os.path.abspath(__file__), 'FILE').replace(__file__, 'FILE')


def fixed_time(record):
    record.created = 1700000000.25
    record.msecs = 250.0
    return True


buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(PathlessFormatter('%(levelname)-8s|%(name)s|%(funcName)s:%(lineno)d|%(message)s'))
app = logging.getLogger('app')
app.addHandler(h)
app.setLevel(logging.DEBUG)
db = logging.getLogger('app.db')
print(app, db, db.parent is app, logging.getLogger('app.db') is db, db.getEffectiveLevel())


def work():
    db.debug('connecting to %s:%d', 'localhost', 5432)
    db.info('dict args %(a)s/%(b)s', {'a': 1, 'b': 2})
    app.warning('warn')
    try:
        raise ValueError('bad value')
    except ValueError:
        db.exception('failed: %s', 'query')
    db.log(25, 'custom level')
    db.error('with extra %s', 'x', extra={'user': 'bob'})


work()
logging.addLevelName(25, 'NOTICE')
db.log(25, 'named custom level')
db.setLevel(logging.ERROR)
db.info('suppressed')
db.error('shown')
print(db.isEnabledFor(logging.INFO), db.isEnabledFor(logging.ERROR), db.getEffectiveLevel())
print(buf.getvalue(), end='')

# styles
for style, fmt in (('%', '%(levelname)s:%(message)s'), ('{', '{levelname:>8}|{name}|{message!r}'),
                   ('$', '$levelname - ${name} - $message')):
    s = io.StringIO()
    hh = logging.StreamHandler(s)
    hh.setFormatter(logging.Formatter(fmt, style=style))
    lg = logging.getLogger('style' + style)
    lg.propagate = False
    lg.addHandler(hh)
    lg.warning('hello %s', style)
    print(repr(s.getvalue()))
for bad in (('%(message', '%'), ('{', '{'), ('no fields', '$')):
    try:
        logging.Formatter(bad[0], style=bad[1])
    except ValueError as e:
        print('ValueError', e)

# time formatting with a fixed record time and gmtime
s = io.StringIO()
hh = logging.StreamHandler(s)
f = logging.Formatter('%(asctime)s %(message)s')
f.converter = __import__('time').gmtime
hh.setFormatter(f)
hh.addFilter(fixed_time)
tl = logging.getLogger('timed')
tl.propagate = False
tl.addHandler(hh)
tl.warning('default datefmt')
f.datefmt = '%d/%m/%Y %H-%M'
tl.warning('custom datefmt')
print(s.getvalue(), end='')

# filters, propagation and handler levels
s1, s2 = io.StringIO(), io.StringIO()
top = logging.getLogger('top')
top.setLevel(logging.DEBUG)
h1 = logging.StreamHandler(s1)
h1.setLevel(logging.WARNING)
h2 = logging.StreamHandler(s2)
h2.addFilter(logging.Filter('top.keep'))
top.addHandler(h1)
top.addHandler(h2)
for name in ('top.keep', 'top.keep.deeper', 'top.drop', 'top.keeper'):
    lg = logging.getLogger(name)
    lg.info('info from %s', name)
    lg.error('error from %s', name)
print(repr(s1.getvalue()))
print(repr(s2.getvalue()))
print(top.hasHandlers(), logging.getLogger('nohandlers').hasHandlers())

# records
r = logging.makeLogRecord({'msg': 'a %s', 'args': ('b',), 'levelno': 40})
print(r.getMessage(), logging.getLevelName(40), logging.getLevelName('INFO'), logging.getLevelName(7))
print(logging.Formatter('%(message)s').format(logging.LogRecord('n', 10, 'p', 1, 'x=%d', (5,), None)))
print(repr(h1), repr(logging.NullHandler()))

# thread safety: many threads logging to one handler
s = io.StringIO()
th = logging.StreamHandler(s)
th.setFormatter(logging.Formatter('%(threadName)s %(message)s'))
tlog = logging.getLogger('threads')
tlog.propagate = False
tlog.addHandler(th)
tlog.setLevel(logging.INFO)


def worker(n):
    for i in range(50):
        tlog.info('w%d-%d', n, i)


ts = [threading.Thread(target=worker, args=(n,), name='T%d' % n) for n in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
lines = s.getvalue().splitlines()
print(len(lines), sorted(set(l.split()[0] for l in lines)), all(l.split()[1].startswith('w' + l.split()[0][1]) for l in lines))

# root / basicConfig / lastResort (stderr kept in stdout order via a redirect)
old = sys.stderr
sys.stderr = io.StringIO()
logging.getLogger('orphan').warning('to lastResort')
logging.getLogger('orphan').info('not shown')
captured = sys.stderr.getvalue()
sys.stderr = old
print(repr(captured))
rb = io.StringIO()
logging.basicConfig(stream=rb, level=logging.INFO, format='%(name)s:%(levelname)s:%(message)s')
logging.info('root info')
logging.getLogger('x.y').debug('not shown')
logging.getLogger('x.y').warning('propagated')
logging.basicConfig(stream=io.StringIO())   # no effect: root has a handler
logging.warning('still %s', 'here')
print(repr(rb.getvalue()))
logging.disable(logging.WARNING)
logging.warning('disabled')
logging.error('enabled')
logging.disable(logging.NOTSET)
print(repr(rb.getvalue()))
ad = logging.LoggerAdapter(logging.getLogger('adapted'), {'ip': '1.2.3.4'})
ad.warning('via adapter')
print(ad, repr(rb.getvalue().splitlines()[-1]))
