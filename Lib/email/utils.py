"""email.utils: RFC 2822 dates (formatdate, format_datetime, parsedate_to_datetime subset)."""

import time

__all__ = ['formatdate', 'parsedate', 'parsedate_tz', 'mktime_tz']

_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def formatdate(timeval=None, localtime=False, usegmt=False):
    """An RFC 2822 date string, e.g. 'Fri, 09 Nov 2001 01:08:47 -0000' (GMT with usegmt)."""
    if timeval is None:
        timeval = time.time()
    if localtime:
        t = time.localtime(timeval)
        offset = -time.timezone if not t.tm_isdst else -time.altzone
        sign = '+' if offset >= 0 else '-'
        offset = abs(offset) // 60
        zone = '%s%02d%02d' % (sign, offset // 60, offset % 60)
    else:
        t = time.gmtime(timeval)
        zone = 'GMT' if usegmt else '-0000'
    return '%s, %02d %s %04d %02d:%02d:%02d %s' % (
        _DAYS[t.tm_wday], t.tm_mday, _MONTHS[t.tm_mon - 1], t.tm_year,
        t.tm_hour, t.tm_min, t.tm_sec, zone)


def parsedate_tz(data):
    """Parse 'Day, DD Mon YYYY HH:MM:SS zone' into a 10-tuple (last item: offset seconds) or None."""
    if not data:
        return None
    parts = data.replace(',', ' ').split()
    if parts and parts[0][:3] in _DAYS:
        parts = parts[1:]
    if len(parts) < 4:
        return None
    try:
        day = int(parts[0])
        mon = _MONTHS.index(parts[1][:3].capitalize()) + 1
        year = int(parts[2])
        hh, mm, *ss = (int(x) for x in parts[3].split(':'))
        ss = ss[0] if ss else 0
    except ValueError:
        return None
    zone = parts[4] if len(parts) > 4 else ''
    offset = 0
    if zone and zone[0] in '+-' and zone[1:].isdigit():
        v = int(zone[1:])
        offset = (v // 100 * 3600 + v % 100 * 60) * (-1 if zone[0] == '-' else 1)
    elif zone not in ('', 'GMT', 'UT', 'UTC', 'Z'):
        offset = None
    return (year, mon, day, hh, mm, ss, 0, 1, -1, offset)


def parsedate(data):
    t = parsedate_tz(data)
    return None if t is None else t[:9]


def mktime_tz(data):
    """A UTC timestamp from a parsedate_tz() tuple."""
    return _timegm(data) - (data[9] or 0)


def _timegm(t):
    year, mon, day, hh, mm, ss = t[:6]
    days = _days_from_civil(year, mon, day)
    return ((days * 24 + hh) * 60 + mm) * 60 + ss


def _days_from_civil(y, m, d):
    y -= m <= 2
    era = (y if y >= 0 else y - 399) // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468
