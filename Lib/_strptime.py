"""strptime for time and datetime: a format is turned into a regular expression (C locale
names), the match into broken-down time fields."""

import re

__all__ = []

_DAY_NAMES = ('monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday')
_MONTH_NAMES = ('january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
                'september', 'october', 'november', 'december')

# Regex for each directive (named groups as the field they fill).
_DIRECTIVES = {
    'd': r"(?P<d>3[01]|[12]\d|0[1-9]|[1-9]| [1-9])",
    'f': r"(?P<f>[0-9]{1,6})",
    'H': r"(?P<H>2[0-3]|[0-1]\d|\d)",
    'I': r"(?P<I>1[0-2]|0[1-9]|[1-9])",
    'G': r"(?P<G>\d\d\d\d)",
    'j': r"(?P<j>36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
    'm': r"(?P<m>1[0-2]|0[1-9]|[1-9])",
    'M': r"(?P<M>[0-5]\d|\d)",
    'S': r"(?P<S>6[0-1]|[0-5]\d|\d)",
    'U': r"(?P<U>5[0-3]|[0-4]\d|\d)",
    'w': r"(?P<w>[0-6])",
    'u': r"(?P<u>[1-7])",
    'V': r"(?P<V>5[0-3]|0[1-9]|[1-4]\d|\d)",
    'y': r"(?P<y>\d\d)",
    'Y': r"(?P<Y>\d\d\d\d)",
    'z': r"(?P<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
    'A': '(?P<A>' + '|'.join(_DAY_NAMES) + ')',
    'a': '(?P<a>' + '|'.join(n[:3] for n in _DAY_NAMES) + ')',
    'B': '(?P<B>' + '|'.join(_MONTH_NAMES) + ')',
    'b': '(?P<b>' + '|'.join(n[:3] for n in _MONTH_NAMES) + ')',
    'p': r"(?P<p>am|pm)",
    '%': '%',
}
_DIRECTIVES['W'] = _DIRECTIVES['U'].replace('U', 'W')
_DIRECTIVES['h'] = _DIRECTIVES['b']
_COMPOUND = {'c': '%a %b %d %H:%M:%S %Y', 'x': '%m/%d/%y', 'X': '%H:%M:%S'}

_cache = {}
_MAX_CACHE = 100


def _zone_pattern():
    import time
    names = {'utc', 'gmt'}
    for n in time.tzname:
        if n:
            names.add(n.lower())
    return '(?P<Z>' + '|'.join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + ')'


def _pattern(format):
    """The regex source for a strptime format."""
    out = []
    i = 0
    n = len(format)
    while i < n:
        c = format[i]
        if c == '%':
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % format)
            d = format[i + 1]
            i += 2
            if d in _COMPOUND:
                out.append(_pattern(_COMPOUND[d]))
            elif d == 'Z':
                out.append(_zone_pattern())
            elif d in _DIRECTIVES:
                out.append(_DIRECTIVES[d])
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, format))
            continue
        if c.isspace():
            while i < n and format[i].isspace():
                i += 1
            out.append(r'\s+')
            continue
        out.append(re.escape(c))
        i += 1
    return ''.join(out)


def _compile(format):
    regex = _cache.get(format)
    if regex is None:
        src = _pattern(format)
        # A directive may appear only once: a repeated group name is a re.error, as in CPython.
        regex = re.compile(src, re.IGNORECASE)
        if len(_cache) > _MAX_CACHE:
            _cache.clear()
        _cache[format] = regex
    return regex


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)


def _ordinal(year, month, day):
    """Proleptic Gregorian ordinal, 0001-01-01 is day 1."""
    y = year - 1
    days = y * 365 + y // 4 - y // 100 + y // 400
    days += _DAYS_BEFORE_MONTH[month] + (1 if month > 2 and _is_leap(year) else 0)
    return days + day


