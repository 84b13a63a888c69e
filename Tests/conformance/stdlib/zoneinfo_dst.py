# zoneinfo over the system tz database: offsets, DST and names across transitions (gaps and
# repeated hours with fold), fromutc/astimezone round trips, far-future dates from the POSIX TZ
# footer, Lord Howe's half-hour DST, caching, from_file, pickling, key validation and errors.
import pickle
import zoneinfo
from datetime import datetime, timedelta, timezone, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

ny, london, lhi, utc = (ZoneInfo(k) for k in ('America/New_York', 'Europe/London',
                                                'Australia/Lord_Howe', 'UTC'))
print(repr(ny), str(london), ny.key, ZoneInfo('America/New_York') is ny)


def show(dt):
    return '%s fold=%d off=%s dst=%s %s' % (dt.replace(tzinfo=None), dt.fold, dt.utcoffset(),
                                             dt.dst(), dt.tzname())


walls = {
    ny: ['2023-03-12 01:59:59', '2023-03-12 02:30:00', '2023-03-12 03:00:00',
         '2023-11-05 00:59:59', '2023-11-05 01:30:00', '2023-11-05 02:00:00',
         '1918-03-31 02:30:00', '1945-08-14 19:00:00', '1974-01-06 02:30:00', '2071-03-08 02:30:00',
         '2071-11-01 01:30:00', '1883-11-18 12:00:00', '1800-01-01 00:00:00'],
    london: ['2023-03-26 01:30:00', '2023-10-29 01:30:00', '1941-05-04 02:30:00',
             '1968-10-27 12:00:00', '1971-10-31 02:30:00', '2090-03-26 01:30:00',
             '2090-10-29 01:30:00', '1847-12-01 00:00:00'],
    lhi: ['2023-04-02 01:45:00', '2023-10-01 02:15:00', '2023-10-01 02:45:00',
          '1981-03-01 00:00:00', '1985-10-27 02:30:00', '2080-04-07 01:45:00'],
    utc: ['2023-06-01 12:00:00', '1900-01-01 00:00:00'],
}
for zone, stamps in walls.items():
    print('--', zone)
    for s in stamps:
        for fold in (0, 1):
            dt = datetime.fromisoformat(s).replace(tzinfo=zone, fold=fold)
            back = dt.astimezone(timezone.utc).astimezone(zone)
            print(show(dt), '| utc', dt.astimezone(timezone.utc).replace(tzinfo=None), '| back', show(back))

# Walking UTC across transitions: fromutc sets fold on the second pass of a repeated hour.
for zone, start in ((ny, datetime(2023, 11, 5, 4, 0)), (london, datetime(2023, 10, 29, 0, 0)),
                    (lhi, datetime(2023, 4, 1, 14, 0)), (ny, datetime(2023, 3, 12, 6, 0)),
                    (lhi, datetime(2045, 9, 30, 15, 0))):
    print('--', zone, start)
    for step in range(6):
        u = (start + timedelta(minutes=30 * step)).replace(tzinfo=timezone.utc)
        print(u.replace(tzinfo=None), '->', show(u.astimezone(zone)))

# Arithmetic is wall-clock: adding a day across a DST change keeps the local time.
dt = datetime(2023, 3, 11, 12, tzinfo=ny)
print(dt + timedelta(days=1), (dt + timedelta(days=1)) - dt, (dt + timedelta(days=1)).astimezone(timezone.utc) - dt.astimezone(timezone.utc))
print(datetime(2023, 7, 1, 9, tzinfo=london).astimezone(ny), datetime(2023, 7, 1, tzinfo=lhi).astimezone(utc))
print(time(12, tzinfo=utc).utcoffset(), time(12, tzinfo=ny).utcoffset(), ny.utcoffset(None), utc.tzname(None))

# Caches, no_cache, clear_cache, from_file, pickling.
fresh = ZoneInfo.no_cache('America/New_York')
print(fresh is ny, fresh == ny, fresh.key, pickle.loads(pickle.dumps(ny)) is ny)
print(pickle.loads(pickle.dumps(fresh)) is fresh, pickle.loads(pickle.dumps(fresh)).key)
ZoneInfo.clear_cache(only_keys=['Europe/London'])
print(ZoneInfo('Europe/London') is london, ZoneInfo('America/New_York') is ny)
ZoneInfo.clear_cache()
print(ZoneInfo('America/New_York') is ny)
with open(zoneinfo.TZPATH[0] + '/Europe/London', 'rb') as fh:
    from_file = ZoneInfo.from_file(fh, key='My/London')
print(repr(from_file), datetime(2023, 7, 1, tzinfo=from_file).tzname())
with open(zoneinfo.TZPATH[0] + '/UTC', 'rb') as fh:
    anon = ZoneInfo.from_file(fh)
print(str(anon).startswith('zoneinfo.ZoneInfo.from_file('), anon.key)
try:
    pickle.dumps(anon)
except pickle.PicklingError as e:
    print('PicklingError', e)


class MyZone(ZoneInfo):
    pass


print(repr(MyZone('UTC')), MyZone('UTC') is MyZone('UTC'), MyZone('UTC') is ZoneInfo('UTC'))

# The database and the search path.
zones = zoneinfo.available_timezones()
print(all(k in zones for k in ('America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'UTC')),
      'posixrules' in zones, any(k.startswith(('right/', 'posix/')) for k in zones))
saved = zoneinfo.TZPATH
zoneinfo.reset_tzpath(['/nonexistent'])
print(zoneinfo.TZPATH)
for key in ['Europe/Paris', 'Nowhere/Special', '/etc/localtime', 'a/../b', '../x', '']:
    try:
        ZoneInfo.no_cache(key)
    except ZoneInfoNotFoundError as e:
        print('ZoneInfoNotFoundError', e, isinstance(e, KeyError))
    except ValueError as e:
        print('ValueError', e)
for bad in ['relative/path', ('/ok', 'rel')]:
    try:
        zoneinfo.reset_tzpath(bad if isinstance(bad, tuple) else bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
zoneinfo.reset_tzpath(saved)
print(zoneinfo.TZPATH == saved, ZoneInfo.no_cache('Europe/Paris').key)
for call in [lambda: ny.fromutc(datetime(2023, 1, 1)), lambda: ny.fromutc('x')]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
