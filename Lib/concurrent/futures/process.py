"""ProcessPoolExecutor over multiprocessing (spawn), SwiftPy's own design.

One manager thread in the parent moves submitted work items into the call queue (a
multiprocessing Queue, so it never blocks), reads results from the result queue, and watches the
workers' sentinels: a worker that ends abruptly breaks the pool (BrokenProcessPool for every
pending future), as in CPython.
"""

import itertools
import os
import threading
import weakref
from functools import partial

from . import _base
import multiprocessing as mp
from multiprocessing import connection as _connection
import traceback as _traceback
from multiprocessing.queues import Queue as _Queue, SimpleQueue as _SimpleQueue

EXTRA_QUEUED_CALLS = 1
_MAX_WINDOWS_WORKERS = 61


class BrokenProcessPool(_base.BrokenExecutor):
    """A process in the pool ended abruptly."""


class _RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class _ExceptionWithTraceback:
    """An exception with its formatted traceback, rebuilt in the parent as __cause__."""

    def __init__(self, exc, tb):
        tb = ''.join(_traceback.format_exception(type(exc), exc, tb))
        self.exc = exc
        self.exc.__traceback__ = None
        self.tb = '\n"""\n%s"""' % tb

    def __reduce__(self):
        return _rebuild_exc, (self.exc, self.tb)


def _rebuild_exc(exc, tb):
    exc.__cause__ = _RemoteTraceback(tb)
    return exc


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs


def _process_worker(call_queue, result_queue, initializer, initargs, max_tasks=None):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _base.LOGGER.critical('Exception in initializer:', exc_info=True) if hasattr(_base, 'LOGGER') else None
            import traceback
            traceback.print_exc()
            return
    done = 0
    while True:
        item = call_queue.get()
        if item is None:
            return
        work_id, fn, args, kwargs = item
        try:
            r = (work_id, None, fn(*args, **kwargs))
        except BaseException as e:
            r = (work_id, _ExceptionWithTraceback(e, e.__traceback__), None)
        try:
            result_queue.put(r)
        except BaseException as e:
            result_queue.put((work_id, _ExceptionWithTraceback(e, e.__traceback__), None))
        del r, item, fn, args, kwargs
        done += 1
        if max_tasks is not None and done >= max_tasks:
            return


def _process_chunk(fn, chunk):
    return [fn(*args) for args in chunk]


def _get_chunks(*iterables, chunksize):
    it = zip(*iterables)
    while True:
        chunk = tuple(itertools.islice(it, chunksize))
        if not chunk:
            return
        yield chunk


class ProcessPoolExecutor(_base.Executor):
    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *,
                 max_tasks_per_child=None):
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if mp_context is None:
            mp_context = mp.get_context('spawn')
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError("max_tasks_per_child must be an integer")
            if max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
        self._max_workers = max_workers
        self._mp_context = mp_context
        self._initializer = initializer
        self._initargs = initargs
        self._max_tasks_per_child = max_tasks_per_child
        self._call_queue = _Queue(ctx=mp_context)
        self._result_queue = _SimpleQueue(ctx=mp_context)
        self._wake_r, self._wake_w = os.pipe()
        self._processes = {}
        self._pending = {}          # work id -> _WorkItem
        self._unsent = []           # work ids not yet in the call queue
        self._queued = 0            # items in the call queue or running
        self._ids = itertools.count()
        self._lock = threading.Lock()
        self._shutdown = False
        self._broken = False
        self._manager = None

    def _spawn_worker(self):
        p = self._mp_context.Process(
            target=_process_worker,
            args=(self._call_queue, self._result_queue, self._initializer, self._initargs,
                  self._max_tasks_per_child))
        p.start()
        self._processes[p.pid] = p

    def _start_manager(self):
        if self._manager is None:
            while len(self._processes) < self._max_workers:
                self._spawn_worker()
            self._manager = threading.Thread(target=self._manage, name='ProcessPoolManager', daemon=True)
            self._manager.start()
            mp.util.register_finalizer(self._finalize, priority=20)

    def _finalize(self):
        if self._manager is not None:
            self.shutdown(wait=True)

    def _wake(self):
        try:
            os.write(self._wake_w, b'x')
        except OSError:
            pass

    def submit(self, fn, /, *args, **kwargs):
        with self._lock:
            if self._broken:
                raise BrokenProcessPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            f = _base.Future()
            work_id = next(self._ids)
            self._pending[work_id] = _WorkItem(f, fn, args, kwargs)
            self._unsent.append(work_id)
            self._start_manager()
        self._wake()
        return f
    submit.__doc__ = _base.Executor.submit.__doc__

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        results = super().map(partial(_process_chunk, fn), _get_chunks(*iterables, chunksize=chunksize),
                              timeout=timeout)
        return itertools.chain.from_iterable(results)

    def _feed(self):
        with self._lock:
            while self._unsent and self._queued < self._max_workers + EXTRA_QUEUED_CALLS:
                work_id = self._unsent.pop(0)
                item = self._pending.get(work_id)
                if item is None or not item.future.set_running_or_notify_cancel():
                    self._pending.pop(work_id, None)
                    continue
                self._call_queue.put((work_id, item.fn, item.args, item.kwargs))
                self._queued += 1

    def _manage(self):
        reader = self._result_queue._reader
        while True:
            self._feed()
            with self._lock:
                done = self._shutdown and not self._pending
            if done:
                for _ in self._processes:
                    self._call_queue.put(None)
                for p in list(self._processes.values()):
                    p.join()
                self._processes.clear()
                self._call_queue.close()
                self._call_queue.join_thread()
                return
            sentinels = {p.sentinel: p for p in self._processes.values()}
            ready = _connection.wait([reader, self._wake_r] + list(sentinels))
            if self._wake_r in ready:
                os.read(self._wake_r, 4096)
            if reader in ready:
                try:
                    work_id, exc, value = self._result_queue.get()
                except BaseException as e:
                    self._break('A result could not be read: %r' % (e,))
                    return
                self._queued -= 1
                with self._lock:
                    item = self._pending.pop(work_id, None)
                if item is not None:
                    if exc is not None:
                        item.future.set_exception(exc)
                    else:
                        item.future.set_result(value)
                continue    # drain results before looking at ended workers
            for s in ready:
                p = sentinels.get(s)
                if p is None:
                    continue
                p.join()
                del self._processes[p.pid]
                if p.exitcode != 0 or self._max_tasks_per_child is None:
                    self._break('A process in the process pool was terminated abruptly '
                                'while the future was running or pending.')
                    return
                if not self._shutdown or self._pending:
                    self._spawn_worker()

    def _break(self, message):
        with self._lock:
            self._broken = ('A child process terminated abruptly, the process pool is not usable anymore')
            items = list(self._pending.values())
            self._pending.clear()
            self._unsent.clear()
        for item in items:
            if not item.future.done():
                exc = BrokenProcessPool(message)
                try:
                    item.future.set_exception(exc)
                except _base.InvalidStateError:
                    pass
        for p in list(self._processes.values()):
            p.terminate()
        for p in list(self._processes.values()):
            p.join()
        self._processes.clear()
        self._call_queue.close()
        self._call_queue.cancel_join_thread()

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._lock:
            self._shutdown = True
            if cancel_futures:
                for work_id in self._unsent:
                    item = self._pending.pop(work_id, None)
                    if item is not None:
                        item.future.cancel()
                self._unsent.clear()
        self._wake()
        if wait and self._manager is not None and self._manager is not threading.current_thread():
            self._manager.join()
    shutdown.__doc__ = _base.Executor.shutdown.__doc__
