# sqlite3: the DB-API exception hierarchy and the message, class and error code of each
# failure (SQL errors, bindings, closed objects, misuse, threads, bad arguments).
import sqlite3
import threading

names = ["Warning", "Error", "InterfaceError", "DatabaseError", "DataError",
         "OperationalError", "IntegrityError", "InternalError", "ProgrammingError",
         "NotSupportedError"]
for name in names:
    cls = getattr(sqlite3, name)
    print(name, [b.__name__ for b in cls.__mro__[1:-2]], cls.__module__,
          getattr(sqlite3.connect(":memory:"), name) is cls)
print(sqlite3.paramstyle, sqlite3.apilevel, sqlite3.threadsafety in (0, 1, 3))
print(type(sqlite3.sqlite_version_info), len(sqlite3.sqlite_version_info),
      sqlite3.version_info >= (2, 6, 0), sqlite3.PARSE_DECLTYPES, sqlite3.PARSE_COLNAMES)
print(sqlite3.SQLITE_CONSTRAINT_UNIQUE, sqlite3.SQLITE_BUSY, sqlite3.SQLITE_DENY,
      sqlite3.SQLITE_SELECT, sqlite3.SQLITE_LIMIT_SQL_LENGTH)

con = sqlite3.connect(":memory:")
con.execute("CREATE TABLE t(a INTEGER UNIQUE, b TEXT NOT NULL)")
con.execute("INSERT INTO t VALUES (1, 'one')")


def attempt(label, func):
    try:
        result = func()
    except Exception as e:
        print("%-14s %s: %s" % (label, type(e).__name__, e),
              getattr(e, "sqlite_errorcode", "-"), getattr(e, "sqlite_errorname", "-"))
    else:
        print("%-14s ok %r" % (label, result))


attempt("no table", lambda: con.execute("SELECT * FROM x"))
attempt("no column", lambda: con.execute("SELECT nope FROM t"))
attempt("syntax", lambda: con.execute("SELEC 1"))
attempt("syntax2", lambda: con.execute("SELECT * FROM t WHERE"))
attempt("unique", lambda: con.execute("INSERT INTO t VALUES (1, 'x')"))
attempt("not null", lambda: con.execute("INSERT INTO t VALUES (2, NULL)"))
attempt("two stmts", lambda: con.execute("SELECT 1; SELECT 2"))
attempt("trailing", lambda: con.execute("SELECT 1;  -- comment\n /* c */ ").fetchall())
attempt("empty", lambda: con.execute("").description)
attempt("comment only", lambda: con.execute("-- nothing").fetchall())
attempt("null char", lambda: con.execute("SELECT '\0'"))
attempt("sql type", lambda: con.execute(42))
attempt("many type", lambda: con.executemany(b"SELECT 1", []))
attempt("script type", lambda: con.executescript(3))
attempt("script err", lambda: con.executescript("CREATE TABLE u(x); INSERT INTO zz VALUES(1);"))
attempt("script ok", lambda: con.execute("SELECT count(*) FROM u").fetchone())
attempt("many select", lambda: con.executemany("SELECT ?", [(1,), (2,)]))
attempt("few bindings", lambda: con.execute("INSERT INTO t VALUES (?, ?)", (1,)))
attempt("many bindings", lambda: con.execute("SELECT ?", (1, 2)))
attempt("no name", lambda: con.execute("SELECT ?", {"a": 1}))
attempt("missing name", lambda: con.execute("SELECT :a, :b", {"a": 1}))
attempt("named seq", lambda: con.execute("SELECT :a, :b", (1, 2)).fetchone())
attempt("dict subclass", lambda: con.execute(
    "SELECT :a", type("D", (dict,), {"__missing__": lambda s, k: k.upper()})()).fetchone())
attempt("param type", lambda: con.execute("SELECT ?", 3))
attempt("param set", lambda: con.execute("SELECT ?", {1}))
attempt("bad value", lambda: con.execute("INSERT INTO t VALUES (?, ?)", (5, object())))
attempt("big int", lambda: con.execute("INSERT INTO t VALUES (?, 'x')", (2**63,)))
attempt("small int", lambda: con.execute("SELECT ?", (-2**63,)).fetchone())
attempt("bool/float", lambda: con.execute("SELECT ?, ?, ?", (True, 1e300, -0.5)).fetchone())
attempt("str param", lambda: con.execute("SELECT ?, ?", "ab").fetchone())
attempt("iso level", lambda: setattr(con, "isolation_level", "SERIAL"))
attempt("iso type", lambda: setattr(con, "isolation_level", 1))
attempt("iso lower", lambda: setattr(con, "isolation_level", "deferred"))
attempt("narg", lambda: con.create_function("f", 300, len))
attempt("collation", lambda: con.create_collation("c", "not callable"))
attempt("factory", lambda: con.cursor(factory=lambda c: 0))
attempt("row args", lambda: sqlite3.Row(con.cursor(), [1]))
attempt("row cursor", lambda: sqlite3.Row(None, (1,)))
attempt("cursor arg", lambda: sqlite3.Cursor(None))
attempt("open fail", lambda: sqlite3.connect("/nonexistent-dir/x/y.db"))
attempt("uri", lambda: sqlite3.connect("file:mem1?mode=memory", uri=True)
        .execute("SELECT 1").fetchone())
attempt("readonly uri", lambda: sqlite3.connect("file:ro?mode=ro", uri=True))
attempt("converter key", lambda: sqlite3.register_converter(1, str))
attempt("complete type", lambda: sqlite3.complete_statement(1))
attempt("backup type", lambda: con.backup(None))
attempt("rollback ok", lambda: con.rollback())

cur = con.cursor()
cur.close()
attempt("closed cursor", lambda: cur.execute("SELECT 1"))
attempt("closed fetch", lambda: cur.fetchall())

other = sqlite3.connect(":memory:")
ocur = other.execute("SELECT 1")
other.close()
attempt("closed db", lambda: other.execute("SELECT 1"))
attempt("closed cursor2", lambda: ocur.fetchone())
attempt("closed commit", lambda: other.commit())
attempt("closed rollback", lambda: other.rollback())
attempt("closed changes", lambda: other.total_changes)
attempt("closed intx", lambda: other.in_transaction)
attempt("closed func", lambda: other.create_function("f", 1, len))
attempt("close again", lambda: other.close())


class Sub(sqlite3.Cursor):
    def __init__(self, con):
        pass


attempt("no init", lambda: Sub(con).execute("SELECT 1"))

out = []
def worker():
    try:
        con.execute("SELECT 1")
    except sqlite3.ProgrammingError as e:
        out.append(str(e).split(" The object")[0])
t = threading.Thread(target=worker)
t.start()
t.join()
print("thread:", out)
free = sqlite3.connect(":memory:", check_same_thread=False)
def worker2():
    out.append(free.execute("SELECT 40 + 2").fetchone())
t = threading.Thread(target=worker2)
t.start()
t.join()
print("shared:", out[-1])

# errors are catchable by every base class
for base in (sqlite3.IntegrityError, sqlite3.DatabaseError, sqlite3.Error, Exception):
    try:
        con.execute("INSERT INTO t VALUES (1, 'dup')")
    except base as e:
        print("caught as", base.__name__, type(e).__name__)
con.close()
