"""SwiftPy's event loop: a ready queue, a timer heap and (when the `select` module exists) file
descriptors watched with select.select(). Between callbacks the loop waits for the next timer,
a watched descriptor, or a wakeup from call_soon_threadsafe() (a byte on a self-pipe; without
`select`, a threading.Condition). There are no transports (sockets, subprocesses) yet."""

__all__ = ('BaseEventLoop',)

import collections
import heapq
import itertools
import logging
import os
import threading
import time
import weakref

try:
    import select as _select
except ImportError:
    _select = None

from . import coroutines
from . import events
from . import exceptions
from . import futures
from . import tasks

logger = logging.getLogger('asyncio')


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    futures._get_loop(fut).stop()


class BaseEventLoop(events.AbstractEventLoop):

    def __init__(self):
        self._ready = collections.deque()
        self._scheduled = []
        self._timer_seq = itertools.count()
        self._timer_cancelled_count = 0
        self._closed = False
        self._stopping = False
        self._thread_id = None
        self._wakeup = threading.Condition(threading.Lock())
        self._default_executor = None
        self._executor_shutdown_called = False
        self._exception_handler = None
        self._task_factory = None
        self._asyncgens = weakref.WeakSet()
        self._asyncgens_shutdown_called = False
        self._debug = False
        self._readers = {}
        self._writers = {}
        self._self_pipe = None
        if _select is not None and hasattr(os, 'pipe'):
            r, w = os.pipe()
            os.set_blocking(r, False)
            os.set_blocking(w, False)
            self._self_pipe = (r, w)
        self._clock_resolution = time.get_clock_info('monotonic').resolution \
            if hasattr(time, 'get_clock_info') else 1e-9

    def __repr__(self):
        return (f'<{self.__class__.__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    # ---- futures and tasks

    def create_future(self):
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        if self._task_factory is None:
            task = tasks.Task(coro, loop=self, name=name, context=context)
        else:
            task = self._task_factory(self, coro)
            tasks._set_task_name(task, name)
        return task

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # ---- running

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def run_forever(self):
        self._check_closed()
        self._check_running()
        self._thread_id = threading.get_ident()
        old_hooks = None
        import sys
        if hasattr(sys, 'set_asyncgen_hooks'):
            old_hooks = sys.get_asyncgen_hooks()
            sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                                   finalizer=self._asyncgen_finalizer_hook)
        try:
            events._set_running_loop(self)
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._thread_id = None
            events._set_running_loop(None)
            if old_hooks is not None:
                sys.set_asyncgen_hooks(*old_hooks)

    def run_until_complete(self, future):
        self._check_closed()
        self._check_running()
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if new_task:
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()   # the exception is raised below: do not log it
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        self._stopping = True

    def is_running(self):
        return self._thread_id is not None

    def is_closed(self):
        return self._closed

    def close(self):
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._executor_shutdown_called = True
        self._readers.clear()
        self._writers.clear()
        if self._self_pipe is not None:
            for fd in self._self_pipe:
                os.close(fd)
            self._self_pipe = None
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled

    def time(self):
        return time.monotonic()

    # ---- scheduling

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        handle = events.Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        timer = events.TimerHandle(when, callback, args, self, context)
        heapq.heappush(self._scheduled, (when, next(self._timer_seq), timer))
        timer._scheduled = True
        return timer

    def call_soon_threadsafe(self, callback, *args, context=None):
        self._check_closed()
        handle = events.Handle(callback, args, self, context)
        with self._wakeup:
            self._ready.append(handle)
            self._wakeup.notify()
        self._write_to_self()
        return handle

    def _write_to_self(self):
        pipe = self._self_pipe
        if pipe is not None:
            try:
                os.write(pipe[1], b'\0')
            except OSError:
                pass   # the pipe is full: the loop has a wakeup pending anyway

    # ---- file descriptors (select-based)

    def _fileno(self, fd):
        if isinstance(fd, int):
            return fd
        try:
            return int(fd.fileno())
        except (AttributeError, TypeError, ValueError):
            raise ValueError(f"Invalid file object: {fd!r}") from None

    def _check_select(self):
        if self._self_pipe is None:
            raise NotImplementedError("this event loop has no select(): file descriptors cannot be watched")

    def add_reader(self, fd, callback, *args):
        """Calls callback(*args) whenever fd is readable."""
        self._check_closed()
        self._check_select()
        self._readers[self._fileno(fd)] = events.Handle(callback, args, self)

    def remove_reader(self, fd):
        return self._readers.pop(self._fileno(fd), None) is not None

    def add_writer(self, fd, callback, *args):
        """Calls callback(*args) whenever fd is writable."""
        self._check_closed()
        self._check_select()
        self._writers[self._fileno(fd)] = events.Handle(callback, args, self)

    def remove_writer(self, fd):
        return self._writers.pop(self._fileno(fd), None) is not None

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def _run_once(self):
        """Waits for the next timer (or a thread-safe call), then runs what is ready."""
        sched = self._scheduled
        while sched and sched[0][2]._cancelled:
            self._timer_cancelled_count -= 1
            heapq.heappop(sched)[2]._scheduled = False
        timeout = None
        if self._ready or self._stopping:
            timeout = 0
        elif sched:
            timeout = min(max(0, sched[0][0] - self.time()), 86400)
        if self._self_pipe is not None:
            self._select(timeout)
        elif timeout != 0:
            with self._wakeup:
                if not self._ready:
                    if timeout is None and not sched:
                        self._wakeup.wait()
                    else:
                        self._wakeup.wait(timeout)
        end_time = self.time() + self._clock_resolution
        while sched:
            when, _, handle = sched[0]
            if when >= end_time:
                break
            heapq.heappop(sched)
            handle._scheduled = False
            if handle._cancelled:
                self._timer_cancelled_count -= 1
                continue
            self._ready.append(handle)
        ntodo = len(self._ready)
        for _ in range(ntodo):
            handle = self._ready.popleft()
            if handle._cancelled:
                continue
            handle._run()
        handle = None

    def _select(self, timeout):
        wake = self._self_pipe[0]
        rlist = list(self._readers)
        rlist.append(wake)
        wlist = list(self._writers)
        try:
            readable, writable, _ = _select.select(rlist, wlist, [], timeout)
        except InterruptedError:
            return
        for fd in readable:
            if fd == wake:
                try:
                    while os.read(wake, 4096):
                        pass
                except OSError:
                    pass
            else:
                handle = self._readers.get(fd)
                if handle is not None and not handle._cancelled:
                    self._ready.append(handle)
        for fd in writable:
            handle = self._writers.get(fd)
            if handle is not None and not handle._cancelled:
                self._ready.append(handle)

    # ---- executors

    def run_in_executor(self, executor, func, *args):
        self._check_closed()
        if executor is None:
            executor = self._default_executor
            if executor is None:
                if self._executor_shutdown_called:
                    raise RuntimeError('Executor shutdown has been called')
                import concurrent.futures
                executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix='asyncio')
                self._default_executor = executor
        return futures.wrap_future(executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        self._default_executor = executor

    async def shutdown_default_executor(self):
        self._executor_shutdown_called = True
        if self._default_executor is None:
            return
        future = self.create_future()
        thread = threading.Thread(target=self._do_shutdown, args=(future,))
        thread.start()
        try:
            await future
        finally:
            thread.join()

    def _do_shutdown(self, future):
        try:
            self._default_executor.shutdown(wait=True)
            if not self.is_closed():
                self.call_soon_threadsafe(futures._set_result_unless_cancelled, future, None)
        except Exception as ex:
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_exception, ex)

    # ---- async generators

    def _asyncgen_firstiter_hook(self, agen):
        self._asyncgens.add(agen)

    def _asyncgen_finalizer_hook(self, agen):
        self._asyncgens.discard(agen)
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    async def shutdown_asyncgens(self):
        self._asyncgens_shutdown_called = True
        if not len(self._asyncgens):
            return
        closing_agens = list(self._asyncgens)
        self._asyncgens.clear()
        results = await tasks.gather(*[ag.aclose() for ag in closing_agens], return_exceptions=True)
        for result, agen in zip(results, closing_agens):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen,
                })

    # ---- errors

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        message = context.get('message') or 'Unhandled exception in event loop'
        exception = context.get('exception')
        exc_info = (type(exception), exception, exception.__traceback__) if exception is not None else False
        log_lines = [message]
        for key in sorted(context):
            if key in {'message', 'exception'}:
                continue
            log_lines.append(f'{key}: {context[key]!r}')
        logger.error('\n'.join(log_lines), exc_info=exc_info)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                logger.error('Exception in default exception handler', exc_info=True)
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                try:
                    self.default_exception_handler({
                        'message': 'Unhandled error in exception handler',
                        'exception': exc,
                        'context': context,
                    })
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException:
                    logger.error('Exception in default exception handler while handling an '
                                 'unexpected error in custom exception handler', exc_info=True)
