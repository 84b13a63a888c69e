# sched: a scheduler driven by a fake clock
import sched
import time
import threading


class FakeClock:
    def __init__(self):
        self.now = 100.0
        self.sleeps = []

    def time(self):
        return self.now

    def sleep(self, d):
        self.sleeps.append(d)
        self.now += d


clock = FakeClock()
s = sched.scheduler(clock.time, clock.sleep)
log = []


def job(name, *extra, **kw):
    log.append((clock.now, name, extra, tuple(sorted(kw.items()))))


e1 = s.enter(10, 1, job, ('ten',))
e2 = s.enter(5, 2, job, ('five-low',))
e3 = s.enter(5, 1, job, ('five-high',), {'k': 'v'})
e4 = s.enterabs(105, 1, job, argument=('same-time-later-seq',))
e5 = s.enterabs(120, 0, job, ('cancelled',))
print('event', e1.time, e1.priority, e1.argument, e1.kwargs, type(e1).__name__)
print('fields', sched.Event._fields)
print('order', [(e.time, e.priority, e.argument[0]) for e in s.queue])
print('compare', e3 < e2, e2 < e1, e3 < e4, sorted([e1, e2, e3, e4]) == s.queue)
s.cancel(e5)
try:
    s.cancel(e5)
except ValueError as e:
    print('ValueError', e)
print('empty', s.empty(), len(s.queue))
s.run()
for entry in log:
    print('ran', entry)
print('sleeps', clock.sleeps)
print('empty after', s.empty(), s.queue)


# events scheduling more events; non-blocking run returns the wait
clock2 = FakeClock()
s2 = sched.scheduler(clock2.time, clock2.sleep)
out = []


def tick(n):
    out.append((clock2.now, n))
    if n < 3:
        s2.enter(2, 1, tick, (n + 1,))


s2.enter(0, 1, tick, (1,))
s2.enter(7, 1, out.append, ('late',))
print('nonblocking', s2.run(blocking=False), out)
clock2.now += 2
print('nonblocking', s2.run(False), out)
clock2.now += 10
print('nonblocking', s2.run(blocking=False), out)
print('nothing left', s2.run(False))

# an action that raises leaves the rest queued
s3 = sched.scheduler(clock.time, clock.sleep)
s3.enter(0, 1, lambda: 1 / 0)
s3.enter(1, 1, print, ('second ran',))
try:
    s3.run()
except ZeroDivisionError as e:
    print('ZeroDivisionError', e, len(s3.queue))
s3.run()

# kwargs default is a fresh dict per event
a = s3.enter(1, 1, print)
b = s3.enter(1, 1, print)
print('kwargs', a.kwargs, a.kwargs is not b.kwargs, a.argument)
s3.cancel(a)
s3.cancel(b)

# real clock, zero delays, used from a thread
s4 = sched.scheduler()
hits = []
start = s4.timefunc()
for i in range(3):
    s4.enterabs(start, 3 - i, hits.append, (i,))
t = threading.Thread(target=s4.run)
t.start()
t.join()
print('thread', hits, s4.empty(), s4.timefunc is time.monotonic, s4.delayfunc is time.sleep)
