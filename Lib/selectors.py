"""High-level I/O multiplexing over the select module (CPython's selectors API).

A selector maps registered file objects (ints or objects with fileno()) to SelectorKey records
and waits until some are ready for reading or writing. DefaultSelector is the most efficient
one available: EpollSelector on Linux.
"""
from abc import ABCMeta, abstractmethod
from collections import namedtuple
from collections.abc import Mapping
import math
import select

EVENT_READ = 1 << 0
EVENT_WRITE = 1 << 1
_VALID_EVENTS = EVENT_READ | EVENT_WRITE


def _fileobj_to_fd(fileobj):
    """The descriptor of an int or an object with fileno(); ValueError for anything else."""
    if isinstance(fileobj, int):
        fd = fileobj
    else:
        try:
            fd = int(fileobj.fileno())
        except (AttributeError, TypeError, ValueError):
            raise ValueError(f"Invalid file object: {fileobj!r}") from None
    if fd < 0:
        raise ValueError(f"Invalid file descriptor: {fd}")
    return fd


SelectorKey = namedtuple('SelectorKey', ['fileobj', 'fd', 'events', 'data'])
SelectorKey.__doc__ = """SelectorKey(fileobj, fd, events, data)

    Object used to associate a file object to its backing
    file descriptor, selected event mask, and attached data.
"""
SelectorKey.fileobj.__doc__ = 'File object registered.'
SelectorKey.fd.__doc__ = 'Underlying file descriptor.'
SelectorKey.events.__doc__ = 'Events that must be waited for on this file object.'
SelectorKey.data.__doc__ = ('''Optional opaque data associated to this file object.
    For example, this could be used to store a per-client session ID.''')


class _SelectorMapping(Mapping):
    """Read-only view of a selector's registrations: file object -> SelectorKey."""

    def __init__(self, selector):
        self._selector = selector

    def __len__(self):
        return len(self._selector._fd_to_key)

    def __getitem__(self, fileobj):
        try:
            return self._selector._fd_to_key[self._selector._fileobj_lookup(fileobj)]
        except KeyError:
            raise KeyError(f"{fileobj!r} is not registered") from None

    def __iter__(self):
        return iter(self._selector._fd_to_key)


class BaseSelector(metaclass=ABCMeta):
    """The selector interface: register file objects, then select() the ready ones."""

    @abstractmethod
    def register(self, fileobj, events, data=None):
        """Registers `fileobj` for `events` (EVENT_READ | EVENT_WRITE) with optional data;
        returns its SelectorKey. ValueError for bad events or descriptors, KeyError if it is
        registered already."""
        raise NotImplementedError

    @abstractmethod
    def unregister(self, fileobj):
        """Removes `fileobj`; returns its SelectorKey (KeyError if it is not registered)."""
        raise NotImplementedError

    def modify(self, fileobj, events, data=None):
        """Changes the events or data of a registered file object; returns the new key."""
        self.unregister(fileobj)
        return self.register(fileobj, events, data)

    @abstractmethod
    def select(self, timeout=None):
        """[(key, events)] of the ready file objects, waiting up to `timeout` seconds
        (None: until one is ready; <= 0: no wait)."""
        raise NotImplementedError

    def close(self):
        """Releases the selector's resources."""
        pass

    def get_key(self, fileobj):
        """The SelectorKey of `fileobj` (KeyError if it is not registered)."""
        mapping = self.get_map()
        if mapping is None:
            raise RuntimeError('Selector is closed')
        try:
            return mapping[fileobj]
        except KeyError:
            raise KeyError(f"{fileobj!r} is not registered") from None

    @abstractmethod
    def get_map(self):
        """A mapping of file objects to selector keys (None once closed)."""
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


class _BaseSelectorImpl(BaseSelector):
    """Registration bookkeeping shared by the concrete selectors (fd -> SelectorKey)."""

    def __init__(self):
        self._fd_to_key = {}
        self._map = _SelectorMapping(self)

    def _fileobj_lookup(self, fileobj):
        """The descriptor of `fileobj`; a registered object whose fileno() fails now (closed)
        is still found by identity."""
        try:
            return _fileobj_to_fd(fileobj)
        except ValueError:
            for key in self._fd_to_key.values():
                if key.fileobj is fileobj:
                    return key.fd
            raise

    def register(self, fileobj, events, data=None):
        if not events or events & ~_VALID_EVENTS:
            raise ValueError(f"Invalid events: {events!r}")
        key = SelectorKey(fileobj, self._fileobj_lookup(fileobj), events, data)
        if key.fd in self._fd_to_key:
            raise KeyError(f"{fileobj!r} (FD {key.fd}) is already registered")
        self._fd_to_key[key.fd] = key
        return key

    def unregister(self, fileobj):
        try:
            return self._fd_to_key.pop(self._fileobj_lookup(fileobj))
        except KeyError:
            raise KeyError(f"{fileobj!r} is not registered") from None

    def modify(self, fileobj, events, data=None):
        try:
            key = self._fd_to_key[self._fileobj_lookup(fileobj)]
        except KeyError:
            raise KeyError(f"{fileobj!r} is not registered") from None
        if events != key.events:
            self.unregister(fileobj)
            key = self.register(fileobj, events, data)
        elif data != key.data:
            key = key._replace(data=data)
            self._fd_to_key[key.fd] = key
        return key

    def close(self):
        self._fd_to_key.clear()
        self._map = None

    def get_map(self):
        return self._map

    def _key_from_fd(self, fd):
        """The key registered for `fd`, or None (it may have been unregistered meanwhile)."""
        return self._fd_to_key.get(fd)


