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
    """The result of stat(): (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)."""

    n_sequence_fields = 10

    def __new__(cls, fields):
        fields = tuple(fields)
        self = tuple.__new__(cls, fields[:7] + tuple(int(t) for t in fields[7:10]))
        self.st_atime, self.st_mtime, self.st_ctime = fields[7:10]
        self.st_atime_ns, self.st_mtime_ns, self.st_ctime_ns = (int(t * 1e9) for t in fields[7:10])
        return self

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])

    def __repr__(self):
        names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size',
                 'st_atime', 'st_mtime', 'st_ctime')
        return 'os.stat_result(%s)' % ', '.join('%s=%r' % (n, v) for n, v in zip(names, self))


def stat(path, *, dir_fd=None, follow_symlinks=True):
    return stat_result(_stat(path, follow_symlinks))


def lstat(path, *, dir_fd=None):
    return stat_result(_stat(path, False))


def fstat(fd):
    return stat_result(_stat(int(fd), True))
