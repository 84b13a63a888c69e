"""Pool: a fixed set of worker processes fed through two SimpleQueues (SwiftPy's own design).

Threads in the parent: the task handler (tasks -> inqueue), the result handler (outqueue ->
results; workers announce each task before running it), and the worker handler (replaces
workers that ended; a task whose worker died fails with an error instead of hanging).
"""

import collections
import itertools
import os
import queue
import threading
import time
import traceback

from . import context, process, reduction, util
from .queues import SimpleQueue

__all__ = ['Pool', 'ThreadPool']

RUN, CLOSE, TERMINATE = 0, 1, 2
_job_counter = itertools.count()


class RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


class ExceptionWithTraceback:
    """Carries an exception and its formatted traceback to the parent."""

    def __init__(self, exc, tb):
        tb = ''.join(traceback.format_exception(type(exc), exc, tb))
        self.exc = exc
        self.tb = '\n"""\n%s"""' % tb

    def __reduce__(self):
        return rebuild_exc, (self.exc, self.tb)


def rebuild_exc(exc, tb):
    exc.__cause__ = RemoteTraceback(tb)
    return exc


class MaybeEncodingError(Exception):
    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super().__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value, self.exc)


def mapstar(args):
    return list(map(*args))


def starmapstar(args):
    return list(itertools.starmap(args[0], args[1]))


def worker(inqueue, outqueue, initializer=None, initargs=(), maxtasks=None):
    if initializer is not None:
        initializer(*initargs)
    pid = os.getpid()
    completed = 0
    while maxtasks is None or completed < maxtasks:
        try:
            task = inqueue.get()
        except (EOFError, OSError):
            break
        if task is None:
            break
        job, i, func, args, kwds = task
        outqueue.put(('s', job, i, pid))
        try:
            result = (True, func(*args, **kwds))
        except Exception as e:
            result = (False, ExceptionWithTraceback(e, e.__traceback__))
        try:
            outqueue.put(('r', job, i, result))
        except Exception as e:
            outqueue.put(('r', job, i, (False, MaybeEncodingError(e, result[1]))))
        task = job = result = func = args = kwds = None
        completed += 1


