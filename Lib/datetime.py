"""Concrete date/time and related types (CPython 3.11's datetime, written for SwiftPy).

Proleptic Gregorian calendar; ordinal 1 is 0001-01-01. Instances are immutable: every class keeps
its fields in __slots__ and exposes them through read-only properties.
"""

import time as _time
import math as _math
from operator import index as _index

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059        # date(9999, 12, 31).toordinal()

# Days in each month of a non-leap year, and days before each month (index 0 unused).
_DIM = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DBM = [0, 0]
for _m in range(2, 13):
    _DBM.append(_DBM[-1] + _DIM[_m - 1])
del _m
_DI400Y = 146097
_DI100Y = 36524
_DI4Y = 1461

_MONTHNAMES = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAYNAMES = (None, "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _days_before_year(y):
    y -= 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(y, m):
    if m == 2 and _is_leap(y):
        return 29
    return _DIM[m]


def _ymd2ord(y, m, d):
    return _days_before_year(y) + _DBM[m] + (m > 2 and _is_leap(y)) + d


def _ord2ymd(n):
    """(year, month, day) of ordinal n (1 = 0001-01-01)."""
    n -= 1
    n400, n = divmod(n, _DI400Y)
    y = n400 * 400 + 1
    n100, n = divmod(n, _DI100Y)
    n4, n = divmod(n, _DI4Y)
    n1, n = divmod(n, 365)
    y += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return y - 1, 12, 31
    leap = n1 == 3 and (n4 != 24 or n100 == 3)
    m = (n + 50) >> 5
    before = _DBM[m] + (m > 2 and leap)
    if before > n:
        m -= 1
        before -= _DIM[m] + (m == 2 and leap)
    return y, m, n - before + 1


def _tpname(obj):
    """The type name CPython's C types show: 'datetime.X' for ours, the bare name for subclasses."""
    cls = type(obj)
    if cls.__module__ == 'datetime':
        return 'datetime.' + cls.__qualname__
    return cls.__qualname__


def _int_field(v):
    if type(v) is int:
        return v
    if isinstance(v, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    return _index(v)


def _check_date(y, m, d):
    y = _int_field(y)
    m = _int_field(m)
    d = _int_field(d)
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError(f"year {y} is out of range")
    if not 1 <= m <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= d <= (_DIM[m] if m != 2 else 28 + _is_leap(y)):
        raise ValueError("day is out of range for month")
    return y, m, d


def _check_time(hh, mm, ss, us, fold):
    hh = _int_field(hh)
    mm = _int_field(mm)
    ss = _int_field(ss)
    us = _int_field(us)
    if not 0 <= hh <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= mm <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= ss <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= us <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hh, mm, ss, us, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _check_offset(name, offset):
    """Validate what tzinfo.utcoffset()/dst() returned."""
    if offset is None:
        return None
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(offset).__name__))
    if not -_ONE_DAY < offset < _ONE_DAY:
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                         "and timedelta(hours=24).")
    return offset


def _check_tzname(name):
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                        % type(name).__name__)
    return name


def _cmperror(x, y):
    raise TypeError("can't compare %s to %s" % (_tpname(x), _tpname(y)))


def _round_div(a, b):
    """a / b rounded half to even (b > 0 or b < 0; integers)."""
    q, r = divmod(a, b)
    r2 = 2 * r
    if (r2 > b) if b > 0 else (r2 < b):
        q += 1
    elif r2 == b and q % 2 == 1:
        q += 1
    return q


def _format_time(hh, mm, ss, us, timespec='auto'):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


def _format_offset(off, sep=':'):
    """'+HH:MM[:SS[.ffffff]]' of a timedelta offset ('' for None)."""
    if off is None:
        return ''
    sign = '+'
    if off.days < 0:
        sign = '-'
        off = -off
    mm, ss = divmod(off._seconds, 60)
    hh, mm = divmod(mm, 60)
    s = '%s%02d%s%02d' % (sign, hh, sep, mm)
    if ss or off._microseconds:
        s += '%s%02d' % (sep, ss)
        if off._microseconds:
            s += '.%06d' % off._microseconds
    return s


def _wrap_strftime(obj, fmt, timetuple):
    """Expand %z, %Z and %f (which need the object) then hand the rest to time.strftime."""
    if '%' not in fmt:
        return _time.strftime(fmt, timetuple)
    out = []
    i, n = 0, len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != '%':
            out.append(ch)
            continue
        if i >= n:
            out.append('%')
            break
        ch = fmt[i]
        i += 1
        if ch == 'f':
            out.append('%06d' % getattr(obj, 'microsecond', 0))
        elif ch == 'z':
            off = obj.utcoffset() if hasattr(obj, 'utcoffset') else None
            out.append(_format_offset(off, '') if off is not None else '')
        elif ch == 'Z':
            name = obj.tzname() if hasattr(obj, 'tzname') else None
            out.append(name.replace('%', '%%') if name else '')
        else:
            out.append('%')
            out.append(ch)
    return _time.strftime(''.join(out), timetuple)


