"""Time access and conversions: clocks and sleep (from the built-in _time), struct_time,
localtime/gmtime/mktime, strftime/strptime, asctime/ctime and the local time-zone constants."""

import _time
from _time import (time, time_ns, monotonic, monotonic_ns, perf_counter, perf_counter_ns,
                   process_time, process_time_ns, thread_time, thread_time_ns, sleep)
from _structseq import make_structseq as _make_structseq

CLOCK_REALTIME = 0
CLOCK_MONOTONIC = 1
CLOCK_PROCESS_CPUTIME_ID = 2
CLOCK_THREAD_CPUTIME_ID = 3
CLOCK_MONOTONIC_RAW = 4
CLOCK_BOOTTIME = 7
CLOCK_TAI = 11

struct_time = _make_structseq(
    'time.struct_time',
    ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday',
     'tm_isdst', 'tm_zone', 'tm_gmtoff'),
    n_sequence_fields=9)


def _init_timezone():
    global timezone, altzone, daylight, tzname
    timezone, altzone, daylight, tzname = _time._tzinfo()


_init_timezone()


def tzset():
    """Re-read the TZ environment variable and reset timezone/altzone/daylight/tzname."""
    _time._tzset()
    _init_timezone()


def gmtime(seconds=None):
    """The UTC broken-down time of `seconds` since the epoch (default: now) as struct_time."""
    return struct_time(_time._gmtime(seconds))


def localtime(seconds=None):
    """The local broken-down time of `seconds` since the epoch (default: now) as struct_time."""
    return struct_time(_time._localtime(seconds))


def _as_tuple(t, funcname):
    if isinstance(t, struct_time):
        return tuple(t) + (t.tm_zone, t.tm_gmtoff)
    if not isinstance(t, tuple):
        raise TypeError(f"Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError(f"{funcname}(): illegal time tuple argument")
    return tuple(t) + (None, None)


def mktime(t):
    """Seconds since the epoch (float) of a local broken-down time."""
    values = _as_tuple(t, 'mktime')
    for v in values[:9]:
        if not isinstance(v, int):
            raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
    return _time._mktime(values[:9])


def _checked(t, funcname):
    """A validated 11-tuple for _time._strftime, normalised as CPython's checktm/strftime do."""
    values = list(_as_tuple(t, funcname))
    for v in values[:9]:
        if not isinstance(v, int):
            raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
    year, mon, mday, hour, minute, sec, wday, yday, isdst = values[:9]
    if mon == 0:
        mon = 1
    elif not 1 <= mon <= 12:
        raise ValueError("month out of range")
    if mday == 0:
        mday = 1
    elif not 1 <= mday <= 31:
        raise ValueError("day of month out of range")
    if not 0 <= hour <= 23:
        raise ValueError("hour out of range")
    if not 0 <= minute <= 59:
        raise ValueError("minute out of range")
    if not 0 <= sec <= 61:
        raise ValueError("seconds out of range")
    # As C: Sunday-based day = (wday + 1) % 7 with C's truncating remainder.
    c_wday = (wday + 1) % 7 if wday + 1 >= 0 else -((-(wday + 1)) % 7)
    if c_wday < 0:
        raise ValueError("day of week out of range")
    wday = (c_wday + 6) % 7
    if yday == 0:
        yday = 1
    elif not 1 <= yday <= 366:
        raise ValueError("day of year out of range")
    if isdst < -1:
        isdst = -1
    elif isdst > 1:
        isdst = 1
    zone, gmtoff = values[9], values[10]
    if zone is None:
        zone = tzname[1 if isdst > 0 else 0]
        gmtoff = -(altzone if isdst > 0 else timezone)
    return (year, mon, mday, hour, minute, sec, wday, yday, isdst, zone, gmtoff)


def strftime(format, t=None):
    """Format a broken-down time (default: localtime()) with C strftime directives."""
    if not isinstance(format, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(format).__name__}")
    if t is None:
        t = localtime()
    values = _checked(t, 'strftime')
    if '\0' in format:
        raise ValueError("embedded null character")
    return _time._strftime(format, values)


_DAYS = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTHS = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')


def asctime(t=None):
    """'Sun Jun 20 23:21:05 1993' for a broken-down time (default: localtime())."""
    if t is None:
        t = localtime()
    year, mon, mday, hour, minute, sec, wday = _checked(t, 'asctime')[:7]
    return '%s %s%3d %.2d:%.2d:%.2d %d' % (_DAYS[wday], _MONTHS[mon - 1], mday, hour, minute,
                                           sec, year)


def ctime(seconds=None):
    """asctime(localtime(seconds))."""
    return asctime(localtime(seconds))


def strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    """Parse a string to a struct_time according to a format."""
    import _strptime
    return _strptime._strptime_time(data_string, format)


class _ClockInfo:
    def __init__(self, **kw):
        self.__dict__.update(kw)

    def __repr__(self):
        return 'namespace(%s)' % ', '.join('%s=%r' % kv for kv in self.__dict__.items())


_CLOCKS = {
    'time': ('clock_gettime(CLOCK_REALTIME)', False, True),
    'monotonic': ('clock_gettime(CLOCK_MONOTONIC)', True, False),
    'perf_counter': ('clock_gettime(CLOCK_MONOTONIC)', True, False),
    'process_time': ('clock_gettime(CLOCK_PROCESS_CPUTIME_ID)', True, False),
    'thread_time': ('clock_gettime(CLOCK_THREAD_CPUTIME_ID)', True, False),
}


def get_clock_info(name):
    """Implementation details of one of the clocks as a namespace."""
    try:
        impl, mono, adjustable = _CLOCKS[name]
    except KeyError:
        raise ValueError("unknown clock") from None
    return _ClockInfo(implementation=impl, monotonic=mono, adjustable=adjustable,
                      resolution=1e-09)
