"""Operating-system interface: the posix built-in module plus os.path (posixpath) and environ."""

import sys
import posix
from posix import *
from posix import _exit, _spawn, _stat
import posixpath as path

sys.modules['os.path'] = path

name = 'posix'
linesep = '\n'
sep = path.sep
curdir = path.curdir
pardir = path.pardir
extsep = path.extsep
altsep = path.altsep
pathsep = path.pathsep
defpath = path.defpath
devnull = path.devnull

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


def _decode(b):
    return b.decode('utf-8', 'surrogateescape')


from _collections_abc import MutableMapping as _MutableMapping, Mapping as _Mapping


class _Environ(_MutableMapping):
    """The process environment as a mapping: changes go through putenv/unsetenv, so time.tzset()
    and child processes see them. environ (str) and environb (bytes) share one bytes dict."""

    def __init__(self, data, encodekey, decodekey, encodevalue, decodevalue):
        self.encodekey = encodekey
        self.decodekey = decodekey
        self.encodevalue = encodevalue
        self.decodevalue = decodevalue
        self._data = data

    def __getitem__(self, key):
        try:
            value = self._data[self.encodekey(key)]
        except KeyError:
            raise KeyError(key) from None
        return self.decodevalue(value)

    def __setitem__(self, key, value):
        key = self.encodekey(key)
        value = self.encodevalue(value)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        encodedkey = self.encodekey(key)
        unsetenv(encodedkey)
        try:
            del self._data[encodedkey]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        for key in list(self._data):
            yield self.decodekey(key)

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        items = ', '.join(f'{self.decodekey(k)!r}: {self.decodevalue(v)!r}' for k, v in self._data.items())
        return f'environ({{{items}}})'

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        new = dict(other)
        new.update(self)
        return new


def _encode_str(value):
    if not isinstance(value, str):
        raise TypeError("str expected, not %s" % type(value).__name__)
    return value.encode('utf-8', 'surrogateescape')


def _check_bytes(value):
    if not isinstance(value, bytes):
        raise TypeError("bytes expected, not %s" % type(value).__name__)
    return value


def _identity(value):
    return value


_environ_data = dict(posix.environ)
environ = _Environ(_environ_data, _encode_str, _decode, _encode_str, _decode)
environb = _Environ(_environ_data, _check_bytes, _identity, _check_bytes, _identity)
del _environ_data


def getenv(key, default=None):
    return environ.get(key, default)


supports_bytes_environ = True


def getenvb(key, default=None):
    return environb.get(key, default)


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return _decode(filename)
    return filename


import abc as _abc


class PathLike(_abc.ABC):
    """Abstract base of objects with __fspath__."""

    __slots__ = ()

    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, '__fspath__')
        return NotImplemented


POSIX_SPAWN_OPEN = 0
POSIX_SPAWN_CLOSE = 1
POSIX_SPAWN_DUP2 = 2


def posix_spawn(path, argv, env, *, file_actions=(), **unsupported):
    """Start path as a new process; returns its pid. file_actions: (POSIX_SPAWN_DUP2, fd, new_fd)
    entries only. The child starts with default signal handlers and an empty signal mask."""
    if unsupported:
        raise NotImplementedError("posix_spawn: unsupported options %s" % sorted(unsupported))
    if not isinstance(argv, (list, tuple)):
        raise TypeError("posix_spawn: argv must be a tuple or list")
    if not argv:
        raise ValueError("posix_spawn: argv must not be empty")
    envlist = [fsencode(k) + b'=' + fsencode(v) for k, v in env.items()]
    dups = []
    for action in file_actions or ():
        if action[0] != POSIX_SPAWN_DUP2:
            raise NotImplementedError("posix_spawn: only POSIX_SPAWN_DUP2 file actions are supported")
        dups.append((action[1], action[2]))
    return _spawn(path, list(argv), envlist, (), dups)


# -- stat ------------------------------------------------------------------------------------

from _structseq import make_structseq as _make_structseq


def _fill_stat_times(values):
    # Hidden float / ns fields left unset (None) take the value of the int seconds.
    for i in range(3):
        if values[10 + i] is None:
            values[10 + i] = values[7 + i]
    return values


