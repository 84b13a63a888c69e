"""Waiting for I/O readiness: select(), poll objects and epoll objects (CPython's select module).

select() and the waits are native (_select, Modules/Select.swift and SelectPoll.swift): they
release the GIL and resume after EINTR with the time left (PEP 475).
"""
import _select
from _select import (select, error, POLLIN, POLLPRI, POLLOUT, POLLERR, POLLHUP, POLLNVAL,
                     POLLRDNORM, POLLRDBAND, POLLWRNORM, POLLWRBAND, POLLMSG, POLLRDHUP,
                     EPOLLIN, EPOLLPRI, EPOLLOUT, EPOLLERR, EPOLLHUP, EPOLLRDNORM, EPOLLRDBAND,
                     EPOLLWRNORM, EPOLLWRBAND, EPOLLMSG, EPOLLRDHUP, EPOLLEXCLUSIVE, EPOLLONESHOT,
                     EPOLLET, EPOLL_CLOEXEC, PIPE_BUF)
from _fdarg import as_fd as _as_fd, index as _index, c_int as _c_int, c_uint_bitwise as _c_uint
import posix as _posix

_INT_MAX = (1 << 31) - 1
_PYTIME_MAX = (1 << 63) - 1
_TIME_T_MAX = 1 << 63


def _timeout_ms(timeout, ns_per_unit):
    """A timeout in milliseconds (-1: none) from None or a number of units, as CPython rounds it
    (up, away from zero) and with its errors."""
    if timeout is None:
        return -1
    if isinstance(timeout, float):
        if timeout != timeout:
            raise ValueError("Invalid value NaN (not a number)")
        ns = timeout * ns_per_unit
        if not -_TIME_T_MAX <= ns < _TIME_T_MAX:
            raise OverflowError("timestamp out of range for platform time_t")
        whole = int(ns)
        ns = whole + 1 if ns > whole else whole
    else:
        try:
            units = _index(timeout)
        except TypeError:
            raise TypeError("timeout must be an integer or None") from None
        ns = units * ns_per_unit
        if not -_PYTIME_MAX - 1 <= ns <= _PYTIME_MAX:
            raise OverflowError("timestamp too large to convert to C _PyTime_t")
    if ns < 0:
        return -1
    ms = -(-ns // 1000000)
    if ms > _INT_MAX:
        raise OverflowError("timeout is too large")
    return ms


def _event_mask(value):
    """An unsigned short event mask ('H' converter)."""
    v = _index(value)
    if v < 0:
        raise ValueError("value must be positive")
    if v > 0xFFFF:
        raise OverflowError("Python int too large for C unsigned short")
    return v


class poll:
    """A set of descriptors polled together with poll(2)."""

    def __init__(self, *args, **kwargs):
        if args:
            raise TypeError(f"select.poll() takes no arguments ({len(args)} given)")
        if kwargs:
            raise TypeError("select.poll() takes no keyword arguments")
        self._events = {}       # fd -> event mask, in registration order
        self._polling = False

    def register(self, fd, eventmask=POLLIN | POLLPRI | POLLOUT, /):
        """Watches `fd` (an int or an object with fileno()) for the events in eventmask."""
        fd = _as_fd(fd)
        self._events[fd] = _event_mask(eventmask)

    def modify(self, fd, eventmask, /):
        """Changes the events of a registered descriptor (FileNotFoundError if it is not)."""
        fd = _as_fd(fd)
        mask = _event_mask(eventmask)
        if fd not in self._events:
            raise FileNotFoundError(2, _posix.strerror(2))
        self._events[fd] = mask

    def unregister(self, fd, /):
        """Stops watching `fd` (KeyError if it is not registered)."""
        fd = _as_fd(fd)
        if fd not in self._events:
            raise KeyError(fd)
        del self._events[fd]

    def poll(self, timeout=None, /):
        """[(fd, events)] of the ready descriptors, waiting up to `timeout` milliseconds
        (None or negative: without limit)."""
        ms = _timeout_ms(timeout, 1000000)
        if self._polling:
            raise RuntimeError("concurrent poll() invocation")
        self._polling = True
        try:
            return _select._poll(list(self._events.items()), ms)
        finally:
            self._polling = False


class epoll:
    """An epoll(7) instance: select.epoll(sizehint=-1, flags=0)."""

    def __init__(self, sizehint=-1, flags=0):
        self._epfd = -1
        sizehint, flags = _c_int(sizehint), _c_int(flags)
        if sizehint == 0 or sizehint < -1:
            raise ValueError("negative sizehint")
        if flags and flags != EPOLL_CLOEXEC:
            raise OSError("invalid flags")
        self._epfd = _select.epoll_create(0)

    @classmethod
    def fromfd(cls, fd, /):
        """An epoll object owning the epoll descriptor `fd`."""
        self = cls.__new__(cls)
        self._epfd = _c_int(fd)
        return self

    def _fd(self):
        if self._epfd < 0:
            raise ValueError("I/O operation on closed epoll object")
        return self._epfd

    @property
    def closed(self):
        """True once close() ran."""
        return self._epfd < 0

    def close(self):
        """Closes the epoll descriptor (again: no effect)."""
        fd, self._epfd = self._epfd, -1
        if fd >= 0:
            _posix.close(fd)

    def fileno(self):
        return self._fd()

    def register(self, fd, eventmask=EPOLLIN | EPOLLPRI | EPOLLOUT):
        """Watches `fd` for eventmask (FileExistsError if it is registered already)."""
        fd, mask = _as_fd(fd), _c_uint(eventmask)
        _select.epoll_ctl(self._fd(), 1, fd, mask)

    def modify(self, fd, eventmask):
        fd, mask = _as_fd(fd), _c_uint(eventmask)
        _select.epoll_ctl(self._fd(), 3, fd, mask)

    def unregister(self, fd):
        fd = _as_fd(fd)
        _select.epoll_ctl(self._fd(), 2, fd, 0)

    def poll(self, timeout=None, maxevents=-1):
        """[(fd, events)] of at most maxevents ready descriptors, waiting up to `timeout`
        seconds (None or negative: without limit)."""
        epfd = self._fd()
        ms = _timeout_ms(timeout, 1000000000)
        maxevents = _c_int(maxevents)
        if maxevents == -1:
            maxevents = 1023        # FD_SETSIZE - 1, as CPython
        elif maxevents < 1:
            raise ValueError(f"maxevents must be greater than 0, got {maxevents}")
        return _select.epoll_wait(epfd, ms, maxevents)

    def __enter__(self):
        self._fd()
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass    # at interpreter exit posix may be gone already
