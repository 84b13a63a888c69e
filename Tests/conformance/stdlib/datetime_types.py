# timedelta/date/time/datetime/timezone behaviour: normalisation, arithmetic, text forms,
# comparisons, ordinals, ISO calendar, parsing and the errors (type and message) of bad input.
import datetime as dt
from datetime import date, datetime, time, timedelta, timezone, tzinfo


def show(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)


print(dt.MINYEAR, dt.MAXYEAR, dt.UTC is timezone.utc)
print(timedelta.min, timedelta.max, timedelta.resolution, repr(timedelta.max))
for kw in [dict(), dict(days=-1), dict(seconds=-1), dict(microseconds=-1), dict(hours=25.5),
           dict(weeks=1.5, days=-0.25, minutes=1e-7), dict(milliseconds=1.5), dict(days=0.1),
           dict(microseconds=0.5), dict(microseconds=1.5), dict(microseconds=-2.5),
           dict(seconds=86399.9999995), dict(days=999999999, hours=23, minutes=59)]:
    t = timedelta(**kw)
    print(kw, '|', repr(t), '|', str(t), '|', t.days, t.seconds, t.microseconds, t.total_seconds())

a, b = timedelta(days=2, hours=3), timedelta(minutes=-45, microseconds=7)
for expr in ["a + b", "a - b", "b - a", "-a", "+b", "abs(b)", "a * 3", "3 * a", "a * 0.3", "a * -1.25",
             "a / 4", "a / 0.7", "a / b", "a // b", "a // 7", "a % b", "divmod(a, b)",
             "divmod(-a, timedelta(hours=5))", "a > b", "a == timedelta(hours=51)", "a != 1",
             "bool(timedelta())", "hash(a) == hash(timedelta(hours=51))", "sorted([a, b, -a])"]:
    show(expr, lambda: eval(expr))

for y, m, d in [(1, 1, 1), (1999, 12, 31), (2000, 2, 29), (2004, 1, 1), (2005, 1, 2), (2008, 12, 29),
                (2020, 12, 31), (2021, 1, 3), (9999, 12, 31)]:
    x = date(y, m, d)
    print(repr(x), x, x.toordinal(), x.weekday(), x.isoweekday(), x.isocalendar(),
          tuple(x.isocalendar()), x.ctime(), x.strftime('%a %b %d %j %U %W'),
          date.fromordinal(x.toordinal()) == x, date.fromisocalendar(*x.isocalendar()) == x)
print(date(2024, 5, 17).timetuple())
print(date(2024, 5, 17).replace(day=31, month=1), date(2024, 5, 17) + timedelta(days=-500, hours=30),
      date(2024, 5, 17) - date(1970, 1, 1), timedelta(1) + date(2024, 12, 31))
print(date(2024, 3, 1) > date(2024, 2, 29), date(2024, 3, 1) == date(2024, 3, 1),
      date(2024, 3, 1) == datetime(2024, 3, 1), date(2024, 3, 1) != 'x',
      max(date(2020, 1, 1), date(2019, 5, 5)), f"{date(2024, 3, 1)}", f"{date(2024, 3, 1):%d.%m.%Y}")
iso = date(2024, 3, 1).isocalendar()
print(iso.year, iso.week, iso.weekday, iso == (2024, 9, 5))

t = time(13, 5, 9, 1500, tzinfo=timezone(timedelta(hours=-3, minutes=-30)))
print(repr(time()), repr(time(1, 2)), repr(time(1, 2, 3)), repr(time(1, 2, 3, 4, fold=1)), repr(t))
print(t, t.isoformat('minutes'), t.isoformat('milliseconds'), t.utcoffset(), t.tzname(), t.dst(),
      t.strftime('%I:%M %p %z %Z %f'), f"{t:%H.%M}", t.replace(tzinfo=None), time.max, time.min)
for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
    print(spec, time(7, 8, 9, 123456).isoformat(spec), datetime(2001, 2, 3, 4, 5, 6).isoformat(timespec=spec))