stat_result = _make_structseq(
    'os.stat_result',
    ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
     'st_atime_int', 'st_mtime_int', 'st_ctime_int',
     'st_atime', 'st_mtime', 'st_ctime', 'st_atime_ns', 'st_mtime_ns', 'st_ctime_ns',
     'st_blksize', 'st_blocks', 'st_rdev'),
    n_sequence_fields=10, defaults=_fill_stat_times,
    repr_names=('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
                'st_atime', 'st_mtime', 'st_ctime'))
# The visible int time fields are reached by index only, as in CPython.
del stat_result.st_atime_int, stat_result.st_mtime_int, stat_result.st_ctime_int
stat_result.n_unnamed_fields = 3


def _stat_result(raw):
    mode, ino, dev, nlink, uid, gid, size, atime_ns, mtime_ns, ctime_ns, blksize, blocks, rdev = raw
    return stat_result((mode, ino, dev, nlink, uid, gid, size,
                        atime_ns // 1000000000, mtime_ns // 1000000000, ctime_ns // 1000000000,
                        _float_time(atime_ns), _float_time(mtime_ns), _float_time(ctime_ns),
                        atime_ns, mtime_ns, ctime_ns, blksize, blocks, rdev))


def _float_time(ns):
    # As CPython: seconds + nanoseconds * 1e-9, in floating point.
    sec, nsec = divmod(ns, 1000000000)
    return sec + nsec * 1e-9


def stat(path, *, dir_fd=None, follow_symlinks=True):
    """Perform a stat system call on the given path (or open file descriptor)."""
    return _stat_result(posix._stat(path, follow_symlinks))


def lstat(path, *, dir_fd=None):
    """Like stat(), but do not follow symbolic links."""
    return _stat_result(posix._stat(path, False))


def fstat(fd):
    """Perform a stat system call on the given file descriptor."""
    if not isinstance(fd, int):
        raise TypeError(f"'{type(fd).__name__}' object cannot be interpreted as an integer")
    return _stat_result(posix._stat(fd, True))


def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
    posix._chmod(path, mode, follow_symlinks)


def lchmod(path, mode):
    posix._chmod(path, mode, False)


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    """Set the access and modified time of path: times=(atime, mtime) in seconds, or
    ns=(atime_ns, mtime_ns); neither means now."""
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError("utime: 'times' must be either a tuple of two ints or None")
        atime, mtime = times
        posix._utime(path, _to_ns(atime), _to_ns(mtime), follow_symlinks)
    elif ns is not None:
        if not isinstance(ns, tuple) or len(ns) != 2:
            raise TypeError("utime: 'ns' must be a tuple of two ints")
        posix._utime(path, ns[0], ns[1], follow_symlinks)
    else:
        posix._utime(path, None, None, follow_symlinks)


def _to_ns(seconds):
    if isinstance(seconds, int):
        return seconds * 1000000000
    return int(round(seconds * 1e9))


uname_result = _make_structseq('posix.uname_result',
                               ('sysname', 'nodename', 'release', 'version', 'machine'))


def uname():
    return uname_result(posix._uname())


times_result = _make_structseq('posix.times_result',
                               ('user', 'system', 'children_user', 'children_system', 'elapsed'))


def times():
    """Process times in seconds: user, system, children_user, children_system, elapsed."""
    return times_result(posix._times())


def wait3(options):
    """Waits for any child: (pid, status, resource.struct_rusage)."""
    import resource
    pid, status, usage = posix._wait3(options)
    return pid, status, resource.struct_rusage(usage)


def wait4(pid, options):
    """Waits for child `pid`: (pid, status, resource.struct_rusage)."""
    import resource
    pid, status, usage = posix._wait4(pid, options)
    return pid, status, resource.struct_rusage(usage)


def getcwdb():
    return fsencode(getcwd())


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    if "b" not in mode:
        encoding = io.text_encoding(encoding)
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


# -- scandir -----------------------------------------------------------------------------------

_DT_UNKNOWN, _DT_DIR, _DT_REG, _DT_LNK = 0, 4, 8, 10
_S_IFMT, _S_IFDIR, _S_IFREG, _S_IFLNK = 0o170000, 0o040000, 0o100000, 0o120000


