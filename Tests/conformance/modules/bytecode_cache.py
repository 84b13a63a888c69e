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

# -B and PYTHONDONTWRITEBYTECODE set sys.dont_write_bytecode and sys.flags.dont_write_bytecode.
env = {k: v for k, v in os.environ.items() if k != 'PYTHONDONTWRITEBYTECODE'}
for opts, extra in (([], {}), (['-B'], {}), ([], {'PYTHONDONTWRITEBYTECODE': '1'}), (['-E'], {'PYTHONDONTWRITEBYTECODE': '1'})):
    r, w = os.pipe()
    code = 'import sys; print(sys.dont_write_bytecode, sys.flags.dont_write_bytecode)'
    pid = os.posix_spawn(sys.executable, [sys.executable] + opts + ['-c', code], dict(env, **extra),
                         file_actions=[(os.POSIX_SPAWN_DUP2, w, 1)])
    os.close(w)
    out = b''
    while chunk := os.read(r, 1024):
        out += chunk
    os.close(r)
    os.waitpid(pid, 0)
    print(opts, sorted(extra), out.decode().strip())
