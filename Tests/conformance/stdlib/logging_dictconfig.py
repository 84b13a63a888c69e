# logging.config.dictConfig: formatters, filters, handlers, loggers, references, errors
import io
import logging
import logging.config
import logging.handlers
import sys

out = io.StringIO()
sys.modules['__main__'].OUT = out  # reachable as ext://__main__.OUT


class Upper(logging.Filter):
    def __init__(self, word='', suffix=''):
        super().__init__()
        self.word = word
        self.suffix = suffix

    def filter(self, record):
        record.msg = str(record.msg).upper() + self.suffix
        return self.word not in record.msg.lower()


class TagFormatter(logging.Formatter):
    def __init__(self, fmt=None, datefmt=None, style='%', tag='?'):
        super().__init__(fmt, datefmt, style)
        self.tag = tag

    def format(self, record):
        return '<%s> %s' % (self.tag, super().format(record))


def make_handler(stream, prefix):
    h = logging.StreamHandler(stream)
    h.prefix = prefix
    return h


def cause_chain(e):
    parts = []
    while e is not None:
        parts.append('%s: %s' % (type(e).__name__, e))
        e = e.__cause__
    return ' <- '.join(parts)


def show():
    text = out.getvalue()
    out.seek(0)
    out.truncate()
    for line in text.splitlines():
        print('  |', line)


old = logging.getLogger('old.module')
old_child = logging.getLogger('app.db.pool')
old_child.setLevel(logging.ERROR)

config = {
    'version': 1,
    'formatters': {
        'plain': {'format': '%(levelname)s:%(name)s:%(message)s'},
        'brace': {'format': '{levelname:<8}|{name}|{message}', 'style': '{'},
        'dollar': {'format': '$levelname $message', 'style': '$'},
        'tagged': {'()': TagFormatter, 'fmt': '%(message)s', 'tag': 'T'},
        'tagged2': {'()': '__main__.TagFormatter', 'format': '%(name)s %(message)s'},
        'novalid': {'format': 'no fields here', 'validate': False},
    },
    'filters': {
        'onlyapp': {'name': 'app'},
        'upper': {'()': Upper, 'word': 'secret', '.': {'suffix': '!'}},
    },
    'handlers': {
        'main': {'class': 'logging.StreamHandler', 'stream': 'ext://__main__.OUT',
                 'formatter': 'plain', 'level': 'DEBUG'},
        'braced': {'class': 'logging.StreamHandler', 'stream': 'cfg://handlers.main.stream',
                   'formatter': 'brace', 'filters': ['onlyapp'], 'level': 'INFO'},
        'custom': {'()': make_handler, 'stream': 'ext://__main__.OUT', 'prefix': 'P',
                   'formatter': 'tagged', '.': {'extra_attr': 42}},
        'buffer': {'class': 'logging.handlers.MemoryHandler', 'capacity': 2,
                   'target': 'zz_target', 'flushLevel': 40},
        'zz_target': {'class': 'logging.StreamHandler', 'stream': 'ext://__main__.OUT',
                      'formatter': 'dollar'},
        'upperh': {'class': 'logging.StreamHandler', 'stream': 'ext://__main__.OUT',
                   'formatter': 'tagged2', 'filters': ['upper']},
    },
    'loggers': {
        'app': {'level': 'DEBUG', 'handlers': ['main', 'braced'], 'propagate': False},
        'app.db': {'level': 'WARNING'},
        'buffered': {'handlers': ['buffer'], 'propagate': False, 'level': 5},
        'shout': {'handlers': ['upperh'], 'propagate': False},
        'cust': {'handlers': ['custom'], 'propagate': False},
    },
    'root': {'level': 'WARNING', 'handlers': ['main']},
}
logging.config.dictConfig(config)

print('disabled', old.disabled, logging.getLogger('app').disabled)
print('child reset', old_child.level, old_child.propagate, old_child.disabled)
print('levels', logging.getLogger('app').level, logging.getLogger('app.db').level,
      logging.getLogger('buffered').level, logging.root.level)
handlers = {h.name: h for h in logging.getLogger('app').handlers}
print('app handlers', sorted(handlers))
print('handler types', type(handlers['main']).__name__, handlers['main'].stream is out,
      handlers['braced'].stream is out, handlers['braced'].level)
cust = logging.getLogger('cust').handlers[0]
print('custom', cust.name, cust.prefix, cust.extra_attr, type(cust.formatter).__name__)
buf = logging.getLogger('buffered').handlers[0]
print('memory', type(buf).__name__, buf.capacity, buf.target.name, buf.flushLevel)

