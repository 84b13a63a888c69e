"""Operating-system interface: the posix built-in module plus os.path (posixpath) and environ."""

import sys
import posix
from posix import *
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
