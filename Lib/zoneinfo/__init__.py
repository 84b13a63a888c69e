"""IANA time zones (PEP 615) read from the system's TZif files.

SwiftPy: one module in place of CPython's _zoneinfo/_tzpath/_common; no `tzdata` package
fallback.  Dates past a zone's last transition follow the POSIX TZ string of the file footer.
"""
import os
import weakref
from collections import OrderedDict
from datetime import datetime, timedelta, tzinfo

__all__ = ["ZoneInfo", "reset_tzpath", "available_timezones", "TZPATH",
           "ZoneInfoNotFoundError", "InvalidTZPathWarning"]

# CPython's sysconfig TZPATH on Linux.
_DEFAULT_TZPATH = "/usr/share/zoneinfo:/usr/lib/zoneinfo:/usr/share/lib/zoneinfo:/etc/zoneinfo"
_EPOCH_ORDINAL = 719163     # datetime(1970, 1, 1).toordinal()


class ZoneInfoNotFoundError(KeyError):
    """Exception raised when a ZoneInfo key is not found."""


class InvalidTZPathWarning(RuntimeWarning):
    """Warning raised if an invalid path is specified in PYTHONTZPATH."""


# --- the search path ---

TZPATH = ()


def _relative_paths_message(paths):
    return ("Paths should be absolute but found the following relative paths:"
            + "".join("\n    " + p for p in paths if not os.path.isabs(p)))


def _tzpath_from_string(text):
    if not text:
        return ()
    parts = text.split(os.pathsep)
    good = tuple(p for p in parts if os.path.isabs(p))
    if len(good) != len(parts):
        import warnings
        warnings.warn("Invalid paths specified in PYTHONTZPATH environment variable. "
                      + _relative_paths_message(parts), InvalidTZPathWarning)
    return good


def reset_tzpath(to=None):
    """Set TZPATH to `to` (absolute paths), or to PYTHONTZPATH or the default."""
    global TZPATH
    if to is not None:
        if isinstance(to, (str, bytes)):
            raise TypeError("tzpaths must be a list or tuple, not %s: %r" % (type(to), to))
        if not all(map(os.path.isabs, to)):
            raise ValueError(_relative_paths_message(to))
        TZPATH = tuple(to)
    else:
        env = os.environ.get("PYTHONTZPATH")
        TZPATH = _tzpath_from_string(env if env is not None else _DEFAULT_TZPATH)


reset_tzpath()


def _check_key(key):
    if os.path.isabs(key):
        raise ValueError("ZoneInfo keys may not be absolute paths, got: %s" % key)
    normal = os.path.normpath(key)
    if len(normal) != len(key):
        raise ValueError("ZoneInfo keys must be normalized relative paths, got: %s" % key)
    if normal == ".." or normal.startswith("../"):
        raise ValueError("ZoneInfo keys must refer to subdirectories of TZPATH, got: %s" % key)


def _find_tzfile(key):
    _check_key(key)
    for root in TZPATH:
        path = os.path.join(root, key)
        if os.path.isfile(path):
            return path
    return None


def available_timezones():
    """The set of every key with a TZif file on TZPATH (opens every candidate file)."""
    zones = set()
    for root in TZPATH:
        if not os.path.exists(root):
            continue
        for folder, dirs, files in os.walk(root):
            if folder == root:
                for skip in ("right", "posix"):
                    if skip in dirs:
                        dirs.remove(skip)
            for name in files:
                path = os.path.join(folder, name)
                key = os.path.relpath(path, start=root)
                if not key or key in zones:
                    continue
                try:
                    with open(path, "rb") as fh:
                        if fh.read(4) != b"TZif":
                            continue
                except Exception:
                    continue
                zones.add(key)
    zones.discard("posixrules")
    return zones


# --- offsets ---

_DELTAS = {}


def _delta(seconds):
    d = _DELTAS.get(seconds)
    if d is None:
        if len(_DELTAS) > 512:
            _DELTAS.clear()
        d = _DELTAS[seconds] = timedelta(seconds=seconds)
    return d


class _Info:
    """One local time type: offsets as timedeltas and the abbreviation."""
    __slots__ = ("utcoff", "dstoff", "tzname")

    def __init__(self, utcoff, dstoff, tzname):
        self.utcoff = utcoff
        self.dstoff = dstoff
        self.tzname = tzname

    def __eq__(self, other):
        return (self.utcoff == other.utcoff and self.dstoff == other.dstoff
                and self.tzname == other.tzname)