print(time(12, tzinfo=timezone(timedelta(hours=2))) == time(10, tzinfo=timezone.utc),
      time(12, tzinfo=timezone(timedelta(hours=2))) < time(11, tzinfo=timezone.utc),
      time(1) == time(1, tzinfo=timezone.utc), bool(time()))

x = datetime(2024, 2, 29, 23, 59, 59, 999999)
print(repr(x), str(x), repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 0, 0, 5)))
print(x + timedelta(microseconds=1), x - timedelta(days=366), x - datetime(2000, 1, 1),
      x.date(), x.time(), x.timetuple(), x.toordinal(), x.weekday())
print(x.replace(year=2025, day=28, microsecond=0), x.replace(tzinfo=timezone.utc).isoformat())
print(datetime.combine(date(2024, 6, 1), time(8, 0)), datetime.combine(x, time(1, tzinfo=timezone.utc)),
      datetime.combine(date(2024, 6, 1), time(8, 0), tzinfo=timezone.max))
print(x.ctime(), x.strftime('%Y-%m-%dT%H:%M:%S.%f %% %y %B %A'), format(x, ''), format(x, '%H'))

zones = [timezone.utc, timezone(timedelta(0), 'Zulu'), timezone(timedelta(hours=5, minutes=45)),
         timezone(-timedelta(hours=8), 'PST'), timezone(timedelta(seconds=3723, microseconds=5)),
         timezone.min, timezone.max]
for z in zones:
    print(repr(z), str(z), z.utcoffset(None), z.tzname(None), z.dst(None),
          datetime(2024, 1, 1, 12, tzinfo=z).astimezone(timezone.utc))
print(timezone(timedelta(0)) is timezone.utc, timezone(timedelta(hours=1), 'A') == timezone(timedelta(hours=1), 'B'),
      len({timezone(timedelta(hours=1), 'A'), timezone(timedelta(hours=1))}))

aware = datetime(2024, 7, 1, 12, tzinfo=timezone(timedelta(hours=2)))
other = datetime(2024, 7, 1, 9, tzinfo=timezone(timedelta(hours=-1)))
print(aware == other, aware < other, aware - other, other - aware, aware.utctimetuple(),
      aware.timestamp(), datetime.fromtimestamp(aware.timestamp(), timezone.utc))
print(datetime.fromtimestamp(0, timezone.utc), datetime.fromtimestamp(-86400.25, timezone.utc),
      datetime.fromtimestamp(1.0000005, timezone.utc), datetime.fromtimestamp(1e9, timezone(timedelta(hours=3))))
print(datetime.utcfromtimestamp(1234567890), datetime.utcfromtimestamp(1234567890.123456789))

for s in ['2024-03-10', '2024-03-10T14:30', '2024-03-10 14:30:05.25', '2024-03-10T14:30:05,123456789',
          '20240310T143005', '2024-03-10T14:30:05Z', '2024-03-10T14:30+05:30', '2024-03-10T14-0230',
          '2024-W10-7T01:02:03', '2024W107', '2024-03-10T14:30:05.123+01:00:30']:
    show(s, lambda: datetime.fromisoformat(s))
for s in ['14:30', '143005', 'T14:30:05.5', '14:30:05+00:00', '14:30-08']:
    show(s, lambda: time.fromisoformat(s))
print(datetime.strptime('2024-03-10 14:30:05.5 +0530', '%Y-%m-%d %H:%M:%S.%f %z'),
      datetime.strptime('2024 075', '%Y %j'), datetime.strptime('10/03/24 2PM', '%d/%m/%y %I%p'))

now = datetime.now()
utcnow = datetime.utcnow()
aware_now = datetime.now(timezone.utc)
print(type(now).__name__, now.tzinfo, aware_now.tzinfo, abs(aware_now.replace(tzinfo=None) - utcnow) < timedelta(seconds=5),
      date.today() - now.date() <= timedelta(days=1), isinstance(date.today(), date))


