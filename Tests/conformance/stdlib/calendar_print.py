# A calendar printer: month and year layouts (text and HTML), week starts, the data iterators,
# helper functions, the command-line entry point, and the errors for bad months and weekdays.
import calendar
import io
import sys
from datetime import date

print(calendar.month(2024, 2))
calendar.prmonth(2023, 12, w=3, l=2)
print(calendar.calendar(2024))
print(calendar.calendar(1900, w=3, l=1, c=4, m=4))
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.weekheader(2), calendar.weekheader(9))
calendar.prcal(2025, m=6, c=2)
print(calendar.monthcalendar(2025, 3))
calendar.setfirstweekday(calendar.MONDAY)

for fwd in range(7):
    cal = calendar.TextCalendar(fwd)
    print(fwd, list(cal.iterweekdays()), cal.formatweekheader(3))
    print(cal.formatmonth(2024, 9, 4))

cal = calendar.Calendar(firstweekday=3)
print(cal.getfirstweekday(), list(cal.itermonthdays(2024, 6)))
print(list(cal.itermonthdays2(2024, 6))[:9])
print(list(cal.itermonthdays3(1, 1))[:4], list(cal.itermonthdays4(9999, 12))[-4:])
print([d.isoformat() for d in cal.itermonthdates(2024, 6)][:3], cal.monthdatescalendar(2024, 2)[-1])
print(cal.monthdays2calendar(2015, 2))
print([len(row) for row in cal.yeardatescalendar(2024, 5)], cal.yeardays2calendar(2024, 4)[2][3][:2])
print(cal.yeardayscalendar(2024, 2)[0][1])
cal.firstweekday = 9
print(cal.firstweekday, list(cal.iterweekdays()))

print(calendar.isleap(1900), calendar.isleap(2000), calendar.isleap(2024), calendar.leapdays(1, 10000),
      calendar.leapdays(2024, 2024), calendar.weekday(1970, 1, 1), calendar.weekday(10001, 3, 4),
      calendar.monthrange(2100, 2), calendar.monthrange(2000, 2))
print(calendar.timegm((2024, 3, 20, 17, 5, 9, 0, 0, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59)),
      calendar.timegm(date(2038, 1, 19).timetuple()))
print(list(calendar.day_name), list(calendar.day_abbr))
print(list(calendar.month_name), calendar.month_abbr[12], calendar.month_abbr[-1], calendar.month_name[0] == '',
      len(calendar.month_name), len(calendar.day_abbr), calendar.day_name[-1], calendar.month_abbr[1:4])
print(calendar.MONDAY, calendar.SUNDAY, calendar.January, calendar.February, calendar.mdays, calendar.EPOCH)
print(repr(calendar.formatstring(['a', 'bb', 'ccc'], 5, 2)))
calendar.format(['x', 'y'], 4, 3)
print(repr(calendar.week(calendar.c.monthdays2calendar(2024, 1)[0], 3)))

html = calendar.HTMLCalendar(calendar.SATURDAY)
print(html.formatmonth(2024, 2))
print(html.formatmonth(2024, 3, withyear=False))
print(html.formatyear(2023, width=4))
print(html.formatyearpage(2022, css=None).decode()[:400])
print(calendar.LocaleTextCalendar(locale='C').formatmonth(2010, 10))
print(calendar.LocaleHTMLCalendar(locale='C').formatweekday(2))


class Marked(calendar.TextCalendar):
    """Marks one day with brackets."""

    def __init__(self, mark):
        super().__init__()
        self.mark = mark

    def formatday(self, day, weekday, width):
        if day == self.mark:
            return ('[%d]' % day).center(width)
        return super().formatday(day, weekday, width)


print(Marked(14).formatmonth(2024, 2, w=4))

for bad in [(2024, 0), (2024, 13), (2024, -1)]:
    try:
        calendar.monthrange(*bad)
    except calendar.IllegalMonthError as e:
        print(type(e).__name__, e, e.month, isinstance(e, ValueError))
for bad in [7, -1]:
    try:
        calendar.setfirstweekday(bad)
    except calendar.IllegalWeekdayError as e:
        print(type(e).__name__, e, e.weekday)
for call in [lambda: calendar.month(2024, 13), lambda: calendar.weekday(2023, 2, 29),
             lambda: calendar.month_name[13], lambda: calendar.TextCalendar().formatmonth(2024, 0)]:
    try:
        call()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)

out = io.StringIO()
saved = sys.stdout
sys.stdout = out
try:
    calendar.main(['calendar', '2024', '7'])
    calendar.main(['calendar', '-w', '3', '-l', '2', '2024', '8'])
    calendar.main(['calendar', '-m', '4', '-s', '2', '1999'])
finally:
    sys.stdout = saved
print(out.getvalue())
