# Local time (TZ fixed to a POSIX rule so the output is deterministic), fold detection, timestamps,
# astimezone() without arguments, and a DST-aware tzinfo using the default tzinfo.fromutc().
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone, tzinfo

RULE = 'EST+05EDT,M3.2.0,M11.1.0'
if os.environ.get('TZ') != RULE:
    # Run again in a child whose environment has the rule from the start.
    child = subprocess.run([sys.executable, sys.argv[0]], env=dict(os.environ, TZ=RULE),
                           capture_output=True, text=True)
    print(child.stdout, end='')
    print('child exit status', child.returncode, child.stderr[-300:] if child.returncode else '')
    sys.exit(0)

for ts in [0, 1710054000 - 1, 1710054000, 1730613600 - 3600, 1730613600 - 1, 1730613600, 1700000000.75]:
    d = datetime.fromtimestamp(ts)
    print(ts, repr(d), d.timestamp(), d.astimezone(), d.astimezone().tzname(),
          d.astimezone(timezone.utc))
# The repeated hour in November: fold picks the first or second occurrence.
amb = datetime(2024, 11, 3, 1, 30)
print(amb.timestamp(), amb.replace(fold=1).timestamp(), amb.astimezone(), amb.replace(fold=1).astimezone())
# The missing hour in March.
gap = datetime(2024, 3, 10, 2, 30)
print(gap.timestamp(), gap.replace(fold=1).timestamp(), gap.timetuple())
print(datetime(2024, 7, 4, 12).astimezone(timezone(timedelta(hours=2))),
      datetime(2024, 1, 4, 12, tzinfo=timezone.utc).astimezone())

ZERO = timedelta(0)
HOUR = timedelta(hours=1)


def first_sunday_on_or_after(d):
    return d + timedelta(days=(6 - d.weekday()) % 7)


class USTimeZone(tzinfo):
    def __init__(self, hours, reprname, stdname, dstname):
        self.stdoffset = timedelta(hours=hours)
        self.reprname = reprname
        self.stdname = stdname
        self.dstname = dstname

    def __repr__(self):
        return self.reprname

    def tzname(self, dt):
        return self.dstname if self.dst(dt) else self.stdname

    def utcoffset(self, dt):
        return self.stdoffset + self.dst(dt)

    def dst(self, dt):
        if dt is None or dt.tzinfo is None:
            return ZERO
        start = first_sunday_on_or_after(datetime(dt.year, 3, 8, 2))
        end = first_sunday_on_or_after(datetime(dt.year, 11, 1, 1))
        if start + HOUR <= dt.replace(tzinfo=None) < end - HOUR:
            return HOUR
        if end - HOUR <= dt.replace(tzinfo=None) < end:
            return ZERO if dt.fold else HOUR
        if start <= dt.replace(tzinfo=None) < start + HOUR:
            return HOUR if dt.fold else ZERO
        return ZERO


Eastern = USTimeZone(-5, "Eastern", "EST", "EDT")
Pacific = USTimeZone(-8, "Pacific", "PST", "PDT")
u0 = datetime(2024, 11, 3, 4, tzinfo=timezone.utc)
for i in range(4):
    u = u0 + i * HOUR
    t = u.astimezone(Eastern)
    print(u.time(), 'UTC =', t.time(), t.tzname(), t.fold, t.utcoffset(), t.astimezone(Pacific))
summer = datetime(2024, 7, 1, 9, tzinfo=Eastern)
print(summer, summer.dst(), summer.timetuple().tm_isdst, summer.astimezone(timezone.utc),
      summer - datetime(2024, 7, 1, 9, tzinfo=Pacific), summer.strftime('%H:%M %Z %z'))
print(repr(Eastern.fromutc(datetime(2024, 7, 1, 12, tzinfo=Eastern))))
