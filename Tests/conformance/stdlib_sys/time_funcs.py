# time: struct_time, gmtime/localtime/mktime, strftime/strptime, asctime, clocks (no current times)
import time

t = time.gmtime(1700000000)
print(t)
print(t.tm_year, t.tm_yday, t.tm_wday, t.tm_zone, t.tm_gmtoff, len(t), t[:3], t[-1])
print(type(t).__name__, type(t).__module__, isinstance(t, tuple), time.struct_time.n_fields,
      time.struct_time.n_sequence_fields)
print(time.gmtime(0), time.gmtime(-86400 * 365.25 * 30))
print(time.gmtime(1.99)[5], time.gmtime(-1.5)[5])
for secs in (0, 86399, 951782400, 1700000000, 2000000000):
    lt = time.localtime(secs)
    print(secs, time.mktime(lt) == secs, type(time.mktime(lt)).__name__)
fmt = '%Y-%m-%d %H:%M:%S | %a %A %b %B | %j %U %W %w %y %p %I | %% | %C %e %G %V %u'
print(time.strftime(fmt, t))
print(time.strftime('%c | %x | %X | %D | %T | %R | %F', time.gmtime(951782400)))
print(time.strftime('%Z %z', t))
print(repr(time.strftime('', t)), time.strftime('x' * 3000, t) == 'x' * 3000)
print(time.asctime(t), time.asctime(time.gmtime(0)))
for bad in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 24, 0, 0, 0, 1, 0), (2020, 1, 1, 0, 60, 0, 0, 1, 0),
            (2020, 1, 1, 0, 0, 62, 0, 1, 0), (2020, 1, 1, 0, 0, 0, -2, 1, 0), (2020, 1, 1, 0, 0, 0, 0, 367, 0),
            (2020, 1, 32, 0, 0, 0, 0, 1, 0), (1, 2, 3)]:
    try:
        print(time.strftime('%Y-%m-%d', bad))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(time.strftime('%Y-%m-%d %a', (2020, 0, 0, 0, 0, 0, -1, 0, 5)))
p = time.strptime('2024-02-29 13:45:10', '%Y-%m-%d %H:%M:%S')
print(p, p.tm_zone)
print(time.strptime('Thu Nov 14 22:13:20 2023'))
print(time.strptime('31/12/99 11pm', '%d/%m/%y %I%p')[:9])
print(time.strptime('2023 10 1', '%Y %W %w')[:8], time.strptime('2020 53 7', '%G %V %u')[:8])
print(time.strptime('UTC 2001', '%Z %Y').tm_isdst, time.strptime('+0530', '%z').tm_gmtoff)
for s, f in [('2024-01-01x', '%Y-%m-%d'), ('abc', '%Y'), ('1', '%Q'), ('1', '%')]:
    try:
        time.strptime(s, f)
    except ValueError as e:
        print('ValueError', e)
try:
    time.strptime(5, '%d')
except TypeError as e:
    print('TypeError', e)
st = time.struct_time((2001, 2, 3, 4, 5, 6, 5, 34, 0))
print(st, st.tm_zone, st.tm_gmtoff)
try:
    time.struct_time((1, 2))
except TypeError as e:
    print(e)
try:
    st.tm_year = 5
except AttributeError as e:
    print('AttributeError', e)
print(st == (2001, 2, 3, 4, 5, 6, 5, 34, 0), st[1:4], sorted([st, time.gmtime(0)])[0].tm_year)
# clocks: types and monotonicity only
a, b = time.monotonic(), time.monotonic()
print(b >= a, type(time.time()).__name__, type(time.time_ns()).__name__, type(time.perf_counter_ns()).__name__)
c0 = time.process_time()
sum(range(100000))
print(time.process_time() >= c0, time.thread_time() >= 0)
print(time.get_clock_info('monotonic').monotonic, time.get_clock_info('time').adjustable)
time.sleep(0)
print(isinstance(time.timezone, int), isinstance(time.tzname, tuple), time.daylight in (0, 1))
print(time.ctime(0) == time.asctime(time.localtime(0)))
