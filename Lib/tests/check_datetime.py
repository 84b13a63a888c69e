"""Differential check: Lib/datetime.py and Lib/calendar.py against CPython's (C) datetime and
calendar: random timedelta normalisation and arithmetic, ordinals, ISO calendar round trips, ISO
parsing, reprs/isoformat/ctime/timetuple, aware conversions and hashing, calendar layouts."""
import calendar as ref_calendar
import datetime as C
import random
import sys

from _loader import load, Checker

M = load("datetime")
cal = load("calendar", deps=("datetime",))
chk = Checker("datetime/calendar")
R = random.Random(5)


def norm(text):
    return text.replace('swiftpy_', '').replace('datetime.', '')


def cmp(label, f):
    def run(mod):
        try:
            return norm(repr(f(mod)))
        except Exception as e:
            return type(e).__name__ + ': ' + norm(str(e))
    chk.eq(repr(label), run(M), run(C))


def rnum():
    k = R.random()
    if k < 0.3: return R.randint(-10**6, 10**6)
    if k < 0.6: return R.uniform(-1e6, 1e6)
    if k < 0.8: return R.choice([0.5, 1.5, -0.5, 2.5, 1e-7, 0.1, 1/3])
    return R.randint(-100, 100) + R.choice([0.5, 0.25, 0.0000005])
for i in range(3000):
    kw = {k: rnum() for k in R.sample(['days','seconds','microseconds','milliseconds','minutes','hours','weeks'], R.randint(0,3))}
    cmp(('td', kw), lambda m: m.timedelta(**kw))
    cmp(('tdstr', kw), lambda m: str(m.timedelta(**kw)))
    x = rnum(); y = R.randint(-50, 50)
    cmp(('mul', kw, x), lambda m: m.timedelta(**kw) * x)
    cmp(('div', kw, x), lambda m: m.timedelta(**kw) / x)
    cmp(('idiv', kw, y), lambda m: m.timedelta(**kw) / y)
    cmp(('fdiv', kw, y), lambda m: m.timedelta(**kw) // y)
    cmp(('tdops', kw), lambda m: (m.timedelta(**kw) // m.timedelta(hours=7), m.timedelta(**kw) % m.timedelta(hours=7), divmod(m.timedelta(**kw), m.timedelta(minutes=-13)), m.timedelta(**kw).total_seconds(), abs(m.timedelta(**kw)), -m.timedelta(**kw)))
for i in range(3000):
    o = R.randint(1, 3652059)
    cmp(('ord', o), lambda m: m.date.fromordinal(o))
    cmp(('iso', o), lambda m: (m.date.fromordinal(o).isocalendar(), m.date.fromordinal(o).weekday(), m.date.fromordinal(o).ctime(), m.date.fromordinal(o).toordinal(), m.date.fromordinal(o).timetuple()))
    cmp(('isoback', o), lambda m: m.date.fromisocalendar(*m.date.fromordinal(o).isocalendar()))
    y, w, d = R.randint(0, 10000), R.randint(0, 54), R.randint(0, 8)
    cmp(('fic', y, w, d), lambda m: m.date.fromisocalendar(y, w, d))
    dt = (R.randint(1, 9999), R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.choice([0, R.randint(0, 999999)]))
    td = dict(seconds=R.randint(-10**9, 10**9), microseconds=R.randint(-10**6, 10**6))
    cmp(('dtadd', dt, td), lambda m: m.datetime(*dt) + m.timedelta(**td))
    cmp(('dtsub', dt), lambda m: m.datetime(*dt) - m.datetime(2000, 1, 1))
    ts = R.choice(['auto','hours','minutes','seconds','milliseconds','microseconds'])
    cmp(('dtrepr', dt), lambda m: (str(m.datetime(*dt)), m.datetime(*dt).isoformat(timespec=ts), m.datetime(*dt).ctime(), m.datetime(*dt).timetuple()))
    off = R.randint(-86399, 86399)
    cmp(('tz', dt, off), lambda m: (m.datetime(*dt, tzinfo=m.timezone(m.timedelta(seconds=off))), str(m.datetime(*dt, tzinfo=m.timezone(m.timedelta(seconds=off)))), m.datetime(*dt, tzinfo=m.timezone(m.timedelta(seconds=off))).astimezone(m.timezone.utc), m.datetime(*dt, tzinfo=m.timezone(m.timedelta(seconds=off))).utctimetuple()))
    for fmt in ['%Y-%m-%d', '%Y%m%d', '%Y-W%V-%u', '%GW%V%u', '%G-W%V']:
        d0 = C.datetime(*dt)
        st = d0.strftime(fmt)
        cmp(('dfi', st), lambda m: m.date.fromisoformat(st))
    for st in [C.datetime(*dt).isoformat(), C.datetime(*dt).isoformat(' ', 'minutes'), C.datetime(*dt).isoformat('x','hours'), C.datetime(*dt, tzinfo=C.timezone(C.timedelta(seconds=off))).isoformat(), C.datetime(*dt).strftime('%Y%m%dT%H%M%S,%f+0130'),C.datetime(*dt).strftime('%Y-%m-%dT%H:%M:%S.%fZ')]:
        cmp(('dtfi', st), lambda m: m.datetime.fromisoformat(st))
        cmp(('tfi', st), lambda m: m.time.fromisoformat(st[11:]))
    cmp(('hash', dt), lambda m: hash(m.datetime(*dt, tzinfo=m.timezone(m.timedelta(hours=3)))) == hash(m.datetime(*dt, tzinfo=m.timezone(m.timedelta(hours=3))).astimezone(m.timezone.utc)))
for st in ['2020-01-01', '2020-1-01', '20200101', '2020-W01', '2020W011', '2020-W53-7', '2021-W53', 'abcdefghij', '2020-01-01T', '2020-01-01T1', '2020-01-01T12:3', '2020-01-01T12:30:1', '2020-01-01T12:30:15.', '2020-01-01T12:30:15.1234567', '2020-01-01T12+', '2020-01-01T12+01', '2020-01-01T12-0130', '2020-01-01T12Z', '2020-01-01T12ZZ', '2020-01-01T1230', '2020-01-01T123015', '2020-01-01T12:3015', '2020-01-01 12:30:15.5+05:30:15.123', '2020-01-01T24:00', '2020-01-01T12:30:60','2020-01-01T12.5', '2020-01-01T1230.5', '２０２０-01-01']:
    cmp(('fi', st), lambda m: m.datetime.fromisoformat(st))
    cmp(('dfi', st), lambda m: m.date.fromisoformat(st[:10]))
    cmp(('tfi', st), lambda m: m.time.fromisoformat(st[11:]))

for year in (1, 1900, 2000, 2023, 2024, 9999):
    for fwd in range(7):
        t_ours, t_ref = cal.TextCalendar(fwd), ref_calendar.TextCalendar(fwd)
        chk.eq("formatyear %d %d" % (year, fwd), t_ours.formatyear(year, 2 + fwd % 2, 1, 6, 3 + fwd % 2),
               t_ref.formatyear(year, 2 + fwd % 2, 1, 6, 3 + fwd % 2))
        chk.eq("htmlmonth %d %d" % (year, fwd), cal.HTMLCalendar(fwd).formatmonth(year, 1 + fwd),
               ref_calendar.HTMLCalendar(fwd).formatmonth(year, 1 + fwd))
        chk.eq("itermonthdays4 %d %d" % (year, fwd), list(t_ours.itermonthdays4(year, 12 - fwd)),
               list(t_ref.itermonthdays4(year, 12 - fwd)))
sys.exit(chk.summary())