_NO_INFO = _Info(None, None, None)


def _days_before_year(year):
    """Days from 1970-01-01 to year-01-01, minus one (so day n of `Jn` needs no shift)."""
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400 - _EPOCH_ORDINAL


def _isleap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


_CUM_DAYS = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)


class _JulianDay:
    """POSIX `Jn` (1..365, no Feb 29) or `n` (0..365, counting Feb 29) at a local time."""

    def __init__(self, day, julian):
        if not int(julian) <= day <= 365:
            raise ValueError("d must be in [%d, 365], not: %d" % (int(julian), day))
        self.day, self.julian, self.seconds = day, julian, 7200

    def local_seconds(self, year):
        day = self.day
        if self.julian and day >= 59 and _isleap(year):
            day += 1
        return (_days_before_year(year) + day) * 86400 + self.seconds


class _MonthWeekDay:
    """POSIX `Mm.w.d`: weekday d (0 = Sunday) of week w (5 = last) of month m."""

    def __init__(self, month, week, weekday):
        if not 1 <= month <= 12:
            raise ValueError("m must be in [1, 12]")
        if not 1 <= week <= 5:
            raise ValueError("w must be in [1, 5]")
        if not 0 <= weekday <= 6:
            raise ValueError("d must be in [0, 6]")
        self.month, self.week, self.weekday, self.seconds = month, week, weekday, 7200

    def local_seconds(self, year):
        first = _days_before_year(year) + 1 + _CUM_DAYS[self.month - 1] + (
            self.month > 2 and _isleap(year))           # days from 1970-01-01 to the 1st
        first_weekday = (first + 4) % 7          # 1970-01-01 was a Thursday (4, Sunday = 0)
        day = (self.weekday - first_weekday) % 7 + (self.week - 1) * 7
        length = (31, 29 if _isleap(year) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30,
                  31)[self.month - 1]
        if day >= length:
            day -= 7
        return (first + day) * 86400 + self.seconds


class _Rule:
    """A POSIX TZ string with daylight saving time: the zone after the last transition."""

    def __init__(self, std_abbr, std_off, dst_abbr, dst_off, start, end):
        self.diff = dst_off - std_off
        self.std = _Info(_delta(std_off), _delta(0), std_abbr)
        self.dst = _Info(_delta(dst_off), _delta(self.diff), dst_abbr)
        self.start, self.end = start, end

    def info(self, local, year, fold):
        """The type for a local timestamp; `fold` picks the side of a gap or repeat."""
        start, end = self.start.local_seconds(year), self.end.local_seconds(year)
        if fold == (self.diff >= 0):
            end -= self.diff
        else:
            start += self.diff
        if start < end:
            in_dst = start <= local < end
        else:
            in_dst = not end <= local < start
        return self.dst if in_dst else self.std

    def info_fromutc(self, stamp, year):
        """(type, fold) for a UTC timestamp expressed as local-standard seconds of `year`."""
        start = self.start.local_seconds(year) - self.std.utcoff.total_seconds()
        end = self.end.local_seconds(year) - self.dst.utcoff.total_seconds()
        if start < end:
            in_dst = start <= stamp < end
        else:
            in_dst = not end <= stamp < start
        if self.diff > 0:
            fold = end <= stamp < end + self.diff
        else:
            fold = start <= stamp < start - self.diff
        return (self.dst if in_dst else self.std), fold


def _parse_offset(text, what, tz):
    """[+-]hh[:mm[:ss]] -> seconds east of UTC (POSIX signs are inverted)."""
    sign = -1
    if text[0] in "+-":
        sign = 1 if text[0] == "-" else -1
        text = text[1:]
    parts = text.split(":")
    hours = int(parts[0])
    seconds = hours * 3600 + sum(int(p) * f for p, f in zip(parts[1:], (60, 1)))
    if what is not None and hours > 24:
        try:
            raise ValueError("Offset hours must be in [0, 24]: %s" % text)
        except ValueError as e:
            raise ValueError("Invalid %s offset in %s" % (what, tz)) from e
    return sign * seconds


def _scan_abbr(text, pos, std):
    """(abbreviation, new pos) or (None, pos): <quoted> or a run of letters and the like."""
    if pos < len(text) and text[pos] == "<":
        close = text.find(">", pos)
        inner = text[pos + 1:close] if close > pos else ""
        if close < 0 or not inner or any(not (c.isascii() and (c.isalnum() or c in "+-"))
                                         for c in inner):
            return None, pos
        return inner, close + 1
    end = pos
    stop = "<0123456789:.+-" if std else "0123456789:.+-"
    while end < len(text) and text[end] not in stop and text[end] != ",":
        end += 1
    return (text[pos:end], end) if end > pos else (None, pos)


