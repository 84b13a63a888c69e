"""Serialization for multiprocessing: pickle plus descriptor passing while a child is spawned.

Objects holding file descriptors (connections, queues) may only be pickled while a process is
being started: their descriptors are then inherited by the child at the same numbers.
"""

import pickle
import threading

_local = threading.local()


def dumps(obj):
    return pickle.dumps(obj, pickle.HIGHEST_PROTOCOL)


def loads(data):
    return pickle.loads(data)


def begin_spawn():
    _local.fds = []


def end_spawn():
    fds = getattr(_local, 'fds', None) or []
    _local.fds = None
    return fds


def is_spawning():
    return getattr(_local, 'fds', None) is not None


def assert_spawning(obj):
    if not is_spawning():
        raise RuntimeError('%s objects should only be shared between processes '
                           'through inheritance' % type(obj).__name__)


def pass_fd(fd, what):
    """Note fd for inheritance by the child being spawned (else RuntimeError, as CPython)."""
    fds = getattr(_local, 'fds', None)
    if fds is None:
        raise RuntimeError('%s objects should only be shared between processes '
                           'through inheritance' % what)
    fds.append(fd)
    return fd
