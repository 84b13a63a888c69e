# logging.config.fileConfig from INI files written by the test
import io
import logging
import logging.config
import logging.handlers
import os
import sys
import tempfile

tmp = tempfile.TemporaryDirectory()
logfile = os.path.join(tmp.name, 'out.log')
OUT = io.StringIO()
sys.modules['__main__'].OUT = OUT

ini = """
# a comment
[DEFAULT]
logdir = %(here)s

[loggers]
keys = root, app, lib

[handlers]
keys=console, tofile, mem

[formatters]
keys = simple,braced

[logger_root]
level = WARNING
handlers = console

[logger_app]
level=DEBUG
handlers=tofile,mem
qualname=app
propagate=0

[logger_lib]
level = INFO
handlers =
qualname = lib.core

[handler_console]
class = StreamHandler
level = NOTSET
formatter = simple
args = (sys.modules['__main__'].OUT,)

[handler_tofile]
class = logging.FileHandler
level = INFO
formatter = braced
args = (r'%(logdir)s/out.log', 'w')

[handler_mem]
class = handlers.MemoryHandler
target = console
args = (10, ERROR)
kwargs = {'flushOnClose': True}

; another comment
[formatter_simple]
format = %(levelname)s [%(name)s] %(message)s
datefmt =

[formatter_braced]
format = {levelname}:{message}
style = {
"""
path = os.path.join(tmp.name, 'log.ini')
with open(path, 'w') as f:
    f.write(ini)

before = logging.getLogger('before.config')
logging.config.fileConfig(path, defaults={'here': tmp.name})
root = logging.getLogger()
app = logging.getLogger('app')
lib = logging.getLogger('lib.core')
print('root', root.level, [h.name for h in root.handlers])
print('app', app.level, app.propagate, sorted(h.name for h in app.handlers))
print('lib', lib.level, lib.propagate, lib.handlers)
print('disabled', before.disabled)
mem = [h for h in app.handlers if h.name == 'mem'][0]
print('mem', type(mem).__name__, mem.capacity, mem.flushLevel, mem.target.name)
fh = [h for h in app.handlers if h.name == 'tofile'][0]
print('file', os.path.basename(fh.baseFilename), fh.mode, fh.level)
app.debug('debug goes to memory only')
app.info('info to file')
lib.info('lib info propagates')
lib.warning('lib warning propagates')
app.error('error flushes memory')
logging.shutdown()
print('console:')
print(OUT.getvalue(), end='')
with open(logfile) as f:
    print('file:')
    print(f.read(), end='')

# a file object works too; disable_existing_loggers=False
OUT.seek(0)
OUT.truncate()
small = """[loggers]
keys=root

[handlers]
keys=h

[formatters]
keys=

[logger_root]
level=INFO
handlers=h

[handler_h]
class=StreamHandler
args=(sys.modules['__main__'].OUT,)
"""
logging.config.fileConfig(io.StringIO(small), disable_existing_loggers=False)
print('kept enabled', logging.getLogger('app').disabled, before.disabled)
logging.getLogger('x').info('plain %s', 'format')
print(OUT.getvalue(), end='')

# errors
try:
    logging.config.fileConfig(os.path.join(tmp.name, 'missing.ini'))
except FileNotFoundError as e:
    print('FileNotFoundError', str(e).replace(tmp.name, 'TMP'))
empty = os.path.join(tmp.name, 'empty.ini')
open(empty, 'w').close()
try:
    logging.config.fileConfig(empty)
except RuntimeError as e:
    print('RuntimeError', str(e).replace(tmp.name, 'TMP'))
try:
    logging.config.fileConfig(io.StringIO('[loggers]\nkeys=root\n'))
except KeyError as e:
    print('KeyError', e)
logging.shutdown()
tmp.cleanup()
