"""asyncio.Future: a result that will be set later, awaited by tasks."""

__all__ = ('Future', 'wrap_future', 'isfuture')

import concurrent.futures
import contextvars

from . import events
from . import exceptions

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    """Whether obj is an asyncio Future (or duck-types as one)."""
    return (hasattr(obj.__class__, '_asyncio_future_blocking')
            and obj._asyncio_future_blocking is not None)


class Future:
    _state = _PENDING
    _result = None
    _exception = None
    _loop = None
    _cancel_message = None
    _cancelled_exc = None
    _asyncio_future_blocking = False
    _log_traceback = False
    _source_traceback = None

    def __init__(self, *, loop=None):
        self._loop = events.get_event_loop() if loop is None else loop
        self._callbacks = []

    def __repr__(self):
        return '<%s %s>' % (self.__class__.__name__, ' '.join(self._repr_info()))

    def _repr_info(self):
        info = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append(f'exception={self._exception!r}')
            else:
                info.append(f'result={self._result!r}')
        if self._callbacks:
            info.append(f'cb=[{", ".join(_callback_name(cb) for cb, _ in self._callbacks)}]')
        return info

    def __del__(self):
        if not self._log_traceback:
            return
        exc = self._exception
        context = {
            'message': f'{self.__class__.__name__} exception was never retrieved',
            'exception': exc,
            'future': self,
        }
        self._loop.call_exception_handler(context)

    __class_getitem__ = classmethod(lambda cls, item: cls)

    def get_loop(self):
        loop = self._loop
        if loop is None:
            raise RuntimeError("Future object is not initialized.")
        return loop

    def _make_cancelled_error(self):
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return exceptions.CancelledError()
        return exceptions.CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks[:]
        if not callbacks:
            return
        self._callbacks[:] = []
        for callback, ctx in callbacks:
            self._loop.call_soon(callback, self, context=ctx)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Result is not set.')
        self._log_traceback = False
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise exceptions.InvalidStateError('Exception is not set.')
        self._log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if context is None:
            context = contextvars.copy_context()
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        else:
            self._callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        filtered = [(f, ctx) for (f, ctx) in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(filtered)
        if removed:
            self._callbacks[:] = filtered
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError(f'{self._state}: {self!r}')
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError(f'{self._state}: {self!r}')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators "
                            "and cannot be raised into a Future")
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()
        self._log_traceback = True

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self   # tell the Task to wait for completion
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def _callback_name(cb):
    return getattr(cb, '__qualname__', None) or getattr(cb, '__name__', None) or repr(cb)


def _get_loop(fut):
    try:
        get_loop = fut.get_loop
    except AttributeError:
        return fut._loop
    return get_loop()


def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)


def _copy_state(dest, source):
    """Copies the state of a done concurrent or asyncio future into a pending asyncio future."""
    if dest.cancelled():
        return
    if source.cancelled():
        dest.cancel()
        return
    exc = source.exception()
    if exc is not None:
        dest.set_exception(exc)
    else:
        dest.set_result(source.result())


def wrap_future(future, *, loop=None):
    """An asyncio Future following a concurrent.futures.Future."""
    if isfuture(future):
        return future
    if not isinstance(future, concurrent.futures.Future):
        raise TypeError(f'concurrent.futures.Future is expected, got {future!r}')
    if loop is None:
        loop = events.get_event_loop()
    new_future = loop.create_future()

    def _call_check_cancel(destination):
        if destination.cancelled():
            future.cancel()

    def _call_set_state(source):
        if new_future.cancelled():
            return
        if loop.is_closed():
            return
        loop.call_soon_threadsafe(_copy_state, new_future, source)

    new_future.add_done_callback(_call_check_cancel)
    future.add_done_callback(_call_set_state)
    return new_future