class SelectSelector(_BaseSelectorImpl):
    """Selector over select.select()."""

    def __init__(self):
        super().__init__()
        self._readers = set()
        self._writers = set()

    def register(self, fileobj, events, data=None):
        key = super().register(fileobj, events, data)
        if events & EVENT_READ:
            self._readers.add(key.fd)
        if events & EVENT_WRITE:
            self._writers.add(key.fd)
        return key

    def unregister(self, fileobj):
        key = super().unregister(fileobj)
        self._readers.discard(key.fd)
        self._writers.discard(key.fd)
        return key

    def _select(self, r, w, x, timeout=None):
        return select.select(r, w, x, timeout)

    def select(self, timeout=None):
        timeout = None if timeout is None else max(timeout, 0)
        ready = []
        try:
            r, w, _ = self._select(self._readers, self._writers, [], timeout)
        except InterruptedError:
            return ready
        r, w = set(r), set(w)
        for fd in r | w:
            events = (EVENT_READ if fd in r else 0) | (EVENT_WRITE if fd in w else 0)
            key = self._key_from_fd(fd)
            if key:
                ready.append((key, events & key.events))
        return ready


class _PollLikeSelector(_BaseSelectorImpl):
    """Selector over a poll-like object (poll, epoll): register/modify/unregister/poll."""
    _selector_cls = None
    _EVENT_READ = None
    _EVENT_WRITE = None

    def __init__(self):
        super().__init__()
        self._selector = self._selector_cls()

    def _native_events(self, events):
        return ((self._EVENT_READ if events & EVENT_READ else 0)
                | (self._EVENT_WRITE if events & EVENT_WRITE else 0))

    def register(self, fileobj, events, data=None):
        key = super().register(fileobj, events, data)
        try:
            self._selector.register(key.fd, self._native_events(events))
        except:
            super().unregister(fileobj)
            raise
        return key

    def unregister(self, fileobj):
        key = super().unregister(fileobj)
        try:
            self._selector.unregister(key.fd)
        except OSError:
            pass   # the descriptor was closed since it was registered
        return key

    def modify(self, fileobj, events, data=None):
        try:
            key = self._fd_to_key[self._fileobj_lookup(fileobj)]
        except KeyError:
            raise KeyError(f"{fileobj!r} is not registered") from None
        changed = False
        if events != key.events:
            try:
                self._selector.modify(key.fd, self._native_events(events))
            except:
                super().unregister(fileobj)
                raise
            changed = True
        if data != key.data:
            changed = True
        if changed:
            key = key._replace(events=events, data=data)
            self._fd_to_key[key.fd] = key
        return key

    def _poll_timeout(self, timeout):
        """The poller's timeout argument for select(timeout) in seconds."""
        if timeout is None:
            return None
        if timeout <= 0:
            return 0
        return math.ceil(timeout * 1e3)   # milliseconds, rounded up so a wait never ends early

    def _poll(self, timeout):
        return self._selector.poll(timeout)

    def select(self, timeout=None):
        ready = []
        try:
            fd_events = self._poll(self._poll_timeout(timeout))
        except InterruptedError:
            return ready
        for fd, native in fd_events:
            events = 0
            if native & ~self._EVENT_READ:
                events |= EVENT_WRITE
            if native & ~self._EVENT_WRITE:
                events |= EVENT_READ
            key = self._key_from_fd(fd)
            if key:
                ready.append((key, events & key.events))
        return ready


if hasattr(select, 'poll'):
    class PollSelector(_PollLikeSelector):
        """Selector over select.poll()."""
        _selector_cls = select.poll
        _EVENT_READ = select.POLLIN
        _EVENT_WRITE = select.POLLOUT


if hasattr(select, 'epoll'):
    class EpollSelector(_PollLikeSelector):
        """Selector over select.epoll()."""
        _selector_cls = select.epoll
        _EVENT_READ = select.EPOLLIN
        _EVENT_WRITE = select.EPOLLOUT

        def fileno(self):
            return self._selector.fileno()

        def _poll_timeout(self, timeout):
            if timeout is None:
                return -1
            if timeout <= 0:
                return 0
            return math.ceil(timeout * 1e3) * 1e-3   # whole milliseconds, as epoll waits

        def _poll(self, timeout):
            # At least one event slot: epoll refuses maxevents 0.
            return self._selector.poll(timeout, max(len(self._fd_to_key), 1))

        def close(self):
            self._selector.close()
            super().close()


def _can_use(method):
    """Whether select.<method> exists and works here."""
    factory = getattr(select, method, None)
    if factory is None:
        return False
    try:
        obj = factory()
        if method == 'poll':
            obj.poll(0)
        else:
            obj.close()
        return True
    except OSError:
        return False


if _can_use('epoll'):
    DefaultSelector = EpollSelector
elif _can_use('poll'):
    DefaultSelector = PollSelector
else:
    DefaultSelector = SelectSelector