def _scan_offset(text, pos):
    """End of an offset [+-]d{1,3}(:dd(:dd)?)? at pos, or pos when there is none."""
    i = pos
    if i < len(text) and text[i] in "+-":
        i += 1
    digits = i
    while i < len(text) and text[i].isdigit() and text[i].isascii() and i - digits < 3:
        i += 1
    if i == digits:
        return pos
    for _ in range(2):
        if text[i:i + 1] == ":" and text[i + 1:i + 3].isdigit() and len(text[i + 1:i + 3]) == 2:
            i += 3
        else:
            break
    return i


def _parse_time(text):
    sign = 1
    body = text
    if body[:1] in ("+", "-"):
        sign = -1 if body[0] == "-" else 1
        body = body[1:]
    parts = body.split(":")
    ok = (1 <= len(parts) <= 3 and 1 <= len(parts[0]) <= 3
          and all(len(p) == 2 for p in parts[1:])
          and all(p.isdigit() and p.isascii() for p in parts))
    if not ok:
        raise ValueError("Invalid time: %s" % text)
    h, m, s = (list(map(int, parts)) + [0, 0])[:3]
    if h > 167:
        raise ValueError("Hour must be in [0, 167]: %s" % text)
    return sign * (h * 3600 + m * 60 + s)


def _parse_date(text):
    date, slash, time = text.partition("/")
    if date[:1] == "M":
        fields = date[1:].split(".")
        if (len(fields) != 3 or not all(f.isdigit() and f.isascii() for f in fields)
                or not 1 <= len(fields[0]) <= 2 or len(fields[1]) != 1 or len(fields[2]) != 1):
            raise ValueError("Invalid dst start/end date: %s" % text)
        when = _MonthWeekDay(*map(int, fields))
    elif date[:1] == "J":
        when = _JulianDay(int(date[1:]), True)
    else:
        when = _JulianDay(int(date), False)
    if slash:
        when.seconds = _parse_time(time)
    return when


def _parse_tz_string(tz):
    """The zone a POSIX TZ string describes: an _Info (no DST) or a _Rule."""
    spec, comma, rules = tz.partition(",")
    std, pos = _scan_abbr(spec, 0, True)
    std_off = dst_off = 0
    dst = None
    bad = std is None
    if not bad and pos < len(spec):
        end = _scan_offset(spec, pos)
        if end == pos:
            bad = True
        else:
            std_off = _parse_offset(spec[pos:end], "STD", tz)
            pos = end
            if pos < len(spec):
                dst, pos = _scan_abbr(spec, pos, False)
                if dst is None:
                    bad = True
                else:
                    dst_off = std_off + 3600
                    if pos < len(spec):
                        end = _scan_offset(spec, pos)
                        if end != len(spec):
                            bad = True
                        else:
                            dst_off = _parse_offset(spec[pos:end], "DST", tz)
                            pos = end
    if bad or pos != len(spec):
        raise ValueError("%s is not a valid TZ string" % tz)
    if dst is None:
        if comma:
            raise ValueError("Transition rule present without DST: %s" % tz)
        return _Info(_delta(std_off), _delta(0), std)
    if not comma:
        raise ValueError("Missing transition rules: %s" % tz)
    try:
        start, end = (_parse_date(x) for x in rules.split(",", 1))
    except ValueError as e:
        raise ValueError("Invalid TZ string: %s" % tz) from e
    return _Rule(std, std_off, dst, dst_off, start, end)


# --- TZif files (RFC 8536) ---

