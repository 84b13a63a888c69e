# importlib and runpy the way plugin loaders and tools use them: a plugin folder loaded by path,
# modules imported by name (absolute and relative), a module reloaded after its file changes,
# and scripts/modules/packages run with runpy.
import importlib
import importlib.util
import importlib.machinery
import os
import runpy
import sys
import tempfile

root = tempfile.mkdtemp()


def write(rel, text):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        f.write(text)
    return path


def rel(path):
    return None if path is None else os.path.relpath(path, root)


write('plugins/greet.py', 'NAME = "greet"\ndef run(x):\n    return "hello " + x\n')
write('plugins/shout.py', 'NAME = "shout"\ndef run(x):\n    return x.upper() + "!"\n')
write('plugins/notes.txt', 'not a plugin\n')
write('app/__init__.py', 'VERSION = (1, 2)\n')
write('app/core.py', 'from . import util\ndef main():\n    return util.helper() * 2\n')
write('app/util.py', 'def helper():\n    return 21\n')
write('app/__main__.py', 'import sys\nprint("app main as", __name__, sys.argv[0].endswith("__main__.py"))\n')
write('config.py', 'LEVEL = 1\n')
write('tool.py', 'import sys\nprint("tool:", __name__, [a for a in sys.argv[1:]])\n'
      'RESULT = seed * 2 if "seed" in globals() else None\n'
      'if __name__ == "__main__":\n    print("tool main")\n')
write('scriptdir/__main__.py', 'print("scriptdir main", __name__)\nVALUE = 7\n')

# 1. plugins loaded from files by path
plugins = {}
for fname in sorted(os.listdir(os.path.join(root, 'plugins'))):
    path = os.path.join(root, 'plugins', fname)
    spec = importlib.util.spec_from_file_location('plugin_' + fname.partition('.')[0], path)
    if spec is None:
        print('skipped', fname)
        continue
    print('spec', spec.name, rel(spec.origin), spec.parent == '', spec.submodule_search_locations,
          type(spec.loader).__name__, spec.has_location)
    mod = importlib.util.module_from_spec(spec)
    print('  before exec', mod.__name__, hasattr(mod, 'NAME'), rel(mod.__file__), mod.__spec__ is spec)
    spec.loader.exec_module(mod)
    plugins[mod.NAME] = mod
for name, mod in sorted(plugins.items()):
    print(name, mod.run('world'), name in sys.modules)

# 2. import by name, absolute and relative
sys.path.insert(0, root)
core = importlib.import_module('app.core')
print('core', core.main(), core.__name__, core.__package__)
util = importlib.import_module('.util', 'app')
print('relative', util is sys.modules['app.util'], util.helper())
print('nested', importlib.import_module('..util', 'app.core').__name__)
spec = importlib.util.find_spec('app')
print('find_spec app', spec.name, rel(spec.origin), [rel(p) for p in spec.submodule_search_locations], spec.parent)
spec = importlib.util.find_spec('config')
print('find_spec config', spec.name, rel(spec.origin), spec.submodule_search_locations, 'config' in sys.modules)
print('find_spec missing', importlib.util.find_spec('no_such_module_xyz'))
print('find_spec builtin', importlib.util.find_spec('_thread').origin, importlib.util.find_spec('sys').origin)
print('resolve', importlib.util.resolve_name('..x', 'a.b.c'), importlib.util.resolve_name('abs', None))
print('suffixes', '.py' in importlib.machinery.SOURCE_SUFFIXES, '.py' in importlib.machinery.all_suffixes())

# 3. reload sees the new source and keeps the module object
config = importlib.import_module('config')
print('config', config.LEVEL)
config.extra = 'kept'
write('config.py', 'LEVEL = 2\nADDED = True\n')
again = importlib.reload(config)
print('reloaded', again is config, config.LEVEL, config.ADDED, config.extra)

# 4. errors
for call in (lambda: importlib.import_module('no_such_module_xyz'),
             lambda: importlib.import_module('.util'),
             lambda: importlib.import_module('app.nothing'),
             lambda: importlib.import_module('config.sub'),
             lambda: importlib.reload(42),
             lambda: importlib.util.find_spec('config.sub'),
             lambda: importlib.util.resolve_name('.x', None),
             lambda: runpy.run_module('no_such_module_xyz'),
             lambda: runpy.run_module('.rel'),
             lambda: runpy.run_path(os.path.join(root, 'missing.py'))):
    try:
        call()
    except Exception as e:
        msg = str(e).replace(root, '<root>')
        print(type(e).__name__ + ':', msg)

# 5. runpy
g = runpy.run_path(os.path.join(root, 'tool.py'), init_globals={'seed': 21}, run_name='__main__')
print('run_path result', g['RESULT'], g['__name__'], rel(g['__file__']))
g = runpy.run_path(os.path.join(root, 'tool.py'))
print('run_path default name', g['__name__'], g['RESULT'])
g = runpy.run_module('tool', init_globals={'seed': 5})
print('run_module', g['__name__'], g['RESULT'], 'tool' in sys.modules)
argv0 = sys.argv[0]
g = runpy.run_module('tool', run_name='__main__', alter_sys=True)
print('alter_sys restored', sys.argv[0] == argv0, g['__name__'])
g = runpy.run_module('app', run_name='__main__')
print('package run', g['__name__'], g['__package__'], rel(g['__file__']))
g = runpy.run_path(os.path.join(root, 'scriptdir'))
print('dir run', g['VALUE'], g['__name__'], root in sys.path[:1])

import shutil
shutil.rmtree(root)
