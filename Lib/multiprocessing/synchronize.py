"""Locks and friends shared between processes, over POSIX named semaphores (_multiprocessing).

A semaphore is created under a unique name by the process that makes the object; children
reopen it by name when the object is unpickled at spawn. The creator unlinks the name at exit.
Ownership (for Lock/RLock) is tracked per process, like CPython's SemLock.
"""

import itertools
import os
import threading
import time

import _multiprocessing as _mp

from . import process, reduction, util

__all__ = ['Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Condition', 'Event', 'Barrier']

SEMAPHORE, RECURSIVE_MUTEX = 0, 1
SEM_VALUE_MAX = _mp.SEM_VALUE_MAX
_names = itertools.count()


def _make_name():
    prefix = process.current_process()._config.get('semprefix', '/mp')
    return '%s-%d-%d-%s' % (prefix, os.getpid(), next(_names), os.urandom(4).hex())


class SemLock:
    def __init__(self, kind, value, maxvalue, *, ctx=None):
        self._name = _make_name()
        self._handle = _mp.sem_open(self._name, True, value)
        # Unlinked at exit by this process; by the resource tracker if this process is killed.
        from . import resource_tracker
        resource_tracker.register(self._name, 'semaphore')
        util.register_finalizer(_unlink, self._name)
        self._init(kind, maxvalue)

    def _init(self, kind, maxvalue):
        self._kind = kind
        self._maxvalue = maxvalue
        self._owner = None      # (pid, thread id) holding it, for locks
        self._count = 0

    def _is_mine(self):
        return self._count > 0 and self._owner == (os.getpid(), threading.get_ident())

    def acquire(self, block=True, timeout=None):
        if self._kind == RECURSIVE_MUTEX and self._is_mine():
            self._count += 1
            return True
        if not block:
            timeout = 0
        elif timeout is not None and timeout < 0:
            timeout = 0
        if not _mp.sem_wait(self._handle, timeout):
            return False
        self._owner = (os.getpid(), threading.get_ident())
        self._count += 1
        return True

    def release(self):
        if self._kind == RECURSIVE_MUTEX:
            if not self._is_mine():
                raise AssertionError("attempt to release recursive lock not owned by thread")
            if self._count > 1:
                self._count -= 1
                return
        elif self._maxvalue == 1 or self._maxvalue < SEM_VALUE_MAX:
            if _mp.sem_getvalue(self._handle) >= self._maxvalue:
                raise ValueError("semaphore or lock released too many times")
        self._count = max(0, self._count - 1)
        if self._count == 0:
            self._owner = None
        _mp.sem_post(self._handle)

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    def _get_value(self):
        return _mp.sem_getvalue(self._handle)

    def _is_zero(self):
        return self._get_value() == 0

    def __getstate__(self):
        if not reduction.is_spawning():
            raise RuntimeError('%s objects should only be shared between processes '
                               'through inheritance' % type(self).__name__)
        return (self._name, self._kind, self._maxvalue)

    def __setstate__(self, state):
        name, kind, maxvalue = state
        self._name = name
        self._handle = _mp.sem_open(name, False, 0)
        self._init(kind, maxvalue)


def _unlink(name):
    try:
        _mp.sem_unlink(name)
    except OSError:
        pass
    from . import resource_tracker
    try:
        resource_tracker.unregister(name, 'semaphore')
    except OSError:
        pass


class Semaphore(SemLock):
    def __init__(self, value=1, *, ctx=None):
        SemLock.__init__(self, SEMAPHORE, value, SEM_VALUE_MAX, ctx=ctx)

    def get_value(self):
        return self._get_value()

    def __repr__(self):
        return '<%s(value=%s)>' % (type(self).__name__, self._get_value())


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1, *, ctx=None):
        SemLock.__init__(self, SEMAPHORE, value, value, ctx=ctx)

    def __repr__(self):
        return '<%s(value=%s, maxvalue=%s)>' % (type(self).__name__, self._get_value(), self._maxvalue)


class Lock(SemLock):
    def __init__(self, *, ctx=None):
        SemLock.__init__(self, SEMAPHORE, 1, 1, ctx=ctx)

    def __repr__(self):
        if self._is_mine():
            name = process.current_process().name
            if threading.current_thread().name != 'MainThread':
                name += '|' + threading.current_thread().name
        elif self._get_value() == 1:
            name = 'None'
        else:
            name = 'SomeOtherThread' if self._count else 'SomeOtherProcess'
        return '<%s(owner=%s)>' % (type(self).__name__, name)


class RLock(SemLock):
    def __init__(self, *, ctx=None):
        SemLock.__init__(self, RECURSIVE_MUTEX, 1, 1, ctx=ctx)

    def __repr__(self):
        if self._is_mine():
            return '<%s(%s, %s)>' % (type(self).__name__, process.current_process().name, self._count)
        if self._get_value() == 1:
            return '<%s(None, 0)>' % type(self).__name__
        return '<%s(SomeOtherProcess, nonzero)>' % type(self).__name__


