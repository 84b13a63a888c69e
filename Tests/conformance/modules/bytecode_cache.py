# Imports write __pycache__/<module>.<tag>.pyc unless sys.dont_write_bytecode; a changed source,
# a garbage cache file or a source that no longer compiles are all noticed on the next import.
import os
import shutil
import sys
import tempfile

sys.dont_write_bytecode = False
base = tempfile.mkdtemp()
sys.path.insert(0, base)
src = os.path.join(base, 'cachedmod.py')


def write(text):
    with open(src, 'w') as f:
        f.write(text)


def load():
    sys.modules.pop('cachedmod', None)
    import cachedmod
    return cachedmod


def cache_files():
    d = os.path.join(base, '__pycache__')
    return sorted(n.split('.')[0] + '.' + n.rsplit('.', 1)[1] for n in os.listdir(d)) if os.path.isdir(d) else []


write('VALUE = 1\ndef f(x=(1, 2.5, "s", b"b", None, ...)):\n    return [repr(y) for y in x if y]\n')
m = load()
print(m.VALUE, m.f(), cache_files())
m = load()                         # from the cache this time
print('cached', m.VALUE, m.f(), m.f.__code__.co_filename == src, m.f.__code__.co_firstlineno)
write('VALUE = 22222\n')           # another size: the cache is stale
m = load()
print('changed', m.VALUE, hasattr(m, 'f'))
for name in os.listdir(os.path.join(base, '__pycache__')):
    with open(os.path.join(base, '__pycache__', name), 'wb') as f:
        f.write(b'garbage')
m = load()
print('garbage cache ignored', m.VALUE)
write('VALUE = (\n')
try:
    load()
except SyntaxError as e:
    print('SyntaxError', e.msg, e.lineno)
write('def g():\n    raise ValueError("from cached code")\n')
load()
try:
    load().g()
except ValueError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print('traceback line', tb.tb_lineno, tb.tb_frame.f_code.co_name, e)

sys.dont_write_bytecode = True
shutil.rmtree(os.path.join(base, '__pycache__'))
write('VALUE = 3\n')
print('not written', load().VALUE, cache_files())
shutil.rmtree(base)
