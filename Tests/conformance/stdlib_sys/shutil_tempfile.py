import os, shutil, tempfile, stat
with tempfile.TemporaryDirectory(prefix='swp') as d:
    print(os.path.isdir(d), os.path.basename(d).startswith('swp'), os.path.dirname(d) == tempfile.gettempdir())
    src = os.path.join(d, 'src')
    os.makedirs(os.path.join(src, 'sub', 'deep'))
    files = {'a.txt': 'alpha\n', 'b.log': 'x' * 100, 'sub/c.txt': 'gamma' * 7, 'sub/deep/d.bin': 'd' * 1000}
    for name, data in files.items():
        with open(os.path.join(src, name), 'w') as f:
            f.write(data)
    os.chmod(os.path.join(src, 'a.txt'), 0o640)
    p = shutil.copy(os.path.join(src, 'a.txt'), d)
    print(os.path.relpath(p, d), oct(stat.S_IMODE(os.stat(p).st_mode)))
    p2 = shutil.copy2(os.path.join(src, 'b.log'), os.path.join(d, 'b2.log'))
    print(os.path.relpath(p2, d), os.stat(p2).st_mtime_ns == os.stat(os.path.join(src, 'b.log')).st_mtime_ns)
    try:
        shutil.copyfile(p, p)
    except shutil.SameFileError as e:
        print('SameFileError', type(e).__mro__[1].__name__)
    dst = shutil.copytree(src, os.path.join(d, 'dst'), ignore=shutil.ignore_patterns('*.log'))
    listing = []
    for root, dirs, fs in os.walk(dst):
        dirs.sort()
        for f in sorted(fs):
            full = os.path.join(root, f)
            listing.append((os.path.relpath(full, dst), os.path.getsize(full)))
    print(listing)
    try:
        shutil.copytree(src, dst)
    except FileExistsError as e:
        print('FileExistsError', e.errno)
    shutil.copytree(src, dst, dirs_exist_ok=True)
    print(sorted(os.listdir(dst)))
    moved = shutil.move(os.path.join(d, 'b2.log'), os.path.join(dst, 'sub'))
    print(os.path.relpath(moved, d), os.path.exists(os.path.join(d, 'b2.log')))
    shutil.move(dst, os.path.join(d, 'dst2'))
    print(sorted(os.listdir(d)))
    shutil.rmtree(os.path.join(d, 'dst2'))
    print(sorted(os.listdir(d)))
    errs = []
    shutil.rmtree(os.path.join(d, 'nope'), onerror=lambda f, p, e: errs.append((f.__name__, e[0].__name__)))
    print(errs)
    shutil.rmtree(os.path.join(d, 'nope'), ignore_errors=True)
    print(shutil.which('sh') is not None, shutil.which('definitely-not-a-cmd-xyz'))
    fd, name = tempfile.mkstemp(suffix='.dat', dir=d)
    os.write(fd, b'123'); os.close(fd)
    print(name.endswith('.dat'), os.path.getsize(name), oct(stat.S_IMODE(os.stat(name).st_mode)))
    dd = tempfile.mkdtemp(dir=d)
    print(os.path.isdir(dd), oct(stat.S_IMODE(os.stat(dd).st_mode)))
    with tempfile.NamedTemporaryFile('w+', dir=d, suffix='.txt', delete=True) as nt:
        nt.write('hello named\n')
        nt.flush()
        nt.seek(0)
        print(nt.read(), os.path.exists(nt.name), nt.name.endswith('.txt'))
        n = nt.name
    print(os.path.exists(n))
    with tempfile.NamedTemporaryFile(dir=d, delete=False) as nt:
        nt.write(b'kept')
    print(open(nt.name, 'rb').read())
    with tempfile.TemporaryFile(dir=d) as tf:
        tf.write(b'anon'); tf.seek(0); print(tf.read())
    with tempfile.SpooledTemporaryFile(max_size=10) as sp:
        sp.write(b'small'); print(sp._rolled)
        sp.write(b'more than ten'); print(sp._rolled); sp.seek(0); print(sp.read())
    tdir = d
print(os.path.exists(tdir))
t = tempfile.TemporaryDirectory()
n = t.name
t.cleanup()
print(os.path.exists(n), tempfile.gettempprefix())
