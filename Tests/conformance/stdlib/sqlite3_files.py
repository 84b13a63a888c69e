# sqlite3: databases in files (pathlib paths, two connections, locking with a short timeout),
# executescript committing first, RETURNING/REPLACE rowcounts, a connection shared by threads
# in turn (check_same_thread=False) with a Python function called from each, callback tracebacks
# through sys.unraisablehook.
import os
import pathlib
import shutil
import sqlite3
import sys
import tempfile
import threading

folder = tempfile.mkdtemp()
path = pathlib.Path(folder) / "store.db"
a = sqlite3.connect(path, timeout=0.1)
b = sqlite3.connect(str(path), timeout=0.1, isolation_level="EXCLUSIVE")
a.execute("CREATE TABLE t(x)")
a.commit()
b.execute("INSERT INTO t VALUES (1)")
try:
    a.execute("INSERT INTO t VALUES (2)")
except sqlite3.OperationalError as e:
    print(type(e).__name__, e, e.sqlite_errorname)
b.commit()
a.execute("INSERT INTO t VALUES (2)")
a.commit()
print(b.execute("SELECT * FROM t").fetchall())
a.execute("INSERT INTO t VALUES (3)")
print("before script", a.in_transaction)
a.executescript("SELECT 1")
print("after script", a.in_transaction, b.execute("SELECT count(*) FROM t").fetchone())
print(os.path.getsize(path) > 0)

shared = sqlite3.connect(path, check_same_thread=False)
shared.create_function("sq", 1, lambda x: x * x)
results = []
turn = threading.Lock()   # CPython 3.11 can deadlock when threads share a connection at once
def worker(k):
    for i in range(15):
        with turn:
            results.append(shared.execute("SELECT sq(?)", (k * 100 + i,)).fetchone()[0])
threads = [threading.Thread(target=worker, args=(k,)) for k in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(results), sorted(results) == sorted((k * 100 + i) ** 2
                                               for k in range(3) for i in range(15)))
for con in (a, b, shared):
    con.close()
shutil.rmtree(folder)

con = sqlite3.connect(":memory:")
con.execute("CREATE TABLE r(id INTEGER PRIMARY KEY, v)")
cur = con.execute("INSERT INTO r(v) VALUES (1), (2) RETURNING id, v")
print(cur.rowcount, cur.fetchall(), cur.rowcount, cur.lastrowid)
cur = con.execute("REPLACE INTO r(id, v) VALUES (1, 5)")
print(cur.rowcount, con.in_transaction, con.execute("SELECT v FROM r WHERE id=1").fetchone())
with sqlite3.connect(":memory:") as m:
    m.execute("CREATE TABLE q(x)")
print("context manager leaves it open:", m.execute("SELECT count(*) FROM q").fetchone())

print("-- callback tracebacks")
sqlite3.enable_callback_tracebacks(True)
seen = []
sys.unraisablehook = lambda u: seen.append((u.exc_type.__name__, u.err_msg,
                                             type(u.object).__name__))
con.execute("INSERT INTO r(v) VALUES (7)")
class BadInit:
    def __init__(self):
        raise RuntimeError
class BadStep:
    def step(self, x):
        raise RuntimeError
    def finalize(self):
        return 0
class NoStep:
    def finalize(self):
        return 0
for name, cls in [("a", BadInit), ("b", BadStep), ("d", NoStep)]:
    con.create_aggregate(name, 1, cls)
    try:
        con.execute("SELECT %s(v) FROM r" % name).fetchall()
    except sqlite3.OperationalError as e:
        print(e)
def bad(x):
    raise ValueError(x)
con.create_function("bad", 1, bad)
con.create_function("big", 0, lambda: 2**70)
for q in ("SELECT bad(1)", "SELECT big()"):
    try:
        con.execute(q)
    except sqlite3.Error as e:
        print(type(e).__name__, e)
con.set_authorizer(lambda *args: 1 / 0)
try:
    con.execute("SELECT 1")
except sqlite3.DatabaseError as e:
    print(type(e).__name__, e)
print(seen)
sqlite3.enable_callback_tracebacks(False)