def _read_tzif(fobj):
    """(transition UTC times, type index per transition, utc offsets, isdst flags,
    abbreviations, footer TZ string or None)."""
    data = fobj.read()

    def header(pos):
        if data[pos:pos + 4] != b"TZif":
            raise ValueError("Invalid TZif file: magic not found")
        version = 1 if data[pos + 4:pos + 5] == b"\x00" else int(data[pos + 4:pos + 5])
        counts = [int.from_bytes(data[pos + 20 + 4 * i:pos + 24 + 4 * i], "big", signed=True)
                  for i in range(6)]
        return version, counts, pos + 44

    version, (isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt), pos = header(0)
    size = 4
    if version >= 2:
        pos += timecnt * 5 + typecnt * 6 + charcnt + leapcnt * 8 + isstdcnt + isutcnt
        version, (isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt), pos = header(pos)
        size = 8
    times = [int.from_bytes(data[p:p + size], "big", signed=True)
             for p in range(pos, pos + timecnt * size, size)]
    pos += timecnt * size
    indices = list(data[pos:pos + timecnt])
    pos += timecnt
    utcoffs, isdsts, abbr_at = [], [], []
    for p in range(pos, pos + typecnt * 6, 6):
        utcoffs.append(int.from_bytes(data[p:p + 4], "big", signed=True))
        isdsts.append(int.from_bytes(data[p + 4:p + 5], "big", signed=True))
        abbr_at.append(int.from_bytes(data[p + 5:p + 6], "big", signed=True))
    pos += typecnt * 6
    chars = data[pos:pos + charcnt]
    pos += charcnt
    abbrs = []
    for at in abbr_at:
        end = chars.find(b"\x00", at)
        abbrs.append(chars[at:end].decode())
    footer = None
    if version >= 2:
        pos += isutcnt + isstdcnt + leapcnt * 12
        assert data[pos:pos + 1] == b"\n"
        end = data.find(b"\n", pos + 1)
        footer = data[pos + 1:end if end >= 0 else len(data)]
    return times, indices, utcoffs, isdsts, abbrs, footer


def _dst_offsets(indices, utcoffs, isdsts):
    """DST amounts per type: TZif stores only isdst, so each DST type's amount is its offset
    minus that of a neighbouring standard-time transition (CPython's inference; an hour when
    none is found)."""
    count = len(isdsts)
    result = [0] * count
    wanted, found = sum(isdsts), 0
    for i in range(1, len(indices)):
        if found == wanted:
            break
        idx = indices[i]
        if not isdsts[idx] or result[idx]:
            continue
        amount = 0
        prev = indices[i - 1]
        if not isdsts[prev]:
            amount = utcoffs[idx] - utcoffs[prev]
        if not amount and idx < count - 1:
            nxt = indices[i + 1]
            if isdsts[nxt]:
                continue
            amount = utcoffs[idx] - utcoffs[nxt]
        if amount:
            found += 1
            result[idx] = amount
    else:
        for idx in range(count):
            if isdsts[idx] and not result[idx]:
                result[idx] = 3600
    return result


def _local_transitions(indices, times, utcoffs):
    """Transition times in local wall seconds: [fold=0 list, fold=1 list].  Across each
    transition fold 0 uses the larger of the two offsets, fold 1 the smaller."""
    if not times:
        return [[], []]
    walls = [[], []]
    for i, t in enumerate(times):
        before = utcoffs[indices[i - 1]] if i else utcoffs[0]
        after = utcoffs[indices[i]]
        if len(utcoffs) <= 1:
            before = after = utcoffs[0]
        walls[0].append(t + max(before, after))
        walls[1].append(t + min(before, after))
    return walls


def _local_seconds(dt):
    return ((dt.toordinal() - _EPOCH_ORDINAL) * 86400 + dt.hour * 3600 + dt.minute * 60
            + dt.second)