class DirEntry:
    """One entry of a scandir() listing; caches its stat results as CPython does."""

    __slots__ = ('name', 'path', '_d_type', '_inode', '_stat', '_lstat')

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 'posix.DirEntry' instances")

    @classmethod
    def _make(cls, folder, name, d_type, inode):
        self = object.__new__(cls)
        self.name = name
        if folder is None:
            self.path = name
        else:
            self.path = path.join(folder, name)
        self._d_type = d_type
        self._inode = inode
        self._stat = None
        self._lstat = None
        return self

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'

    def inode(self):
        return self._inode

    def is_symlink(self):
        if self._d_type != _DT_UNKNOWN:
            return self._d_type == _DT_LNK
        return self._test_mode(False, _S_IFLNK)

    def is_dir(self, *, follow_symlinks=True):
        if self._d_type != _DT_UNKNOWN and not (follow_symlinks and self._d_type == _DT_LNK):
            return self._d_type == _DT_DIR
        return self._test_mode(follow_symlinks, _S_IFDIR)

    def is_file(self, *, follow_symlinks=True):
        if self._d_type != _DT_UNKNOWN and not (follow_symlinks and self._d_type == _DT_LNK):
            return self._d_type == _DT_REG
        return self._test_mode(follow_symlinks, _S_IFREG)

    def _test_mode(self, follow_symlinks, kind):
        try:
            st = self.stat(follow_symlinks=follow_symlinks)
        except FileNotFoundError:
            return False
        return st.st_mode & _S_IFMT == kind

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                if self.is_symlink():
                    self._stat = stat(self.path)
                else:
                    self._stat = self.stat(follow_symlinks=False)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


DirEntry.__module__ = 'posix'


class _ScandirIterator:
    __slots__ = ('_rows', '_folder', '_closed')

    def __init__(self, rows, folder):
        self._rows = iter(rows)
        self._folder = folder
        self._closed = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._closed:
            raise StopIteration
        name, d_type, inode = next(self._rows)
        return DirEntry._make(self._folder, name, d_type, inode)

    def close(self):
        self._closed = True

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


def scandir(path=None):
    """Iterator of DirEntry objects for the entries of the folder `path` (default '.')."""
    if path is None:
        return _ScandirIterator(posix._scandir('.'), '.')
    if isinstance(path, int):
        raise NotImplementedError("scandir() of a file descriptor is not supported")
    folder = fspath(path)
    return _ScandirIterator(posix._scandir(folder), folder)


# -- trees -------------------------------------------------------------------------------------

def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: yields (dirpath, dirnames, filenames) for each folder."""
    stack = [fspath(top)]
    islink, join = path.islink, path.join
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):
            yield top
            continue
        dirs, nondirs, walk_dirs = [], [], []
        try:
            it = scandir(top)
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        with it:
            while True:
                try:
                    entry = next(it)
                except StopIteration:
                    break
                except OSError as error:
                    if onerror is not None:
                        onerror(error)
                    break
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    is_dir = False
                if is_dir:
                    dirs.append(entry.name)
                else:
                    nondirs.append(entry.name)
                if not topdown and is_dir:
                    if followlinks:
                        walk_into = True
                    else:
                        try:
                            walk_into = not entry.is_symlink()
                        except OSError:
                            walk_into = False
                    if walk_into:
                        walk_dirs.append(entry.path)
        if topdown:
            yield top, dirs, nondirs
            for dirname in reversed(dirs):
                new_path = join(top, dirname)
                if followlinks or not islink(new_path):
                    stack.append(new_path)
        else:
            stack.append((top, dirs, nondirs))
            for new_path in reversed(walk_dirs):
                stack.append(new_path)


def makedirs(name, mode=0o777, exist_ok=False):
    """Create a leaf folder and every missing intermediate one."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, 'ASCII')
        if tail == cdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Remove a leaf folder, then every empty parent folder named in the path."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """rename() that creates the new path's folders and prunes the old path's empty ones."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def get_exec_path(env=None):
    if env is None:
        env = environ
    path_list = env.get('PATH')
    if path_list is None:
        path_list = defpath
    return path_list.split(pathsep)


def get_terminal_size(fd=1):
    columns = int(environ.get('COLUMNS', 0) or 0) or 80
    lines = int(environ.get('LINES', 0) or 0) or 24
    return terminal_size((columns, lines))


terminal_size = _make_structseq('os.terminal_size', ('columns', 'lines'))
