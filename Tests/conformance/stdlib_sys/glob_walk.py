# glob over a generated tree: patterns, recursive **, hidden files, root_dir, escape
import glob
import os
import tempfile

with tempfile.TemporaryDirectory() as root:
    for rel in ['a.txt', 'b.py', 'c.py', '.hidden.py', 'sub/d.py', 'sub/e.txt', 'sub/deep/f.py',
                'sub/deep/[x].py', 'other/g.md']:
        path = os.path.join(root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'w') as f:
            f.write(rel)
    rel = lambda paths: sorted(os.path.relpath(p, root) for p in paths)
    print(rel(glob.glob(os.path.join(root, '*.py'))))
    print(rel(glob.glob(os.path.join(root, '*'))))
    print(rel(glob.glob(os.path.join(root, '**', '*.py'), recursive=True)))
    print(rel(glob.glob(os.path.join(root, '**'), recursive=True)))
    print(rel(glob.glob(os.path.join(root, '*', '*.py'))))
    print(rel(glob.glob(os.path.join(root, '?.py'))))
    print(rel(glob.glob(os.path.join(root, '[ab].*'))))
    print(rel(glob.glob(os.path.join(root, '*.py'), include_hidden=True)))
    print(rel(glob.glob(os.path.join(root, '.*'))))
    print(sorted(glob.glob('**/*.py', root_dir=root, recursive=True)))
    print(sorted(glob.glob('sub/*', root_dir=root)))
    print(rel(glob.glob(os.path.join(root, 'sub', 'deep', glob.escape('[x].py')))))
    print(rel(glob.glob(os.path.join(root, 'nope', '*'))), glob.glob(os.path.join(root, 'missing.txt')))
    print(rel(glob.glob(os.path.join(root, 'sub') + '/')), glob.escape('a*b?[c]'), glob.has_magic('x[y'))
    print(sorted(os.path.relpath(p, root) for p in glob.iglob(os.path.join(root, 'sub', '**'), recursive=True)))
import platform
print(platform.system(), platform.python_version() == '%d.%d.%d' % __import__('sys').version_info[:3],
      platform.machine() == os.uname().machine, platform.uname().system)