class ZoneInfo(tzinfo):
    """A time zone of the IANA database: ZoneInfo('Europe/Paris')."""
    __module__ = "zoneinfo"
    _strong_cache_size = 8
    _strong_cache = OrderedDict()
    _weak_cache = weakref.WeakValueDictionary()

    def __init_subclass__(cls):
        cls._strong_cache = OrderedDict()
        cls._weak_cache = weakref.WeakValueDictionary()

    def __new__(cls, key):
        zone = cls._weak_cache.get(key)
        if zone is None:
            zone = cls._weak_cache.setdefault(key, cls._load_key(key))
            zone._from_cache = True
        cls._strong_cache[key] = cls._strong_cache.pop(key, zone)
        if len(cls._strong_cache) > cls._strong_cache_size:
            cls._strong_cache.popitem(last=False)
        return zone

    @classmethod
    def no_cache(cls, key):
        zone = cls._load_key(key)
        zone._from_cache = False
        return zone

    @classmethod
    def _load_key(cls, key):
        path = _find_tzfile(key)
        if path is None:
            raise ZoneInfoNotFoundError("No time zone found with key %s" % key)
        zone = tzinfo.__new__(cls)
        zone._key = key
        zone._file_repr = None
        with open(path, "rb") as fh:
            zone._load(fh)
        return zone

    @classmethod
    def from_file(cls, fobj, /, key=None):
        zone = tzinfo.__new__(cls)
        zone._key = key
        zone._load(fobj)
        zone._file_repr = repr(fobj)
        zone._from_cache = None
        return zone

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        if only_keys is None:
            cls._weak_cache.clear()
            cls._strong_cache.clear()
        else:
            for key in only_keys:
                cls._weak_cache.pop(key, None)
                cls._strong_cache.pop(key, None)

    @property
    def key(self):
        return self._key

    def _load(self, fobj):
        times, indices, utcoffs, isdsts, abbrs, footer = _read_tzif(fobj)
        dstoffs = _dst_offsets(indices, utcoffs, isdsts)
        types = [_Info(_delta(u), _delta(d), a) for u, d, a in zip(utcoffs, dstoffs, abbrs)]
        self._utc_trans = times
        self._wall_trans = _local_transitions(indices, times, utcoffs)
        self._trans_info = [types[i] for i in indices]
        # Before the first transition: the first standard-time type.
        self._before = next((types[i] for i in range(len(types)) if not isdsts[i]),
                            self._trans_info[0] if self._trans_info else None)
        if footer:
            self._after = _parse_tz_string(footer.decode())
        elif self._trans_info:
            self._after = self._trans_info[-1]
        elif types:
            self._after = types[-1]
        else:
            raise ValueError("No time zone information found.")
        if len(types) > 1 or isinstance(self._after, _Rule):
            self._fixed = False
        else:
            self._fixed = not types or types[0] == self._after

    def _info(self, dt):
        if dt is None:
            return self._after if self._fixed else _NO_INFO
        local = _local_seconds(dt)
        walls = self._wall_trans[dt.fold]
        if walls and local < walls[0]:
            return self._before
        if not walls or local > walls[-1]:
            if isinstance(self._after, _Rule):
                return self._after.info(local, dt.year, dt.fold)
            return self._after
        lo, hi = 0, len(walls)
        while lo < hi:      # last transition at or before `local`
            mid = (lo + hi) // 2
            if walls[mid] <= local:
                lo = mid + 1
            else:
                hi = mid
        return self._trans_info[lo - 1]

    def utcoffset(self, dt):
        return self._info(dt).utcoff

    def dst(self, dt):
        return self._info(dt).dstoff

    def tzname(self, dt):
        return self._info(dt).tzname

    def fromutc(self, dt):
        """Local time of `dt` (a UTC time carrying this zone), fold set in a repeat."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        stamp = _local_seconds(dt)
        trans = self._utc_trans
        count = len(trans)
        if count and stamp < trans[0]:
            info, fold = self._before, False
        elif (not count or stamp > trans[-1]) and isinstance(self._after, _Rule):
            info, fold = self._after.info_fromutc(stamp, dt.year)
        elif not count:
            info, fold = self._after, False
        else:
            lo, hi = 0, count
            while lo < hi:
                mid = (lo + hi) // 2
                if trans[mid] <= stamp:
                    lo = mid + 1
                else:
                    hi = mid
            idx = lo
            if count > 1 and stamp >= trans[1]:
                prev, info = self._trans_info[idx - 2], self._trans_info[idx - 1]
            elif stamp > trans[-1]:
                prev, info = self._trans_info[-1], self._after
            else:
                prev, info = self._before, self._trans_info[0]
            shift = (prev.utcoff - info.utcoff).total_seconds()
            fold = shift > stamp - trans[idx - 1]
        dt += info.utcoff
        return dt.replace(fold=1) if fold else dt

    def __str__(self):
        return self._key if self._key is not None else repr(self)

    def __repr__(self):
        # CPython prints the C type's tp_name: "zoneinfo.ZoneInfo", or a subclass's bare name.
        name = "zoneinfo.ZoneInfo" if type(self) is ZoneInfo else type(self).__name__
        if self._key is not None:
            return "%s(key=%r)" % (name, self._key)
        return "%s.from_file(%s)" % (name, self._file_repr)

    def __reduce__(self):
        if self._file_repr is not None:
            import pickle
            raise pickle.PicklingError("Cannot pickle a ZoneInfo file from a file stream.")
        return (type(self)._unpickle, (self._key, self._from_cache))

    @classmethod
    def _unpickle(cls, key, from_cache, /):
        return cls(key) if from_cache else cls.no_cache(key)
