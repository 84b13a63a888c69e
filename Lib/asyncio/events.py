"""Event loop handles and the current/running loop (per thread)."""

__all__ = ('AbstractEventLoop', 'Handle', 'TimerHandle', 'get_event_loop', 'set_event_loop',
           'new_event_loop', 'get_running_loop', '_get_running_loop', 'AbstractEventLoopPolicy',
           'DefaultEventLoopPolicy', 'get_event_loop_policy', 'set_event_loop_policy')

import contextvars
import threading


class Handle:
    """A callback scheduled on a loop (call_soon)."""
    __slots__ = ('_callback', '_args', '_cancelled', '_loop', '_context', '__weakref__')

    def __init__(self, callback, args, loop, context=None):
        self._loop = loop
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._context = contextvars.copy_context() if context is None else context

    def __repr__(self):
        info = [self.__class__.__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(getattr(self._callback, '__qualname__', repr(self._callback)) + '()')
        return '<{}>'.format(' '.join(info))

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._context.run(self._callback, *self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            cb = getattr(self._callback, '__qualname__', None) or repr(self._callback)
            self._loop.call_exception_handler({
                'message': f'Exception in callback {cb}',
                'exception': exc,
                'handle': self,
            })
        self = None


class TimerHandle(Handle):
    """A callback scheduled at a loop time (call_later / call_at)."""
    __slots__ = ('_when', '_scheduled')

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._scheduled = False

    def __lt__(self, other):
        return self._when < other._when

    def __le__(self, other):
        return self._when <= other._when

    def __gt__(self, other):
        return self._when > other._when

    def __ge__(self, other):
        return self._when >= other._when

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when == other._when and self._callback == other._callback
                    and self._args == other._args and self._cancelled == other._cancelled)
        return NotImplemented

    __hash__ = Handle.__hash__

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()

    def when(self):
        return self._when


class AbstractEventLoop:
    """Abstract event loop (the interface SwiftPy's loop implements)."""


class _RunningLoop(threading.local):
    loop_pid = (None, None)


_running_loop = _RunningLoop()


def _get_running_loop():
    """The running event loop of this thread, or None."""
    running_loop, pid = _running_loop.loop_pid
    return running_loop


def _set_running_loop(loop):
    _running_loop.loop_pid = (loop, None)


def get_running_loop():
    """The running event loop of this thread; RuntimeError if there is none."""
    loop = _get_running_loop()
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


class AbstractEventLoopPolicy:
    pass


class DefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """One loop per thread; get_event_loop() makes one in the main thread on demand."""

    class _Local(threading.local):
        _loop = None
        _set_called = False

    def __init__(self):
        self._local = self._Local()

    def get_event_loop(self):
        if (self._local._loop is None and not self._local._set_called
                and threading.current_thread() is threading.main_thread()):
            self.set_event_loop(self.new_event_loop())
        if self._local._loop is None:
            raise RuntimeError('There is no current event loop in thread %r.'
                               % threading.current_thread().name)
        return self._local._loop

    def set_event_loop(self, loop):
        self._local._set_called = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not '{type(loop).__name__}'")
        self._local._loop = loop

    def new_event_loop(self):
        from .base_events import BaseEventLoop
        return BaseEventLoop()


_event_loop_policy = None


def get_event_loop_policy():
    global _event_loop_policy
    if _event_loop_policy is None:
        _event_loop_policy = DefaultEventLoopPolicy()
    return _event_loop_policy


def set_event_loop_policy(policy):
    global _event_loop_policy
    _event_loop_policy = policy


def get_event_loop():
    """The running loop, else the current thread's loop (made on demand in the main thread)."""
    current_loop = _get_running_loop()
    if current_loop is not None:
        return current_loop
    return get_event_loop_policy().get_event_loop()


def set_event_loop(loop):
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    return get_event_loop_policy().new_event_loop()
