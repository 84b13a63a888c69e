"""Shared memory for sharedctypes (Value/Array/RawValue/RawArray) and Barrier.

Blocks are carved (bump allocation, 16-byte aligned) from arenas: POSIX shared memory files
unlinked as soon as they are created and mapped, so nothing is left in /dev/shm whatever way the
process ends. A child gets an arena when a block is pickled while it is being spawned: the
arena's descriptor is inherited at the same number and the child maps it again (once per arena).
Freed blocks are not reused; an arena lives as long as the process.
"""

import itertools
import os
import threading

import _multiprocessing as _mp

from . import reduction

__all__ = ['BufferWrapper']

ARENA_SIZE = 1 << 20
ALIGNMENT = 16
_PAGE = 4096
_names = itertools.count()


class Arena:
    def __init__(self, size):
        name = '/mp-arena-%d-%d-%s' % (os.getpid(), next(_names), os.urandom(4).hex())
        fd = _mp.shm_open(name, os.O_CREAT | os.O_EXCL | os.O_RDWR, 0o600)
        try:
            _mp.shm_unlink(name)
            os.ftruncate(fd, size)
            self.address = _mp.map_shared(fd, size)
        except BaseException:
            os.close(fd)
            raise
        self.fd = fd
        self.size = size
        self.key = (os.getpid(), fd)
        _arenas[self.key] = self

    def __reduce__(self):
        reduction.pass_fd(self.fd, 'Arena')
        return _rebuild_arena, (self.key, self.fd, self.size)


_arenas = {}    # (creator pid, creator fd) -> Arena mapped in this process


def _rebuild_arena(key, fd, size):
    arena = _arenas.get(key)
    if arena is None:
        arena = Arena.__new__(Arena)
        arena.fd, arena.size, arena.key = fd, size, key
        arena.address = _mp.map_shared(fd, size)
        _arenas[key] = arena
    return arena


class Heap:
    def __init__(self):
        self._lock = threading.Lock()
        self._arena = None
        self._used = 0

    def malloc(self, size):
        if size < 0:
            raise ValueError("Size {0:n} out of range".format(size))
        size = max(1, (size + ALIGNMENT - 1) // ALIGNMENT * ALIGNMENT)
        with self._lock:
            if self._arena is None or self._arena.key[0] != os.getpid() or \
                    self._used + size > self._arena.size:
                arena = Arena(max(ARENA_SIZE, (size + _PAGE - 1) // _PAGE * _PAGE))
                if size * 2 > ARENA_SIZE:    # a big block gets an arena of its own
                    return arena, 0
                self._arena, self._used = arena, 0
            offset = self._used
            self._used += size
            return self._arena, offset


_heap = Heap()


class BufferWrapper:
    """`size` bytes of shared memory; pickles as (arena, offset, size)."""

    def __init__(self, size):
        self._state = _heap.malloc(size) + (size,)

    def create_memoryview(self):
        arena, offset, size = self._state
        return _mp.view(arena.address + offset, size)

    def __reduce__(self):
        return _rebuild_wrapper, self._state


def _rebuild_wrapper(arena, offset, size):
    w = BufferWrapper.__new__(BufferWrapper)
    w._state = (arena, offset, size)
    return w