def _from_ordinal(n):
    """(year, month, day) of a proleptic Gregorian ordinal."""
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leap = _is_leap(year)
    month = 12
    while _DAYS_BEFORE_MONTH[month] + (month > 2 and leap) > n:
        month -= 1
    return year, month, n - _DAYS_BEFORE_MONTH[month] - (month > 2 and leap) + 1


def _weekday(year, month, day):
    return (_ordinal(year, month, day) + 6) % 7


def _week_julian(year, week_of_year, day_of_week, week_starts_mon):
    """Day of the year (1-based, may be out of range) for %U/%W week numbers."""
    first_weekday = _weekday(year, 1, 1)
    if not week_starts_mon:
        first_weekday = (first_weekday + 1) % 7
        day_of_week = (day_of_week + 1) % 7
    week_0_length = (7 - first_weekday) % 7
    if week_of_year == 0:
        return 1 + day_of_week - first_weekday
    days_to_week = week_0_length + (7 * (week_of_year - 1))
    return 1 + days_to_week + day_of_week


def _iso_julian(iso_year, iso_week, iso_weekday):
    """(year, day of year) of an ISO year/week/weekday, counted from January 1 of the ISO year
    (so it may exceed the year's length); days before it belong to the previous year."""
    fourth = _ordinal(iso_year, 1, 4)
    correction = (fourth - 1) % 7 + 1 + 3
    ordinal = iso_week * 7 + iso_weekday - correction
    if ordinal < 1:
        ordinal += _ordinal(iso_year, 1, 1)
        iso_year -= 1
        ordinal -= _ordinal(iso_year, 1, 1)
    return iso_year, ordinal