def _struct_time(y, m, d, hh, mm, ss, dst):
    wday = (_ymd2ord(y, m, d) + 6) % 7
    yday = _DBM[m] + (m > 2 and _is_leap(y)) + d
    return _time.struct_time((y, m, d, hh, mm, ss, wday, yday, dst))


# ---------------------------------------------------------------------------- timedelta

_US_PER = {'days': 86400000000, 'seconds': 1000000, 'microseconds': 1, 'milliseconds': 1000,
           'minutes': 60000000, 'hours': 3600000000, 'weeks': 604800000000}


class timedelta:
    """Difference between two datetime values: days, seconds (< 1 day), microseconds (< 1 s)."""
    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                weeks=0):
        if (type(days) is int and type(seconds) is int and type(microseconds) is int
                and type(milliseconds) is int and type(minutes) is int and type(hours) is int
                and type(weeks) is int):
            us = ((((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60 + seconds) * 1000000 \
                + milliseconds * 1000 + microseconds
            if 0 <= us < 86400000000:
                self = object.__new__(cls)
                self._days = 0
                self._seconds, self._microseconds = divmod(us, 1000000)
                self._hashcode = -1
                return self
        else:
            us = 0
            leftover = 0.0
            for name, v in (('days', days), ('seconds', seconds),
                            ('microseconds', microseconds), ('milliseconds', milliseconds),
                            ('minutes', minutes), ('hours', hours), ('weeks', weeks)):
                factor = _US_PER[name]
                if isinstance(v, int):
                    us += v * factor
                elif isinstance(v, float):
                    frac, whole = _math.modf(v)
                    us += int(whole) * factor
                    frac, whole = _math.modf(frac * factor)
                    us += int(whole)
                    leftover += frac
                else:
                    raise TypeError("unsupported type for timedelta %s component: %s"
                                    % (name, type(v).__name__))
            if leftover:
                whole = _math.floor(leftover)
                rest = leftover - whole
                whole = int(whole)
                if rest > 0.5 or (rest == 0.5 and (us + whole) % 2 == 1):
                    whole += 1
                us += whole
        return cls._from_us(us)

    @classmethod
    def _from_us(cls, us):
        s, micro = divmod(us, 1000000)
        d, s = divmod(s, 86400)
        if not -999999999 <= d <= 999999999:
            if not -2**31 <= d < 2**31:
                raise OverflowError("Python int too large to convert to C int")
            raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
        self = object.__new__(cls)
        self._days = d
        self._seconds = s
        self._microseconds = micro
        self._hashcode = -1
        return self

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    @property
    def days(self):
        """Number of days."""
        return self._days

    @property
    def seconds(self):
        """Number of seconds (>= 0 and less than 1 day)."""
        return self._seconds

    @property
    def microseconds(self):
        """Number of microseconds (>= 0 and less than 1 second)."""
        return self._microseconds

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._us() / 10**6

    def __repr__(self):
        parts = []
        if self._days:
            parts.append('days=%d' % self._days)
        if self._seconds:
            parts.append('seconds=%d' % self._seconds)
        if self._microseconds:
            parts.append('microseconds=%d' % self._microseconds)
        return '%s(%s)' % (_tpname(self), ', '.join(parts) or '0')

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            s = '%d day%s, %s' % (self._days, '' if abs(self._days) == 1 else 's', s)
        if self._microseconds:
            s += '.%06d' % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(other._us() - self._us())
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._us())

    def __pos__(self):
        return timedelta._from_us(self._us())

    def __abs__(self):
        return -self if self._days < 0 else +self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_us(_round_div(self._us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return timedelta._from_us(self._us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_us(_round_div(self._us(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            if a == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return timedelta._from_us(_round_div(b * self._us(), a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._us() % other._us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._key())
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), self._key())


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)
_ONE_DAY = timedelta(1)
_ZERO = timedelta(0)


# ---------------------------------------------------------------------------- ISO parsing

def _digits(s, i, n, what):
    part = s[i:i + n]
    if len(part) != n or not part.isdigit() or not part.isascii():
        raise ValueError(what)
    return int(part)


def _isoweek_to_ymd(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"Year is out of range: {year}")
    if not 0 < week < 53:
        # Week 53 exists only in years starting on Thursday (or Wednesday in leap years).
        first_wday = _ymd2ord(year, 1, 1) % 7
        if not (week == 53 and (first_wday == 4 or (first_wday == 3 and _is_leap(year)))):
            raise ValueError(f"Invalid week: {week}")
    if not 0 < day < 8:
        raise ValueError(f"Invalid day: {day} (range is [1, 7])")
    ordinal = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
    return _ord2ymd(ordinal)


def _iso_week1_monday(year):
    first = _days_before_year(year) + 1
    wd = (first + 6) % 7
    monday = first - wd
    if wd > 3:
        monday += 7
    return monday


def _parse_iso_date(s):
    """(y, m, d) of 'YYYY-MM-DD', 'YYYYMMDD', 'YYYY-Www[-D]' or 'YYYYWww[D]'."""
    bad = 'bad date'
    year = _digits(s, 0, 4, bad)
    dash = s[4:5] == '-'
    i = 4 + dash
    if s[i:i + 1] == 'W':
        week = _digits(s, i + 1, 2, bad)
        i += 3
        day = 1
        if i < len(s):
            if (s[i] == '-') != dash:
                raise ValueError(bad)
            i += dash
            day = _digits(s, i, 1, bad)
            i += 1
        if i != len(s):
            raise ValueError(bad)
        return _isoweek_to_ymd(year, week, day)
    month = _digits(s, i, 2, bad)
    i += 2
    if (s[i:i + 1] == '-') != dash:
        raise ValueError(bad)
    i += dash
    day = _digits(s, i, 2, bad)
    if i + 2 != len(s):
        raise ValueError(bad)
    return year, month, day


def _parse_hms(s):
    """[hh, mm, ss, us] of 'HH[:MM[:SS[.f+]]]' or 'HH[MM[SS[.f+]]]'."""
    bad = 'bad time'
    comps = [0, 0, 0, 0]
    n = len(s)
    i = 0
    sep = None
    for k in range(3):
        comps[k] = _digits(s, i, 2, bad)
        i += 2
        if i >= n or k == 2:
            break
        c = s[i]
        if k == 0:
            sep = c == ':'
        if c in '.,':
            break
        if sep:
            if c != ':':
                raise ValueError(bad)
            i += 1
    if i < n:
        if s[i] not in '.,':
            raise ValueError(bad)
        frac = s[i + 1:]
        if not frac or not frac.isdigit() or not frac.isascii():
            raise ValueError(bad)
        comps[3] = int((frac[:6]).ljust(6, '0'))
    return comps


def _parse_iso_time(s):
    """[hh, mm, ss, us, tzinfo] of a time with an optional Z/+HH:MM[:SS[.f]] offset."""
    if len(s) < 2:
        raise ValueError('too short')
    cut = -1
    for i, c in enumerate(s):
        if c in '+-Z':
            cut = i
            break
    if cut < 0:
        return _parse_hms(s) + [None]
    comps = _parse_hms(s[:cut])
    if s[cut] == 'Z':
        if cut != len(s) - 1:
            raise ValueError('bad zone')
        return comps + [timezone.utc]
    zs = s[cut + 1:]
    if len(zs) in (0, 1, 3):
        raise ValueError('bad zone')
    hh, mm, ss, us = _parse_hms(zs)
    off = timedelta(hours=hh, minutes=mm, seconds=ss, microseconds=us)
    if not off:
        return comps + [timezone.utc]
    return comps + [timezone(-off if s[cut] == '-' else off)]


def _date_time_split(s):
    """Index where the date part of an ISO datetime string ends."""
    n = len(s)
    if n <= 7:
        return n
    if s[4] == '-':
        if s[5] == 'W':
            if n > 8 and s[8] == '-':
                if n > 10 and s[10].isdigit():
                    return 8
                return 10
            return 8
        return 10
    if s[4] == 'W':
        i = 7
        while i < n and s[i].isdigit():
            i += 1
        if i < 9:
            return i
        return 7 if i % 2 == 0 else 8
    return 8


# ---------------------------------------------------------------------------- date

class date:
    """date(year, month, day) --> date object"""
    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __new__(cls, year, month=None, day=None):
        if month is None and isinstance(year, (bytes, str)) and len(year) == 4:
            state = year.encode('latin1') if isinstance(year, str) else year
            if 1 <= state[2] <= 12:
                self = object.__new__(cls)
                self._year = state[0] * 256 + state[1]
                self._month = state[2]
                self._day = state[3]
                self._hashcode = -1
                return self
        if not (type(year) is int and type(month) is int and type(day) is int
                and MINYEAR <= year <= MAXYEAR and 1 <= month <= 12 and 1 <= day <= 28):
            if month is None or day is None:
                raise TypeError("function missing required argument '%s' (pos %d)"
                                % (('month', 2) if month is None else ('day', 3)))
            year, month, day = _check_date(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        """Construct a date from a POSIX timestamp (like time.time())."""
        y, m, d = _time.localtime(_timestamp_floor(t))[:3]
        return cls(y, m, d)

    @classmethod
    def today(cls):
        """Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """Construct a date from a proleptic Gregorian ordinal (1 = 0001-01-01)."""
        n = _int_field(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAXORDINAL:
            raise ValueError("year %d is out of range" % _ord2ymd(n)[0])
        return cls(*_ord2ymd(n))

    @classmethod
    def fromisoformat(cls, date_string):
        """Construct a date from a string in ISO 8601 format."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        if len(date_string) not in (7, 8, 10):
            raise ValueError(f'Invalid isoformat string: {date_string!r}')
        try:
            fields = _parse_iso_date(date_string)
        except ValueError:
            raise ValueError(f'Invalid isoformat string: {date_string!r}') from None
        return cls(*fields)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """Construct a date from the ISO year, week number and weekday."""
        return cls(*_isoweek_to_ymd(year, week, day))

    def __repr__(self):
        return '%s(%d, %d, %d)' % (_tpname(self), self._year, self._month, self._day)

    def isoformat(self):
        """Return string in ISO 8601 format, YYYY-MM-DD."""
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        """Return ctime() style string."""
        wd = self.toordinal() % 7 or 7
        return '%s %s %2d 00:00:00 %04d' % (_DAYNAMES[wd], _MONTHNAMES[self._month],
                                            self._day, self._year)

    def strftime(self, format):
        """Format using strftime()."""
        if not isinstance(format, str):
            raise TypeError("strftime() argument 1 must be str, not %s" % type(format).__name__)
        return _wrap_strftime(self, format, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        return _struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        """Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1."""
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        """Return date with new specified fields."""
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def _dkey(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date):
            return self._dkey() == other._dkey()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date):
            return self._dkey() < other._dkey()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date):
            return self._dkey() <= other._dkey()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date):
            return self._dkey() > other._dkey()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date):
            return self._dkey() >= other._dkey()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(self._dkey())
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other._days
            if 0 < o <= _MAXORDINAL:
                return type(self).fromordinal(o)
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other._days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def weekday(self):
        """Return day of the week, where Monday == 0 ... Sunday == 6."""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Return day of the week, where Monday == 1 ... Sunday == 7."""
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        """Return a named tuple containing ISO year, week number, and weekday."""
        y = self._year
        o = self.toordinal()
        monday = _iso_week1_monday(y)
        week, day = divmod(o - monday, 7)
        if week < 0:
            y -= 1
            monday = _iso_week1_monday(y)
            week, day = divmod(o - monday, 7)
        elif week >= 52 and o >= _iso_week1_monday(y + 1):
            y += 1
            week = 0
        return _IsoCalendarDate(y, week + 1, day + 1)

    def _state(self):
        return bytes((self._year >> 8, self._year & 255, self._month, self._day))

    def __reduce__(self):
        return (type(self), (self._state(),))



date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


def _timestamp_floor(t):
    if isinstance(t, int):
        return t
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        return _math.floor(t)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(t).__name__)


class IsoCalendarDate(tuple):

    def __new__(cls, year, week, weekday, /):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return ('%s(year=%d, week=%d, weekday=%d)'
                % (_tpname(self), self[0], self[1], self[2]))


_IsoCalendarDate = IsoCalendarDate
del IsoCalendarDate     # reachable only through date.isocalendar(), as in CPython


# ---------------------------------------------------------------------------- tzinfo

class tzinfo:
    """Abstract base class for time zone info objects."""
    __slots__ = ()

    def tzname(self, dt):
        """datetime -> string name of time zone."""
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        """datetime -> timedelta, positive for east of UTC, negative for west of UTC"""
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        """datetime -> DST offset as timedelta, positive for east of UTC."""
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = dt.utcoffset()
        if off is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        delta = off - dst
        if delta:
            dt += delta
            dst = dt.dst()
            if dst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + dst

    def __reduce__(self):
        getinitargs = getattr(self, '__getinitargs__', None)
        args = getinitargs() if getinitargs else ()
        getstate = getattr(self, '__getstate__', None)
        state = getstate() if getstate else (getattr(self, '__dict__', None) or None)
        return (type(self), args, state)


# ---------------------------------------------------------------------------- time

class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object"""
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_hashcode', '_fold')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        if isinstance(hour, (bytes, str)) and len(hour) == 6:
            state = hour.encode('latin1') if isinstance(hour, str) else hour
            if state[0] & 0x7F < 24:
                self = object.__new__(cls)
                self._setstate(state, minute or None)
                return self
        hour, minute, second, microsecond, fold = _check_time(hour, minute, second,
                                                              microsecond, fold)
        if tzinfo is not None:
            _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    def _setstate(self, state, tz):
        if tz is not None:
            _check_tzinfo(tz)
        h = state[0]
        self._fold = h >> 7
        self._hour = h & 0x7F
        self._minute = state[1]
        self._second = state[2]
        self._microsecond = (state[3] << 16) | (state[4] << 8) | state[5]
        self._tzinfo = tz
        self._hashcode = -1

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def _tkey(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def _cmp(self, other, eq):
        mytz, ottz = self._tzinfo, other._tzinfo
        if mytz is ottz:
            a, b = self._tkey(), other._tkey()
            return (a > b) - (a < b)
        myoff, otoff = self.utcoffset(), other.utcoffset()
        if myoff == otoff:
            a, b = self._tkey(), other._tkey()
            return (a > b) - (a < b)
        if myoff is None or otoff is None:
            if eq:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware times")
        a = (self._hour * 60 + self._minute) * 60000000 - myoff._us() \
            + self._second * 1000000 + self._microsecond
        b = (other._hour * 60 + other._minute) * 60000000 - otoff._us() \
            + other._second * 1000000 + other._microsecond
        return (a > b) - (a < b)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp(other, True) == 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other, False) >= 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            if off is None:
                self._hashcode = hash(t._tkey())
            else:
                us = ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 \
                    + self._microsecond - off._us()
                self._hashcode = hash(us)
        return self._hashcode

    def _tzstr(self):
        return _format_offset(self.utcoffset())

    def __repr__(self):
        if self._microsecond:
            s = ', %d, %d' % (self._second, self._microsecond)
        elif self._second:
            s = ', %d' % self._second
        else:
            s = ''
        s = '%s(%d, %d%s)' % (_tpname(self), self._hour, self._minute, s)
        if self._tzinfo is not None:
            s = s[:-1] + ', tzinfo=%r)' % (self._tzinfo,)
        if self._fold:
            s = s[:-1] + ', fold=1)'
        return s

    def isoformat(self, timespec='auto'):
        """Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM]."""
        return _format_time(self._hour, self._minute, self._second, self._microsecond,
                            timespec) + self._tzstr()

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, time_string):
        """Construct a time from a string in one of the ISO 8601 formats."""
        if not isinstance(time_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = time_string[1:] if time_string[:1] == 'T' else time_string
        try:
            fields = _parse_iso_time(s)
        except ValueError:
            raise ValueError(f'Invalid isoformat string: {time_string!r}') from None
        return cls(*fields)

    def strftime(self, format):
        """Format using strftime()."""
        if not isinstance(format, str):
            raise TypeError("strftime() argument 1 must be str, not %s" % type(format).__name__)
        tt = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _wrap_strftime(self, format, tt)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(None)."""
        if self._tzinfo is None:
            return None
        return _check_offset('utcoffset', self._tzinfo.utcoffset(None))

    def tzname(self):
        """Return self.tzinfo.tzname(None)."""
        if self._tzinfo is None:
            return None
        return _check_tzname(self._tzinfo.tzname(None))

    def dst(self):
        """Return self.tzinfo.dst(None)."""
        if self._tzinfo is None:
            return None
        return _check_offset('dst', self._tzinfo.dst(None))

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        """Return time with new specified fields."""
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _state(self, protocol):
        us = self._microsecond
        h = self._hour + (128 if self._fold and protocol > 3 else 0)
        return bytes((h, self._minute, self._second, us >> 16, (us >> 8) & 255, us & 255))

    def __reduce_ex__(self, protocol):
        if self._tzinfo is None:
            return (type(self), (self._state(protocol),))
        return (type(self), (self._state(protocol), self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)



time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ---------------------------------------------------------------------------- datetime

class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])

The year, month and day arguments are required. tzinfo may be None, or an
instance of a tzinfo subclass. The remaining arguments may be ints.
"""
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        if isinstance(year, (bytes, str)) and len(year) == 10:
            state = year.encode('latin1') if isinstance(year, str) else year
            if 1 <= state[2] & 0x7F <= 12:
                self = object.__new__(cls)
                self._setstate(state, month)
                return self
        if not (type(year) is int and type(month) is int and type(day) is int
                and type(hour) is int and type(minute) is int and type(second) is int
                and type(microsecond) is int and MINYEAR <= year <= MAXYEAR
                and 1 <= month <= 12 and 1 <= day <= 28 and 0 <= hour <= 23
                and 0 <= minute <= 59 and 0 <= second <= 59 and 0 <= microsecond <= 999999
                and (fold == 0 or fold == 1)):
            if month is None or day is None:
                raise TypeError("function missing required argument '%s' (pos %d)"
                                % (('month', 2) if month is None else ('day', 3)))
            year, month, day = _check_date(year, month, day)
            hour, minute, second, microsecond, fold = _check_time(hour, minute, second,
                                                                  microsecond, fold)
        if tzinfo is not None:
            _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    def _setstate(self, state, tz):
        if tz is not None:
            _check_tzinfo(tz)
        self._year = state[0] * 256 + state[1]
        m = state[2]
        self._fold = m >> 7
        self._month = m & 0x7F
        self._day = state[3]
        self._hour = state[4]
        self._minute = state[5]
        self._second = state[6]
        self._microsecond = (state[7] << 16) | (state[8] << 8) | state[9]
        self._tzinfo = tz
        self._hashcode = -1

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    @classmethod
    def _from_timestamp(cls, t, utc, tz):
        if isinstance(t, int):
            secs, us = t, 0
        elif isinstance(t, float):
            if t != t:
                raise ValueError("Invalid value NaN (not a number)")
            frac, whole = _math.modf(t)
            us = round(frac * 1e6)
            secs = int(whole)
            if us >= 1000000:
                secs += 1
                us -= 1000000
            elif us < 0:
                secs -= 1
                us += 1000000
        else:
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(t).__name__)
        convert = _time.gmtime if utc else _time.localtime
        y, m, d, hh, mm, ss = convert(secs)[:6]
        result = cls(y, m, d, hh, mm, min(ss, 59), us, tz)
        if tz is None and not utc:
            # A fold exists if the local clock 24 hours earlier was ahead of a straight 24 hours.
            day = 86400
            y, m, d, hh, mm, ss = convert(secs - day)[:6]
            trans = result - cls(y, m, d, hh, mm, ss, us) - timedelta(0, day)
            if trans.days < 0:
                y, m, d, hh, mm, ss = convert(secs + trans // timedelta(0, 1))[:6]
                if cls(y, m, d, hh, mm, ss, us) == result:
                    result._fold = 1
        elif tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """timestamp[, tz] -> tz's local time from POSIX timestamp."""
        _check_tzinfo(tz)
        return cls._from_timestamp(t, tz is not None, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        """Construct a naive UTC datetime from a POSIX timestamp."""
        return cls._from_timestamp(t, True, None)

    @classmethod
    def now(cls, tz=None):
        """Returns new datetime object representing current time local to tz."""
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        """Return a new datetime representing UTC day and time."""
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """date, time -> datetime with same date and time fields"""
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(time).__name__)
        if tzinfo is True:
            tzinfo = time._tzinfo
        return cls(date._year, date._month, date._day, time._hour, time._minute, time._second,
                   time._microsecond, tzinfo, fold=time._fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """Construct a datetime from a string in one of the ISO 8601 formats."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = date_string
        if len(s) < 7:
            raise ValueError(f'Invalid isoformat string: {date_string!r}')
        try:
            cut = _date_time_split(s)
            ymd = _parse_iso_date(s[:cut])
            if len(s) > cut:
                hms = _parse_iso_time(s[cut + 1:])
            else:
                hms = [0, 0, 0, 0, None]
        except ValueError:
            raise ValueError(f'Invalid isoformat string: {date_string!r}') from None
        return cls(*ymd, *hms)

    @classmethod
    def strptime(cls, date_string, format):
        """string, format -> new datetime parsed from a string (like time.strptime())."""
        if not isinstance(date_string, str):
            raise TypeError("strptime() argument 1 must be str, not %s"
                            % type(date_string).__name__)
        if not isinstance(format, str):
            raise TypeError("strptime() argument 2 must be str, not %s" % type(format).__name__)
        import _strptime
        return _strptime._strptime_datetime(cls, date_string, format)

    def timetuple(self):
        """Return time tuple compatible with time.localtime()."""
        dst = self.dst()
        dst = -1 if dst is None else (1 if dst else 0)
        return _struct_time(self._year, self._month, self._day, self._hour, self._minute,
                            self._second, dst)

    def _local_seconds(self):
        """Seconds since the epoch of this naive local time (CPython's fold-aware search)."""
        epoch = _EPOCH_ORD * 86400
        t = (self.toordinal() * 86400 + (self._hour * 60 + self._minute) * 60
             + self._second) - epoch

        def local(u):
            y, m, d, hh, mm, ss = _time.localtime(u)[:6]
            return _ymd2ord(y, m, d) * 86400 + (hh * 60 + mm) * 60 + ss - epoch

        a = local(t) - t
        u1 = t - a
        t1 = local(u1)
        if t1 == t:
            u2 = u1 + (86400 if self._fold else -86400)
            b = local(u2) - u2
            if a == b:
                return u1
        else:
            b = t1 - u1
        u2 = t - b
        t2 = local(u2)
        if t2 == t:
            return u2
        if t1 == t:
            return u1
        return (min if self._fold else max)(u1, u2)

    def timestamp(self):
        """Return POSIX timestamp as float."""
        if self._tzinfo is None:
            return self._local_seconds() + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def utctimetuple(self):
        """Return UTC time tuple compatible with time.gmtime()."""
        off = self.utcoffset()
        t = self - off if off else self
        return _struct_time(t._year, t._month, t._day, t._hour, t._minute, t._second, 0)

    def date(self):
        """Return date object with same year, month and day."""
        return date(self._year, self._month, self._day)

    def time(self):
        """Return time object with same time but with tzinfo=None."""
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        """Return time object with same time and tzinfo."""
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo,
                    fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None,
                microsecond=None, tzinfo=True, *, fold=None):
        """Return datetime with new specified fields."""
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day,
                          self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def _local_timezone(self):
        ts = (self - _EPOCH) // timedelta(seconds=1) if self._tzinfo is not None \
            else self._local_seconds()
        lt = _time.localtime(ts)
        return timezone(timedelta(seconds=lt.tm_gmtoff), lt.tm_zone)

    def astimezone(self, tz=None):
        """tz -> convert to local time in new timezone tz"""
        if tz is None:
            tz = self._local_timezone()
        else:
            _check_tzinfo(tz)
        mytz = self._tzinfo
        if mytz is None:
            mytz = self._local_timezone()
            off = mytz.utcoffset(self)
        else:
            off = mytz.utcoffset(self)
            if off is None:
                mytz = self.replace(tzinfo=None)._local_timezone()
                off = mytz.utcoffset(self)
        if tz is mytz:
            return self
        utc = (self - off).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        """Return ctime() style string."""
        wd = self.toordinal() % 7 or 7
        return '%s %s %2d %02d:%02d:%02d %04d' % (
            _DAYNAMES[wd], _MONTHNAMES[self._month], self._day, self._hour, self._minute,
            self._second, self._year)

    def isoformat(self, sep='T', timespec='auto'):
        """[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM]."""
        if not isinstance(sep, str) or len(sep) != 1:
            if not isinstance(sep, str):
                raise TypeError("isoformat() argument 1 must be a unicode character, not %s"
                                % type(sep).__name__)
            raise TypeError("isoformat() argument 1 must be a unicode character, not str")
        return ('%04d-%02d-%02d%s' % (self._year, self._month, self._day, sep)
                + _format_time(self._hour, self._minute, self._second, self._microsecond,
                               timespec)
                + _format_offset(self.utcoffset()))

    def __str__(self):
        return self.isoformat(sep=' ')

    def __repr__(self):
        parts = [self._year, self._month, self._day, self._hour, self._minute,
                 self._second, self._microsecond]
        while len(parts) > 5 and parts[-1] == 0:
            parts.pop()
        s = '%s(%s)' % (_tpname(self), ', '.join(map(str, parts)))
        if self._tzinfo is not None:
            s = s[:-1] + ', tzinfo=%r)' % (self._tzinfo,)
        if self._fold:
            s = s[:-1] + ', fold=1)'
        return s

    def strftime(self, format):
        """Format using strftime()."""
        if not isinstance(format, str):
            raise TypeError("strftime() argument 1 must be str, not %s" % type(format).__name__)
        return _wrap_strftime(self, format, self.timetuple())

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset('utcoffset', self._tzinfo.utcoffset(self))

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        if self._tzinfo is None:
            return None
        return _check_tzname(self._tzinfo.tzname(self))

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        if self._tzinfo is None:
            return None
        return _check_offset('dst', self._tzinfo.dst(self))

    def _dtkey(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second,
                self._microsecond)

    def _cmp(self, other, eq):
        mytz, ottz = self._tzinfo, other._tzinfo
        if mytz is not ottz:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            if eq:
                # An ambiguous or missing local time never equals one in another zone.
                if myoff != self.replace(fold=not self._fold).utcoffset():
                    return 2
                if otoff != other.replace(fold=not other._fold).utcoffset():
                    return 2
            if myoff != otoff:
                if myoff is None or otoff is None:
                    if eq:
                        return 2
                    raise TypeError("can't compare offset-naive and offset-aware datetimes")
                d = self - other
                if d._days < 0:
                    return -1
                return 1 if d else 0
        a, b = self._dtkey(), other._dtkey()
        return (a > b) - (a < b)

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, True) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, False) < 0
        if isinstance(other, date):
            _cmperror(self, other)
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, False) <= 0
        if isinstance(other, date):
            _cmperror(self, other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, False) > 0
        if isinstance(other, date):
            _cmperror(self, other)
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, False) >= 0
        if isinstance(other, date):
            _cmperror(self, other)
        return NotImplemented

    def _total_us(self):
        return ((_ymd2ord(self._year, self._month, self._day) * 86400 + (self._hour * 60 + self._minute) * 60
                 + self._second) * 1000000 + self._microsecond)

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = self._total_us() + other._us()
        secs, micro = divmod(us, 1000000)
        days, secs = divmod(secs, 86400)
        if not 0 < days <= _MAXORDINAL:
            raise OverflowError("date value out of range")
        y, m, d = _ord2ymd(days)
        hh, secs = divmod(secs, 3600)
        mm, ss = divmod(secs, 60)
        cls = type(self)
        if cls is not datetime:
            return cls(y, m, d, hh, mm, ss, micro, self._tzinfo)
        r = object.__new__(datetime)
        r._year = y
        r._month = m
        r._day = d
        r._hour = hh
        r._minute = mm
        r._second = ss
        r._microsecond = micro
        r._tzinfo = self._tzinfo
        r._fold = 0
        r._hashcode = -1
        return r

    __radd__ = __add__

    def __sub__(self, other):
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return NotImplemented
        base = timedelta._from_us(self._total_us() - other._total_us())
        if self._tzinfo is other._tzinfo:
            return base
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if myoff == otoff:
            return base
        if myoff is None or otoff is None:
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return base + otoff - myoff

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            if off is None:
                self._hashcode = hash(t._dtkey())
            else:
                self._hashcode = hash(t._total_us() - off._us())
        return self._hashcode

    def _state(self, protocol):
        us = self._microsecond
        m = self._month + (128 if self._fold and protocol > 3 else 0)
        return bytes((self._year >> 8, self._year & 255, m, self._day, self._hour,
                      self._minute, self._second, us >> 16, (us >> 8) & 255, us & 255))

    def __reduce_ex__(self, protocol):
        if self._tzinfo is None:
            return (type(self), (self._state(protocol),))
        return (type(self), (self._state(protocol), self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_date_class = date
_time_class = time
_EPOCH_ORD = _ymd2ord(1970, 1, 1)


# ---------------------------------------------------------------------------- timezone

class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""
    __slots__ = ('_offset', '_name')

    _Omitted = object()

    def __new__(cls, offset, name=_Omitted):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % type(offset).__name__)
        if name is cls._Omitted:
            if not offset:
                return cls.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if not cls._minoffset <= offset <= cls._maxoffset:
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24), not %r." % (offset,))
        return cls._create(offset, name)

    def __init_subclass__(cls, **kw):
        raise TypeError("type 'datetime.timezone' is not an acceptable base type")

    @classmethod
    def _create(cls, offset, name=None):
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return (type(self), self.__getinitargs__(), None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is self.utc:
            return 'datetime.timezone.utc'
        if self._name is None:
            return '%s(%r)' % (_tpname(self), self._offset)
        return '%s(%r, %r)' % (_tpname(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return self._offset
        raise TypeError("utcoffset(dt) argument must be a datetime instance or None, not %s"
                        % type(dt).__name__)

    def tzname(self, dt):
        if isinstance(dt, datetime) or dt is None:
            if self._name is None:
                return self._name_from_offset(self._offset)
            return self._name
        raise TypeError("tzname(dt) argument must be a datetime instance or None, not %s"
                        % type(dt).__name__)

    def dst(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return None
        raise TypeError("dst(dt) argument must be a datetime instance or None, not %s"
                        % type(dt).__name__)

    def fromutc(self, dt):
        if isinstance(dt, datetime):
            if dt.tzinfo is not self:
                raise ValueError("fromutc: dt.tzinfo is not self")
            return dt + self._offset
        raise TypeError("fromutc: argument must be a datetime")

    _maxoffset = timedelta(hours=24, microseconds=-1)
    _minoffset = -_maxoffset

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return 'UTC'
        return 'UTC' + _format_offset(delta)


timezone.utc = timezone._create(timedelta(0))
timezone.min = timezone._create(-timedelta(hours=23, minutes=59))
timezone.max = timezone._create(timedelta(hours=23, minutes=59))
UTC = timezone.utc
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)

# CPython's classes are C types named 'datetime.date' etc. in messages built from tp_name.
from _typenames import set_type_name as _set_type_name
for _cls in (date, time, datetime, timedelta, tzinfo, timezone):
    _set_type_name(_cls, 'datetime.' + _cls.__name__)
del _cls, _set_type_name
