# OSError.filename (and filename2) from the posix functions and open() is the path after
# os.fspath(): the str or bytes, never the PathLike object itself.
import os
import pathlib

P = pathlib.Path
calls = [
    (os.stat, (P('/nope'),)), (os.lstat, (P('/nope'),)), (os.listdir, (P('/nope'),)), (open, (P('/nope'),)),
    (os.rename, (P('/nope'), P('/nope2'))), (os.replace, (P('/nope'), b'/x')), (os.mkdir, (P('/nope/x'),)),
    (os.rmdir, (P('/nope'),)), (os.unlink, (P('/nope'),)), (os.remove, (P('/nope'),)),
    (os.chmod, (P('/nope'), 0o777)), (os.scandir, (P('/nope'),)), (os.readlink, (P('/nope'),)),
    (os.symlink, (P('/nope'), P('/nope/x'))), (os.link, (P('/nope'), P('/nope2'))), (os.utime, (P('/nope'),)),
    (os.truncate, (P('/nope'), 0)), (os.chdir, (P('/nope'),)), (os.open, (P('/nope'), 0)),
    (os.stat, (b'/nope',)), (open, (b'/nope',)), (os.listdir, (b'/nope',)), (os.stat, ('/nope',)),
    (open, (P('/'),)), (os.makedirs, (P('/proc/nope/x'),)),
]
for f, args in calls:
    try:
        f(*args)
        print(f.__name__, 'ok')
    except OSError as e:
        print(f.__name__, type(e).__name__, e.errno, repr(e.filename), repr(e.filename2), '|', e)


class Custom:
    def __fspath__(self):
        return '/nope/custom'


try:
    os.stat(Custom())
except OSError as e:
    print(type(e.filename).__name__, e)
try:
    P('/nope').read_text()
except OSError as e:
    print(type(e.filename).__name__, e)