logging.getLogger('app').info('hello %s', 'world')
logging.getLogger('app.db').info('hidden')
logging.getLogger('app.db').warning('db warning')
logging.getLogger('other').warning('to root')
logging.getLogger('other').info('filtered by root level')
logging.getLogger('cust').warning('custom line')
logging.getLogger('shout').warning('be loud')
logging.getLogger('shout').warning('a secret')
show()
logging.getLogger('buffered').info('b1')
print('buffered so far', len(buf.buffer))
show()
logging.getLogger('buffered').error('b2')
show()

# incremental: only levels change
logging.config.dictConfig({
    'version': 1, 'incremental': True,
    'handlers': {'main': {'level': 'ERROR'}},
    'loggers': {'app': {'level': 'INFO'}},
    'root': {'level': 'CRITICAL'},
})
print('incremental', handlers['main'].level, logging.getLogger('app').level,
      logging.root.level, len(logging.getLogger('app').handlers))
logging.getLogger('app').warning('only braced sees this')
show()

# disable_existing_loggers False keeps other loggers on
keep = logging.getLogger('keep.me')
logging.config.dictConfig({
    'version': 1, 'disable_existing_loggers': False,
    'handlers': {'h': {'class': 'logging.StreamHandler', 'stream': 'ext://__main__.OUT'}},
    'root': {'handlers': ['h'], 'level': 'INFO'},
})
print('kept', keep.disabled, logging.getLogger('app').disabled, handlers['main'].stream is None
      or True)
keep.info('keep says hi')
show()

# cfg:// with indexes
logging.config.dictConfig({
    'version': 1,
    'custom': {'streams': [None, 'ignored'], 'levels': {'lv': 'ERROR'}},
    'handlers': {'h': {'class': 'logging.StreamHandler', 'stream': 'ext://__main__.OUT',
                       'level': 'cfg://custom.levels[lv]'}},
    'root': {'handlers': ['h'], 'level': 'DEBUG'},
})
print('cfg index', logging.root.handlers[0].level)

# errors
bad_configs = [
    {},
    {'version': 2},
    {'version': 1, 'handlers': {'h': {'class': 'logging.NoSuchHandler'}}},
    {'version': 1, 'handlers': {'h': {'class': 'nosuchmodule.Handler'}}},
    {'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'formatter': 'f'}}},
    {'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'level': 'LOUD'}}},
    {'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'filters': ['nf']}}},
    {'version': 1, 'handlers': {'h': {'class': 'logging.handlers.MemoryHandler',
                                       'capacity': 1, 'target': 'absent'}}},
    {'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'bad-key': 1}}},
    {'version': 1, 'formatters': {'f': {'format': '%(message)d %(', 'style': '%'}}},
    {'version': 1, 'formatters': {'f': {'format': 'x', 'style': '^'}}},
    {'version': 1, 'formatters': {'f': {'format': '{nope', 'style': '{'}}},
    {'version': 1, 'filters': {'f': {'()': 'no.such.Filter'}}},
    {'version': 1, 'loggers': {'x': {'handlers': ['missing']}}},
    {'version': 1, 'loggers': {'x': {'level': 'NOPE'}}},
    {'version': 1, 'root': {'level': 'NOPE'}},
    {'version': 1, 'incremental': True, 'handlers': {'nothere': {'level': 'INFO'}}},
    {'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler',
                                       'stream': 'cfg://nothing.here'}}},
    {'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'stream': 'cfg://!'}}},
]
for c in bad_configs:
    try:
        logging.config.dictConfig(c)
        print('no error for', c)
    except Exception as e:
        print(cause_chain(e))

print('valid_ident', logging.config.valid_ident('abc_1'))
try:
    logging.config.valid_ident('1abc')
except ValueError as e:
    print('ValueError', e)
bc = logging.config.BaseConfigurator({'a': {'b': [10, 20, {'c': 'deep'}]}, 'n': {'x7': 'seven'}})
print('convert', bc.convert('cfg://a.b[1]'), bc.convert('cfg://a.b[2].c'),
      bc.convert('cfg://n[x7]'), bc.convert('ext://logging.handlers.MemoryHandler').__name__,
      bc.convert('plain string'), bc.convert('zzz://kept'))
print('types', type(bc.convert({'k': 1})).__name__, type(bc.convert([1])).__name__,
      type(bc.convert((1,))).__name__, bc.as_tuple([1, 2]))
try:
    bc.convert('cfg://a.b[1')
except ValueError as e:
    print('ValueError', e)
try:
    bc.resolve('nosuchpkg.thing')
except ValueError as e:
    print('ValueError', e)
logging.shutdown()