class Pool:
    _wrap_exception = True

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None, context=None):
        self._ctx = context or _default_ctx()
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None and (not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0):
            raise ValueError("maxtasksperchild must be a positive int or None")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes = processes
        self._initializer = initializer
        self._initargs = initargs
        self._maxtasksperchild = maxtasksperchild
        self._state = RUN
        self._cache = {}
        self._running = {}          # worker pid -> (job, index) it announced
        self._lock = threading.Lock()
        self._inqueue = SimpleQueue()
        self._outqueue = SimpleQueue()
        self._taskqueue = queue.SimpleQueue()
        self._pool = []
        self._repopulate()
        self._worker_handler = threading.Thread(target=self._handle_workers, daemon=True)
        self._task_handler = threading.Thread(target=self._handle_tasks, daemon=True)
        self._result_handler = threading.Thread(target=self._handle_results, daemon=True)
        for t in (self._worker_handler, self._task_handler, self._result_handler):
            t.start()
        self._finalizer = util.register_finalizer(self._terminate_pool, priority=15)

    def _repopulate(self):
        while len(self._pool) < self._processes:
            w = self._ctx.Process(target=worker, args=(self._inqueue, self._outqueue, self._initializer,
                                                       self._initargs, self._maxtasksperchild))
            w.name = w.name.replace('Process', 'PoolWorker')
            w.daemon = True
            w.start()
            self._pool.append(w)

    def _handle_workers(self):
        while self._state == RUN or (self._cache and self._state != TERMINATE):
            self._reap_workers()
            if self._state == RUN:
                self._repopulate()
            time.sleep(0.05)
        self._taskqueue.put(None)

    def _reap_workers(self):
        for w in list(self._pool):
            code = w.exitcode
            if code is None:
                continue
            w.join()
            self._pool.remove(w)
            if code != 0:
                time.sleep(0.05)    # let the result handler read what the worker sent
                with self._lock:
                    lost = self._running.pop(w.pid, None)
                if lost is not None:
                    job, i = lost
                    err = RuntimeError('worker process %s ended (exit code %s) while running a task'
                                       % (w.name, code))
                    if job in self._cache:
                        self._cache[job]._set(i, (False, err))

    def _handle_tasks(self):
        while True:
            item = self._taskqueue.get()
            if item is None:
                break
            tasks, set_length = item
            n = -1
            try:
                for n, task in enumerate(tasks):
                    if self._state == TERMINATE:
                        break
                    self._inqueue.put(task)
                else:
                    if set_length:
                        set_length(n + 1)
            except Exception as e:
                job = task[0] if n >= 0 and 'task' in locals() else None
                for res in list(self._cache.values()):
                    if hasattr(res, '_set_failed_iter'):
                        res._set_failed_iter(n + 1, e)
        for _ in range(len(self._pool) + 1):
            try:
                self._inqueue.put(None)
            except OSError:
                break

    def _handle_results(self):
        while True:
            try:
                msg = self._outqueue.get()
            except (EOFError, OSError):
                return
            if msg is None:
                return
            kind, job, i, rest = msg
            with self._lock:
                if kind == 's':
                    self._running[rest] = (job, i)
                    continue
                for pid, running in list(self._running.items()):
                    if running == (job, i):
                        del self._running[pid]
                        break
            res = self._cache.get(job)
            if res is not None:
                res._set(i, rest)

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._taskqueue.put(([(result._job, 0, func, args, kwds)], None))
        return result

    def map(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, mapstar, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, starmapstar, chunksize).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, mapstar, chunksize, callback, error_callback)

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, starmapstar, chunksize, callback, error_callback)

    def _map_async(self, func, iterable, mapper, chunksize=None, callback=None, error_callback=None):
        self._check_running()
        if not hasattr(iterable, '__len__'):
            iterable = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(iterable), len(self._pool) * 4)
            if extra:
                chunksize += 1
        if len(iterable) == 0:
            chunksize = 0
        chunks = _get_tasks(func, iterable, chunksize)
        result = MapResult(self, chunksize, len(iterable), callback, error_callback)
        self._taskqueue.put(([(result._job, i, mapper, (x,), {}) for i, x in enumerate(chunks)], None))
        return result

    def imap(self, func, iterable, chunksize=1):
        return self._imap(IMapIterator, func, iterable, chunksize)

    def imap_unordered(self, func, iterable, chunksize=1):
        return self._imap(IMapUnorderedIterator, func, iterable, chunksize)

    def _imap(self, cls, func, iterable, chunksize):
        self._check_running()
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        result = cls(self)
        if chunksize == 1:
            tasks = ((result._job, i, func, (x,), {}) for i, x in enumerate(iterable))
            self._taskqueue.put((tasks, result._set_length))
            return result
        chunks = _get_tasks(func, iterable, chunksize)
        tasks = ((result._job, i, mapstar, (x,), {}) for i, x in enumerate(chunks))
        self._taskqueue.put((tasks, result._set_length))
        return (item for chunk in result for item in chunk)

    def close(self):
        if self._state == RUN:
            self._state = CLOSE

    def terminate(self):
        self._state = TERMINATE
        self._terminate_pool()

    def join(self):
        if self._state == RUN:
            raise ValueError("Pool is still running")
        self._worker_handler.join()
        self._task_handler.join()
        for w in list(self._pool):
            w.join()
        self._stop_result_handler()
        self._result_handler.join()

    def _stop_result_handler(self):
        # No lock: a terminated worker may have died holding the writer lock; a message this
        # small is written atomically to the pipe.
        try:
            self._outqueue._writer.send_bytes(reduction.dumps(None))
        except OSError:
            pass

    def _terminate_pool(self):
        util.cancel_finalizer(self._finalizer)
        self._state = TERMINATE
        for w in list(self._pool):
            if w.exitcode is None:
                w.terminate()
        for w in list(self._pool):
            w.join()
        self._worker_handler.join()
        self._taskqueue.put(None)
        self._stop_result_handler()
        for res in list(self._cache.values()):
            res._abandon()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, *exc):
        self.terminate()

    def __reduce__(self):
        raise NotImplementedError('pool objects cannot be passed between processes or pickled')


