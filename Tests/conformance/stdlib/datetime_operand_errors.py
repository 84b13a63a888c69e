# The TypeError texts the interpreter builds for unsupported operands name the C types of
# CPython's datetime module ('datetime.timedelta'), which needs a dotted tp_name on our classes.
from datetime import date, datetime, timedelta, timezone

for expr in ["timedelta(1) + 1", "1 - timedelta(1)", "timedelta(1) < 1", "timedelta(1) * 'ab'",
             "date(2024, 1, 1) + 1", "datetime(2024, 1, 1) - date(2024, 1, 1)",
             "date(2024, 1, 1) - datetime(2024, 1, 1)", "timezone.utc < timezone.utc",
             "date(2024, 1, 1) < 5", "timedelta(1) @ timedelta(2)"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, '->', e)