class Minutes(tzinfo):
    def __init__(self, m):
        self.m = m

    def utcoffset(self, d):
        return timedelta(minutes=self.m)

    def dst(self, d):
        return timedelta(0)

    def tzname(self, d):
        return 'M%+d' % self.m


class Broken(tzinfo):
    def utcoffset(self, d):
        return 5


class TooFar(tzinfo):
    def utcoffset(self, d):
        return timedelta(hours=24)


class BadName(tzinfo):
    def tzname(self, d):
        return 7


print(datetime(2024, 1, 1, tzinfo=Minutes(90)), datetime(2024, 1, 1, tzinfo=Minutes(-30)).strftime('%z %Z'),
      datetime(2024, 1, 1, tzinfo=timezone.utc).astimezone(Minutes(61)))
errors = [
    "date(0, 1, 1)", "date(10000, 1, 1)", "date(2023, 2, 29)", "date(2024, 0, 1)", "date(2024, 1, 32)",
    "date(2024.0, 1, 1)", "date('2024', 1, 1)", "date(2024)", "datetime(2024, 1, 1, 24)",
    "datetime(2024, 1, 1, 0, 60)", "datetime(2024, 1, 1, 0, 0, 60)", "datetime(2024, 1, 1, 0, 0, 0, 10**6)",
    "datetime(2024, 1, 1, fold=2)", "time(-1)", "time(tzinfo=1)", "datetime(2024, 1, 1, tzinfo='UTC')",
    "timedelta(days=10**9)", "timedelta(days='1')", "timedelta(seconds=None)", "timedelta(1) / 0",
    "timedelta(1) // 0", "timedelta(1) % timedelta(0)", "timedelta(1) / timedelta(0)",
    "date.max + timedelta(1)", "date.min - timedelta(1)", "datetime.max + timedelta(microseconds=1)",
    "date.fromordinal(0)", "date.fromordinal(3652060)", "date.fromisoformat(20240101)",
    "date.fromisoformat('2024-1-1')", "datetime.fromisoformat('2024-01-01T25:00')",
    "datetime.fromisoformat('2024-01-01T10:00+')", "datetime.fromisoformat('nonsense')",
    "time.fromisoformat('1')", "date.fromisocalendar(2024, 53, 1)", "date.fromisocalendar(2024, 1, 8)",
    "date.fromisocalendar(0, 1, 1)", "timezone(timedelta(hours=24))", "timezone(3600)",
    "timezone(timedelta(0), 5)", "timezone.utc.utcoffset(5)", "timezone.utc.fromutc(datetime(2024, 1, 1))",
    "time(1).isoformat('days')", "datetime(2024, 1, 1).isoformat('--')", "date(2024, 1, 1).strftime(5)",
    "format(date(2024, 1, 1), 5)", "datetime.combine(1, time())", "datetime.combine(date.today(), 1)",
    "datetime(2024, 1, 1) < datetime(2024, 1, 1, tzinfo=timezone.utc)",
    "datetime(2024, 1, 1) == datetime(2024, 1, 1, tzinfo=timezone.utc)",
    "datetime(2024, 1, 1) - datetime(2024, 1, 1, tzinfo=timezone.utc)",
    "time(1) < time(1, tzinfo=timezone.utc)", "datetime(2024, 1, 1) < date(2024, 1, 1)",
    "date(2024, 1, 1) >= datetime(2024, 1, 1)", "datetime(2024, 1, 1, tzinfo=Broken()).utcoffset()",
    "datetime(2024, 1, 1, tzinfo=TooFar()).isoformat()", "datetime(2024, 1, 1, tzinfo=BadName()).tzname()",
    "tzinfo().utcoffset(None)", "tzinfo().dst(None)", "tzinfo().tzname(None)",
    "datetime.fromtimestamp(float('nan'))", "datetime.utcfromtimestamp(1e20)",
    "datetime.strptime('2024', 5)", "date(2024, 1, 1).replace(month=13)",
]
for e in errors:
    show(e, lambda: eval(e))
