# sqlite3: user-defined functions, aggregates, collations, adapters/converters with
# detect_types, text_factory, iterdump, backup, authorizer/progress/trace callbacks.
import datetime
import decimal
import sqlite3

con = sqlite3.connect(":memory:")
con.execute("CREATE TABLE sale(region TEXT, amount REAL, units INTEGER, note)")
con.executemany("INSERT INTO sale VALUES (?, ?, ?, ?)", [
    ("north", 10.5, 2, "ok"), ("south", 3.25, 1, None), ("north", 7.0, 5, b"\x00raw"),
    ("east", 12.0, 3, "Ünïcode"), ("south", 1.75, 4, "ok"), ("west", 0.0, 0, 2**62),
])

print("-- functions")
con.create_function("double", 1, lambda x: None if x is None else x * 2, deterministic=True)
con.create_function("describe", -1, lambda *args: "|".join(
    "%s:%r" % (type(a).__name__, a) for a in args))
con.create_function("rev", 1, lambda s: s[::-1])
con.create_function("blobify", 1, lambda s: s.encode("utf-8"))
print(con.execute("SELECT double(units), double(amount), double(NULL) FROM sale LIMIT 2")
      .fetchall())
print(con.execute("SELECT describe(1, 2.5, 'txt', x'0102', NULL, 9223372036854775807)")
      .fetchone()[0])
print(con.execute("SELECT describe()").fetchone()[0])
print(con.execute("SELECT rev(note) FROM sale WHERE region = 'east'").fetchone()[0])
print(con.execute("SELECT blobify('é'), typeof(blobify('a'))").fetchone())
print(con.execute("SELECT region FROM sale WHERE double(units) > 5 ORDER BY region").fetchall())

def fail(*args):
    raise ValueError("boom")

con.create_function("fail", 0, fail)
con.create_function("too_big", 0, lambda: 2**70)
con.create_function("weird", 0, lambda: object())
for sql in ("SELECT fail()", "SELECT too_big()", "SELECT weird()", "SELECT rev(1)",
            "SELECT double(1, 2)", "SELECT nosuch(1)"):
    try:
        print(con.execute(sql).fetchall())
    except sqlite3.Error as e:
        print(type(e).__name__, e)
con.create_function("double", 1, None)
try:
    con.execute("SELECT double(2)")
except sqlite3.OperationalError as e:
    print("removed:", e)
try:
    con.create_function("bad", 1000, len)
except sqlite3.OperationalError as e:
    print("OperationalError", e)

print("-- aggregates")

class Spread:
    def __init__(self):
        self.low = self.high = None

    def step(self, value):
        if value is None:
            return
        self.low = value if self.low is None else min(self.low, value)
        self.high = value if self.high is None else max(self.high, value)

    def finalize(self):
        return None if self.low is None else self.high - self.low

class Concat:
    def __init__(self):
        self.parts = []

    def step(self, value, sep):
        self.parts.append(str(value))
        self.sep = sep

    def finalize(self):
        return self.sep.join(sorted(self.parts)) if self.parts else ""

con.create_aggregate("spread", 1, Spread)
con.create_aggregate("concat", 2, Concat)
for row in con.execute("SELECT region, spread(amount), concat(units, '+'), count(*) "
                       "FROM sale GROUP BY region ORDER BY region"):
    print(row)
print(con.execute("SELECT spread(amount) FROM sale WHERE 0").fetchone())

class BadInit:
    def __init__(self):
        raise RuntimeError
class BadStep:
    def step(self, x):
        raise RuntimeError
    def finalize(self):
        return 0
class BadFinal:
    def step(self, x):
        pass
    def finalize(self):
        raise RuntimeError
class NoStep:
    def finalize(self):
        return 0
for name, cls in [("badinit", BadInit), ("badstep", BadStep), ("badfinal", BadFinal),
                  ("nostep", NoStep)]:
    con.create_aggregate(name, 1, cls)
    try:
        con.execute("SELECT %s(units) FROM sale" % name).fetchall()
    except sqlite3.OperationalError as e:
        print(name, "->", e)

print("-- collations")
def by_length(a, b):
    return (len(a) > len(b)) - (len(a) < len(b)) or (a > b) - (a < b)
con.create_collation("bylen", by_length)
con.create_collation("reverse", lambda a, b: -((a > b) - (a < b)))
print(con.execute("SELECT region FROM sale GROUP BY region ORDER BY region COLLATE bylen")
      .fetchall())
print(con.execute("SELECT DISTINCT region FROM sale ORDER BY region COLLATE reverse")
      .fetchall())
con.create_collation("reverse", None)
try:
    con.execute("SELECT region FROM sale ORDER BY region COLLATE reverse")
except sqlite3.OperationalError as e:
    print("OperationalError", e)
try:
    con.create_collation("x", 42)
except TypeError as e:
    print("TypeError", e)

print("-- adapters and converters")

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

class Money:
    def __init__(self, cents):
        self.cents = cents

    def __conform__(self, protocol):
        if protocol is sqlite3.PrepareProtocol:
            return "%d.%02d" % divmod(self.cents, 100)

