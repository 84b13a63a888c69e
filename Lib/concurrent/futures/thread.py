"""ThreadPoolExecutor: run calls on a pool of worker threads."""

import queue
import threading
import _weakref

from . import _base

# Executors' work queues, so interpreter shutdown can wake idle workers.
_threads_queues = {}
_global_shutdown_lock = threading.Lock()
_shutdown = False


def _python_exit():
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
    items = list(_threads_queues.items())
    for _, q in items:
        q.put(None)
    for t, _ in items:
        t.join()


# Workers are non-daemon.  Where threading offers CPython's pre-join atexit
# hook we use it; otherwise idle workers poll and leave once the main
# thread has finished.
_register = getattr(threading, '_register_atexit', None)
_POLL = None
if _register is not None:
    _register(_python_exit)
else:
    _POLL = 0.05


class _WorkItem:
    """A submitted call and the future that receives its outcome."""

    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            self = None     # drop the frame -> exc -> frame cycle
        else:
            self.future.set_result(result)

    def __class_getitem__(cls, item):
        return cls


_EXIT = object()    # _next_item's answer: the interpreter is finishing


def _main_thread_gone():
    main = getattr(threading, 'main_thread', None)
    return main is not None and not main().is_alive()


def _next_item(work_queue):
    if _POLL is None:
        return work_queue.get(block=True)
    while True:
        try:
            return work_queue.get(block=True, timeout=_POLL)
        except queue.Empty:
            if _shutdown or _main_thread_gone():
                return _EXIT


def _worker(executor_reference, work_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _base._report_error('Exception in initializer:')
            executor = executor_reference()
            if executor is not None:
                executor._initializer_failed()
            return
    try:
        while True:
            work_item = _next_item(work_queue)
            if work_item is _EXIT:
                work_queue.put(None)    # wake the next worker too
                return
            if work_item is not None:
                work_item.run()
                del work_item
                executor = executor_reference()
                if executor is not None:
                    executor._idle_semaphore.release()
                del executor
                continue
            executor = executor_reference()
            # Leave when the interpreter shuts down, the executor was
            # collected, or shutdown() was called.
            if _shutdown or executor is None or executor._shutdown:
                if executor is not None:
                    executor._shutdown = True
                work_queue.put(None)    # wake the next worker too
                return
            del executor
    except BaseException:
        _base._report_error('Exception in worker')


class BrokenThreadPool(_base.BrokenExecutor):
    """A worker's initializer failed; the pool cannot run work."""


def _default_workers():
    try:
        import os
        count = os.cpu_count()
    except Exception:
        count = None
    return min(32, (count or 1) + 4)


class ThreadPoolExecutor(_base.Executor):
    """Executor running calls on up to max_workers threads."""

    _counter = 0
    _counter_lock = threading.Lock()

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        if max_workers is None:
            max_workers = _default_workers()
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        with ThreadPoolExecutor._counter_lock:
            ThreadPoolExecutor._counter += 1
            number = ThreadPoolExecutor._counter
        self._thread_name_prefix = (thread_name_prefix or
                                    "ThreadPoolExecutor-%d" % (number - 1))
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        """Schedule fn(*args, **kwargs); return its Future."""
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')
            future = _base.Future()
            self._work_queue.put(_WorkItem(future, fn, args, kwargs))
            self._adjust_thread_count()
            return future

    def _adjust_thread_count(self):
        # Reuse an idle worker if there is one.
        if self._idle_semaphore.acquire(timeout=0):
            return
        work_queue = self._work_queue

        def wake_on_collect(_, q=work_queue):
            q.put(None)

        if len(self._threads) < self._max_workers:
            name = '%s_%d' % (self._thread_name_prefix, len(self._threads))
            t = threading.Thread(
                name=name, target=_worker,
                args=(_weakref.ref(self, wake_on_collect), self._work_queue,
                      self._initializer, self._initargs))
            t.start()
            self._threads.add(t)
            _threads_queues[t] = self._work_queue

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            while True:
                try:
                    item = self._work_queue.get_nowait()
                except queue.Empty:
                    break
                if item is not None:
                    item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Stop accepting work; optionally cancel queued calls and wait."""
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if item is not None:
                        item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for t in list(self._threads):
                t.join()