def _strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    """(fields 11-tuple, microseconds, gmtoff microseconds) parsed from data_string."""
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            msg = "strptime() argument {} must be str, not {}"
            raise TypeError(msg.format(index, type(arg)))
    regex = _compile(format)
    found = regex.match(data_string)
    if not found:
        raise ValueError("time data %r does not match format %r" % (data_string, format))
    if len(data_string) != found.end():
        raise ValueError("unconverted data remains: %s" % data_string[found.end():])

    iso_year = year = None
    month = day = 1
    hour = minute = second = fraction = 0
    tz = -1
    gmtoff = None
    gmtoff_fraction = 0
    iso_week = week_of_year = None
    week_of_year_start = None
    weekday = julian = None
    found_dict = found.groupdict()
    for group_key in found_dict:
        value = found_dict[group_key]
        if value is None:
            continue
        if group_key == 'y':
            year = int(value)
            year += 2000 if year <= 68 else 1900
        elif group_key == 'Y':
            year = int(value)
        elif group_key == 'G':
            iso_year = int(value)
        elif group_key == 'm':
            month = int(value)
        elif group_key == 'B':
            month = _MONTH_NAMES.index(value.lower()) + 1
        elif group_key == 'b':
            month = [n[:3] for n in _MONTH_NAMES].index(value.lower()) + 1
        elif group_key == 'd':
            day = int(value)
        elif group_key == 'H':
            hour = int(value)
        elif group_key == 'I':
            hour = int(value)
            ampm = found_dict.get('p', '') or ''
            ampm = ampm.lower()
            if ampm in ('', 'am'):
                if hour == 12:
                    hour = 0
            elif ampm == 'pm':
                if hour != 12:
                    hour += 12
        elif group_key == 'M':
            minute = int(value)
        elif group_key == 'S':
            second = int(value)
        elif group_key == 'f':
            fraction = int(value + '0' * (6 - len(value)))
        elif group_key == 'A':
            weekday = _DAY_NAMES.index(value.lower())
        elif group_key == 'a':
            weekday = [n[:3] for n in _DAY_NAMES].index(value.lower())
        elif group_key == 'w':
            weekday = int(value)
            weekday = 6 if weekday == 0 else weekday - 1
        elif group_key == 'u':
            weekday = int(value) - 1
        elif group_key == 'j':
            julian = int(value)
        elif group_key in ('U', 'W'):
            week_of_year = int(value)
            week_of_year_start = 6 if group_key == 'U' else 0
        elif group_key == 'V':
            iso_week = int(value)
        elif group_key == 'z':
            z = value
            if z == 'Z':
                gmtoff = 0
            else:
                if z[3] == ':':
                    z = z[:3] + z[4:]
                    if len(z) > 5:
                        if z[5] != ':':
                            raise ValueError(f"Inconsistent use of : in {found_dict['z']}")
                        z = z[:5] + z[6:]
                hours = int(z[1:3])
                minutes = int(z[3:5])
                seconds = int(z[5:7] or 0)
                gmtoff = (hours * 60 * 60) + (minutes * 60) + seconds
                gmtoff_remainder = z[8:]
                gmtoff_remainder_padding = "0" * (6 - len(gmtoff_remainder))
                gmtoff_fraction = int(gmtoff_remainder + gmtoff_remainder_padding)
                if z.startswith("-"):
                    gmtoff = -gmtoff
                    gmtoff_fraction = -gmtoff_fraction
        elif group_key == 'Z':
            import time
            found_zone = value.lower()
            if found_zone in ('utc', 'gmt'):
                tz = 0
            else:
                for i, name in enumerate(time.tzname):
                    if found_zone == name.lower():
                        if time.tzname[0] == time.tzname[1] and time.daylight and \
                                found_zone not in ("utc", "gmt"):
                            break
                        tz = i
                        break

    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with "
                             "the ISO week directive '%V' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not "
                             "compatible with ISO year directive '%G'. "
                             "Use '%Y' instead.")
    elif iso_week is not None:
        if year is None or weekday is None:
            raise ValueError("ISO week directive '%V' must be used with "
                             "the ISO year directive '%G' and a weekday "
                             "directive ('%A', '%a', '%w', or '%u').")
        else:
            raise ValueError("ISO week directive '%V' is incompatible with "
                             "the year directive '%Y'. Use the ISO year '%G' "
                             "instead.")

    leap_year_fix = False
    if year is None and month == 2 and day == 29:
        year = 1904
        leap_year_fix = True
    elif year is None:
        year = 1900

    if julian is None and weekday is not None:
        if week_of_year is not None:
            week_starts_Mon = True if week_of_year_start == 0 else False
            julian = _week_julian(year, week_of_year, weekday, week_starts_Mon)
        elif iso_year is not None and iso_week is not None:
            year, julian = _iso_julian(iso_year, iso_week, weekday + 1)
        if julian is not None and julian <= 0:
            year -= 1
            yday = 366 if _is_leap(year) else 365
            julian += yday

    if julian is None:
        julian = _ordinal(year, month, day) - _ordinal(year, 1, 1) + 1
    else:
        year, month, day = _from_ordinal(julian - 1 + _ordinal(year, 1, 1))
    if weekday is None:
        weekday = _weekday(year, month, day)
    tzname = found_dict.get("Z")
    if leap_year_fix:
        year = 1900
    return ((year, month, day, hour, minute, second, weekday, julian, tz, tzname, gmtoff),
            fraction, gmtoff_fraction)


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    import time
    tt = _strptime(data_string, format)[0]
    return time.struct_time(tt[:time.struct_time.n_fields])


def _strptime_datetime(cls, data_string, format="%a %b %d %H:%M:%S %Y"):
    """An instance of cls (datetime or a subclass) from the parsed fields."""
    from datetime import timedelta, timezone
    tt, fraction, gmtoff_fraction = _strptime(data_string, format)
    tzname, gmtoff = tt[-2:]
    args = tt[:6] + (fraction,)
    if gmtoff is not None:
        tzdelta = timedelta(seconds=gmtoff, microseconds=gmtoff_fraction)
        if tzname:
            tz = timezone(tzdelta, tzname)
        else:
            tz = timezone(tzdelta)
        args += (tz,)
    return cls(*args)
