"""Queues between processes: a pipe, a reader lock, a writer lock, and (Queue) a feeder thread
that pickles and writes items put by this process, so put() never blocks on a full pipe."""

import collections
import os
import threading
import time
import queue as _queue

from . import connection, reduction, synchronize, util

__all__ = ['Queue', 'SimpleQueue', 'JoinableQueue']

_sentinel = object()


class Queue:
    def __init__(self, maxsize=0, *, ctx=None):
        if maxsize <= 0:
            maxsize = synchronize.SEM_VALUE_MAX
        self._maxsize = maxsize
        self._reader, self._writer = connection.Pipe(duplex=False)
        self._rlock = synchronize.Lock()
        self._wlock = synchronize.Lock()
        self._sem = synchronize.BoundedSemaphore(maxsize)
        self._after_init()

    def _after_init(self):
        self._notempty = threading.Condition(threading.Lock())
        self._buffer = collections.deque()
        self._thread = None
        self._closed = False
        self._joincancelled = False
        self._finalizer = None

    def __getstate__(self):
        return (self._maxsize, self._reader, self._writer, self._rlock, self._wlock, self._sem)

    def __setstate__(self, state):
        (self._maxsize, self._reader, self._writer, self._rlock, self._wlock, self._sem) = state
        self._after_init()

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError("Queue %r is closed" % self)
        if not self._sem.acquire(block, timeout):
            raise _queue.Full
        with self._notempty:
            if self._thread is None:
                self._start_thread()
            self._buffer.append(obj)
            self._notempty.notify()

    def put_nowait(self, obj):
        return self.put(obj, False)

    def get(self, block=True, timeout=None):
        if self._closed:
            raise ValueError("Queue %r is closed" % self)
        if block and timeout is None:
            with self._rlock:
                data = self._reader.recv_bytes()
            self._sem.release()
        else:
            deadline = None if not block else time.monotonic() + timeout
            if not self._rlock.acquire(block, timeout):
                raise _queue.Empty
            try:
                remaining = 0.0 if deadline is None else max(0.0, deadline - time.monotonic())
                if not self._reader.poll(remaining):
                    raise _queue.Empty
                data = self._reader.recv_bytes()
                self._sem.release()
            finally:
                self._rlock.release()
        return reduction.loads(data)

    def get_nowait(self):
        return self.get(False)

    def qsize(self):
        return self._maxsize - self._sem._get_value()

    def empty(self):
        return not self._reader.poll()

    def full(self):
        return self._sem._is_zero()

    def close(self):
        self._closed = True
        with self._notempty:
            self._buffer.append(_sentinel)
            self._notempty.notify()

    def join_thread(self):
        assert self._closed, "Queue {0!r} not closed".format(self)
        if self._thread is not None:
            self._thread.join()

    def cancel_join_thread(self):
        self._joincancelled = True

    def _start_thread(self):
        self._thread = threading.Thread(target=self._feed, name='QueueFeederThread', daemon=True)
        self._thread.start()
        # Flush what was put before this process ends.
        self._finalizer = util.register_finalizer(self._finalize_feeder, priority=-5)

    def _finalize_feeder(self):
        if self._joincancelled or self._thread is None:
            return
        if not self._closed:
            self.close()
        self._thread.join()

    def _feed(self):
        while True:
            with self._notempty:
                while not self._buffer:
                    self._notempty.wait()
                obj = self._buffer.popleft()
            if obj is _sentinel:
                return
            try:
                data = reduction.dumps(obj)
            except Exception:
                import traceback
                traceback.print_exc()
                self._sem.release()
                continue
            try:
                with self._wlock:
                    self._writer.send_bytes(data)
            except OSError:
                return


class JoinableQueue(Queue):
    def __init__(self, maxsize=0, *, ctx=None):
        Queue.__init__(self, maxsize, ctx=ctx)
        self._unfinished_tasks = synchronize.Semaphore(0)
        self._cond = synchronize.Condition()

    def __getstate__(self):
        return Queue.__getstate__(self) + (self._cond, self._unfinished_tasks)

    def __setstate__(self, state):
        Queue.__setstate__(self, state[:-2])
        self._cond, self._unfinished_tasks = state[-2:]

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError("Queue %r is closed" % self)
        if not self._sem.acquire(block, timeout):
            raise _queue.Full
        with self._cond:
            with self._notempty:
                if self._thread is None:
                    self._start_thread()
                self._buffer.append(obj)
                self._unfinished_tasks.release()
                self._notempty.notify()

    def task_done(self):
        with self._cond:
            if not self._unfinished_tasks.acquire(False):
                raise ValueError('task_done() called too many times')
            if self._unfinished_tasks._is_zero():
                self._cond.notify_all()

    def join(self):
        with self._cond:
            if not self._unfinished_tasks._is_zero():
                self._cond.wait()


class SimpleQueue:
    """A pipe with locks: put() writes directly (may block while the pipe is full)."""

    def __init__(self, *, ctx=None):
        self._reader, self._writer = connection.Pipe(duplex=False)
        self._rlock = synchronize.Lock()
        self._wlock = synchronize.Lock()

    def __getstate__(self):
        return (self._reader, self._writer, self._rlock, self._wlock)

    def __setstate__(self, state):
        (self._reader, self._writer, self._rlock, self._wlock) = state

    def close(self):
        self._reader.close()
        self._writer.close()

    def empty(self):
        return not self._reader.poll()

    def get(self):
        with self._rlock:
            data = self._reader.recv_bytes()
        return reduction.loads(data)

    def put(self, obj):
        data = reduction.dumps(obj)
        with self._wlock:
            self._writer.send_bytes(data)
