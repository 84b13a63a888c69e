# An invoicing/scheduling program: parses dates, computes due dates, late fees, business days,
# recurring meetings across time zones, and formats reports with datetime and calendar.
import calendar
import copy
import pickle
from datetime import date, datetime, time, timedelta, timezone

INVOICES = """\
INV-001|2024-01-15|1200.00|net30
INV-002|2024-01-31|450.50|eom
INV-003|20240228|99.99|net15
INV-004|2024-W09-4|310.00|net45
INV-005|2023-12-29|75.25|net30
INV-006|2024-02-29|860.00|eom
"""

TODAY = date(2024, 3, 20)
HOLIDAYS = {date(2024, 1, 1), date(2024, 2, 19), date(2024, 3, 29), date(2024, 5, 27)}


def due_date(issued, terms):
    if terms == 'eom':                       # end of the following month
        y, m = (issued.year + 1, 1) if issued.month == 12 else (issued.year, issued.month + 1)
        return date(y, m, calendar.monthrange(y, m)[1])
    return issued + timedelta(days=int(terms[3:]))


def business_days(start, end):
    """Working days in (start, end], skipping weekends and holidays."""
    n = 0
    d = start
    while d < end:
        d += timedelta(days=1)
        if d.weekday() < 5 and d not in HOLIDAYS:
            n += 1
    return n


print(f"{'invoice':8} {'issued':10} {'due':10} {'days':>5} {'bdays':>5} {'fee':>8}  status")
total_fee = 0.0
rows = []
for line in INVOICES.splitlines():
    num, issued_s, amount_s, terms = line.split('|')
    issued = date.fromisoformat(issued_s)
    due = due_date(issued, terms)
    late = TODAY - due
    fee = 0.0
    if late > timedelta(0):
        fee = round(float(amount_s) * 0.015 * (late.days / 30), 2)
        status = f"LATE by {late.days} days"
    else:
        status = f"due in {(-late).days} days"
    total_fee += fee
    rows.append((due, num))
    print(f"{num:8} {issued:%Y-%m-%d} {due.isoformat():10} {late.days:5d} "
          f"{business_days(issued, due):5d} {fee:8.2f}  {status}")
print(f"total late fees: {total_fee:.2f}")
print("by due date:", [n for _, n in sorted(rows)])

# Group by ISO week of the due date.
weeks = {}
for due, num in rows:
    weeks.setdefault(due.isocalendar()[:2], []).append(num)
for (y, w), nums in sorted(weeks.items()):
    monday = date.fromisocalendar(y, w, 1)
    print(f"week {y}-W{w:02d} (from {monday:%a %d %b}): {', '.join(nums)}")

# Recurring meeting: every other Tuesday 09:30 New York (UTC-5, fixed) shown in other zones.
NY = timezone(timedelta(hours=-5), 'NY')
BER = timezone(timedelta(hours=1), 'BER')
TOKYO = timezone(timedelta(hours=9), 'TYO')
IST = timezone(timedelta(hours=5, minutes=30))
first = datetime.combine(date(2024, 1, 2), time(9, 30), tzinfo=NY)
meetings = [first + timedelta(weeks=2 * i) for i in range(5)]
for m in meetings:
    cells = [m.astimezone(z).strftime('%a %H:%M %Z') for z in (timezone.utc, BER, TOKYO, IST)]
    print(m.strftime('%Y-%m-%d %H:%M%z'), '|', ' | '.join(cells))
print("span:", meetings[-1] - meetings[0], "| meetings left after", TODAY, ":",
      sum(1 for m in meetings if m.date() > TODAY))

# Timesheet parsing with strptime, durations summed.
LOG = ["2024-03-18 08:55 -> 2024-03-18 12:10", "2024-03-18 13:00 -> 2024-03-18 17:45",
       "2024-03-19 22:30 -> 2024-03-20 02:15", "2024-03-20 09:00 -> 2024-03-20 09:00"]
worked = timedelta()
for entry in LOG:
    a, b = (datetime.strptime(x, '%Y-%m-%d %H:%M') for x in entry.split(' -> '))
    worked += b - a
    print(f"{a:%d/%m %H:%M} - {b:%d/%m %H:%M} = {str(b - a):>8}  ({(b - a) / timedelta(hours=1):.2f} h)")
hours, rest = divmod(worked, timedelta(hours=1))
print(f"worked {worked} = {hours} h {rest // timedelta(minutes=1)} min; total_seconds {worked.total_seconds()}")
print("average per entry:", worked / len(LOG), "| billed at 1.5x:", worked * 1.5)

# Month-end schedule for a subscription started on the 31st (clamped to month length).
start = date(2024, 1, 31)
sched = []
for k in range(6):
    y, m = divmod(start.month - 1 + k, 12)
    y += start.year
    m += 1
    sched.append(date(y, m, min(start.day, calendar.monthrange(y, m)[1])))
print("billing:", ', '.join(d.strftime('%b %d') for d in sched))
print("weekday names:", [calendar.day_name[d.weekday()] for d in sched])

# Objects survive pickling and copying, and hash consistently.
stamp = datetime(2024, 3, 20, 17, 5, 9, 250000, tzinfo=BER)
for obj in (TODAY, stamp, stamp.timetz(), worked, NY, timezone.utc):
    back = pickle.loads(pickle.dumps(obj))
    print(repr(back), back == obj, copy.deepcopy(obj) == obj)
print(len({stamp, stamp.astimezone(timezone.utc), stamp.astimezone(TOKYO)}),
      stamp == stamp.astimezone(NY), hash(stamp) == hash(stamp.astimezone(NY)))
print(stamp.isoformat(), stamp.isoformat(' ', 'milliseconds'), stamp.timestamp(), stamp.ctime())
print(datetime.fromisoformat(stamp.isoformat()) == stamp,
      datetime.fromtimestamp(stamp.timestamp(), BER) == stamp)

# Bad input is reported, not swallowed.
for text in ["2024-02-30", "2024-13-01", "24-01-01", "2024/01/01", "", "2024-W54-1"]:
    try:
        date.fromisoformat(text)
    except ValueError as e:
        print("ValueError:", e)
for fmt_args in [("2024-03-20 25:00", "%Y-%m-%d %H:%M"), ("20 Mar 2024", "%d %B %Y"),
                 ("2024-03-20 extra", "%Y-%m-%d")]:
    try:
        datetime.strptime(*fmt_args)
    except ValueError as e:
        print("ValueError:", e)
print(datetime.strptime("20 March 2024", "%d %B %Y"), datetime.strptime("Wed Mar 20 09:15:00 2024", "%c"))