def _default_ctx():
    return context._default_context.get_context()


def _get_tasks(func, it, size):
    it = iter(it)
    while True:
        x = tuple(itertools.islice(it, size))
        if not x:
            return
        yield (func, x)


class ApplyResult:
    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._event = threading.Event()
        self._job = next(_job_counter)
        self._cache = pool._cache
        self._callback = callback
        self._error_callback = error_callback
        self._cache[self._job] = self

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise context.TimeoutError
        if self._success:
            return self._value
        raise self._value

    def _set(self, i, obj):
        self._success, self._value = obj
        if self._callback and self._success:
            self._callback(self._value)
        if self._error_callback and not self._success:
            self._error_callback(self._value)
        self._event.set()
        self._cache.pop(self._job, None)

    def _abandon(self):
        if not self.ready():
            self._set(0, (False, RuntimeError('the pool was terminated before the task finished')))


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    def __init__(self, pool, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback, error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        if chunksize <= 0:
            self._number_left = 0
            self._event.set()
            self._cache.pop(self._job, None)
        else:
            self._number_left = length // chunksize + bool(length % chunksize)

    def _set(self, i, success_result):
        self._number_left -= 1
        success, result = success_result
        if success and self._success:
            self._value[i * self._chunksize:(i + 1) * self._chunksize] = result
            if self._number_left == 0:
                if self._callback:
                    self._callback(self._value)
                self._cache.pop(self._job, None)
                self._event.set()
        else:
            if not success and self._success:
                self._success = False
                self._value = result
            if self._number_left == 0:
                if self._error_callback:
                    self._error_callback(self._value)
                self._cache.pop(self._job, None)
                self._event.set()


class IMapIterator:
    def __init__(self, pool):
        self._cond = threading.Condition(threading.Lock())
        self._job = next(_job_counter)
        self._cache = pool._cache
        self._items = collections.deque()
        self._index = 0
        self._length = None
        self._unsorted = {}
        self._cache[self._job] = self

    def __iter__(self):
        return self

    def next(self, timeout=None):
        with self._cond:
            try:
                item = self._items.popleft()
            except IndexError:
                if self._index == self._length:
                    raise StopIteration from None
                self._cond.wait(timeout)
                try:
                    item = self._items.popleft()
                except IndexError:
                    if self._index == self._length:
                        raise StopIteration from None
                    raise context.TimeoutError from None
        success, value = item
        if success:
            return value
        raise value

    __next__ = next

    def _set(self, i, obj):
        with self._cond:
            if self._index == i:
                self._items.append(obj)
                self._index += 1
                while self._index in self._unsorted:
                    obj = self._unsorted.pop(self._index)
                    self._items.append(obj)
                    self._index += 1
                self._cond.notify()
            else:
                self._unsorted[i] = obj
            if self._index == self._length:
                self._cache.pop(self._job, None)

    def _set_length(self, length):
        with self._cond:
            self._length = length
            if self._index == self._length:
                self._cond.notify()
                self._cache.pop(self._job, None)

    def _set_failed_iter(self, n, exc):
        self._set(n, (False, exc))
        self._set_length(n + 1)

    def _abandon(self):
        with self._cond:
            if self._length is None or self._index < self._length:
                self._items.append((False, RuntimeError('the pool was terminated')))
                self._length = self._index + 1
                self._cond.notify()


class IMapUnorderedIterator(IMapIterator):
    def _set(self, i, obj):
        with self._cond:
            self._items.append(obj)
            self._index += 1
            self._cond.notify()
            if self._index == self._length:
                self._cache.pop(self._job, None)


class ThreadPool:
    def __init__(self, *args, **kwargs):
        raise NotImplementedError("multiprocessing.pool.ThreadPool is not supported by SwiftPy")
