"""A general-purpose event scheduler (CPython 3.11's sched): events run in order of
(time, priority, sequence) using a caller-supplied clock and delay function."""

import heapq
import threading
import time
from collections import namedtuple
from itertools import count

__all__ = ['scheduler']

# Plain tuple ordering on (time, priority, sequence); sequence is unique so the callable
# fields are never compared.
Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')
Event.time.__doc__ = 'Numeric type compatible with the return value of timefunc.'
Event.priority.__doc__ = 'Events at the same time run in order of priority (lowest first).'
Event.sequence.__doc__ = 'Increasing number that orders events of equal time and priority.'
Event.action.__doc__ = 'Running the event calls action(*argument, **kwargs).'
Event.argument.__doc__ = 'The positional arguments for action.'
Event.kwargs.__doc__ = 'The keyword arguments for action.'

_no_kwargs = object()


class scheduler:
    """An event queue; run() waits with delayfunc until timefunc reaches each event."""

    def __init__(self, timefunc=time.monotonic, delayfunc=time.sleep):
        self._queue = []  # a heap of Events
        self._lock = threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._sequence_generator = count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_no_kwargs):
        """Schedules action at absolute `time`; returns the event (for cancel())."""
        if kwargs is _no_kwargs:
            kwargs = {}
        with self._lock:
            event = Event(time, priority, next(self._sequence_generator), action, argument,
                          kwargs)
            heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_no_kwargs):
        """Schedules action `delay` time units from now."""
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        """Removes a pending event; ValueError when it is not in the queue."""
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        """Runs due events until the queue is empty. With blocking=False, runs only what
        is due and returns the delay until the next event (None when none is left)."""
        q = self._queue
        while True:
            with self._lock:
                if not q:
                    return None
                head = q[0]
                now = self.timefunc()
                due = head.time <= now
                if due:
                    heapq.heappop(q)
            if not due:
                if not blocking:
                    return head.time - now
                self.delayfunc(head.time - now)
            else:
                head.action(*head.argument, **head.kwargs)
                self.delayfunc(0)  # lets other threads run

    @property
    def queue(self):
        """The pending events in the order they will run."""
        with self._lock:
            events = self._queue[:]
        return [heapq.heappop(events) for _ in range(len(events))]
