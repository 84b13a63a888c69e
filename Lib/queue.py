"""Synchronized queues for passing work between threads."""

import threading
from time import monotonic as _now
from heapq import heappush as _heap_push, heappop as _heap_pop

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue',
           'SimpleQueue']


class Empty(Exception):
    """Raised by get(block=0) / get_nowait() when the queue is empty."""


class Full(Exception):
    """Raised by put(block=0) / put_nowait() when the queue is full."""


class Queue:
    """FIFO queue; maxsize <= 0 means unbounded."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    # -- task accounting -------------------------------------------------
    def task_done(self):
        """Mark one fetched item as processed; wakes join() at zero."""
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left < 0:
                raise ValueError('task_done() called too many times')
            if left == 0:
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = left

    def join(self):
        """Block until every item put has been marked done."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    # -- size queries (approximate under concurrency) --------------------
    def qsize(self):
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return not self._qsize()

    def full(self):
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    # -- put / get --------------------------------------------------------
    def put(self, item, block=True, timeout=None):
        """Add item, waiting for a free slot as block/timeout allow."""
        with self.not_full:
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait()
                elif timeout < 0:
                    raise ValueError("'timeout' must be a non-negative number")
                else:
                    deadline = _now() + timeout
                    while self._qsize() >= self.maxsize:
                        left = deadline - _now()
                        if left <= 0.0:
                            raise Full
                        self.not_full.wait(left)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Remove and return an item, waiting as block/timeout allow."""
        with self.not_empty:
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
            elif timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            else:
                deadline = _now() + timeout
                while not self._qsize():
                    left = deadline - _now()
                    if left <= 0.0:
                        raise Empty
                    self.not_empty.wait(left)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    # -- storage hooks overridden by subclasses ---------------------------
    def _init(self, maxsize):
        # Ring-free FIFO: a list plus a read index, compacted lazily.
        self.queue = _Fifo()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    def __class_getitem__(cls, item):
        return cls


class _Fifo:
    """Minimal FIFO with O(1) amortized append/popleft (no collections)."""

    __slots__ = ('_items', '_head')

    def __init__(self):
        self._items = []
        self._head = 0

    def __len__(self):
        return len(self._items) - self._head

    def __bool__(self):
        return len(self._items) > self._head

    def __iter__(self):
        return iter(self._items[self._head:])

    def __repr__(self):
        return 'deque(%r)' % (self._items[self._head:],)

    def append(self, item):
        self._items.append(item)

    def popleft(self):
        if self._head >= len(self._items):
            raise IndexError('pop from an empty deque')
        item = self._items[self._head]
        self._items[self._head] = None
        self._head += 1
        if self._head > 32 and self._head * 2 > len(self._items):
            del self._items[:self._head]
            self._head = 0
        return item


class LifoQueue(Queue):
    """Last-in, first-out queue."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class PriorityQueue(Queue):
    """Queue returning the lowest item first (entries often (prio, data))."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        _heap_push(self.queue, item)

    def _get(self):
        return _heap_pop(self.queue)


class SimpleQueue:
    """Unbounded FIFO queue without task tracking."""

    def __init__(self):
        self._queue = _Fifo()
        self._count = threading.Semaphore(0)
        self._lock = threading.Lock()

    def put(self, item, block=True, timeout=None):
        with self._lock:
            self._queue.append(item)
        self._count.release()

    def get(self, block=True, timeout=None):
        if timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        if not self._count.acquire(block, timeout):
            raise Empty
        with self._lock:
            return self._queue.popleft()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        with self._lock:
            return len(self._queue) == 0

    def qsize(self):
        with self._lock:
            return len(self._queue)

    def __class_getitem__(cls, item):
        return cls
