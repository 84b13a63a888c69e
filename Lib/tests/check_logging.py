"""Differential check: Lib/logging against CPython's logging (formatting, levels, hierarchy)."""
import io
import logging as ref
import random
import sys

from _loader import load, Checker

lg = load("logging")
c = Checker("logging")
rng = random.Random(3)

FIELDS = ['name', 'levelname', 'levelno', 'message', 'lineno', 'funcName', 'module', 'filename',
          'msecs', 'created', 'user']
SPECS = ['', '-10', '10', '.3', '>8', '08.2f']


def outcome(fn):
    try:
        return ('ok', fn())
    except Exception as e:
        return ('raise', type(e).__name__, str(e))


def fmt_for(style):
    parts = []
    for _ in range(rng.randrange(0, 4)):
        f = rng.choice(FIELDS)
        if style == '%':
            spec = rng.choice(['s', 'r', 'd', '-8s', '5d', '.2f'])
            parts.append('%%(%s)%s' % (f, spec))
        elif style == '{':
            spec = rng.choice(SPECS)
            parts.append('{%s%s}' % (f, ':' + spec if spec else ''))
        else:
            parts.append(rng.choice(['$%s', '${%s}']) % f)
        parts.append(rng.choice([' ', '|', ':', '', '$', '{', '%']))
    return ''.join(parts)


def emit(mod, fmt, style, level, msg, args, extra):
    s = io.StringIO()
    h = mod.StreamHandler(s)
    h.setFormatter(mod.Formatter(fmt, style=style))
    logger = mod.getLogger('chk.%s' % rng.random())
    logger.propagate = False
    logger.addHandler(h)
    logger.setLevel(rng.choice([0, 10, 20, 30]))
    record = mod.LogRecord('n.m', level, '/p/file.py', 12, msg, args, None, 'fn')
    record.created = 1000.5
    record.msecs = 500.0
    if extra:
        record.__dict__.update(extra)
    h.handle(record)
    return s.getvalue()


for t in range(3000):
    style = rng.choice(['%', '{', '$'])
    fmt = fmt_for(style) if rng.random() < 0.9 else None
    level = rng.choice([5, 10, 20, 25, 30, 40, 50])
    msg, args = rng.choice([('plain', ()), ('a %s b %d', ('x', 3)), ('%(k)s', ({'k': 'v'},)),
                            ('bad %d', ('s',)), (42, ()), ('%s', ([1, 2],))])
    extra = {'user': 'bob'} if rng.random() < 0.5 else None
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        got = outcome(lambda: emit(lg, fmt, style, level, msg, args, extra))
        want = outcome(lambda: emit(ref, fmt, style, level, msg, args, extra))
    finally:
        sys.stderr = saved
    c.eq('format %r %r %r %r' % (style, fmt, msg, args), got, want)

for v in [10, 'INFO', 'NOPE', 7, 'Level 7', None]:
    c.eq('getLevelName %r' % v, lg.getLevelName(v), ref.getLevelName(v))
    c.eq('checkLevel %r' % v, outcome(lambda: lg._checkLevel(v)), outcome(lambda: ref._checkLevel(v)))

# hierarchy: parents after creating loggers in random orders
for t in range(200):
    names = ['a', 'a.b', 'a.b.c', 'a.x.y', 'b', 'a.b.c.d', 'q.r']
    rng.shuffle(names)
    for mod, tag in ((lg, 'ours'), (ref, 'ref')):
        mgr = mod.Manager(mod.RootLogger(mod.WARNING))
        for n in names:
            mgr.getLogger(n)
        if tag == 'ours':
            got = {n: mgr.getLogger(n).parent.name for n in names}
        else:
            want = {n: mgr.getLogger(n).parent.name for n in names}
    c.eq('parents %r' % names, got, want)
for name in ref.__all__:
    c.true('has ' + name, hasattr(lg, name))
sys.exit(c.summary())