class Condition:
    """A condition variable across processes: waiters count themselves in semaphores."""

    def __init__(self, lock=None, *, ctx=None):
        self._lock = lock or RLock()
        self._sleeping_count = Semaphore(0)
        self._woken_count = Semaphore(0)
        self._wait_semaphore = Semaphore(0)

    def __getstate__(self):
        return (self._lock, self._sleeping_count, self._woken_count, self._wait_semaphore)

    def __setstate__(self, state):
        (self._lock, self._sleeping_count, self._woken_count, self._wait_semaphore) = state

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def acquire(self, *args, **kwargs):
        return self._lock.acquire(*args, **kwargs)

    def release(self):
        self._lock.release()

    def wait(self, timeout=None):
        assert self._lock._is_mine(), 'must acquire() condition before using wait()'
        self._sleeping_count.release()
        count = self._lock._count
        for _ in range(count):   # fully release a recursive lock
            self._lock.release()
        try:
            return self._wait_semaphore.acquire(True, timeout)
        finally:
            self._woken_count.release()
            for _ in range(count):
                self._lock.acquire()

    def notify(self, n=1):
        assert self._lock._is_mine(), 'lock is not owned'
        assert not self._wait_semaphore.acquire(False)
        # Take back wake-ups given to waiters that timed out.
        while self._woken_count.acquire(False):
            res = self._sleeping_count.acquire(False)
            assert res, 'notify: Bug in sleeping_count.acquire - res should not be False'
        sleepers = 0
        while sleepers < n and self._sleeping_count.acquire(False):
            self._wait_semaphore.release()
            sleepers += 1
        if sleepers:
            for _ in range(sleepers):
                self._woken_count.acquire()
            while self._wait_semaphore.acquire(False):
                pass

    def notify_all(self):
        self.notify(n=SEM_VALUE_MAX)

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        endtime = None if timeout is None else time.monotonic() + timeout
        waittime = None
        while not result:
            if endtime is not None:
                waittime = endtime - time.monotonic()
                if waittime <= 0:
                    break
            self.wait(waittime)
            result = predicate()
        return result


class Event:
    def __init__(self, *, ctx=None):
        self._cond = Condition(Lock())
        self._flag = Semaphore(0)

    def __getstate__(self):
        return (self._cond, self._flag)

    def __setstate__(self, state):
        self._cond, self._flag = state

    def is_set(self):
        with self._cond:
            if self._flag.acquire(False):
                self._flag.release()
                return True
            return False

    def set(self):
        with self._cond:
            self._flag.acquire(False)
            self._flag.release()
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag.acquire(False)

    def wait(self, timeout=None):
        with self._cond:
            if self._flag.acquire(False):
                self._flag.release()
            else:
                self._cond.wait(timeout)
            if self._flag.acquire(False):
                self._flag.release()
                return True
            return False


class Barrier:
    """A barrier across processes; state lives in a shared two-int array."""

    def __init__(self, parties, action=None, timeout=None, *, ctx=None):
        from .sharedctypes import RawArray
        self._cond = Condition()
        self._array = RawArray('i', 2)   # [state, count]: state 0 filling, 1 draining, -1 resetting, -2 broken
        self._parties = parties
        self._action = action
        self._timeout = timeout

    def __getstate__(self):
        return (self._cond, self._array, self._parties, self._action, self._timeout)

    def __setstate__(self, state):
        self._cond, self._array, self._parties, self._action, self._timeout = state

    parties = property(lambda self: self._parties)
    n_waiting = property(lambda self: self._array[1] if self._array[0] == 0 else 0)
    broken = property(lambda self: self._array[0] == -2)

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter()
            index = self._array[1]
            self._array[1] = index + 1
            try:
                if index + 1 == self._parties:
                    self._release()
                else:
                    self._wait(timeout)
                return index
            finally:
                self._array[1] -= 1
                self._exit()

    def _enter(self):
        while self._array[0] in (-1, 1):
            self._cond.wait()
        if self._array[0] < 0:
            raise threading.BrokenBarrierError

    def _release(self):
        try:
            if self._action:
                self._action()
            self._array[0] = 1
            self._cond.notify_all()
        except BaseException:
            self._break()
            raise

    def _wait(self, timeout):
        if not self._cond.wait_for(lambda: self._array[0] != 0, timeout):
            self._break()
            raise threading.BrokenBarrierError
        if self._array[0] < 0:
            raise threading.BrokenBarrierError

    def _exit(self):
        if self._array[1] == 0 and self._array[0] in (-1, 1):
            self._array[0] = 0
            self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._array[1] > 0:
                self._array[0] = -1 if self._array[0] == 0 else self._array[0]
            else:
                self._array[0] = 0
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._array[0] = -2
        self._cond.notify_all()
