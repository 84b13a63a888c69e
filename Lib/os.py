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


# A snapshot of the process environment with str keys and values.
environ = {_decode(k): _decode(v) for k, v in posix.environ.items()}
environb = dict(posix.environ)


def getenv(key, default=None):
    return environ.get(key, default)


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


class PathLike:
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


class stat_result(tuple):
    """Result of stat(): a 10-tuple (st_mode ... st_ctime as ints) with named fields and the
    float times, nanosecond times, st_blksize, st_blocks and st_rdev as attributes."""

    n_sequence_fields = 10
    n_unnamed_fields = 3
    n_fields = 19
    _names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size')
    _extra = ('st_atime', 'st_mtime', 'st_ctime', 'st_atime_ns', 'st_mtime_ns', 'st_ctime_ns',
              'st_blksize', 'st_blocks', 'st_rdev')

    def __new__(cls, seq, dict=None):
        seq = tuple(seq)
        self = tuple.__new__(cls, seq[:10])
        for name, value in zip(cls._extra, seq[10:]):
            object.__setattr__(self, name, value)
        return self

    def __repr__(self):
        fields = ['%s=%r' % (n, self[i]) for i, n in enumerate(self._names)]
        fields += ['st_atime=%r' % self[7], 'st_mtime=%r' % self[8], 'st_ctime=%r' % self[9]]
        return 'os.stat_result(%s)' % ', '.join(fields)


for _i, _n in enumerate(stat_result._names):
    setattr(stat_result, _n, property(lambda self, _i=_i: tuple.__getitem__(self, _i)))
del _i, _n


def stat(path, *, dir_fd=None, follow_symlinks=True):
    if follow_symlinks:
        return stat_result(posix._stat(path))
    return stat_result(posix._lstat(path))


def lstat(path, *, dir_fd=None):
    return stat_result(posix._lstat(path))


def fstat(fd):
    return stat_result(posix._stat(fd))