sqlite3.register_adapter(Point, lambda p: "%f;%f" % (p.x, p.y))
sqlite3.register_adapter(decimal.Decimal, str)
sqlite3.register_converter("point", lambda b: Point(*map(float, b.split(b";"))))
sqlite3.register_converter("DECIMAL", lambda b: decimal.Decimal(b.decode()))
print(sorted(k for k in sqlite3.converters), (Point, sqlite3.PrepareProtocol) in sqlite3.adapters)
db = sqlite3.connect(":memory:", detect_types=sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES)
db.execute("CREATE TABLE shape(p point, price decimal(10, 2), day date, at timestamp, "
           "m TEXT)")
day = datetime.date(2024, 2, 29)
at = datetime.datetime(2024, 2, 29, 13, 45, 30, 125000)
db.execute("INSERT INTO shape VALUES (?, ?, ?, ?, ?)",
           (Point(1.5, -2), decimal.Decimal("19.99"), day, at, Money(1234)))
db.execute("INSERT INTO shape VALUES (?, ?, ?, ?, ?)",
           (None, None, None, datetime.datetime(2000, 1, 1, 0, 0), None))
for row in db.execute("SELECT * FROM shape"):
    print(row)
print(db.execute("SELECT p AS \"p [text]\", m AS \"m [decimal]\", '2001-02-03' AS \"d [date]\" "
                 "FROM shape LIMIT 1").fetchone())
print([d[0] for d in db.execute('SELECT 1 AS "one [int]", 2 AS "two[x]"').description])
plain = sqlite3.connect(":memory:")
print(plain.execute("SELECT ?, ?", (day, at)).fetchone())
print(sqlite3.adapt(day), sqlite3.adapt(Money(5)))
try:
    sqlite3.adapt(object())
except sqlite3.ProgrammingError as e:
    print("ProgrammingError", e)
print(sqlite3.adapt(object(), sqlite3.PrepareProtocol, "alt"))

print("-- text_factory")
plain.text_factory = bytes
print(plain.execute("SELECT 'héllo', 1, x'00'").fetchone())
plain.text_factory = lambda b: b.decode("utf-8").upper()
print(plain.execute("SELECT 'héllo'").fetchone())
plain.text_factory = str
plain.execute("CREATE TABLE bad(t)")
plain.execute("INSERT INTO bad VALUES (CAST(x'ff61' AS TEXT))")
try:
    plain.execute("SELECT t FROM bad").fetchone()
except sqlite3.OperationalError as e:
    print("OperationalError", e)

print("-- complete_statement")
for s in ("SELECT 1;", "SELECT 1", "SELECT 'a;", "CREATE TRIGGER t AFTER INSERT ON x BEGIN "
          "SELECT 1; END;", ""):
    print(repr(s), sqlite3.complete_statement(s))

print("-- iterdump")
con.execute("CREATE TABLE seq(id INTEGER PRIMARY KEY AUTOINCREMENT, \"we\"\"ird\" TEXT)")
con.execute("INSERT INTO seq(\"we\"\"ird\") VALUES ('it''s'), (NULL)")
con.execute("CREATE VIEW big AS SELECT * FROM sale WHERE amount > 5")
con.execute("CREATE INDEX sale_region ON sale(region)")
con.execute("CREATE TRIGGER t1 AFTER DELETE ON sale BEGIN SELECT 1; END")
con.commit()
lines = list(con.iterdump())
for line in lines:
    print(line)
copy = sqlite3.connect(":memory:")
copy.executescript("\n".join(lines))
print(copy.execute("SELECT count(*), sum(units) FROM sale").fetchone(),
      copy.execute("SELECT * FROM seq").fetchall())

print("-- backup")
target = sqlite3.connect(":memory:")
steps = []
con.backup(target, pages=1, progress=lambda status, remaining, total: steps.append(status))
print(target.execute("SELECT count(*) FROM sale").fetchone(), len(steps) > 1, set(steps))
try:
    con.backup(con)
except ValueError as e:
    print("ValueError", e)

print("-- authorizer, progress, trace")
def authorizer(action, arg1, arg2, dbname, source):
    if action == sqlite3.SQLITE_READ and arg2 == "amount":
        return sqlite3.SQLITE_IGNORE
    if action == sqlite3.SQLITE_DELETE:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK
con.set_authorizer(authorizer)
print(con.execute("SELECT region, amount FROM sale LIMIT 2").fetchall())
try:
    con.execute("DELETE FROM sale")
except sqlite3.DatabaseError as e:
    print(type(e).__name__, e)
con.set_authorizer(None)
print(con.execute("SELECT amount FROM sale LIMIT 1").fetchall())
calls = []
con.set_progress_handler(lambda: calls.append(1) or len(calls) > 3, 1)
try:
    con.execute("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c) "
                "SELECT count(*) FROM c").fetchall()
except sqlite3.OperationalError as e:
    print("OperationalError", e, len(calls))
con.set_progress_handler(None, 1)
traced = []
con.set_trace_callback(traced.append)
con.execute("SELECT ?, ?", (1, "two")).fetchall()
con.set_trace_callback(None)
con.execute("SELECT 3")
print(traced)
